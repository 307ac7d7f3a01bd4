// Values the ECS API would refuse after resources exist are refused at validation, at their
// position: disk sizes by category, public bandwidth, SSH/WinRM ports.
import { describe, expect, it } from "vitest";
import { validateTemplate } from "../../src/engine/validate.js";
import { writeTemplate } from "../builders/alicloud-ecs/helpers.js";

const ENV = { ALICLOUD_ACCESS_KEY: "AK", ALICLOUD_SECRET_KEY: "SK" };
const builder = (extra: Record<string, unknown>) => ({
  type: "alicloud-ecs",
  region: "cn-hangzhou",
  image_name: "ranges",
  source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
  instance_type: "ecs.g7.large",
  ssh_username: "root",
  ...extra,
});

async function errors(extra: Record<string, unknown>) {
  const path = writeTemplate({ builders: [builder(extra)] });
  const r = await validateTemplate({ path, env: ENV, cwd: "/" });
  return r.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => `${d.line}:${d.column} ${d.path}: ${d.message}`);
}

describe("out-of-range values are validation errors at their position", () => {
  it.each([
    [
      { system_disk_mapping: { disk_size: -5 } },
      /system_disk_mapping\.disk_size: system_disk_mapping\.disk_size must be between 1 and 2048 GiB \(got -5\)/,
    ],
    [
      { system_disk_mapping: { disk_size: 4096, disk_category: "cloud_essd" } },
      /between 1 and 2048 GiB for disk_category cloud_essd \(got 4096\)/,
    ],
    [
      { system_disk_mapping: { disk_size: 600, disk_category: "cloud" } },
      /between 20 and 500 GiB for disk_category cloud \(got 600\)/,
    ],
    [
      { image_disk_mappings: [{ disk_size: 100 }, { disk_size: -5 }] },
      /image_disk_mappings\[1\]\.disk_size: image_disk_mappings\[1\]\.disk_size must be between 1 and 65536 GiB \(got -5\)/,
    ],
    [
      { image_disk_mappings: [{ disk_size: 10, disk_category: "cloud_efficiency" }] },
      /between 20 and 32768 GiB for disk_category cloud_efficiency \(got 10\)/,
    ],
    [
      { image_disk_mappings: [{ disk_size: 70000, disk_category: "cloud_essd" }] },
      /between 1 and 65536 GiB for disk_category cloud_essd/,
    ],
    [
      { internet_max_bandwidth_out: 101 },
      /internet_max_bandwidth_out: internet_max_bandwidth_out must be between 0 and 100 Mbit\/s \(got 101\)/,
    ],
    [{ internet_max_bandwidth_out: -1 }, /must be between 0 and 100 Mbit\/s \(got -1\)/],
    [{ ssh_port: -1 }, /ssh_port: ssh_port must be between 1 and 65535 \(got -1\)/],
    [{ ssh_port: 65536 }, /ssh_port: ssh_port must be between 1 and 65535 \(got 65536\)/],
    [
      { ssh_bastion_host: "b", ssh_bastion_password: "p", ssh_bastion_port: 70000 },
      /ssh_bastion_port must be between 1 and 65535/,
    ],
    [
      { communicator: "winrm", winrm_username: "u", winrm_port: 99999 },
      /winrm_port must be between 1 and 65535 \(got 99999\)/,
    ],
  ])("%j", async (extra, message) => {
    const e = await errors(extra);
    expect(e.join("\n")).toMatch(message);
    expect(e[0]).toMatch(/^\d+:\d+ builders\[0\]\./);
  });

  it.each([
    { system_disk_mapping: { disk_size: 40 } },
    { system_disk_mapping: { disk_size: 2048, disk_category: "cloud_essd" } },
    { image_disk_mappings: [{ disk_size: 20 }, { disk_snapshot_id: "s-1", disk_size: 1 }] },
    { internet_max_bandwidth_out: 100 },
    { ssh_port: 2222 },
  ])("accepts %j", async (extra) => {
    expect(await errors(extra)).toEqual([]);
  });
});
