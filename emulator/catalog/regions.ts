/** Regions and zones of the emulated cloud (a realistic subset of Alibaba Cloud's public regions). */

/** One region: id, English name, the id prefix its resources carry (`i-bp…` in cn-hangzhou) and its zones. */
export interface RegionSpec {
  regionId: string;
  localName: string;
  /** Two characters after a resource prefix, as real ids show (i-bp…, vpc-2ze…). */
  idPrefix: string;
  zones: string[];
}

/** The default region list; cn-hangzhou is the default region. */
export const DEFAULT_REGIONS: RegionSpec[] = [
  { regionId: "cn-hangzhou", localName: "China (Hangzhou)", idPrefix: "bp", zones: ["h", "i", "j", "k"] },
  { regionId: "cn-beijing", localName: "China (Beijing)", idPrefix: "2z", zones: ["a", "c", "f", "g", "h"] },
  { regionId: "cn-shanghai", localName: "China (Shanghai)", idPrefix: "uf", zones: ["b", "e", "f", "g"] },
  { regionId: "cn-shenzhen", localName: "China (Shenzhen)", idPrefix: "wz", zones: ["a", "c", "d", "e"] },
  { regionId: "cn-qingdao", localName: "China (Qingdao)", idPrefix: "m5", zones: ["b", "c"] },
  { regionId: "cn-zhangjiakou", localName: "China (Zhangjiakou)", idPrefix: "8v", zones: ["a", "b", "c"] },
  { regionId: "cn-huhehaote", localName: "China (Hohhot)", idPrefix: "hp", zones: ["a", "b"] },
  { regionId: "cn-chengdu", localName: "China (Chengdu)", idPrefix: "2v", zones: ["a", "b"] },
  { regionId: "cn-hongkong", localName: "China (Hong Kong)", idPrefix: "j6", zones: ["b", "c", "d"] },
  { regionId: "ap-southeast-1", localName: "Singapore", idPrefix: "t4", zones: ["a", "b", "c"] },
  { regionId: "ap-southeast-3", localName: "Malaysia (Kuala Lumpur)", idPrefix: "8p", zones: ["a", "b"] },
  { regionId: "ap-southeast-5", localName: "Indonesia (Jakarta)", idPrefix: "k1", zones: ["a", "b"] },
  { regionId: "ap-northeast-1", localName: "Japan (Tokyo)", idPrefix: "6w", zones: ["a", "b"] },
  { regionId: "ap-south-1", localName: "India (Mumbai)", idPrefix: "a2", zones: ["a", "b"] },
  { regionId: "us-west-1", localName: "US (Silicon Valley)", idPrefix: "rj", zones: ["a", "b"] },
  { regionId: "us-east-1", localName: "US (Virginia)", idPrefix: "0x", zones: ["a", "b"] },
  { regionId: "eu-central-1", localName: "Germany (Frankfurt)", idPrefix: "gw", zones: ["a", "b"] },
  { regionId: "eu-west-1", localName: "UK (London)", idPrefix: "d7", zones: ["a", "b"] },
  { regionId: "me-east-1", localName: "UAE (Dubai)", idPrefix: "eb", zones: ["a"] },
];

/** Regions whose public endpoint is the central `ecs.aliyuncs.com` (as DescribeRegions reports). */
const CENTRAL_ENDPOINT = new Set([
  "cn-qingdao",
  "cn-beijing",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-shenzhen",
  "cn-hongkong",
  "ap-southeast-1",
  "us-east-1",
  "us-west-1",
]);

/** The ECS endpoint DescribeRegions reports for a region. */
export function ecsEndpoint(regionId: string): string {
  return CENTRAL_ENDPOINT.has(regionId) ? "ecs.aliyuncs.com" : `ecs.${regionId}.aliyuncs.com`;
}

/** The VPC endpoint DescribeRegions (VPC API) reports for a region. */
export function vpcEndpoint(regionId: string): string {
  return CENTRAL_ENDPOINT.has(regionId) ? "vpc.aliyuncs.com" : `vpc.${regionId}.aliyuncs.com`;
}

/** A zone's English name, e.g. "Hangzhou Zone H". */
export function zoneLocalName(region: RegionSpec, zoneId: string): string {
  const city = region.localName.replace(/^.*\(|\)$/g, "");
  return `${city} Zone ${zoneId.slice(-1).toUpperCase()}`;
}
