/** SSH key pairs: created (a real RSA key, Node crypto) or imported; attached to instances. */
import { createHash, generateKeyPair } from "node:crypto";
import { promisify } from "node:util";
import type { Scope } from "./network.js";
import type { InstanceRecord, KeyPairRecord } from "./resources.js";
import { fail, type State } from "./state.js";
import { applyTags } from "./tags.js";

const generateKeyPairAsync = promisify(generateKeyPair);

function sshString(buf: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}

function mpint(b64url: string): Buffer {
  let b = Buffer.from(b64url, "base64url");
  while (b.length > 1 && b[0] === 0 && (b[1] & 0x80) === 0) b = b.subarray(1);
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return sshString(b);
}

/** RFC 4716 fingerprint: MD5 of the SSH public key blob, as colon-separated hex. */
export function fingerprintOf(blob: Buffer): string {
  return createHash("md5")
    .update(blob)
    .digest("hex")
    .replace(/(..)(?!$)/g, "$1:");
}

/** Parses an OpenSSH public key line (`ssh-rsa AAAA… comment`), or undefined. */
export function parsePublicKey(text: string): { type: string; blob: Buffer } | undefined {
  const m =
    /^(ssh-rsa|ssh-ed25519|ssh-dss|ecdsa-sha2-nistp(?:256|384|521))\s+([A-Za-z0-9+/]+={0,2})(\s.*)?$/.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const blob = Buffer.from(m[2], "base64");
  if (blob.length < 8) return undefined;
  const typeLen = blob.readUInt32BE(0);
  if (blob.subarray(4, 4 + typeLen).toString() !== m[1]) return undefined;
  return { type: m[1], blob };
}

/** A key pair name as the API accepts it: 2–128 chars, starting with a letter, no `http(s)://`. */
function validName(name: string): boolean {
  return /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.:-]{1,127}$/.test(name);
}

function checkNew(st: State, s: Scope, name: string): void {
  st.region(s.regionId);
  if (!validName(name)) fail("InvalidKeyPairName.Malformed", "Specified Key Pair name is not valid.");
  if (findKeyPair(st, s, name)) fail("KeyPair.AlreadyExist", "The key pair already exist.");
}

function record(
  st: State,
  s: Scope,
  name: string,
  publicKey: string,
  blob: Buffer,
  tags?: [string, string][],
  resourceGroupId?: string,
): KeyPairRecord {
  const kp: KeyPairRecord = st.add({
    kind: "keypair",
    id: st.newId("ssh", s.regionId),
    accountId: s.accountId,
    regionId: s.regionId,
    createdAt: st.now(),
    tags: {},
    status: "Available",
    name,
    fingerprint: fingerprintOf(blob),
    publicKey,
    resourceGroupId: resourceGroupId ?? "",
  });
  if (tags) applyTags(kp.tags, tags);
  return kp;
}

/**
 * CreateKeyPair: generates a 2048-bit RSA key; the private key (PKCS#1 PEM, which Packer and ssh2
 * both read) is returned once and never stored.
 */
export async function createKeyPair(
  st: State,
  s: Scope,
  p: { name: string; tags?: [string, string][]; resourceGroupId?: string },
): Promise<{ keyPair: KeyPairRecord; privateKeyPem: string }> {
  checkNew(st, s, p.name);
  const { publicKey, privateKey } = await generateKeyPairAsync("rsa", { modulusLength: 2048 });
  // The check again: another call may have taken the name while the key was generated.
  checkNew(st, s, p.name);
  const jwk = publicKey.export({ format: "jwk" });
  const blob = Buffer.concat([sshString(Buffer.from("ssh-rsa")), mpint(jwk.e!), mpint(jwk.n!)]);
  const kp = record(st, s, p.name, `ssh-rsa ${blob.toString("base64")}`, blob, p.tags, p.resourceGroupId);
  const privateKeyPem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  return { keyPair: kp, privateKeyPem };
}

/** ImportKeyPair: stores an OpenSSH public key. */
export function importKeyPair(
  st: State,
  s: Scope,
  p: { name: string; publicKeyBody: string; tags?: [string, string][]; resourceGroupId?: string },
): KeyPairRecord {
  checkNew(st, s, p.name);
  const parsed = parsePublicKey(p.publicKeyBody);
  if (!parsed) fail("InvalidPublicKeyBody.Malformed", "The PublicKeyBody format is not supported.");
  const publicKey = `${parsed.type} ${parsed.blob.toString("base64")}`;
  return record(st, s, p.name, publicKey, parsed.blob, p.tags, p.resourceGroupId);
}

/** The account's key pair of that name in the region. */
export function findKeyPair(st: State, s: Scope, name: unknown): KeyPairRecord | undefined {
  return st.list<KeyPairRecord>("keypair", s.accountId, s.regionId).find((k) => k.name === name);
}

/** DeleteKeyPairs: every name must exist; a pair attached to an instance cannot be deleted. */
export function deleteKeyPairs(st: State, s: Scope, names: string[]): void {
  const pairs = names.map((n) => findKeyPair(st, s, n));
  // Real ECS ignores names that do not exist; it refuses pairs still bound to instances.
  const instances = st.list<InstanceRecord>("instance", s.accountId, s.regionId);
  for (const kp of pairs) {
    if (kp && instances.some((i) => i.keyPairName === kp.name)) {
      fail(
        "InvalidParameter.KeypairAlreadyAttachedInstance",
        'The specified parameter "KeyPairNames" attached to instances can not be deleted.',
      );
    }
  }
  for (const kp of pairs) if (kp) st.remove(kp);
}

/** Per-instance result of Attach/DetachKeyPair. */
export interface KeyPairResult {
  instanceId: string;
  success: boolean;
  code: string;
  message: string;
}

/**
 * AttachKeyPair: binds the pair to each instance. A Stopped instance trusts it from its next start;
 * a Running one only after a reboot (the guest reads keys at boot), as on Alibaba Cloud.
 */
export function attachKeyPair(st: State, s: Scope, name: string, instanceIds: string[]): KeyPairResult[] {
  const kp = findKeyPair(st, s, name);
  if (!kp) fail("InvalidKeyPairName.NotFound", "The specified KeyPairName does not exist in our records.");
  return instanceIds.map((id) => {
    const inst = st.get<InstanceRecord>("instance", id, s.accountId, s.regionId);
    if (!inst)
      return {
        instanceId: id,
        success: false,
        code: "InvalidInstanceId.NotFound",
        message: "The specified InstanceId does not exist.",
      };
    if (inst.osType === "windows") {
      fail(
        "DependencyViolation.WindowsInstance",
        "The instance creating is windows, cannot use ssh key pair to login",
        403,
      );
    }
    if (inst.status === "Pending") {
      return {
        instanceId: id,
        success: false,
        code: "IncorrectInstanceStatus",
        message: "The current status of the resource does not support this operation.",
      };
    }
    inst.keyPairName = kp.name;
    if (inst.status === "Stopped") inst.bootKeyPairName = kp.name;
    return { instanceId: id, success: true, code: "200", message: "successful" };
  });
}

/** DetachKeyPair: unbinds the pair (a running guest keeps trusting it until its next boot). */
export function detachKeyPair(st: State, s: Scope, name: string, instanceIds: string[]): KeyPairResult[] {
  const kp = findKeyPair(st, s, name);
  if (!kp) fail("InvalidKeyPairName.NotFound", "The specified KeyPairName does not exist in our records.");
  return instanceIds.map((id) => {
    const inst = st.get<InstanceRecord>("instance", id, s.accountId, s.regionId);
    if (!inst)
      return {
        instanceId: id,
        success: false,
        code: "InvalidInstanceId.NotFound",
        message: "The specified InstanceId does not exist.",
      };
    if (inst.keyPairName !== kp.name) {
      return {
        instanceId: id,
        success: false,
        code: "InvalidKeyPairName.NotFound",
        message: "The specified KeyPairName does not exist in our records.",
      };
    }
    inst.keyPairName = undefined;
    if (inst.status === "Stopped") inst.bootKeyPairName = undefined;
    return { instanceId: id, success: true, code: "200", message: "successful" };
  });
}
