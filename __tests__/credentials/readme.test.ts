// The README's Credentials section shows the exact errors a user sees.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { CredentialsError, resolveCredentials } from "../../src/credentials/index.js";
import { NO_ID_TOKEN_MESSAGE } from "../../src/github/oidc.js";

const README = readFileSync(resolve(__dirname, "../../README.md"), "utf8");
const section = README.slice(
  README.indexOf("## Credentials"),
  README.indexOf("## Compatibility with Packer"),
);
const textBlocks = [...section.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1]);

it("shows the exact 'nothing configured' error (HOME=/home/runner, as on GitHub's runners)", async () => {
  const err = await resolveCredentials({
    env: { ALICLOUD_REGION: "cn-hangzhou" },
    home: "/home/runner",
    mask: () => {},
  }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(CredentialsError);
  expect(textBlocks).toContain((err as Error).message);
});

it("shows the exact missing id-token permission error", () => {
  expect(textBlocks).toContain(NO_ID_TOKEN_MESSAGE);
});
