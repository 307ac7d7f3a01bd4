/**
 * Errors of credential resolution. `CredentialsError` is a user-facing message (no stack needed);
 * `CloudApiError` carries an STS or metadata answer's code, message, HTTP status and request id.
 */

/** A configuration or resolution failure whose message tells the user what to change. */
export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CredentialsError";
  }
}

/** An error answer from STS (or the metadata service). */
export class CloudApiError extends Error {
  readonly code: string;
  readonly apiMessage: string;
  readonly httpStatus: number;
  readonly requestId?: string;
  readonly action: string;

  constructor(opts: {
    action: string;
    code: string;
    message: string;
    httpStatus: number;
    requestId?: string;
  }) {
    super(
      `${opts.action} failed: ${opts.code}: ${opts.message}${opts.requestId ? ` (request id ${opts.requestId})` : ""}`,
    );
    this.name = "CloudApiError";
    this.code = opts.code;
    this.apiMessage = opts.message;
    this.httpStatus = opts.httpStatus;
    this.requestId = opts.requestId;
    this.action = opts.action;
  }
}

/** A connection-level failure (refused, reset, timed out, DNS). Always worth a retry. */
export class NetworkError extends Error {
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.name = "NetworkError";
    this.code = code;
  }
}

const THROTTLING = /^(Throttling|ServiceUnavailable|InternalError|SystemBusy|ServiceBusy|RequestTimeout)/i;

/** Whether an STS/metadata/getIDToken failure is transient: throttling, 5xx, network errors. */
export function isRetryable(err: unknown): boolean {
  // A certificate the client does not trust will not be trusted on the next attempt either.
  if (err instanceof NetworkError) return !/CERT|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(err.code ?? "");
  if (err instanceof CloudApiError)
    return err.httpStatus >= 500 || err.httpStatus === 429 || THROTTLING.test(err.code);
  return false;
}

/**
 * Replaces every known secret in a text (longest first) with `***`, also in its percent-encoded
 * forms (an API's string to sign quotes parameters encoded once or twice).
 */
export function scrub(text: string, secrets: Iterable<string>): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.length < 4) continue;
    const once = encodeURIComponent(s).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
    for (const f of [s, once, encodeURIComponent(once)]) forms.add(f);
  }
  const list = [...forms].sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join("***");
  return out;
}
