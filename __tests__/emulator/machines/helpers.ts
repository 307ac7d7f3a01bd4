// Shared steps of the machines tests: launch an instance through the official ECS client and run
// commands on it with the ssh2 client.
import ssh2, { type Client } from "ssh2";
import type { Emulator } from "../../../emulator/index.js";
import { $Ecs, ecsClient, waitFor } from "../services/clients.js";

export const REGION = "cn-hangzhou";
export const IMAGE = "centos_7_9_x64_20G_alibase_20210128.vhd";

/** A running instance with a public IP. */
export interface Launched {
  instanceId: string;
  ip: string;
  securityGroupId: string;
}

/** Opens SSH (22, and 2222 where 22 cannot be bound) in a security group to the world. */
export async function openSsh(emu: Emulator, securityGroupId: string): Promise<void> {
  const ecs = ecsClient(emu);
  for (const portRange of ["22/22", "2222/2222"]) {
    await ecs.authorizeSecurityGroup(
      new $Ecs.AuthorizeSecurityGroupRequest({
        regionId: REGION,
        securityGroupId,
        ipProtocol: "tcp",
        portRange,
        sourceCidrIp: "0.0.0.0/0",
      }),
    );
  }
}

/** Creates a classic-network security group that opens SSH (the emulator enforces reachability). */
export async function securityGroup(emu: Emulator): Promise<string> {
  const ecs = ecsClient(emu);
  const sg = await ecs.createSecurityGroup(new $Ecs.CreateSecurityGroupRequest({ regionId: REGION }));
  const id = sg.body!.securityGroupId!;
  await openSsh(emu, id);
  return id;
}

/** RunInstances (classic network, public IP) and waits for Running and for SSH to answer. */
export async function launch(
  emu: Emulator,
  opts: {
    securityGroupId: string;
    keyPairName?: string;
    password?: string;
    imageId?: string;
    userData?: string;
    vSwitchId?: string;
  },
): Promise<Launched> {
  const ecs = ecsClient(emu);
  const r = await ecs.runInstances(
    new $Ecs.RunInstancesRequest({
      regionId: REGION,
      imageId: opts.imageId ?? IMAGE,
      instanceType: "ecs.g6.large",
      securityGroupId: opts.securityGroupId,
      vSwitchId: opts.vSwitchId,
      internetMaxBandwidthOut: 5,
      keyPairName: opts.keyPairName,
      password: opts.password,
      userData: opts.userData,
      amount: 1,
    }),
  );
  const instanceId = r.body!.instanceIdSets!.instanceIdSet![0];
  const inst = await waitFor(async () => {
    const d = await ecs.describeInstances(
      new $Ecs.DescribeInstancesRequest({ regionId: REGION, instanceIds: JSON.stringify([instanceId]) }),
    );
    const i = d.body?.instances?.instance?.[0];
    return i?.status === "Running" ? i : undefined;
  });
  const ip = inst.publicIpAddress!.ipAddress![0];
  await emu.machines!.waitForSsh(instanceId, 45_000);
  return { instanceId, ip, securityGroupId: opts.securityGroupId };
}

/** Output of one command. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  code?: number;
  signal?: string;
  /** The connection ended without an exit status. */
  disconnected: boolean;
}

/** Connects with ssh2 (key or password). */
export function connect(
  host: string,
  auth: { privateKey?: string; password?: string; username?: string; port?: number },
): Promise<Client> {
  return new Promise((resolve, reject) => {
    const c = new ssh2.Client();
    c.once("ready", () => {
      c.on("error", () => {});
      resolve(c);
    });
    c.once("error", reject);
    c.connect({
      host,
      port: auth.port ?? 22,
      username: auth.username ?? "root",
      privateKey: auth.privateKey,
      password: auth.password,
      readyTimeout: 10_000,
      tryKeyboard: false,
    });
  });
}

/** Runs a command over an open connection. */
export function exec(
  c: Client,
  command: string,
  opts: {
    pty?: boolean;
    stdin?: string;
    /** Called once the channel is open; stdin is then left open (the callback ends it). */
    onStart?: (ch: import("ssh2").ClientChannel) => void;
  } = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    c.exec(command, { pty: opts.pty ? { rows: 30, cols: 100, term: "xterm" } : undefined }, (err, ch) => {
      if (err) return reject(err);
      const out: Buffer[] = [];
      const errs: Buffer[] = [];
      let code: number | undefined;
      let signal: string | undefined;
      let got = false;
      ch.on("data", (d: Buffer) => out.push(d));
      ch.stderr.on("data", (d: Buffer) => errs.push(d));
      ch.on("exit", (a: number | null, b?: string) => {
        got = true;
        if (typeof a === "number") code = a;
        else signal = b ?? undefined;
      });
      ch.on("close", () =>
        resolve({
          stdout: Buffer.concat(out).toString(),
          stderr: Buffer.concat(errs).toString(),
          code,
          signal,
          disconnected: !got,
        }),
      );
      if (opts.onStart) opts.onStart(ch);
      else ch.end(opts.stdin ?? undefined);
    });
  });
}

/** Connects, runs one command, disconnects. */
export async function run(host: string, privateKey: string, command: string, port = 22): Promise<ExecResult> {
  const c = await connect(host, { privateKey, port });
  try {
    return await exec(c, command);
  } finally {
    c.end();
  }
}
