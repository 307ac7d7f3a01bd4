/** The public (system) image catalogue: the image ids real templates use, with their families. */

/** A public image; the same catalogue is offered in every region. */
export interface PublicImageSpec {
  imageId: string;
  osName: string;
  osType: "linux" | "windows";
  platform: string;
  architecture: "x86_64" | "arm64";
  /** System disk size in GiB. */
  size: number;
  imageFamily?: string;
  /** ISO date of publication (from the id). */
  creationTime: string;
  isSupportCloudinit: boolean;
}

function linux(imageId: string, platform: string, osName: string, imageFamily?: string): PublicImageSpec {
  return image(imageId, platform, osName, "linux", imageFamily);
}

function image(
  imageId: string,
  platform: string,
  osName: string,
  osType: "linux" | "windows",
  imageFamily?: string,
): PublicImageSpec {
  const size = Number(/_(\d+)G_/.exec(imageId)?.[1] ?? 20);
  const date = /_(\d{8})\d*\.vhd$/.exec(imageId)?.[1] ?? "20200101";
  return {
    imageId,
    osName,
    osType,
    platform,
    architecture: "x86_64",
    size,
    imageFamily,
    creationTime: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`,
    isSupportCloudinit: osType === "linux",
  };
}

/** The default public image catalogue (every id seen in the project's seed templates, and a few more). */
export const DEFAULT_PUBLIC_IMAGES: PublicImageSpec[] = [
  linux("ubuntu_16_0402_64_20G_alibase_20170818.vhd", "Ubuntu", "Ubuntu  16.04 64位"),
  linux("ubuntu_16_0402_64_20G_alibase_20180409.vhd", "Ubuntu", "Ubuntu  16.04 64位"),
  linux("ubuntu_18_04_64_20G_alibase_20190223.vhd", "Ubuntu", "Ubuntu  18.04 64位"),
  linux("ubuntu_18_04_64_20G_alibase_20190509.vhd", "Ubuntu", "Ubuntu  18.04 64位", "acs:ubuntu_18_04_x64"),
  linux("ubuntu_20_04_x64_20G_alibase_20230718.vhd", "Ubuntu", "Ubuntu  20.04 64位", "acs:ubuntu_20_04_x64"),
  linux("ubuntu_22_04_x64_20G_alibase_20240220.vhd", "Ubuntu", "Ubuntu  22.04 64位", "acs:ubuntu_22_04_x64"),
  linux("centos_7_2_64_40G_base_20170222.vhd", "CentOS", "CentOS  7.2 64位"),
  linux("centos_7_02_64_20G_alibase_20170818.vhd", "CentOS", "CentOS  7.2 64位"),
  linux("centos_7_03_64_20G_alibase_20170818.vhd", "CentOS", "CentOS  7.3 64位"),
  linux("centos_7_04_64_20G_alibase_201701015.vhd", "CentOS", "CentOS  7.4 64位"),
  linux("centos_7_06_64_20G_alibase_20190711.vhd", "CentOS", "CentOS  7.6 64位"),
  linux("centos_7_7_x64_20G_alibase_20200426.vhd", "CentOS", "CentOS  7.7 64位", "acs:centos_7_7_x64"),
  linux("centos_7_9_x64_20G_alibase_20210128.vhd", "CentOS", "CentOS  7.9 64位", "acs:centos_7_9_x64"),
  linux("aliyun_2_1903_x64_20G_alibase_20200526.vhd", "Aliyun", "Alibaba Cloud Linux  2.1903 LTS 64位"),
  linux("aliyun_2_1903_x64_20G_alibase_20200529.vhd", "Aliyun", "Alibaba Cloud Linux  2.1903 LTS 64位"),
  linux(
    "aliyun_2_1903_x64_20G_alibase_20210120.vhd",
    "Aliyun",
    "Alibaba Cloud Linux  2.1903 LTS 64位",
    "acs:aliyun_2_1903_x64",
  ),
  linux("aliyun_3_x64_20G_alibase_20221102.vhd", "Aliyun", "Alibaba Cloud Linux  3.2104 LTS 64位"),
  linux(
    "aliyun_3_x64_20G_alibase_20240819.vhd",
    "Aliyun",
    "Alibaba Cloud Linux  3.2104 LTS 64位",
    "acs:aliyun_3_x64",
  ),
  linux(
    "aliyun_3_9_x64_20G_alibase_20231219.vhd",
    "Aliyun",
    "Alibaba Cloud Linux  3.2104 U9 64位",
    "acs:aliyun_3_9_x64",
  ),
  linux("debian_11_7_x64_20G_alibase_20230718.vhd", "Debian", "Debian  11.7 64位", "acs:debian_11_x64"),
  image(
    "win2008_64_ent_r2_zh-cn_40G_alibase_20170118.vhd",
    "Windows Server 2008",
    "Windows Server  2008 R2 企业版 64位中文版",
    "windows",
  ),
  image(
    "win2008r2_64_ent_sp1_zh-cn_40G_alibase_20181220.vhd",
    "Windows Server 2008",
    "Windows Server  2008 R2 企业版 64位中文版",
    "windows",
  ),
  image(
    "winsvr_64_dtcC_1809_en-us_40G_alibase_20190318.vhd",
    "Windows Server 2019",
    "Windows Server  Version 1809 数据中心版 64位英文版",
    "windows",
  ),
  image(
    "win2022_21H2_x64_dtc_en-us_40G_alibase_20240214.vhd",
    "Windows Server 2022",
    "Windows Server  2022 数据中心版 64位英文版",
    "windows",
    "acs:windows_server_2022_x64",
  ),
];
