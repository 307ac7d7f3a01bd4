/** The VPC service (2016-04-28): VPCs, vSwitches, EIPs, their tags, regions and zones. */
import { vpcEndpoint, zoneLocalName, zonesOf } from "../../catalog/index.js";
import type { CloudModel } from "../../model/index.js";
import { parseTags } from "../../model/tags.js";
import { ApiError, type ServiceDefinition } from "../../types.js";
import { scopeOf } from "../common/context.js";
import { bool, list, req, tokenPage } from "../common/params.js";
import { kindOf, resolveAll, tagAll, tagRows, untagAll, VPC_TAG_TYPES } from "../common/tagging.js";
import { withTick } from "../common/tick.js";
import { networkHandlers } from "./networks.js";

/** Builds the VPC service on a model. */
export function vpcService(model: CloudModel): ServiceDefinition {
  const st = model.state;
  const untag: ServiceDefinition["actions"][string] = (request) => {
    const p = request.params;
    const s = scopeOf(model, request);
    const kind = kindOf(VPC_TAG_TYPES, req(p, "ResourceType"));
    untagAll(
      resolveAll(model, s, kind, list(p, "ResourceId").map(String)),
      list(p, "TagKey").map(String),
      bool(p, "All") ?? false,
    );
    return {};
  };
  return {
    product: "Vpc",
    version: "2016-04-28",
    actions: withTick(model, {
      ...networkHandlers(model, "vpc"),

      DescribeRegions() {
        return {
          Regions: {
            Region: st.catalog.regions.map((r) => ({
              RegionId: r.regionId,
              LocalName: r.localName,
              RegionEndpoint: vpcEndpoint(r.regionId),
            })),
          },
        };
      },

      DescribeZones(request) {
        const region = st.region(req(request.params, "RegionId"));
        return {
          Zones: {
            Zone: zonesOf(st.catalog, region.regionId).map((z) => ({
              ZoneId: z,
              LocalName: zoneLocalName(region, z),
              ZoneType: "AvailabilityZone",
            })),
          },
        };
      },

      TagResources(request) {
        const p = request.params;
        const s = scopeOf(model, request);
        const kind = kindOf(VPC_TAG_TYPES, req(p, "ResourceType"));
        const tags = parseTags(list(p, "Tag"));
        if (tags.length === 0)
          throw new ApiError("InvalidTagCount", "The specified tags are beyond the permitted range.", 400);
        tagAll(resolveAll(model, s, kind, list(p, "ResourceId").map(String)), tags);
        return {};
      },

      UnTagResources: untag,
      // The brief's name for it; the VPC API spells it UnTagResources.
      UntagResources: untag,

      ListTagResources(request) {
        const p = request.params;
        const s = scopeOf(model, request);
        const rows = tagRows(
          model,
          s,
          VPC_TAG_TYPES,
          req(p, "ResourceType"),
          list(p, "ResourceId").map(String),
          parseTags(list(p, "Tag")),
        );
        const page = tokenPage(p, rows, 50, 50);
        return { NextToken: page.nextToken, TagResources: { TagResource: page.items } };
      },
    }),
  };
}
