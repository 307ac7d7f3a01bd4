/**
 * Who is calling: an ACS3-HMAC-SHA256 `Authorization` header, a v1 `Signature` parameter
 * (HMAC-SHA1/SHA256), or nobody where the action allows anonymous calls. Checks the key, its STS
 * token and expiry, the signature, the request time (15 minutes either way) and the nonce.
 */
import type { IncomingMessage } from "node:http";
import type { Caller, CredentialStore } from "../types.js";
import { gatewayErrors } from "./errors.js";
import { header } from "./http.js";
import type { CallRequest } from "./request.js";
import {
  acs3BodyHashMatches,
  acs3Sign,
  acs3StringToSign,
  parseAcs3Authorization,
  safeEqual,
  v1Sign,
  v1StringToSign,
} from "./signature.js";

const ANONYMOUS: Caller = { accountId: "", arn: "", accessKeyId: "", identityType: "Account" };

/** What the signature checks need. */
export interface AuthOptions {
  credentials: CredentialStore & { useNonce?(accessKeyId: string, nonce: string): boolean };
  /** Checks signature nonces for reuse (default true). */
  checkNonce?: boolean;
  /** Rejects request times more than 15 minutes off the emulator's clock (default true). */
  checkTimestamp?: boolean;
}

/** How a call was authenticated. */
export interface Authentication {
  /** `ACS3-HMAC-SHA256`, `v1` or `anonymous`. */
  signature: string;
  accessKeyId?: string;
  caller: Caller;
}

/**
 * Authenticates a call (`security`: the action's security schemes, `AK` when unknown); the
 * gateway's error when it fails. `onKey` learns the signature and key as soon as they are read
 * (the call log names them even when the check then fails).
 */
export function authenticate(
  opts: AuthOptions,
  req: IncomingMessage,
  call: CallRequest,
  pathname: string,
  security: string[],
  onKey: (signature: string, accessKeyId: string | undefined) => void,
): Authentication {
  const authz = parseAcs3Authorization(header(req, "authorization"));
  if (authz) {
    onKey(authz.algorithm, authz.accessKeyId);
    const caller = checkAcs3(opts, req, authz, pathname || "/", call.query, call.body);
    return { signature: authz.algorithm, accessKeyId: authz.accessKeyId, caller };
  }
  if (call.flat.has("Signature")) {
    const accessKeyId = call.flat.get("AccessKeyId");
    onKey("v1", accessKeyId);
    return { signature: "v1", accessKeyId, caller: checkV1(opts, req, call.pairs, call.flat) };
  }
  if (security.includes("Anonymous") || security.includes("ARS_OIDC")) {
    onKey("anonymous", undefined);
    return { signature: "anonymous", caller: ANONYMOUS };
  }
  throw call.flat.has("AccessKeyId")
    ? gatewayErrors.incompleteSignature("Signature is mandatory for this action.")
    : gatewayErrors.missingAccessKey();
}

/** Resolves a key and checks its STS token; returns the caller and secret. */
function resolveKey(
  opts: AuthOptions,
  accessKeyId: string | undefined,
  token: string | undefined,
): { caller: Caller; secret: string } {
  if (!accessKeyId) throw gatewayErrors.missingAccessKey();
  const rec = opts.credentials.lookup(accessKeyId);
  if (!rec) throw gatewayErrors.accessKeyNotFound();
  if (rec.securityToken !== undefined) {
    if (!token) throw gatewayErrors.missingSecurityToken();
    if (!safeEqual(token, rec.securityToken)) throw gatewayErrors.tokenMismatch();
    if (rec.expiresAt !== undefined && Date.now() >= rec.expiresAt) throw gatewayErrors.tokenExpired();
  } else if (token) {
    throw gatewayErrors.tokenMismatch();
  }
  return { caller: { ...rec.caller, accessKeyId }, secret: rec.accessKeySecret };
}

/** `InvalidTimeStamp.Format` / `.Expired` for a request time more than 15 minutes off. */
function checkTime(opts: AuthOptions, value: string | undefined): void {
  if (opts.checkTimestamp === false || value === undefined) return;
  const t = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) throw gatewayErrors.timestampFormat(value);
  if (Math.abs(Date.now() - t) > 15 * 60_000) throw gatewayErrors.timestampExpired();
}

/** `SignatureNonceUsed` for a nonce seen before with the same key. */
function checkNonce(opts: AuthOptions, accessKeyId: string, nonce: string | undefined): void {
  if (opts.checkNonce === false || !nonce || !opts.credentials.useNonce) return;
  if (!opts.credentials.useNonce(accessKeyId, nonce)) throw gatewayErrors.nonceUsed();
}

function checkAcs3(
  opts: AuthOptions,
  req: IncomingMessage,
  authz: ReturnType<typeof parseAcs3Authorization> & object,
  pathname: string,
  query: [string, string][],
  body: Buffer,
): Caller {
  if (authz.algorithm !== "ACS3-HMAC-SHA256") throw gatewayErrors.unsupportedSignature(authz.algorithm);
  if (!authz.signature || authz.signedHeaders.length === 0)
    throw gatewayErrors.incompleteSignature("The Authorization header is incomplete.");
  const { caller, secret } = resolveKey(opts, authz.accessKeyId, header(req, "x-acs-security-token"));
  const { stringToSign } = acs3StringToSign(authz.algorithm, {
    method: req.method ?? "POST",
    pathname,
    query,
    headers: req.headers,
    signedHeaders: authz.signedHeaders,
    body,
  });
  const expected = acs3Sign(stringToSign, secret);
  if (!safeEqual(expected, authz.signature.toLowerCase()) || !acs3BodyHashMatches(req.headers, body))
    throw gatewayErrors.signatureAcs3(stringToSign);
  checkTime(opts, header(req, "x-acs-date"));
  checkNonce(opts, authz.accessKeyId, header(req, "x-acs-signature-nonce"));
  return caller;
}

function checkV1(
  opts: AuthOptions,
  req: IncomingMessage,
  pairs: [string, string][],
  flat: Map<string, string>,
): Caller {
  const method = flat.get("SignatureMethod") ?? "HMAC-SHA1";
  if (method !== "HMAC-SHA1" && method !== "HMAC-SHA256") throw gatewayErrors.unsupportedSignature(method);
  const accessKeyId = flat.get("AccessKeyId");
  const { caller, secret } = resolveKey(opts, accessKeyId, flat.get("SecurityToken"));
  const stringToSign = v1StringToSign(req.method ?? "POST", pairs);
  const expected = v1Sign(stringToSign, secret, method);
  if (!safeEqual(expected, flat.get("Signature") ?? "")) throw gatewayErrors.signatureV1(stringToSign);
  checkTime(opts, flat.get("Timestamp"));
  checkNonce(opts, accessKeyId!, flat.get("SignatureNonce"));
  return caller;
}
