// Conformance with `packer validate` (Packer 1.6.6): every fixture template gets Packer's verdict
// and reason from our validator, given the same -var values, working directory and environment
// (cases.ts). packer-verdicts.json records what Packer said (scripts/packer-verdicts.mjs); when
// `packer` is installed the recording is re-checked live.
//
// "Same reason" means every reason Packer gave has a matching error of ours (cases.ts maps them).
// Packer stops at the first failing stage (the builder, then the first failing provisioner); we
// report every problem at once, so extra errors of ours beside Packer's are expected.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CASES, type ConformanceCase, type ReasonMapping } from "./cases.js";
import {
  FIXTURES_DIR,
  packerVersion,
  type RecordedVerdict,
  r112OnlyKey,
  runPackerValidate,
  validateArgs,
  varFileArgs,
} from "./packer-run.js";

const recordedDoc = JSON.parse(readFileSync(new URL("./packer-verdicts.json", import.meta.url), "utf8")) as {
  packerVersion: string;
  verdicts: RecordedVerdict[];
};
const recorded = new Map(recordedDoc.verdicts.map((v) => [v.id, v]));

/** The signature of the validator the lead composes in src/engine/validate.ts. */
type ValidateTemplate = (opts: {
  path: string;
  vars?: string[];
  varFiles?: string[];
  only?: string[];
  except?: string[];
  env?: Record<string, string | undefined>;
  cwd?: string;
  syntaxOnly?: boolean;
}) => Promise<{
  ok: boolean;
  diagnostics: {
    file: string;
    line: number;
    column: number;
    path: string;
    message: string;
    severity: "error" | "warning";
  }[];
}>;

const VALIDATE_TS = new URL("../../src/engine/validate.ts", import.meta.url);
const validateAbsent = !existsSync(VALIDATE_TS);
/** Loaded only when the module exists; an import error then fails the tests, as it should. */
async function loadValidate(): Promise<ValidateTemplate> {
  const spec = "../../src/engine/validate.js";
  const mod = (await import(/* @vite-ignore */ spec)) as { validateTemplate: ValidateTemplate };
  return mod.validateTemplate;
}

const version = await packerVersion();
if (!version) {
  console.warn(
    "conformance: the `packer` binary (Packer 1.6.6) is not on PATH: the live re-check of " +
      "packer-verdicts.json is skipped; our validator is still compared with the recorded verdicts.",
  );
}
if (validateAbsent) {
  console.warn(
    "conformance: src/engine/validate.ts (validateTemplate) does not exist yet: the comparison of " +
      "our verdicts with Packer's is skipped until it does.",
  );
}

function verdictOf(c: ConformanceCase): RecordedVerdict {
  const v = recorded.get(c.id);
  if (!v) throw new Error(`no recorded verdict for ${c.id}: run npx tsx scripts/packer-verdicts.mjs`);
  return v;
}

/** Our expected verdict: Packer's, unless the case documents a divergence. */
function expectedOk(c: ConformanceCase): boolean {
  return c.divergence ? c.divergence.ok : verdictOf(c).exitCode === 0;
}

describe("conformance cases", () => {
  it("cover every JSON fixture template and every extracted seed template", () => {
    const listed = new Set(CASES.map((c) => c.template));
    for (const dir of ["templates", "seed-templates"]) {
      for (const f of readdirSync(join(FIXTURES_DIR, dir)).filter((n) => n.endsWith(".json"))) {
        expect(listed, `${dir}/${f} has no conformance case`).toContain(`${dir}/${f}`);
      }
    }
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  });

  it("use seed templates that are what the extraction script gives today", () => {
    const script = new URL("../../scripts/extract-seed-templates.mjs", import.meta.url);
    expect(() =>
      execFileSync(process.execPath, [script.pathname, "--check"], { stdio: "pipe" }),
    ).not.toThrow();
  });

  it("each have a recorded Packer verdict for the same inputs", () => {
    expect(recordedDoc.packerVersion).toBe("1.6.6");
    for (const c of CASES) {
      const v = verdictOf(c);
      expect(v.template).toBe(c.template);
      expect(v.cwd).toBe(c.cwd);
      expect(v.args).toEqual(validateArgs(c, c.template).slice(1));
    }
  });

  it.each(CASES)("$id: the reason mapping covers every error Packer gave", (c) => {
    const v = verdictOf(c);
    if (v.exitCode === 0) {
      expect(v.errors).toEqual([]);
      expect(c.reasons ?? []).toEqual([]);
      return;
    }
    if (c.divergence?.why === "r112-fields") {
      // Only R112-only keys: Packer 1.6.6 accepts everything else (R112 relaxes the rest here).
      expect(v.r112OnlyErrors).toEqual(v.errors);
      return;
    }
    if (c.divergence) return; // another component altogether; `divergence.ours` says what we say
    const reasons = c.reasons ?? [];
    expect(reasons.length, `${c.id} is invalid for Packer but maps no reason`).toBeGreaterThan(0);
    for (const e of v.errors) {
      expect(
        reasons.some((r) => e.includes(r.packer)),
        `Packer's error has no mapping: ${e}`,
      ).toBe(true);
    }
    for (const r of reasons) {
      expect(
        v.errors.some((e) => e.includes(r.packer)),
        `mapped reason is not Packer's: ${r.packer}`,
      ).toBe(true);
    }
    for (const e of v.errors) expect(r112OnlyKey(e)).toBeUndefined();
  });
});

describe.skipIf(!version)("packer validate still says what was recorded (live)", () => {
  it.concurrent.each(CASES)("$id", async (c) => {
    const v = verdictOf(c);
    const live = await runPackerValidate(c);
    expect({ exitCode: live.exitCode, errors: live.errors, position: live.position }).toEqual({
      exitCode: v.exitCode,
      errors: v.errors,
      position: v.position,
    });
  });
});

function matches(d: { message: string; path: string; line: number }, want: ReasonMapping["ours"]): boolean {
  return (
    want.message.test(d.message) &&
    (want.path === undefined || d.path === want.path) &&
    (want.line === undefined || d.line === want.line)
  );
}

describe.skipIf(validateAbsent)("our validator gives Packer's verdict and reason", () => {
  it.each(CASES)("$id", async (c) => {
    const validateTemplate = await loadValidate();
    const result = await validateTemplate({
      path: join(FIXTURES_DIR, c.template),
      vars: c.vars,
      varFiles: varFileArgs(c),
      env: { ...c.env },
      cwd: join(FIXTURES_DIR, c.cwd),
    });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    const shown = errors.map((d) => `${d.line}:${d.column} ${d.path}: ${d.message}`).join("\n");
    expect(result.ok, `verdict for ${c.id}; our errors:\n${shown}`).toBe(expectedOk(c));
    if (expectedOk(c)) {
      expect(errors).toEqual([]);
      return;
    }
    const wanted = c.divergence?.ours ?? (c.reasons ?? []).map((r) => r.ours);
    for (const want of wanted) {
      expect(
        errors.some((d) => matches(d, want)),
        `no error matches ${want.message}${want.path ? ` at ${want.path}` : ""}; ours:\n${shown}`,
      ).toBe(true);
    }
  });
});
