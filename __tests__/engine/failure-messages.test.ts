// What a user sees when a build fails, through the CLI in-process against the emulator: a failure
// injected at each API call of a default build (and at the calls only an SSH build makes), and the
// failures that are not one API call (SSH never answering, a provisioner exiting non-zero, an image
// in CreateFailed, a wait timeout, no stock in any zone, permission, credentials, quota). Each
// message must name the step, the resource, the API action, code and request id when the API
// said no, and what to do — in one paragraph, with no secret in anything printed.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as $Ecs from "@alicloud/ecs20140526";
import * as $Vpc from "@alicloud/vpc20160428";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { runBuild } from "../../src/cli/build.js";
import { CloudError, classifyError, whatToDo } from "../../src/cloud/errors.js";
import { StepError, stepFailure } from "../../src/pipeline/failure.js";
import { builder, writeTemplate } from "../builders/alicloud-ecs/helpers.js";
import { emulatorCloud } from "../cloud/helpers.js";

// Rows run a few at a time, each on an emulator of its own (fault rules are per emulator).
const POOL = 4;
const emulators: Emulator[] = [];
const idle: Emulator[] = [];
const queue: ((emu: Emulator) => void)[] = [];
beforeAll(async () => {
  emulators.push(
    ...(await Promise.all(
      Array.from({ length: POOL }, () => startEmulator({ profile: "zero", imds: false, tls: false })),
    )),
  );
  idle.push(...emulators);
});
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
});

/** Runs `fn` with an emulator of the pool to itself. */
async function withEmulator<T>(fn: (emu: Emulator) => Promise<T>): Promise<T> {
  const emu = idle.pop() ?? (await new Promise<Emulator>((resolve) => queue.push(resolve)));
  emu.faults.clear();
  try {
    return await fn(emu);
  } finally {
    emu.faults.clear();
    const next = queue.shift();
    if (next) next(emu);
    else idle.push(emu);
  }
}

const SSH_PASSWORD = "Pw-never-printed-4711";
const WRONG_SECRET = "wrong-secret-never-printed-0815";
let runs = 0;

/** The default build: `communicator: none`, one region. */
const plain = (_emu: Emulator, extra: Record<string, unknown> = {}) => ({
  builders: [builder({ image_name: `failing-${++runs}`, ...extra })],
});
/** An SSH build with a shell provisioner, on the emulator's machines. */
const ssh = (emu: Emulator, extra: Record<string, unknown> = {}, inline = ["echo provisioned"]) => ({
  builders: [
    builder({
      image_name: `failing-ssh-${++runs}`,
      communicator: "ssh",
      ssh_username: "root",
      ssh_port: emu.machines!.sshPort,
      associate_public_ip_address: true,
      ...extra,
    }),
  ],
  provisioners: [{ type: "shell", inline }],
});

/** Runs `image-build build` in-process; returns the exit code and what it printed. */
async function cli(emu: Emulator, template: Record<string, unknown>, env: Record<string, string> = {}) {
  let out = "";
  let err = "";
  const code = await runBuild([writeTemplate(template)], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env: { ...emu.env, ...env },
    cwd: tmpdir(),
    home: tmpdir(),
  });
  return { code, out, err };
}

const lastSeq = (emu: Emulator) => emu.calls().at(-1)?.seq ?? 0;
const actionsSince = (emu: Emulator, seq: number) =>
  emu
    .calls()
    .filter((c) => c.seq > seq)
    .map((c) => c.action);

/** The calls of a default build, in order (docs/build-steps.md). */
const DEFAULT_CALLS = [
  "DescribeRegions",
  "DescribeImages",
  "DescribeImages",
  "CreateVpc",
  "DescribeVpcs",
  "DescribeAvailableResource",
  "CreateVSwitch",
  "DescribeVSwitches",
  "CreateSecurityGroup",
  "RunInstances",
  "DescribeInstances",
  "StopInstance",
  "DescribeInstances",
  "CreateImage",
  "DescribeImages",
  // The image's tags (the template identity and build name) on its snapshots, then the final mark.
  "TagResources",
  "TagResources",
  "DeleteInstance",
  "DeleteSecurityGroup",
  "DeleteVSwitch",
  "DeleteVpc",
];
/** What an SSH build with a provisioner calls besides (CreateKeyPair, AuthorizeSecurityGroup, DeleteKeyPairs). */
const SSH_ONLY_CALLS = ["CreateKeyPair", "AuthorizeSecurityGroup", "DeleteKeyPairs"];

/** The step each call belongs to, and whether it runs in a cleanup. */
const STEP_OF: Record<string, { step: string; cleanup?: boolean }> = {
  "DescribeRegions#1": { step: "pre-validate" },
  "DescribeImages#1": { step: "pre-validate" },
  "DescribeImages#2": { step: "source image" },
  "CreateKeyPair#1": { step: "key pair" },
  "CreateVpc#1": { step: "vpc" },
  "DescribeVpcs#1": { step: "vpc" },
  "DescribeAvailableResource#1": { step: "vswitch" },
  "CreateVSwitch#1": { step: "vswitch" },
  "DescribeVSwitches#1": { step: "vswitch" },
  "CreateSecurityGroup#1": { step: "security group" },
  "AuthorizeSecurityGroup#1": { step: "security group" },
  "RunInstances#1": { step: "create instance" },
  "DescribeInstances#1": { step: "create instance" },
  "StopInstance#1": { step: "stop instance" },
  "DescribeInstances#2": { step: "stop instance" },
  "CreateImage#1": { step: "create image" },
  "DescribeImages#3": { step: "create image" },
  "TagResources#1": { step: "tag snapshots" },
  "TagResources#2": { step: "artifact" },
  "DeleteInstance#1": { step: "create instance", cleanup: true },
  "DeleteSecurityGroup#1": { step: "security group", cleanup: true },
  "DeleteVSwitch#1": { step: "vswitch", cleanup: true },
  "DeleteVpc#1": { step: "vpc", cleanup: true },
  "DeleteKeyPairs#1": { step: "key pair", cleanup: true },
};

/** A code each action documents (/work/shared/alibaba-cloud-api), none of them retried. */
const CODE_OF: Record<string, [code: string, status: number, message: string]> = {
  DescribeRegions: ["Unauthorized.EmptyRegion", 403, "The region is not authorized."],
  "DescribeImages#1": [
    "InvalidImageOwnerAlias.ValueNotSupported",
    400,
    "The specified ImageOwnerAlias is not supported.",
  ],
  "DescribeImages#2": [
    "CurrentAccount.NotSupportPublicImage",
    403,
    "The current account does not support public images.",
  ],
  "DescribeImages#3": ["InvalidParamter", 400, "The specified parameter is invalid."],
  CreateKeyPair: ["QuotaExceed.KeyPair", 403, "The maximum number of key pairs is exceeded."],
  CreateVpc: ["QuotaExceeded.Vpc", 400, "VPC quota exceeded."],
  DescribeVpcs: ["InvalidVpcIdNumber.NotSupported", 400, "The number of VpcIds is not supported."],
  DescribeAvailableResource: [
    "OperationDenied.FlavorNotSupported",
    403,
    "The specified flavor is not supported.",
  ],
  CreateVSwitch: ["InvalidCidrBlock.Overlapped", 400, "Specified CIDR block overlapped with other vswitch."],
  DescribeVSwitches: ["Forbidden.VpcNotFound", 400, "Specified VPC can not found."],
  CreateSecurityGroup: ["QuotaExceed.SecurityGroup", 403, "The security group quota is exceeded."],
  AuthorizeSecurityGroup: [
    "AuthorizationLimitExceed",
    403,
    "The limit of authorization records in the security group reaches.",
  ],
  RunInstances: [
    "InvalidSystemDiskCategory.ValueNotSupported",
    400,
    "The specified parameter SystemDisk.Category is not valid.",
  ],
  DescribeInstances: ["InvalidParameter", 400, "The specified parameter is not valid."],
  StopInstance: [
    "InstanceExpiredOrInArrears",
    403,
    "The specified operation is denied as your prepay instance is expired or your account is in arrears.",
  ],
  CreateImage: ["InvalidImageName.Duplicated", 400, "The specified Image name has already been used."],
  TagResources: [
    "OperationDenied.QuotaExceed",
    400,
    "The quota of tags on resource is beyond permitted range.",
  ],
  DeleteInstance: [
    "InvalidOperation.DeletionProtection",
    403,
    "The operation is denied due to deletion protection is enabled.",
  ],
  DeleteSecurityGroup: [
    "InvalidOperation.ResourceManagedByCloudProduct",
    403,
    "Security group is managed by cloud product.",
  ],
  DeleteVSwitch: [
    "OperationDenied.OtherSubnetProcessing",
    400,
    "Operation denied: another subnet is being processed.",
  ],
  DeleteVpc: ["DependencyViolation.RouterInterface", 400, "Specified VPC still has router interfaces."],
  DeleteKeyPairs: [
    "InvalidParameter.KeypairAlreadyAttachedInstance",
    400,
    "The key pair is attached to an instance.",
  ],
};

/** The wire parameter that names the resource of each call (absent: the call has none, the region is named). */
const RESOURCE_PARAM: Record<string, string[]> = {
  DescribeImages: ["ImageName", "ImageId"],
  CreateKeyPair: ["KeyPairName"],
  DescribeVpcs: ["VpcId"],
  DescribeAvailableResource: ["InstanceType"],
  CreateVSwitch: ["VpcId", "CidrBlock", "ZoneId"],
  DescribeVSwitches: ["VSwitchId"],
  CreateSecurityGroup: ["VpcId"],
  AuthorizeSecurityGroup: ["SecurityGroupId"],
  RunInstances: ["InstanceType", "ZoneId"],
  DescribeInstances: ["InstanceIds"],
  StopInstance: ["InstanceId"],
  CreateImage: ["ImageName"],
  DeleteInstance: ["InstanceId"],
  DeleteSecurityGroup: ["SecurityGroupId"],
  DeleteVSwitch: ["VSwitchId"],
  DeleteVpc: ["VpcId"],
  DeleteKeyPairs: ["KeyPairNames"],
};

/** `["i-1"]` → `i-1`. */
const unlist = (v: string) => (v.startsWith("[") ? (JSON.parse(v) as string[])[0] : v);

/** What the user saw: the build's error lines and the closing `--> name: …` line. */
function seen(r: { out: string; err: string }, build = "alicloud-ecs") {
  const lines = r.err.split("\n");
  return {
    closing: lines.find((l) => l.startsWith(`--> ${build}: `)),
    stepLine: lines.find((l) => l.startsWith(`==> ${build}: Step "`)),
    cleanupLine: lines.find((l) => l.startsWith(`==> ${build}: Cleanup of step "`)),
    all: `${r.out}\n${r.err}`,
  };
}

/** Every message a user reads says what to do, in the same paragraph. */
function expectWhatToDo(line: string | undefined) {
  expect(line).toMatch(/What to do: [A-Z][^\n]{30,}/);
}

/** Nothing printed carries a secret or a stack trace. */
function expectClean(emu: Emulator, all: string) {
  for (const secret of [emu.credentials.accessKeySecret, WRONG_SECRET, SSH_PASSWORD])
    expect(all).not.toContain(secret);
  expect(all).not.toMatch(/PRIVATE KEY/);
  expect(all).not.toMatch(/\n\s+at [\w.<>]+ \(/);
  expect(all).not.toMatch(/\{"RequestId"|"HostId"/);
}

/** The failed call of `action` with `code` since `seq`: its request id and wire parameters. */
function failedCall(emu: Emulator, seq: number, action: string, code: string) {
  const call = emu
    .calls()
    .filter((c) => c.seq > seq && c.action === action && c.code === code)
    .at(-1);
  expect(call, `${action} answered ${code}`).toBeDefined();
  return call!;
}

/** Deletes a resource by hand, as a user told so would (the build's cleanup could not). */
async function deleteByHand(emu: Emulator, action: string, params: Record<string, string>) {
  const cloud = emulatorCloud(emu);
  const region = "cn-hangzhou";
  if (action === "DeleteInstance")
    await cloud.ecs("DeleteInstance", (c) =>
      c.deleteInstance(new $Ecs.DeleteInstanceRequest({ instanceId: params.InstanceId, force: true })),
    );
  if (action === "DeleteSecurityGroup")
    await cloud.ecs("DeleteSecurityGroup", (c) =>
      c.deleteSecurityGroup(
        new $Ecs.DeleteSecurityGroupRequest({ regionId: region, securityGroupId: params.SecurityGroupId }),
      ),
    );
  if (action === "DeleteVSwitch")
    await cloud.vpc("DeleteVSwitch", (c) =>
      c.deleteVSwitch(new $Vpc.DeleteVSwitchRequest({ regionId: region, vSwitchId: params.VSwitchId })),
    );
  if (action === "DeleteVpc")
    await cloud.vpc("DeleteVpc", (c) =>
      c.deleteVpc(new $Vpc.DeleteVpcRequest({ regionId: region, vpcId: params.VpcId })),
    );
  if (action === "DeleteKeyPairs")
    await cloud.ecs("DeleteKeyPairs", (c) =>
      c.deleteKeyPairs(
        new $Ecs.DeleteKeyPairsRequest({ regionId: region, keyPairNames: params.KeyPairNames }),
      ),
    );
}

/** One row per call: the n-th call of an action, in the default or the SSH build. */
function rows(calls: string[], kind: "default" | "ssh") {
  const seen = new Map<string, number>();
  return calls.map((action) => {
    const nth = (seen.get(action) ?? 0) + 1;
    seen.set(action, nth);
    return { call: `${action}#${nth}`, action, nth, kind };
  });
}

describe("the call lists the rows come from", () => {
  it("a default build and an SSH build make exactly these calls", () =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      expect((await cli(emu, plain(emu))).code).toBe(0);
      expect(actionsSince(emu, seq)).toEqual(DEFAULT_CALLS);
      const seq2 = lastSeq(emu);
      const r = await cli(emu, ssh(emu));
      expect(r.code, r.err).toBe(0);
      expect(actionsSince(emu, seq2).filter((a) => !DEFAULT_CALLS.includes(a!))).toEqual(SSH_ONLY_CALLS);
      expectClean(emu, r.out + r.err);
    }));
});

/** Deletes that other cleanups wait on: a failed one is undone by hand at once, as a user would. */
const DEPENDED_ON = new Set(["DeleteInstance", "DeleteSecurityGroup", "DeleteVSwitch"]);

describe.concurrent("a failure at each API call names the step, resource, action, code, request id and what to do", () => {
  const cases = [...rows(DEFAULT_CALLS, "default"), ...rows(SSH_ONLY_CALLS, "ssh")];
  it.each(cases)("$call ($kind build)", ({ call, action, nth, kind }) =>
    withEmulator(async (emu) => {
      const { step, cleanup } = STEP_OF[call];
      const [code, httpStatus, message] = CODE_OF[call] ?? CODE_OF[action];
      const seq = lastSeq(emu);
      const id = emu.faults.add({ action, nth, effect: "error", code, httpStatus, message });
      let rescued: Promise<void> | undefined;
      const timer = DEPENDED_ON.has(action)
        ? setInterval(() => {
            if (rescued || (emu.faults.list().find((f) => f.id === id)?.fired ?? 0) === 0) return;
            rescued = deleteByHand(emu, action, failedCall(emu, seq, action, code).params);
          }, 2)
        : undefined;
      const r = await cli(emu, kind === "ssh" ? ssh(emu) : plain(emu));
      clearInterval(timer);
      const failed = failedCall(emu, seq, action, code);
      await (rescued ?? (cleanup ? deleteByHand(emu, action, failed.params) : undefined));

      const s = seen(r);
      // Where the user reads it: the step's error line and the closing line of a failed build; the
      // cleanup's error line when a delete failed.
      const lines = cleanup ? [s.cleanupLine] : [s.stepLine, s.closing];
      if (!cleanup) expect(r.code).toBe(1);
      for (const line of lines) {
        expect(line, r.err).toBeDefined();
        expect(line).toContain(cleanup ? `Cleanup of step "${step}" failed: ` : `Step "${step}" failed: `);
        expect(line).toContain(`${action} (`);
        expect(line).toContain(`: ${code}: `);
        expect(line).toContain(`(request id ${failed.requestId})`);
        expect(line).toContain("cn-hangzhou");
        for (const p of RESOURCE_PARAM[action] ?? []) {
          const v = failed.params[p];
          if (v) expect(line).toContain(unlist(v));
        }
        expectWhatToDo(line);
      }
      if (cleanup) {
        // The resource left behind is listed, with what to do about it.
        expect(r.err).toContain("may have been left behind:");
        expect(r.err).toContain("What to do: delete them by hand");
      }
      expectClean(emu, s.all);
    }),
  );
});

describe.concurrent("failures that are not one API call", () => {
  it("SSH never answering (ssh_timeout): names the instance and its address", () =>
    withEmulator(async (emu) => {
      const r = await cli(emu, ssh(emu, { ssh_port: 1, ssh_timeout: "1s", ssh_password: SSH_PASSWORD }));
      expect(r.code).toBe(1);
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toMatch(
          /Step "connect" failed: Timeout waiting for SSH\. What to do: Check that instance i-\w+ at 127\.[\d.]+:1 is reachable/,
        );
        expect(line).toContain("ssh_timeout");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));

  it("a provisioner exiting non-zero: names the instance, the exit status and valid_exit_codes", () =>
    withEmulator(async (emu) => {
      const r = await cli(emu, ssh(emu, { ssh_password: SSH_PASSWORD }, ["echo about to fail", "exit 3"]));
      expect(r.code).toBe(1);
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toContain('Step "provision" failed: Script exited with non-zero exit status: 3');
        expect(line).toMatch(/on instance i-\w+/);
        expect(line).toContain("valid_exit_codes");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));

  it("an image reaching CreateFailed: names the image", () =>
    withEmulator(async (emu) => {
      emu.faults.add({ effect: "fail", target: { kind: "image", transition: "image.create" } });
      const r = await cli(emu, plain(emu));
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toMatch(/Step "create image" failed: .*image m-\w+ reached state CreateFailed/);
        expect(line).toContain("could not make the image");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));

  it("a wait timeout (wait_snapshot_ready_timeout): names the image and the field to raise", () =>
    withEmulator(async (emu) => {
      emu.faults.add({ effect: "stuck", target: { kind: "image", transition: "image.create" } });
      const r = await cli(emu, plain(emu, { wait_snapshot_ready_timeout: 1 }));
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toMatch(/Step "create image" failed: .*waiting for image m-\w+ to be Available/);
        expect(line).toContain("raise it");
        expect(line).toContain("wait_snapshot_ready_timeout");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));

  it("no stock in any zone: every zone is tried, the last one is named with the code", () =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      emu.faults.add({
        action: "RunInstances",
        effect: "error",
        code: "OperationDenied.NoStock",
        httpStatus: 403,
        message:
          "The resource is out of stock in the specified zone. Please try other types, or choose other regions and zones.",
      });
      const r = await cli(emu, plain(emu));
      const tried = emu.calls().filter((c) => c.seq > seq && c.action === "RunInstances");
      expect(tried.length).toBeGreaterThan(1);
      const last = tried.at(-1)!;
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toContain(
          'Step "create instance" failed: RunInstances (instance type ecs.n1.tiny in zone ',
        );
        expect(line).toContain(
          `in zone ${last.params.ZoneId}, cn-hangzhou) failed: OperationDenied.NoStock: `,
        );
        expect(line).toContain(`(request id ${last.requestId})`);
        expect(line).toContain("choose another zone_id or instance_type");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));

  it.each([
    { code: "Forbidden.RAM", action: "CreateVpc", step: "vpc", ram: "vpc:CreateVpc" },
    { code: "NoPermission", action: "CreateImage", step: "create image", ram: "ecs:CreateImage" },
  ])("permission denied ($code at $action): names the RAM action to grant", ({ code, action, step, ram }) =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      emu.faults.add({
        action,
        effect: "error",
        code,
        httpStatus: 403,
        message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
      });
      const r = await cli(emu, plain(emu));
      const failed = failedCall(emu, seq, action, code);
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toContain(`Step "${step}" failed: ${action} (`);
        expect(line).toContain(`failed: ${code}: `);
        expect(line).toContain(`(request id ${failed.requestId})`);
        expect(line).toContain(`grant "${ram}"`);
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }),
  );

  it("invalid credentials (an AccessKey ID the cloud does not know): InvalidAccessKeyId.NotFound", () =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      const wrong = {
        ALICLOUD_ACCESS_KEY: "NoSuchAccessKeyId0001",
        ALIBABA_CLOUD_ACCESS_KEY_ID: "NoSuchAccessKeyId0001",
        ALICLOUD_SECRET_KEY: WRONG_SECRET,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: WRONG_SECRET,
      };
      const r = await cli(emu, plain(emu), wrong);
      expect(r.code).toBe(1);
      const failed = failedCall(emu, seq, "DescribeRegions", "InvalidAccessKeyId.NotFound");
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toContain(
          'Step "pre-validate" failed: DescribeRegions (cn-hangzhou) failed: InvalidAccessKeyId.NotFound: ',
        );
        expect(line).toContain(`(request id ${failed.requestId})`);
        expect(line).toContain("ALICLOUD_ACCESS_KEY");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));

  it("a RAM role that cannot be assumed: one error before any build, naming AssumeRole, the code and request id", () =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      const role = `acs:ram::${emu.credentials.accountId}:role/no-such-role`;
      const r = await cli(emu, plain(emu, { ram_role_arn: role }));
      expect(r.code).toBe(1);
      const failed = emu
        .calls()
        .filter((c) => c.seq > seq && c.action === "AssumeRole" && c.code !== "OK")
        .at(-1);
      expect(failed, r.err).toBeDefined();
      const s = seen(r);
      // The CLI resolves credentials before any build starts (src/cli/credentials.ts): one error line.
      const line = r.err.split("\n").find((l) => l.startsWith("Error: "));
      expect(line).toContain("Error: AssumeRole failed: ");
      expect(line).toContain(failed!.code);
      expect(line).toContain(`(request id ${failed!.requestId})`);
      expect(line).toContain("ram_role_arn");
      expectWhatToDo(line);
      expectClean(emu, s.all);
    }));

  it("a wrong AccessKey secret: SignatureDoesNotMatch, and the secret is never printed", () =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      const r = await cli(emu, plain(emu), {
        ALICLOUD_SECRET_KEY: WRONG_SECRET,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: WRONG_SECRET,
      });
      expect(r.code).toBe(1);
      const failed = failedCall(emu, seq, "DescribeRegions", "SignatureDoesNotMatch");
      const s = seen(r);
      expect(s.closing).toContain("SignatureDoesNotMatch: ");
      expect(s.closing).toContain(`(request id ${failed.requestId})`);
      expect(s.closing).toContain("ALICLOUD_SECRET_KEY");
      expect(s.closing).not.toMatch(/string to sign|StringToSign/i);
      expectWhatToDo(s.closing);
      expectClean(emu, s.all);
    }));

  it("a quota (QuotaExceed.ElasticQuota at RunInstances): names the instance type and the Quota Center", () =>
    withEmulator(async (emu) => {
      const seq = lastSeq(emu);
      emu.faults.add({
        action: "RunInstances",
        effect: "error",
        code: "QuotaExceed.ElasticQuota",
        httpStatus: 403,
        message: "The number of the specified instance type exceeds the quota.",
      });
      const r = await cli(emu, plain(emu));
      const failed = failedCall(emu, seq, "RunInstances", "QuotaExceed.ElasticQuota");
      const s = seen(r);
      for (const line of [s.stepLine, s.closing]) {
        expect(line).toContain('Step "create instance" failed: RunInstances (instance type ecs.n1.tiny');
        expect(line).toContain(`(request id ${failed.requestId})`);
        expect(line).toContain("Quota Center");
        expectWhatToDo(line);
      }
      expectClean(emu, s.all);
    }));
});

// docs/ram-policy.md against the actions src/ calls: __tests__/hygiene/ram-policy.test.ts.
describe("docs/errors.md", () => {
  const doc = readFileSync(join(__dirname, "../../docs/errors.md"), "utf8");

  it("every code it lists gets its own advice (not the fallback for unknown codes)", () => {
    const common = doc.slice(
      doc.indexOf("## Common failures"),
      doc.indexOf("## Failures that are not one API call"),
    );
    const codes = common
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .flatMap((l) => [...l.split("|")[1].matchAll(/`([A-Za-z][\w.]*)`/g)].map((m) => m[1]));
    expect(codes.length).toBeGreaterThan(60);
    for (const code of codes) {
      const advice = whatToDo(code, { product: "Ecs", action: "RunInstances" }, classifyError({ code }));
      expect(advice, code).not.toMatch(/^Check the template values this call uses/);
    }
  });
});

describe("messages of failures the emulator does not produce here", () => {
  const call = { product: "Ecs", action: "CreateImage", resource: "image web", region: "cn-hangzhou" };

  it("a network failure that outlived its retries says to check the network and endpoints", () => {
    const e = new CloudError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), {
      ...call,
      attempts: 5,
    });
    expect(e.message).toBe(
      "CreateImage (image web, cn-hangzhou) failed after 5 attempts: ECONNRESET: socket hang up. What to do: " +
        "The API endpoint could not be reached after every retry: check the network and proxy (HTTPS_PROXY) of the machine running the build and any endpoint override (the ecs-endpoint and vpc-endpoint inputs, IMAGE_BUILD_ECS_ENDPOINT, IMAGE_BUILD_VPC_ENDPOINT, custom_endpoint_ecs), then run the build again.",
    );
  });

  it("throttling and 5xx after retries; a gateway's page is cut short and kept on one line", () => {
    const throttled = new CloudError(
      { code: "Throttling.User", statusCode: 400, message: "Request was denied due to user flow control." },
      { ...call, attempts: 8 },
    );
    expect(throttled.message).toContain("after 8 attempts: Throttling.User: ");
    expect(throttled.hint).toMatch(/run fewer builds at once/);
    const page = `<html>\n<body>${"Bad gateway ".repeat(100)}</body>\n</html>`;
    const gateway = new CloudError(
      { name: "ServerError", code: "BadGateway", statusCode: 502, message: page },
      { ...call, attempts: 5 },
    );
    expect(gateway.message).not.toContain("\n");
    expect(gateway.apiMessage.length).toBeLessThanOrEqual(400);
    expect(gateway.hint).toMatch(/server error after every retry/);
  });

  it("an unknown permanent code links Alibaba Cloud's troubleshooting page for the request", () => {
    const e = new CloudError(
      {
        code: "Some.NewCode",
        statusCode: 400,
        requestId: "R-1",
        message: "Something new.",
        data: { Recommend: "https://api.aliyun.com/troubleshoot?q=Some.NewCode&product=Ecs&requestId=R-1" },
      },
      { ...call, attempts: 1 },
    );
    expect(e.message).toContain(
      "Some.NewCode: Something new (request id R-1). What to do: Check the template values",
    );
    expect(e.message).toContain(
      "https://api.aliyun.com/troubleshoot?q=Some.NewCode&product=Ecs&requestId=R-1",
    );
  });

  it("a step error keeps the step's own error as its cause, adds advice once, and wraps once", () => {
    const inner = new Error("No alicloud image was found matching filters: centos_9");
    const e = stepFailure("source image", inner);
    expect(e).toBeInstanceOf(StepError);
    expect(e.cause).toBe(inner);
    expect(e.message).toBe(
      'Step "source image" failed: No alicloud image was found matching filters: centos_9. What to do: Check source_image (or image_family) and region: the image must exist there and be visible to this account.',
    );
    expect(stepFailure("other", e)).toBe(e);
  });
});
