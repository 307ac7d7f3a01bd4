// The `image-build emulator --json` contract: the first stdout line is one JSON object with the
// endpoints, credentials and env; the process serves until SIGTERM and then exits 0.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runEmulatorCli } from "../../../emulator/cli.js";

const CLI = fileURLToPath(new URL("../../../emulator/main.ts", import.meta.url));

describe("image-build emulator", () => {
  it("prints one JSON line first, serves, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--json", "--profile", "fast"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const first = await new Promise<string>((resolve, reject) => {
      const rl = createInterface({ input: child.stdout });
      rl.once("line", (line) => resolve(line));
      child.once("exit", () => reject(new Error("exited before printing")));
    });
    const info = JSON.parse(first) as Record<string, unknown> & { env: Record<string, string> };
    for (const key of [
      "ecsEndpoint",
      "vpcEndpoint",
      "stsEndpoint",
      "proxy",
      "metadataEndpoint",
      "caCertFile",
      "accessKeyId",
      "accessKeySecret",
      "region",
      "env",
    ]) {
      expect(info[key], key).toBeTruthy();
    }
    expect(info.ecsEndpoint).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(info.accessKeyId).toBe("EMULATORACCESSKEY");
    expect(info.profile).toBe("fast");
    expect(info.env.ALICLOUD_ACCESS_KEY).toBe("EMULATORACCESSKEY");
    expect(info.env.IMAGE_BUILD_ECS_ENDPOINT).toBe(info.ecsEndpoint);
    expect(info.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED).toBe("true");
    expect(info.env.NODE_EXTRA_CA_CERTS).toBe(info.caCertFile);
    expect(readFileSync(info.caCertFile as string, "utf8")).toContain("BEGIN CERTIFICATE");
    const health = await fetch(`http://${info.ecsEndpoint}/_emulator/health`);
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(existsSync(info.caCertFile as string)).toBe(false);
  });

  it("rejects a bad profile with exit code 2", async () => {
    expect(await runEmulatorCli(["--profile", "slow"])).toBe(2);
    expect(await runEmulatorCli(["--nope"])).toBe(2);
    expect(await runEmulatorCli(["--accounts", "/nonexistent/accounts.json"])).toBe(1);
  });
});
