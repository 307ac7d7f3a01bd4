// Shared by the Packer build tests. Packer 1.6.6 builds real templates end to end against the emulator: it creates the instance,
// connects over SSH to the instance's machine, runs the provisioners there for real, and the image
// it creates holds what they wrote. The leak check then shows nothing but images and snapshots.
//
// Templates whose commands need a package manager the emulator's base filesystem lacks (`yum
// install …`) run as a portable copy (__tests__/helpers/portable.ts): `sleep 30` becomes `sleep 0`
// and `yum install X` a line appended to /var/log/provision.log (asserted in the image). Windows (WinRM)
// templates cannot run here. Skipped, with a notice, where packer 1.6.6 is not installed.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { expect } from "vitest";
import { startEmulator } from "../../../emulator/index.js";
import { ownResources } from "../../helpers/own-resources.js";
import { portableTemplate, type Template } from "../../helpers/portable.js";

/** Whether Packer 1.6.6 is installed (the tests are skipped with a notice otherwise). */
export const hasPacker =
  spawnSync("packer", ["version"], { encoding: "utf8" }).stdout?.includes("Packer v1.6.6") ?? false;
if (!hasPacker) console.warn("NOTICE: packer 1.6.6 is not installed: the Packer build tests are skipped");

export const FIXTURES = join(__dirname, "../../fixtures");

export type { Template };

export interface Built {
  out: string;
  images: Record<string, string>;
  leaks: { kind: string; id: string; regionId: string }[];
  read(imageId: string, path: string): string;
}

/** Runs `packer build` on a template against a fresh emulator (profile zero). */
export async function build(
  file: string,
  vars: Record<string, string> = {},
  edit: (t: Template) => void = () => {},
): Promise<Built> {
  const logs: string[] = [];
  const emu = await startEmulator({
    profile: "zero",
    imds: false,
    tls: false,
    machines: { log: (l) => logs.push(`${new Date().toISOString()} ${l}`) },
  });
  const dir = mkdtempSync(join(tmpdir(), "packer-build-"));
  try {
    let text = readFileSync(file, "utf8");
    // ssh_private_ip: the build runs on a self-hosted runner inside the instance's VPC, which must
    // be the user's own (one the build creates has no runner inside). A template taking it from user
    // variables (seed 07) gets the placeholders of one; the runner then stands in it.
    const privatePath = /"ssh_private_ip":\s*"?true/.test(text);
    if (privatePath) {
      text = text
        .replace(/"vpc_id":\s*"\{\{user `vpc_id`\}\}"/, '"vpc_id": "vpc-xxxx"')
        .replace(/"vswitch_id":\s*"\{\{user `vswitch_id`\}\}"/, '"vswitch_id": "vsw-xxxx"');
    }
    text = await ownResources(emu, text);
    if (privatePath) emu.machines!.setRunner({ vpcId: /"vpc_id":\s*"(vpc-[a-z0-9]+)"/.exec(text)![1] });
    const t = JSON.parse(text) as Template;
    // the leak check counts what was created at or after `since`, less what existed before the
    // build (the placeholders' resources), whatever their timestamps
    const before = new Set((emu.leakCheck() as { id: string }[]).map((r) => r.id));
    const since = Date.now();
    portableTemplate(t);
    edit(t);
    const filesDir = file.replace(/\.json$/, ".files");
    if (existsSync(filesDir)) cpSync(filesDir, dir, { recursive: true });
    const tpl = join(dir, basename(file));
    writeFileSync(tpl, JSON.stringify(t, null, 2));
    // Every request must go through the proxy: NO_PROXY (even empty) would make Packer's Go SDK
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
    const args = [
      "build",
      "-color=false",
      "-timestamp-ui",
      ...Object.entries(vars).flatMap(([k, v]) => ["-var", `${k}=${v}`]),
      tpl,
    ];
    const out = await new Promise<string>((resolve) =>
      execFile("packer", args, { env, timeout: 90_000, cwd: dir }, (_e, so, se) =>
        resolve(`${so}${se}\n-- emulator machines log --\n${logs.join("\n")}`),
      ),
    );
    const images: Record<string, string> = {};
    for (const m of out.matchAll(/^([a-z]+-[a-z0-9-]+): (m-[a-z0-9]+)$/gm)) images[m[1]] = m[2];
    const leaks = (emu.leakCheck({ since: new Date(since).toISOString() }) as Built["leaks"]).filter(
      (l) => !before.has(l.id),
    );
    const contents = new Map<string, string>();
    const read = (imageId: string, path: string) => emu.machines!.readFile({ imageId }, path).toString();
    // read what the tests will ask for before the emulator goes away
    for (const id of Object.values(images)) {
      contents.set(`${id}:/etc/os-release`, read(id, "/etc/os-release"));
      for (const p of ["/var/log/provision.log", "/root/marker"]) {
        if (emu.machines!.exists({ imageId: id }, p)) contents.set(`${id}:${p}`, read(id, p));
      }
    }
    return {
      out,
      images,
      leaks,
      read: (id, p) => {
        const v = contents.get(`${id}:${p}`);
        if (v === undefined) throw new Error(`${p} is not in image ${id}`);
        return v;
      },
    };
  } finally {
    await emu.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function expectOnlyImages(b: Built, dataDisks = 0): void {
  expect(b.out).toContain("Alicloud images were created");
  expect(b.leaks.filter((l) => l.kind !== "image" && l.kind !== "snapshot" && l.kind !== "disk")).toEqual([]);
  expect(b.leaks.filter((l) => l.kind === "disk")).toHaveLength(dataDisks);
  expect(
    b.leaks
      .filter((l) => l.kind === "image")
      .map((l) => l.id)
      .sort(),
  ).toEqual(Object.values(b.images).sort());
}
