// Test hygiene: the Alibaba credentials package reaches for the ECS metadata address and real STS
// hosts by default. Every test runs with the metadata client disabled and a temporary HOME, so no
// test can read the developer's ~/.aliyun profile or send traffic beyond 127.0.0.1.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.ALIBABA_CLOUD_ECS_METADATA_DISABLED = "true";
process.env.HOME = mkdtempSync(join(tmpdir(), "image-build-home-"));
for (const name of Object.keys(process.env)) {
  if (
    /^(ALICLOUD_|ALIBABA_CLOUD_(?!ECS_METADATA_DISABLED)|SECURITY_TOKEN$|GITHUB_|INPUT_|ACTIONS_)/.test(name)
  ) {
    delete process.env[name];
  }
}
