/**
 * `image-build build`: runs the builds of a template as `packer build` does, in-process: Packer's
 * flags, `==> name: message` output, the closing list of artifacts, and Ctrl-C (SIGINT/SIGTERM)
 * cancelling every build and cleaning up before exiting.
 */
import { randomUUID } from "node:crypto";
import { homedir } from "node:os";
import type { ResolvedCredentials } from "../credentials/index.js";
import { type BuildResult, runBuilds } from "../engine/build.js";
import { checkpointRefs, checkpointRefsError } from "../engine/checkpoints.js";
import { overrideRegion } from "../engine/region.js";
import { cliTemplateIdentity } from "../engine/template-identity.js";
import { validateTemplate } from "../engine/validate.js";
import type { OnError } from "../pipeline/runner.js";
import { maskSecrets } from "../ui/mask.js";
import { CREDENTIAL_FLAGS, resolveBuildsCredentials } from "./credentials.js";
import { type FlagSpec, flagUsage } from "./flags.js";
import { parseTemplateArgs, TEMPLATE_ID_FLAG } from "./template-args.js";
import { terminalUi } from "./terminal-ui.js";
import { type Io, reportValidation, TEMPLATE_FLAGS } from "./validate.js";

const FLAGS: FlagSpec[] = [
  ...TEMPLATE_FLAGS.map((f) =>
    f.name === "only" || f.name === "except" ? { ...f, help: f.help.replace("Validate", "Build") } : f,
  ),
  {
    name: "force",
    kind: "bool",
    help: "Force a build to continue if artifacts exist, deletes existing artifacts.",
  },
  {
    name: "on-error",
    kind: "string",
    placeholder: "[cleanup|abort]",
    help: "If the build fails do: clean up (default), abort (leave the resources, listed).",
  },
  {
    name: "parallel-builds",
    kind: "string",
    placeholder: "N",
    help: "Number of builds to run in parallel. 0 means no limit (Default: 0).",
  },
  {
    name: "checkpoint",
    kind: "list",
    placeholder: "REF",
    help: "Keep a checkpoint image after this provisioner (position, name, or a type only one has); repeatable. A later build with the same prefix resumes from it (docs/incremental.md).",
  },
  {
    name: "no-resume",
    kind: "bool",
    help: "Run every provisioner even when a checkpoint image matches (checkpoints are still taken).",
  },
  { name: "machine-readable", kind: "bool", help: "Produce machine-readable output." },
  {
    name: "timestamp-ui",
    kind: "bool",
    help: "Enable prefixing of each ui output with an RFC3339 timestamp.",
  },
  { name: "color", kind: "bool", help: "Accepted for Packer compatibility (output is not coloured)." },
  {
    name: "debug",
    kind: "bool",
    help: "Not supported (no pauses between steps, no key file): refused with the reason.",
  },
  TEMPLATE_ID_FLAG,
  ...CREDENTIAL_FLAGS,
];

export const BUILD_USAGE = `Usage: image-build build [options] TEMPLATE

  Will execute multiple builds in parallel as defined in the template. The various artifacts
  created by the template will be outputted. Ctrl-C cancels every build and cleans up first.

Options:

${flagUsage(FLAGS)}
`;

/**
 * Why `-debug` is refused. Packer's pauses before every step until Enter and writes the temporary
 * SSH private key into the working directory; image-build does neither (it runs where there is
 * no terminal, and a key file left on a runner is a leak), so the flag fails instead of being
 * silently ignored.
 */
export const DEBUG_REFUSED =
  "flag -debug is not supported: image-build does not pause between steps and never writes the temporary SSH private key to disk.\n" +
  "To inspect a failed build, run with -on-error=abort (its resources are kept and listed) and log in with your own key pair (ssh_keypair_name and ssh_private_key_file in the template).\n";

/** Extra inputs of the build command (tests pass a signal instead of process signals). */
export interface BuildIo extends Io {
  /** Cancellation; default SIGINT/SIGTERM of this process. */
  signal?: AbortSignal;
  home?: string;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

function elapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  const parts = [
    m > 0 ? `${m} minute${m === 1 ? "" : "s"}` : "",
    `${s % 60} second${s % 60 === 1 ? "" : "s"}`,
  ];
  return parts.filter(Boolean).join(" ");
}

/** Runs `build`; returns the exit code. */
export async function runBuild(argv: string[], io: BuildIo): Promise<number> {
  const args = parseTemplateArgs(argv, FLAGS, BUILD_USAGE, io.err);
  if (!args) return 1;
  const { flags, path, vars, varFiles, only, except } = args;
  if (flags.values.get("debug") === "true") {
    io.err(DEBUG_REFUSED);
    return 1;
  }
  const onErrorFlag = flags.values.get("on-error") ?? "cleanup";
  const onError: OnError | undefined =
    onErrorFlag === "cleanup" || onErrorFlag === "run-cleanup-provisioner"
      ? "cleanup"
      : onErrorFlag === "abort"
        ? "abort"
        : undefined;
  if (!onError) {
    io.err(
      `invalid value "${onErrorFlag}" for flag -on-error: must be cleanup or abort ("ask" is not supported)\n`,
    );
    return 1;
  }
  const parallelText = flags.values.get("parallel-builds") ?? "0";
  const parallelBuilds = Number(parallelText);
  if (!/^\d+$/.test(parallelText) || !Number.isSafeInteger(parallelBuilds)) {
    io.err(`invalid value "${parallelText}" for flag -parallel-builds: parse error\n`);
    return 1;
  }
  const force = flags.values.get("force") === "true";
  const machineReadable = flags.values.get("machine-readable") === "true";

  const v = await validateTemplate({
    path,
    vars,
    varFiles,
    only,
    except,
    env: io.env,
    cwd: io.cwd,
    force,
  });
  const secrets = new Set(v.secrets.filter((s) => s !== ""));
  if (!reportValidation(v, path, io)) return 1;
  if (v.prepared.length === 0) {
    io.err("Error: no builds to run\n");
    return 1;
  }
  // Checkpoint refs are checked against every build before any cloud call.
  const refs = checkpointRefs(flags.lists.get("checkpoint") ?? []);
  const refError = checkpointRefsError(v.prepared, refs);
  if (refError) {
    io.err(maskSecrets(`Error: ${refError}\n`, secrets));
    return 1;
  }

  const ui = terminalUi({
    out: io.out,
    err: io.err,
    secrets,
    machineReadable,
    timestamps: flags.values.get("timestamp-ui") === "true",
  });

  // Ctrl-C / SIGTERM: cancel, let every build clean up, then exit.
  const ctl = new AbortController();
  const onSignal = (sig: string) => {
    if (ctl.signal.aborted) {
      ui.error(
        `Received ${sig} again: cleanup is still running, please wait (resources would leak otherwise).`,
      );
      return;
    }
    ui.error("Interrupt received. Cancelling builds and cleaning up...");
    ctl.abort(new Error(`Build cancelled (${sig})`));
  };
  const handlers: [NodeJS.Signals, () => void][] = [];
  if (io.signal) {
    if (io.signal.aborted) ctl.abort(io.signal.reason);
    else io.signal.addEventListener("abort", () => onSignal("cancel"), { once: true });
  } else {
    for (const sig of ["SIGINT", "SIGTERM"] as const) {
      const h = () => onSignal(sig);
      process.on(sig, h);
      handlers.push([sig, h]);
    }
  }

  // Credentials: the action's chain (environment, profile, flags, the template's access fields),
  // resolved once for every build; with none, the chain's explanation of every source it tried.
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
    for (const [sig, h] of handlers) process.off(sig, h);
    io.err(maskSecrets(`Error: ${messageOf(err)}\n`, secrets));
    return 1;
  }

  // `-region` wins over the templates' region (checked against DescribeRegions first).
  if (credentials.regionSource === "flag -region")
    for (const b of overrideRegion(v.prepared, credentials.region))
      io.out(
        `Build '${b.name}' runs in ${credentials.region} (flag -region), not in its template's region\n`,
      );

  const started = Date.now();
  let results: BuildResult[];
  let exitCode: number;
  try {
    const r = await runBuilds(v.prepared, {
      ui,
      signal: ctl.signal,
      onError,
      parallelBuilds,
      force,
      runId: randomUUID(),
      template: v.template,
      templateId: cliTemplateIdentity({
        template: path,
        cwd: io.cwd,
        override: flags.values.get("template-id"),
      }),
      env: io.env,
      cwd: io.cwd,
      home,
      credentials: {
        credential: credentials.credential,
        region: credentials.region,
        source: credentials.source,
      },
      mask: (s) => {
        if (s) secrets.add(s);
      },
      secrets: [...secrets],
      ...(refs.length > 0
        ? {
            checkpoints: {
              refs,
              resume: flags.values.get("no-resume") !== "true",
              source: { vars, varFiles },
            },
          }
        : {}),
    });
    results = r.builds;
    exitCode = r.exitCode;
  } finally {
    for (const [sig, h] of handlers) process.off(sig, h);
  }

  const out = (t: string) => io.out(maskSecrets(t, secrets));
  const failed = results.filter(
    (b) => b.status !== "succeeded" || b.postProcessors.some((p) => p.status === "failed"),
  );
  if (!machineReadable) {
    out(`==> Wait completed after ${elapsed(Date.now() - started)}\n`);
    if (failed.length > 0) {
      io.err(maskSecrets("\n==> Some builds didn't complete successfully and had errors:\n", secrets));
      for (const b of failed) {
        const why =
          b.status === "cancelled"
            ? "Build was cancelled."
            : messageOf(b.error ?? b.postProcessors.find((p) => p.status === "failed")?.error);
        io.err(maskSecrets(`--> ${b.name}: ${why}\n`, secrets));
      }
    }
    const withArtifacts = results.filter((b) => b.status === "succeeded" && b.artifact);
    if (withArtifacts.length > 0) {
      out("\n==> Builds finished. The artifacts of successful builds are:\n");
      for (const b of withArtifacts) out(`--> ${b.name}: ${b.artifact!.toString()}\n`);
    } else if (failed.length === 0) {
      out("\n==> Builds finished but no artifacts were created.\n");
    }
  } else {
    for (const b of results) {
      if (b.artifact) {
        const t = Math.floor(Date.now() / 1000);
        out(`${t},${b.name},artifact-count,1\n`);
        out(`${t},${b.name},artifact,0,builder-id,${b.artifact.builderId}\n`);
        out(`${t},${b.name},artifact,0,id,${b.artifact.id().replaceAll(",", "%!(PACKER_COMMA)")}\n`);
        out(`${t},${b.name},artifact,0,end\n`);
      }
      if (b.status !== "succeeded")
        out(
          `${Math.floor(Date.now() / 1000)},${b.name},error,${String(messageOf(b.error)).replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\n", "\\n")}\n`,
        );
    }
  }
  return exitCode;
}
