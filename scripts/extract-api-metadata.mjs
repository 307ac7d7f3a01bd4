#!/usr/bin/env node
// Extracts from the official OpenAPI metadata (../shared/alibaba-cloud-api/{ecs,vpc,sts}.json) what the
// emulator needs for the actions it serves, and writes it into emulator/data/ so the project runs
// without ../shared. Usage: node scripts/extract-api-metadata.mjs [--src DIR] [--out DIR]
// To serve another action, add its name to ACTIONS below and re-run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SRC = resolve(opt("--src", join(here, "..", "..", "shared", "alibaba-cloud-api")));
const OUT = resolve(opt("--out", join(here, "..", "emulator", "data")));

/** The actions served, per product file. Extend here. */
export const ACTIONS = {
  ecs: [
    "DescribeRegions",
    "DescribeZones",
    "DescribeAvailableResource",
    "DescribeInstanceTypes",
    "DescribeImages",
    "DescribeImageFromFamily",
    "CreateImage",
    "DeleteImage",
    "CopyImage",
    "CancelCopyImage",
    "ModifyImageSharePermission",
    "DescribeImageSharePermission",
    "CreateKeyPair",
    "ImportKeyPair",
    "DeleteKeyPairs",
    "DescribeKeyPairs",
    "AttachKeyPair",
    "DetachKeyPair",
    "CreateSecurityGroup",
    "DescribeSecurityGroups",
    "AuthorizeSecurityGroup",
    "AuthorizeSecurityGroupEgress",
    "DeleteSecurityGroup",
    "DescribeSecurityGroupAttribute",
    "CreateInstance",
    "RunInstances",
    "DescribeInstances",
    "DescribeInstanceAttribute",
    "StartInstance",
    "StopInstance",
    "RebootInstance",
    "DeleteInstance",
    "DeleteInstances",
    "AllocatePublicIpAddress",
    "DescribeDisks",
    "CreateSnapshot",
    "DescribeSnapshots",
    "DeleteSnapshot",
    "AddTags",
    "RemoveTags",
    "DescribeTags",
    "TagResources",
    "UntagResources",
    "ListTagResources",
    // deprecated ECS forms of VPC actions
    "CreateVpc",
    "DescribeVpcs",
    "DeleteVpc",
    "CreateVSwitch",
    "DescribeVSwitches",
    "DeleteVSwitch",
    "AllocateEipAddress",
    "AssociateEipAddress",
    "UnassociateEipAddress",
    "ReleaseEipAddress",
    "DescribeEipAddresses",
  ],
  // VPC spells it UnTagResources (capital T), as the VPC SDK sends it.
  vpc: [
    "CreateVpc",
    "DescribeVpcs",
    "DeleteVpc",
    "CreateVSwitch",
    "DescribeVSwitches",
    "DeleteVSwitch",
    "AllocateEipAddress",
    "AssociateEipAddress",
    "UnassociateEipAddress",
    "ReleaseEipAddress",
    "DescribeEipAddresses",
    "TagResources",
    "UnTagResources",
    "ListTagResources",
    "DescribeZones",
    "DescribeRegions",
  ],
  sts: ["AssumeRole", "AssumeRoleWithOIDC", "GetCallerIdentity"],
};

// Schema keys that only document; everything else (type, required, enum, ranges, pattern, items, properties…) is kept.
const DROP = new Set(["description", "example", "title", "enumValueTitles", "docRequired", "exampleValue"]);

function strip(schema) {
  if (Array.isArray(schema)) return schema.map(strip);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (DROP.has(k)) continue;
    if (k === "properties") {
      out.properties = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, strip(s)]));
    } else out[k] = strip(v);
  }
  return out;
}

function extract(file, actions) {
  const doc = JSON.parse(readFileSync(join(SRC, `${file}.json`), "utf8"));
  const out = {
    product: doc.info.product,
    version: doc.info.version,
    endpoints: doc.endpoints ?? [],
    actions: {},
  };
  for (const name of actions) {
    const api = doc.apis[name];
    if (!api) throw new Error(`${file}.json has no API ${name}`);
    out.actions[name] = {
      deprecated: api.deprecated === true,
      methods: api.methods ?? ["post"],
      security: (api.security ?? []).flatMap((s) => Object.keys(s)),
      parameters: (api.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        ...(p.style ? { style: p.style } : {}),
        schema: strip(p.schema ?? {}),
      })),
      response: strip(api.responses?.["200"]?.schema ?? { type: "object" }),
      errorCodes: Object.fromEntries(
        Object.entries(api.errorCodes ?? {}).map(([status, list]) => [
          status,
          list.map((e) => ({ code: e.errorCode, message: e.errorMessage })),
        ]),
      ),
    };
  }
  mkdirSync(OUT, { recursive: true });
  const target = join(OUT, `${file}.json`);
  writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
  return { target, count: actions.length };
}

for (const [file, actions] of Object.entries(ACTIONS)) {
  const { target, count } = extract(file, actions);
  console.log(`${target}: ${count} actions`);
}
