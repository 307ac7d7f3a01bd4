/**
 * The instance type families of the official ECS documentation ("Instance families"), expanded into
 * instance types with their vCPUs and memory, so that the types published templates name
 * (`ecs.gn6i-c4g1.xlarge`, `ecs.t5-lc2m1.nano`, `ecs.c7.2xlarge`...) exist in the emulated cloud.
 * Each family carries where it is sold: every zone, or (GPU and the newest generations) a subset,
 * as in the real regions.
 */
import type { InstanceTypeSpec } from "./instance-types.js";

/** vCPUs of a size suffix (`large` 2, `xlarge` 4, `Nxlarge` 4N). */
export function sizeCpu(size: string): number | undefined {
  if (size === "large") return 2;
  if (size === "xlarge") return 4;
  const m = /^(\d+)xlarge$/.exec(size);
  return m ? 4 * Number(m[1]) : undefined;
}

/** Where a family is sold: every zone of a region, or only its last `n` zones (at least one). */
export type ZoneSpread = "all" | { lastZones: number };

interface Family {
  family: string;
  generation: string;
  /** GiB of memory per vCPU. */
  ratio: number;
  sizes: string[];
  spread: ZoneSpread;
}

const STD = ["large", "xlarge", "2xlarge", "3xlarge", "4xlarge", "6xlarge", "8xlarge", "16xlarge"];
const NEW = [...STD, "12xlarge", "24xlarge", "32xlarge"];

/** The general purpose (g), compute (c) and memory (r) families, entry and older families. */
const FAMILIES: Family[] = [
  ...[
    ["5", "ecs-3", STD, "all"],
    ["6", "ecs-4", STD, "all"],
    ["6e", "ecs-4", NEW, "all"],
    ["7", "ecs-5", NEW, "all"],
    ["7a", "ecs-5", NEW, { lastZones: 2 }],
    ["8i", "ecs-6", NEW, { lastZones: 2 }],
    ["8a", "ecs-6", NEW, { lastZones: 2 }],
    ["8y", "ecs-6", NEW, { lastZones: 1 }],
    ["6r", "ecs-4", STD, { lastZones: 2 }],
  ].flatMap(([gen, generation, sizes, spread]) =>
    (
      [
        ["g", 4],
        ["c", 2],
        ["r", 8],
      ] as const
    ).map(([kind, ratio]) => ({
      family: `ecs.${kind}${gen}`,
      generation: generation as string,
      ratio,
      sizes: sizes as string[],
      spread: spread as ZoneSpread,
    })),
  ),
  { family: "ecs.hfc6", generation: "ecs-4", ratio: 2, sizes: STD, spread: { lastZones: 2 } },
  { family: "ecs.hfg6", generation: "ecs-4", ratio: 4, sizes: STD, spread: { lastZones: 2 } },
  { family: "ecs.hfr6", generation: "ecs-4", ratio: 8, sizes: STD, spread: { lastZones: 2 } },
  { family: "ecs.hfc7", generation: "ecs-5", ratio: 2, sizes: STD, spread: { lastZones: 2 } },
  { family: "ecs.hfg7", generation: "ecs-5", ratio: 4, sizes: STD, spread: { lastZones: 2 } },
  { family: "ecs.hfr7", generation: "ecs-5", ratio: 8, sizes: STD, spread: { lastZones: 2 } },
  { family: "ecs.sn1ne", generation: "ecs-3", ratio: 2, sizes: STD.slice(0, 6), spread: "all" },
  { family: "ecs.sn2ne", generation: "ecs-3", ratio: 4, sizes: STD.slice(0, 6), spread: "all" },
  { family: "ecs.se1ne", generation: "ecs-3", ratio: 8, sizes: STD.slice(0, 6), spread: "all" },
  { family: "ecs.i2", generation: "ecs-3", ratio: 8, sizes: STD.slice(1, 7), spread: { lastZones: 2 } },
  { family: "ecs.d1ne", generation: "ecs-3", ratio: 4, sizes: STD.slice(3, 7), spread: { lastZones: 2 } },
];

/** Families whose types name their shape (`ecs.s6-c1m2.large`: 1 vCPU : 2 GiB at `large`). */
const SHAPED: {
  family: string;
  generation: string;
  shapes: string[];
  sizes: string[];
  spread: ZoneSpread;
}[] = [
  {
    family: "ecs.s6",
    generation: "ecs-4",
    shapes: ["c1m1", "c1m2", "c1m4"],
    sizes: ["large", "xlarge", "2xlarge", "3xlarge", "4xlarge"],
    spread: "all",
  },
  {
    family: "ecs.e",
    generation: "ecs-5",
    shapes: ["c1m1", "c1m2", "c1m4"],
    sizes: ["large", "xlarge", "2xlarge"],
    spread: "all",
  },
  {
    family: "ecs.u1",
    generation: "ecs-5",
    shapes: ["c1m1", "c1m2", "c1m4", "c1m8"],
    sizes: ["large", "xlarge", "2xlarge", "3xlarge", "4xlarge", "8xlarge"],
    spread: "all",
  },
  {
    family: "ecs.t6",
    generation: "ecs-4",
    shapes: ["c4m1", "c2m1", "c1m1", "c1m2", "c1m4"],
    sizes: ["large", "xlarge", "2xlarge"],
    spread: "all",
  },
];

/** Burstable t5 types (`ecs.t5-lc2m1.nano`: baseline share and memory in the name), as documented. */
const T5: [string, number, number][] = [
  ["ecs.t5-lc2m1.nano", 1, 0.5],
  ["ecs.t5-lc1m1.small", 1, 1],
  ["ecs.t5-lc1m2.small", 1, 2],
  ["ecs.t5-lc1m2.large", 2, 4],
  ["ecs.t5-lc1m4.large", 2, 8],
  ["ecs.t5-c1m1.large", 2, 2],
  ["ecs.t5-c1m2.large", 2, 4],
  ["ecs.t5-c1m4.large", 2, 8],
  ["ecs.t5-c1m1.xlarge", 4, 4],
  ["ecs.t5-c1m2.xlarge", 4, 8],
  ["ecs.t5-c1m4.xlarge", 4, 16],
  ["ecs.t5-c1m1.2xlarge", 8, 8],
  ["ecs.t5-c1m2.2xlarge", 8, 16],
  ["ecs.t5-c1m4.2xlarge", 8, 32],
  ["ecs.t5-c1m1.4xlarge", 16, 16],
  ["ecs.t5-c1m2.4xlarge", 16, 32],
];

/** Older shared and entry types (generation I–III), sold everywhere. */
const OLD: [string, number, number][] = [
  ["ecs.n2.small", 1, 4],
  ["ecs.n2.medium", 2, 8],
  ["ecs.n2.large", 4, 16],
  ["ecs.n2.xlarge", 8, 32],
  ["ecs.n4.small", 1, 2],
  ["ecs.n4.large", 2, 4],
  ["ecs.n4.xlarge", 4, 8],
  ["ecs.n4.2xlarge", 8, 16],
  ["ecs.mn4.small", 1, 4],
  ["ecs.mn4.large", 2, 8],
  ["ecs.mn4.xlarge", 4, 16],
  ["ecs.xn4.small", 1, 1],
  ["ecs.e4.small", 1, 8],
  ["ecs.e4.large", 2, 16],
  ["ecs.sn1.medium", 2, 4],
  ["ecs.sn1.large", 4, 8],
  ["ecs.sn1.xlarge", 8, 16],
  ["ecs.sn2.medium", 2, 8],
  ["ecs.sn2.large", 4, 16],
  ["ecs.sn2.xlarge", 8, 32],
  ["ecs.se1.large", 2, 16],
  ["ecs.se1.xlarge", 4, 32],
];

/** GPU types: name, vCPUs, GiB, GPUs; sold in a region's last two zones. */
const GPU: [string, number, number, number][] = [
  ["ecs.gn5-c4g1.xlarge", 4, 30, 1],
  ["ecs.gn5-c8g1.2xlarge", 8, 60, 1],
  ["ecs.gn5-c4g1.2xlarge", 8, 60, 2],
  ["ecs.gn5-c8g1.4xlarge", 16, 120, 2],
  ["ecs.gn5-c28g1.7xlarge", 28, 112, 1],
  ["ecs.gn5-c8g1.8xlarge", 32, 240, 4],
  ["ecs.gn5-c28g1.14xlarge", 56, 224, 2],
  ["ecs.gn5-c8g1.14xlarge", 54, 480, 8],
  ["ecs.gn5i-c2g1.large", 2, 8, 1],
  ["ecs.gn5i-c4g1.xlarge", 4, 16, 1],
  ["ecs.gn5i-c8g1.2xlarge", 8, 32, 1],
  ["ecs.gn5i-c16g1.4xlarge", 16, 64, 1],
  ["ecs.gn5i-c16g1.8xlarge", 32, 128, 2],
  ["ecs.gn5i-c28g1.14xlarge", 56, 224, 2],
  ["ecs.gn6i-c4g1.xlarge", 4, 15, 1],
  ["ecs.gn6i-c8g1.2xlarge", 8, 31, 1],
  ["ecs.gn6i-c16g1.4xlarge", 16, 62, 1],
  ["ecs.gn6i-c24g1.6xlarge", 24, 93, 1],
  ["ecs.gn6i-c40g1.10xlarge", 40, 155, 1],
  ["ecs.gn6i-c24g1.12xlarge", 48, 186, 2],
  ["ecs.gn6i-c24g1.24xlarge", 96, 372, 4],
  ["ecs.gn6v-c8g1.2xlarge", 8, 32, 1],
  ["ecs.gn6v-c8g1.8xlarge", 32, 128, 4],
  ["ecs.gn6v-c8g1.16xlarge", 64, 256, 8],
  ["ecs.gn6v-c10g1.20xlarge", 82, 336, 8],
  ["ecs.gn6e-c12g1.3xlarge", 12, 92, 1],
  ["ecs.gn6e-c12g1.12xlarge", 48, 368, 4],
  ["ecs.gn6e-c12g1.24xlarge", 96, 736, 8],
  ["ecs.gn7i-c8g1.2xlarge", 8, 30, 1],
  ["ecs.gn7i-c16g1.4xlarge", 16, 60, 1],
  ["ecs.gn7i-c32g1.8xlarge", 32, 188, 1],
  ["ecs.gn7i-c32g1.16xlarge", 64, 376, 2],
  ["ecs.gn7i-c48g1.12xlarge", 48, 310, 1],
  ["ecs.gn7i-c56g1.14xlarge", 56, 346, 1],
  ["ecs.gn7i-2x.8xlarge", 32, 128, 2],
];

/** A documented instance type with where it is sold. */
export interface DocumentedType extends InstanceTypeSpec {
  spread: ZoneSpread;
}

function familyOf(name: string): string {
  return name.replace(/-.*$/, "").replace(/\.[^.]*$/, "");
}

/** Every instance type of the documented families. */
export function documentedInstanceTypes(): DocumentedType[] {
  const out: DocumentedType[] = [];
  for (const f of FAMILIES) {
    for (const size of f.sizes) {
      const cpu = sizeCpu(size)!;
      out.push({
        instanceType: `${f.family}.${size}`,
        family: f.family,
        generation: f.generation,
        cpu,
        memory: cpu * f.ratio,
        spread: f.spread,
      });
    }
  }
  for (const f of SHAPED) {
    for (const shape of f.shapes) {
      const [, c, m] = /^c(\d+)m(\d+)$/.exec(shape)!.map(Number);
      for (const size of f.sizes) {
        const cpu = sizeCpu(size)!;
        out.push({
          instanceType: `${f.family}-${shape}.${size}`,
          family: f.family,
          generation: f.generation,
          cpu,
          memory: (cpu * m) / c,
          spread: f.spread,
        });
      }
    }
  }
  for (const [instanceType, cpu, memory] of T5)
    out.push({ instanceType, family: "ecs.t5", generation: "ecs-3", cpu, memory, spread: "all" });
  for (const [instanceType, cpu, memory] of OLD)
    out.push({
      instanceType,
      family: familyOf(instanceType),
      generation: "ecs-2",
      cpu,
      memory,
      spread: "all",
    });
  for (const [instanceType, cpu, memory, gpu] of GPU) {
    out.push({
      instanceType,
      family: familyOf(instanceType),
      generation: "ecs-4",
      cpu,
      memory,
      gpu,
      spread: { lastZones: 2 },
    });
  }
  return out;
}
