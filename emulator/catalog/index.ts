/** The emulated cloud's catalogue: regions, zones, instance types, stock and public images. */
import { DEFAULT_PUBLIC_IMAGES, type PublicImageSpec } from "./images.js";
import { documentedInstanceTypes, type ZoneSpread } from "./instance-families.js";
import { DEFAULT_INSTANCE_TYPES, type InstanceTypeSpec } from "./instance-types.js";
import { DEFAULT_REGIONS, type RegionSpec } from "./regions.js";

export type { PublicImageSpec } from "./images.js";
export type { InstanceTypeSpec } from "./instance-types.js";
export { ecsEndpoint, type RegionSpec, vpcEndpoint, zoneLocalName } from "./regions.js";

/** Options for {@link createCatalog}; everything defaults to the built-in lists. */
export interface CatalogOptions {
  regions?: RegionSpec[];
  instanceTypes?: InstanceTypeSpec[];
  publicImages?: PublicImageSpec[];
  /** Instance types sold in every zone (default: all). */
  zoneInstanceTypes?: Record<string, string[]>;
  /** Initial stock per `zoneId` per instance type (default: unlimited). */
  stock?: Record<string, Record<string, number>>;
}

/** A catalogue: static lists plus mutable stock (tests change it through the model). */
export interface Catalog {
  regions: RegionSpec[];
  instanceTypes: InstanceTypeSpec[];
  publicImages: PublicImageSpec[];
  /** zoneId → instance types sold there. */
  zoneInstanceTypes: Map<string, string[]>;
  /** zoneId → instance type → units left (absent: unlimited). */
  stock: Map<string, Map<string, number>>;
  /** Zones that are no longer on sale (`Zone.NotOnSale`). */
  zonesNotOnSale: Set<string>;
}

/** Builds a catalogue from options and the defaults. Zone ids are `<region>-<letter>`. */
export function createCatalog(opts: CatalogOptions = {}): Catalog {
  const regions = opts.regions ?? DEFAULT_REGIONS;
  // The default list (sold in every zone), then the documented families with their zone spread.
  const spread = new Map<string, ZoneSpread>();
  let instanceTypes = opts.instanceTypes ?? DEFAULT_INSTANCE_TYPES;
  if (!opts.instanceTypes) {
    const known = new Set(instanceTypes.map((t) => t.instanceType));
    const extra = documentedInstanceTypes().filter((t) => !known.has(t.instanceType));
    for (const t of extra) spread.set(t.instanceType, t.spread);
    instanceTypes = [...instanceTypes, ...extra.map(({ spread: _s, ...t }) => t)];
  }
  const zoneInstanceTypes = new Map<string, string[]>();
  for (const r of regions) {
    r.zones.forEach((z, i) => {
      const zoneId = `${r.regionId}-${z}`;
      const sold = instanceTypes
        .filter((t) => {
          const s = spread.get(t.instanceType) ?? "all";
          return s === "all" || i >= r.zones.length - Math.max(1, s.lastZones);
        })
        .map((t) => t.instanceType);
      zoneInstanceTypes.set(zoneId, opts.zoneInstanceTypes?.[zoneId] ?? sold);
    });
  }
  const stock = new Map<string, Map<string, number>>();
  for (const [zoneId, types] of Object.entries(opts.stock ?? {})) {
    stock.set(zoneId, new Map(Object.entries(types)));
  }
  return {
    regions,
    instanceTypes,
    publicImages: opts.publicImages ?? DEFAULT_PUBLIC_IMAGES,
    zoneInstanceTypes,
    stock,
    zonesNotOnSale: new Set(),
  };
}

/** Zone ids of a region, in catalogue order. */
export function zonesOf(catalog: Catalog, regionId: string): string[] {
  const r = catalog.regions.find((x) => x.regionId === regionId);
  return r ? r.zones.map((z) => `${regionId}-${z}`) : [];
}
