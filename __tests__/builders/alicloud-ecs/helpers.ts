// Running templates through the real engine against an in-process emulator.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Emulator } from "../../../emulator/index.js";
import { type RunBuildsOptions, type RunBuildsResult, runBuilds } from "../../../src/engine/build.js";
import { validateTemplate } from "../../../src/engine/validate.js";
import { RecordingUi } from "../../../src/ui/recording.js";

/** A public image of the emulator's catalogue. */
export const SOURCE_IMAGE = "ubuntu_22_04_x64_20G_alibase_20240220.vhd";

/** An alicloud-ecs builder block with the `none` communicator; `extra` adds or overrides keys. */
export function builder(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "alicloud-ecs",
    region: "cn-hangzhou",
    image_name: "image-build-test",
    source_image: SOURCE_IMAGE,
    instance_type: "ecs.n1.tiny",
    communicator: "none",
    ...extra,
  };
}

/** Writes a template to a fresh directory; returns its path. */
export function writeTemplate(template: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-tpl-"));
  const path = join(dir, "template.json");
  writeFileSync(path, JSON.stringify(template, null, 2));
  return path;
}

/** Validates and runs a template against the emulator (fast retries), recording the Ui. */
export async function buildTemplate(
  emu: Emulator,
  template: Record<string, unknown>,
  opts: Partial<RunBuildsOptions> & { force?: boolean; vars?: string[] } = {},
): Promise<RunBuildsResult & { ui: RecordingUi }> {
  const path = writeTemplate(template);
  const env = { ...emu.env };
  const v = await validateTemplate({ path, env, cwd: tmpdir(), force: opts.force, vars: opts.vars });
  if (!v.ok) throw new Error(`template invalid: ${v.diagnostics.map((d) => d.message).join("; ")}`);
  const ui = new RecordingUi();
  const r = await runBuilds(v.prepared, {
    ui,
    env,
    home: tmpdir(),
    template: v.template,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 50 },
    ...opts,
  });
  return { ...r, ui };
}
