import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  accessDiffers,
  resolveCredentials,
  templateAccessOf
} from "./chunk-CBLMOLRO.js";
import {
  maskSecrets
} from "./chunk-ND4PPQAS.js";
import {
  __name
} from "./chunk-Q72NFEGJ.js";

// src/cli/credentials.ts
var CREDENTIAL_FLAGS = [
  {
    name: "profile",
    kind: "string",
    placeholder: "NAME",
    help: "aliyun CLI profile (~/.aliyun/config.json); default ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE, the current one."
  },
  {
    name: "role-to-assume",
    kind: "string",
    placeholder: "ARN",
    help: "RAM role to assume (STS AssumeRole) with the credentials found."
  },
  {
    name: "role-session-name",
    kind: "string",
    placeholder: "NAME",
    help: "Session name of the assumed role."
  },
  {
    name: "role-session-expiration",
    kind: "string",
    placeholder: "SECONDS",
    help: "Lifetime of the role session, 900..43200 s or a duration (1h)."
  },
  {
    name: "role-external-id",
    kind: "string",
    placeholder: "ID",
    help: "External id the role's trust policy asks for."
  },
  {
    name: "role-policy",
    kind: "string",
    placeholder: "JSON",
    help: "Inline session policy of the assumed role."
  },
  {
    name: "ecs-ram-role",
    kind: "string",
    placeholder: "NAME",
    help: "RAM role of the ECS instance running the build (metadata service)."
  },
  {
    name: "region",
    kind: "string",
    placeholder: "REGION",
    help: "Region, over the template's and ALICLOUD_REGION."
  },
  {
    name: "sts-endpoint",
    kind: "string",
    placeholder: "HOST",
    help: "STS endpoint (host[:port], a URL, or vpc); default IMAGE_BUILD_STS_ENDPOINT, sts.<region>.aliyuncs.com."
  }
];
function credentialInputsOf(flags) {
  const f = /* @__PURE__ */ __name((name) => flags.values.get(name), "f");
  return {
    profile: f("profile"),
    roleToAssume: f("role-to-assume"),
    roleSessionName: f("role-session-name"),
    roleSessionExpiration: f("role-session-expiration"),
    roleExternalId: f("role-external-id"),
    rolePolicy: f("role-policy"),
    ecsRamRole: f("ecs-ram-role"),
    region: f("region"),
    stsEndpoint: f("sts-endpoint")
  };
}
__name(credentialInputsOf, "credentialInputsOf");
async function resolveCliCredentials(opts) {
  if (opts.inputs.roleExternalId) opts.mask(opts.inputs.roleExternalId);
  const resolved = await resolveCredentials({
    frontEnd: "cli",
    inputs: opts.inputs,
    template: opts.template,
    env: opts.env,
    home: opts.home,
    mask: opts.mask,
    log: { info: /* @__PURE__ */ __name((m) => opts.ui.message(m), "info"), warning: /* @__PURE__ */ __name((m) => opts.ui.error(m), "warning") }
  });
  opts.ui.say(`Credentials: ${resolved.source}`);
  opts.ui.say(`Region: ${resolved.region} (from ${resolved.regionSource})`);
  return resolved;
}
__name(resolveCliCredentials, "resolveCliCredentials");
async function resolveBuildsCredentials(o) {
  const configs = o.builds.map((b) => b.builder.config);
  if (accessDiffers(configs))
    o.ui.error(
      `The builds name different credentials; image-build uses one set for all of them, those of build '${o.builds[0].name}'`
    );
  return resolveCliCredentials({
    inputs: credentialInputsOf(o.flags),
    template: templateAccessOf(configs[0]),
    env: o.env,
    home: o.home,
    mask: /* @__PURE__ */ __name((s) => {
      if (s) o.secrets.add(s);
    }, "mask"),
    ui: o.ui
  });
}
__name(resolveBuildsCredentials, "resolveBuildsCredentials");

// src/cli/terminal-ui.ts
function machineEscape(text) {
  return text.replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\r", "\\r").replaceAll("\n", "\\n");
}
__name(machineEscape, "machineEscape");
function terminalUi(opts) {
  const now = opts.now ?? Date.now;
  const lastShown = /* @__PURE__ */ new Map();
  const mask = /* @__PURE__ */ __name((t) => maskSecrets(t, opts.secrets), "mask");
  const write = /* @__PURE__ */ __name((stream, kind, prefix, text) => {
    const clean = mask(text);
    if (opts.machineReadable) {
      opts.out(`${Math.floor(now() / 1e3)},,ui,${kind},${machineEscape(`${prefix}${clean}`)}
`);
      return;
    }
    const stamp = opts.timestamps ? `${new Date(now()).toISOString()} ` : "";
    const lines = clean.split("\n").map((l) => `${stamp}${prefix}${l}
`);
    opts[stream](lines.join(""));
  }, "write");
  return {
    say: /* @__PURE__ */ __name((m) => write("out", "say", "==> ", m), "say"),
    message: /* @__PURE__ */ __name((m) => write("out", "message", "    ", m), "message"),
    error: /* @__PURE__ */ __name((m) => write("err", "error", "==> ", m), "error"),
    progress(u) {
      const last = lastShown.get(u.id);
      const t = now();
      const moved = u.percent !== void 0 && (last?.percent === void 0 || u.percent - last.percent >= 10);
      if (!u.done && last && !moved && t - last.at < 15e3) return;
      if (u.done && !last) return;
      lastShown.set(u.id, { at: t, percent: u.percent });
      const pct = u.percent !== void 0 ? ` (${u.percent}%)` : "";
      write("out", "message", "    ", `${u.label}${pct}, ${Math.round(u.elapsedMs / 1e3)}s`);
      if (u.done) lastShown.delete(u.id);
    }
  };
}
__name(terminalUi, "terminalUi");

export {
  CREDENTIAL_FLAGS,
  resolveBuildsCredentials,
  terminalUi
};
