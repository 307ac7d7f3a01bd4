/**
 * Server-side checks of the two request signatures the Alibaba Cloud SDKs send:
 * ACS3-HMAC-SHA256 (the default: `Authorization` header) and the legacy RPC v1 HMAC-SHA1
 * (`Signature` query parameter, also used by @alicloud/credentials for STS).
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** RFC 3986 percent-encoding as the SDKs use it (encodeURIComponent plus `!'()*`). */
export function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Parsed `Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`. */
export interface Acs3Authorization {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses an ACS3 Authorization header, or returns undefined when it is not one. */
export function parseAcs3Authorization(header: string | undefined): Acs3Authorization | undefined {
  if (!header) return undefined;
  const m = /^(ACS3-[A-Z0-9-]+)\s+(.*)$/.exec(header.trim());
  if (!m) return undefined;
  const fields: Record<string, string> = {};
  for (const part of m[2].split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return {
    algorithm: m[1],
    accessKeyId: fields.Credential ?? "",
    signedHeaders: (fields.SignedHeaders ?? "").split(";").filter(Boolean),
    signature: fields.Signature ?? "",
  };
}

/** Inputs of the ACS3 string to sign, as the server received them. */
export interface Acs3Input {
  method: string;
  pathname: string;
  /** Decoded query pairs. */
  query: [string, string][];
  /** Lower-cased header names to values. */
  headers: Record<string, string | string[] | undefined>;
  signedHeaders: string[];
  body: Buffer;
}

/** Builds the ACS3 canonical request and string to sign from what the server received. */
export function acs3StringToSign(
  algorithm: string,
  input: Acs3Input,
): { canonicalRequest: string; stringToSign: string } {
  const sortedQuery = [...input.query].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const canonicalQuery = sortedQuery.map(([k, v]) => `${k}=${rfc3986(v)}`).join("&");
  const names = [...input.signedHeaders].map((h) => h.toLowerCase()).sort();
  const canonicalHeaders = names
    .map((name) => {
      const raw = input.headers[name];
      const value = Array.isArray(raw)
        ? [...raw]
            .map((v) => v.trim())
            .sort()
            .join(",")
        : (raw ?? "").trim();
      return `${name}:${value}\n`;
    })
    .join("");
  const declared = input.headers["x-acs-content-sha256"];
  const payloadHash =
    typeof declared === "string" && declared
      ? declared
      : createHash("sha256").update(input.body).digest("hex");
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.pathname || "/",
    canonicalQuery,
    canonicalHeaders,
    names.join(";"),
    payloadHash,
  ].join("\n");
  const stringToSign = `${algorithm}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  return { canonicalRequest, stringToSign };
}

/** The ACS3-HMAC-SHA256 signature (hex) of a string to sign. */
export function acs3Sign(stringToSign: string, secret: string): string {
  return createHmac("sha256", secret).update(stringToSign).digest("hex");
}

/** Whether the body's SHA-256 matches the declared `x-acs-content-sha256` (absent header: true). */
export function acs3BodyHashMatches(
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): boolean {
  const declared = headers["x-acs-content-sha256"];
  if (typeof declared !== "string" || !declared) return true;
  return declared.toLowerCase() === createHash("sha256").update(body).digest("hex");
}

/** The v1 RPC string to sign: `METHOD&%2F&encode(sorted k=v pairs)` over every parameter but Signature. */
export function v1StringToSign(method: string, params: [string, string][]): string {
  const pairs = params
    .filter(([k]) => k !== "Signature")
    .map(([k, v]) => [rfc3986(k), rfc3986(v)] as [string, string])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const canonical = pairs.map(([k, v]) => `${k}=${v}`).join("&");
  return `${method.toUpperCase()}&${rfc3986("/")}&${rfc3986(canonical)}`;
}

/** The v1 signature: base64 HMAC (SHA1 by default, SHA256 for `HMAC-SHA256`) keyed with `secret&`. */
export function v1Sign(stringToSign: string, secret: string, method = "HMAC-SHA1"): string {
  const algo = method.toUpperCase() === "HMAC-SHA256" ? "sha256" : "sha1";
  return createHmac(algo, `${secret}&`).update(stringToSign).digest("base64");
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}
