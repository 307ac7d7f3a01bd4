/**
 * Verifies an OIDC ID token (JWT, RS256 or ES256) against a provider's JWKS, issuer and audiences,
 * with Node's crypto. Failures carry the STS error codes AssumeRoleWithOIDC answers with.
 */
import { createPublicKey, type JsonWebKey, verify } from "node:crypto";
import { ApiError } from "../types.js";

/** Claims STS reports back in `OIDCTokenInfo`. */
export interface VerifiedToken {
  subject: string;
  issuer: string;
  audiences: string[];
  expiresAt: number;
  issuedAt: number;
}

const invalid = (why: string) =>
  new ApiError("AuthenticationFail.OIDCToken.Invalid", `The OIDCToken is invalid: ${why}.`, 400);

function b64json(part: string): Record<string, unknown> {
  try {
    const v = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw invalid("malformed JWT");
}

/** Verifies `token`; `nowSeconds` is the clock; `leewaySeconds` tolerates clock skew on nbf/iat. */
export function verifyOidcToken(
  token: string,
  provider: { issuerUrl: string; clientIds: string[]; jwks: JsonWebKey[] },
  nowSeconds: number,
  leewaySeconds = 60,
): VerifiedToken {
  const parts = token.trim().split(".");
  if (parts.length !== 3) throw invalid("malformed JWT");
  const header = b64json(parts[0]);
  const claims = b64json(parts[1]);
  const alg = header.alg;
  if (alg !== "RS256" && alg !== "ES256") throw invalid(`unsupported algorithm ${String(alg)}`);
  const candidates = provider.jwks.filter(
    (k) =>
      (header.kid === undefined || (k as { kid?: string }).kid === header.kid) &&
      (alg === "RS256" ? k.kty === "RSA" : k.kty === "EC"),
  );
  if (candidates.length === 0) throw invalid("no key of the OIDC provider matches the token");
  const data = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2], "base64url");
  const ok = candidates.some((jwk) => {
    try {
      const key = createPublicKey({ key: jwk, format: "jwk" });
      return alg === "RS256"
        ? verify("sha256", data, key, signature)
        : verify("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature);
    } catch {
      return false;
    }
  });
  if (!ok) throw invalid("signature verification failed");
  const iss = claims.iss;
  if (typeof iss !== "string" || iss.replace(/\/$/, "") !== provider.issuerUrl.replace(/\/$/, ""))
    throw new ApiError(
      "AuthenticationFail.OIDCToken.IssuerNotMatch",
      "The issuer of the OIDCToken does not match the issuer URL of the OIDC provider.",
      400,
    );
  const aud =
    typeof claims.aud === "string" ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.map(String) : [];
  if (!aud.some((a) => provider.clientIds.includes(a)))
    throw new ApiError(
      "AuthenticationFail.OIDCToken.ClientIdNotMatch",
      "The audience of the OIDCToken does not match any client ID of the OIDC provider.",
      400,
    );
  const exp = claims.exp;
  if (typeof exp !== "number") throw invalid("missing exp");
  if (exp <= nowSeconds)
    throw new ApiError("AuthenticationFail.OIDCToken.Expired", "The OIDCToken is expired.", 400);
  if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + leewaySeconds)
    throw invalid("token not yet valid (nbf)");
  const iat = typeof claims.iat === "number" ? claims.iat : undefined;
  if (iat !== undefined && iat > nowSeconds + leewaySeconds)
    throw invalid("token issued in the future (iat)");
  if (typeof claims.sub !== "string" || claims.sub === "") throw invalid("missing sub");
  return { subject: claims.sub, issuer: iss, audiences: aud, expiresAt: exp, issuedAt: iat ?? nowSeconds };
}
