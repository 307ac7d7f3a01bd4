// Conformance: Packer 1.6.6 (a client nobody here wrote, Go SDK, through HTTP_PROXY) builds an
// image against the emulator's ECS/VPC services: VPC, vSwitch, security group, instance, EIP,
// key pair, image with a data disk, tags, two region copies; then cleans up. With communicator
// "none" no SSH is needed. Skipped when `packer` is not installed.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";

function hasPacker(): boolean {
  try {
    execFileSync("packer", ["version"], {
      stdio: "ignore",
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    });
    return true;
  } catch {
    return false;
  }
}

const template = {
  builders: [
    {
      type: "alicloud-ecs",
      region: "cn-hangzhou",
      image_name: "packer_conformance",
      source_image: "centos_7_9_x64_20G_alibase_20210128.vhd",
      communicator: "none",
      instance_type: "ecs.n1.tiny",
      internet_charge_type: "PayByTraffic",
      io_optimized: "true",
      associate_public_ip_address: "true",
      image_copy_regions: ["cn-beijing", "cn-shenzhen"],
      image_copy_names: ["packer_conformance_bj"],
      image_share_account: ["1309208528360047"],
      tags: { Built: "packer" },
      image_disk_mappings: [
        { disk_size: 30, disk_category: "cloud_efficiency", disk_delete_with_instance: true },
      ],
    },
  ],
};

let emu: Emulator;
const available = hasPacker();

beforeAll(async () => {
  if (available) emu = await startEmulator({ profile: "fast", imds: false });
});
afterAll(async () => {
  await emu?.stop();
});

describe.skipIf(!available)("Packer 1.6.6 against the emulator", () => {
  it("builds, copies, tags and shares an image and leaves only images and their snapshots", async () => {
    const dir = mkdtempSync(join(tmpdir(), "packer-conformance-"));
    const file = join(dir, "template.json");
    writeFileSync(file, JSON.stringify(template));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: dir,
      CHECKPOINT_DISABLE: "1",
      PACKER_NO_COLOR: "1",
      HTTP_PROXY: emu.endpoints.proxy,
      HTTPS_PROXY: emu.endpoints.proxy,
      http_proxy: emu.endpoints.proxy,
      https_proxy: emu.endpoints.proxy,
      SSL_CERT_FILE: emu.endpoints.caCertFile ?? "",
      ALICLOUD_ACCESS_KEY: emu.credentials.accessKeyId,
      ALICLOUD_SECRET_KEY: emu.credentials.accessKeySecret,
    };
    const out = await new Promise<{ code: number | null; text: string }>((resolve) => {
      const child = spawn("packer", ["build", "-color=false", file], { env, cwd: dir });
      let text = "";
      child.stdout.on("data", (d) => {
        text += d;
      });
      child.stderr.on("data", (d) => {
        text += d;
      });
      child.on("close", (code) => resolve({ code, text }));
    });
    expect(out.text).toContain("Alicloud images were created");
    expect(out.code, out.text).toBe(0);
    const ids = [...out.text.matchAll(/^(cn-[a-z]+): (m-[0-9a-z]+)$/gm)].map((m) => [m[1], m[2]]);
    expect(ids.map(([r]) => r)).toEqual(["cn-beijing", "cn-hangzhou", "cn-shenzhen"]);

    const leaks = emu.leakCheck({}) as { kind: string; regionId: string; tags: Record<string, string> }[];
    // One image per region, each with its system and data disk snapshots; nothing else.
    expect(leaks.map((l) => `${l.kind}:${l.regionId}`).sort()).toEqual(
      [
        "image:cn-beijing",
        "image:cn-hangzhou",
        "image:cn-shenzhen",
        "snapshot:cn-beijing",
        "snapshot:cn-beijing",
        "snapshot:cn-hangzhou",
        "snapshot:cn-hangzhou",
        "snapshot:cn-shenzhen",
        "snapshot:cn-shenzhen",
      ].sort(),
    );
    expect(leaks.filter((l) => l.regionId === "cn-hangzhou").every((l) => l.tags.Built === "packer")).toBe(
      true,
    );
  }, 180_000);
});
