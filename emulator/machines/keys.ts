/**
 * ed25519 key pairs for SSH. ssh2's `utils.generateKeyPairSync("ed25519")` returns, about once in
 * 400 calls, a private key its own parser rejects ("Malformed OpenSSH private key"; measured: 8
 * of 3,000 on Node 20 and on Node 24), which made a machine's boot fail at random. Each pair is
 * checked with ssh2's parser and generated again when it does not parse.
 */
import ssh2 from "ssh2";

/** An OpenSSH-format ed25519 key pair whose private key ssh2 can parse. */
export function ed25519KeyPair(): { private: string; public: string } {
  for (let i = 0; ; i++) {
    const key = ssh2.utils.generateKeyPairSync("ed25519");
    if (!(ssh2.utils.parseKey(key.private) instanceof Error)) return key;
    if (i >= 20) throw new Error("ssh2 generated 20 ed25519 keys in a row that it cannot parse");
  }
}
