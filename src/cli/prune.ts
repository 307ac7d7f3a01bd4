/**
 * `image-build prune`: retention from a terminal. Keeps the newest N final images of each build of
 * a template (in its region and copy regions) and deletes older ones with their snapshots, and the
 * checkpoint images no kept image descends from; never an image in use or shared (reported), never
 * another template's. `-dry-run` makes every lookup and deletes nothing. Exit 0 when done, 1 on
 * errors.
 */
import { homedir } from "node:os";
import { Cloud } from "../cloud/cloud.js";
import type { ResolvedCredentials } from "../credentials/index.js";
import { pruneBuilds } from "../engine/prune.js";
import { overrideRegion } from "../engine/region.js";
import { cliTemplateIdentity } from "../engine/template-identity.js";
import { validateTemplate } from "../engine/validate.js";
import { maskSecrets } from "../ui/mask.js";
import { CREDENTIAL_FLAGS, resolveBuildsCredentials } from "./credentials.js";
import { type FlagSpec, flagUsage } from "./flags.js";
import { pruneTable } from "./prune-table.js";
import { parseTemplateArgs, TEMPLATE_ID_FLAG } from "./template-args.js";
import { terminalUi } from "./terminal-ui.js";
import { type Io, reportValidation, TEMPLATE_FLAGS } from "./validate.js";

const FLAGS: FlagSpec[] = [
  {
    name: "keep",
    kind: "string",
    placeholder: "N",
    help: "Final images to keep per build and region (required, 1 or more).",
  },
  { name: "dry-run", kind: "bool", help: "Make every lookup and print the plan; delete nothing." },
  ...TEMPLATE_FLAGS.map((f) =>
    f.name === "only" || f.name === "except" ? { ...f, help: f.help.replace("Validate", "Prune") } : f,
  ),
  TEMPLATE_ID_FLAG,
  ...CREDENTIAL_FLAGS,
];

export const PRUNE_USAGE = `Usage: image-build prune -keep=N [options] TEMPLATE

  Deletes the older images of a template's builds: for each build (after -only/-except), in its
  region and copy regions, keeps the newest N final images (by creation time) and deletes older
  ones with their snapshots, and the checkpoint images no kept image descends from. An image in
  use by an instance or shared with another account is kept and reported; images of other
  templates (image-build:template) and other builds (image-build:build) are never touched.
  Prints what was deleted and kept; exit status 0 when done, 1 on errors.

Options:

${flagUsage(FLAGS)}
`;

/** Extra inputs of the prune command. */
export interface PruneIo extends Io {
  home?: string;
  signal?: AbortSignal;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs `prune`; returns the exit code. */
export async function runPrune(argv: string[], io: PruneIo): Promise<number> {
  const args = parseTemplateArgs(argv, FLAGS, PRUNE_USAGE, io.err);
  if (!args) return 1;
  const { flags, path, vars, varFiles, only, except } = args;
  const keepText = flags.values.get("keep");
  if (keepText === undefined) {
    io.err("Error: flag -keep is required: the number of final images to keep per build and region\n");
    return 1;
  }
  const keep = Number(keepText);
  if (!/^\d+$/.test(keepText) || !Number.isSafeInteger(keep) || keep < 1) {
    io.err(
      `invalid value "${keepText}" for flag -keep: a whole number of at least 1 (0 would delete every image)\n`,
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
    override: flags.values.get("template-id"),
  });
  const ui = terminalUi({ out: io.out, err: io.err, secrets, machineReadable: false, timestamps: false });

  const home = io.home ?? io.env.HOME ?? homedir();
  let credentials: ResolvedCredentials;
  try {
    credentials = await resolveBuildsCredentials({
      builds: v.prepared,
      flags,
      env: io.env,
      home,
      secrets,
      ui,
    });
  } catch (err) {
    io.err(maskSecrets(`Error: ${messageOf(err)}\n`, secrets));
    return 1;
  }
  if (credentials.regionSource === "flag -region") overrideRegion(v.prepared, credentials.region);

  const r = await pruneBuilds(v.prepared, {
    templateId,
    keep,
    dryRun,
    ui,
    signal: io.signal,
    cloudFor: (build) =>
      new Cloud({
        credential: credentials.credential,
        region: build.builder.config.region || credentials.region,
        env: io.env as NodeJS.ProcessEnv,
        customEndpointEcs: build.builder.config.customEndpointEcs,
        ui,
      }),
  });
  io.out(maskSecrets(`\n${pruneTable(r)}`, secrets));
  return r.ok ? 0 : 1;
}
