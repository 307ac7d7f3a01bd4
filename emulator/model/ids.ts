/** Resource ids in Alibaba Cloud's formats: `<prefix>-<2-char region code><18 lowercase alphanumerics>`. */
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Random lowercase alphanumerics. */
export function randomId(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length];
  return out;
}

/**
 * A new id, e.g. `i-bp1a2b3c4d5e6f7g8h9j` for an instance in cn-hangzhou (region code `bp`).
 * Prefixes: i (instance), d (disk), s (snapshot), m (image), sg (security group), vpc, vsw, vrt
 * (router), vtb (route table), eip, kp (key pair), eni.
 */
export function newId(prefix: string, regionCode: string): string {
  return `${prefix}-${regionCode}${randomId(18)}`;
}
