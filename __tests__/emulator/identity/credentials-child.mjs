// Child process for the credentials-package tests: the package's STS calls are HTTPS-only and
// NODE_EXTRA_CA_CERTS is read at process start, so they run here with the emulator's CA in the
// environment. argv[2] is the credentials Config as JSON; prints the credential as one JSON line.
import credentials from "@alicloud/credentials";

const Credential = credentials.default ?? credentials;
const config = new credentials.Config(JSON.parse(process.argv[2]));
try {
  const c = await new Credential(config).getCredential();
  const again = await new Credential(config).getCredential();
  console.log(
    JSON.stringify({
      ok: true,
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      securityToken: c.securityToken,
      providerName: c.providerName,
      second: again.accessKeyId,
    }),
  );
} catch (err) {
  console.log(JSON.stringify({ ok: false, message: String(err?.message ?? err) }));
}
