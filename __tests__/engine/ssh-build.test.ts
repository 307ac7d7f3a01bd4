// A build over SSH against the emulator's machines: the temporary key pair reaches the instance at
// first boot, a shell provisioner writes a file, the image captures it, and an instance started
// from the new image has the file.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { provisioningHooks } from "../../src/engine/provisioning.js";
import { builder, buildTemplate } from "../builders/alicloud-ecs/helpers.js";
import { connect, exec, launch, securityGroup } from "../emulator/machines/helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

it("SSH + a shell provisioner: the file is in the image and in an instance started from it", async () => {
  const since = new Date().toISOString();
  const sshPort = emu.machines!.sshPort;
  const template = {
    builders: [
      builder({
        image_name: "ssh-built",
        communicator: "ssh",
        ssh_username: "root",
        ssh_port: sshPort,
        associate_public_ip_address: true,
      }),
    ],
    provisioners: [
      {
        type: "shell",
        inline: [
          "echo built-by-{{build_name}} on $PACKER_BUILDER_TYPE > /etc/image-build-marker",
          "echo provisioned",
        ],
      },
    ],
  };
  const r = await buildTemplate(emu, template, {
    runId: "ssh-run",
    provisioning: provisioningHooks({
      runId: "ssh-run",
      cwd: process.cwd(),
      env: {},
      sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
    }),
  });
  const texts = r.ui.lines.map((l) => l.text).join("\n");
  expect(r.ok, texts).toBe(true);
  expect(texts).toContain("Connected to SSH!");
  expect(texts).toContain("provisioned");
  const b = r.builds[0];
  expect(b.provisioners).toEqual([expect.objectContaining({ type: "shell", status: "succeeded" })]);
  const imageId = b.images["cn-hangzhou"];
  expect(emu.machines!.readFile({ imageId }, "/etc/image-build-marker").toString()).toBe(
    "built-by-alicloud-ecs on alicloud-ecs\n",
  );

  // The key pair was passed at creation (first boot), the group opens only the SSH port.
  const calls = emu.calls();
  const run = calls.filter((c) => c.action === "RunInstances").at(-1);
  expect(run?.params.KeyPairName).toMatch(/^packer_/);
  const rules = calls.filter((c) => c.action === "AuthorizeSecurityGroup").at(-1);
  expect(rules?.params).toMatchObject({
    IpProtocol: "tcp",
    PortRange: `${sshPort}/${sshPort}`,
    SourceCidrIp: "0.0.0.0/0",
  });
  expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);

  // A new instance from the image has the file.
  const sg = await securityGroup(emu);
  const vm = await launch(emu, { securityGroupId: sg, imageId, password: "Image-Build-1" });
  const c = await connect(vm.ip, { password: "Image-Build-1", port: sshPort });
  try {
    const out = await exec(c, "cat /etc/image-build-marker");
    expect(out.stdout).toBe("built-by-alicloud-ecs on alicloud-ecs\n");
  } finally {
    c.end();
  }
}, 60_000);

it("a CreateKeyPair retried after its first try created the pair: the pair is remade, the build connects", async () => {
  const since = new Date().toISOString();
  const seq = emu.calls().at(-1)?.seq ?? 0;
  // First try: a 503 (as if the answer was lost after the pair was made); the retry then finds it.
  emu.faults.add({
    action: "CreateKeyPair",
    nth: 1,
    effect: "error",
    code: "ServiceUnavailable",
    httpStatus: 503,
  });
  emu.faults.add({
    action: "CreateKeyPair",
    nth: 2,
    effect: "error",
    code: "KeyPair.AlreadyExist",
    httpStatus: 400,
  });
  const r = await buildTemplate(
    emu,
    {
      builders: [
        builder({
          image_name: "ssh-keypair-retry",
          communicator: "ssh",
          ssh_username: "root",
          ssh_port: emu.machines!.sshPort,
          associate_public_ip_address: true,
        }),
      ],
      provisioners: [{ type: "shell", inline: ["true"] }],
    },
    {
      provisioning: provisioningHooks({
        runId: "ssh-run-2",
        cwd: process.cwd(),
        env: {},
        sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
      }),
    },
  );
  emu.faults.clear();
  expect(r.ok, r.ui.lines.map((l) => l.text).join("\n")).toBe(true);
  const keyCalls = emu
    .calls()
    .filter((c) => c.seq > seq && /KeyPair/.test(c.action ?? ""))
    .map((c) => `${c.action}:${c.code ?? "OK"}`);
  expect(keyCalls).toEqual([
    "CreateKeyPair:ServiceUnavailable",
    // Before the retry the name is looked up (the first try's pair is not there yet).
    "DescribeKeyPairs:OK",
    "CreateKeyPair:KeyPair.AlreadyExist",
    "DeleteKeyPairs:OK",
    "CreateKeyPair:OK",
    "DeleteKeyPairs:OK",
  ]);
  expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
}, 60_000);

it("on-error=abort leaves the cloud resources for debugging but closes the SSH session", async () => {
  const since = new Date().toISOString();
  const hooks = provisioningHooks({
    runId: "abort-run",
    cwd: process.cwd(),
    env: {},
    sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
  });
  let closed = 0;
  const r = await buildTemplate(
    emu,
    {
      builders: [
        builder({
          image_name: "ssh-abort",
          communicator: "ssh",
          ssh_username: "root",
          ssh_port: emu.machines!.sshPort,
          associate_public_ip_address: true,
        }),
      ],
      provisioners: [{ type: "shell", inline: ["exit 7"] }],
    },
    {
      runId: "abort-run",
      onError: "abort",
      provisioning: {
        ...hooks,
        // The real communicator, with its close() counted.
        connect: async (ctx, signal) => {
          const comm = await hooks.connect!(ctx, signal);
          const close = comm.close.bind(comm);
          comm.close = async () => {
            closed++;
            await close();
          };
          return comm;
        },
      },
    },
  );
  const b = r.builds[0];
  expect(b.status).toBe("failed");
  expect(b.failedStep).toBe("provision");
  // Nothing was cleaned up: the instance and its network are still there, listed as left behind.
  expect(b.leftBehind.map((e) => e.type)).toEqual(
    expect.arrayContaining(["instance", "security-group", "vpc"]),
  );
  const leaks = emu.leakCheck({ since, ignoreImages: true }) as { kind: string }[];
  expect(leaks.map((l) => l.kind)).toContain("instance");
  // …but the session to the instance is closed (left open, it kept the process alive).
  expect(closed).toBe(1);
});
