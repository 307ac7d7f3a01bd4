/**
 * What a user is told when a step or its cleanup fails: one paragraph naming the step, what went
 * wrong (a cloud error brings its action, resource, region, code and request id) and what to do.
 *
 * A cloud error already carries its own "What to do" (src/cloud/errors.ts). For the other failures
 * (waits that time out or end in a failed state, SSH that never answers, a provisioner exiting
 * non-zero, Packer's pre-validation texts) the table below gives the sentence; it names the
 * `alicloud-ecs` template fields, the one builder there is.
 */

/** The marker every composed message puts before its advice (tests and docs look for it). */
export const WHAT_TO_DO = "What to do:";

/** The machine a build works on, when its context has one (named by SSH and provisioner hints). */
export interface FailureSubject {
  instanceId?: string;
  host?: string;
  port?: number;
}

/** The step that failed and why; `cause` is what the step threw. This is the error a failed run ends with. */
export class StepError extends Error {
  override readonly name = "StepError";
  constructor(
    /** The step's name, as the summary shows it (`create instance`). */
    readonly step: string,
    cause: unknown,
    /** What to do, when the cause did not already say it. */
    readonly hint?: string,
  ) {
    super(`Step "${step}" failed: ${withHint(describeError(cause), hint)}`, { cause });
  }
}

/** The message of any thrown value, as one paragraph (no stack, no line breaks). */
export function messageText(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return raw.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * The message of an error and of the causes its text leaves out (a step that wraps a cloud error
 * in Packer's words keeps the API's code and request id in view): `outer. Cause: inner`.
 */
export function describeError(err: unknown): string {
  let text = messageText(err);
  for (const cause of chain(err).slice(1)) {
    // A message that says what to do is complete (a cloud error's cause is the raw SDK error).
    if (text.includes(WHAT_TO_DO)) break;
    const inner = messageText(cause);
    if (inner && !text.includes(inner)) text = `${/[.!?]$/.test(text) ? text : `${text}.`} Cause: ${inner}`;
  }
  return text;
}

/** Appends ` What to do: …` unless the text already says what to do. */
function withHint(text: string, hint: string | undefined): string {
  if (!hint || text.includes(WHAT_TO_DO)) return text;
  return `${/[.!?]$/.test(text) ? text : `${text}.`} ${WHAT_TO_DO} ${hint}`;
}

/** The errors of a chain of causes, outermost first. */
function chain(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err; e !== undefined && e !== null && out.length < 10; ) {
    out.push(e);
    e = e instanceof Error ? e.cause : undefined;
  }
  return out;
}

const fieldOf = (e: unknown, key: string): unknown =>
  e && typeof e === "object" ? (e as Record<string, unknown>)[key] : undefined;

/** `image m-1` → `image`. */
const kindOf = (what: unknown) => (typeof what === "string" ? what.split(" ")[0] : "");

function machine(s: FailureSubject): string {
  const id = s.instanceId ? `instance ${s.instanceId}` : "the instance";
  const at = s.host ? ` at ${s.host}${s.port ? `:${s.port}` : ""}` : "";
  return `${id}${at}`;
}

/** A rule of the table: does it apply to this error (any error of the chain), and what to say. */
interface FailureRule {
  test: (e: unknown, text: string) => boolean;
  hint: (e: unknown, step: string, s: FailureSubject) => string;
}

const AGAIN = "then run the build again";

const RULES: readonly FailureRule[] = [
  {
    // A script that ran on the machine running the build, not on the instance (shell-local marks
    // its errors `runsOn: "local"`): the instance and -on-error=abort are beside the point.
    test: (e) => fieldOf(e, "runsOn") === "local",
    hint: () =>
      "The shell-local script ran on the machine running the build (the runner, or your computer with the CLI), not on the instance: read its output above, fix the script or install what it needs there, or list the exit code in valid_exit_codes if it is expected.",
  },
  {
    // src/cloud/waiter.ts WaitTimeoutError
    test: (e) => fieldOf(e, "code") === "WaitTimeout",
    hint: (e, step) => {
      const kind = kindOf(fieldOf(e, "what"));
      if (kind === "image" && /copy/.test(step))
        return `The image copy took longer than wait_copying_image_ready_timeout: raise it (seconds; copies between distant regions take long), ${AGAIN}.`;
      if (kind === "image" || kind === "snapshot")
        return `The ${kind} took longer than wait_snapshot_ready_timeout: raise it (seconds; large disks take long), ${AGAIN}.`;
      return `Alibaba Cloud took unusually long to change the ${kind || "resource"}'s state: run the build again; if it persists, check the resource in the console.`;
    },
  },
  {
    // src/cloud/waiter.ts WaitFailedError (an image in CreateFailed, an instance that never starts)
    test: (e) => fieldOf(e, "code") === "WaitFailed",
    hint: (e) => {
      const kind = kindOf(fieldOf(e, "what"));
      if (kind === "image")
        return "Alibaba Cloud could not make the image from the instance's disks: run the build again; if it fails again, check the disks the image takes (image_disk_mappings, image_ignore_data_disks) and open a ticket with the image id.";
      return `Alibaba Cloud could not bring the ${kind || "resource"} to the state the build needs: run the build again; if it fails again, open a ticket with its id.`;
    },
  },
  {
    test: (_e, text) => /^Timeout waiting for SSH\.?$/.test(text),
    hint: (_e, _step, s) =>
      `Check that ${machine(s)} is reachable from the machine running the build (the security group opens ssh_port; use associate_public_ip_address or ssh_private_ip to pick the address), that ssh_username suits the source image, and raise ssh_timeout if it boots slowly.`,
  },
  {
    test: (_e, text) =>
      /^Error waiting for SSH|authentication|All configured authentication methods failed/i.test(text),
    hint: (_e, _step, s) =>
      `Check the SSH settings for ${machine(s)}: ssh_username, ssh_password or ssh_private_key_file (and ssh_keypair_name), ssh_port.`,
  },
  {
    test: (_e, text) => /exited with non-zero exit status|exit status -?\d+/i.test(text),
    hint: (_e, _step, s) =>
      `The provisioner's script failed on ${machine(s)}: read its output above, fix the script, or list the exit code in valid_exit_codes if it is expected; -on-error=abort keeps the instance to inspect.`,
  },
  {
    test: (_e, text) => /is used by an existing alicloud image/.test(text),
    hint: () =>
      "Choose another image_name, or set image_force_delete (or run with -force) to replace the existing image.",
  },
  {
    test: (_e, text) => /^No alicloud image was found matching/.test(text),
    hint: () =>
      "Check source_image (or image_family) and region: the image must exist there and be visible to this account.",
  },
  {
    test: (_e, text) => /^Not a valid alicloud region/.test(text),
    hint: () =>
      "Check region and image_copy_regions against the regions of the account (aliyun ecs DescribeRegions).",
  },
  {
    test: (_e, text) => /^The specified (vpc|vswitch|security group|EIP) \{.*\} doesn't exist\.$/.test(text),
    hint: () =>
      "Check vpc_id, vswitch_id, security_group_id and eip_id: each must exist in the build's region.",
  },
  {
    test: (_e, text) => /has no address to connect to|Failed to get private ip/.test(text),
    hint: () =>
      "Give the instance an address the build can reach: associate_public_ip_address, eip_id, or ssh_private_ip when the build runs inside the VPC.",
  },
];

/** What to do about a step's failure, when the error does not already say it. */
export function failureHint(step: string, err: unknown, subject: FailureSubject = {}): string | undefined {
  const errors = chain(err);
  if (describeError(err).includes(WHAT_TO_DO)) return undefined;
  for (const e of errors) {
    const own = fieldOf(e, "hint");
    if (typeof own === "string" && own) return own;
  }
  // The credentials a build resolves before its first step (src/engine/build.ts).
  if (step === "credentials")
    return "Check the credentials the build uses: access_key and secret_key (ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY), profile and shared_credentials_file, ram_role_arn (its trust policy must let this identity assume it), or the action's role-to-assume and oidc-provider-arn inputs.";
  for (const rule of RULES) {
    for (const e of errors) {
      if (rule.test(e, messageText(e))) return rule.hint(e, step, subject);
    }
  }
  return `Fix the cause above, ${AGAIN}.`;
}

/** The error a run ends with when `step` threw `err`: one paragraph with what to do. */
export function stepFailure(step: string, err: unknown, subject: FailureSubject = {}): StepError {
  if (err instanceof StepError) return err;
  return new StepError(step, err, failureHint(step, err, subject));
}

/** The line printed when a step's cleanup throws: the step, why, and what to do about what it left. */
export function cleanupFailureMessage(step: string, err: unknown): string {
  const text = describeError(err);
  const hint = text.includes(WHAT_TO_DO)
    ? undefined
    : "Delete what this step created by hand (the resources listed below), in the Alibaba Cloud console or with the aliyun CLI.";
  return `Cleanup of step "${step}" failed: ${withHint(text, hint)}`;
}

/** The advice printed under a list of resources left behind. */
export function leftBehindHint(aborted: boolean): string {
  return aborted
    ? `${WHAT_TO_DO} delete them once you are done inspecting them (console or aliyun CLI); each carries the tag image-build:run of this run.`
    : `${WHAT_TO_DO} delete them by hand in the Alibaba Cloud console or with the aliyun CLI; each carries the tag image-build:run of this run, and the action's post step sweeps what it finds.`;
}

/** The subject of a build context, read from its `instanceId`, `host` and communicator port when it has them. */
export function subjectOf(ctx: object): FailureSubject {
  const c = ctx as {
    instanceId?: unknown;
    host?: unknown;
    config?: { comm?: { type?: unknown; ssh?: { port?: unknown } } };
  };
  const port = c.config?.comm?.type === "ssh" ? c.config.comm.ssh?.port : undefined;
  return {
    ...(typeof c.instanceId === "string" ? { instanceId: c.instanceId } : {}),
    ...(typeof c.host === "string" ? { host: c.host } : {}),
    ...(typeof port === "number" ? { port } : {}),
  };
}
