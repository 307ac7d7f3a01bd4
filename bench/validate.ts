/**
 * Validate time against the number of template variables (1k, 10k, 100k): each size runs in a
 * fresh child process (so that its peak RSS is its own), validating a generated template whose
 * variables are plain values, `{{user}}` references to another variable (one in ten) and an
 * `{{env}}` (one in a hundred), with a var file overriding one in twenty. Expect time to grow about
 * linearly with the size.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Figure } from "./report.js";

const SIZES = [1_000, 10_000, 100_000];
const SELF = resolve(import.meta.dirname, "validate.ts");
const TSX = resolve(import.meta.dirname, "../node_modules/tsx/dist/esm/index.mjs");

/** Writes the template and var file for `n` variables into `dir`; returns their names. */
function generate(dir: string, n: number): { template: string; varFile: string } {
  const variables: Record<string, string> = {};
  const overrides: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const name = `var_${i}`;
    if (i % 100 === 99) variables[name] = "{{env `HOME`}}";
    else if (i % 10 === 9) variables[name] = `prefix-{{user \`var_${i - 1}\`}}`;
    else variables[name] = `value-${i}`;
    if (i % 20 === 0) overrides[name] = `override-${i}`;
  }
  const template = {
    variables,
    builders: [
      {
        type: "alicloud-ecs",
        region: "cn-hangzhou",
        image_name: "bench-{{user `var_9`}}",
        source_image: "ubuntu_22_04_x64_20G_alibase_20240220.vhd",
        instance_type: "ecs.g7.large",
        ssh_username: "root",
      },
    ],
    provisioners: [{ type: "shell", inline: ["echo {{user `var_19`}}"] }],
  };
  writeFileSync(join(dir, "template.json"), JSON.stringify(template));
  writeFileSync(join(dir, "vars.json"), JSON.stringify(overrides));
  return { template: "template.json", varFile: "vars.json" };
}

/** In the child: one validation of `n` variables; prints `{ms, rssMb, bytes, ok}` as JSON. */
async function child(n: number): Promise<void> {
  const { validateTemplate } = await import("../src/engine/validate.js");
  const dir = mkdtempSync(join(tmpdir(), "image-build-bench-vars-"));
  try {
    const { template, varFile } = generate(dir, n);
    const env = { ALICLOUD_ACCESS_KEY: "bench", ALICLOUD_SECRET_KEY: "bench", HOME: "/home/bench" };
    // CPU time (user + system) of the validation: wall time swings on a shared machine.
    const start = process.cpuUsage();
    const r = await validateTemplate({ path: template, varFiles: [varFile], cwd: dir, env });
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    const bytes = JSON.stringify(r.template?.values ?? {}).length;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const errors = r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
    process.stdout.write(JSON.stringify({ ms, rssMb, bytes, ok: r.ok, errors: errors.slice(0, 3) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Validate time per size and the peak RSS of the largest. */
export async function benchValidateVariables(): Promise<Figure[]> {
  const figures: Figure[] = [];
  let previous: { n: number; ms: number } | undefined;
  for (const n of SIZES) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", TSX, SELF, "--child", String(n)],
      {
        timeout: 600_000,
        maxBuffer: 1024 * 1024,
      },
    );
    const r = JSON.parse(stdout) as { ms: number; rssMb: number; ok: boolean; errors: string[] };
    if (!r.ok)
      throw new Error(`the generated template with ${n} variables is invalid: ${r.errors.join("; ")}`);
    const growth = previous ? `×${(r.ms / previous.ms).toFixed(1)} for ×${n / previous.n} variables` : "";
    figures.push({
      name: `validate ${n} variables, CPU time`,
      value: Math.round(r.ms),
      unit: "ms",
      note: growth,
    });
    if (n === SIZES.at(-1)) {
      figures.push({ name: `peak RSS, ${n} variables`, value: Math.round(r.rssMb), unit: "MB" });
    }
    previous = { n, ms: r.ms };
  }
  return figures;
}

if (process.argv[2] === "--child") await child(Number(process.argv[3]));
