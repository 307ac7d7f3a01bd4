/**
 * The seam between the emulator's wire layer (HTTP, signatures, routing, parameter decoding,
 * errors, faults, call log: `emulator/wire/`) and its services (state and rules, and the shapes of
 * their answers: `emulator/services/<product>/`). A service never sees HTTP; the wire layer never
 * knows what an instance is.
 */

/** Products the emulator serves, named as in the official metadata (`info.product`). */
export type Product = "Ecs" | "Vpc" | "Sts";

/** Thrown by a handler to answer with an API error (code, message and HTTP status as the metadata gives them). */
export class ApiError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  constructor(code: string, message: string, httpStatus = 400) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.httpStatus = httpStatus;
  }
}

/** Who is calling: resolved by the wire layer from the access key (and STS token) that signed the request. */
export interface Caller {
  accountId: string;
  /** `acs:ram::<account>:root`, or the assumed role's ARN for STS credentials. */
  arn: string;
  accessKeyId: string;
  /** The kind of identity, as GetCallerIdentity reports it: `Account`, `RAMUser` or `AssumedRoleUser`. */
  identityType: "Account" | "RAMUser" | "AssumedRoleUser";
  /** Set for STS credentials: the role and session. */
  roleName?: string;
  roleSessionName?: string;
}

/**
 * One decoded API request, as a handler receives it. Parameters are decoded with the official
 * metadata of the action: integers and numbers are JS numbers, booleans are booleans,
 * `repeatList` arrays (`Tag.1.Key`) are arrays (of objects where the items are objects), `flat`
 * objects (`SystemDisk.Size`) are objects, `json`-style parameters are parsed JSON. Scalars that
 * the metadata types as `string` stay strings even when they hold JSON text (for example
 * DescribeInstances `InstanceIds`), so handlers parse those themselves. Required parameters,
 * types, enums and ranges have already been checked by the wire layer.
 */
export interface ActionRequest {
  product: Product;
  version: string;
  action: string;
  params: Record<string, unknown>;
  caller: Caller;
  requestId: string;
  /** Client address (for logs) */
  sourceIp: string;
}

/**
 * A handler returns the response body without `RequestId` (the wire layer adds it), shaped as the
 * metadata's response schema says. It may be async (for example to apply a latency).
 */
export type ActionHandler = (
  req: ActionRequest,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** A product's actions. */
export interface ServiceDefinition {
  product: Product;
  version: string;
  actions: Record<string, ActionHandler>;
}

/** An access key the emulator accepts (an account's own key, a RAM user's, or an STS token's). */
export interface CredentialRecord {
  accessKeyId: string;
  accessKeySecret: string;
  /** Present for STS credentials; the request must carry the same token. */
  securityToken?: string;
  /** Epoch milliseconds; after it the wire layer answers `InvalidSecurityToken.Expired`. */
  expiresAt?: number;
  caller: Omit<Caller, "accessKeyId">;
}

/** Looks up access keys; implemented by the identity part of the emulator (accounts, STS). */
export interface CredentialStore {
  lookup(accessKeyId: string): CredentialRecord | undefined;
}

/**
 * How long things take. `apiLatencyMs` is the extra time the wire layer waits before answering
 * a call; `transitionMs` is how long a resource stays in a transient state (the keys are
 * documented in `emulator/profiles.ts`, for example `instance.start`, `image.create`). Both are
 * already multiplied by the time scale.
 */
export interface LatencyProfile {
  name: "zero" | "fast" | "realistic";
  timeScale: number;
  apiLatencyMs(product: Product, action: string): number;
  transitionMs(kind: string): number;
}
