// The raw error cases of issue 16, each reproduced: a deeply nested var file, a huge value echoed
// into a message, a network error glued to the SDK's request line, an endpoint with a bad port,
// and an unwritable GITHUB_STATE. Each gives one clear, bounded line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as $Ecs from "@alicloud/ecs20140526";
import { afterEach, describe, expect, it } from "vitest";
import { Cloud } from "../../src/cloud/cloud.js";
import { resolveEndpoints } from "../../src/cloud/endpoints.js";
import { CloudError } from "../../src/cloud/errors.js";
import { endpointInput, InputError } from "../../src/github/inputs.js";
import { saveRunStart } from "../../src/github/run-state.js";
import { loadTemplate } from "../../src/template/load.js";
import { boundLines, MAX_LINE, maskSecrets } from "../../src/ui/mask.js";

const ROOT = resolve(__dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const dir = mkdtempSync(join(tmpdir(), "image-build-raw-"));
const TEMPLATE = {
  variables: { v: "x" },
  builders: [
    {
      type: "alicloud-ecs",
      region: "cn-hangzhou",
      image_name: "ok",
      source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
      instance_type: "ecs.g7.large",
      ssh_username: "root",
      ssh_port: "{{user `v`}}",
    },
  ],
};
writeFileSync(join(dir, "t.json"), JSON.stringify(TEMPLATE));

describe("raw error cases", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("a deeply nested var file: 'the document nests too deeply', not a stack overflow", () => {
    writeFileSync(join(dir, "deep.json"), `{"a":${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
    const r = loadTemplate({ path: "t.json", cwd: dir, varFiles: ["deep.json"] });
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages).toContain("Error reading variables in 'deep.json': the document nests too deeply");
    expect(messages.join("\n")).not.toMatch(/call stack/i);
  });

  it("a 5 MB value echoed into an error is cut in the CLI's output (after masking)", () => {
    writeFileSync(join(dir, "big.json"), JSON.stringify({ v: "y".repeat(5_000_000) }));
    const r = spawnSync(
      process.execPath,
      ["--import", TSX, join(ROOT, "src/cli.ts"), "validate", "-var-file=big.json", "t.json"],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: dir, ALICLOUD_ACCESS_KEY: "AK", ALICLOUD_SECRET_KEY: "SK" },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /ssh_port: cannot parse 'ssh_port' as int: strconv\.ParseInt: parsing "y{100,}… \[\d+ characters left out\] …y+": invalid syntax/,
    );
    expect(r.stderr.length).toBeLessThan(2 * MAX_LINE);
  }, 60_000);

  it("bounding comes after masking: a secret across the cut is still masked whole", () => {
    const secret = "S3cr3t-".repeat(20);
    const line = `${"a".repeat(MAX_LINE * 0.75 - 50)}${secret}${"b".repeat(MAX_LINE)}`;
    const out = maskSecrets(line, [secret]);
    expect(out).not.toContain("S3cr3t");
    expect(out.length).toBeLessThan(MAX_LINE + 100);
    expect(boundLines("short\nlines")).toBe("short\nlines");
  });

  it("a refused connection reads as the address, then the request, not glued together", async () => {
    const cloud = new Cloud({
      credential: {
        getCredential: async () => ({
          accessKeyId: "a",
          accessKeySecret: "b",
          type: "access_key",
          providerName: "t",
        }),
      } as never,
      region: "cn-hangzhou",
      env: { IMAGE_BUILD_ECS_ENDPOINT: "127.0.0.1:1", IMAGE_BUILD_ENDPOINT_PROTOCOL: "http" },
      policy: { maxAttempts: 1 },
    });
    const err = await cloud
      .ecs("DescribeRegions", (e) => e.describeRegions(new $Ecs.DescribeRegionsRequest({})))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    expect((err as Error).message).toContain(
      "connect ECONNREFUSED 127.0.0.1:1 (POST http://127.0.0.1:1/ failed)",
    );
    expect((err as Error).message).toContain("the ecs-endpoint and vpc-endpoint inputs");
  });

  it("an endpoint port out of range names where it came from", () => {
    expect(() => resolveEndpoints({ env: { IMAGE_BUILD_ECS_ENDPOINT: "127.0.0.1:99999" } })).toThrow(
      'IMAGE_BUILD_ECS_ENDPOINT: "127.0.0.1:99999" has port 99999; a port is between 1 and 65535',
    );
    process.env["INPUT_ECS-ENDPOINT"] = "http://127.0.0.1:70000";
    expect(() => endpointInput("ecs-endpoint")).toThrow(
      new InputError(
        "Input 'ecs-endpoint': the port must be between 1 and 65535; got 'http://127.0.0.1:70000'",
      ),
    );
  });

  it("an unwritable GITHUB_STATE is one clear line naming it, before any build starts", () => {
    process.env.GITHUB_STATE = join(dir, "no-such-dir", "state");
    let err: unknown;
    try {
      saveRunStart("run-1", ["cn-hangzhou"], {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(
      /^Cannot save the state the post step needs \(GITHUB_STATE=.*no-such-dir\/state\): .+$/,
    );
    expect((err as Error).message).not.toContain("\n");
  });
});
