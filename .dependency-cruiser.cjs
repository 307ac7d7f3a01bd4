// The project's boundaries, checked by dependency-cruiser (`npm run boundaries`, run by `.ci/run`
// after lint). Each rule names the boundary it keeps; `__tests__/hygiene/boundaries.test.ts` shows
// that each one fails on a violation.

/**
 * Today's known engine → builder imports, as exact [importing file, imported file] pairs: the rule
 * `engine-imports-no-builder` lets exactly these through and nothing else.
 * Each is removed when the Builder seam lands (#11): then delete this list (leave it empty).
 */
const KNOWN_ENGINE_TO_BUILDER = [
  // removed when the Builder seam lands (#11)
  ["src/engine/build.ts", "src/builders/alicloud-ecs/builder.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/build.ts", "src/builders/alicloud-ecs/context.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/prepare.ts", "src/builders/alicloud-ecs/config.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/provisioning.ts", "src/builders/alicloud-ecs/context.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/reuse.ts", "src/builders/alicloud-ecs/artifact.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/reuse.ts", "src/builders/alicloud-ecs/builder.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/reuse.ts", "src/builders/alicloud-ecs/config.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/reuse.ts", "src/builders/alicloud-ecs/steps/source-image.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/sweep.ts", "src/builders/alicloud-ecs/steps/images.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/sweep.ts", "src/builders/alicloud-ecs/steps/vpc.ts"],
  // removed when the Builder seam lands (#11)
  ["src/engine/sweep.ts", "src/builders/alicloud-ecs/steps/vswitch.ts"],
];

/** A regular expression matching exactly these paths. */
const exactly = (paths) =>
  `^(${[...new Set(paths)].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`;

/**
 * Today's known import cycle among the engine's files (build.ts ↔ provisioning.ts, build.ts ↔
 * post-process.ts): cycles running only through these files are let through; any other fails.
 * Removed when the Builder seam lands (#11): then delete this list (leave it empty).
 */
const KNOWN_CYCLE_FILES = [
  // removed when the Builder seam lands (#11)
  "src/engine/build.ts",
  // removed when the Builder seam lands (#11)
  "src/engine/post-process.ts",
  // removed when the Builder seam lands (#11)
  "src/engine/provisioning.ts",
];

const knownFrom = KNOWN_ENGINE_TO_BUILDER.map(([from]) => from);

/** The no-cycle rule, with the known cycle (if any) let through. */
function noCircular() {
  const comment = "No import cycles in src/ and emulator/: dependencies point one way.";
  const base = { name: "no-circular", comment, severity: "error" };
  if (KNOWN_CYCLE_FILES.length === 0)
    return [{ ...base, from: { path: "^(src|emulator)/" }, to: { circular: true } }];
  return [
    {
      ...base,
      from: { path: "^(src|emulator)/", pathNot: exactly(KNOWN_CYCLE_FILES) },
      to: { circular: true },
    },
    {
      ...base,
      comment: `${comment} Known exception (removed when the Builder seam lands): cycles among ${KNOWN_CYCLE_FILES.join(", ")}`,
      from: { path: exactly(KNOWN_CYCLE_FILES) },
      to: { circular: true, via: { pathNot: exactly(KNOWN_CYCLE_FILES) } },
    },
  ];
}

/** The engine → builder rule, with the known pairs (if any) let through. */
function engineImportsNoBuilder() {
  const comment =
    "The engine names no builder: it reaches builders through the Builder seam and its registry (#11).";
  const rules = [
    {
      name: "engine-imports-no-builder",
      comment,
      severity: "error",
      from: { path: "^src/engine/", ...(knownFrom.length > 0 ? { pathNot: exactly(knownFrom) } : {}) },
      to: { path: "^src/builders/" },
    },
  ];
  for (const from of new Set(knownFrom)) {
    const allowed = KNOWN_ENGINE_TO_BUILDER.filter(([f]) => f === from).map(([, to]) => to);
    rules.push({
      name: "engine-imports-no-builder",
      comment: `${comment} Known exception (removed when the Builder seam lands): ${from} → ${allowed.join(", ")}`,
      severity: "error",
      from: { path: exactly([from]) },
      to: { path: "^src/builders/", pathNot: exactly(allowed) },
    });
  }
  return rules;
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...noCircular(),
    {
      name: "actions-only-in-github",
      comment:
        "@actions/* (the runner's toolkit) is imported only by src/github/ and the action's front ends " +
        "(src/main.ts, src/post.ts); the CLI and the engine run outside Actions.",
      severity: "error",
      from: { path: "^(src|emulator)/", pathNot: "^src/(github/|main\\.ts$|post\\.ts$)" },
      to: { path: "(^|/)node_modules/@actions/" },
    },
    ...engineImportsNoBuilder(),
    {
      name: "emulator-model-is-plain-state",
      comment:
        "emulator/model holds the cloud's state and rules: it imports neither the wire layer nor the services.",
      severity: "error",
      from: { path: "^emulator/model/" },
      to: { path: "^emulator/(wire|services)/" },
    },
    {
      name: "src-imports-no-emulator",
      comment:
        "The action and the engine never load the emulator; only the CLI's `emulator` subcommand does (src/cli.ts, a dynamic import).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli\\.ts$" },
      to: { path: "^emulator/" },
    },
    {
      name: "emulator-imports-no-src",
      comment: "The emulator stands alone: it imports nothing of the action or the CLI (src/).",
      severity: "error",
      from: { path: "^emulator/" },
      to: { path: "^src/" },
    },
    {
      name: "github-only-from-front-ends",
      comment:
        "src/github/ (the Actions front end's helpers) is imported only by the action's front ends and by itself.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(github/|main\\.ts$|post\\.ts$)" },
      to: { path: "^src/github/" },
    },
    {
      name: "no-dev-dependency-in-production",
      comment:
        "Code that ships (src/, emulator/) imports no devDependency: a package it needs at run time is a dependency.",
      severity: "error",
      from: { path: "^(src|emulator)/" },
      to: {
        dependencyTypes: ["npm-dev"],
        dependencyTypesNot: ["type-only"],
        pathNot: "(^|/)node_modules/@types/",
      },
    },
    {
      name: "no-undeclared-package",
      comment:
        "Every package that src/ or emulator/ imports is declared in package.json (not reached through another package).",
      severity: "error",
      from: { path: "^(src|emulator)/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves to a file or an installed package.",
      severity: "error",
      from: { path: "^(src|emulator)/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    exclude: { path: "^dist/" },
  },
};
