// Shared by the end-to-end credential tests of the CLI and action bundles: bundles built from the
// current sources, a workspace whose template names no credentials, the emulator's endpoints
// without its keys, and a HOME holding an aliyun CLI profile.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Emulator } from "../../emulator/index.js";

export const ROOT = resolve(__dirname, "../..");

/** Builds dist-like bundles (cli/, main/, post/) from the sources into a temporary folder. */
export async function buildBundles(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "image-build-bundles-"));
  await promisify(execFile)(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return out;
}

/** A workspace with examples/, whose web.json names no access_key/secret_key (and no such variables). */
export function keylessWorkspace(emu: Emulator): string {
  const ws = mkdtempSync(join(tmpdir(), "image-build-ws-"));
  cpSync(join(ROOT, "examples"), join(ws, "examples"), { recursive: true });
  const file = join(ws, "examples/web.json");
  const t = JSON.parse(readFileSync(file, "utf8"));
  delete t.variables.access_key;
  delete t.variables.secret_key;
  t["sensitive-variables"] = [];
  delete t.builders[0].access_key;
  delete t.builders[0].secret_key;
  const port = emu.machines?.sshPort ?? 22;
  if (port !== 22) t.builders[0].ssh_port = port;
  writeFileSync(file, JSON.stringify(t, null, 2));
  return ws;
}

/** The emulator's endpoints, and nothing that is a credential. */
export function endpointsOnly(emu: Emulator): Record<string, string> {
  return {
    IMAGE_BUILD_ECS_ENDPOINT: emu.endpoints.ecsEndpoint,
    IMAGE_BUILD_VPC_ENDPOINT: emu.endpoints.vpcEndpoint,
    IMAGE_BUILD_STS_ENDPOINT: emu.endpoints.stsEndpoint,
    IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
  };
}

/** A fresh HOME; with `profile`, `~/.aliyun/config.json` holds an AK profile of the emulator's keys as current. */
export function homeWith(emu: Emulator, profile?: string): string {
  const home = mkdtempSync(join(tmpdir(), "image-build-home-"));
  if (profile) {
    mkdirSync(join(home, ".aliyun"));
    writeFileSync(
      join(home, ".aliyun/config.json"),
      JSON.stringify({
        current: profile,
        profiles: [
          {
            name: profile,
            mode: "AK",
            access_key_id: emu.credentials.accessKeyId,
            access_key_secret: emu.credentials.accessKeySecret,
            region_id: "cn-hangzhou",
          },
        ],
      }),
    );
  }
  return home;
}
