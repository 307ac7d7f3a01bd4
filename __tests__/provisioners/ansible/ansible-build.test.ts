// The ansible provisioner end to end: the real engine builds, on the emulator, a template whose
// `ansible` provisioner runs a real playbook with the real ansible-playbook (a role, a template
// with a variable from extra_arguments, a user, a file mode), once through the SSH proxy (Packer's
// default) and once straight to the instance; an instance started from each image shows every
// change over SSH, and nothing is left behind (cloud resources, inventory, keys). A failing
// playbook fails the build with the task's error and the usual cleanup.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { renderBuildSummary } from "../../../src/github/summary/build.js";
import { connect, exec, launch, securityGroup } from "../../emulator/machines/helpers.js";
import { buildIn, haveAnsible, playbookDir, sshBuilder } from "./helpers.js";

const PASSWORD = "Verify-Ansible-1";

/** Temporary files the provisioner makes (inventory and keys), by name. */
const ansibleTemps = () =>
  readdirSync(tmpdir()).filter(
    (n) => n.startsWith("packer-provisioner-ansible") || n.startsWith("ansible-key"),
  );

describe.skipIf(!haveAnsible)("ansible provisioner on the emulator", () => {
  let emu: Emulator;
  // A temporary directory of this file's own (os.tmpdir() reads TMPDIR), so that the files other
  // test files' ansible runs make at the same time are not counted as this one's leftovers.
  const savedTmp = process.env.TMPDIR;
  const privateTmp = mkdtempSync(join(tmpdir(), "image-build-ansible-tmp-"));
  beforeAll(async () => {
    process.env.TMPDIR = privateTmp;
    emu = await startEmulator({ profile: "fast", imds: false, tls: false });
  });
  afterAll(async () => {
    await emu?.stop();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(privateTmp, { recursive: true, force: true });
  });

  for (const useProxy of [true, false]) {
    it(`runs a playbook ${useProxy ? "through the SSH proxy" : "straight to the instance (use_proxy false)"}; the image holds every change`, async () => {
      const since = new Date().toISOString();
      const tempsBefore = ansibleTemps();
      const dir = playbookDir();
      const template = {
        builders: [sshBuilder(emu, `ansible-${useProxy ? "proxy" : "direct"}`)],
        provisioners: [
          {
            type: "ansible",
            playbook_file: "site.yml",
            user: "root",
            extra_arguments: ["--extra-vars", "greeting_name={{ build_name }}-{{ user `who` }}"],
            ...(useProxy ? {} : { use_proxy: false }),
          },
        ],
        variables: { who: "ansible" },
      };
      const r = await buildIn(emu, dir, template, `ansible-${useProxy}`);
      expect(r.ok, r.text).toBe(true);
      expect(r.text).toContain("Provisioning with Ansible...");
      expect(r.text).toContain(
        useProxy ? "Setting up proxy adapter for Ansible...." : "Not using Proxy adapter for Ansible run:",
      );
      if (!useProxy) expect(r.text).toContain("\tUsing ssh keys from Packer communicator...");
      expect(r.text).toMatch(/Executing Ansible: ansible-playbook -e packer_build_name="alicloud-ecs"/);
      expect(r.text).toContain("TASK [marker : Leave the role's marker]");
      expect(r.text).toMatch(/PLAY RECAP.*\n.*ok=4 +changed=4 +unreachable=0 +failed=0/);
      // No private key text reaches the Ui.
      expect(r.text).not.toMatch(/PRIVATE KEY/);
      const b = r.builds[0];
      expect(b.provisioners).toEqual([expect.objectContaining({ type: "ansible", status: "succeeded" })]);
      // The job summary lists it with its outcome and time.
      expect(renderBuildSummary({ templatePath: "template.json", result: r })).toMatch(
        /\| 1 \| `ansible` \| ✓ succeeded \| [0-9.]+ ?m?s \|/,
      );
      expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);
      expect(ansibleTemps().filter((n) => !tempsBefore.includes(n))).toEqual([]);

      const imageId = b.images["cn-hangzhou"];
      const sg = await securityGroup(emu);
      const vm = await launch(emu, { securityGroupId: sg, imageId, password: PASSWORD });
      const c = await connect(vm.ip, { password: PASSWORD, port: emu.machines!.sshPort });
      try {
        const out = await exec(
          c,
          "cat /etc/greeting /etc/role-marker; stat -c '%a %n' /etc/greeting /etc/app.conf; grep ^deploy: /etc/passwd | cut -d: -f1,3,7",
        );
        expect(out.stdout).toBe(
          [
            "Hello alicloud-ecs-ansible from alicloud-ecs",
            "role marker ran",
            "644 /etc/greeting",
            "600 /etc/app.conf",
            "deploy:1500:/bin/sh",
            "",
          ].join("\n"),
        );
      } finally {
        c.end();
      }
    }, 180_000);
  }

  it("a failing playbook fails the build with the task's error; the instance is cleaned up", async () => {
    const since = new Date().toISOString();
    const dir = playbookDir();
    const r = await buildIn(
      emu,
      dir,
      {
        builders: [sshBuilder(emu, "ansible-fails")],
        provisioners: [{ type: "ansible", playbook_file: "fail.yml", user: "root" }],
      },
      "ansible-fail",
    );
    expect(r.ok).toBe(false);
    expect(r.text).toContain("TASK [Fail on purpose]");
    expect(r.text).toMatch(/fatal: \[default\]: FAILED!.*"cmd": \["\/bin\/false"\]/);
    expect(r.text).toContain("Error executing Ansible: Non-zero exit status: exit status 2");
    expect(r.builds[0].provisioners).toEqual([
      expect.objectContaining({
        type: "ansible",
        status: "failed",
        error: expect.stringContaining("exit status 2"),
      }),
    ]);
    expect(renderBuildSummary({ templatePath: "template.json", result: r })).toContain(
      "| 1 | `ansible` | ✗ failed: Error executing Ansible: Non-zero exit status: exit status 2 |",
    );
    expect(emu.leakCheck({ since })).toEqual([]);
  }, 180_000);
});
