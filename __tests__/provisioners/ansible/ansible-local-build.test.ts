// The ansible-local provisioner end to end: the real engine builds, on the emulator, a template
// whose `ansible-local` provisioner uploads the playbook fixture (playbook_dir + playbook_file) and
// runs the real ansible-playbook on the instance (the emulator's machines see the host's /usr,
// where Debian's ansible-core lives); an instance started from the image shows every change, the
// cleaned staging directory is gone, and nothing is left behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { connect, exec, launch, securityGroup } from "../../emulator/machines/helpers.js";
import { buildIn, haveAnsible, playbookDir, sshBuilder } from "./helpers.js";

const PASSWORD = "Verify-Ansible-2";

describe.skipIf(!haveAnsible)("ansible-local provisioner on the emulator", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ profile: "fast", imds: false, tls: false });
  });
  afterAll(async () => {
    await emu?.stop();
  });

  it("uploads the playbook and runs it on the instance; the image holds every change", async () => {
    const since = new Date().toISOString();
    const dir = playbookDir();
    const r = await buildIn(
      emu,
      dir,
      {
        builders: [sshBuilder(emu, "ansible-local")],
        provisioners: [
          {
            type: "ansible-local",
            playbook_dir: ".",
            playbook_file: "site.yml",
            staging_directory: "/tmp/ansible-staging",
            clean_staging_directory: true,
            extra_arguments: ["--extra-vars", "greeting_name={{ user `who` }}"],
          },
        ],
        variables: { who: "local" },
      },
      "ansible-local",
    );
    expect(r.ok, r.text).toBe(true);
    expect(r.text).toContain("Uploading Playbook directory to Ansible staging directory...");
    expect(r.text).toContain(
      'Executing Ansible: cd /tmp/ansible-staging && ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook /tmp/ansible-staging/site.yml --extra-vars "packer_build_name=alicloud-ecs packer_builder_type=alicloud-ecs',
    );
    expect(r.text).toContain("Removing directory: /tmp/ansible-staging");
    expect(r.builds[0].provisioners).toEqual([
      expect.objectContaining({ type: "ansible-local", status: "succeeded" }),
    ]);
    expect(emu.leakCheck({ since, ignoreImages: true })).toEqual([]);

    const imageId = r.builds[0].images["cn-hangzhou"];
    const sg = await securityGroup(emu);
    const vm = await launch(emu, { securityGroupId: sg, imageId, password: PASSWORD });
    const c = await connect(vm.ip, { password: PASSWORD, port: emu.machines!.sshPort });
    try {
      const out = await exec(
        c,
        "cat /etc/greeting /etc/role-marker; stat -c '%a %n' /etc/greeting /etc/app.conf; grep ^deploy: /etc/passwd | cut -d: -f1,3,7; ls -d /tmp/ansible-staging 2>&1 | grep -c 'No such'",
      );
      expect(out.stdout).toBe(
        [
          "Hello local from alicloud-ecs",
          "role marker ran",
          "644 /etc/greeting",
          "600 /etc/app.conf",
          "deploy:1500:/bin/sh",
          "1",
          "",
        ].join("\n"),
      );
    } finally {
      c.end();
    }
  }, 180_000);

  it("a failing playbook fails the build with Packer's message", async () => {
    const since = new Date().toISOString();
    const dir = playbookDir();
    const r = await buildIn(
      emu,
      dir,
      {
        builders: [sshBuilder(emu, "ansible-local-fails")],
        provisioners: [{ type: "ansible-local", playbook_file: "fail.yml" }],
      },
      "ansible-local-fail",
    );
    expect(r.ok).toBe(false);
    expect(r.text).toContain("TASK [Fail on purpose]");
    expect(r.text).toContain("Error executing Ansible: Non-zero exit status: 2");
    expect(emu.leakCheck({ since })).toEqual([]);
  }, 180_000);
});
