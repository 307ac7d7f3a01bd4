/**
 * The emulator's TLS material: a CA generated at start and a server certificate it signs, valid
 * for 127.0.0.1, localhost and the Alibaba Cloud ECS/VPC/STS host names. The CA PEM goes to a file
 * for `NODE_EXTRA_CA_CERTS` (the credentials package's STS calls are HTTPS-only).
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

/** PEM material for an HTTPS listener plus the CA to trust. */
export interface TlsMaterial {
  caCert: string;
  cert: string;
  key: string;
}

/** Host names the server certificate covers (besides 127.0.0.1 and ::1). */
export const TLS_DNS_NAMES = [
  "localhost",
  "sts.aliyuncs.com",
  "*.aliyuncs.com",
  "sts.cn-hangzhou.aliyuncs.com",
  "ecs.aliyuncs.com",
  "ecs-cn-hangzhou.aliyuncs.com",
  "vpc.aliyuncs.com",
];

function rsaKeys(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  // Native key generation (fast), then handed to forge for certificate signing.
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const priv = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  return { privateKey: priv, publicKey: forge.pki.setRsaPublicKey(priv.n, priv.e) };
}

function serial(): string {
  const b = randomBytes(12);
  b[0] &= 0x7f;
  return b.toString("hex");
}

/** Generates a CA and a server certificate for the given extra host names (valid 30 days). */
export function generateTlsMaterial(extraDnsNames: string[] = []): TlsMaterial {
  const now = new Date(Date.now() - 60_000);
  const until = new Date(Date.now() + 30 * 86_400_000);

  const ca = rsaKeys();
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = ca.publicKey;
  caCert.serialNumber = serial();
  caCert.validity.notBefore = now;
  caCert.validity.notAfter = until;
  const caName = [
    { name: "commonName", value: "image-build emulator CA" },
    { name: "organizationName", value: "image-build emulator" },
  ];
  caCert.setSubject(caName);
  caCert.setIssuer(caName);
  caCert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  caCert.sign(ca.privateKey, forge.md.sha256.create());

  const leaf = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = leaf.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = now;
  cert.validity.notAfter = until;
  cert.setSubject([{ name: "commonName", value: "127.0.0.1" }]);
  cert.setIssuer(caName);
  const dns = [...new Set([...TLS_DNS_NAMES, ...extraDnsNames])];
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    {
      name: "subjectAltName",
      altNames: [
        ...dns.map((value) => ({ type: 2, value })),
        { type: 7, ip: "127.0.0.1" },
        { type: 7, ip: "::1" },
      ],
    },
    { name: "authorityKeyIdentifier", keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.privateKey, forge.md.sha256.create());

  return {
    caCert: forge.pki.certificateToPem(caCert),
    cert: forge.pki.certificateToPem(cert),
    key: forge.pki.privateKeyToPem(leaf.privateKey),
  };
}
