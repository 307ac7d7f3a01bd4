// The `packer hcl2_upgrade` oracle, part 2 (part 1, the build plans: upgrade-oracle.test.ts):
// a JSON template and Packer 1.6.6's HCL2 upgrade of it, each built by image-build on a fresh
// emulator, make the same API calls in the same order (the emulator's call log) and images with
// the same files (the emulator's inspection of each image, every region). Skipped without `packer`.
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
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
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

/** Builds `path` (JSON or HCL2) with image-build on a fresh emulator; `variant` is the JSON text. */
async function buildSide(c: Case, dir: string, path: string, variant: string): Promise<Side> {
  const emu = await startEmulator({
    profile: "zero",
    imds: false,
    tls: false,
    machines: sshPort === 22 ? {} : { sshPort },
  });
  try {
    // The user's own resources the template names (vpc-xxxx, s-xxxx), in this emulator.
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

/** The portable variant of a case in a fresh directory: its JSON text and the upgraded HCL2 file. */
function variant(c: Case): { dir: string; json: string; hcl: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), "upgrade-build-oracle-"));
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

describe.skipIf(!hasPacker)(
  "packer hcl2_upgrade oracle: JSON and its HCL2 upgrade build alike on the emulator",
  () => {
    it.each(CASES.map((c) => ({ ...c, name: basename(c.file) })))(
      "$name",
      { timeout: 120_000 },
      async (c) => {
        const v = variant(c);
        const json = await buildSide(c, v.dir, v.json, v.text);
        const hcl = await buildSide(c, v.dir, v.hcl, v.text);
        if (process.env.ORACLE_DEBUG) console.log(c.file, json.calls.join("\n"));
        expect(json.calls.filter((x) => x.startsWith("Ecs:CreateImage("))).toHaveLength(1);
        expect(hcl.calls).toEqual(json.calls);
        expect(Object.keys(hcl.trees).sort()).toEqual(Object.keys(json.trees).sort());
        for (const region of Object.keys(json.trees)) {
          expect(hcl.trees[region]).toEqual(json.trees[region]);
          for (const [p, want] of Object.entries(c.expect ?? {})) {
            for (const side of [json, hcl]) {
              if (typeof want === "string") expect(side.files[region][p]).toBe(want);
              else expect(side.files[region][p]).toMatch(want);
            }
          }
        }
      },
    );
  },
);
