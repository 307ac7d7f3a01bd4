/** ECS DescribeRegions, DescribeZones, DescribeAvailableResource, DescribeInstanceTypes. */
import { ecsEndpoint, zoneLocalName, zonesOf } from "../../catalog/index.js";
import type { CloudModel } from "../../model/index.js";
import { type ActionHandler, ApiError } from "../../types.js";
import { list, req, str } from "../common/params.js";

const DISK_CATEGORIES = ["cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud"];

/** Handlers for the region and zone actions. */
export function regionHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;
  const cat = st.catalog;

  function stockStatus(zoneId: string, type: string): { Status: string; StatusCategory: string } {
    if (cat.zonesNotOnSale.has(zoneId)) return { Status: "SoldOut", StatusCategory: "ClosedWithoutStock" };
    const left = cat.stock.get(zoneId)?.get(type);
    return left !== undefined && left <= 0
      ? { Status: "SoldOut", StatusCategory: "WithoutStock" }
      : { Status: "Available", StatusCategory: "WithStock" };
  }

  return {
    DescribeRegions() {
      return {
        Regions: {
          Region: cat.regions.map((r) => ({
            RegionId: r.regionId,
            LocalName: r.localName,
            RegionEndpoint: ecsEndpoint(r.regionId),
            Status: "available",
          })),
        },
      };
    },

    DescribeZones(request) {
      const region = st.region(req(request.params, "RegionId"));
      return {
        Zones: {
          Zone: zonesOf(cat, region.regionId).map((zoneId) => {
            const types = cat.zonesNotOnSale.has(zoneId) ? [] : (cat.zoneInstanceTypes.get(zoneId) ?? []);
            const families = [
              ...new Set(
                cat.instanceTypes.filter((t) => types.includes(t.instanceType)).map((t) => t.family),
              ),
            ];
            const generations = [
              ...new Set(
                cat.instanceTypes.filter((t) => types.includes(t.instanceType)).map((t) => t.generation),
              ),
            ];
            return {
              ZoneId: zoneId,
              ZoneType: "AvailabilityZone",
              LocalName: zoneLocalName(region, zoneId),
              AvailableResourceCreation: {
                ResourceTypes: cat.zonesNotOnSale.has(zoneId)
                  ? ["VSwitch", "Disk"]
                  : ["VSwitch", "IoOptimized", "Instance", "Disk", "DedicatedHost"],
              },
              AvailableInstanceTypes: { InstanceTypes: types },
              AvailableDiskCategories: { DiskCategories: DISK_CATEGORIES },
              AvailableVolumeCategories: { VolumeCategories: ["san_ssd", "san_efficiency"] },
              AvailableDedicatedHostTypes: { DedicatedHostType: [] },
              DedicatedHostGenerations: { DedicatedHostGeneration: [] },
              AvailableResources: {
                ResourcesInfo: [
                  {
                    IoOptimized: true,
                    InstanceTypes: { supportedInstanceType: types },
                    InstanceTypeFamilies: { supportedInstanceTypeFamily: families },
                    InstanceGenerations: { supportedInstanceGeneration: generations },
                    SystemDiskCategories: { supportedSystemDiskCategory: DISK_CATEGORIES },
                    DataDiskCategories: { supportedDataDiskCategory: DISK_CATEGORIES },
                    NetworkTypes: { supportedNetworkCategory: ["vpc", "classic"] },
                  },
                ],
              },
            };
          }),
        },
      };
    },

    DescribeInstanceTypes(request) {
      const p = request.params;
      const wanted = list<string>(p, "InstanceTypes").map(String);
      const family = str(p, "InstanceTypeFamily");
      const max = Math.min(Math.max(Number(str(p, "MaxResults") ?? 250) || 250, 1), 1600);
      const start = Number(str(p, "NextToken") ?? 0) || 0;
      const all = cat.instanceTypes.filter(
        (t) => (wanted.length === 0 || wanted.includes(t.instanceType)) && (!family || t.family === family),
      );
      const page = all.slice(start, start + max);
      return {
        InstanceTypes: {
          InstanceType: page.map((t) => ({
            InstanceTypeId: t.instanceType,
            InstanceTypeFamily: t.family,
            CpuCoreCount: t.cpu,
            MemorySize: t.memory,
            GPUAmount: t.gpu ?? 0,
            CpuArchitecture: /^ecs\.[a-z]+\d+y\b/.test(t.instanceType) ? "ARM" : "X86",
            InstanceFamilyLevel: /^ecs\.(t5|t6|e|s6|u1)\b/.test(t.family)
              ? "CreditEntryLevel"
              : "EnterpriseLevel",
          })),
        },
        NextToken: start + max < all.length ? String(start + max) : "",
      };
    },
    DescribeAvailableResource(request) {
      const p = request.params;
      const region = st.region(req(p, "RegionId"));
      const dest = req(p, "DestinationResource");
      const known = [
        "Zone",
        "IoOptimized",
        "InstanceType",
        "SystemDisk",
        "DataDisk",
        "Network",
        "ddh",
        "InstanceTypeFamily",
      ];
      if (!known.includes(dest)) {
        throw new ApiError(
          "Invalid.DestinationResource",
          "The specified DestinationResource is not valid.",
          404,
        );
      }
      const wantZone = str(p, "ZoneId");
      const wantType = str(p, "InstanceType");
      if (wantType !== undefined && !cat.instanceTypes.some((t) => t.instanceType === wantType)) {
        // the metadata's text for an instance-type filter naming no instance type (DescribeImages)
        throw new ApiError(
          "InvalidInstanceType.ValueNotSupported",
          `The specified instance type ${wantType} does not exist. You can use the DescribeInstanceTypes API to query the available instance types.`,
        );
      }
      const zones = zonesOf(cat, region.regionId).filter((z) => wantZone === undefined || z === wantZone);
      const out = zones
        .map((zoneId) => {
          const types = (cat.zoneInstanceTypes.get(zoneId) ?? []).filter(
            (t) => wantType === undefined || t === wantType,
          );
          if (types.length === 0) return undefined;
          const anyStock = types.some((t) => stockStatus(zoneId, t).Status === "Available");
          const zoneStatus = anyStock
            ? { Status: "Available", StatusCategory: "WithStock" }
            : stockStatus(zoneId, types[0]);
          let resources: { Type: string; SupportedResources: { SupportedResource: unknown[] } }[];
          switch (dest) {
            case "Zone":
              resources = [
                {
                  Type: "Zone",
                  SupportedResources: { SupportedResource: [{ Value: zoneId, ...zoneStatus }] },
                },
              ];
              break;
            case "InstanceType":
            case "InstanceTypeFamily":
              resources = [
                {
                  Type: "InstanceType",
                  SupportedResources: {
                    SupportedResource: types.map((t) => ({ Value: t, ...stockStatus(zoneId, t) })),
                  },
                },
              ];
              break;
            case "IoOptimized":
              resources = [
                {
                  Type: "IoOptimized",
                  SupportedResources: { SupportedResource: [{ Value: "optimized", ...zoneStatus }] },
                },
              ];
              break;
            case "Network":
              resources = [
                {
                  Type: "Network",
                  SupportedResources: {
                    SupportedResource: ["vpc", "classic"].map((v) => ({ Value: v, ...zoneStatus })),
                  },
                },
              ];
              break;
            default:
              resources = [
                {
                  Type: dest,
                  SupportedResources: {
                    SupportedResource: DISK_CATEGORIES.map((c) => ({
                      Value: c,
                      ...zoneStatus,
                      Min: dest === "SystemDisk" ? 20 : 20,
                      Max: dest === "SystemDisk" ? 2048 : 32768,
                      Unit: "GiB",
                    })),
                  },
                },
              ];
          }
          return {
            RegionId: region.regionId,
            ZoneId: zoneId,
            ...zoneStatus,
            AvailableResources: { AvailableResource: resources },
          };
        })
        .filter((z) => z !== undefined);
      return { AvailableZones: { AvailableZone: out } };
    },
  };
}
