/** What every handler needs: the model, the caller's scope, and region resolution. */
import type { CloudModel } from "../../model/index.js";
import type { ResourceKind } from "../../model/resources.js";
import { type ActionRequest, ApiError } from "../../types.js";
import { str } from "./params.js";

/** The caller's account and the request's region (`RegionId`). */
export interface Scope {
  accountId: string;
  regionId: string;
}

/**
 * The scope of a request. When `RegionId` is optional and absent, the region of the resource named
 * by `idParam` is used (the real API finds it from the id), else the emulator's default region.
 */
export function scopeOf(
  model: CloudModel,
  req: ActionRequest,
  find?: { kind: ResourceKind; idParam: string },
): Scope {
  const accountId = req.caller.accountId;
  const regionId = str(req.params, "RegionId");
  if (regionId !== undefined) {
    model.state.region(regionId);
    return { accountId, regionId };
  }
  if (find) {
    const id = str(req.params, find.idParam);
    const r = id !== undefined ? model.state.store(find.kind).get(id) : undefined;
    if (r && r.accountId === accountId) return { accountId, regionId: r.regionId };
  }
  return { accountId, regionId: model.defaultRegion };
}

/** `DryRun=true`: the checks passed, so the API answers DryRunOperation. */
export function dryRun(req: ActionRequest): void {
  if (req.params.DryRun === true || req.params.DryRun === "true") {
    throw new ApiError("DryRunOperation", "Request validation has been passed with DryRun flag set.", 400);
  }
}
