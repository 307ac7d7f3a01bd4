// `image-build build` and runBuilds against the emulator: parallel builds, -parallel-builds,
// flaky APIs (seeded throttling and 5xx), -on-error=abort, cancellation in-process and by SIGINT,
// the closing list of artifacts and machine-readable output.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runBuild } from "../../src/cli/build.js";
import { builder, buildTemplate, writeTemplate } from "../builders/alicloud-ecs/helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});
afterEach(() => emu.faults.clear());

const lastSeq = () => emu.calls().at(-1)?.seq ?? 0;
const leaksSince = (since: number) =>
  emu.leakCheck({ since: new Date(since).toISOString(), ignoreImages: true });

/** Runs the CLI in-process; returns the exit code and what it printed. */
async function cli(args: string[], signal?: AbortSignal) {
  let out = "";
  let err = "";
  const code = await runBuild(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env: { ...emu.env },
    cwd: tmpdir(),
    home: tmpdir(),
    signal,
  });
  return { code, out, err };
}

describe("image-build build", () => {
  it("runs 2 builders of one template in parallel and lists their artifacts", async () => {
    const seq = lastSeq();
    const since = Date.now();
    const path = writeTemplate({
      builders: [
        builder({ name: "web", image_name: "par-web" }),
        builder({ name: "db", image_name: "par-db" }),
      ],
    });
    const r = await cli([path]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^==> web: Prevalidating source region and copied regions\.\.\.$/m);
    expect(r.out).toMatch(/^==> db: Creating instance\.\.\.$/m);
    expect(r.out).toContain("==> Builds finished. The artifacts of successful builds are:\n");
    expect(r.out).toMatch(/--> web: Alicloud images were created:\n\ncn-hangzhou: m-\w+\n/);
    expect(r.out).toMatch(/--> db: Alicloud images were created:\n\ncn-hangzhou: m-\w+\n/);
    // Both instances were created before either image: the builds overlapped.
    const calls = emu.calls().filter((c) => c.seq > seq);
    const runs = calls.filter((c) => c.action === "RunInstances").map((c) => c.seq);
    const firstImage = calls.find((c) => c.action === "CreateImage")!.seq;
    expect(runs).toHaveLength(2);
    expect(Math.max(...runs)).toBeLessThan(firstImage);
    expect(leaksSince(since)).toEqual([]);
  });

  it("-parallel-builds 1 runs them one after the other", async () => {
    const seq = lastSeq();
    const path = writeTemplate({
      builders: [builder({ name: "a", image_name: "seq-a" }), builder({ name: "b", image_name: "seq-b" })],
    });
    const r = await cli(["-parallel-builds", "1", path]);
    expect(r.code).toBe(0);
    const calls = emu.calls().filter((c) => c.seq > seq);
    const firstVpcDelete = calls.find((c) => c.action === "DeleteVpc")!.seq;
    const regions = calls.filter((c) => c.action === "DescribeRegions").map((c) => c.seq);
    expect(regions).toHaveLength(2);
    expect(regions[1]).toBeGreaterThan(firstVpcDelete);
  });

  it("-machine-readable prints Packer's artifact lines", async () => {
    const path = writeTemplate({ builders: [builder({ name: "mr", image_name: "machine-readable" })] });
    const r = await cli(["-machine-readable", path]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+,,ui,say,==> mr: Creating instance\.\.\.$/m);
    expect(r.out).toMatch(/^\d+,mr,artifact,0,builder-id,alibaba\.alicloud$/m);
    expect(r.out).toMatch(/^\d+,mr,artifact,0,id,cn-hangzhou:m-\w+$/m);
  });

  it("an invalid template exits 1 with positioned errors and makes no call", async () => {
    const seq = lastSeq();
    const path = writeTemplate({ builders: [builder({ instance_type: "" })] });
    const r = await cli([path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("An alicloud_instance_type must be specified");
    expect(emu.calls().filter((c) => c.seq > seq)).toEqual([]);
  });

  it("a failed build exits 1, says why, and cleans up", async () => {
    const since = Date.now();
    emu.faults.add({ action: "CreateImage", effect: "error", code: "InjectedFailure", httpStatus: 400 });
    const path = writeTemplate({ builders: [builder({ name: "bad", image_name: "failing" })] });
    const r = await cli([path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("==> Some builds didn't complete successfully and had errors:\n--> bad: ");
    expect(r.err).toContain("InjectedFailure");
    expect(r.out).toContain("==> bad: Deleting instance because of cancellation or error...");
    expect(leaksSince(since)).toEqual([]);
  });

  it("-on-error=abort leaves the resources and lists them", async () => {
    const since = Date.now();
    emu.faults.add({ action: "StopInstance", effect: "error", code: "InjectedFailure", httpStatus: 400 });
    const path = writeTemplate({ builders: [builder({ name: "kept", image_name: "aborted" })] });
    const r = await cli(["-on-error=abort", path]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("on-error=abort: leaving 4 resource(s) behind:");
    const left = leaksSince(since) as { kind: string; id: string }[];
    expect(left.map((x) => x.kind).sort()).toEqual(["disk", "instance", "securitygroup", "vpc", "vswitch"]);
    // The list names each one (the disk goes with the instance).
    for (const x of left.filter((x) => x.kind !== "disk")) expect(r.err).toContain(x.id);
  });

  it("a cancel during the build cleans up before returning", async () => {
    const since = Date.now();
    const id = emu.faults.add({ action: "CreateImage", effect: "delay", delayMs: 200, times: 1 });
    const ctl = new AbortController();
    const t = setInterval(() => {
      if ((emu.faults.list().find((f) => f.id === id)?.fired ?? 0) > 0) ctl.abort();
    }, 2);
    const path = writeTemplate({ builders: [builder({ name: "cancelme", image_name: "cancelled" })] });
    const r = await cli([path], ctl.signal);
    clearInterval(t);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Interrupt received. Cancelling builds and cleaning up...");
    expect(r.err).toContain("--> cancelme: Build was cancelled.");
    expect(leaksSince(since)).toEqual([]);
  });
});

describe("post-processors", () => {
  it("the manifest records the artifact; shell-local runs; a failing one fails the build", async () => {
    const dir = mkdtempSync(join(tmpdir(), "image-build-pp-"));
    const manifest = join(dir, "manifest.json");
    const path = writeTemplate({
      builders: [builder({ name: "pp", image_name: "post-processed" })],
      "post-processors": [
        { type: "manifest", output: manifest, custom_data: { who: "{{build_name}}" } },
        { type: "shell-local", inline: ["echo pp-ran-for-$PACKER_BUILD_NAME"] },
      ],
    });
    const r = await cli([path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("==> pp: Running post-processor: manifest");
    expect(r.out).toContain("pp-ran-for-pp");
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    expect(m.builds).toHaveLength(1);
    expect(m.builds[0]).toMatchObject({
      name: "pp",
      builder_type: "alicloud-ecs",
      custom_data: { who: "pp" },
    });
    expect(m.builds[0].artifact_id).toMatch(/^cn-hangzhou:m-\w+$/);
    expect(r.out).toContain(`cn-hangzhou: ${m.builds[0].artifact_id.split(":")[1]}`);
    const direct = await buildTemplate(emu, JSON.parse(readFileSync(path, "utf8")), {
      cwd: dir,
      force: true,
    });
    expect(direct.builds[0].postProcessors).toEqual([
      expect.objectContaining({ type: "manifest", status: "succeeded", output: manifest }),
      expect.objectContaining({ type: "shell-local", status: "succeeded" }),
    ]);

    const failing = writeTemplate({
      builders: [builder({ name: "ppfail", image_name: "post-failed" })],
      "post-processors": [{ type: "shell-local", inline: ["exit 3"] }],
    });
    const f = await cli([failing]);
    expect(f.code).toBe(1);
    expect(f.err).toContain("--> ppfail: Post-processor failed:");
  });
});

describe("runBuilds under flaky APIs", () => {
  it("with 20% of calls failing with throttling or 5xx (seeded), builds still succeed and leave nothing", async () => {
    const since = Date.now();
    emu.faults.add({ probability: 0.1, seed: 20, effect: "throttle" });
    emu.faults.add({
      probability: 0.1,
      seed: 21,
      effect: "error",
      code: "ServiceUnavailable",
      httpStatus: 503,
    });
    const r = await buildTemplate(emu, {
      builders: [
        builder({ name: "f1", image_name: "flaky-1", image_copy_regions: ["cn-beijing"], tags: { k: "v" } }),
        builder({ name: "f2", image_name: "flaky-2", image_share_account: ["1234567890123457"] }),
        builder({ name: "f3", image_name: "flaky-3", image_ignore_data_disks: true }),
      ],
    });
    emu.faults.clear();
    const texts = r.ui.lines.map((l) => l.text).join("\n");
    expect(r.ok, texts).toBe(true);
    const retries = r.builds.flatMap((b) => b.calls).reduce((n, c) => n + c.retries, 0);
    expect(retries).toBeGreaterThan(5);
    const codes = new Set(r.builds.flatMap((b) => b.calls.flatMap((c) => Object.keys(c.errors))));
    expect([...codes].sort()).toEqual(["ServiceUnavailable", "Throttling.User"]);
    expect(leaksSince(since)).toEqual([]);
  });
});

describe("SIGINT", () => {
  it("Ctrl-C on a running `image-build build` cancels, cleans up, then exits 1", async () => {
    const since = Date.now();
    emu.faults.add({ action: "CreateImage", effect: "delay", delayMs: 2_000, times: 1 });
    const dir = mkdtempSync(join(tmpdir(), "image-build-sigint-"));
    const path = join(dir, "t.json");
    writeFileSync(path, JSON.stringify({ builders: [builder({ name: "sig", image_name: "sigint" })] }));
    const root = resolve(__dirname, "../..");
    const child = spawn(
      process.execPath,
      [
        "--import",
        join(root, "node_modules/tsx/dist/esm/index.mjs"),
        join(root, "src/cli.ts"),
        "build",
        path,
      ],
      { env: { PATH: process.env.PATH, HOME: dir, ...emu.env }, cwd: dir },
    );
    let out = "";
    let err = "";
    let sent = false;
    child.stdout.on("data", (d) => {
      out += d;
      if (!sent && out.includes("Creating image: sigint")) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    const code = await new Promise<number | null>((res) => child.on("exit", (c) => res(c)));
    expect(err).toContain("Interrupt received. Cancelling builds and cleaning up...");
    expect(out).toContain("==> sig: Deleting image and snapshots because of cancellation or error...");
    expect(code).toBe(1);
    expect(emu.leakCheck({ since: new Date(since).toISOString() })).toEqual([]);
  }, 30_000);
});
