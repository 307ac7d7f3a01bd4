/**
 * The Terraform snippet of the build summary: the image IDs by build and region as `locals`, as
 * plain `image_id` lines, and lookups by the fingerprint tag with the data source each build's
 * builder names (alicloud-ecs: `alicloud_images`).
 */

import type { TerraformImageLookup } from "../../builders/result.js";
import { FINGERPRINT_TAG } from "../../engine/reuse.js";
import type { Limits } from "./budget.js";
import { details, fenced, md } from "./markdown.js";
import { clip, oneLine, plural } from "./text.js";
import type { BuildSummaryInput } from "./types.js";
import { regionsOf } from "./verdict.js";

/** A valid HCL identifier from a build name and region. */
function ident(...parts: string[]): string {
  const s = parts
    .join("_")
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^[^A-Za-z_]+/, "");
  return s || "image";
}

/** An HCL string literal. */
function hclString(s: string): string {
  return `"${s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{")}"`;
}

/**
 * One lookup of the image tagged `fingerprint` in `region`, with the builder's data source; a
 * region other than the build's own names a provider alias for it.
 */
function lookup(
  tf: TerraformImageLookup,
  name: string,
  region: string,
  own: boolean,
  fingerprint: string,
): string[] {
  const w = Math.max("provider".length, ...tf.arguments.map(([arg]) => arg.length));
  const source = `${tf.dataSource}.${name}`;
  return [
    `data "${tf.dataSource}" "${name}" {`,
    ...(own
      ? []
      : [`  ${"provider".padEnd(w)} = ${tf.provider}.${ident(region)} # a provider for ${oneLine(region)}`]),
    ...tf.arguments.map(([arg, value]) => `  ${arg.padEnd(w)} = ${value}`),
    `  ${tf.tagsArgument} = {`,
    `    ${hclString(FINGERPRINT_TAG)} = ${hclString(fingerprint)}`,
    "  }",
    "}",
    `# image_id = data.${source}.${tf.idAttribute}`,
    "",
  ];
}

/** The Terraform section of the images that succeeded ("" when none): locals, plain IDs, fingerprint lookups. */
export function terraformSection(input: BuildSummaryInput, l: Limits): string {
  const withImages = input.result.builds.filter(
    (b) => b.status === "succeeded" && Object.keys(b.images).length > 0,
  );
  if (withImages.length === 0) return "";
  const builds = withImages.slice(0, l.terraformBuilds);
  const url = input.run?.runUrl;
  const src = `${input.templatePath}${url && /^https?:\/\//i.test(url) ? `, ${url}` : ""}`;
  const locals: string[] = [
    "locals {",
    `  # Built by image-build from ${oneLine(clip(src, 300))}`,
    "  image_ids = {",
  ];
  const plain: string[] = [];
  const lookups: string[] = [];
  for (const b of builds) {
    const regions = regionsOf(b).slice(0, l.terraformRegions);
    const w = Math.max(...regions.map(([r]) => hclString(r).length));
    locals.push(`    ${hclString(b.name)} = {`);
    for (const [region, id] of regions) {
      locals.push(`      ${hclString(region).padEnd(w)} = ${hclString(id)}`);
      plain.push(`# ${oneLine(b.name)} in ${oneLine(region)}`, `image_id = ${hclString(id)}`);
    }
    locals.push("    }");
    const tf = b.details?.terraform;
    if (b.fingerprint && tf) {
      for (const [region] of regions) {
        const own = region === b.region;
        lookups.push(...lookup(tf, ident(b.name, ...(own ? [] : [region])), region, own, b.fingerprint));
      }
    }
  }
  locals.push("  }", "}");
  const first = builds[0];
  const [firstRegion] = regionsOf(first)[0];
  locals.push(`# image_id = local.image_ids[${hclString(first.name)}][${hclString(firstRegion)}]`);
  const out = [
    "### 🧩 Terraform",
    "The image IDs, by build and region:",
    fenced("hcl", locals.join("\n")),
    "Or pin one in a resource:",
    fenced("hcl", plain.join("\n")),
  ];
  if (lookups.length > 0) {
    out.push(
      details(
        "Or look the image up by its fingerprint tag: the image of these exact inputs (template, variables, files, source image), wherever it was built or reused",
        fenced("hcl", lookups.join("\n").trimEnd()),
      ),
    );
  }
  if (withImages.length > builds.length)
    out.push(
      md(`… ${plural(withImages.length - builds.length, "more build")}: see the action's image-ids output.`),
    );
  return out.join("\n\n");
}
