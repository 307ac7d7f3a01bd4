/**
 * Machines behind instances: time from an instance reaching Running to its SSH server answering
 * (the boot: root prepared, host key, key pair, listeners), and how many instances with live SSH
 * servers the emulator holds at once, each proven by a real SSH login and command.
 */

import net from "node:net";
import EcsModule, * as $Ecs from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import ssh2 from "ssh2";
import { startEmulator } from "../emulator/index.js";
import type { InstanceRecord } from "../emulator/model/resources.js";
import { type Figure, percentile } from "./report.js";

type Ctor<T> = T extends { default: infer C } ? C : T;
const EcsClient = ((EcsModule as unknown as { default?: unknown }).default ?? EcsModule) as Ctor<
  typeof EcsModule
>;

/** Resolves when `host:22` sends an SSH banner. */
function banner(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.once("data", (d) => {
      s.destroy();
      resolve(d.toString().startsWith("SSH-2.0-"));
    });
    s.once("error", () => resolve(false));
  });
}

/** Runs `echo ok` over SSH. */
function login(host: string, port: number, privateKey: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = new ssh2.Client();
    c.on("error", () => resolve(false));
    c.on("ready", () =>
      c.exec("echo ok", (err, ch) => {
        if (err) return resolve(false);
        let out = "";
        ch.on("data", (d: Buffer) => {
          out += d;
        });
        ch.on("close", () => {
          c.end();
          resolve(out === "ok\n");
        });
      }),
    );
    c.connect({ host, port, username: "root", privateKey, readyTimeout: 60_000 });
  });
}

/**
 * `samples` instances one after the other for the Running → SSH figure, then `concurrent`
 * instances held at once (RunInstances Amount), all logged into in parallel.
 */
export async function benchMachines(samples = 20, concurrent = 50): Promise<Figure[]> {
  const emu = await startEmulator({ profile: "zero", imds: false, tls: false });
  try {
    const ecs = new EcsClient(
      new $OpenApi.$OpenApiUtil.Config({
        ...emu.credentials,
        endpoint: emu.endpoints.ecsEndpoint,
        protocol: "http",
        regionId: emu.region,
        readTimeout: 60_000,
      }),
    );
    const kp = await ecs.createKeyPair(
      new $Ecs.CreateKeyPairRequest({ regionId: emu.region, keyPairName: "bench" }),
    );
    const key = kp.body!.privateKeyBody!;
    const sg = (await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: emu.region })))
      .body!.securityGroupId!;
    // the emulator lets only the ports a security group opens through
    await ecs.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: emu.region,
        securityGroupId: sg,
        ipProtocol: "tcp",
        portRange: "22/2222", // 22, or 2222 where 22 cannot be bound
        sourceCidrIp: "0.0.0.0/0",
      }),
    );
    const running = new Map<string, number>();
    emu.model!.events.on("instance.state", ({ instance, to }) => {
      if (to === "Running") running.set((instance as InstanceRecord).id, performance.now());
    });
    const run = async (amount: number) =>
      (
        await ecs.runInstances(
          new $Ecs.RunInstancesRequest({
            regionId: emu.region,
            imageId: "centos_7_9_x64_20G_alibase_20210128.vhd",
            instanceType: "ecs.g6.large",
            securityGroupId: sg,
            internetMaxBandwidthOut: 5,
            keyPairName: "bench",
            amount,
          }),
        )
      ).body!.instanceIdSets!.instanceIdSet!;
    const port = emu.machines!.sshPort;
    const ipOf = (id: string) => emu.model!.find("instance", id)!.publicIp!;

    // 1. Running → SSH banner, one instance at a time
    const boot: number[] = [];
    for (let i = 0; i < samples; i++) {
      const [id] = await run(1);
      for (;;) {
        emu.model!.tick();
        if (running.has(id) && (await banner(ipOf(id), port))) break;
        await new Promise((r) => setImmediate(r));
      }
      boot.push(performance.now() - running.get(id)!);
      await ecs.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: id, force: true }));
    }

    // 2. `concurrent` instances at once, every one logged into in parallel
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    const ids = await run(concurrent);
    await Promise.all(ids.map((id) => emu.machines!.waitForSsh(id, 120_000)));
    const allUp = performance.now() - start;
    const t = performance.now();
    const ok = (await Promise.all(ids.map((id) => login(ipOf(id), port, key)))).filter(Boolean).length;
    const loginAll = performance.now() - t;
    const live = emu.machines!.list().filter((m) => m.sshReady).length;
    const rss = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    return [
      { name: "Running → SSH banner, median", value: percentile(boot, 50), unit: "ms" },
      { name: "Running → SSH banner, p95", value: percentile(boot, 95), unit: "ms" },
      {
        name: `instances with live SSH servers (RunInstances Amount=${concurrent})`,
        value: live,
        unit: "instances",
        note: `target ${concurrent}`,
      },
      { name: `  logged in and ran \`echo ok\` in parallel`, value: ok, unit: "instances" },
      { name: `  RunInstances → all ${concurrent} SSH servers answering`, value: allUp, unit: "ms" },
      { name: `  ${concurrent} parallel SSH logins + command`, value: loginAll, unit: "ms" },
      { name: `  emulator RSS growth for ${concurrent} machines`, value: rss, unit: "MiB" },
    ];
  } finally {
    await emu.stop();
  }
}
