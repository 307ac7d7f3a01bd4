// Shared by the Packer build tests. Packer 1.6.6 builds real templates end to end against the emulator: it creates the instance,
// connects over SSH to the instance's machine, runs the provisioners there for real, and the image
// it creates holds what they wrote. The leak check then shows nothing but images and snapshots.
//
// Templates whose commands need a package manager the emulator's base filesystem lacks (`yum
// install …`) run as a copy with portable commands: `sleep 30` becomes `sleep 1` and `yum install X`
// becomes a line appended to /var/log/provision.log (asserted in the image). Windows (WinRM)
// templates cannot run here. Skipped, with a notice, where packer 1.6.6 is not installed.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { expect } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, $Vpc, ecsClient, vpcClient, waitFor } from "../services/clients.js";

/** Whether Packer 1.6.6 is installed (the tests are skipped with a notice otherwise). */
export const hasPacker =
  spawnSync("packer", ["version"], { encoding: "utf8" }).stdout?.includes("Packer v1.6.6") ?? false;
if (!hasPacker) console.warn("NOTICE: packer 1.6.6 is not installed: the Packer build tests are skipped");

export const FIXTURES = join(__dirname, "../../fixtures");

export type Template = {
  builders: Record<string, unknown>[];
  provisioners?: { type: string; inline?: string[] }[];
  [k: string]: unknown;
};

/** The portable copy described above; returns the commands it replaced. */
function portable(t: Template): string[] {
  const replaced: string[] = [];
  for (const p of t.provisioners ?? []) {
    if (p.type !== "shell" || !p.inline) continue;
    p.inline = p.inline.map((cmd) => {
      if (/^sleep \d+$/.test(cmd)) return "sleep 1";
      const m = /^yum install (.*)$/.exec(cmd);
      if (!m) return cmd;
      replaced.push(cmd);
      return `mkdir -p /var/log && echo 'emulated: ${cmd}' >> /var/log/provision.log`;
    });
  }
  return replaced;
}

export interface Built {
  out: string;
  images: Record<string, string>;
  leaks: { kind: string; id: string; regionId: string }[];
  read(imageId: string, path: string): string;
}

/**
 * Resources a template names by placeholder (`vpc-xxxx`, `s-bp1xxxxxx`: the user's own), created
 * in the emulator first; the copy of the template names them instead.
 */
async function ownResources(emu: Emulator, text: string): Promise<string> {
  const ecs = ecsClient(emu);
  const vpc = vpcClient(emu);
  const region = /"region":\s*"([^"]+)"/.exec(text)![1];
  if (/"vpc-x+"/.test(text)) {
    const v = await vpc.createVpc(
      new $Vpc.CreateVpcRequest({ regionId: region, cidrBlock: "172.16.0.0/16" }),
    );
    const zones = await ecs.describeZones(new $Ecs.DescribeZonesRequest({ regionId: region }));
    const type = /"instance_type":\s*"([^"]+)"/.exec(text)![1];
    const zoneId = zones.body!.zones!.zone!.find((z) =>
      z.availableInstanceTypes?.instanceTypes?.includes(type),
    )!.zoneId!;
    const sw = await vpc.createVSwitch(
      new $Vpc.CreateVSwitchRequest({
        regionId: region,
        vpcId: v.body!.vpcId!,
        zoneId,
        cidrBlock: "172.16.1.0/24",
      }),
    );
    text = text.replace(/"vpc-x+"/g, `"${v.body!.vpcId}"`).replace(/"vsw-x+"/g, `"${sw.body!.vSwitchId}"`);
  }
  if (/"s-[a-z0-9]*x{4,}"/.test(text)) {
    // a snapshot of some disk of the account: an instance's system disk
    const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: region }));
    const r = await ecs.createInstance(
      new $Ecs.CreateInstanceRequest({
        regionId: region,
        imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        instanceType: "ecs.g6.large",
        securityGroupId: sg.body!.securityGroupId,
      }),
    );
    const instanceId = r.body!.instanceId!;
    emu.model!.tick();
    const disks = await ecs.describeDisks(new $Ecs.DescribeDisksRequest({ regionId: region, instanceId }));
    const sn = await ecs.createSnapshot(
      new $Ecs.CreateSnapshotRequest({ diskId: disks.body!.disks!.disk![0].diskId }),
    );
    await waitFor(async () => {
      const d = await ecs.describeSnapshots(
        new $Ecs.DescribeSnapshotsRequest({
          regionId: region,
          snapshotIds: JSON.stringify([sn.body!.snapshotId]),
        }),
      );
      return d.body?.snapshots?.snapshot?.[0]?.status === "accomplished";
    });
    text = text.replace(/"s-[a-z0-9]*x{4,}"/g, `"${sn.body!.snapshotId}"`);
  }
  return text;
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
    const t = JSON.parse(await ownResources(emu, readFileSync(file, "utf8"))) as Template;
    // the leak check counts what was created at or after `since`, less what existed before the
    // build (the placeholders' resources), whatever their timestamps
    const before = new Set((emu.leakCheck() as { id: string }[]).map((r) => r.id));
    const since = Date.now();
    const replaced = portable(t);
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
    if (replaced.length > 0) expect(replaced.length).toBeGreaterThan(0);
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
