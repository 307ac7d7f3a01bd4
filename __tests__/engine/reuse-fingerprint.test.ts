// The fingerprint of a build (no cloud): what changes it, what does not, and that it is the same
// from another directory or machine.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintInputs, fingerprintOf } from "../../src/engine/fingerprint.js";
import { validateTemplate } from "../../src/engine/validate.js";
import { builder } from "../builders/alicloud-ecs/helpers.js";

/** A project directory with the given files (paths with `/` make directories). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-fp-"));
  write(dir, files);
  return dir;
}

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
}

interface Opts {
  vars?: string[];
  varFiles?: string[];
  env?: Record<string, string>;
  startTime?: Date;
  sourceImage?: string;
}

/** The fingerprint of the project's template.json (single build). */
async function fp(dir: string, o: Opts = {}): Promise<string> {
  const env = o.env ?? {};
  const v = await validateTemplate({
    path: "template.json",
    cwd: dir,
    env,
    vars: o.vars,
    varFiles: o.varFiles,
    startTime: o.startTime,
  });
  if (!v.ok) throw new Error(v.diagnostics.map((d) => d.message).join("; "));
  const inputs = await fingerprintInputs(v.prepared[0], {
    template: v.template!,
    source: { vars: o.vars, varFiles: o.varFiles },
    cwd: dir,
    env,
    secrets: v.secrets,
    sourceImage: o.sourceImage ?? "m-source",
    region: "cn-hangzhou",
  });
  // Nothing secret is ever part of the inputs.
  expect(JSON.stringify(inputs)).not.toMatch(/s3cret|fake-access-key-|key-secret-value/);
  return fingerprintOf(inputs);
}

const template = (extra: Record<string, unknown> = {}, provisioners: unknown[] = []) =>
  JSON.stringify({
    variables: {
      app_version: "1.0",
      stamp: "{{timestamp}}",
      region_env: "{{env `DEPLOY_ENV`}}",
      db_password: "s3cret-default",
      access_key: "{{env `ALICLOUD_ACCESS_KEY`}}",
      secret_key: "{{env `ALICLOUD_SECRET_KEY`}}",
    },
    "sensitive-variables": ["db_password"],
    builders: [
      builder({
        name: "fp",
        image_name: "fp-{{timestamp}}-{{user `stamp`}}",
        access_key: "{{user `access_key`}}",
        secret_key: "{{user `secret_key`}}",
        ...extra,
      }),
    ],
    provisioners,
  });

describe("fingerprint", () => {
  it("is a 64-hex SHA-256, stable across runs (time functions) and directories", async () => {
    const files = {
      "template.json": template({}, [{ type: "shell-local", scripts: ["{{template_dir}}/scripts/a.sh"] }]),
      "scripts/a.sh": "echo a\n",
    };
    const a = project(files);
    const one = await fp(a, { startTime: new Date("2030-01-01T00:00:00Z") });
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(await fp(a, { startTime: new Date("2031-06-01T00:00:00Z") })).toBe(one);
    const b = mkdtempSync(join(tmpdir(), "image-build-fp-other-"));
    cpSync(a, b, { recursive: true });
    expect(await fp(b)).toBe(one);
  });

  it("changes with a supplied variable, a sensitive one, a var file value, the source image; not with credentials", async () => {
    const dir = project({
      "template.json": template(),
      "prod.json": JSON.stringify({ app_version: "2.0", db_password: "s3cret-file" }),
    });
    const base = await fp(dir);
    expect(await fp(dir, { vars: ["app_version=1.1"] })).not.toBe(base);
    // The default given explicitly is another input (supplied), but the same value as written.
    expect(await fp(dir, { vars: ["app_version=1.0"] })).toBe(base);
    // A sensitive value changes it (through scrypt, never hashed fast); the same value, the same fingerprint.
    const other = await fp(dir, { vars: ["db_password=s3cret-other"] });
    expect(other).not.toBe(base);
    expect(await fp(dir, { vars: ["db_password=s3cret-other"] })).toBe(other);
    expect(await fp(dir, { sourceImage: "m-newer" })).not.toBe(base);

    const withFile = await fp(dir, { varFiles: ["prod.json"] });
    expect(withFile).not.toBe(base);
    write(dir, { "prod.json": JSON.stringify({ app_version: "2.0", db_password: "s3cret-changed" }) });
    expect(await fp(dir, { varFiles: ["prod.json"] })).not.toBe(withFile);
    write(dir, { "prod.json": JSON.stringify({ app_version: "2.1", db_password: "s3cret-changed" }) });
    expect(await fp(dir, { varFiles: ["prod.json"] })).not.toBe(withFile);

    // Credentials from the environment through variables: rotating them keeps the fingerprint.
    const creds = (id: string) => ({
      ALICLOUD_ACCESS_KEY: `fake-access-key-${id}`,
      ALICLOUD_SECRET_KEY: `key-secret-value${id}`,
    });
    expect(await fp(dir, { env: creds("1") })).toBe(await fp(dir, { env: creds("2") }));
    // A -var that supplies a credential is left out too.
    expect(await fp(dir, { vars: ["access_key=fake-access-key-9"] })).toBe(
      await fp(dir, { vars: ["access_key=fake-access-key-8"] }),
    );
  });

  it("covers environment variables that variables read, and only those", async () => {
    const dir = project({ "template.json": template() });
    const base = await fp(dir, { env: { DEPLOY_ENV: "prod", UNRELATED: "1" } });
    expect(await fp(dir, { env: { DEPLOY_ENV: "prod", UNRELATED: "2" } })).toBe(base);
    expect(await fp(dir, { env: { DEPLOY_ENV: "staging", UNRELATED: "1" } })).not.toBe(base);
  });

  it("covers the template text, user_data_file and the file provisioner's directories, recursively", async () => {
    const dir = project({
      "template.json": template({ user_data_file: "user-data.sh" }, [
        { type: "file", source: "files/", destination: "/opt/app" },
        { type: "file", source: "out.txt", destination: "out.txt", direction: "download" },
      ]),
      "user-data.sh": "#!/bin/sh\n",
      "files/a.txt": "a",
      "files/deep/b.txt": "b",
    });
    const steps: string[] = [await fp(dir)];
    const changed = async (what: () => void) => {
      what();
      const next = await fp(dir);
      expect(steps).not.toContain(next);
      steps.push(next);
    };
    await changed(() => write(dir, { "files/deep/b.txt": "b2" }));
    await changed(() => write(dir, { "files/deep/c.txt": "c" }));
    await changed(() => chmodSync(join(dir, "files/a.txt"), 0o755));
    await changed(() => write(dir, { "user-data.sh": "#!/bin/sh\necho hi\n" }));
    await changed(() =>
      write(dir, {
        "template.json": template({ user_data_file: "user-data.sh", image_description: "new" }, [
          { type: "file", source: "files/", destination: "/opt/app" },
          { type: "file", source: "out.txt", destination: "out.txt", direction: "download" },
        ]),
      }),
    );
    // A downloaded file is not an input.
    const last = steps.at(-1);
    write(dir, { "out.txt": "downloaded" });
    expect(await fp(dir)).toBe(last);
  });
});
