// Masking covers the forms a secret takes when we quote or encode it ourselves: the shell
// provisioners' quoting of environment values, JSON escaping, base64 (user data) at any
// alignment and URL encoding, in our own masking and in the `::add-mask::` lines for the runner.
import { afterEach, describe, expect, it, vi } from "vitest";
import { addMask, maskValues } from "../../src/github/mask.js";
import { GithubUi } from "../../src/github/ui.js";
import { flattenEnvVars } from "../../src/provisioners/env-vars.js";
import { maskSecrets, secretForms } from "../../src/ui/mask.js";

const SECRETS = [
  `ab'cd"ef`,
  "back\\slash\\n",
  "two\nlines of secret",
  "100%-sure%20",
  "pässwörd-🔑-密码",
  "a'b'c",
  "&<tag>&",
];

const shellQuoted = (s: string) => s.replaceAll("'", `'"'"'`);
const goJson = (s: string) =>
  JSON.stringify(s)
    .slice(1, -1)
    .replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
const asciiJson = (s: string) =>
  JSON.stringify(s)
    .slice(1, -1)
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** base64 of `before + secret + after`, and the characters that only the secret's bytes decide. */
function inBase64(before: string, secret: string, after: string): [string, string] {
  const text = Buffer.from(before + secret + after, "utf8").toString("base64");
  const o = Buffer.byteLength(before);
  const n = Buffer.byteLength(secret);
  return [`UserData=${text}`, text.slice(Math.ceil((8 * o) / 6), Math.floor((8 * (o + n)) / 6))];
}

/** Every way our code puts `secret` into a text that could be printed: [text, the secret's form in it]. */
function carriers(secret: string): Record<string, [string, string]> {
  const env = (format: string) =>
    flattenEnvVars({
      buildName: "web",
      builderType: "alicloud-ecs",
      vars: [`DB_PASSWORD=${secret}`],
      format,
    });
  return {
    shellEnv: [env("%s='%s' "), shellQuoted(secret)],
    shellEnvFile: [env("export %s='%s'\n"), shellQuoted(secret)],
    posixQuoted: [`echo '${secret.replaceAll("'", `'\\''`)}'`, secret.replaceAll("'", `'\\''`)],
    json: [JSON.stringify({ password: secret, other: "x" }), JSON.stringify(secret).slice(1, -1)],
    goJson: [`{"password":"${goJson(secret)}"}`, goJson(secret)],
    asciiJson: [`{"p":"${asciiJson(secret)}"}`, asciiJson(secret)],
    base64Alone: [
      `UserData=${Buffer.from(secret).toString("base64")}`,
      Buffer.from(secret).toString("base64"),
    ],
    base64At0: inBase64("#!/bin/sh\necho ", secret, " > /etc/x\n"),
    base64At1: inBase64("#!/bin/sh\necho  ", secret, " > /etc/x\n"),
    base64At2: inBase64("#!/bin/sh\necho   ", secret, " > /etc/x\n"),
    url: [`https://ecs.example/?Password=${encodeURIComponent(secret)}&x=1`, encodeURIComponent(secret)],
    rfc3986: [`Password=${rfc3986(secret)}`, rfc3986(secret)],
    form: [
      `password=${encodeURIComponent(secret).replaceAll("%20", "+")}`,
      encodeURIComponent(secret).replaceAll("%20", "+"),
    ],
  };
}

describe("our masking", () => {
  it.each(SECRETS)("masks every carrier of %j", (secret) => {
    for (const [name, [text, form]] of Object.entries(carriers(secret))) {
      expect(text, `${name} carries the secret`).toContain(form);
      const masked = maskSecrets(text, [secret]);
      expect(masked, name).toContain("<sensitive>");
      expect(masked, name).not.toContain(form);
      expect(masked, name).not.toContain(secret);
    }
  });

  it("the shell provisioner's environment line from the issue is masked whole", () => {
    const line = flattenEnvVars({
      buildName: "web",
      builderType: "alicloud-ecs",
      vars: ["DB_PASSWORD=ab'cd", "PLAIN=visible"],
      format: "%s='%s' ",
    });
    expect(line).toContain(`DB_PASSWORD='ab'"'"'cd'`);
    expect(maskSecrets(line, ["ab'cd"])).toBe(
      "DB_PASSWORD='<sensitive>' PACKER_BUILDER_TYPE='alicloud-ecs' PACKER_BUILD_NAME='web' PLAIN='visible' ",
    );
  });

  it("forms are distinct, non-empty, and the secret comes first", () => {
    const forms = secretForms("a'b");
    expect(forms[0]).toBe("a'b");
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms).toContain(`a'"'"'b`);
    expect(forms).toContain("a%27b");
    expect(secretForms("")).toEqual([]);
  });
});

describe("the GitHub log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("GithubUi masks every form with *** and registers each with ::add-mask::", () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const lines: string[] = [];
    const ui = new GithubUi({
      grouped: false,
      sink: { info: (l) => lines.push(l), startGroup: () => {}, endGroup: () => {} },
    });
    const secret = `ab'cd"ef%\\`;
    ui.mask(secret);
    for (const [text] of Object.values(carriers(secret))) ui.message(text);
    const log = lines.join("\n");
    for (const [name, [, form]] of Object.entries(carriers(secret))) expect(log, name).not.toContain(form);
    expect(log).toContain("***");

    const masks = written.filter((w) => w.startsWith("::add-mask::")).map((w) => w.trimEnd());
    // @actions/core escapes % as %25 in the command; the runner decodes it.
    expect(masks).toContain(`::add-mask::ab'cd"ef%25\\`);
    expect(masks).toContain(`::add-mask::ab'"'"'cd"ef%25\\`);
    expect(masks).toContain(`::add-mask::${JSON.stringify(secret).slice(1, -1).replaceAll("%", "%25")}`);
    expect(masks).toContain(`::add-mask::${encodeURIComponent(secret).replaceAll("%", "%25")}`);
    expect(masks).toContain(`::add-mask::${Buffer.from(secret).toString("base64")}`);
  });

  it("a multi-line secret is registered whole and line by line (the runner masks per line)", () => {
    const key = "-----BEGIN TEST KEY-----\nMIIEowIBAAKCAQEA1234\nabcd5678\n-----END TEST KEY-----\n";
    const values = maskValues(key);
    expect(values).toContain(key);
    expect(values).toContain("MIIEowIBAAKCAQEA1234");
    expect(values).toContain("abcd5678");
    const seen: string[] = [];
    addMask(key, (v) => seen.push(v));
    expect(seen).toEqual(values);
    addMask("", (v) => seen.push(v));
    expect(seen).toEqual(values);
  });
});
