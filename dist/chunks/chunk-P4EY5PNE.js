import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  BUILD_TAG,
  MAX_TAG_LENGTH,
  TEMPLATE_TAG
} from "./chunk-ND4PPQAS.js";
import {
  __name
} from "./chunk-Q72NFEGJ.js";

// src/engine/template-identity.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function unfit(value) {
  return value === "" || value.length > MAX_TAG_LENGTH || /^(acs:|aliyun)/i.test(value) || /https?:\/\//i.test(value) || // Control characters would make the tag unreadable in the console.
  new RegExp("\\p{Cc}", "u").test(value);
}
__name(unfit, "unfit");
function tagSafeIdentity(natural) {
  return unfit(natural) ? `sha256:${createHash("sha256").update(natural).digest("hex")}` : natural;
}
__name(tagSafeIdentity, "tagSafeIdentity");
var slashes = /* @__PURE__ */ __name((p) => p.split(sep).join("/"), "slashes");
function gitRoot(path) {
  let dir = resolve(path);
  for (let i = 0; i < 256; i++) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
  return void 0;
}
__name(gitRoot, "gitRoot");
function relativeOrAbsolute(path, base) {
  const rel = relative(base, path);
  if (rel === "") return ".";
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return slashes(resolve(path));
  return slashes(rel);
}
__name(relativeOrAbsolute, "relativeOrAbsolute");
function actionTemplateIdentity(o) {
  if (o.override) return tagSafeIdentity(o.override);
  const path = relativeOrAbsolute(resolve(o.workspace, o.template), resolve(o.workspace));
  return tagSafeIdentity(o.repository ? `${o.repository}:${path}` : path);
}
__name(actionTemplateIdentity, "actionTemplateIdentity");
function cliTemplateIdentity(o) {
  if (o.override) return tagSafeIdentity(o.override);
  const path = resolve(o.cwd, o.template);
  const root = gitRoot(path) ?? resolve(o.cwd);
  return tagSafeIdentity(relativeOrAbsolute(path, root));
}
__name(cliTemplateIdentity, "cliTemplateIdentity");
function retentionTags(templateId, buildName) {
  return { [TEMPLATE_TAG]: templateId, [BUILD_TAG]: tagSafeIdentity(buildName) };
}
__name(retentionTags, "retentionTags");

// src/engine/region.ts
function overrideRegion(builds, region) {
  const moved = builds.filter((b) => b.builder.config.region !== region);
  for (const b of builds) b.builder.config.region = region;
  return moved;
}
__name(overrideRegion, "overrideRegion");

// src/ui/prefixed.ts
function prefixedUi(ui, name) {
  const p = /* @__PURE__ */ __name((text) => text.split("\n").map((line) => `${name}: ${line}`).join("\n"), "p");
  return {
    say: /* @__PURE__ */ __name((m) => ui.say(p(m)), "say"),
    message: /* @__PURE__ */ __name((m) => ui.message(p(m)), "message"),
    error: /* @__PURE__ */ __name((m) => ui.error(p(m)), "error"),
    progress: /* @__PURE__ */ __name((u) => ui.progress({ ...u, id: `${name}: ${u.id}`, label: p(u.label) }), "progress")
  };
}
__name(prefixedUi, "prefixedUi");

export {
  prefixedUi,
  tagSafeIdentity,
  actionTemplateIdentity,
  cliTemplateIdentity,
  retentionTags,
  overrideRegion
};
