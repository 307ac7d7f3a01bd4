// The project's boundaries, checked by dependency-cruiser (`npm run boundaries`, run by `.ci/run`
// after lint). Each rule names the boundary it keeps; `__tests__/hygiene/boundaries.test.ts` shows
// that each one fails on a violation.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles in src/ and emulator/: dependencies point one way.",
      severity: "error",
      from: { path: "^(src|emulator)/" },
      to: { circular: true },
    },
    {
      name: "foundations-import-no-plugin",
      comment:
        "The foundations (cloud, credentials, communicator, template, pipeline, ui) know no builder, " +
        "provisioner or post-processor: the plugins build on them, not the other way round.",
      severity: "error",
      from: { path: "^src/(cloud|credentials|communicator|template|pipeline|ui)/" },
      to: { path: "^src/(builders|provisioners|post-processors)/" },
    },
    {
      name: "actions-only-in-github",
      comment:
        "@actions/* (the runner's toolkit) is imported only by src/github/ and the action's front ends " +
        "(src/main.ts, src/post.ts); the CLI and the engine run outside Actions.",
      severity: "error",
      from: { path: "^(src|emulator)/", pathNot: "^src/(github/|main\\.ts$|post\\.ts$)" },
      to: { path: "(^|/)node_modules/@actions/" },
    },
    {
      name: "engine-imports-no-builder",
      comment:
        "The engine names no builder: it reaches builders only through the Builder seam " +
        "(src/builders/*.ts: the interface, its registry and the shared types), never a builder's own folder.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { path: "^src/builders/[^/]+/" },
    },
    {
      name: "engine-is-on-top",
      comment:
        "Dependencies point down: the layers the engine drives (builders, provisioners, post-processors, " +
        "communicator, cloud, credentials, template, pipeline, ui) never import src/engine/.",
      severity: "error",
      from: {
        path: "^src/(builders|provisioners|post-processors|communicator|cloud|credentials|template|pipeline|ui)/",
      },
      to: { path: "^src/engine/" },
    },
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
