/**
 * Starts the Alibaba Cloud emulator in-process: one 127.0.0.1 port serving ECS, VPC and STS over
 * HTTP and HTTPS (and as an HTTP proxy), a metadata service, identity, faults and a call log.
 * See emulator/README.md for the endpoints, default credentials and environment variables.
 */
import type { JsonWebKey } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CallFilter, CallLog, type CallRecord } from "./calllog.js";
import { FaultInjector, type FaultRule, parseFaultsJson } from "./faults.js";
import {
  type AccountConfig,
  DEFAULT_ROLE_NAME,
  defaultAccount,
  IdentityStore,
  type OidcProviderConfig,
  type RoleConfig,
} from "./identity/store.js";
import { createStsService } from "./identity/sts.js";
import { MetadataService } from "./imds/server.js";
import { handleMachinesHttp } from "./machines/http.js";
import { Machines, type MachinesOptions } from "./machines/index.js";
import { createProfile } from "./profiles.js";
import { type CloudServices, createCloudServices } from "./services/index.js";
import type { LatencyProfile, ServiceDefinition } from "./types.js";
import { DualListener } from "./wire/listener.js";
import { type LeakFilter, WireServer } from "./wire/server.js";
import { generateTlsMaterial, type TlsMaterial } from "./wire/tls.js";

export type { CallFilter, CallRecord } from "./calllog.js";
export type { FaultEffect, FaultRule, FaultTarget } from "./faults.js";
export { FaultInjector, queryResourceFault } from "./faults.js";
export type { AccountConfig, OidcProviderConfig, RoleConfig } from "./identity/store.js";
export {
  DEFAULT_ACCESS_KEY_ID,
  DEFAULT_ACCESS_KEY_SECRET,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_ROLE_NAME,
} from "./identity/store.js";
export type { DirEntry, InspectTarget, MachinesOptions } from "./machines/index.js";
export { Machines, UNCONFINED_ENV } from "./machines/index.js";
export { RUNNER_ADDRESS_ENV, RUNNER_VPC_ENV, type RunnerLocation } from "./machines/runner.js";
export { DEFAULT_RUNNER_ADDRESS } from "./model/reachability.js";
export type { LeakFilter } from "./wire/server.js";

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port of the API listener (HTTP, HTTPS and proxy on one port); 0 (default) picks a free one. */
  port?: number;
  /** Listen address; default 127.0.0.1. */
  host?: string;
  profile?: "zero" | "fast" | "realistic";
  timeScale?: number;
  /** Fault rules, or the path of a JSON file holding them. */
  faults?: FaultRule[] | string;
  /** Seed for probability faults without their own seed. */
  seed?: number;
  /** Accounts; default: the documented default account. */
  accounts?: AccountConfig[];
  /** Metadata service: true/false, or its settings. Default true (on 127.0.0.1, a free port). */
  imds?: boolean | { host?: string; port?: number; roleName?: string | null; allowV1?: boolean };
  /** HTTPS on the same port with a CA generated at start. Default true. */
  tls?: boolean;
  /** Directory for the CA file and service data; default a fresh temporary directory (removed on stop). */
  dataDir?: string;
  /** Default region in `env`; default cn-hangzhou. */
  region?: string;
  /** Extra or replacement services (replace the cloud services of the same product). */
  services?: ServiceDefinition[];
  /** Load the ECS/VPC services (`emulator/services/index.ts`). Default true. */
  cloud?: boolean;
  /**
   * Real machines behind instances (SSH servers, sandboxes, image filesystems; emulator/README.md
   * "Machines"). Default on with the cloud services; `false` turns them off.
   */
  machines?: MachinesOptions | false;
  /** Check signature nonces for reuse (SignatureNonceUsed). Default true. */
  checkNonce?: boolean;
  /** Reject request times more than 15 minutes off (InvalidTimeStamp.Expired). Default true. */
  checkTimestamp?: boolean;
}

/** Where the emulator listens. Endpoints are `host:port` (the SDKs' `config.endpoint` form). */
export interface EmulatorEndpoints {
  ecsEndpoint: string;
  vpcEndpoint: string;
  /** Same port; serves HTTPS too, as the credentials package requires for STS. */
  stsEndpoint: string;
  /** `http://host:port`, for HTTP_PROXY (Packer). */
  proxy: string;
  /** `http://host:port`: base of the control endpoints (`/_emulator/calls`, `/faults`, `/resources`, `/leaks`). */
  controlUrl: string;
  /** `host:port` of the metadata service, when enabled. */
  metadataEndpoint?: string;
  /** PEM file of the generated CA (for NODE_EXTRA_CA_CERTS), when TLS is on. */
  caCertFile?: string;
}

/** A running emulator. */
export interface Emulator {
  endpoints: EmulatorEndpoints;
  credentials: { accountId: string; accessKeyId: string; accessKeySecret: string };
  region: string;
  /** Environment variables that point image-build (and the credentials package) at this emulator. */
  env: Record<string, string>;
  /** The CA PEM when TLS is on. */
  caCert?: string;
  identity: IdentityStore;
  faults: FaultInjector;
  imds?: MetadataService;
  profile: LatencyProfile;
  /** The cloud services' model, when loaded. */
  model?: CloudServices["model"];
  /**
   * The machines behind instances, when on: `readFile(target, path)`, `listDir(target, path)`,
   * `exists(target, path)` with target `{instanceId}`, `{imageId}` or `{snapshotId}`; `list()`,
   * `waitForSsh(instanceId)`, `sshPort`; `runner` and `setRunner({ vpcId, publicAddress })`, where the
   * client stands for reachability (outside every VPC by default).
   */
  machines?: Machines;
  /** Recorded calls. */
  calls(filter?: CallFilter): CallRecord[];
  clearCalls(): void;
  /** The services' resource dump. */
  dump(): unknown;
  /** The services' leak check. */
  leakCheck(filter?: LeakFilter): unknown;
  /** Registers or replaces a product's service. */
  addService(service: ServiceDefinition): void;
  stop(): Promise<void>;
}

let sharedTls: TlsMaterial | undefined;
/** The CA and server certificate, generated once per process (RSA key generation costs ~0.5 s). */
function tlsMaterial(): TlsMaterial {
  sharedTls ??= generateTlsMaterial();
  return sharedTls;
}

/** Starts an emulator; resolves once every listener is up. */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const host = opts.host ?? "127.0.0.1";
  const region = opts.region ?? "cn-hangzhou";
  const profile = createProfile(opts.profile ?? "zero", opts.timeScale ?? 1);
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "image-build-emulator-"));
  const rules =
    typeof opts.faults === "string"
      ? parseFaultsJson(readFileSync(opts.faults, "utf8"))
      : (opts.faults ?? []);
  const faults = new FaultInjector(rules, opts.seed ?? 1);
  const calls = new CallLog();
  const accounts = opts.accounts ?? [defaultAccount()];
  const identity = new IdentityStore(accounts);
  const main = accounts[0];

  const cloud: CloudServices | undefined =
    opts.cloud === false ? undefined : createCloudServices({ profile, faults, identity });
  const services: ServiceDefinition[] = [
    ...(cloud?.services ?? []),
    createStsService(identity),
    ...(opts.services ?? []),
  ];

  let imds: MetadataService | undefined;
  const imdsOpt = opts.imds ?? true;
  if (imdsOpt) {
    const o = typeof imdsOpt === "object" ? imdsOpt : {};
    imds = new MetadataService({
      identity,
      accountId: main.accountId,
      roleName: o.roleName === null ? undefined : (o.roleName ?? DEFAULT_ROLE_NAME),
      allowV1: o.allowV1 ?? true,
      host: o.host,
      port: o.port,
      regionId: region,
    });
  }

  const wire = new WireServer({
    services,
    credentials: identity,
    faults,
    calls,
    profile,
    checkNonce: opts.checkNonce,
    checkTimestamp: opts.checkTimestamp,
    control: {
      ...(cloud
        ? { dump: () => cloud.dump(), leakCheck: (filter: LeakFilter) => cloud.leakCheck(filter) }
        : {}),
      identity: {
        describe: () => identity.describe(),
        addOidcKey: (arn, jwk) => identity.addOidcKey(arn, jwk as JsonWebKey),
        addRole: (accountId, role) =>
          identity.addRole(accountId || main.accountId, role as unknown as RoleConfig),
        addOidcProvider: (accountId, provider) =>
          identity.addOidcProvider(accountId || main.accountId, provider as unknown as OidcProviderConfig),
      },
    },
    metadataProxy: imds ? (req, res, path) => imds!.handle(req, res, path) : undefined,
  });
  const machines =
    cloud && opts.machines !== false ? new Machines(cloud.model, dataDir, opts.machines || {}) : undefined;
  const tls = opts.tls === false ? undefined : tlsMaterial();
  const handle: typeof wire.handle = (req, res) => {
    if (machines && handleMachinesHttp(machines, req, res)) return;
    wire.handle(req, res);
  };
  const listener = new DualListener(handle, wire.handleConnect, tls);
  const port = await listener.listen(opts.port ?? 0, host);
  // CONNECT to *.aliyuncs.com:443 is tunnelled back to this same port (TLS is detected by its first byte).
  wire.setHttpsPort(() => (tls ? port : undefined));
  const metadataEndpoint = imds ? await imds.start() : undefined;

  let caCertFile: string | undefined;
  if (tls) {
    caCertFile = join(dataDir, "emulator-ca.pem");
    writeFileSync(caCertFile, tls.caCert);
  }
  const hostPort = `${host}:${port}`;
  const endpoints: EmulatorEndpoints = {
    ecsEndpoint: hostPort,
    vpcEndpoint: hostPort,
    stsEndpoint: hostPort,
    proxy: `http://${hostPort}`,
    controlUrl: `http://${hostPort}`,
    metadataEndpoint,
    caCertFile,
  };
  const env: Record<string, string> = {
    ALICLOUD_ACCESS_KEY: main.accessKeyId,
    ALICLOUD_SECRET_KEY: main.accessKeySecret,
    ALICLOUD_REGION: region,
    ALIBABA_CLOUD_ACCESS_KEY_ID: main.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: main.accessKeySecret,
    ALIBABA_CLOUD_REGION_ID: region,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
    IMAGE_BUILD_ECS_ENDPOINT: endpoints.ecsEndpoint,
    IMAGE_BUILD_VPC_ENDPOINT: endpoints.vpcEndpoint,
    IMAGE_BUILD_STS_ENDPOINT: endpoints.stsEndpoint,
    IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
    IMAGE_BUILD_EMULATOR_URL: endpoints.controlUrl,
    IMAGE_BUILD_EMULATOR_PROXY: endpoints.proxy,
  };
  if (metadataEndpoint) env.IMAGE_BUILD_METADATA_ENDPOINT = metadataEndpoint;
  if (caCertFile) env.NODE_EXTRA_CA_CERTS = caCertFile;

  let stopped = false;
  return {
    endpoints,
    credentials: {
      accountId: main.accountId,
      accessKeyId: main.accessKeyId,
      accessKeySecret: main.accessKeySecret,
    },
    region,
    env,
    caCert: tls?.caCert,
    identity,
    faults,
    imds,
    profile,
    model: cloud?.model,
    machines,
    calls: (filter) => calls.list(filter),
    clearCalls: () => calls.clear(),
    dump: () => (cloud?.dump ? cloud.dump() : {}),
    leakCheck: (filter = {}) => (cloud?.leakCheck ? cloud.leakCheck(filter) : []),
    addService: (service) => wire.addService(service),
    async stop() {
      if (stopped) return;
      stopped = true;
      await machines?.stop();
      await listener.close();
      await imds?.stop();
      cloud?.stop();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
