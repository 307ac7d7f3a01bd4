/**
 * Alibaba Cloud's naming scheme of public image ids, read back into an image: published templates
 * name dated images (`centos_7_7_x64_20G_alibase_20200220.vhd`,
 * `ubuntu_18_04_64_20G_alibase_20190624.vhd`) that no fixed list keeps up with. An id of the form
 * `<os>_<version>[_<edition/language>]_<arch>_<size>G_[<variant>_]alibase_<date>.vhd` for a known
 * OS is a public image: its OS name, type, platform, architecture, size and date come from the id.
 */
import type { PublicImageSpec } from "./images.js";

interface OsRule {
  platform: string;
  /** The OsName DescribeImages reports, from the version tokens. */
  name: (v: string[]) => string;
}

const dotted = (v: string[]) => v.map((x, i) => (i === 0 ? x : String(Number(x)))).join(".");

/** The Linux distributions of the public image list (DescribeImages ImageOwnerAlias=system). */
const LINUX: Record<string, OsRule> = {
  ubuntu: { platform: "Ubuntu", name: (v) => `Ubuntu  ${v[0]}.${(v[1] ?? "04").slice(0, 2)} 64位` },
  centos: { platform: "CentOS", name: (v) => `CentOS  ${dotted(v)} 64位` },
  centos_stream: { platform: "CentOS Stream", name: (v) => `CentOS Stream  ${v[0]} 64位` },
  aliyun: {
    platform: "Aliyun",
    name: (v) =>
      v[0] === "2"
        ? "Alibaba Cloud Linux  2.1903 LTS 64位"
        : `Alibaba Cloud Linux  3.2104 LTS${v[1] ? ` U${v[1]}` : ""} 64位`,
  },
  debian: { platform: "Debian", name: (v) => `Debian  ${dotted(v)} 64位` },
  rockylinux: { platform: "Rocky Linux", name: (v) => `Rocky Linux  ${dotted(v)} 64位` },
  almalinux: { platform: "AlmaLinux", name: (v) => `AlmaLinux  ${dotted(v)} 64位` },
  anolisos: { platform: "Anolis OS", name: (v) => `Anolis OS  ${dotted(v)} 64位` },
  opensuse: { platform: "OpenSUSE", name: (v) => `OpenSUSE  ${dotted(v)} 64位` },
  suse: { platform: "SUSE", name: (v) => `SUSE Linux Enterprise Server  ${v.join(" ").toUpperCase()} 64位` },
  fedora: { platform: "Fedora", name: (v) => `Fedora  ${dotted(v)} 64位` },
  freebsd: { platform: "Freebsd", name: (v) => `FreeBSD  ${dotted(v)} 64位` },
};

const ARCH: Record<string, "x86_64" | "arm64"> = { x64: "x86_64", "64": "x86_64", arm64: "arm64" };

/**
 * The public image an id names by the scheme, or undefined when the id does not follow it or
 * names an OS the public list does not have.
 */
export function publicImageFromId(imageId: string): PublicImageSpec | undefined {
  const m = /^([a-z0-9]+)_(.+)_(\d{2,4})G_(?:[a-z0-9]+_)*?(?:alibase|base)_(\d{8})\d*\.vhd$/.exec(imageId);
  if (!m) return undefined;
  const [, os, middle, size, date] = m;
  const tokens = middle.split("_");
  const archAt = tokens.findIndex((t) => t in ARCH);
  if (archAt < 0) return undefined;
  const architecture = ARCH[tokens[archAt]];
  const before = tokens.slice(0, archAt);
  const creationTime = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`;
  if (Number(date.slice(4, 6)) < 1 || Number(date.slice(4, 6)) > 12) return undefined;
  const base = { imageId, architecture, size: Number(size), creationTime };
  const win = /^win(?:svr|(\d{4})(r2)?)$/.exec(os);
  if (win) {
    const year = win[1] ?? (tokens.includes("1809") ? "2019" : "2016");
    const lang = tokens.find((t) => /^[a-z]{2}-[a-z]{2}$/.test(t)) ?? "en-us";
    return {
      ...base,
      osName: `Windows Server  ${year}${win[2] ? " R2" : ""} 数据中心版 64位${lang === "zh-cn" ? "中文版" : "英文版"}`,
      osType: "windows",
      platform: `Windows Server ${year}`,
      isSupportCloudinit: false,
    };
  }
  let key = os;
  let version = before;
  if (os === "centos" && before[0] === "stream") {
    key = "centos_stream";
    version = before.slice(1);
  }
  const rule = LINUX[key];
  if (!rule || !version.every((t) => /^[0-9a-z]+$/.test(t)) || version.length === 0) return undefined;
  return {
    ...base,
    osName: rule.name(version),
    osType: "linux",
    platform: rule.platform,
    isSupportCloudinit: true,
  };
}
