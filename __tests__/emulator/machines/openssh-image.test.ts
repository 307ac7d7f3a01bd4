// OpenSSH's own clients (ssh, scp in both directions with the trailing-slash rules Packer relies
// on, sftp) against an emulated instance; then an image built through the official ECS client and
// SSH only: a file written over SSH is in the image, in a second instance started from it, in the
// image's copy in another region, and the inspection endpoints show it.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { $Ecs, $Vpc, ecsClient, vpcClient, waitFor } from "../services/clients.js";
import { type Launched, launch, openSsh, REGION, run, securityGroup } from "./helpers.js";

let emu: Emulator;
let key: string;
let keyFile: string;
let vm: Launched;
let sg: string;
let work: string;

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
  const kp = await ecsClient(emu).createKeyPair(
    new $Ecs.CreateKeyPairRequest({ regionId: REGION, keyPairName: "kp-test" }),
  );
  key = kp.body!.privateKeyBody!;
  work = mkdtempSync(join(tmpdir(), "openssh-"));
  keyFile = join(work, "id_rsa");
  writeFileSync(keyFile, key);
  chmodSync(keyFile, 0o600);
  sg = await securityGroup(emu);
  vm = await launch(emu, { securityGroupId: sg, keyPairName: "kp-test" });
}, 60_000);
afterAll(async () => {
  await emu?.stop();
});

const OPTS = [
  "-o",
  "StrictHostKeyChecking=no",
  "-o",
  "UserKnownHostsFile=/dev/null",
  "-o",
  "BatchMode=yes",
  "-o",
  "LogLevel=ERROR",
];

function sh(
  cmd: string,
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = execFile(cmd, args, { timeout: 20_000, cwd: work }, (e, stdout, stderr) =>
      resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) p.stdin?.end(input);
  });
}

describe("OpenSSH clients against an emulated instance", () => {
  it("ssh runs commands and reports their exit status", async () => {
    const r = await sh("ssh", [...OPTS, "-i", keyFile, `root@${vm.ip}`, "cat /etc/hostname; exit 5"]);
    expect(r).toMatchObject({ code: 5, stdout: expect.stringMatching(/^iZ/) });
    const t = await sh("ssh", [...OPTS, "-tt", "-i", keyFile, `root@${vm.ip}`, "tty"]);
    expect(t.stdout).toMatch(/^\/dev\/pts\/\d+/);
    const denied = await sh("ssh", [...OPTS, "-i", keyFile, `admin@${vm.ip}`, "true"]);
    expect(denied.code).toBe(255);
    expect(denied.stderr).toContain("Permission denied");
  });

  it("scp uploads and downloads files and directories (modes, trailing slashes)", async () => {
    const src = join(work, "src");
    mkdirSync(join(src, "sub"), { recursive: true });
    writeFileSync(join(src, "a.sh"), "#!/bin/sh\necho a\n", { mode: 0o755 });
    writeFileSync(join(src, "sub", "b.txt"), "b\n", { mode: 0o600 });
    // file → directory (remote scp -t)
    expect(
      (await sh("scp", [...OPTS, "-i", keyFile, "-p", join(src, "a.sh"), `root@${vm.ip}:/tmp/`])).code,
    ).toBe(0);
    // directory without a trailing slash: the directory itself is created
    expect((await sh("scp", [...OPTS, "-i", keyFile, "-r", src, `root@${vm.ip}:/opt/`])).code).toBe(0);
    const r = await run(
      vm.ip,
      key,
      "stat -c '%a %n' /tmp/a.sh /opt/src/a.sh /opt/src/sub/b.txt; cat /opt/src/sub/b.txt",
    );
    expect(r.stdout).toBe("755 /tmp/a.sh\n755 /opt/src/a.sh\n600 /opt/src/sub/b.txt\nb\n");
    // Packer's "contents only" upload (trailing slash): `scp -rvt /srv` with the entries sent one by one
    const packerStyle = await sh("sh", [
      "-c",
      `cd ${src} && scp ${OPTS.join(" ")} -i ${keyFile} -r a.sh sub root@${vm.ip}:/srv`,
    ]);
    expect(packerStyle.code).toBe(0);
    expect((await run(vm.ip, key, "ls /srv /srv/sub")).stdout).toBe("/srv:\na.sh\nsub\n\n/srv/sub:\nb.txt\n");
    // download (remote scp -f), file and directory
    const down = join(work, "down");
    mkdirSync(down);
    expect((await sh("scp", [...OPTS, "-i", keyFile, `root@${vm.ip}:/etc/os-release`, down])).code).toBe(0);
    expect((await sh("scp", [...OPTS, "-i", keyFile, "-r", `root@${vm.ip}:/opt/src`, down])).code).toBe(0);
    expect(readFileSync(join(down, "os-release"), "utf8")).toContain('ID="centos"');
    expect(readFileSync(join(down, "src", "sub", "b.txt"), "utf8")).toBe("b\n");
    // a missing remote file is an scp error, as OpenSSH reports it
    const missing = await sh("scp", [...OPTS, "-i", keyFile, `root@${vm.ip}:/nope`, down]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No such file or directory");
  });

  it("sftp (OpenSSH's sftp-server inside the instance)", async () => {
    const r = await sh(
      "sftp",
      [...OPTS, "-i", keyFile, "-b", "-", `root@${vm.ip}`],
      `put ${join(work, "id_rsa")} /root/uploaded\nls -l /root/uploaded\nget /etc/hostname ${join(work, "hn")}\n`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("/root/uploaded");
    expect(readFileSync(join(work, "hn"), "utf8")).toMatch(/^iZ/);
    expect(emu.machines!.readFile({ instanceId: vm.instanceId }, "/root/uploaded").toString()).toBe(key);
  });
});

describe("an image built through the API and SSH holds what was written", () => {
  it("CreateImage captures the instance; a second instance and a copy start from it", async () => {
    const ecs = ecsClient(emu);
    const w = await run(vm.ip, key, "mkdir -p /opt/app && echo 'built by test' > /opt/app/hello.txt && sync");
    expect(w.code).toBe(0);
    await ecs.stopInstance(new $Ecs.StopInstanceRequest({ instanceId: vm.instanceId }));
    const status = async (id: string) =>
      (
        await ecs.describeInstances(
          new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([id]) }),
        )
      ).body?.instances?.instance?.[0]?.status;
    await waitFor(async () => (await status(vm.instanceId)) === "Stopped");
    // SSH stopped with the instance
    expect(emu.machines!.list().find((m) => m.instanceId === vm.instanceId)?.sshReady).toBe(false);
    const img = await ecs.createImage(
      new $Ecs.CreateImageRequest({ regionId: REGION, instanceId: vm.instanceId, imageName: "with-hello" }),
    );
    const imageId = img.body!.imageId!;
    await waitFor(async () => {
      const d = await ecs.describeImages(new $Ecs.DescribeImagesRequest({ regionId: REGION, imageId }));
      return d.body?.images?.image?.[0]?.status === "Available";
    });
    expect(emu.machines!.readFile({ imageId }, "/opt/app/hello.txt").toString()).toBe("built by test\n");

    // a second instance from the image finds the file over SSH
    const vm2 = await launch(emu, { securityGroupId: sg, keyPairName: "kp-test", imageId });
    expect(vm2.ip).not.toBe(vm.ip);
    expect((await run(vm2.ip, key, "cat /opt/app/hello.txt; hostname")).stdout).toMatch(/^built by test\niZ/);
    // writes in the second instance do not reach the image
    await run(vm2.ip, key, "echo changed > /opt/app/hello.txt");
    expect(emu.machines!.readFile({ imageId }, "/opt/app/hello.txt").toString()).toBe("built by test\n");

    // the copy in another region carries the files
    const copy = await ecs.copyImage(
      new $Ecs.CopyImageRequest({ regionId: REGION, imageId, destinationRegionId: "cn-beijing" }),
    );
    expect(emu.machines!.readFile({ imageId: copy.body!.imageId! }, "/opt/app/hello.txt").toString()).toBe(
      "built by test\n",
    );

    // the inspection endpoints
    const base = emu.endpoints.controlUrl;
    const file = await fetch(`${base}/_emulator/fs?image=${imageId}&path=/opt/app/hello.txt`);
    expect(await file.text()).toBe("built by test\n");
    const dir = (await (await fetch(`${base}/_emulator/fs?image=${imageId}&path=/opt/app`)).json()) as {
      entries: { name: string; type: string; mode: number }[];
    };
    expect(dir.entries).toEqual([expect.objectContaining({ name: "hello.txt", type: "file", mode: 0o644 })]);
    expect((await fetch(`${base}/_emulator/fs?image=${imageId}&path=/nope`)).status).toBe(404);
    const machines = (await (await fetch(`${base}/_emulator/machines`)).json()) as {
      sshPort: number;
      sandbox: string;
    };
    expect(machines).toMatchObject({ sshPort: 22, sandbox: "bwrap" });

    // deleting the instance frees its files
    const root = join(emu.machines!.dir, "instances", vm2.instanceId);
    expect(existsSync(root)).toBe(true);
    await ecs.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: vm2.instanceId, force: true }));
    await waitFor(async () => !existsSync(root));
  });

  it("runs user data at first boot, before SSH answers (a VPC instance)", async () => {
    const ecs = ecsClient(emu);
    const vpc = vpcClient(emu);
    const v = await vpc.createVpc(
      new $Vpc.CreateVpcRequest({ regionId: REGION, cidrBlock: "172.16.0.0/16" }),
    );
    const vpcId = v.body!.vpcId!;
    await waitFor(async () => {
      const d = await vpc.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: REGION, vpcId }));
      return d.body?.vpcs?.vpc?.[0]?.status === "Available";
    });
    const sw = await vpc.createVSwitch(
      new $Vpc.CreateVSwitchRequest({
        regionId: REGION,
        vpcId,
        zoneId: "cn-hangzhou-h",
        cidrBlock: "172.16.1.0/24",
      }),
    );
    await waitFor(async () => {
      const d = await vpc.describeVSwitches(
        new $Vpc.DescribeVSwitchesRequest({ regionId: REGION, vSwitchId: sw.body!.vSwitchId }),
      );
      return d.body?.vSwitches?.vSwitch?.[0]?.status === "Available";
    });
    const vsg = await ecs.createSecurityGroup(
      new $Ecs.CreateSecurityGroupRequest({ regionId: REGION, vpcId }),
    );
    await openSsh(emu, vsg.body!.securityGroupId!);
    const script = '#!/bin/sh\necho "from user data on $(hostname)" > /root/ud.txt\nsleep 0.3\n';
    const vm3 = await launch(emu, {
      securityGroupId: vsg.body!.securityGroupId!,
      vSwitchId: sw.body!.vSwitchId!,
      keyPairName: "kp-test",
      userData: Buffer.from(script).toString("base64"),
    });
    // the first answer already sees what user data wrote; the address is the VPC one
    expect((await run(vm3.ip, key, "cat /root/ud.txt")).stdout).toMatch(/^from user data on iZ/);
    const inst = emu.model!.find("instance", vm3.instanceId)!;
    expect(inst.privateIp).toMatch(/^127\.(2\d|3\d)\./);
    // the private address answers a client inside the VPC (a self-hosted runner there)
    emu.machines!.setRunner({ vpcId });
    try {
      expect((await run(inst.privateIp!, key, "echo private")).stdout).toBe("private\n");
    } finally {
      emu.machines!.setRunner({ vpcId: undefined });
    }
    expect(
      emu.machines!.readFile({ instanceId: vm3.instanceId }, "/var/log/cloud-init-output.log").toString(),
    ).toContain('"code":0');
  });
});
