/**
 * `image-build emulator [--port N] [--host H] [--profile zero|fast|realistic] [--time-scale F]
 * [--faults FILE] [--accounts FILE] [--no-imds] [--no-tls] [--runner-vpc ID] [--runner-address IP] [--json]`: runs the emulator in the foreground until
 * SIGINT/SIGTERM. With `--json` the first stdout line is one JSON object describing it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type AccountConfig, startEmulator } from "./index.js";

const USAGE = `Usage: image-build emulator [options]

  Runs a local Alibaba Cloud (ECS, VPC, STS) emulator until interrupted.

Options:
  --port N              API port on 127.0.0.1 (HTTP, HTTPS and proxy); default: a free port
  --host ADDR           listen address (default 127.0.0.1)
  --profile NAME        latency profile: zero, fast or realistic (default zero)
  --time-scale F        multiply every latency by F (default 1)
  --faults FILE         JSON file of fault rules ({"rules":[...]})
  --seed N              seed for probability faults (default 1)
  --accounts FILE       JSON list of accounts (keys, RAM users, roles, OIDC providers) instead of the default
  --imds-port N         metadata service port (default: a free port)
  --no-imds             no metadata service
  --no-tls              no HTTPS (and no CA)
  --runner-vpc ID       place the client inside this VPC (a self-hosted runner; * for every VPC);
                        default outside every VPC (IMAGE_BUILD_EMULATOR_RUNNER_VPC)
  --runner-address IP   the client's public address as security groups see it
                        (default IMAGE_BUILD_EMULATOR_RUNNER_ADDRESS or 203.0.113.10)
  --json                print one JSON line with endpoints, credentials and env first
  -h, --help            this text
`;

/** Runs the emulator CLI; resolves to the exit code once stopped by a signal (or at once on bad usage). */
export async function runEmulatorCli(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        profile: { type: "string" },
        "time-scale": { type: "string" },
        faults: { type: "string" },
        seed: { type: "string" },
        accounts: { type: "string" },
        "imds-port": { type: "string" },
        "no-imds": { type: "boolean" },
        "no-tls": { type: "boolean" },
        "runner-vpc": { type: "string" },
        "runner-address": { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const profile = (values.profile as string | undefined) ?? "zero";
  if (!["zero", "fast", "realistic"].includes(profile)) {
    process.stderr.write(`invalid --profile ${profile}: expected zero, fast or realistic\n`);
    return 2;
  }
  const num = (name: string): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`invalid --${name} ${String(v)}`);
    return n;
  };
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    const imdsPort = num("imds-port");
    const accounts = values.accounts
      ? (JSON.parse(readFileSync(values.accounts as string, "utf8")) as AccountConfig[])
      : undefined;
    emulator = await startEmulator({
      port: num("port"),
      host: values.host as string | undefined,
      profile: profile as "zero" | "fast" | "realistic",
      timeScale: num("time-scale"),
      faults: values.faults as string | undefined,
      seed: num("seed"),
      accounts,
      imds: values["no-imds"] ? false : imdsPort !== undefined ? { port: imdsPort } : true,
      tls: !values["no-tls"],
      machines: {
        runner: {
          ...(values["runner-vpc"] ? { vpcId: values["runner-vpc"] as string } : {}),
          ...(values["runner-address"] ? { publicAddress: values["runner-address"] as string } : {}),
        },
      },
    });
  } catch (err) {
    process.stderr.write(`emulator: ${(err as Error).message}\n`);
    return 1;
  }
  const e = emulator.endpoints;
  if (values.json) {
    const info = {
      ecsEndpoint: e.ecsEndpoint,
      vpcEndpoint: e.vpcEndpoint,
      stsEndpoint: e.stsEndpoint,
      proxy: e.proxy,
      controlUrl: e.controlUrl,
      metadataEndpoint: e.metadataEndpoint ?? null,
      caCertFile: e.caCertFile ?? null,
      accountId: emulator.credentials.accountId,
      accessKeyId: emulator.credentials.accessKeyId,
      accessKeySecret: emulator.credentials.accessKeySecret,
      region: emulator.region,
      profile: emulator.profile.name,
      env: emulator.env,
    };
    process.stdout.write(`${JSON.stringify(info)}\n`);
  } else {
    const lines = [
      `image-build emulator listening (profile ${emulator.profile.name})`,
      `  ECS/VPC/STS endpoint  ${e.ecsEndpoint}  (http and https)`,
      `  proxy                 ${e.proxy}`,
      `  metadata service      ${e.metadataEndpoint ?? "off"}`,
      `  CA certificate        ${e.caCertFile ?? "off"}`,
      `  account               ${emulator.credentials.accountId}, key ${emulator.credentials.accessKeyId} (local use only)`,
      "  environment:",
      ...Object.entries(emulator.env).map(([k, v]) => `    export ${k}=${v}`),
      "Press Ctrl-C to stop.",
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return await new Promise<number>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      emulator.stop().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
