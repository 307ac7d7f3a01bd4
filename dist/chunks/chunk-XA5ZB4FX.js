import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  prefixedUi,
  retentionTags
} from "./chunk-P4EY5PNE.js";
import {
  Cloud,
  resolveCredentials,
  templateAccessOf
} from "./chunk-CBLMOLRO.js";
import {
  ByteReader,
  CMD_DISCONNECT,
  CancelledError,
  EofError,
  buildNameVariable,
  parseVarArgs,
  parseVarFile,
  postProcessorOf,
  provisionerOf,
  resolveLocal,
  sleep,
  templateContext,
  toPlain,
  walkTreeSync,
  withOverride
} from "./chunk-2DR4GSH5.js";
import {
  BASE_TAG,
  FINGERPRINT_TAG,
  LIMITS,
  assertAcceptable,
  formatGoDuration,
  goQuote,
  postProcessorBuildData,
  readBoundedSync,
  runTags,
  stepFailure
} from "./chunk-ND4PPQAS.js";
import {
  require_lib
} from "./chunk-QEDSUNW2.js";
import {
  __name,
  __toESM
} from "./chunk-Q72NFEGJ.js";

// src/engine/fingerprint-parts.ts
import { createHash, scrypt } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { relative, sep } from "node:path";
var SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
var CREDENTIAL_ENV = /^(ALICLOUD_(ACCESS_KEY|SECRET_KEY|SECURITY_TOKEN)|ALIBABA_CLOUD_(ACCESS_KEY_ID|ACCESS_KEY_SECRET|SECURITY_TOKEN)|ALICLOUD_ACCESS_KEY_ID|ALICLOUD_ACCESS_KEY_SECRET)$/;
var sha256 = /* @__PURE__ */ __name((data) => createHash("sha256").update(data).digest("hex"), "sha256");
function templateActions(raw) {
  const out = [];
  let at = raw.indexOf("{{");
  while (at >= 0) {
    const end = raw.indexOf("}}", at + 2);
    if (end < 0) break;
    out.push(
      raw.slice(at + 2, end).replace(/^-/, "").replace(/-$/, "")
    );
    at = raw.indexOf("{{", end + 2);
  }
  return out;
}
__name(templateActions, "templateActions");
function envRefs(raw) {
  const out = [];
  for (const action of templateActions(raw)) {
    for (const m of action.matchAll(/\benv\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)")/g)) {
      out.push(m[1] ?? m[2].replace(/\\(.)/g, "$1"));
    }
  }
  return out;
}
__name(envRefs, "envRefs");
async function suppliedVariables(source, cwd) {
  const out = /* @__PURE__ */ new Map();
  for (const file of source.varFiles ?? []) {
    let text;
    try {
      text = await readFile(resolveLocal(file, cwd), "utf8");
    } catch {
      continue;
    }
    for (const [k, v] of parseVarFile(file, text).values) out.set(k, v.value);
  }
  if (Array.isArray(source.vars)) for (const [k, v] of parseVarArgs(source.vars).values) out.set(k, v);
  else for (const [k, v] of Object.entries(source.vars ?? {})) out.set(k, v);
  return out;
}
__name(suppliedVariables, "suppliedVariables");
async function rawVariables(t, source, cwd) {
  const supplied = await suppliedVariables(source, cwd);
  const defaults = new Map(t.variables.map((v) => [v.name, v.default]));
  return {
    names: [.../* @__PURE__ */ new Set([...defaults.keys(), ...supplied.keys()])].sort(),
    rawOf: /* @__PURE__ */ __name((name) => supplied.get(name) ?? defaults.get(name) ?? "", "rawOf"),
    sensitive: /* @__PURE__ */ new Set([
      ...t.sensitiveVariables,
      ...t.variables.filter((v) => v.sensitive).map((v) => v.name)
    ])
  };
}
__name(rawVariables, "rawVariables");
function portable(path, cwd) {
  const rel = relative(cwd, resolveLocal(path, cwd));
  return (rel === "" ? "." : rel).split(sep).join("/");
}
__name(portable, "portable");
async function hashPath(abs, shown) {
  let st;
  try {
    st = await stat(abs);
  } catch {
    return "missing";
  }
  const exec = /* @__PURE__ */ __name((s) => (s.mode & 73) !== 0 ? "x" : "-", "exec");
  if (st.isFile()) {
    assertAcceptable(shown, st, { limit: LIMITS.upload, what: "file the build uses" });
    return `${exec(st)}${sha256(await readFile(abs))}`;
  }
  if (!st.isDirectory()) return "special";
  const files = [];
  walkTreeSync(abs, shown, {
    what: "directory the build uploads",
    onFile: /* @__PURE__ */ __name((_label, absolute, s) => files.push([relative(abs, absolute).split(sep).join("/"), absolute, exec(s)]), "onFile")
  });
  const lines = [];
  for (const [rel, absolute, x] of files) lines.push(`${rel}	${x}${sha256(await readFile(absolute))}`);
  return `d${sha256(lines.join("\n"))}`;
}
__name(hashPath, "hashPath");
async function slowDigest(values, salt) {
  if (values.length === 0) return "";
  const material = canonicalJson(values);
  const key = await new Promise(
    (done, fail) => scrypt(material, salt, 32, SCRYPT, (err, out) => err ? fail(err) : done(out))
  );
  return key.toString("hex");
}
__name(slowDigest, "slowDigest");
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
__name(canonicalJson, "canonicalJson");

// src/engine/secret-placeholders.ts
import { createHash as createHash2 } from "node:crypto";
var secretPlaceholder = /* @__PURE__ */ __name((k) => `\0secret ${k}\0`, "secretPlaceholder");
function secretForms(secret) {
  const digest = /* @__PURE__ */ __name((alg, enc) => createHash2(alg).update(secret).digest(enc), "digest");
  const forms = [
    secret,
    Buffer.from(secret).toString("base64"),
    Buffer.from(secret).toString("base64url"),
    Buffer.from(secret).toString("hex"),
    digest("md5", "hex"),
    digest("sha1", "hex"),
    digest("sha256", "hex"),
    digest("sha512", "hex"),
    digest("sha256", "base64"),
    digest("sha512", "base64"),
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    secret.toUpperCase(),
    secret.toLowerCase()
  ];
  return [...new Set(forms)].filter((f) => f !== "");
}
__name(secretForms, "secretForms");
function mapStrings(value, f) {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), mapStrings(v, f)]));
  }
  return value;
}
__name(mapStrings, "mapStrings");
var escapeRe = /* @__PURE__ */ __name((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "escapeRe");
function hideSecrets(value, secrets) {
  const of = /* @__PURE__ */ new Map();
  for (const s of secrets) {
    if (s === "") continue;
    for (const f of secretForms(s)) if (!of.has(f)) of.set(f, s);
  }
  const found = [];
  if (of.size === 0) return { value, found };
  const re = new RegExp(
    [...of.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join("|"),
    "g"
  );
  const index = /* @__PURE__ */ new Map();
  const hidden = mapStrings(
    value,
    (s) => s.replace(re, (m) => {
      let k = index.get(m);
      if (k === void 0) {
        k = found.push({ text: m, secret: of.get(m) }) - 1;
        index.set(m, k);
      }
      return secretPlaceholder(k);
    })
  );
  return { value: hidden, found };
}
__name(hideSecrets, "hideSecrets");

// src/engine/prefix-fingerprint.ts
var PREFIX_FINGERPRINT_VERSION = 1;
function userRefs(raw, into) {
  let all = false;
  for (const action of templateActions(raw)) {
    for (const m of action.matchAll(/\buser\b(\s+(?:`([^`]*)`|"((?:[^"\\]|\\.)*)"))?/g)) {
      if (m[1] === void 0) all = true;
      else into.add(m[2] ?? m[3].replace(/\\(.)/g, "$1"));
    }
  }
  return all;
}
__name(userRefs, "userRefs");
function strings(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}
__name(strings, "strings");
function prefixFingerprintOf(inputs) {
  return sha256(canonicalJson(inputs));
}
__name(prefixFingerprintOf, "prefixFingerprintOf");
async function prefixFingerprints(build, counts, o) {
  const r = await prefixFingerprintInputs(build, counts, o);
  const fingerprints = /* @__PURE__ */ new Map();
  for (const [n, inputs] of r.inputs) fingerprints.set(n, prefixFingerprintOf(inputs));
  return r.refused !== void 0 ? { fingerprints, refused: r.refused } : { fingerprints };
}
__name(prefixFingerprints, "prefixFingerprints");
async function prefixFingerprintInputs(build, counts, o) {
  const total = build.provisioners.length;
  for (const n of counts) {
    if (Number.isInteger(n) && n >= 1 && n < total) continue;
    const where = `build ${JSON.stringify(build.name)}`;
    const range = total < 2 ? `the build has ${total} provisioner${total === 1 ? "" : "s"}, and a checkpoint needs one after it` : `a checkpoint sits after provisioner ${total === 2 ? "1" : `1 to ${total - 1}`} (the build has ${total} provisioners)`;
    if (n === total && total > 0) {
      throw new Error(
        `${where}: a checkpoint after provisioner ${n}, the last one, would be the final image itself; ${range}`
      );
    }
    throw new Error(`${where}: no checkpoint after provisioner ${n}: ${range}`);
  }
  const { plugin, config } = build.builder;
  const builder = plugin.checkpointInputs(config);
  if (builder.refused !== void 0) return { inputs: /* @__PURE__ */ new Map(), refused: builder.refused };
  const result = /* @__PURE__ */ new Map();
  if (counts.length === 0) return { inputs: result };
  const t = o.template;
  const env = o.env ?? t.env;
  const credentials = /* @__PURE__ */ new Set([config.accessKey, config.secretKey, config.securityToken]);
  for (const [k, v] of Object.entries(env)) if (CREDENTIAL_ENV.test(k) && v) credentials.add(v);
  credentials.delete("");
  const secrets = /* @__PURE__ */ new Set([...o.secrets ?? [], ...t.secrets, ...config.secrets, ...credentials]);
  secrets.delete("");
  const { names: allNames, rawOf, sensitive } = await rawVariables(t, o.source ?? {}, o.cwd);
  const places = [
    [t.dir, "\0template_dir\0"],
    [o.cwd, "\0cwd\0"]
  ].filter(([p]) => p.length > 1);
  places.sort(([a], [b]) => b.length - a.length);
  const unplace = /* @__PURE__ */ __name((s) => places.reduce((acc, [p, name]) => acc.split(p).join(name), s), "unplace");
  const maxN = Math.max(...counts);
  const parts = [];
  for (const p of build.provisioners.slice(0, maxN)) {
    const merged = withOverride(p.source.config, p.source.override[build.build.builder.rawName]);
    const plain = toPlain(merged);
    const users = /* @__PURE__ */ new Set();
    const envs = /* @__PURE__ */ new Set();
    let allUsers = false;
    for (const s of strings(plain)) {
      if (userRefs(s, users)) allUsers = true;
      for (const ref of envRefs(s)) envs.add(ref);
    }
    const files = [];
    for (const path of provisionerOf(p.config).localFiles(p.config.config)) {
      files.push([portable(path, o.cwd), await hashPath(resolveLocal(path, o.cwd), path)]);
    }
    parts.push({
      type: p.source.type,
      config: plain,
      maxRetries: p.source.maxRetriesRaw,
      files,
      users,
      allUsers,
      env: envs
    });
  }
  const builderFiles = [];
  for (const [role, path] of plugin.localFiles(config)) {
    builderFiles.push([`${role} ${portable(path, o.cwd)}`, await hashPath(resolveLocal(path, o.cwd), path)]);
  }
  for (const n of [...new Set(counts)].sort((a, b) => a - b)) {
    const prefix = parts.slice(0, n);
    const queue = prefix.some((p) => p.allUsers) ? [...allNames] : prefix.flatMap((p) => [...p.users]);
    const envNames = new Set(prefix.flatMap((p) => [...p.env]));
    const seen = /* @__PURE__ */ new Set();
    while (queue.length > 0) {
      const name = queue.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      const refs = /* @__PURE__ */ new Set();
      if (userRefs(rawOf(name), refs)) queue.push(...allNames);
      queue.push(...refs);
    }
    const variables = {};
    const hidden = [];
    for (const name of [...seen].sort()) {
      const raw = rawOf(name);
      if (sensitive.has(name)) {
        const value = t.values[name] ?? raw;
        if (!envRefs(raw).some((ref) => CREDENTIAL_ENV.test(ref)) && !credentials.has(value)) {
          hidden.push([name, value]);
        }
        continue;
      }
      if (credentials.has(t.values[name] ?? "")) continue;
      variables[name] = raw;
      for (const ref of envRefs(raw)) envNames.add(ref);
    }
    const envUsed = {};
    for (const ref of [...envNames].sort()) {
      const value = env[ref] ?? "";
      if (CREDENTIAL_ENV.test(ref) || credentials.has(value)) continue;
      envUsed[ref] = value;
    }
    const text = {
      build: build.name,
      builderType: build.builder.type,
      region: o.region,
      sourceImage: o.sourceImage,
      builder: builder.inputs,
      provisioners: prefix.map((p) => ({ type: p.type, config: p.config, maxRetries: p.maxRetries })),
      variables,
      env: envUsed
    };
    const { value: open2, found } = hideSecrets(mapStrings(text, unplace), secrets);
    const material = {
      version: PREFIX_FINGERPRINT_VERSION,
      text: open2,
      builderFiles,
      files: prefix.map((p) => p.files)
    };
    const slow = [
      ...hidden,
      ...found.map((f, k) => [
        secretPlaceholder(k),
        credentials.has(f.secret) ? "" : f.text
      ])
    ];
    result.set(n, { ...material, sensitive: await slowDigest(slow, sha256(canonicalJson(material))) });
  }
  return { inputs: result };
}
__name(prefixFingerprintInputs, "prefixFingerprintInputs");

// src/engine/checkpoints.ts
function provisionerName(p) {
  const m = p.source.node.members.find((x) => x.key === "name");
  return m?.value.kind === "string" && m.value.value !== "" ? m.value.value : void 0;
}
__name(provisionerName, "provisionerName");
function describeProvisioner(p, position) {
  const name = provisionerName(p);
  return `${position}: ${p.config.type}${name ? ` "${name}"` : ""}`;
}
__name(describeProvisioner, "describeProvisioner");
var CheckpointRefError = class extends Error {
  static {
    __name(this, "CheckpointRefError");
  }
  constructor(message) {
    super(message);
    this.name = "CheckpointRefError";
  }
};
function checkpointPositions(build, refs) {
  const ps = build.provisioners;
  const list = /* @__PURE__ */ __name(() => ps.length === 0 ? "it has no provisioners" : `its provisioners: ${ps.map((p, i) => describeProvisioner(p, i + 1)).join(", ")}`, "list");
  const bad = /* @__PURE__ */ __name((ref, why) => new CheckpointRefError(`checkpoint "${ref}" of build '${build.name}': ${why}; ${list()}`), "bad");
  const out = /* @__PURE__ */ new Set();
  for (const raw of refs) {
    const ref = raw.trim();
    let position;
    if (/^\d+$/.test(ref)) {
      position = Number(ref);
      if (position < 1 || position > ps.length) throw bad(ref, `there is no provisioner ${ref}`);
    } else {
      const byName = ps.flatMap((p, i) => provisionerName(p) === ref ? [i + 1] : []);
      const byType = ps.flatMap((p, i) => p.config.type === ref ? [i + 1] : []);
      if (byName.length === 1) position = byName[0];
      else if (byName.length > 1) throw bad(ref, `${byName.length} provisioners are named so`);
      else if (byType.length === 1) position = byType[0];
      else if (byType.length > 1)
        throw bad(ref, `${byType.length} provisioners have this type: name one by its position`);
      else throw bad(ref, "no provisioner has this name or type");
    }
    if (position === ps.length)
      throw bad(
        ref,
        `it names the last provisioner (${position}), and a checkpoint after the last one is the final image itself`
      );
    out.add(position);
  }
  return [...out].sort((a, b) => a - b);
}
__name(checkpointPositions, "checkpointPositions");
function checkpointRefsError(builds, refs) {
  if (refs.length === 0) return void 0;
  for (const b of builds) {
    try {
      checkpointPositions(b, refs);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }
  return void 0;
}
__name(checkpointRefsError, "checkpointRefsError");
function checkpointRefs(values) {
  return values.flatMap((v) => v.split(/[\n,]/)).map((v) => v.trim()).filter((v) => v !== "");
}
__name(checkpointRefs, "checkpointRefs");
async function planCheckpoints(build, cloud, o) {
  const { ui } = o;
  const prefix = await prefixFingerprints(build, o.positions, {
    template: o.template,
    source: o.source,
    cwd: o.cwd,
    env: o.env,
    secrets: o.secrets,
    sourceImage: o.sourceImage,
    region: cloud.region
  });
  if (prefix.refused) {
    ui.error(`Warning: this build takes no checkpoints: ${prefix.refused}`);
    return { report: { taken: [], failed: [], refused: prefix.refused } };
  }
  const plan = { at: prefix.fingerprints };
  const report = { taken: [], failed: [] };
  if (!o.resume) {
    ui.message("Resuming from a checkpoint is disabled: running every provisioner");
    return { plan, report };
  }
  const deepestFirst = [...prefix.fingerprints.keys()].sort((a, b) => b - a);
  for (const after of deepestFirst) {
    let imageId;
    try {
      imageId = await build.builder.plugin.reuse.findCheckpoint(
        cloud,
        prefix.fingerprints.get(after),
        o.signal
      );
    } catch (err) {
      if (o.signal?.aborted) throw err;
      ui.error(
        `Warning: could not look for the checkpoint after provisioner ${after}: ${err instanceof Error ? err.message : String(err)}`
      );
      continue;
    }
    if (!imageId) continue;
    const total = build.provisioners.length;
    const skipped = build.provisioners.slice(0, after).map((p, i) => {
      const name = provisionerName(p);
      return { position: i + 1, type: p.config.type, ...name ? { name } : {} };
    });
    const at = build.provisioners[after - 1];
    ui.say(
      `Resuming from checkpoint ${imageId} (after provisioner ${after} of ${total}: ${provisionerName(at) ?? at.config.type}); skipped ${after} provisioner${after === 1 ? "" : "s"}`
    );
    plan.resume = { imageId, after };
    for (const n of [...plan.at.keys()]) if (n <= after) plan.at.delete(n);
    report.resumedFrom = { imageId, after, skipped };
    return { plan, report };
  }
  ui.message(
    `No checkpoint image for ${deepestFirst.length === 1 ? "this prefix" : "these prefixes"}: running every provisioner`
  );
  return { plan, report };
}
__name(planCheckpoints, "planCheckpoints");

// src/engine/build.ts
import { randomUUID } from "node:crypto";
import { homedir } from "node:os";

// src/engine/post-process.ts
var messageOf = /* @__PURE__ */ __name((err) => err instanceof Error ? err.message : String(err), "messageOf");
var outputOf = /* @__PURE__ */ __name((output) => output !== void 0 ? { output } : {}, "outputOf");
function postProcessor(opts) {
  return async (build, result, ctx) => {
    const outcomes = [];
    const buildData = postProcessorBuildData(result.details?.machine?.id, ctx.runId);
    const builderType = build.builder.type;
    const interpolation = ctx.template ? templateContext(ctx.template, { buildName: build.name, buildType: builderType, buildData }) : void 0;
    for (const sequence of build.postProcessors) {
      if (!result.artifact) break;
      let artifact = result.artifact;
      for (const pp of sequence) {
        const started = performance.now();
        ctx.ui.say(`Running post-processor: ${pp.config.type}`);
        const plugin = postProcessorOf(pp.config);
        try {
          const r = await plugin.run(pp.config.config, artifact, {
            ui: ctx.ui,
            signal: ctx.signal,
            buildName: buildNameVariable(ctx.template, build.name),
            builderType,
            buildData,
            interpolation,
            cwd: opts.cwd,
            runUuid: ctx.runId,
            force: ctx.force
          });
          artifact = r.artifact;
          outcomes.push({
            type: pp.config.type,
            name: pp.source.name,
            status: "succeeded",
            durationMs: performance.now() - started,
            ...outputOf(plugin.output?.(pp.config.config, opts.cwd))
          });
        } catch (err) {
          outcomes.push({
            type: pp.config.type,
            name: pp.source.name,
            status: "failed",
            durationMs: performance.now() - started,
            error: `Post-processor failed: ${messageOf(err)}`
          });
          break;
        }
      }
    }
    return outcomes;
  };
}
__name(postProcessor, "postProcessor");

// src/communicator/ssh.ts
var import_ssh2 = __toESM(require_lib(), 1);
import net2 from "node:net";

// src/communicator/scp.ts
import { createReadStream } from "node:fs";
import { lstat, mkdir, open, readdir, readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { basename, join } from "node:path";
function octal4(mode) {
  return (mode & 4095).toString(8).padStart(4, "0");
}
__name(octal4, "octal4");
async function checkScpStatus(r) {
  const code = await r.readByte();
  if (code === 0) return;
  let line;
  try {
    line = await r.readLine();
  } catch (e) {
    throw new Error(`Error reading error message: ${e instanceof EofError ? "EOF" : e.message}`);
  }
  throw new Error(line.replace(/\r?\n$/, ""));
}
__name(checkScpStatus, "checkScpStatus");
async function scpUploadFile(ch, name, source) {
  let mode = 420;
  let size;
  let body;
  let path;
  if ("data" in source) {
    body = Buffer.isBuffer(source.data) ? source.data : Buffer.from(source.data, "utf8");
    size = body.length;
  } else {
    const st = await stat2(source.path);
    path = source.path;
    mode = st.mode & 511;
    size = st.size;
  }
  await ch.write(`C${octal4(mode)} ${size} ${name}
`);
  await checkScpStatus(ch.reader);
  if (body) await ch.write(body);
  else if (path) await sendFile(ch, path, size);
  await ch.write(Buffer.from([0]));
  await checkScpStatus(ch.reader);
}
__name(scpUploadFile, "scpUploadFile");
async function sendFile(ch, path, size) {
  let sent = 0;
  for await (const chunk of createReadStream(path, { end: size > 0 ? size - 1 : 0 })) {
    const buf = chunk;
    const part = buf.subarray(0, Math.max(0, Math.min(buf.length, size - sent)));
    if (part.length === 0) break;
    sent += part.length;
    await ch.write(part);
  }
  if (sent < size) throw new EofError();
}
__name(sendFile, "sendFile");
async function scpUploadDirProtocol(ch, name, mode, entries) {
  await ch.write(`D${octal4(mode)} 0 ${name}
`);
  await checkScpStatus(ch.reader);
  await entries();
  await ch.write("E\n");
}
__name(scpUploadDirProtocol, "scpUploadDirProtocol");
async function scpUploadEntries(ch, root) {
  for (const name of await readdir(root)) {
    const real = join(root, name);
    const fi = await lstat(real);
    let symlinkToDir = false;
    if (fi.isSymbolicLink()) symlinkToDir = (await stat2(real)).isDirectory();
    if (!fi.isDirectory() && !symlinkToDir) {
      const source = fi.isFile() ? { path: real } : { data: await readFile2(real) };
      await scpUploadFile(ch, name, source);
      continue;
    }
    await scpUploadDirProtocol(ch, name, fi.mode & 511, () => scpUploadEntries(ch, real));
  }
}
__name(scpUploadEntries, "scpUploadEntries");
async function scpUploadDir(ch, src) {
  if (!src.endsWith("/")) {
    const fi = await stat2(src);
    await scpUploadDirProtocol(ch, basename(src), fi.mode & 511, () => scpUploadEntries(ch, src));
  } else {
    await scpUploadEntries(ch, src);
  }
}
__name(scpUploadDir, "scpUploadDir");
function parseEntry(line) {
  const m = /^\s*([0-7]+)\s+(-?\d+)\s+(\S+)/.exec(line);
  if (!m) return void 0;
  return { mode: Number.parseInt(m[1], 8), size: Number(m[2]), name: m[3] };
}
__name(parseEntry, "parseEntry");
async function scpDownloadFile(ch, sink) {
  await ch.write(Buffer.from([0]));
  const fi = await ch.reader.readLine();
  const kind = fi[0];
  if (kind === "" || kind === "") throw new Error(fi.slice(1));
  if (kind === "D") throw new Error("remote file is directory");
  if (kind !== "C")
    throw new Error(`unexpected server response (${Buffer.from(fi).toString("hex").slice(0, 2)})`);
  const m = /^(\S{1,6})\s+(-?\d+)/.exec(fi);
  if (!m) throw new Error(`can't parse server response (${fi})`);
  const size = Number(m[2]);
  if (size < 0) throw new Error("negative file size");
  await ch.write(Buffer.from([0]));
  await ch.reader.copyN(size, sink);
  await ch.write(Buffer.from([0]));
  await checkScpStatus(ch.reader);
}
__name(scpDownloadFile, "scpDownloadFile");
async function scpDownloadDir(ch, dst) {
  const dirStack = [dst];
  for (; ; ) {
    await ch.write(Buffer.from([0]));
    const fi = await ch.reader.readLine();
    const kind = fi[0];
    if (kind === "" || kind === "") throw new Error(fi.slice(1));
    if (kind === "E") {
      dirStack.pop();
      if (dirStack.length === 0) {
        await ch.write(Buffer.from([0]));
        return;
      }
      continue;
    }
    if (kind !== "C" && kind !== "D") {
      throw new Error(`unexpected server response (${Buffer.from(fi).toString("hex").slice(0, 2)})`);
    }
    const entry = parseEntry(fi.slice(1));
    if (!entry) throw new Error(`can't parse server response (${fi})`);
    if (entry.size < 0) throw new Error("negative file size");
    const here = join(...dirStack);
    if (kind === "D") {
      await mkdir(join(here, entry.name), { recursive: true, mode: entry.mode });
      dirStack.push(entry.name);
      continue;
    }
    await ch.write(Buffer.from([0]));
    const fh = await open(join(here, entry.name), "w", entry.mode);
    try {
      await ch.reader.copyN(entry.size, async (c) => {
        await fh.write(c);
      });
    } finally {
      await fh.close();
    }
    await checkScpStatus(ch.reader);
  }
}
__name(scpDownloadDir, "scpDownloadDir");

// src/communicator/sftp.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { lstat as lstat2, readdir as readdir2, stat as stat3 } from "node:fs/promises";
import { basename as basename2, join as join2, posix, relative as relative2 } from "node:path";
import { pipeline } from "node:stream/promises";
var STATUS_NAMES = {
  1: "SSH_FX_EOF",
  3: "SSH_FX_PERMISSION_DENIED",
  4: "SSH_FX_FAILURE",
  5: "SSH_FX_BAD_MESSAGE",
  6: "SSH_FX_NO_CONNECTION",
  7: "SSH_FX_CONNECTION_LOST",
  8: "SSH_FX_OP_UNSUPPORTED"
};
function sftpError(e) {
  const err = e;
  if (typeof err.code !== "number") return err instanceof Error ? err : new Error(String(e));
  if (err.code === 2) return new Error("file does not exist");
  const name = STATUS_NAMES[err.code] ?? `SSH_FX_${err.code}`;
  return new Error(`sftp: ${JSON.stringify(err.message)} (${name})`);
}
__name(sftpError, "sftpError");
function call(fn) {
  return new Promise(
    (resolve, reject) => fn((err, value) => err ? reject(sftpError(err)) : resolve(value))
  );
}
__name(call, "call");
var WRITE_SIZE = 32 * 1024;
var IN_FLIGHT = 64;
async function sftpUploadFile(sftp, path, source) {
  const handle = await call((cb) => sftp.open(path, "w", cb));
  const pending = /* @__PURE__ */ new Set();
  let failure;
  try {
    let offset = 0;
    const input = "data" in source ? [Buffer.isBuffer(source.data) ? source.data : Buffer.from(source.data, "utf8")] : createReadStream2(source.path);
    for await (const chunk of input) {
      for (let at = 0; at < chunk.length; at += WRITE_SIZE) {
        const piece = chunk.subarray(at, at + WRITE_SIZE);
        const position = offset;
        offset += piece.length;
        const p = call(
          (cb) => sftp.write(handle, piece, 0, piece.length, position, (err) => cb(err))
        ).then(
          () => {
            pending.delete(p);
          },
          (e) => {
            pending.delete(p);
            failure ??= e;
          }
        );
        pending.add(p);
        if (pending.size >= IN_FLIGHT) await Promise.race(pending);
        if (failure) throw failure;
      }
    }
    await Promise.all(pending);
    if (failure) throw failure;
  } finally {
    await Promise.all(pending);
    await call((cb) => sftp.close(handle, (err) => cb(err)));
  }
  if ("path" in source) {
    const fi = await stat3(source.path);
    if (fi.isFile()) await call((cb) => sftp.chmod(path, fi.mode & 511, (err) => cb(err)));
  }
}
__name(sftpUploadFile, "sftpUploadFile");
async function sftpMkdir(sftp, path, mode) {
  try {
    await call((cb) => sftp.mkdir(path, (err) => cb(err)));
  } catch (e) {
    let isDir = false;
    try {
      isDir = (await call((cb) => sftp.lstat(path, cb))).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw e;
  }
  await call((cb) => sftp.chmod(path, mode, (err) => cb(err)));
}
__name(sftpMkdir, "sftpMkdir");
async function walk(root, visit) {
  const fi = await lstat2(root);
  await visit(root, fi.isDirectory(), fi.mode & 511);
  if (!fi.isDirectory()) return;
  const names = (await readdir2(root)).sort();
  for (const name of names) await walk(join2(root, name), visit);
}
__name(walk, "walk");
async function sftpUploadDir(sftp, dst, src) {
  const rootDst = src.endsWith("/") ? dst : posix.join(dst, basename2(src));
  await walk(src, async (path, isDir, mode) => {
    const rel = relative2(src, path) || ".";
    const finalDst = posix.join(rootDst, rel.split("\\").join("/"));
    if (finalDst === dst) return;
    if (isDir) await sftpMkdir(sftp, finalDst, mode);
    else await sftpUploadFile(sftp, finalDst, { path });
  });
}
__name(sftpUploadDir, "sftpUploadDir");
async function sftpDownload(sftp, path, output) {
  const handle = await call((cb) => sftp.open(path, "r", cb));
  await call((cb) => sftp.close(handle, (err) => cb(err)));
  await pipeline(sftp.createReadStream(path), output, { end: false }).catch((e) => {
    throw sftpError(e);
  });
}
__name(sftpDownload, "sftpDownload");

// src/communicator/tunnel.ts
import net from "node:net";
function splitHostPort(addr) {
  const i = addr.lastIndexOf(":");
  const host = addr.slice(0, i).replace(/^\[(.*)\]$/, "$1");
  return { host, port: Number(addr.slice(i + 1)) };
}
__name(splitHostPort, "splitHostPort");
function parseTunnel(spec, direction) {
  const at = spec.indexOf(":");
  const listen = spec.slice(0, at);
  const forwardAddr = spec.slice(at + 1);
  if (/^[+-]?\d+$/.test(listen))
    return { direction, listenType: "tcp", listenAddr: `localhost:${listen}`, forwardAddr };
  return { direction, listenType: "unix", listenAddr: listen, forwardAddr };
}
__name(parseTunnel, "parseTunnel");
async function openTunnels(client, tunnels) {
  const closers = [];
  const closeAll = /* @__PURE__ */ __name(() => {
    for (const c of closers) c();
  }, "closeAll");
  try {
    for (const t of tunnels) {
      const fwd = splitHostPort(t.forwardAddr);
      if (t.direction === "local") {
        const server = net.createServer((sock) => {
          client.forwardOut("127.0.0.1", 0, fwd.host, fwd.port, (err, ch) => {
            if (err) return sock.destroy();
            sock.pipe(ch).pipe(sock);
            sock.on("error", () => ch.close());
            ch.on("error", () => sock.destroy());
          });
        });
        await new Promise((resolve, reject) => {
          server.once(
            "error",
            (e) => reject(new Error(`Tunnel: Failed to bind local ('${t.listenAddr}'): ${e.message}`))
          );
          if (t.listenType === "unix") server.listen(t.listenAddr, resolve);
          else {
            const l = splitHostPort(t.listenAddr);
            server.listen(l.port, l.host, resolve);
          }
        });
        closers.push(() => server.close());
      } else {
        if (t.listenType === "unix") {
          throw new Error(
            `Tunnel: Failed to bind remote ('${t.listenAddr}'): unix sockets are not supported yet`
          );
        }
        const l = splitHostPort(t.listenAddr);
        await new Promise(
          (resolve, reject) => client.forwardIn(
            l.host,
            l.port,
            (err) => err ? reject(new Error(`Tunnel: Failed to bind remote ('${t.listenAddr}'): ${err.message}`)) : resolve()
          )
        );
        const onConnection = /* @__PURE__ */ __name((info, accept, reject) => {
          if (info.destPort !== l.port) return;
          const sock = net.connect({ host: fwd.host, port: fwd.port });
          sock.once("connect", () => {
            const ch = accept();
            sock.pipe(ch).pipe(sock);
            ch.on("error", () => sock.destroy());
          });
          sock.once("error", () => reject());
        }, "onConnection");
        client.on("tcp connection", onConnection);
        closers.push(() => {
          client.off("tcp connection", onConnection);
          client.unforwardIn(l.host, l.port, () => {
          });
        });
      }
    }
  } catch (e) {
    closeAll();
    throw e;
  }
  return closeAll;
}
__name(openTunnels, "openTunnels");

// src/communicator/ssh.ts
var SIGNALS = {
  ABRT: 6,
  ALRM: 14,
  FPE: 8,
  HUP: 1,
  ILL: 4,
  INT: 2,
  KILL: 9,
  PIPE: 13,
  QUIT: 3,
  SEGV: 11,
  TERM: 15,
  USR1: 10,
  USR2: 12
};
var SshConnectError = class extends Error {
  constructor(message, auth, tcp = false) {
    super(message);
    this.auth = auth;
    this.tcp = tcp;
    this.name = "SshConnectError";
  }
  auth;
  tcp;
  static {
    __name(this, "SshConnectError");
  }
};
function authMethods(a) {
  const list = [];
  if (a.agent)
    list.push({ type: "publickey", make: /* @__PURE__ */ __name(() => ({ type: "agent", username: a.username, agent: a.agent }), "make") });
  for (const key of a.privateKeys) {
    list.push({ type: "publickey", make: /* @__PURE__ */ __name(() => ({ type: "publickey", username: a.username, key }), "make") });
  }
  if (a.password) {
    const password = a.password;
    list.push({ type: "password", make: /* @__PURE__ */ __name(() => ({ type: "password", username: a.username, password }), "make") });
    list.push({
      type: "keyboard-interactive",
      make: /* @__PURE__ */ __name(() => ({
        type: "keyboard-interactive",
        username: a.username,
        // Packer's PasswordKeyboardInteractive: the password answers every prompt.
        prompt: /* @__PURE__ */ __name((_n, _i, _l, prompts, finish) => finish(prompts.map(() => password)), "prompt")
      }), "make")
    });
  }
  return list;
}
__name(authMethods, "authMethods");
function handshake(sock, hop, opts, agentForwardSocket) {
  return new Promise((resolve, reject) => {
    const client = new import_ssh2.default.Client();
    const methods = authMethods(hop);
    const tried = /* @__PURE__ */ new Set(["none"]);
    let next = 0;
    let settled = false;
    const done = /* @__PURE__ */ __name((err) => {
      if (settled) return;
      settled = true;
      if (err) {
        client.removeAllListeners("ready");
        client.on("error", () => {
        });
        client.end();
        reject(err);
      } else resolve(client);
    }, "done");
    const authHandler = /* @__PURE__ */ __name((methodsLeft, _partial, cb) => {
      if (methodsLeft === null) return cb({ type: "none", username: hop.username });
      while (next < methods.length) {
        const m = methods[next++];
        if (!methodsLeft.includes(m.type)) continue;
        tried.add(m.type);
        return cb(m.make());
      }
      return cb(false);
    }, "authHandler");
    client.on("ready", () => done());
    client.on("error", (err) => {
      if (err.level === "client-authentication") {
        const attempted = [...tried].sort().join(" ");
        done(
          new SshConnectError(
            `ssh: handshake failed: ssh: unable to authenticate, attempted methods [${attempted}], no supported methods remain`,
            true
          )
        );
      } else if (/Timed out while waiting for handshake/.test(err.message)) {
        done(new SshConnectError("Timeout during SSH handshake", false));
      } else done(new SshConnectError(`ssh: handshake failed: ${err.message}`, false));
    });
    client.on("close", () => done(new SshConnectError("ssh: handshake failed: EOF", false)));
    const algorithms = {};
    if (opts.ciphers?.length) algorithms.cipher = opts.ciphers;
    if (opts.keyExchangeAlgorithms?.length) algorithms.kex = opts.keyExchangeAlgorithms;
    const keepAlive = opts.keepAliveIntervalMs ?? 5e3;
    const config = {
      host: hop.host,
      port: hop.port,
      username: hop.username,
      sock,
      readyTimeout: opts.handshakeTimeoutMs ?? 6e4,
      keepaliveInterval: Math.max(keepAlive, 0),
      keepaliveCountMax: 3,
      algorithms,
      authHandler,
      // Packer ignores host keys (InsecureIgnoreHostKey).
      hostVerifier: /* @__PURE__ */ __name(() => true, "hostVerifier")
    };
    if (agentForwardSocket) {
      config.agent = agentForwardSocket;
      config.agentForward = true;
    }
    client.connect(config);
  });
}
__name(handshake, "handshake");
function dialError(host, port, e) {
  const reason = {
    ECONNREFUSED: "connect: connection refused",
    ETIMEDOUT: "i/o timeout",
    EHOSTUNREACH: "connect: no route to host",
    ENETUNREACH: "connect: network is unreachable"
  };
  return `dial tcp ${host}:${port}: ${reason[e.code ?? ""] ?? e.message}`;
}
__name(dialError, "dialError");
function dialTcp(host, port, timeoutMs = 3e4) {
  return new Promise((resolve, reject) => {
    const sock = net2.connect({ host, port });
    const timer = setTimeout(() => {
      sock.destroy();
      reject(new SshConnectError(dialError(host, port, { code: "ETIMEDOUT" }), false, true));
    }, timeoutMs);
    sock.once("connect", () => {
      clearTimeout(timer);
      sock.setNoDelay(true);
      sock.removeAllListeners("error");
      resolve(sock);
    });
    sock.once("error", (e) => {
      clearTimeout(timer);
      reject(new SshConnectError(dialError(host, port, e), false, true));
    });
  });
}
__name(dialTcp, "dialTcp");
async function openConnection(opts) {
  const rw = opts.readWriteTimeoutMs ?? 0;
  if (opts.bastion) {
    const b = opts.bastion;
    const bsock = await dialTcp(b.host, b.port, opts.connectTimeoutMs);
    if (rw > 0) bsock.setTimeout(rw, () => bsock.destroy(new Error("i/o timeout")));
    let bastion;
    try {
      bastion = await handshake(bsock, b, opts);
    } catch (e) {
      const err = e;
      throw new SshConnectError(`Error connecting to bastion: ${err.message}`, err.auth);
    }
    const stream = await new Promise(
      (resolve, reject) => bastion.forwardOut(
        "127.0.0.1",
        0,
        opts.host,
        opts.port,
        (err, ch) => err ? reject(new SshConnectError(`ssh: rejected: connect failed (${err.message})`, false, true)) : resolve(ch)
      )
    ).catch((e) => {
      bastion.end();
      throw e;
    });
    try {
      const client = await handshake(stream, opts, opts, opts.agentForwardSocket);
      client.on("close", () => bastion.end());
      return { client, bastion };
    } catch (e) {
      bastion.end();
      throw e;
    }
  }
  const sock = await dialTcp(opts.host, opts.port, opts.connectTimeoutMs);
  if (rw > 0) sock.setTimeout(rw, () => sock.destroy(new Error("i/o timeout")));
  return { client: await handshake(sock, opts, opts, opts.agentForwardSocket) };
}
__name(openConnection, "openConnection");
var SshCommunicator = class _SshCommunicator {
  constructor(options) {
    this.options = options;
  }
  options;
  static {
    __name(this, "SshCommunicator");
  }
  client;
  bastion;
  closeTunnels;
  alive = false;
  /** One connection attempt (Packer's `ssh.New`); rejects with an {@link SshConnectError}. */
  static async connect(options) {
    const comm = new _SshCommunicator(options);
    await comm.reconnect();
    return comm;
  }
  async reconnect() {
    this.dispose();
    const { client, bastion } = await openConnection(this.options);
    this.client = client;
    this.bastion = bastion;
    this.alive = true;
    client.on("error", () => {
    });
    client.on("close", () => {
      if (this.client === client) this.alive = false;
    });
    client.on("end", () => {
      if (this.client === client) this.alive = false;
    });
    if (this.options.tunnels?.length) {
      try {
        this.closeTunnels = await openTunnels(client, this.options.tunnels);
      } catch (e) {
        this.dispose();
        throw new SshConnectError(e.message, false);
      }
    }
  }
  dispose() {
    this.closeTunnels?.();
    this.closeTunnels = void 0;
    this.alive = false;
    this.client?.end();
    this.bastion?.end();
    this.client = void 0;
    this.bastion = void 0;
  }
  /** Opens a channel with `open`; when that fails, reconnects once and tries again (newSession). */
  async session(open2) {
    if (this.client && this.alive) {
      try {
        return await open2(this.client);
      } catch {
      }
    }
    await this.reconnect();
    if (!this.client) throw new Error("client not available");
    return open2(this.client);
  }
  /**
   * Opens an exec channel. Its exit (`exit-status`/`exit-signal`) is recorded from the exec reply on:
   * the exit can arrive in the same read as the reply, and ssh2 emits it before an awaiting caller
   * could listen.
   */
  execChannel(command, pty) {
    return this.session(
      (c) => new Promise((resolve, reject) => {
        const options = pty ? {
          pty: {
            term: "xterm",
            rows: 40,
            cols: 80,
            modes: { ECHO: 0, TTY_OP_ISPEED: 14400, TTY_OP_OSPEED: 14400 }
          }
        } : {};
        try {
          c.exec(command, options, (err, ch) => {
            if (err) return reject(err);
            const exit = {};
            ch.on("exit", (code, sig) => {
              if (typeof code === "number") exit.status = code;
              else if (sig) exit.signal = sig.replace(/^SIG/, "");
            });
            resolve({ ch, exit });
          });
        } catch (e) {
          reject(e);
        }
      })
    );
  }
  async start(command, options = {}) {
    const { signal } = options;
    signal?.throwIfAborted();
    const { ch, exit } = await this.execChannel(`${command}
`, this.options.pty ?? false);
    return new Promise((resolve, reject) => {
      const onAbort = /* @__PURE__ */ __name(() => {
        ch.close();
        reject(signal?.reason ?? new Error("aborted"));
      }, "onAbort");
      signal?.addEventListener("abort", onAbort, { once: true });
      ch.on("data", (c) => options.stdout?.(c));
      ch.stderr.on("data", (c) => options.stderr?.(c));
      ch.on("close", () => {
        signal?.removeEventListener("abort", onAbort);
        if (exit.status !== void 0) resolve(exit.status);
        else if (exit.signal !== void 0) resolve(128 + (SIGNALS[exit.signal] ?? 0));
        else resolve(CMD_DISCONNECT);
      });
      if (options.stdin) options.stdin.pipe(ch);
      else ch.end();
    });
  }
  /** Runs `command` as an scp session: our callback speaks the protocol; then the exit is checked. */
  async scpSession(command, fn) {
    const { ch, exit } = await this.execChannel(command, false);
    const reader = new ByteReader(ch);
    ch.stderr.on("data", () => {
    });
    const closed = new Promise((r) => ch.on("close", () => r()));
    const write = /* @__PURE__ */ __name((data) => new Promise((resolve, reject) => {
      if (ch.destroyed || !ch.writable) return reject(new EofError());
      if (ch.write(data)) resolve();
      else {
        const cleanup = /* @__PURE__ */ __name(() => {
          ch.off("drain", onDrain);
          ch.off("close", onClose);
        }, "cleanup");
        const onDrain = /* @__PURE__ */ __name(() => {
          cleanup();
          resolve();
        }, "onDrain");
        const onClose = /* @__PURE__ */ __name(() => {
          cleanup();
          reject(new EofError());
        }, "onClose");
        ch.on("drain", onDrain);
        ch.on("close", onClose);
      }
    }), "write");
    try {
      await fn({ write, reader });
    } catch (e) {
      if (!(e instanceof EofError)) {
        ch.close();
        throw e;
      }
    }
    ch.end();
    await closed;
    const { status, signal: signalName } = exit;
    if (status === 0) return;
    if (status === void 0 && signalName === void 0) {
      throw new Error("wait: remote command exited without exit status or exit signal");
    }
    if (status === 127) {
      throw new Error(
        "SCP failed to start. This usually means that SCP is not\nproperly installed on the remote system."
      );
    }
    if (status === void 0) {
      throw new Error(
        `Process exited with status ${128 + (SIGNALS[signalName ?? ""] ?? 0)} from signal ${signalName}`
      );
    }
    throw new Error(`Process exited with status ${status}`);
  }
  sftpSession(fn) {
    return this.session(
      (c) => new Promise(
        (resolve, reject) => c.sftp((err, s) => err ? reject(new Error(`sftpSession error: ${err.message}`)) : resolve(s))
      )
    ).then(async (sftp) => {
      try {
        return await fn(sftp);
      } finally {
        sftp.end();
      }
    });
  }
  async upload(dst, source) {
    if (this.options.fileTransferMethod === "sftp")
      return this.sftpSession((s) => sftpUploadFile(s, dst, source));
    const slash = dst.lastIndexOf("/");
    const dir = slash < 0 ? "." : slash === 0 ? "/" : dst.slice(0, slash);
    const file = dst.slice(slash + 1);
    return this.scpSession(`scp -vt ${dir.replaceAll(" ", "\\ ")}`, (ch) => scpUploadFile(ch, file, source));
  }
  async uploadDir(dst, src) {
    if (this.options.fileTransferMethod === "sftp")
      return this.sftpSession((s) => sftpUploadDir(s, dst, src));
    return this.scpSession(`scp -rvt ${dst}`, (ch) => scpUploadDir(ch, src));
  }
  async download(src, output) {
    if (this.options.fileTransferMethod === "sftp")
      return this.sftpSession((s) => sftpDownload(s, src, output));
    const path = src.includes(" ") ? JSON.stringify(src) : src;
    return this.scpSession(
      `scp -vf ${path}`,
      (ch) => scpDownloadFile(
        ch,
        (chunk) => new Promise((r, j) => output.write(chunk, (e) => e ? j(e) : r()))
      )
    );
  }
  /** Always scp, as in Packer 1.6.6 (sftp has no DownloadDir there). */
  async downloadDir(src, dst) {
    return this.scpSession(`scp -vrf ${src}`, (ch) => scpDownloadDir(ch, dst));
  }
  async close() {
    this.dispose();
  }
};

// src/communicator/connect.ts
function sshOptionsFromConfig(ssh, target) {
  const sock = target.env.SSH_AUTH_SOCK;
  const readKey = /* @__PURE__ */ __name((p) => readBoundedSync(p, { cwd: target.cwd, limit: LIMITS.keyFile, what: "private key file" }), "readKey");
  const keys = [];
  if (ssh.privateKeyFile) keys.push(readKey(ssh.privateKeyFile));
  if (target.privateKey) keys.push(target.privateKey);
  if (ssh.privateKey) keys.push(ssh.privateKey);
  if (ssh.agentAuth && !sock) throw new Error("SSH_AUTH_SOCK is not set");
  if (ssh.proxy.host) throw new Error("ssh_proxy_host is not supported yet by image-build");
  if (ssh.certificateFile || ssh.bastion.certificateFile) {
    throw new Error("ssh_certificate_file is not supported yet by image-build");
  }
  let bastion;
  if (ssh.bastion.host) {
    const b = ssh.bastion;
    if (b.agentAuth && !sock) throw new Error("SSH_AUTH_SOCK is not set");
    bastion = {
      host: b.host,
      port: b.port || 22,
      username: b.username,
      password: b.password || void 0,
      privateKeys: b.privateKeyFile ? [readKey(b.privateKeyFile)] : [],
      agent: b.agentAuth ? sock : void 0
    };
  }
  return {
    host: target.host,
    port: ssh.port || 22,
    username: ssh.username,
    password: ssh.password || void 0,
    privateKeys: keys,
    agent: ssh.agentAuth ? sock : void 0,
    bastion,
    pty: ssh.pty,
    fileTransferMethod: ssh.fileTransferMethod,
    keepAliveIntervalMs: ssh.keepAliveIntervalMs,
    readWriteTimeoutMs: ssh.readWriteTimeoutMs,
    ciphers: ssh.ciphers,
    keyExchangeAlgorithms: ssh.keyExchangeAlgorithms,
    agentForwardSocket: !ssh.disableAgentForwarding && sock ? sock : void 0,
    tunnels: [
      ...ssh.localTunnels.map((t) => parseTunnel(t, "local")),
      ...ssh.remoteTunnels.map((t) => parseTunnel(t, "remote"))
    ]
  };
}
__name(sshOptionsFromConfig, "sshOptionsFromConfig");
function sleep2(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = /* @__PURE__ */ __name(() => {
      clearTimeout(t);
      reject(signal?.reason);
    }, "onAbort");
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
__name(sleep2, "sleep");
var AUTH_HINT = "Packer experienced an authentication error when trying to connect via SSH. This can happen if your username/password are wrong. You may want to double-check your credentials as part of your debugging process. original error: ";
async function waitLoop(options, handshakeAttempts, signal, timings) {
  let attempts = 0;
  let first = true;
  for (; ; ) {
    if (!first) await sleep2(timings.tcpRetryMs ?? 5e3, signal);
    first = false;
    try {
      const comm = await SshCommunicator.connect(options);
      if (signal.aborted) {
        await comm.close();
        throw signal.reason;
      }
      return comm;
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      const err = e instanceof SshConnectError ? e : new SshConnectError(String(e), false);
      if (err.tcp) continue;
      let message = err.message;
      if (message.includes("authenticate")) {
        message = AUTH_HINT + message;
        attempts += 1;
      }
      if (attempts < handshakeAttempts) {
        await sleep2(timings.authRetryMs ?? 2e3, signal);
        continue;
      }
      throw new Error(message);
    }
  }
}
__name(waitLoop, "waitLoop");
async function waitForSsh(options, settings, ui, signal, timings = {}) {
  ui.say("Waiting for SSH to become available...");
  const stop = new AbortController();
  const onAbort = /* @__PURE__ */ __name(() => stop.abort(signal?.reason), "onAbort");
  signal?.addEventListener("abort", onAbort, { once: true });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error("Timeout waiting for SSH.");
      stop.abort(err);
      reject(err);
    }, settings.timeoutMs);
  });
  try {
    const comm = await Promise.race([
      waitLoop(options, settings.handshakeAttempts, stop.signal, timings),
      timeout
    ]);
    ui.say("Connected to SSH!");
    return comm;
  } catch (e) {
    const message = e.message;
    if (signal?.aborted) throw e;
    if (message === "Timeout waiting for SSH.") ui.error(message);
    else {
      ui.error(`Error waiting for SSH: ${message}`);
    }
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
__name(waitForSsh, "waitForSsh");
async function connectSsh(config, target, ui, signal, timings = {}) {
  const options = sshOptionsFromConfig(config.ssh, target);
  const settings = {
    timeoutMs: config.ssh.timeoutMs || 3e5,
    handshakeAttempts: config.ssh.handshakeAttempts || 10
  };
  ui.say(`Using ssh communicator to connect: ${target.host}`);
  let comm = await waitForSsh(options, settings, ui, signal, timings);
  if (config.pauseBeforeConnectingMs > 0) {
    ui.say(`Pausing ${formatGoDuration(config.pauseBeforeConnectingMs)} before connecting...`);
    await comm.close();
    await sleep2(config.pauseBeforeConnectingMs, signal);
    comm = await waitForSsh(options, settings, ui, signal, timings);
  }
  return comm;
}
__name(connectSsh, "connectSsh");

// src/provisioners/run.ts
function provision(config, ctx) {
  return provisionerOf(config).run(config.config, ctx);
}
__name(provision, "provision");
function withTimeout(parent, ms) {
  const ctl = new AbortController();
  let fired = false;
  const onAbort = /* @__PURE__ */ __name(() => ctl.abort(parent.reason), "onAbort");
  parent.addEventListener("abort", onAbort, { once: true });
  const t = setTimeout(() => {
    fired = true;
    ctl.abort(new CancelledError());
  }, ms);
  return {
    signal: ctl.signal,
    timedOut: /* @__PURE__ */ __name(() => fired, "timedOut"),
    dispose: /* @__PURE__ */ __name(() => {
      clearTimeout(t);
      parent.removeEventListener("abort", onAbort);
    }, "dispose")
  };
}
__name(withTimeout, "withTimeout");
async function runWithGenericOptions(options, ctx, run) {
  const { ui } = ctx;
  const once = /* @__PURE__ */ __name(async () => {
    if (options.pauseBeforeMs !== 0) {
      ui.say(`Pausing ${formatGoDuration(options.pauseBeforeMs)} before the next provisioner...`);
      await sleep(options.pauseBeforeMs, ctx.signal);
      return run(ctx);
    }
    if (options.timeoutMs !== 0) {
      ui.say(`Setting a ${formatGoDuration(options.timeoutMs)} timeout for the next provisioner...`);
      const t = withTimeout(ctx.signal, options.timeoutMs);
      const onTimeout = /* @__PURE__ */ __name(() => {
        if (t.timedOut()) ui.error("Cancelling provisioner after a timeout...");
      }, "onTimeout");
      t.signal.addEventListener("abort", onTimeout, { once: true });
      try {
        return await run({ ...ctx, signal: t.signal });
      } finally {
        t.dispose();
      }
    }
    return run(ctx);
  }, "once");
  if (options.maxRetries === 0) return once();
  if (ctx.signal.aborted) throw new CancelledError();
  let first;
  try {
    return await once();
  } catch (e) {
    first = e;
  }
  for (let left = options.maxRetries; left > 0; left--) {
    if (ctx.signal.aborted) throw first;
    ui.say(`Provisioner failed with ${goQuote(errorMessage(first))}, retrying with ${left} trie(s) left`);
    try {
      return await once();
    } catch {
    }
  }
  ui.say("retry limit reached.");
  throw first;
}
__name(runWithGenericOptions, "runWithGenericOptions");
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
__name(errorMessage, "errorMessage");
function genericOptionsOf(p) {
  return {
    pauseBeforeMs: p.source.pauseBefore,
    timeoutMs: p.source.pauseBefore !== 0 ? 0 : p.source.timeout,
    maxRetries: p.source.maxRetries
  };
}
__name(genericOptionsOf, "genericOptionsOf");
function runProvisioner(p, ctx) {
  return runWithGenericOptions(genericOptionsOf(p), ctx, (c) => provision(p.config, c));
}
__name(runProvisioner, "runProvisioner");
async function runProvisioners(provisioners, ctx, onOutcome, boundaries = {}) {
  const first = boundaries.firstPosition ?? 1;
  for (const [i, p] of provisioners.entries()) {
    const started = Date.now();
    try {
      await runProvisioner(p, ctx);
      onOutcome?.({ type: p.config.type, status: "succeeded", durationMs: Date.now() - started });
    } catch (e) {
      onOutcome?.({
        type: p.config.type,
        status: "failed",
        durationMs: Date.now() - started,
        error: errorMessage(e)
      });
      throw e;
    }
    await boundaries.onBoundary?.(first + i, ctx.signal);
  }
}
__name(runProvisioners, "runProvisioners");
async function runErrorCleanupProvisioner(errorCleanup, ctx) {
  ctx.ui.say("Provisioning step had errors: Running the cleanup provisioner, if present...");
  if (!errorCleanup) return;
  try {
    await runProvisioner(errorCleanup, { ...ctx, signal: new AbortController().signal });
  } catch (e) {
    ctx.ui.error(errorMessage(e));
  }
}
__name(runErrorCleanupProvisioner, "runErrorCleanupProvisioner");

// src/engine/provisioning.ts
function provisioningHooks(opts) {
  const provisionContext = /* @__PURE__ */ __name((req, signal) => {
    const interpolation = opts.template ? templateContext(opts.template, {
      buildName: req.buildName,
      buildType: req.builderType,
      buildData: req.buildData
    }) : void 0;
    return {
      ui: req.ui,
      comm: req.communicator,
      signal,
      buildName: buildNameVariable(opts.template, req.buildName),
      builderType: req.builderType,
      buildData: req.buildData,
      interpolation,
      cwd: opts.cwd
    };
  }, "provisionContext");
  return {
    async connect(req, signal) {
      const comm = req.comm;
      if (comm.type !== "ssh")
        throw new Error(`The ${comm.type} communicator is not supported yet by image-build`);
      return connectSsh(
        comm,
        { host: req.host, privateKey: req.privateKey, cwd: opts.cwd, env: opts.env },
        req.ui,
        signal,
        opts.sshTimings
      );
    },
    async provision(req, signal) {
      await runProvisioners(req.provisioners, provisionContext(req, signal), req.onOutcome, {
        firstPosition: req.firstPosition,
        onBoundary: req.onBoundary
      });
    },
    async provisionErrorCleanup(req) {
      await runErrorCleanupProvisioner(
        req.errorCleanupProvisioner,
        provisionContext(req, new AbortController().signal)
      );
    }
  };
}
__name(provisioningHooks, "provisioningHooks");

// src/engine/fingerprint.ts
var FINGERPRINT_VERSION = 2;
function buildFiles(build) {
  const out = [];
  build.provisioners.forEach((p, i) => {
    const role = `provisioner ${i} ${p.config.type}`;
    for (const path of provisionerOf(p.config).localFiles(p.config.config)) out.push([role, path]);
  });
  out.push(...build.builder.plugin.localFiles(build.builder.config));
  return out;
}
__name(buildFiles, "buildFiles");
async function fingerprintInputs(build, o) {
  const t = o.template;
  const env = o.env ?? t.env;
  const secrets = /* @__PURE__ */ new Set([...o.secrets ?? [], ...t.secrets, ...build.builder.config.secrets]);
  secrets.delete("");
  const { names, rawOf, sensitive } = await rawVariables(t, o.source ?? {}, o.cwd);
  const variables = {};
  const envUsed = {};
  const hidden = [];
  for (const name of names) {
    const raw = rawOf(name);
    if (sensitive.has(name)) {
      if (!envRefs(raw).some((ref) => CREDENTIAL_ENV.test(ref))) hidden.push([name, t.values[name] ?? raw]);
      continue;
    }
    if (secrets.has(t.values[name] ?? "")) continue;
    variables[name] = raw;
    for (const ref of envRefs(raw)) {
      const value = env[ref] ?? "";
      if (CREDENTIAL_ENV.test(ref) || secrets.has(value)) continue;
      envUsed[ref] = value;
    }
  }
  const files = [];
  for (const [role, path] of buildFiles(build)) {
    files.push([`${role} ${portable(path, o.cwd)}`, await hashPath(resolveLocal(path, o.cwd), path)]);
  }
  const open2 = {
    version: FINGERPRINT_VERSION,
    build: build.name,
    region: o.region,
    template: sha256(t.text.replace(/\r\n/g, "\n")),
    variables,
    env: Object.fromEntries(Object.entries(envUsed).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)),
    files,
    sourceImage: o.sourceImage,
    extra: Object.fromEntries(
      Object.entries(o.source?.extra ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    )
  };
  return { ...open2, sensitive: await slowDigest(hidden, sha256(canonicalJson(open2))) };
}
__name(fingerprintInputs, "fingerprintInputs");
function fingerprintOf(inputs) {
  return sha256(canonicalJson(inputs));
}
__name(fingerprintOf, "fingerprintOf");

// src/engine/reuse.ts
async function checkReuse(build, cloud, o) {
  const t0 = performance.now();
  const step = /* @__PURE__ */ __name((status, error) => ({
    name: "reuse check",
    status,
    durationMs: performance.now() - t0,
    ...error !== void 0 ? { error } : {}
  }), "step");
  const { config: c, plugin } = build.builder;
  let fingerprint;
  let sourceImage;
  try {
    sourceImage = await plugin.reuse.sourceImage(cloud, c, o.signal);
    const inputs = await fingerprintInputs(build, {
      template: o.template,
      source: o.reuse,
      cwd: o.cwd,
      env: o.env,
      secrets: o.secrets,
      sourceImage,
      region: cloud.region
    });
    fingerprint = fingerprintOf(inputs);
    o.ui.message(`Fingerprint ${fingerprint} (source image ${sourceImage})`);
    if (!o.reuse.enabled) {
      o.ui.message("Reuse disabled: building");
      return { fingerprint, sourceImage, step: step("skipped") };
    }
    const regions = plugin.reuse.regions(c, cloud.region);
    const found = await plugin.reuse.find(cloud, regions, fingerprint, {
      store: o.reuse.store,
      signal: o.signal,
      debug: /* @__PURE__ */ __name((m) => o.ui.message(m), "debug")
    });
    if (found.images) {
      o.ui.say(
        `Reusing the image with the same fingerprint (${found.via === "store" ? "remembered, confirmed" : "found by tag"}): ${Object.entries(
          found.images
        ).map(([r, id]) => `${r}: ${id}`).join(", ")}`
      );
      return { fingerprint, sourceImage, reusable: found, step: step("succeeded") };
    }
    if (found.staleStore) o.ui.message("The remembered image is gone or changed; looked it up by tag");
    o.ui.message(
      `No image with this fingerprint in ${found.missing.join(", ")}: building${found.missing.length < regions.length ? " (an earlier build's copies are missing)" : ""}`
    );
    return { fingerprint, sourceImage, step: step("succeeded") };
  } catch (err) {
    if (o.signal?.aborted) throw err;
    o.ui.error(`Reuse check failed, building instead: ${err instanceof Error ? err.message : String(err)}`);
    return { fingerprint, sourceImage, step: step("skipped", err) };
  }
}
__name(checkReuse, "checkReuse");
function reusedResult(build, cloud, check, durationMs) {
  const images = { ...check.reusable.images };
  const { config, plugin } = build.builder;
  return {
    name: build.name,
    status: "succeeded",
    artifact: plugin.artifactOf(images),
    region: cloud.region,
    images,
    details: plugin.details(config, { sourceImage: check.sourceImage }),
    steps: [check.step],
    calls: cloud.stats.byAction(),
    provisioners: [],
    cleanupErrors: [],
    leftBehind: [],
    durationMs,
    reused: true,
    fingerprint: check.fingerprint
  };
}
__name(reusedResult, "reusedResult");

// src/engine/build.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  const width = limit > 0 ? Math.min(limit, items.length) : items.length;
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    })
  );
  return out;
}
__name(mapLimit, "mapLimit");
function defaultCloudFor(opts) {
  const env = opts.env ?? process.env;
  const cache = /* @__PURE__ */ new Map();
  return async (build, ui) => {
    const c = build.builder.config;
    const template = templateAccessOf(c);
    if (opts.credentials) {
      return new Cloud({
        credential: opts.credentials.credential,
        region: c.region || opts.credentials.region,
        env,
        endpoints: opts.endpoints,
        customEndpointEcs: c.customEndpointEcs,
        ui,
        policy: opts.retryPolicy
      });
    }
    const key = JSON.stringify(template);
    let pending = cache.get(key);
    if (!pending) {
      pending = resolveCredentials({
        inputs: opts.credentialInputs,
        template,
        env,
        home: opts.home ?? env.HOME ?? homedir(),
        mask: opts.mask ?? (() => {
        }),
        getIdToken: opts.getIdToken
      });
      cache.set(key, pending);
    }
    const resolved = await pending;
    ui.message(`Using credentials from ${resolved.source}`);
    return new Cloud({
      credential: resolved.credential,
      region: c.region || resolved.region,
      env,
      endpoints: opts.endpoints,
      customEndpointEcs: c.customEndpointEcs,
      ui,
      policy: opts.retryPolicy
    });
  };
}
__name(defaultCloudFor, "defaultCloudFor");
var messageOf2 = /* @__PURE__ */ __name((err) => err instanceof Error ? err.message : String(err), "messageOf");
async function runBuilds(prepared, opts) {
  const started = performance.now();
  const runId = opts.runId ?? randomUUID();
  const signal = opts.signal ?? new AbortController().signal;
  const cloudFor = opts.cloudFor ?? defaultCloudFor(opts);
  const postProcess = opts.postProcess ?? postProcessor({ cwd: opts.cwd ?? process.cwd() });
  const provisioning = opts.provisioning ?? provisioningHooks({
    template: opts.template,
    runId,
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? process.env
  });
  const builds = await mapLimit(prepared, opts.parallelBuilds ?? 0, async (build) => {
    const ui = prefixedUi(opts.ui, build.name);
    const t0 = performance.now();
    const { config, plugin } = build.builder;
    const reuse = opts.reuse && opts.template && plugin.overview(config).createsImage ? opts.reuse : void 0;
    const imageTags = {
      ...opts.imageTags,
      ...opts.templateId ? retentionTags(opts.templateId, build.name) : {}
    };
    let positions = [];
    try {
      if (opts.checkpoints && opts.template && opts.checkpoints.refs.length > 0) {
        if (plugin.overview(config).createsImage)
          positions = checkpointPositions(build, opts.checkpoints.refs);
        else ui.message("No checkpoints: this build makes no image");
      }
    } catch (err) {
      ui.error(`Build '${build.name}' errored: ${messageOf2(err)}`);
      return failedBeforeStart(build, err, performance.now() - t0, "checkpoints");
    }
    const tagError = plugin.checkImageTags(
      config,
      positions.length > 0 ? { ...imageTags, ...CHECKPOINT_TAG_ROOM } : imageTags,
      reuse !== void 0 || positions.length > 0
    );
    if (tagError) {
      ui.error(`Build '${build.name}' errored: ${tagError.message}`);
      return failedBeforeStart(build, tagError, performance.now() - t0, "image tags");
    }
    let cloud;
    try {
      if (signal.aborted) throw signal.reason ?? new Error("cancelled");
      cloud = await cloudFor(build, ui);
    } catch (err) {
      const failure = signal.aborted ? err : stepFailure("credentials", err);
      ui.error(`Build '${build.name}' errored: ${messageOf2(failure)}`);
      return failedBeforeStart(build, failure, performance.now() - t0);
    }
    let check;
    if (reuse && opts.template) {
      try {
        check = await checkReuse(build, cloud, {
          reuse,
          template: opts.template,
          cwd: opts.cwd ?? process.cwd(),
          env: opts.env,
          secrets: opts.secrets,
          ui,
          signal
        });
      } catch (err) {
        ui.error(`Build '${build.name}' was cancelled`);
        return {
          ...failedBeforeStart(build, err, performance.now() - t0, "reuse check"),
          status: "cancelled"
        };
      }
    }
    const { reusable, fingerprint: fp } = check ?? {};
    if (check && reusable && fp) {
      if (reusable.via === "tags") await remember(reuse?.store, fp, reusable.images, ui);
      const found = { ...check, reusable, fingerprint: fp };
      return finish(build, reusedResult(build, cloud, found, performance.now() - t0), ui);
    }
    const fingerprint = check?.fingerprint;
    let planned;
    if (positions.length > 0 && opts.checkpoints && opts.template) {
      try {
        const sourceImage = check?.sourceImage ?? await plugin.reuse.sourceImage(cloud, config, signal);
        planned = await planCheckpoints(build, cloud, {
          positions,
          resume: opts.checkpoints.resume !== false && opts.reuse?.enabled !== false,
          template: opts.template,
          source: opts.reuse ?? opts.checkpoints.source,
          cwd: opts.cwd ?? process.cwd(),
          env: opts.env,
          secrets: opts.secrets,
          sourceImage,
          ui,
          signal
        });
      } catch (err) {
        if (signal.aborted) {
          ui.error(`Build '${build.name}' was cancelled`);
          return {
            ...failedBeforeStart(build, err, performance.now() - t0, "checkpoint lookup"),
            status: "cancelled"
          };
        }
        ui.error(`Warning: no checkpoints for this build: ${messageOf2(err)}`);
      }
    }
    const result = await plugin.run(build, {
      cloud,
      ui,
      runId,
      cwd: opts.cwd,
      signal,
      onError: opts.onError,
      ledger: opts.ledgerFor?.(build),
      hooks: provisioning,
      secrets: opts.secrets,
      mask: opts.mask,
      abortGraceMs: opts.abortGraceMs,
      imageTags: { ...imageTags, ...fingerprint ? { [FINGERPRINT_TAG]: fingerprint } : {} },
      ...planned?.plan ? { checkpoints: planned.plan } : {}
    });
    const steps = check ? [check.step, ...result.steps] : result.steps;
    const withCheckpoints = planned ? {
      ...result,
      checkpoints: {
        ...planned.report,
        taken: result.checkpoints?.taken ?? [],
        failed: result.checkpoints?.failed ?? []
      }
    } : result;
    const withReuse = check ? {
      ...withCheckpoints,
      steps,
      durationMs: result.durationMs + check.step.durationMs,
      reused: false,
      fingerprint
    } : withCheckpoints;
    if (result.status !== "succeeded") {
      ui.error(
        `Build '${build.name}' ${result.status === "cancelled" ? "was cancelled" : `errored: ${messageOf2(result.error)}`}`
      );
      return { ...withReuse, postProcessors: [] };
    }
    if (fingerprint && Object.keys(result.images).length > 0) {
      await remember(reuse?.store, fingerprint, result.images, ui);
    }
    return finish(build, withReuse, ui);
  });
  async function finish(build, result, ui) {
    let postProcessors = [];
    if (result.artifact && build.postProcessors.length > 0) {
      try {
        postProcessors = await postProcess(build, result, {
          ui,
          signal,
          runId,
          force: opts.force ?? false,
          template: opts.template
        });
      } catch (err) {
        postProcessors = [{ type: "post-processor", status: "failed", durationMs: 0, error: messageOf2(err) }];
      }
    }
    const ppFailed = postProcessors.find((p) => p.status === "failed");
    if (ppFailed) ui.error(`Build '${build.name}' errored: ${ppFailed.error ?? "post-processor failed"}`);
    else ui.say(`Build '${build.name}' finished.`);
    return { ...result, postProcessors };
  }
  __name(finish, "finish");
  const ok = builds.length > 0 && builds.every((b) => b.status === "succeeded" && b.postProcessors.every((p) => p.status === "succeeded"));
  return { runId, builds, ok, exitCode: ok ? 0 : 1, durationMs: performance.now() - started };
}
__name(runBuilds, "runBuilds");
var CHECKPOINT_TAG_ROOM = { [BASE_TAG]: "m-0", ...runTags("run", "build") };
async function remember(store, fingerprint, images, ui) {
  if (!store) return;
  try {
    await store.set(fingerprint, images);
  } catch (err) {
    ui.message(`Could not remember the image for reuse: ${messageOf2(err)}`);
  }
}
__name(remember, "remember");
function failedBeforeStart(build, err, durationMs, failedStep = "credentials") {
  const { config, plugin } = build.builder;
  return {
    name: build.name,
    status: "failed",
    error: err,
    failedStep,
    region: config.region,
    images: {},
    details: plugin.details(config),
    steps: [],
    calls: [],
    provisioners: [],
    cleanupErrors: [],
    leftBehind: [],
    postProcessors: [],
    durationMs
  };
}
__name(failedBeforeStart, "failedBeforeStart");

export {
  checkpointRefsError,
  checkpointRefs,
  runBuilds
};
