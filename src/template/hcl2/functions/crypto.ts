/** Hash, crypto and UUID functions: md5, sha1, sha256, sha512, bcrypt, uuidv4, uuidv5. */
import { createHash, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { FunctionError } from "../function.js";
import { type HclFunction, NUMBER, p, STRING, strFn } from "./helpers.js";

const hash = (alg: string) => strFn((s) => createHash(alg).update(s, "utf8").digest("hex"));

const NAMESPACES: Record<string, string> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};

/** A name-based (SHA-1) UUID, RFC 4122 version 5. */
export function uuidv5(namespace: string, name: string): string {
  const ns = NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(ns)) {
    throw new FunctionError(`uuidv5() doesn't support namespace ${namespace}`, 0);
  }
  const bytes = Buffer.from(ns.replace(/-/g, ""), "hex");
  const h = createHash("sha1").update(bytes).update(name, "utf8").digest().subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The hash, crypto and UUID functions, by name. */
export const cryptoFunctions: Record<string, HclFunction> = {
  md5: hash("md5"),
  sha1: hash("sha1"),
  sha256: hash("sha256"),
  sha512: hash("sha512"),
  bcrypt: {
    params: [p("str", STRING)],
    variadic: p("cost", NUMBER),
    impl: ([s, ...cost]) => {
      if (cost.length > 1) throw new FunctionError("bcrypt() takes no more than two arguments");
      const c = cost.length ? (cost[0] as number) : 10;
      if (!Number.isInteger(c) || c < 4 || c > 31)
        throw new FunctionError(`crypto/bcrypt: cost ${c} is outside allowed range (4,31)`, 1);
      // Go's bcrypt writes the $2a$ prefix.
      return bcrypt.hashSync(s as string, bcrypt.genSaltSync(c)).replace(/^\$2b\$/, () => "$2a$");
    },
  },
  uuidv4: { params: [], impl: () => randomUUID() },
  uuidv5: {
    params: [p("namespace", STRING), p("name", STRING)],
    impl: ([ns, n]) => uuidv5(ns as string, n as string),
  },
};
