/**
 * Checks of credential inputs made up front, before any request: role and OIDC provider ARNs,
 * session names, session durations, regions. Messages name the input and the expected form.
 */
import { DurationError, parseGoDuration } from "../template/duration.js";
import { CredentialsError } from "./errors.js";

const ROLE_ARN = /^acs:ram::\d{12,16}:role\/[A-Za-z0-9._@-]{1,64}$/;
const OIDC_PROVIDER_ARN = /^acs:ram::\d{12,16}:oidc-provider\/[A-Za-z0-9._-]{1,128}$/;
const SESSION_NAME = /^[\w.@-]{2,64}$/;
const REGION = /^[a-z0-9-]+$/;

/** Minimum and maximum STS session duration (s). */
export const MIN_SESSION_SECONDS = 900;
export const MAX_SESSION_SECONDS = 43200;

/** Throws unless `arn` is `acs:ram::<account id>:role/<name>`. */
export function checkRoleArn(arn: string, what: string): void {
  if (!ROLE_ARN.test(arn))
    throw new CredentialsError(
      `${what} '${arn}' is not a RAM role ARN: expected acs:ram::<12-16 digit account id>:role/<role name>, for example acs:ram::123456789012:role/image-builder`,
    );
}

/** Throws unless `arn` is `acs:ram::<account id>:oidc-provider/<name>`. */
export function checkOidcProviderArn(arn: string, what: string): void {
  if (!OIDC_PROVIDER_ARN.test(arn))
    throw new CredentialsError(
      `${what} '${arn}' is not an OIDC provider ARN: expected acs:ram::<12-16 digit account id>:oidc-provider/<provider name>, for example acs:ram::123456789012:oidc-provider/github`,
    );
}

/** Throws unless `name` is a valid STS RoleSessionName (2–64 characters of letters, digits, `_ . @ -`). */
export function checkSessionName(name: string, what: string): void {
  if (!SESSION_NAME.test(name))
    throw new CredentialsError(
      `${what} '${name}' is not a valid session name: use 2 to 64 characters from letters, digits and _ . @ -`,
    );
}

/** Throws unless `region` looks like a region id (`cn-hangzhou`). */
export function checkRegion(region: string, what: string): void {
  if (!REGION.test(region))
    throw new CredentialsError(
      `${what} '${region}' is not a region id: expected lower-case letters, digits and '-', for example cn-hangzhou`,
    );
}

/**
 * A session duration in seconds: a whole number of seconds (`3600`) or a Go duration (`1h`,
 * `90m`), from 900 s to 43200 s.
 */
export function parseSessionDuration(text: string, what: string): number {
  const t = text.trim();
  let seconds: number;
  if (/^\d+$/.test(t)) seconds = Number(t);
  else {
    try {
      const ns = parseGoDuration(t);
      if (ns % 1_000_000_000n !== 0n) throw new DurationError("not whole seconds");
      seconds = Number(ns / 1_000_000_000n);
    } catch {
      throw new CredentialsError(
        `${what} '${text}' is not a duration: use seconds (3600) or a duration such as 1h or 90m, from 15m to 12h`,
      );
    }
  }
  if (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS)
    throw new CredentialsError(
      `${what} '${text}' is out of range: a session lasts from 900 s (15m) to 43200 s (12h)`,
    );
  return seconds;
}

/** A session name from the run (`image-build-<run id>-<attempt>`), or the time, made valid. */
export function defaultSessionName(env: Record<string, string | undefined>, now = Date.now()): string {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || "1"}` : String(now);
  return `image-build-${run}`.replace(/[^\w.@-]/g, "-").slice(0, 64);
}
