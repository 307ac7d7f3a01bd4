/**
 * The builders image-build has: one record per type (its folder's `index.ts`), listed once here.
 * The engine finds a template's builder through this list and knows no builder by name. Adding a
 * builder is its folder plus one line in BUILDERS.
 */

import type { Hcl2Sources } from "../template/hcl2/sources.js";
import { alicloudEcsBuilder } from "./alicloud-ecs/index.js";
import type { Builder, BuilderConfig } from "./builder.js";
import type { SweepOptions, SweptResource } from "./swept.js";

/** Every builder type, in the order messages list them. */
export const BUILDERS: readonly Builder[] = [alicloudEcsBuilder as Builder];

/** The supported builder types. */
export const SUPPORTED_BUILDERS: readonly string[] = BUILDERS.map((b) => b.type);

/** What the HCL2 front end knows of each builder, by type (the loader names no builder). */
export const HCL2_SOURCES: Hcl2Sources = Object.fromEntries(BUILDERS.map((b) => [b.type, b.hcl2]));

/** The builder of a template `type`, or undefined when image-build has none. */
export function builderOf<C extends BuilderConfig = BuilderConfig>(type: string): Builder<C> | undefined {
  return BUILDERS.find((b) => b.type === type) as Builder<C> | undefined;
}

/**
 * Sweeps a run with every builder's sweep (the post step does not know which builders ran): the
 * saved ledger's resources, then whatever still carries the run's tag.
 */
export async function sweep(opts: SweepOptions): Promise<SweptResource[]> {
  const out: SweptResource[] = [];
  for (const b of BUILDERS) out.push(...(await b.sweep(opts)));
  return out;
}
