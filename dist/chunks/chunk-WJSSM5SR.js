import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  debug,
  exportVariable,
  getIDToken,
  getInput,
  getState,
  info,
  saveState,
  setSecret,
  warning
} from "./chunk-TCDF42FI.js";
import {
  CREDENTIALS_RETRY,
  CredentialsError,
  EXPORTED_VARIABLES,
  NON_SECRET_ACCESS_FIELDS,
  credentialVariables,
  resolveCredentials,
  retryCall
} from "./chunk-CBLMOLRO.js";
import {
  CloudError,
  ResourceLedger,
  secretForms
} from "./chunk-ND4PPQAS.js";
import {
  __name
} from "./chunk-Q72NFEGJ.js";

// src/github/inputs.ts
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve as resolvePath } from "node:path";
var InputError = class extends Error {
  static {
    __name(this, "InputError");
  }
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function input(name) {
  return getInput(name);
}
__name(input, "input");
function requiredInput(name) {
  const value = getInput(name);
  if (value === "") throw new InputError(`Input required and not supplied: ${name}`);
  return value;
}
__name(requiredInput, "requiredInput");
function booleanInput(name, fallback) {
  const raw = getInput(name);
  if (raw === "") return fallback;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw new InputError(`Input '${name}' must be true or false, got '${raw}'`);
}
__name(booleanInput, "booleanInput");
function listInput(name) {
  return getInput(name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
__name(listInput, "listInput");
function keyValueInput(name) {
  const out = [];
  const lines = getInput(name, { trimWhitespace: false }).split(/\r?\n/);
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const eq = trimmed.indexOf("=");
    if (eq <= 0) throw new InputError(`Input '${name}', line ${i + 1}: expected key=value`);
    out.push(`${trimmed.slice(0, eq).trim()}=${trimmed.slice(eq + 1)}`);
  });
  return out;
}
__name(keyValueInput, "keyValueInput");
function choiceInput(name, allowed, fallback) {
  const raw = getInput(name);
  if (raw === "") return fallback;
  if (allowed.includes(raw)) return raw;
  throw new InputError(`Input '${name}' must be one of ${allowed.join(", ")}; got '${raw}'`);
}
__name(choiceInput, "choiceInput");
function integerInput(name, fallback, min = 0, note = "") {
  const raw = getInput(name);
  if (raw === "") return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min)
    throw new InputError(`Input '${name}' must be a whole number of at least ${min}${note}; got '${raw}'`);
  return n;
}
__name(integerInput, "integerInput");
function endpointInput(name) {
  const raw = getInput(name);
  if (raw === "") return "";
  const m = /^(?:(https?):\/\/)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(raw);
  if (!m)
    throw new InputError(
      `Input '${name}' must be an endpoint: host[:port], optionally with http:// or https:// (e.g. ecs.cn-hangzhou.aliyuncs.com); got '${raw}'`
    );
  if (m[3] !== void 0 && (Number(m[3]) < 1 || Number(m[3]) > 65535))
    throw new InputError(`Input '${name}': the port must be between 1 and 65535; got '${raw}'`);
  return raw;
}
__name(endpointInput, "endpointInput");
var DEFAULT_MANIFEST = "image-build-manifest.json";
function readActionInputs(env = process.env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const template = resolvePath(workspace, requiredInput("template"));
  const only = listInput("only");
  const except = listInput("except");
  if (only.length && except.length)
    throw new InputError("Inputs 'only' and 'except' cannot be used together");
  const manifestInput = input("manifest");
  if (manifestInput) insideWorkspace("manifest", manifestInput, workspace);
  const cwd = workingDirectory(workspace);
  const ecs = endpointInput("ecs-endpoint");
  const vpc = endpointInput("vpc-endpoint");
  return {
    template,
    cwd,
    varFiles: listInput("var-file").map((f) => resolvePath(workspace, f)),
    vars: keyValueInput("variables"),
    ...only.length ? { only } : {},
    ...except.length ? { except } : {},
    validateOnly: booleanInput("validate-only", false),
    force: booleanInput("force", false),
    onError: choiceInput("on-error", ["cleanup", "abort"], "cleanup"),
    parallelBuilds: integerInput("parallel-builds", 0, 0, " (0 = no limit)"),
    reuse: booleanInput("reuse", true),
    ...keepImagesInput(),
    templateId: input("template-id"),
    checkpoint: listInput("checkpoint"),
    summary: booleanInput("summary", true),
    manifest: manifestInput ? resolvePath(workspace, manifestInput) : resolvePath(env.RUNNER_TEMP || workspace, DEFAULT_MANIFEST),
    tagsText: getInput("tags", { trimWhitespace: false }),
    endpoints: { ...ecs ? { ecs } : {}, ...vpc ? { vpc } : {} },
    exportCredentials: booleanInput("export-credentials", false)
  };
}
__name(readActionInputs, "readActionInputs");
function keepImagesInput() {
  const raw = input("keep-images");
  if (raw === "") return {};
  if (raw === "0")
    throw new InputError(
      "Input 'keep-images' must be at least 1: 0 would delete the image this run built; leave it empty to keep every image"
    );
  return { keepImages: integerInput("keep-images", 0, 1, " (empty keeps every image)") };
}
__name(keepImagesInput, "keepImagesInput");
function insideWorkspace(name, value, workspace) {
  const abs = resolvePath(workspace, value);
  if (isAbsolute(value)) return abs;
  const rel = relative(resolvePath(workspace), abs);
  if (rel === ".." || rel.startsWith("../") || rel.startsWith("..\\") || isAbsolute(rel))
    throw new InputError(
      `Input '${name}' (${JSON.stringify(value.slice(0, 200))}) leads outside the workspace; give a path inside it, or an absolute path to choose another place`
    );
  return abs;
}
__name(insideWorkspace, "insideWorkspace");
function workingDirectory(workspace) {
  const value = input("working-directory") || ".";
  const abs = insideWorkspace("working-directory", value, workspace);
  let isDir = false;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new InputError(`Input 'working-directory': ${JSON.stringify(value.slice(0, 200))} does not exist`);
  }
  if (!isDir)
    throw new InputError(
      `Input 'working-directory': ${JSON.stringify(value.slice(0, 200))} is not a directory`
    );
  return abs;
}
__name(workingDirectory, "workingDirectory");

// src/github/run-state.ts
import { randomBytes } from "node:crypto";
var STATE_KEYS = {
  runId: "run-id",
  regions: "regions",
  endpoints: "endpoints",
  ledger: "ledger",
  finished: "finished",
  credentials: "credentials"
};
function newRunId(env = process.env) {
  const rand = randomBytes(4).toString("hex");
  if (!env.GITHUB_RUN_ID) return `local-${rand}`;
  return `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || "1"}-${rand}`;
}
__name(newRunId, "newRunId");
function buildRegions(prepared, fallback) {
  const out = /* @__PURE__ */ new Set();
  for (const b of prepared) {
    const c = b.builder.config;
    out.add(c.region || fallback);
    for (const r of c.imageCopyRegions ?? []) if (r) out.add(r);
  }
  return [...out];
}
__name(buildRegions, "buildRegions");
function saveState2(key, value) {
  try {
    saveState(key, value);
  } catch (err) {
    const reason = err?.message ?? String(err);
    throw new InputError(
      `Cannot save the state the post step needs (GITHUB_STATE=${process.env.GITHUB_STATE ?? ""}): ${reason.split("\n")[0]}`
    );
  }
}
__name(saveState2, "saveState");
var LedgerStore = class {
  static {
    __name(this, "LedgerStore");
  }
  ledgers = [];
  save;
  constructor(save = saveState2) {
    this.save = save;
  }
  /** The ledger of a build (`runBuilds`'s `ledgerFor`); every change saves all builds' entries. */
  ledgerFor = /* @__PURE__ */ __name((build) => {
    const ledger = new ResourceLedger({ build: build.name, onChange: /* @__PURE__ */ __name(() => this.persist(), "onChange") });
    this.ledgers.push(ledger);
    return ledger;
  }, "ledgerFor");
  /** Every build's entries, in build then creation order. */
  entries() {
    return this.ledgers.flatMap((l) => l.list());
  }
  /** Saves the entries now. */
  persist() {
    this.save(STATE_KEYS.ledger, JSON.stringify(this.entries()));
  }
};
function saveRunStart(runId, regions, endpoints, save = saveState2) {
  save(STATE_KEYS.runId, runId);
  save(STATE_KEYS.regions, JSON.stringify(regions));
  save(STATE_KEYS.endpoints, JSON.stringify(endpoints));
  save(STATE_KEYS.ledger, "[]");
}
__name(saveRunStart, "saveRunStart");
function saveCredentialsState(access, region, templateKeys, save = (k, v) => saveState(k, v)) {
  const template = {};
  for (const k of NON_SECRET_ACCESS_FIELDS) if (access[k]) template[k] = access[k];
  const saved = { template, region, templateKeys };
  save(STATE_KEYS.credentials, JSON.stringify(saved));
}
__name(saveCredentialsState, "saveCredentialsState");
function readRunState(get = (k) => getState(k), warn = (m) => warning(m)) {
  const runId = get(STATE_KEYS.runId);
  if (!runId) return void 0;
  const json = /* @__PURE__ */ __name((key, fallback) => {
    const text = get(key);
    if (!text) return fallback;
    try {
      return JSON.parse(text);
    } catch {
      warn(`image-build post: the saved '${key}' is not valid JSON; ignoring it`);
      return fallback;
    }
  }, "json");
  let entries = [];
  const ledgerText = get(STATE_KEYS.ledger);
  if (ledgerText) {
    try {
      entries = ResourceLedger.fromJSON(ledgerText).list();
    } catch (err) {
      warn(
        `image-build post: the saved ledger is unreadable (${err.message}); searching by tags only`
      );
    }
  }
  const regions = json(STATE_KEYS.regions, []);
  const credentials = json(STATE_KEYS.credentials, void 0);
  return {
    runId,
    regions: Array.isArray(regions) ? regions.filter((r) => typeof r === "string") : [],
    endpoints: json(STATE_KEYS.endpoints, {}),
    entries,
    ...credentials && typeof credentials === "object" ? {
      credentials: {
        template: typeof credentials.template === "object" && credentials.template ? credentials.template : {},
        region: typeof credentials.region === "string" ? credentials.region : "",
        templateKeys: credentials.templateKeys === true
      }
    } : {},
    ...["clean", "abort"].includes(get(STATE_KEYS.finished)) ? { finished: get(STATE_KEYS.finished) } : {}
  };
}
__name(readRunState, "readRunState");

// src/github/credentials.ts
import { homedir } from "node:os";

// src/github/mask.ts
var MIN_LINE = 4;
function maskValues(secret) {
  const out = /* @__PURE__ */ new Set();
  for (const form of secretForms(secret)) {
    out.add(form);
    if (/[\r\n]/.test(form)) {
      for (const line of form.split(/\r?\n|\r/)) if (line.trim().length >= MIN_LINE) out.add(line.trim());
    }
  }
  return [...out];
}
__name(maskValues, "maskValues");
function addMask(secret, setSecret2 = (v) => setSecret(v)) {
  if (!secret) return;
  for (const v of maskValues(secret)) setSecret2(v);
}
__name(addMask, "addMask");

// src/github/oidc.ts
import { randomUUID } from "node:crypto";
var NO_ID_TOKEN_MESSAGE = "GitHub OIDC: this job cannot request an ID token (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set). Fix: add 'permissions: id-token: write' to the job (or the workflow; a called reusable workflow needs it from its caller). Pull requests from forks never get an ID token: validate them with 'validate-only: true' and build on push or workflow_dispatch.";
async function idToken(audience) {
  try {
    return await getIDToken(audience);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ");
    const status = /Error Code : (\d{3})\b/.exec(message)?.[1];
    throw Object.assign(new Error(message), {
      ...status ? { statusCode: Number(status), code: `HTTP${status}` } : {},
      data: { Message: message }
    });
  }
}
__name(idToken, "idToken");
function githubIdToken(env = process.env, retry = {}) {
  return async (audience) => {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
      throw new CredentialsError(NO_ID_TOKEN_MESSAGE);
    try {
      return await retryCall(() => idToken(audience), {
        product: "GitHub",
        action: "getIDToken",
        clientToken: randomUUID(),
        policy: { ...CREDENTIALS_RETRY, ...retry },
        onRetry: /* @__PURE__ */ __name(({ attempt, delayMs, error }) => warning(
          `Getting the GitHub OIDC token failed (attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}); retrying in ${delayMs} ms`
        ), "onRetry")
      });
    } catch (err) {
      if (err instanceof CloudError)
        throw new CredentialsError(
          `GitHub OIDC: getting the ID token failed${err.attempts > 1 ? ` after ${err.attempts} attempts` : ""}: ${err.apiMessage}`
        );
      throw err;
    }
  };
}
__name(githubIdToken, "githubIdToken");

// src/github/credentials.ts
var EXPORTED_STATE = "credentials-exported";
function readCredentialInputs() {
  const inputs = {
    roleToAssume: input("role-to-assume"),
    oidcProviderArn: input("oidc-provider-arn"),
    audience: input("audience"),
    roleSessionName: input("role-session-name"),
    roleSessionExpiration: input("role-session-expiration"),
    roleExternalId: input("role-external-id"),
    rolePolicy: input("role-policy"),
    accessKeyId: input("access-key-id"),
    accessKeySecret: input("access-key-secret"),
    securityToken: input("security-token"),
    profile: input("profile"),
    ecsRamRole: input("ecs-ram-role"),
    region: input("region"),
    stsEndpoint: input("sts-endpoint")
  };
  for (const s of [inputs.accessKeyId, inputs.accessKeySecret, inputs.securityToken, inputs.roleExternalId])
    if (s) addMask(s);
  return inputs;
}
__name(readCredentialInputs, "readCredentialInputs");
async function resolveActionCredentials(template = {}) {
  const resolved = await resolveFrom(template);
  for (const w of unusedCredentialInputs(readCredentialInputs(), resolved)) warning(w);
  saveCredentialsState(
    template,
    resolved.region,
    resolved.source.startsWith("access keys from the template's")
  );
  return resolved;
}
__name(resolveActionCredentials, "resolveActionCredentials");
async function resolvePostCredentials(saved) {
  try {
    return await resolveFrom({ ...saved?.template, region: saved?.template.region || saved?.region });
  } catch (err) {
    if (saved?.templateKeys && err instanceof Error)
      err.message += `
The main step used the template's access_key/secret_key, which are not saved for the post step (its state holds no secret): pass them as the 'access-key-id' and 'access-key-secret' inputs, or in ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY.`;
    throw err;
  }
}
__name(resolvePostCredentials, "resolvePostCredentials");
async function resolveFrom(template) {
  const inputs = readCredentialInputs();
  const resolved = await resolveCredentials({
    inputs,
    template,
    env: process.env,
    home: process.env.HOME || homedir(),
    getIdToken: githubIdToken(process.env),
    mask: /* @__PURE__ */ __name((secret) => addMask(secret), "mask"),
    log: {
      info: /* @__PURE__ */ __name((m) => info(m), "info"),
      warning: /* @__PURE__ */ __name((m) => warning(m), "warning"),
      debug: /* @__PURE__ */ __name((m) => debug(m), "debug")
    }
  });
  info(`Credentials: ${resolved.source}`);
  info(`Region: ${resolved.region} (from ${resolved.regionSource})`);
  return resolved;
}
__name(resolveFrom, "resolveFrom");
async function exportCredentials(resolved) {
  const keys = await resolved.keys();
  const vars = credentialVariables(keys, resolved.region);
  for (const s of [keys.accessKeyId, keys.accessKeySecret, keys.securityToken]) if (s) addMask(s);
  saveState(EXPORTED_STATE, "true");
  for (const [name, value] of Object.entries(vars)) exportVariable(name, value);
  info(
    `Exported the credentials as ${EXPORTED_VARIABLES.join(", ")}${keys.expiration ? ` (temporary: valid until ${keys.expiration.toISOString()})` : ""}`
  );
}
__name(exportCredentials, "exportCredentials");
function blankExportedCredentials() {
  if (getState(EXPORTED_STATE) !== "true") return;
  for (const name of EXPORTED_VARIABLES) exportVariable(name, "");
  info("Blanked the exported credential variables");
}
__name(blankExportedCredentials, "blankExportedCredentials");
function unusedCredentialInputs(inputs, resolved) {
  const out = [];
  const unused = /* @__PURE__ */ __name((name) => `Input '${name}' is set but not used: the credentials come from ${resolved.source}`, "unused");
  if (inputs.profile && !resolved.source.startsWith("Aliyun CLI profile")) out.push(unused("profile"));
  if (inputs.ecsRamRole && !resolved.source.startsWith("ECS instance RAM role"))
    out.push(unused("ecs-ram-role"));
  if (inputs.roleExternalId && (!inputs.roleToAssume || inputs.oidcProviderArn))
    out.push(
      "Input 'role-external-id' is set but not used: it applies only to 'role-to-assume' without 'oidc-provider-arn' (STS AssumeRole)"
    );
  return out;
}
__name(unusedCredentialInputs, "unusedCredentialInputs");

// src/github/summary/text.ts
function oneLine(s) {
  return s.replace(/\r\n|\r|\n/g, " ");
}
__name(oneLine, "oneLine");
function clip(s, max) {
  if (s.length <= max) return s;
  let end = Math.max(0, max);
  const c = s.charCodeAt(end - 1);
  if (c >= 55296 && c <= 56319) end--;
  return `${s.slice(0, end)}\u2026 (${s.length - end} more characters)`;
}
__name(clip, "clip");
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
__name(plural, "plural");
function bytes(s) {
  return Buffer.byteLength(s, "utf8");
}
__name(bytes, "bytes");
function errorText(err) {
  return sentences(rawErrorText(err));
}
__name(errorText, "errorText");
function rawErrorText(err) {
  if (err === void 0 || err === null) return "";
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}
__name(rawErrorText, "rawErrorText");
function sentences(s) {
  return s.replace(/(exit status: -?\d+)\.(?=Allowed exit codes)/g, "$1. ");
}
__name(sentences, "sentences");
function duration(ms) {
  const v = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (v < 1e3) return `${Math.round(v)} ms`;
  if (v < 59950) return `${(v / 1e3).toFixed(1)} s`;
  const s = Math.round(v / 1e3);
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}
__name(duration, "duration");
var EIGHTHS = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];
function bar(value, max, width) {
  if (!(max > 0) || !(value > 0)) return "";
  const eighths = Math.max(1, Math.round(value / max * width * 8));
  return "\u2588".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
__name(bar, "bar");
function padEnd(s, n) {
  const len = [...s].length;
  return len >= n ? s : s + " ".repeat(n - len);
}
__name(padEnd, "padEnd");
function truncateName(s, n) {
  const chars = [...oneLine(s)];
  return chars.length <= n ? chars.join("") : `${chars.slice(0, n - 1).join("")}\u2026`;
}
__name(truncateName, "truncateName");

// src/github/summary/budget.ts
var BUDGET_BYTES = 100 * 1024;
var LEVELS = [
  {
    tableRows: 200,
    detailBuilds: 30,
    steps: 60,
    actions: 60,
    provisioners: 50,
    resources: 50,
    errorChars: 4e3,
    terraformBuilds: 30,
    terraformRegions: 30
  },
  {
    tableRows: 120,
    detailBuilds: 20,
    steps: 30,
    actions: 20,
    provisioners: 20,
    resources: 20,
    errorChars: 1500,
    terraformBuilds: 20,
    terraformRegions: 20
  },
  {
    tableRows: 80,
    detailBuilds: 20,
    steps: 15,
    actions: 8,
    provisioners: 10,
    resources: 10,
    errorChars: 600,
    terraformBuilds: 20,
    terraformRegions: 10
  },
  {
    tableRows: 50,
    detailBuilds: 10,
    steps: 8,
    actions: 0,
    provisioners: 5,
    resources: 5,
    errorChars: 300,
    terraformBuilds: 10,
    terraformRegions: 5
  }
];
function withinBudget(render) {
  let out = "";
  for (const limits of LEVELS) {
    out = render(limits);
    if (bytes(out) <= BUDGET_BYTES) return out;
  }
  const note = "\n\n> [!NOTE]\n> The rest of this summary was cut to stay within the job summary size limit.\n";
  const buf = Buffer.from(out, "utf8").subarray(0, BUDGET_BYTES - bytes(note) - 16);
  const text = buf.toString("utf8").replace(/\uFFFD$/, "");
  return text.slice(0, Math.max(0, text.lastIndexOf("\n"))) + note;
}
__name(withinBudget, "withinBudget");

// src/github/summary/markdown.ts
function md(s, max = 600) {
  return oneLine(clip(s, max)).replace(/[\\`*_[\]~|]/g, "\\$&").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
__name(md, "md");
function html(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
__name(html, "html");
function code(s, cell = false, max = 300) {
  if (!s) return "\u2014";
  let t = oneLine(clip(s, max));
  if (cell) t = t.replace(/\|/g, "\\|");
  const ticks = "`".repeat(longestRun(t, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? " " : "";
  return `${ticks}${pad}${t}${pad}${ticks}`;
}
__name(code, "code");
function fenced(lang, body) {
  const ticks = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${ticks}${lang}
${body}
${ticks}`;
}
__name(fenced, "fenced");
function pre(s) {
  return `<pre>${html(s)}</pre>`;
}
__name(pre, "pre");
function longestRun(s, ch) {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
__name(longestRun, "longestRun");
function table(head, rows, align = []) {
  const sep = head.map((_, i) => align[i] === "r" ? "--:" : "---");
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
__name(table, "table");
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}><summary>${html(oneLine(summary))}</summary>

${body}

</details>`;
}
__name(details, "details");
function link(text, url) {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return md(text);
  const safe = url.replace(
    /[()<>"'`\\[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
  return `[${md(text)}](${safe})`;
}
__name(link, "link");

// src/github/summary/delete-commands.ts
var DELETE_ORDER = [
  "eip",
  "instance",
  "image",
  "image-copy",
  "snapshot",
  "disk",
  "key-pair",
  "security-group",
  "vswitch",
  "vpc"
];
function deleteCommands(list) {
  const rank = /* @__PURE__ */ __name((t) => DELETE_ORDER.includes(t) ? DELETE_ORDER.indexOf(t) : DELETE_ORDER.length, "rank");
  return [...list].sort((a, b) => rank(a.type) - rank(b.type)).map(deleteCommand).filter((c) => c !== void 0);
}
__name(deleteCommands, "deleteCommands");
function deleteCommand(r) {
  const q = /* @__PURE__ */ __name((v) => /^[\w.:@/-]+$/.test(v) ? v : `'${oneLine(v).replace(/'/g, "'\\''")}'`, "q");
  const at = `--region ${q(r.region)}`;
  const rid = `--RegionId ${q(r.region)}`;
  const id = q(r.id);
  switch (r.type) {
    case "instance":
      return `aliyun ecs DeleteInstance ${at} --InstanceId ${id} --Force true`;
    case "image":
    case "image-copy":
      return `aliyun ecs DeleteImage ${at} ${rid} --ImageId ${id}`;
    case "snapshot":
      return `aliyun ecs DeleteSnapshot ${at} --SnapshotId ${id}`;
    case "disk":
      return `aliyun ecs DeleteDisk ${at} --DiskId ${id}`;
    case "security-group":
      return `aliyun ecs DeleteSecurityGroup ${at} ${rid} --SecurityGroupId ${id}`;
    case "key-pair":
      return `aliyun ecs DeleteKeyPairs ${at} ${rid} --KeyPairNames ${q(JSON.stringify([r.id]))}`;
    case "vpc":
      return `aliyun vpc DeleteVpc ${at} ${rid} --VpcId ${id}`;
    case "vswitch":
      return `aliyun vpc DeleteVSwitch ${at} ${rid} --VSwitchId ${id}`;
    case "eip":
      return `aliyun vpc ReleaseEipAddress ${at} ${rid} --AllocationId ${id}`;
    default:
      return void 0;
  }
}
__name(deleteCommand, "deleteCommand");

export {
  InputError,
  booleanInput,
  readActionInputs,
  STATE_KEYS,
  newRunId,
  buildRegions,
  LedgerStore,
  saveRunStart,
  readRunState,
  addMask,
  resolveActionCredentials,
  resolvePostCredentials,
  exportCredentials,
  blankExportedCredentials,
  oneLine,
  clip,
  plural,
  errorText,
  duration,
  bar,
  padEnd,
  truncateName,
  withinBudget,
  md,
  html,
  code,
  fenced,
  pre,
  table,
  details,
  link,
  deleteCommands
};
