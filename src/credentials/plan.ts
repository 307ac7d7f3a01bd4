/**
 * A credential source that applies, before anything is sent: what it is, where its region and STS
 * settings come from, and how to build its fetcher once the endpoints are known.
 */
import type { ImdsClient } from "./imds.js";
import type { StsClient } from "./sts.js";
import type { CredentialsLog, KeysFetcher, MaskFn } from "./types.js";

/** What building a fetcher needs. */
export interface BuildContext {
  /** The STS client for this plan's endpoint. */
  sts: StsClient;
  /** The metadata client (created on first use). */
  imds: () => ImdsClient;
  mask: MaskFn;
  log?: CredentialsLog;
  /** Called with the ARN of an assumed role (for the log), when STS reports it. */
  onAssumed?: (info: { arn?: string; subject?: string }) => void;
}

/** A credential source chosen by the chain. */
export interface SourcePlan {
  /** Provider name handed to the SDK (`providerName`). */
  providerName: string;
  /** How the log and errors name it, e.g. "GitHub OIDC (input role-to-assume + oidc-provider-arn)". */
  description: string;
  /** A profile's region, the last fallback of the region resolution. */
  region?: { value: string; source: string };
  /** A profile's STS endpoint (`host[:port]`) or STS region, used unless overridden. */
  stsEndpoint?: string;
  stsRegion?: string;
  build(ctx: BuildContext): KeysFetcher;
}
