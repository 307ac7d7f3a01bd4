/**
 * Range checks for numbers the ECS API would refuse only after resources exist (RunInstances
 * comes after the key pair, VPC, vSwitch and security group): disk sizes by category and public
 * bandwidth, reported at their position at validation. The limits are the RunInstances
 * documentation's (`SystemDisk.Size`, `DataDisk.N.Size`, `InternetMaxBandwidthOut`); where the
 * limit depends on a performance level the template cannot set, or the category is left to the
 * API's default (which varies by region and instance family), the widest range is used, so a
 * value refused here is refused by the API whatever the level or default. 0 means "not set".
 */
import type { Located } from "../../template/config/decode.js";

/** GiB bounds of a system disk by category (`SystemDisk.Size`). */
const SYSTEM_DISK: Record<string, [number, number]> = {
  cloud: [20, 500],
  cloud_essd: [1, 2048],
  cloud_auto: [1, 2048],
};
const SYSTEM_DISK_OTHER: [number, number] = [20, 2048];
/** No category given: any category's bounds. */
const SYSTEM_DISK_ANY: [number, number] = [1, 2048];

/** GiB bounds of a data disk by category (`DataDisk.N.Size`). */
const DATA_DISK: Record<string, [number, number]> = {
  cloud: [5, 2000],
  cloud_efficiency: [20, 32768],
  cloud_ssd: [20, 32768],
  cloud_essd: [1, 65536],
  cloud_auto: [1, 65536],
  cloud_essd_entry: [10, 32768],
};
const DATA_DISK_OTHER: [number, number] = [1, 65536];
const DATA_DISK_ANY: [number, number] = [1, 65536];

/** `InternetMaxBandwidthOut`, Mbit/s. */
const BANDWIDTH_OUT: [number, number] = [0, 100];

type Report = (at: Located, message: string) => void;

interface Decoded {
  value: Record<string, unknown>;
  positionOf(field: string): Located;
}

function checkDisk(
  disk: Record<string, unknown>,
  where: string,
  bounds: Record<string, [number, number]>,
  other: [number, number],
  any: [number, number],
  decoded: Decoded,
  report: Report,
): void {
  const size = disk.disk_size as number;
  // A data disk made from a snapshot takes the snapshot's size; DataDisk.N.Size is ignored.
  if (size === 0 || (disk.disk_snapshot_id as string | undefined)) return;
  const category = disk.disk_category as string;
  const [min, max] = category === "" ? any : (bounds[category] ?? other);
  if (size < min || size > max) {
    const which = category === "" ? "" : ` for disk_category ${category}`;
    report(
      decoded.positionOf(`${where}.disk_size`),
      `${where}.disk_size must be between ${min} and ${max} GiB${which} (got ${size})`,
    );
  }
}

/** Reports every out-of-range disk size and bandwidth of a decoded alicloud-ecs config. */
export function checkRanges(decoded: Decoded, report: Report): void {
  const v = decoded.value;
  const system = v.system_disk_mapping as Record<string, unknown> | undefined;
  if (system)
    checkDisk(
      system,
      "system_disk_mapping",
      SYSTEM_DISK,
      SYSTEM_DISK_OTHER,
      SYSTEM_DISK_ANY,
      decoded,
      report,
    );
  const disks = (v.image_disk_mappings as Record<string, unknown>[] | undefined) ?? [];
  disks.forEach((d, i) => {
    checkDisk(d, `image_disk_mappings[${i}]`, DATA_DISK, DATA_DISK_OTHER, DATA_DISK_ANY, decoded, report);
  });
  const bandwidth = v.internet_max_bandwidth_out as number | undefined;
  if (bandwidth !== undefined && (bandwidth < BANDWIDTH_OUT[0] || bandwidth > BANDWIDTH_OUT[1])) {
    report(
      decoded.positionOf("internet_max_bandwidth_out"),
      `internet_max_bandwidth_out must be between ${BANDWIDTH_OUT[0]} and ${BANDWIDTH_OUT[1]} Mbit/s (got ${bandwidth})`,
    );
  }
}
