// Secrets out of fingerprint material: every occurrence of a secret or a common encoding of it
// becomes a numbered placeholder, the longest match first, in one pass.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hideSecrets, secretForms, secretPlaceholder } from "../../src/engine/secret-placeholders.js";

describe("hideSecrets", () => {
  it("replaces secrets in values and keys, numbered in the order met", () => {
    const r = hideSecrets({ b: ["x hunter2 y", "pw=hunter2"], "key-hunter2": "other-secret" }, [
      "hunter2",
      "other-secret",
    ]);
    const shown = JSON.stringify(r.value);
    expect(shown).not.toContain("hunter2");
    expect(shown).not.toContain("other-secret");
    expect(r.found.map((f) => f.secret).sort()).toEqual(["hunter2", "other-secret"]);
    // Each distinct text has one number; the same secret twice is the same placeholder.
    const v = r.value as { b: string[] };
    const k = r.found.findIndex((f) => f.text === "hunter2");
    expect(v.b).toEqual([`x ${secretPlaceholder(k)} y`, `pw=${secretPlaceholder(k)}`]);
  });

  it("replaces a longer secret whole, and never searches a placeholder again", () => {
    const r = hideSecrets("abc-abcdef", ["abc", "abcdef", "secret"]);
    expect(r.found.map((f) => f.text)).toEqual(["abc", "abcdef"]);
    expect(r.value).toBe(`${secretPlaceholder(0)}-${secretPlaceholder(1)}`);
  });

  it("hides the base64, hex digests, escapes and case of a secret", () => {
    const s = 'Pa"ss w/rd';
    const forms = [
      Buffer.from(s).toString("base64"),
      createHash("sha256").update(s).digest("hex"),
      createHash("sha1").update(s).digest("hex"),
      createHash("md5").update(s).digest("hex"),
      createHash("sha512").update(s).digest("base64"),
      encodeURIComponent(s),
      JSON.stringify(s).slice(1, -1),
      s.toUpperCase(),
    ];
    for (const f of forms) expect(secretForms(s)).toContain(f);
    const r = hideSecrets(
      forms.map((f) => `v=${f};`),
      [s],
    );
    expect(JSON.stringify(r.value)).not.toMatch(/[0-9a-f]{32}/);
    for (const f of forms) expect(JSON.stringify(r.value)).not.toContain(f);
    expect(new Set(r.found.map((f) => f.secret))).toEqual(new Set([s]));
  });

  it("leaves material without secrets alone", () => {
    expect(hideSecrets({ a: "b" }, []).value).toEqual({ a: "b" });
    expect(hideSecrets({ a: "b" }, [""]).found).toEqual([]);
  });
});
