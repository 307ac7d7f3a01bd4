/**
 * The build's region and where it came from: input `region`, the template's `region`,
 * ALICLOUD_REGION, ALIBABA_CLOUD_REGION_ID, then the chosen profile's `region_id`.
 * (Packer lets a profile's region_id override the template's; image-build does not.)
 */
import { CredentialsError } from "./errors.js";
import { checkRegion } from "./validate.js";

/** The chosen region. */
export interface RegionChoice {
  region: string;
  /** e.g. "input region", "template region", "ALICLOUD_REGION", "profile 'x' region_id". */
  source: string;
}

/** Resolves the region; throws naming every place it looked when there is none. */
export function resolveRegion(opts: {
  inputs: { region?: string };
  template: { region?: string };
  env: Record<string, string | undefined>;
  profileRegion?: { value: string; source: string };
  /** The CLI names its flag (`-region`) rather than the action's input. */
  frontEnd?: "action" | "cli";
}): RegionChoice {
  const cli = opts.frontEnd === "cli";
  const own = cli ? "flag -region" : "input region";
  const t = (s: string | undefined) => (s ?? "").trim();
  const envRegion = t(opts.env.ALICLOUD_REGION);
  const templateRegion = t(opts.template.region);
  const candidates: [string, string][] = [
    [t(opts.inputs.region), own],
    // The decoded template falls back to ALICLOUD_REGION itself; say so when that is where it came from.
    [templateRegion, templateRegion === envRegion ? "ALICLOUD_REGION" : "template region"],
    [envRegion, "ALICLOUD_REGION"],
    [t(opts.env.ALIBABA_CLOUD_REGION_ID), "ALIBABA_CLOUD_REGION_ID"],
    [t(opts.profileRegion?.value), opts.profileRegion?.source ?? "profile region_id"],
  ];
  const found = candidates.find(([value]) => value !== "");
  if (!found)
    throw new CredentialsError(
      `No region: ${cli ? "pass -region, set" : "set the 'region' input,"} the template's 'region', ALICLOUD_REGION or ALIBABA_CLOUD_REGION_ID`,
    );
  checkRegion(
    found[0],
    found[1] === own ? (cli ? "Flag -region" : "Input 'region'") : `Region from ${found[1]}`,
  );
  return { region: found[0], source: found[1] };
}
