import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  checkpointRefs,
  checkpointRefsError,
  runBuilds
} from "./chunk-XA5ZB4FX.js";
import {
  CREDENTIAL_FLAGS,
  resolveBuildsCredentials,
  terminalUi
} from "./chunk-5PPILA2E.js";
import {
  cliTemplateIdentity,
  overrideRegion
} from "./chunk-P4EY5PNE.js";
import "./chunk-CBLMOLRO.js";
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

// src/cli/build.ts
import { randomUUID } from "node:crypto";
import { homedir } from "node:os";
var FLAGS = [
  ...TEMPLATE_FLAGS.map(
    (f) => f.name === "only" || f.name === "except" ? { ...f, help: f.help.replace("Validate", "Build") } : f
  ),
  {
    name: "force",
    kind: "bool",
    help: "Force a build to continue if artifacts exist, deletes existing artifacts."
  },
  {
    name: "on-error",
    kind: "string",
    placeholder: "[cleanup|abort]",
    help: "If the build fails do: clean up (default), abort (leave the resources, listed)."
  },
  {
    name: "parallel-builds",
    kind: "string",
    placeholder: "N",
    help: "Number of builds to run in parallel. 0 means no limit (Default: 0)."
  },
  {
    name: "checkpoint",
    kind: "list",
    placeholder: "REF",
    help: "Keep a checkpoint image after this provisioner (position, name, or a type only one has); repeatable. A later build with the same prefix resumes from it (docs/incremental.md)."
  },
  {
    name: "no-resume",
    kind: "bool",
    help: "Run every provisioner even when a checkpoint image matches (checkpoints are still taken)."
  },
  { name: "machine-readable", kind: "bool", help: "Produce machine-readable output." },
  {
    name: "timestamp-ui",
    kind: "bool",
    help: "Enable prefixing of each ui output with an RFC3339 timestamp."
  },
  { name: "color", kind: "bool", help: "Accepted for Packer compatibility (output is not coloured)." },
  {
    name: "debug",
    kind: "bool",
    help: "Not supported (no pauses between steps, no key file): refused with the reason."
  },
  TEMPLATE_ID_FLAG,
  ...CREDENTIAL_FLAGS
];
var BUILD_USAGE = `Usage: image-build build [options] TEMPLATE

  Will execute multiple builds in parallel as defined in the template. The various artifacts
  created by the template will be outputted. Ctrl-C cancels every build and cleans up first.

Options:

${flagUsage(FLAGS)}
`;
var DEBUG_REFUSED = "flag -debug is not supported: image-build does not pause between steps and never writes the temporary SSH private key to disk.\nTo inspect a failed build, run with -on-error=abort (its resources are kept and listed) and log in with your own key pair (ssh_keypair_name and ssh_private_key_file in the template).\n";
var messageOf = /* @__PURE__ */ __name((err) => err instanceof Error ? err.message : String(err), "messageOf");
function elapsed(ms) {
  const s = Math.round(ms / 1e3);
  const m = Math.floor(s / 60);
  const parts = [
    m > 0 ? `${m} minute${m === 1 ? "" : "s"}` : "",
    `${s % 60} second${s % 60 === 1 ? "" : "s"}`
  ];
  return parts.filter(Boolean).join(" ");
}
__name(elapsed, "elapsed");
async function runBuild(argv, io) {
  const args = parseTemplateArgs(argv, FLAGS, BUILD_USAGE, io.err);
  if (!args) return 1;
  const { flags, path, vars, varFiles, only, except } = args;
  if (flags.values.get("debug") === "true") {
    io.err(DEBUG_REFUSED);
    return 1;
  }
  const onErrorFlag = flags.values.get("on-error") ?? "cleanup";
  const onError = onErrorFlag === "cleanup" || onErrorFlag === "run-cleanup-provisioner" ? "cleanup" : onErrorFlag === "abort" ? "abort" : void 0;
  if (!onError) {
    io.err(
      `invalid value "${onErrorFlag}" for flag -on-error: must be cleanup or abort ("ask" is not supported)
`
    );
    return 1;
  }
  const parallelText = flags.values.get("parallel-builds") ?? "0";
  const parallelBuilds = Number(parallelText);
  if (!/^\d+$/.test(parallelText) || !Number.isSafeInteger(parallelBuilds)) {
    io.err(`invalid value "${parallelText}" for flag -parallel-builds: parse error
`);
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
    force
  });
  const secrets = new Set(v.secrets.filter((s) => s !== ""));
  if (!reportValidation(v, path, io)) return 1;
  if (v.prepared.length === 0) {
    io.err("Error: no builds to run\n");
    return 1;
  }
  const refs = checkpointRefs(flags.lists.get("checkpoint") ?? []);
  const refError = checkpointRefsError(v.prepared, refs);
  if (refError) {
    io.err(maskSecrets(`Error: ${refError}
`, secrets));
    return 1;
  }
  const ui = terminalUi({
    out: io.out,
    err: io.err,
    secrets,
    machineReadable,
    timestamps: flags.values.get("timestamp-ui") === "true"
  });
  const ctl = new AbortController();
  const onSignal = /* @__PURE__ */ __name((sig) => {
    if (ctl.signal.aborted) {
      ui.error(
        `Received ${sig} again: cleanup is still running, please wait (resources would leak otherwise).`
      );
      return;
    }
    ui.error("Interrupt received. Cancelling builds and cleaning up...");
    ctl.abort(new Error(`Build cancelled (${sig})`));
  }, "onSignal");
  const handlers = [];
  if (io.signal) {
    if (io.signal.aborted) ctl.abort(io.signal.reason);
    else io.signal.addEventListener("abort", () => onSignal("cancel"), { once: true });
  } else {
    for (const sig of ["SIGINT", "SIGTERM"]) {
      const h = /* @__PURE__ */ __name(() => onSignal(sig), "h");
      process.on(sig, h);
      handlers.push([sig, h]);
    }
  }
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
    for (const [sig, h] of handlers) process.off(sig, h);
    io.err(maskSecrets(`Error: ${messageOf(err)}
`, secrets));
    return 1;
  }
  if (credentials.regionSource === "flag -region")
    for (const b of overrideRegion(v.prepared, credentials.region))
      io.out(
        `Build '${b.name}' runs in ${credentials.region} (flag -region), not in its template's region
`
      );
  const started = Date.now();
  let results;
  let exitCode;
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
        override: flags.values.get("template-id")
      }),
      env: io.env,
      cwd: io.cwd,
      home,
      credentials: {
        credential: credentials.credential,
        region: credentials.region,
        source: credentials.source
      },
      mask: /* @__PURE__ */ __name((s) => {
        if (s) secrets.add(s);
      }, "mask"),
      secrets: [...secrets],
      ...refs.length > 0 ? {
        checkpoints: {
          refs,
          resume: flags.values.get("no-resume") !== "true",
          source: { vars, varFiles }
        }
      } : {}
    });
    results = r.builds;
    exitCode = r.exitCode;
  } finally {
    for (const [sig, h] of handlers) process.off(sig, h);
  }
  const out = /* @__PURE__ */ __name((t) => io.out(maskSecrets(t, secrets)), "out");
  const failed = results.filter(
    (b) => b.status !== "succeeded" || b.postProcessors.some((p) => p.status === "failed")
  );
  if (!machineReadable) {
    out(`==> Wait completed after ${elapsed(Date.now() - started)}
`);
    if (failed.length > 0) {
      io.err(maskSecrets("\n==> Some builds didn't complete successfully and had errors:\n", secrets));
      for (const b of failed) {
        const why = b.status === "cancelled" ? "Build was cancelled." : messageOf(b.error ?? b.postProcessors.find((p) => p.status === "failed")?.error);
        io.err(maskSecrets(`--> ${b.name}: ${why}
`, secrets));
      }
    }
    const withArtifacts = results.filter((b) => b.status === "succeeded" && b.artifact);
    if (withArtifacts.length > 0) {
      out("\n==> Builds finished. The artifacts of successful builds are:\n");
      for (const b of withArtifacts) out(`--> ${b.name}: ${b.artifact.toString()}
`);
    } else if (failed.length === 0) {
      out("\n==> Builds finished but no artifacts were created.\n");
    }
  } else {
    for (const b of results) {
      if (b.artifact) {
        const t = Math.floor(Date.now() / 1e3);
        out(`${t},${b.name},artifact-count,1
`);
        out(`${t},${b.name},artifact,0,builder-id,${b.artifact.builderId}
`);
        out(`${t},${b.name},artifact,0,id,${b.artifact.id().replaceAll(",", "%!(PACKER_COMMA)")}
`);
        out(`${t},${b.name},artifact,0,end
`);
      }
      if (b.status !== "succeeded")
        out(
          `${Math.floor(Date.now() / 1e3)},${b.name},error,${String(messageOf(b.error)).replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\n", "\\n")}
`
        );
    }
  }
  return exitCode;
}
__name(runBuild, "runBuild");
export {
  BUILD_USAGE,
  DEBUG_REFUSED,
  runBuild
};
