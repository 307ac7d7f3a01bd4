import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  pruneBuilds
} from "./chunk-XRIX7J4C.js";
import {
  CREDENTIAL_FLAGS,
  resolveBuildsCredentials,
  terminalUi
} from "./chunk-5PPILA2E.js";
import {
  cliTemplateIdentity,
  overrideRegion
} from "./chunk-P4EY5PNE.js";
import {
  Cloud
} from "./chunk-CBLMOLRO.js";
import {
  TEMPLATE_FLAGS,
  TEMPLATE_ID_FLAG,
  flagUsage,
  parseTemplateArgs,
  reportValidation
} from "./chunk-4WMFJPSY.js";
import {
  validateTemplate
} from "./chunk-2DR4GSH5.js";
import {
  maskSecrets
} from "./chunk-ND4PPQAS.js";
import "./chunk-QFNYCJEP.js";
import "./chunk-QEDSUNW2.js";
import {
  __name
} from "./chunk-Q72NFEGJ.js";

// src/cli/prune.ts
import { homedir } from "node:os";

// src/cli/prune-table.ts
var OUTCOME = {
  deleted: "deleted",
  "would-delete": "would delete",
  kept: "kept",
  failed: "FAILED"
};
function columns(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map(
    (r) => r.map((cell, c) => c === r.length - 1 ? cell : cell.padEnd(widths[c])).join("  ").trimEnd()
  ).join("\n");
}
__name(columns, "columns");
function detail(i) {
  if (i.outcome === "kept" || i.outcome === "failed") return i.reason ?? "";
  if (i.snapshots.length === 0) return "no snapshots";
  return `snapshots: ${i.snapshots.map(
    (s) => `${s.id} ${OUTCOME[s.outcome] ?? s.outcome.replace("-", " ")}${s.detail ? ` (${s.detail})` : ""}`
  ).join(", ")}`;
}
__name(detail, "detail");
function pruneTable(r) {
  const head = ["BUILD", "REGION", "IMAGE", "KIND", "CREATED", "ACTION", "DETAIL"];
  const rows = [];
  for (const b of r.builds) {
    for (const i of b.images)
      rows.push([
        b.build,
        i.region,
        i.imageId,
        i.kind,
        i.created ?? "-",
        OUTCOME[i.outcome] ?? i.outcome,
        detail(i)
      ]);
    if (b.error) rows.push([b.build, b.regions.join(","), "-", "-", "-", "FAILED", b.error]);
  }
  const images = r.builds.flatMap((b) => b.images);
  const n = /* @__PURE__ */ __name((o) => images.filter((i) => i.outcome === o).length, "n");
  const snaps = /* @__PURE__ */ __name((o) => images.flatMap((i) => i.snapshots).filter((s) => s.outcome === o).length, "snaps");
  const counts = r.dryRun ? `${n("would-delete")} image(s) and ${snaps("would-delete")} snapshot(s) would be deleted, ${n("kept")} image(s) kept (dry run: nothing was deleted)` : `${n("deleted")} image(s) and ${snaps("deleted")} snapshot(s) deleted, ${n("kept")} image(s) kept${n("failed") + snaps("failed") > 0 ? `, ${n("failed") + snaps("failed")} failed` : ""}`;
  if (rows.length === 0) return `No images of template ${r.templateId} found.
${counts}
`;
  return `${columns([head, ...rows])}

${counts}
`;
}
__name(pruneTable, "pruneTable");

// src/cli/prune.ts
var FLAGS = [
  {
    name: "keep",
    kind: "string",
    placeholder: "N",
    help: "Final images to keep per build and region (required, 1 or more)."
  },
  { name: "dry-run", kind: "bool", help: "Make every lookup and print the plan; delete nothing." },
  ...TEMPLATE_FLAGS.map(
    (f) => f.name === "only" || f.name === "except" ? { ...f, help: f.help.replace("Validate", "Prune") } : f
  ),
  TEMPLATE_ID_FLAG,
  ...CREDENTIAL_FLAGS
];
var PRUNE_USAGE = `Usage: image-build prune -keep=N [options] TEMPLATE

  Deletes the older images of a template's builds: for each build (after -only/-except), in its
  region and copy regions, keeps the newest N final images (by creation time) and deletes older
  ones with their snapshots, and the checkpoint images no kept image descends from. An image in
  use by an instance or shared with another account is kept and reported; images of other
  templates (image-build:template) and other builds (image-build:build) are never touched.
  Prints what was deleted and kept; exit status 0 when done, 1 on errors.

Options:

${flagUsage(FLAGS)}
`;
var messageOf = /* @__PURE__ */ __name((err) => err instanceof Error ? err.message : String(err), "messageOf");
async function runPrune(argv, io) {
  const args = parseTemplateArgs(argv, FLAGS, PRUNE_USAGE, io.err);
  if (!args) return 1;
  const { flags, path, vars, varFiles, only, except } = args;
  const keepText = flags.values.get("keep");
  if (keepText === void 0) {
    io.err("Error: flag -keep is required: the number of final images to keep per build and region\n");
    return 1;
  }
  const keep = Number(keepText);
  if (!/^\d+$/.test(keepText) || !Number.isSafeInteger(keep) || keep < 1) {
    io.err(
      `invalid value "${keepText}" for flag -keep: a whole number of at least 1 (0 would delete every image)
`
    );
    return 1;
  }
  const dryRun = flags.values.get("dry-run") === "true";
  const v = await validateTemplate({ path, vars, varFiles, only, except, env: io.env, cwd: io.cwd });
  const secrets = new Set(v.secrets.filter((s) => s !== ""));
  if (!reportValidation(v, path, io)) return 1;
  if (v.prepared.length === 0) {
    io.err("Error: no builds to prune\n");
    return 1;
  }
  const templateId = cliTemplateIdentity({
    template: path,
    cwd: io.cwd,
    override: flags.values.get("template-id")
  });
  const ui = terminalUi({ out: io.out, err: io.err, secrets, machineReadable: false, timestamps: false });
  const home = io.home ?? io.env.HOME ?? homedir();
  let credentials;
  try {
    credentials = await resolveBuildsCredentials({
      builds: v.prepared,
      flags,
      env: io.env,
      home,
      secrets,
      ui
    });
  } catch (err) {
    io.err(maskSecrets(`Error: ${messageOf(err)}
`, secrets));
    return 1;
  }
  if (credentials.regionSource === "flag -region") overrideRegion(v.prepared, credentials.region);
  const r = await pruneBuilds(v.prepared, {
    templateId,
    keep,
    dryRun,
    ui,
    signal: io.signal,
    cloudFor: /* @__PURE__ */ __name((build) => new Cloud({
      credential: credentials.credential,
      region: build.builder.config.region || credentials.region,
      env: io.env,
      customEndpointEcs: build.builder.config.customEndpointEcs,
      ui
    }), "cloudFor")
  });
  io.out(maskSecrets(`
${pruneTable(r)}`, secrets));
  return r.ok ? 0 : 1;
}
__name(runPrune, "runPrune");
export {
  PRUNE_USAGE,
  runPrune
};
