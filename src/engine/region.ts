/**
 * The region the user names on the command (the action's `region` input, the CLI's `-region`)
 * wins over the templates' `region`: every build then runs there. The builder's first step checks
 * it against DescribeRegions before any resource exists (unless `skip_region_validation`).
 */
import type { PreparedBuild } from "../builders/builder.js";

/** Sets every build's region to `region`; returns the builds whose template named another one. */
export function overrideRegion(builds: PreparedBuild[], region: string): PreparedBuild[] {
  const moved = builds.filter((b) => b.builder.config.region !== region);
  for (const b of builds) b.builder.config.region = region;
  return moved;
}
