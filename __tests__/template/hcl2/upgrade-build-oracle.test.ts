// The `packer hcl2_upgrade` oracle, parts 2 and 3 (part 1, the build plans: upgrade-oracle.test.ts).
// Part 2: a JSON template and Packer 1.6.6's HCL2 upgrade of it, each built by image-build on a
// fresh emulator, make the same API calls in the same order (the emulator's call log) and images
// with the same files (the emulator's inspection of each image, every region).
// Part 3: Packer 1.6.6 itself builds the same HCL2 upgrade against a fresh emulator (through its
// proxy), to images with the same files as image-build's build of it; the templates its HCL2 beta
// cannot build are listed in PACKER_CANNOT with the error it gives. Part 3 also builds a small
// HCL2 template with both, for what `{{build_name}}`, `PACKER_BUILD_NAME` and the manifest's
// `name` give. Image-build's build of each upgrade serves both parts. Skipped without `packer`.
//
// The templates: real ones the JSON build tests already run (__tests__/engine/template-builds
// .test.ts), as the same portable variants (__tests__/helpers/portable.ts), chosen so that
// together they cover the builder's features at the cost of ten builds:
// - 07: the default network path, where the build makes its own VPC, vSwitch, security group and
//   public address; the variant adds a shell-local provisioner whose output a file provisioner
//   uploads (shell, shell-local and file provisioners);
// - seed 04: the user's own VPC and vSwitch, reached by private IP from a runner inside it;
// - seed 08: system_disk_mapping, a data disk from the user's snapshot, associate_public_ip_address;
// - 16: image_copy_regions and image_copy_names (copies in two more regions) and a manifest
//   post-processor;
// - 01: eip_id, the user's own EIP, associated with the instance for the build;
// - 04: user_data_file at first boot, ssh_password, a file provisioner then a shell running it.
//
// Normalised, because they are random or name the build's own run, not the template's meaning:
// the start time (`{{timestamp}}`, Unix seconds, is `local.timestamp`, YYYYMMDDhhmmss, in the
// upgrade: an upgrade artifact part 1 documents), resource IDs, client tokens, request-specific names (the temporary key pair's UUID), addresses,
// the image-build:run / image-build:build / image-build:fingerprint tag values (the fingerprint
// hashes the template's text, which differs by format), the shell provisioner's random script
// name; repeated polls of one Describe action count as one (a waiter's poll count is timing).
// In the images: the files the emulator writes per instance (SSH host keys, the authorized key of
// the build's temporary key pair, cloud-init's instance data) are compared by name and mode only.
import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { runBuilds } from "../../../src/engine/build.js";
import { provisioningHooks } from "../../../src/engine/provisioning.js";
import { validateTemplate } from "../../../src/engine/validate.js";
import { RecordingUi } from "../../../src/ui/recording.js";
import { $Vpc, vpcClient } from "../../emulator/services/clients.js";
import { ownResources } from "../../helpers/own-resources.js";
import { portableScript, portableTemplate, type Template } from "../../helpers/portable.js";

const FIXTURES = join(__dirname, "../../fixtures");
const hasPacker = spawnSync("packer", ["version"], { encoding: "utf8" }).stdout?.startsWith("Packer v1.6.6");

interface Case {
  /** Relative to the fixtures directory. */
  file: string;
  /** Edits of the portable variant (dir: the copy of its working directory). */
  edit?: (t: Template, dir: string) => void;
  /** The build runs on a runner inside the template's own VPC (ssh_private_ip). */
  runnerInVpc?: boolean;
  /** Files the image must hold (checked on both sides, beyond the trees being equal). */
  expect?: Record<string, string | RegExp>;
}

const MARKER = "/root/image-build-marker";

const CASES: Case[] = [
  {
    file: "templates/07-packer-2020-basic.json",
    edit: (t, dir) => {
      // The file provisioner's source must exist when the template is validated (as in Packer):
      // it is empty until the shell-local provisioner writes it.
      writeFileSync(join(dir, "local.txt"), "");
      t.provisioners = [
        ...(t.provisioners ?? []),
        { type: "shell-local", inline: ["echo made locally > local.txt"] },
        { type: "file", source: "local.txt", destination: "/root/local.txt" },
      ];
    },
    expect: { "/root/local.txt": "made locally\n", "/var/log/provision.log": /yum install redis/ },
  },
  {
    file: "seed-templates/001_46923a7ba6622760-04.json",
    runnerInVpc: true,
    edit: (t) => {
      t.provisioners = [{ type: "shell", inline: [`echo private > ${MARKER}`] }];
    },
    expect: { [MARKER]: "private\n" },
  },
  {
    file: "seed-templates/001_46923a7ba6622760-08.json",
    expect: { "/var/log/provision.log": /yum install/ },
  },
  {
    file: "templates/16-acc-region-copy.json",
    edit: (t) => {
      t.provisioners = [{ type: "shell", inline: [`echo copied > ${MARKER}`] }];
    },
    expect: { [MARKER]: "copied\n" },
  },
  {
    // eip_id: the user's own EIP (allocated in the emulator first), associated for the build
    file: "templates/01-plugin-basic.json",
    edit: (t) => {
      t.builders[0].eip_id = "eip-xxxx";
    },
    expect: { "/var/log/provision.log": /yum install redis/ },
  },
  {
    file: "templates/04-plugin-chef.json",
    edit: (_t, dir) => portableScript(join(dir, "examples/alicloud/chef/chef.sh"), []),
    expect: { "/root/.pemfile": "" },
  },
];

/** Whether this process may bind port 22 on a loopback address (else instances answer on 2222). */
function canBind22(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EADDRINUSE"));
    s.listen(22, "127.254.254.254", () => s.close(() => resolve(true)));
  });
}

let sshPort = 22;
/** Temporary directories of this file, removed after its tests. */
const temps: string[] = [];
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

beforeAll(async () => {
  sshPort = (await canBind22()) ? 22 : 2222;
});

/** One call as compared: the action and its parameters, with what is random normalised. */
function normaliseCall(c: { product?: string; action?: string; params: Record<string, string> }): string {
  const params = Object.entries(c.params)
    .filter(([k]) => k !== "ClientToken")
    .map(([k, v]) => {
      let value = v
        .replace(/\b(i|m|s|d|sg|vpc|vsw|eip|eni|kp)-[a-z0-9]{6,}\b/g, "$1-<id>")
        .replace(/packer_[0-9a-f-]{36}/g, "packer_<uuid>")
        .replace(/\b\d{1,3}(\.\d{1,3}){3}\b/g, "<ip>")
        // {{timestamp}} (Unix seconds) is local.timestamp (YYYYMMDDhhmmss) in the upgrade
        .replace(/(?<!\d)(1[7-9]\d{8}|20\d{12})(?!\d)/g, "<timestamp>");
      const tag = /^Tag\.(\d+)\.Value$/.exec(k);
      if (tag && /^image-build:/.test(c.params[`Tag.${tag[1]}.Key`] ?? "")) value = "<run>";
      if (/^(Tags?|Tag)$/.test(k) && value.includes("image-build:"))
        value = value.replace(/("image-build:[^"]+"\s*[,:]\s*"(?:Value"\s*:\s*")?)[^"]*/g, "$1<run>");
      return `${k}=${value}`;
    })
    .sort();
  return `${c.product}:${c.action}(${params.join(",")})`;
}

/** The build's calls (after `seq`), normalised, consecutive repeats of one call counted once. */
function callSequence(emu: Emulator, seq: number): string[] {
  const out: string[] = [];
  for (const c of emu.calls().filter((x) => x.seq > seq)) {
    const n = normaliseCall(c);
    if (out.at(-1) !== n) out.push(n);
  }
  return out;
}

/** Files the emulator writes per instance: compared by name and mode, not content. */
const PER_INSTANCE =
  /^\/(etc\/ssh\/ssh_host_|root\/\.ssh\/authorized_keys|var\/lib\/cloud\/|etc\/hostname$|etc\/machine-id$)/;

/** The image's files as `path type mode [sha256 | -> target]` lines (the host's /usr left out). */
function imageTree(emu: Emulator, imageId: string): string[] {
  const m = emu.machines!;
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of m.listDir({ imageId }, dir)) {
      const p = dir === "/" ? `/${e.name}` : `${dir}/${e.name}`;
      if (["/proc", "/sys", "/dev"].includes(p)) continue;
      // cloud-init's per-instance directory is named after the instance
      let line = `${p.replace(/\/i-[a-z0-9]+/g, "/i-<id>")} ${e.type} ${e.mode.toString(8)}`;
      if (e.type === "symlink") line += ` -> ${e.target}`;
      if (e.type === "file" && !PER_INSTANCE.test(p))
        line += ` ${createHash("sha256").update(m.readFile({ imageId }, p)).digest("hex").slice(0, 16)}`;
      out.push(line);
      if (e.type === "directory" && p !== "/usr") walk(p);
    }
  };
  walk("/");
  walk("/usr/local");
  return out;
}

/** A file's content, or a directory's entry names (one a line), or `<missing>`. */
function readPath(emu: Emulator, imageId: string, path: string): string {
  const m = emu.machines!;
  if (!m.exists({ imageId }, path)) return "<missing>";
  try {
    return m.readFile({ imageId }, path).toString();
  } catch {
    return m
      .listDir({ imageId }, path)
      .map((e) => `${e.name}\n`)
      .join("");
  }
}

interface Side {
  calls: string[];
  /** Region → the image's file tree. */
  trees: Record<string, string[]>;
  /** Region → path → content, for the case's expected files. */
  files: Record<string, Record<string, string>>;
}

/** The string tokens of `after` that differ from `before` (placeholders → the resources named). */
function replacements(before: string, after: string): [string, string][] {
  const tokens = (s: string) => [...s.matchAll(/"[^"\\]*"/g)].map((m) => m[0]);
  const a = tokens(before);
  const b = tokens(after);
  return a.flatMap((t, i) => (t !== b[i] ? [[t, b[i]] as [string, string]] : []));
}

/**
 * One side of a comparison on a fresh emulator: the user's own resources the template names
 * (vpc-xxxx, s-xxxx, eip-xxxx) are created, `path` (JSON or HCL2) is written naming them, `run`
 * builds it and gives its images (region → id); then the build's calls and the images' files.
 */
async function side(
  c: Case,
  dir: string,
  path: string,
  variant: string,
  run: (emu: Emulator, built: string) => Promise<Record<string, string>>,
): Promise<Side> {
  const emu = await startEmulator({
    profile: "zero",
    imds: false,
    tls: false,
    machines: sshPort === 22 ? {} : { sshPort },
  });
  try {
    let own = await ownResources(emu, variant);
    if (own.includes('"eip-xxxx"')) {
      const region = /"region":\s*"([^"]+)"/.exec(own)![1];
      const eip = await vpcClient(emu).allocateEipAddress(
        new $Vpc.AllocateEipAddressRequest({ regionId: region }),
      );
      own = own.replace('"eip-xxxx"', `"${eip.body!.allocationId}"`);
    }
    let text = readFileSync(path, "utf8");
    for (const [from, to] of replacements(variant, own)) text = text.split(from).join(to);
    const built = join(dir, `built-${basename(path)}`);
    writeFileSync(built, text);
    if (c.runnerInVpc) emu.machines!.setRunner({ vpcId: /"(vpc-[a-z0-9]+)"/.exec(own)![1] });
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const images = await run(emu, built);
    const trees: Side["trees"] = {};
    const files: Side["files"] = {};
    for (const [region, id] of Object.entries(images)) {
      trees[region] = imageTree(emu, id);
      files[region] = Object.fromEntries(Object.keys(c.expect ?? {}).map((p) => [p, readPath(emu, id, p)]));
    }
    return { calls: callSequence(emu, seq), trees, files };
  } finally {
    await emu.stop();
  }
}

/** image-build builds `built` (validateTemplate + runBuilds, in-process); its images by region. */
async function imageBuild(emu: Emulator, built: string, dir: string): Promise<Record<string, string>> {
  const env = { ...emu.env };
  const v = await validateTemplate({ path: built, env, cwd: dir });
  expect(v.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const runId = "oracle";
  const ui = new RecordingUi();
  const r = await runBuilds(v.prepared, {
    ui,
    env,
    home: dir,
    cwd: dir,
    runId,
    template: v.template,
    secrets: v.secrets,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    provisioning: provisioningHooks({
      template: v.template,
      runId,
      cwd: dir,
      env,
      sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
    }),
  });
  const log = ui.lines.map((l) => l.text).join("\n");
  expect(
    r.builds.map((b) => (b.error as Error | undefined)?.message ?? "ok"),
    log,
  ).toEqual(["ok"]);
  const images: Record<string, string> = {};
  for (const b of r.builds) Object.assign(images, b.images);
  return images;
}

/**
 * `packer build` (1.6.6) of `built` against the emulator, through its proxy (a clean environment:
 * even an empty NO_PROXY would make Packer's SDK resolve aliyuncs.com itself); its output.
 */
function packerBuild(emu: Emulator, built: string, dir: string): Promise<string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: tempDir("upgrade-build-oracle-home-"),
    HTTP_PROXY: emu.endpoints.proxy,
    HTTPS_PROXY: emu.endpoints.proxy,
    CHECKPOINT_DISABLE: "1",
    ALICLOUD_ACCESS_KEY: emu.credentials.accessKeyId,
    ALICLOUD_SECRET_KEY: emu.credentials.accessKeySecret,
  };
  return new Promise((resolve) =>
    execFile("packer", ["build", "-color=false", built], { env, cwd: dir, timeout: 90_000 }, (_e, so, se) =>
      resolve(`${so}${se}`),
    ),
  );
}

/** The images Packer reports (`region: m-...` lines of its artifact). */
function packerImages(out: string): Record<string, string> {
  const images: Record<string, string> = {};
  for (const m of out.matchAll(/^([a-z]+-[a-z0-9-]+): (m-[a-z0-9]+)$/gm)) images[m[1]] = m[2];
  return images;
}

/** The portable variant of a case in a fresh directory: its JSON text and the upgraded HCL2 file. */
function variant(c: Case): { dir: string; json: string; hcl: string; text: string } {
  const dir = tempDir("upgrade-build-oracle-");
  const files = join(FIXTURES, c.file.replace(/\.json$/, ".files"));
  if (existsSync(files)) cpSync(files, dir, { recursive: true });
  const t = JSON.parse(readFileSync(join(FIXTURES, c.file), "utf8")) as Template;
  c.edit?.(t, dir);
  portableTemplate(t, dir);
  if (sshPort !== 22) for (const b of t.builders) b.ssh_port = sshPort;
  const text = JSON.stringify(t, null, 2);
  const json = join(dir, basename(c.file));
  writeFileSync(json, text);
  const hcl = join(dir, `${basename(c.file, ".json")}.pkr.hcl`);
  const up = spawnSync("packer", ["hcl2_upgrade", `-output-file=${hcl}`, json], { encoding: "utf8" });
  expect(up.status, up.stderr || up.stdout).toBe(0);
  // As in part 1: the upgrade writes system_disk_mapping as an attribute where the plugin's spec
  // wants a block, and `${path.root}` is this directory.
  writeFileSync(
    hcl,
    readFileSync(hcl, "utf8")
      .replace(/^(\s*)system_disk_mapping = \{/gm, "$1system_disk_mapping {")
      .split("${path.root}")
      .join(dir),
  );
  return { dir, json, hcl, text };
}

/** Each case's variant and image-build's build of its HCL2 upgrade (shared by parts 2 and 3). */
const prepared = new Map<string, { v: ReturnType<typeof variant>; hcl: Promise<Side> }>();
function hclOf(c: Case): { v: ReturnType<typeof variant>; hcl: Promise<Side> } {
  let p = prepared.get(c.file);
  if (!p) {
    const v = variant(c);
    const hcl = side(c, v.dir, v.hcl, v.text, (emu, built) => imageBuild(emu, built, v.dir));
    hcl.catch(() => {});
    p = { v, hcl };
    prepared.set(c.file, p);
  }
  return p;
}

/** Expects a side's images to hold the case's expected files. */
function expectFiles(c: Case, s: Side): void {
  for (const region of Object.keys(s.trees)) {
    for (const [p, want] of Object.entries(c.expect ?? {})) {
      if (typeof want === "string") expect(s.files[region][p]).toBe(want);
      else expect(s.files[region][p]).toMatch(want);
    }
  }
}

const named = (cases: Case[]) => cases.map((c) => ({ ...c, name: basename(c.file) }));

describe.skipIf(!hasPacker)(
  "packer hcl2_upgrade oracle, part 2: JSON and its HCL2 upgrade build alike with image-build",
  () => {
    it.each(named(CASES))("$name", { timeout: 120_000 }, async (c) => {
      const { v, hcl: hclBuild } = hclOf(c);
      const json = await side(c, v.dir, v.json, v.text, (emu, built) => imageBuild(emu, built, v.dir));
      const hcl = await hclBuild;
      if (process.env.ORACLE_DEBUG) console.log(c.file, json.calls.join("\n"));
      expect(json.calls.filter((x) => x.startsWith("Ecs:CreateImage("))).toHaveLength(1);
      expect(hcl.calls).toEqual(json.calls);
      expect(Object.keys(hcl.trees).sort()).toEqual(Object.keys(json.trees).sort());
      for (const region of Object.keys(json.trees)) {
        expect(json.trees[region].length).toBeGreaterThan(40);
        expect(hcl.trees[region]).toEqual(json.trees[region]);
      }
      expectFiles(c, json);
      expectFiles(c, hcl);
    });
  },
);

/**
 * Part 2's templates whose HCL2 upgrade Packer 1.6.6's HCL2 beta cannot build, with the error it
 * gives (checked, so that the list cannot rot).
 */
const PACKER_CANNOT: Record<string, { why: string; error: RegExp }> = {
  "01-plugin-basic.json": {
    why: "the variant's eip_id: Packer 1.6.6's alicloud-ecs builder has no such field (its HCL2 spec refuses it)",
    error: /An argument named "eip_id" is not expected here\./,
  },
};

describe.skipIf(!hasPacker)(
  "packer hcl2_upgrade oracle, part 3: Packer 1.6.6 builds the HCL2 upgrade to the same images",
  () => {
    it.each(named(CASES))("$name", { timeout: 120_000 }, async (c) => {
      const { v, hcl: hclBuild } = hclOf(c);
      let out = "";
      const packer = await side(c, v.dir, v.hcl, v.text, async (emu, built) => {
        out = await packerBuild(emu, built, v.dir);
        return packerImages(out);
      });
      const cannot = PACKER_CANNOT[basename(c.file)];
      if (cannot) {
        expect(out).toMatch(cannot.error);
        expect(packer.trees).toEqual({});
        return;
      }
      expect(out, out).toContain("Alicloud images were created");
      const hcl = await hclBuild;
      expect(Object.keys(packer.trees).sort()).toEqual(Object.keys(hcl.trees).sort());
      for (const region of Object.keys(hcl.trees)) expect(packer.trees[region]).toEqual(hcl.trees[region]);
      expectFiles(c, packer);
    });

    // Not an upgrade: what {{build_name}}, PACKER_BUILD_NAME and the manifest's `name` give in an
    // HCL2 build whose build block is named and whose source block renames the source
    // (docs/hcl2.md): the source block's label, for Packer 1.6.6 and for image-build alike.
    it("build names: {{build_name}}, PACKER_BUILD_NAME and the manifest's name are the source's label", {
      timeout: 120_000,
    }, async () => {
      const text = `source "alicloud-ecs" "web" {
  region               = "cn-hangzhou"
  source_image         = "ubuntu_22_04_x64_20G_alibase_20240220.vhd"
  instance_type        = "ecs.n1.tiny"
  ssh_username         = "root"
  ssh_port             = ${sshPort}
  image_name           = "bn-{{build_name}}"
  internet_charge_type = "PayByTraffic"
  io_optimized         = true
}
build {
  name = "named"
  source "source.alicloud-ecs.web" {
    name = "blue"
  }
  provisioner "shell" {
    inline = ["echo \\"$PACKER_BUILD_NAME {{build_name}} \${source.name}\\" > /root/names"]
  }
  post-processor "manifest" {
    output = "manifest.json"
  }
}
`;
      const c: Case = { file: "names.pkr.hcl", expect: { "/root/names": "web web blue\n" } };
      type Build = (emu: Emulator, built: string, dir: string) => Promise<Record<string, string>>;
      const run = async (build: Build) => {
        const dir = tempDir("upgrade-build-oracle-names-");
        writeFileSync(join(dir, "names.pkr.hcl"), text);
        const s = await side(c, dir, join(dir, "names.pkr.hcl"), '{"region": "cn-hangzhou"}', (emu, built) =>
          build(emu, built, dir),
        );
        const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
        return { ...s, manifestNames: manifest.builds.map((b: { name: string }) => b.name) };
      };
      const ours = await run(imageBuild);
      let out = "";
      const theirs = await run(async (emu, built, dir) => {
        out = await packerBuild(emu, built, dir);
        return packerImages(out);
      });
      expect(out).toContain("named.alicloud-ecs.blue: Alicloud images were created");
      for (const s of [ours, theirs]) {
        expectFiles(c, s);
        expect(s.calls.filter((x) => x.startsWith("Ecs:CreateImage(ImageName=bn-web,"))).toHaveLength(1);
        expect(s.manifestNames).toEqual(["web"]);
      }
      expect(theirs.trees).toEqual(ours.trees);
    });
  },
);
