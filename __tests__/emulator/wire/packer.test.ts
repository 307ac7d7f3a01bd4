// Packer 1.6.6 reaches the emulator through HTTP_PROXY with absolute-form requests and v1
// signatures from its Go SDK. Its first calls (DescribeRegions, DescribeImages) must verify; the
// build then stops at once on an image that does not exist. Skipped where packer is not installed.
import { execFile, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";

const hasPacker =
  spawnSync("packer", ["version"], { encoding: "utf8" }).stdout?.includes("Packer v1.6.6") ?? false;

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ imds: false, tls: false });
});
afterAll(async () => {
  await emu.stop();
});

describe.skipIf(!hasPacker)("Packer 1.6.6 through the proxy", () => {
  it("signs calls the emulator verifies", async () => {
    const dir = process.env.HOME!;
    const template = join(dir, "proxy-check.json");
    writeFileSync(
      template,
      JSON.stringify({
        builders: [
          {
            type: "alicloud-ecs",
            region: "cn-hangzhou",
            image_name: "proxy-check",
            source_image: "no_such_image.vhd",
            ssh_username: "root",
            instance_type: "ecs.g7.large",
          },
        ],
      }),
    );
    // Every request must go through the proxy: an empty or inherited NO_PROXY would make the Go SDK
    // resolve aliyuncs.com itself, so the child gets a clean environment.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: dir,
      HTTP_PROXY: emu.endpoints.proxy,
      HTTPS_PROXY: emu.endpoints.proxy,
      CHECKPOINT_DISABLE: "1",
      ALICLOUD_ACCESS_KEY: emu.credentials.accessKeyId,
      ALICLOUD_SECRET_KEY: emu.credentials.accessKeySecret,
    };
    const out = await new Promise<string>((resolve) =>
      execFile(
        "packer",
        ["build", "-color=false", template],
        { env, timeout: 60_000, cwd: dir },
        (_err, stdout, stderr) => resolve(stdout + stderr),
      ),
    );
    expect(out).toContain("No alicloud image was found matching filters: no_such_image.vhd");
    const calls = emu.calls();
    expect(calls.map((c) => c.action).slice(0, 2)).toEqual(["DescribeRegions", "DescribeImages"]);
    for (const c of calls) {
      expect(c).toMatchObject({
        via: "proxy",
        signature: "v1",
        code: "OK",
        caller: `acs:ram::${emu.credentials.accountId}:root`,
      });
    }
  });
});
