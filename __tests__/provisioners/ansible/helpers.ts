// Helpers of the ansible tests: whether ansible-playbook is here, a copy of the playbook fixture,
// and a template built by the real engine against the emulator from that directory.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Emulator } from "../../../emulator/index.js";
import { type RunBuildsResult, runBuilds } from "../../../src/engine/build.js";
import { provisioningHooks } from "../../../src/engine/provisioning.js";
import { validateTemplate } from "../../../src/engine/validate.js";
import { RecordingUi } from "../../../src/ui/recording.js";

/** True when `ansible-playbook` runs here (a visible notice otherwise). */
export const haveAnsible = (() => {
  try {
    execFileSync("ansible-playbook", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    console.warn(
      "NOTICE: ansible-playbook is not installed (apt-get install ansible-core); the ansible tests are skipped",
    );
    return false;
  }
})();

/** A fresh copy of `__tests__/fixtures/ansible/playbook`; returns its path. */
export function playbookDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-ansible-"));
  cpSync(join(__dirname, "../../fixtures/ansible/playbook"), dir, { recursive: true });
  return dir;
}

/** An alicloud-ecs builder that talks SSH to the emulator's machines. */
export function sshBuilder(emu: Emulator, imageName: string): Record<string, unknown> {
  return {
    type: "alicloud-ecs",
    region: "cn-hangzhou",
    image_name: imageName,
    source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
    instance_type: "ecs.n1.tiny",
    communicator: "ssh",
    ssh_username: "root",
    ssh_port: emu.machines!.sshPort,
    associate_public_ip_address: true,
  };
}

/** Validates (from `dir`) and builds a template against the emulator, recording the Ui. */
export async function buildIn(
  emu: Emulator,
  dir: string,
  template: Record<string, unknown>,
  runId: string,
): Promise<RunBuildsResult & { ui: RecordingUi; text: string }> {
  const path = join(dir, "template.json");
  writeFileSync(path, JSON.stringify(template, null, 2));
  const env = { ...emu.env };
  const v = await validateTemplate({ path, env, cwd: dir });
  if (!v.ok) throw new Error(`template invalid: ${v.diagnostics.map((d) => d.message).join("; ")}`);
  const ui = new RecordingUi();
  const r = await runBuilds(v.prepared, {
    ui,
    env,
    home: tmpdir(),
    template: v.template,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    provisioning: provisioningHooks({
      template: v.template,
      runId,
      cwd: dir,
      env: {},
      sshTimings: { tcpRetryMs: 100, authRetryMs: 100 },
    }),
  });
  return { ...r, ui, text: ui.lines.map((l) => l.text).join("\n") };
}
