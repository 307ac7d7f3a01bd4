// Signs test OIDC tokens (RS256, ES256) with keys generated here; the public halves are registered
// on an emulator OIDC provider.
import { generateKeyPairSync, type JsonWebKey, type KeyObject, sign } from "node:crypto";

/** A signing key and its public JWK. */
export interface TestKey {
  alg: "RS256" | "ES256";
  kid: string;
  privateKey: KeyObject;
  jwk: JsonWebKey;
}

/** Generates an RS256 or ES256 key with a kid. */
export function testKey(alg: "RS256" | "ES256", kid: string): TestKey {
  const { privateKey, publicKey } =
    alg === "RS256"
      ? generateKeyPairSync("rsa", { modulusLength: 2048 })
      : generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { alg, kid, privateKey, jwk: { ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg } };
}

/** A signed JWT with these claims. */
export function signJwt(key: TestKey, claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${b64({ alg: key.alg, typ: "JWT", kid: key.kid })}.${b64(claims)}`;
  const sig =
    key.alg === "RS256"
      ? sign("sha256", Buffer.from(data), key.privateKey)
      : sign("sha256", Buffer.from(data), { key: key.privateKey, dsaEncoding: "ieee-p1363" });
  return `${data}.${sig.toString("base64url")}`;
}

/** GitHub-Actions-like claims valid for 10 minutes. */
export function githubClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: "https://token.actions.githubusercontent.com",
    sub: "repo:octo/image-build:ref:refs/heads/main",
    aud: "sts.aliyuncs.com",
    iat: now,
    nbf: now - 5,
    exp: now + 600,
    ...overrides,
  };
}
