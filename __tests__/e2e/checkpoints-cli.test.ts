// `image-build build -checkpoint=<ref> [-no-resume]` against the emulator (fast profile, real SSH):
// a bad ref fails before any request, naming the ref and listing the build's provisioners; the
// help lists both flags; a build takes the checkpoint, `-no-resume` runs every provisioner, and a
// plain rebuild with a changed last provisioner resumes from the checkpoint.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../emulator/index.js";
import { BUILD_USAGE, runBuild } from "../../src/cli/build.js";
import { builder } from "../builders/alicloud-ecs/helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

function project(last: string): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-ckpt-cli-"));
  write(dir, last);
  return dir;
}

function write(dir: string, last: string) {
  const template = {
    builders: [
      builder({
        image_name: "ckpt-cli-{{timestamp}}",
        communicator: "ssh",
        ssh_username: "root",
        ssh_port: emu.machines!.sshPort,
        associate_public_ip_address: true,
      }),
    ],
    provisioners: [
      { type: "shell", inline: ["echo cli-base >> /opt/cli-base", "echo base provisioner ran"] },
      { type: "shell", inline: [last] },
    ],
  };
  writeFileSync(join(dir, "template.json"), JSON.stringify(template, null, 2));
}

async function cli(dir: string, args: string[]) {
  let out = "";
  let err = "";
  const code = await runBuild([...args, "template.json"], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env: { ...emu.env },
    cwd: dir,
    home: dir,
  });
  return { code, out, err };
}

describe("image-build build -checkpoint", () => {
  it("a bad ref fails before any request, naming it and listing the provisioners", async () => {
    const dir = project("echo app");
    const seq = emu.calls().at(-1)?.seq ?? 0;
    const r = await cli(dir, ["-checkpoint=9"]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Error: checkpoint "9" of build 'alicloud-ecs': there is no provisioner 9; its provisioners: 1: shell, 2: shell\n`,
    );
    const last = await cli(dir, ["-checkpoint", "2"]);
    expect(last.code).toBe(1);
    expect(last.err).toContain("a checkpoint after the last one is the final image itself");
    expect(emu.calls().filter((c) => c.seq > seq)).toEqual([]);
  });

  it("the help lists -checkpoint and -no-resume", () => {
    expect(BUILD_USAGE).toMatch(/-checkpoint=REF\s+Keep a checkpoint image after this provisioner/);
    expect(BUILD_USAGE).toMatch(/-no-resume\s+Run every provisioner/);
  });

  it("takes the checkpoint; -no-resume runs every provisioner; a rebuild resumes", async () => {
    const dir = project("echo app-1 > /opt/app");
    const first = await cli(dir, ["-checkpoint=1"]);
    expect(first.code, first.out + first.err).toBe(0);
    expect(first.out).toContain("Checkpoint after provisioner 1: image");

    write(dir, "echo app-2 > /opt/app");
    const noResume = await cli(dir, ["-checkpoint=1", "-no-resume"]);
    expect(noResume.code, noResume.out + noResume.err).toBe(0);
    expect(noResume.out).toContain("Resuming from a checkpoint is disabled");
    expect(noResume.out).toContain("base provisioner ran");

    write(dir, "echo app-3 > /opt/app");
    const resumed = await cli(dir, ["-checkpoint=1"]);
    expect(resumed.code, resumed.out + resumed.err).toBe(0);
    expect(resumed.out).toMatch(
      /Resuming from checkpoint m-\S+ \(after provisioner 1 of 2: shell\); skipped 1 provisioner/,
    );
    expect(resumed.out).not.toContain("base provisioner ran");
  }, 90_000);
});
