// The prefix fingerprint of a checkpoint (issue 17), through the real JSON and HCL2 loaders and
// prepareBuilds: what after the checkpoint leaves it alone, what in the prefix changes it, secrets,
// refusals and range errors, and that it is the same from another directory.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type PrefixFingerprints,
  type PrefixInputs,
  prefixFingerprintInputs,
  prefixFingerprintOf,
  prefixFingerprints,
} from "../../src/engine/prefix-fingerprint.js";
import { validateTemplate } from "../../src/engine/validate.js";
import { SOURCE_IMAGE } from "../builders/alicloud-ecs/helpers.js";

/** A project directory with the given files (paths with `/` make directories). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-prefix-"));
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
  path?: string;
  vars?: string[];
  env?: Record<string, string>;
  sourceImage?: string;
  counts?: number[];
  only?: string[];
  startTime?: Date;
}

/** A secret and the fast functions of it that must never be shown nor hashed fast. */
function fastForms(s: string): string[] {
  return [
    s,
    createHash("sha256").update(s).digest("hex"),
    createHash("sha1").update(s).digest("hex"),
    createHash("md5").update(s).digest("hex"),
    Buffer.from(s).toString("base64"),
  ];
}

/**
 * The prefix fingerprints of the project's (single) build and their inputs; checks that the
 * fingerprints are those of the inputs, and that no secret of the build (nor a fast hash or the
 * base64 of one) is in the inputs.
 */
async function prefixes(
  dir: string,
  o: Opts = {},
): Promise<PrefixFingerprints & { inputs: Map<number, PrefixInputs>; secrets: string[] }> {
  const env = o.env ?? {};
  const v = await validateTemplate({
    path: o.path ?? "template.json",
    cwd: dir,
    env,
    vars: o.vars,
    only: o.only,
    startTime: o.startTime,
  });
  if (!v.ok) throw new Error(v.diagnostics.map((d) => d.message).join("; "));
  expect(v.prepared).toHaveLength(1);
  const options = {
    template: v.template!,
    source: { vars: o.vars },
    cwd: dir,
    env,
    secrets: v.secrets,
    sourceImage: o.sourceImage ?? "m-source",
    region: "cn-hangzhou",
  };
  const counts = o.counts ?? [1, 2, 3, 4];
  const r = await prefixFingerprints(v.prepared[0], counts, options);
  const i = await prefixFingerprintInputs(v.prepared[0], counts, options);
  expect(i.refused).toBe(r.refused);
  for (const [n, inputs] of i.inputs) expect(r.fingerprints.get(n)).toBe(prefixFingerprintOf(inputs));
  expect(i.inputs.size).toBe(r.fingerprints.size);
  const kept = JSON.stringify([...i.inputs]);
  for (const secret of v.secrets) for (const f of fastForms(secret)) expect(kept).not.toContain(f);
  return { ...r, inputs: i.inputs, secrets: v.secrets };
}

/** Fingerprint of the checkpoint after provisioner n. */
async function fp(dir: string, n: number, o: Opts = {}): Promise<string> {
  const r = await prefixes(dir, { ...o, counts: [n] });
  expect(r.refused).toBeUndefined();
  const f = r.fingerprints.get(n);
  expect(f).toMatch(/^[0-9a-f]{64}$/);
  return f as string;
}

const BASE = {
  variables: {
    pkg: "nginx",
    last_msg: "bye",
    deploy: "{{env `DEPLOY_ENV`}}",
    via: "{{user `deploy`}}-x",
    image_tag: "v1",
    db_password: "s3cret-pass-value",
  },
  "sensitive-variables": ["db_password"],
  builders: [
    {
      type: "alicloud-ecs",
      name: "web",
      region: "cn-hangzhou",
      image_name: "web-{{user `image_tag`}}",
      source_image: SOURCE_IMAGE,
      instance_type: "ecs.n1.tiny",
      ssh_username: "root",
      user_data_file: "user-data.sh",
      system_disk_mapping: { disk_size: 40, disk_category: "cloud_efficient" },
      tags: { team: "a" },
    },
  ],
  provisioners: [
    {
      type: "shell",
      inline: ["apt-get install -y {{user `pkg`}}", "echo {{user `via`}}"],
      environment_vars: ["DB_PASSWORD={{user `db_password`}}"],
    },
    { type: "file", source: "files/", destination: "/opt/app" },
    { type: "shell", script: "scripts/setup.sh" },
    { type: "shell", inline: ["echo {{user `last_msg`}}"] },
    { type: "shell", scripts: ["scripts/last.sh"] },
  ],
  "post-processors": [{ type: "manifest", output: "manifest.json" }],
};

type Tpl = typeof BASE & Record<string, unknown>;

const FILES = {
  "user-data.sh": "#!/bin/sh\necho hello\n",
  "files/app.conf": "port=80\n",
  "files/sub/inner.txt": "inner\n",
  "scripts/setup.sh": "#!/bin/sh\necho setup\n",
  "scripts/last.sh": "#!/bin/sh\necho last\n",
};

/** A project with the base template changed by `edit` (a deep copy), and the files changed by `files`. */
function variant(edit: (t: Tpl) => void = () => {}, files: Record<string, string> = {}): string {
  const t = structuredClone(BASE) as Tpl;
  edit(t);
  return project({ ...FILES, ...files, "template.json": JSON.stringify(t, null, 2) });
}

const ENV = { DEPLOY_ENV: "prod" };

describe("prefix fingerprints (JSON)", () => {
  it("gives one fingerprint per prefix length, each different", async () => {
    const r = await prefixes(variant(), { env: ENV });
    expect(r.refused).toBeUndefined();
    expect([...r.fingerprints.keys()]).toEqual([1, 2, 3, 4]);
    expect(new Set(r.fingerprints.values()).size).toBe(4);
  });

  it("is the same when only what comes after the checkpoint changes", async () => {
    const base = await fp(variant(), 3, { env: ENV });
    const same = [
      variant((t) => {
        t.provisioners[3].inline = ["echo something else"];
      }),
      variant(() => {}, { "scripts/last.sh": "#!/bin/sh\necho changed\n" }),
      variant((t) => {
        t.variables.last_msg = "farewell";
      }),
      variant((t) => {
        t.builders[0].image_name = "other-name";
        t.variables.image_tag = "v2";
      }),
      variant((t) => {
        t.builders[0].tags = { team: "b", extra: "x" } as (typeof t.builders)[0]["tags"];
      }),
      variant((t) => {
        t["post-processors"] = [{ type: "manifest", output: "other.json" }];
      }),
      variant((t) => {
        Object.assign(t.builders[0], {
          image_description: "d",
          image_version: "2",
          image_copy_regions: ["cn-beijing"],
          image_force_delete: true,
          instance_name: "other",
          vpc_cidr_block: "172.16.0.0/16",
          wait_snapshot_ready_timeout: 7200,
          run_tags: { a: "b" },
          zone_id: "cn-hangzhou-i",
          associate_public_ip_address: true,
          internet_max_bandwidth_out: 10,
          image_share_account: ["1234567890"],
          target_image_family: "web-family",
          skip_image_validation: true,
          image_encrypted: true,
          ssh_timeout: "20m",
          ssh_clear_authorized_keys: true,
          force_stop_instance: true,
        });
      }),
    ];
    for (const dir of same) expect(await fp(dir, 3, { env: ENV })).toBe(base);
    // A -var for a variable only the last provisioner reads.
    expect(await fp(variant(), 3, { env: ENV, vars: ["last_msg=other"] })).toBe(base);
  });

  it("changes with every change of the prefix", async () => {
    const base1 = await fp(variant(), 1, { env: ENV });
    const base2 = await fp(variant(), 2, { env: ENV });
    const differs = async (dir: string, n: 1 | 2, o: Opts = {}) =>
      expect(await fp(dir, n, { env: ENV, ...o })).not.toBe(n === 1 ? base1 : base2);
    // A variable the first provisioner references: in the template, by -var, through another variable.
    await differs(
      variant((t) => {
        t.variables.pkg = "apache2";
      }),
      1,
    );
    await differs(variant(), 1, { vars: ["pkg=apache2"] });
    await differs(variant(), 1, { env: { DEPLOY_ENV: "staging" } });
    // The first provisioner's commands, and an override for this build.
    await differs(
      variant((t) => {
        t.provisioners[0].inline = ["apt-get install -y curl"];
      }),
      1,
    );
    await differs(
      variant((t) => {
        Object.assign(t.provisioners[0], { override: { web: { inline: ["echo overridden"] } } });
      }),
      1,
    );
    // An uploaded file's content, and a file inside an uploaded directory.
    await differs(
      variant(() => {}, { "files/app.conf": "port=8080\n" }),
      2,
    );
    await differs(
      variant(() => {}, { "files/sub/inner.txt": "changed\n" }),
      2,
    );
    await differs(
      variant(() => {}, { "files/sub/new.txt": "new\n" }),
      2,
    );
    // The builder: source image (resolved), user data content, system disk size, build name.
    await differs(variant(), 1, { sourceImage: "m-other" });
    await differs(
      variant(() => {}, { "user-data.sh": "#!/bin/sh\necho other\n" }),
      1,
    );
    await differs(
      variant((t) => {
        t.builders[0].system_disk_mapping.disk_size = 60;
      }),
      1,
    );
    await differs(
      variant((t) => {
        t.builders[0].name = "api";
      }),
      1,
    );
    await differs(
      variant((t) => {
        t.builders[0].instance_type = "ecs.n1.small";
      }),
      1,
    );
    // The same resolved image, named through an image family instead.
    await differs(
      variant((t) => {
        Object.assign(t.builders[0], { source_image: "", image_family: "ubuntu-family" });
      }),
      1,
    );
    // A provisioner's max_retries (a retried step may leave more on the disk).
    await differs(
      variant((t) => {
        Object.assign(t.provisioners[0], { max_retries: 2 });
      }),
      1,
    );
  });

  it("a script the third provisioner runs changes the checkpoint after 3, not after 2", async () => {
    const changed = variant(() => {}, { "scripts/setup.sh": "#!/bin/sh\necho other\n" });
    expect(await fp(changed, 2, { env: ENV })).toBe(await fp(variant(), 2, { env: ENV }));
    expect(await fp(changed, 3, { env: ENV })).not.toBe(await fp(variant(), 3, { env: ENV }));
  });

  it("time functions are hashed as written", async () => {
    const dir = variant((t) => {
      t.provisioners[0].inline?.push("echo {{timestamp}} {{isotime `2006`}}");
    });
    const a = await fp(dir, 1, { env: ENV, startTime: new Date("2020-01-01T00:00:00Z") });
    const b = await fp(dir, 1, { env: ENV, startTime: new Date("2024-06-01T00:00:00Z") });
    expect(a).toBe(b);
  });

  it("a sensitive variable in the prefix changes it without showing it", async () => {
    const secret = "s3cret-pass-value";
    const other = "another-s3cret-value";
    const a = await prefixes(variant(), { env: ENV });
    const b = await prefixes(variant(), { env: ENV, vars: [`db_password=${other}`] });
    expect(b.fingerprints.get(1)).not.toBe(a.fingerprints.get(1));
    // Not after a checkpoint that does not reference it... the secret is only in provisioner 1,
    // so every prefix changes; a template where it is only in the last provisioner keeps them.
    const late = (pw: string) =>
      fp(
        variant((t) => {
          t.provisioners[0].environment_vars = [];
          (t.provisioners[4] as Record<string, unknown>).environment_vars = ["DB={{user `db_password`}}"];
        }),
        3,
        { env: ENV, vars: [`db_password=${pw}`] },
      );
    expect(await late(secret)).toBe(await late(other));
    // The secret is in the template (a default) and on the command line: never in the inputs
    // (the helper checks every secret of the build), and only the slow part differs.
    expect(a.secrets).toContain(secret);
    expect(b.secrets).toContain(other);
    const open = (r: typeof a) => JSON.stringify({ ...r.inputs.get(1), sensitive: undefined });
    expect(open(b)).toBe(open(a));
    expect(b.inputs.get(1)?.sensitive).not.toBe(a.inputs.get(1)?.sensitive);
    expect(a.inputs.get(1)?.sensitive).toMatch(/^[0-9a-f]{64}$/);
    const shown = JSON.stringify([...a.fingerprints, ...b.fingerprints]);
    for (const s of [secret, other]) for (const f of fastForms(s)) expect(shown).not.toContain(f);
  });

  it("a user reference that is not a literal name covers every variable", async () => {
    const dynamic = (last: string) =>
      fp(
        variant((t) => {
          t.provisioners[0].inline = ['echo {{ user (printf "%s" "pkg") }}'];
          t.variables.last_msg = last;
        }),
        1,
        { env: ENV },
      );
    expect(await dynamic("a")).not.toBe(await dynamic("b"));
  });

  it("credentials never count; another secret of the builder does, slowly", async () => {
    const withCreds = (env: Record<string, string>, pw = "ssh-pass-one") =>
      fp(
        variant((t) => {
          Object.assign(t.variables, {
            ak: "{{env `ALICLOUD_ACCESS_KEY`}}",
            sk: "{{env `ALICLOUD_SECRET_KEY`}}",
          });
          Object.assign(t.builders[0], {
            access_key: "{{user `ak`}}",
            secret_key: "{{user `sk`}}",
            ssh_password: pw,
          });
          t.provisioners[0].inline = ["echo {{user `ak`}} {{user `sk`}}", `echo ${pw}`];
        }),
        1,
        { env: { ...ENV, ...env } },
      );
    const a = await withCreds({ ALICLOUD_ACCESS_KEY: "LTAI-one", ALICLOUD_SECRET_KEY: "secret-one" });
    const b = await withCreds({ ALICLOUD_ACCESS_KEY: "LTAI-two", ALICLOUD_SECRET_KEY: "secret-two" });
    expect(b).toBe(a);
    const c = await withCreds(
      { ALICLOUD_ACCESS_KEY: "LTAI-one", ALICLOUD_SECRET_KEY: "secret-one" },
      "ssh-pass-two",
    );
    expect(c).not.toBe(a);
    for (const s of ["ssh-pass-one", "ssh-pass-two"]) {
      expect(a + c).not.toContain(createHash("sha256").update(s).digest("hex"));
    }
  });

  it("the builder's run settings that shape the disk change it", async () => {
    const base = await fp(variant(), 1, { env: ENV });
    for (const extra of [
      { security_enhancement_strategy: "Deactive" },
      { ssh_username: "ubuntu" },
      { user_data_file: "", user_data: "#!/bin/sh\necho inline\n" },
    ]) {
      expect(
        await fp(
          variant((t) => Object.assign(t.builders[0], extra)),
          1,
          { env: ENV },
        ),
      ).not.toBe(base);
    }
  });

  it("refuses builds with data disks or without a communicator, saying why", async () => {
    const disks = await prefixes(
      variant((t) => {
        Object.assign(t.builders[0], {
          image_disk_mappings: [{ disk_size: 20, disk_category: "cloud_efficient" }],
        });
      }),
      { env: ENV },
    );
    expect(disks.fingerprints.size).toBe(0);
    expect(disks.refused).toMatch(/1 data disk \(image_disk_mappings\).*system disk/);
    const none = await prefixes(
      variant((t) => {
        Object.assign(t.builders[0], { communicator: "none" });
      }),
      { env: ENV },
    );
    expect(none.fingerprints.size).toBe(0);
    expect(none.refused).toMatch(/communicator "none"/);
    // Asked for no checkpoint at all, the reason still comes back.
    expect(
      (
        await prefixes(
          variant((t) => Object.assign(t.builders[0], { communicator: "none" })),
          { counts: [] },
        )
      ).refused,
    ).toMatch(/communicator "none"/);
  });

  it("a prefix length out of range is an error naming the build and N", async () => {
    const dir = variant();
    await expect(prefixes(dir, { env: ENV, counts: [5] })).rejects.toThrow(
      /^build "web": a checkpoint after provisioner 5, the last one, would be the final image itself; a checkpoint sits after provisioner 1 to 4 \(the build has 5 provisioners\)$/,
    );
    await expect(prefixes(dir, { env: ENV, counts: [0] })).rejects.toThrow(
      /build "web": no checkpoint after provisioner 0/,
    );
    await expect(prefixes(dir, { env: ENV, counts: [1.5] })).rejects.toThrow(/provisioner 1\.5/);
    const single = variant((t) => {
      t.provisioners.splice(1);
    });
    await expect(prefixes(single, { env: ENV, counts: [1] })).rejects.toThrow(
      'build "web": a checkpoint after provisioner 1, the last one, would be the final image itself; the build has 1 provisioner, and a checkpoint needs one after it',
    );
  });

  it("is the same from another directory and across runs", async () => {
    const dir = variant();
    const copy = mkdtempSync(join(tmpdir(), "image-build-prefix-copy-"));
    cpSync(dir, copy, { recursive: true });
    const a = await prefixes(dir, { env: ENV });
    const again = await prefixes(dir, { env: ENV });
    const elsewhere = await prefixes(copy, { env: ENV });
    expect([...again.fingerprints]).toEqual([...a.fingerprints]);
    expect([...elsewhere.fingerprints]).toEqual([...a.fingerprints]);
  });
});

/** An HCL2 command evaluating timestamp() (HCL2, not a JavaScript placeholder). */
const STAMP = ', "echo $' + '{timestamp()}"';

const HCL = (o: { pkg?: string; sensitive?: string; stamp?: boolean } = {}) => `
variable "pkg" {
  default = "${o.pkg ?? "nginx"}"
}
variable "last" {
  default = "bye"
}
variable "pw" {
  default   = "${o.sensitive ?? "hcl-s3cret-value"}"
  sensitive = true
}
source "alicloud-ecs" "web" {
  region        = "cn-hangzhou"
  image_name    = "web-\${var.last}"
  source_image  = "${SOURCE_IMAGE}"
  instance_type = "ecs.n1.tiny"
  ssh_username  = "root"
}
build {
  sources = ["source.alicloud-ecs.web"]
  provisioner "shell" {
    inline           = ["apt-get install -y \${var.pkg}"${o.stamp ? STAMP : ""}]
    environment_vars = ["PW=\${var.pw}", "B=\${base64encode(var.pw)}", "H=\${sha256(var.pw)}"]
  }
  provisioner "file" {
    source      = "\${path.root}/files/"
    destination = "/opt/app"
  }
  provisioner "shell" {
    inline = ["echo \${var.last}"]
  }
}
`;

describe("prefix fingerprints (HCL2)", () => {
  const hcl = (text: string, files: Record<string, string> = {}) =>
    project({ "files/app.conf": "port=80\n", ...files, "build.pkr.hcl": text });
  const at = (dir: string, n: number, o: Opts = {}) => fp(dir, n, { path: "build.pkr.hcl", ...o });

  it("changes with a variable the first provisioner uses, not with one only the last uses", async () => {
    const base = await at(hcl(HCL()), 2);
    expect(await at(hcl(HCL({ pkg: "apache2" })), 2)).not.toBe(base);
    expect(await at(hcl(HCL()), 2, { vars: ["pkg=apache2"] })).not.toBe(base);
    expect(await at(hcl(HCL()), 2, { vars: ["last=other"] })).toBe(base);
    expect(await at(hcl(HCL(), { "files/app.conf": "port=1\n" }), 2)).not.toBe(base);
    expect(await at(hcl(HCL(), { "files/app.conf": "port=1\n" }), 1)).toBe(await at(hcl(HCL()), 1));
  });

  it("is the same from another directory (path.root is hashed relative)", async () => {
    const dir = hcl(HCL());
    const copy = mkdtempSync(join(tmpdir(), "image-build-prefix-hcl-copy-"));
    cpSync(dir, copy, { recursive: true });
    expect(await at(copy, 2)).toBe(await at(dir, 2));
  });

  it("a sensitive value, and fast functions of it, change it and never show", async () => {
    const a = await prefixes(hcl(HCL()), { path: "build.pkr.hcl", counts: [1, 2] });
    const b = await prefixes(hcl(HCL({ sensitive: "other-hcl-s3cret" })), {
      path: "build.pkr.hcl",
      counts: [1, 2],
    });
    expect(b.fingerprints.get(1)).not.toBe(a.fingerprints.get(1));
    // The evaluated config held the value, its base64 and its sha256: all placeholders now.
    const open = (r: typeof a) => JSON.stringify({ ...r.inputs.get(1), sensitive: undefined });
    expect(open(b)).toBe(open(a));
    expect(open(a)).toContain("secret 2");
    const shown = [...a.fingerprints.values(), ...b.fingerprints.values()].join();
    for (const s of ["hcl-s3cret-value", "other-hcl-s3cret"]) {
      for (const f of fastForms(s)) expect(shown + open(a) + open(b)).not.toContain(f);
    }
  });

  it("a prefix using timestamp() never matches (evaluated per run)", async () => {
    const dir = hcl(HCL({ stamp: true }));
    const a = await at(dir, 1, { startTime: new Date("2020-01-01T00:00:00Z") });
    const b = await at(dir, 1, { startTime: new Date("2024-06-01T00:00:00Z") });
    expect(a).not.toBe(b);
  });
});
