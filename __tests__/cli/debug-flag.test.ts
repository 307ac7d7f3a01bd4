// `image-build build -debug` is refused with the reason and what to do instead, before the
// template is read or any request is made (Packer's -debug pauses at every step and writes the
// temporary private key to the working directory; image-build does neither).
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { DEBUG_REFUSED, runBuild } from "../../src/cli/build.js";

async function build(args: string[]) {
  const cwd = mkdtempSync(`${tmpdir()}/image-build-debug-`);
  let out = "";
  let err = "";
  const code = await runBuild(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    // An endpoint nothing listens on: a request would fail loudly, not reach beyond 127.0.0.1.
    env: {
      ALICLOUD_ACCESS_KEY: "k",
      ALICLOUD_SECRET_KEY: "s",
      IMAGE_BUILD_ECS_ENDPOINT: "http://127.0.0.1:9",
    },
    cwd,
    home: cwd,
  });
  return { code, out, err, cwd };
}

describe("image-build build -debug", () => {
  it.each([["-debug"], ["--debug"], ["-debug=true"]])(
    "%s is refused with the reason and the alternative",
    async (flag) => {
      const r = await build([flag, "does-not-exist.json"]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toBe(DEBUG_REFUSED);
      expect(r.err).toContain("flag -debug is not supported");
      expect(r.err).toContain("-on-error=abort");
      // Refused before the template is read (it does not exist) and nothing is written.
      expect(r.err).not.toContain("does-not-exist.json");
      expect(readdirSync(r.cwd)).toEqual([]);
    },
  );

  it("-debug=false is the default and runs on (here: to the missing template)", async () => {
    const r = await build(["-debug=false", "does-not-exist.json"]);
    expect(r.code).toBe(1);
    expect(r.err).not.toContain("-debug");
    expect(r.err).toContain("does-not-exist.json");
  });
});
