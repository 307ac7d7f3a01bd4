/**
 * Packer 1.6.6 as an oracle (skipped when `packer` is not installed): each expression is set as a
 * local, `packer inspect` prints its value, and our evaluator must give the same string.
 * Non-string results are compared through jsonencode(). Left out: functions 1.6.6 lacks (`tolist`
 * and the other `to*` but `tostring`/`tonumber`/`tobool`… are current Packer's) and `can(regex(…))`,
 * which 1.6.6 answers false where current Packer and Terraform answer true.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/template/hcl2/evaluate.js";
import { packerFunctions } from "../../../src/template/hcl2/functions/index.js";
import { parseHcl } from "../../../src/template/hcl2/parser.js";

function hasPacker(): boolean {
  try {
    return execFileSync("packer", ["version"], { encoding: "utf8", timeout: 20_000 }).startsWith(
      "Packer v1.6.6",
    );
  } catch {
    return false;
  }
}

const EXPRESSIONS = [
  '<<-EOT\n    x ${upper("y")}\n      z\n  EOT',
  '"p  %{~ if true ~}  q  %{~ endif ~}  r"',
  '"%{ for i, v in ["a", "b"] }${i}=${v};%{ endfor }"',
  'jsonencode([for s in ["a", "bb", "c"] : upper(s) if s != "bb"])',
  'jsonencode({for s in ["a", "bb", "c"] : length(s) => s...})',
  'formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")',
  'formatdate("h:mm aa ZZZZZ", "2018-01-02T23:12:01-08:00")',
  'format("%5.2f|%-4s|%q|%x|%03d|%t", 3.14159, "ab", "q\\"", 255, 7, true)',
  'jsonencode("5" + 1)',
  "jsonencode([{a = 1}, {a = 2}][*].a)",
  'jsonencode(cidrsubnets("10.1.0.0/16", 4, 4, 8, 4))',
  'cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)',
  'title("hello world-foo bar_baz")',
  'regex_replace("hello world", "(o)", "[$1]")',
  'trimspace("\\u00a0 x \\n")',
  'jsonencode(split(",", ""))',
  "jsonencode(merge({a = 1}, {b = [2]}))",
  'jsonencode(lookup({a = 1}, "b", "d"))',
  "jsonencode(10 / 4)",
  "jsonencode(7 % 3)",
  'jsonencode(1 == "1")',
  'substr("héllo wörld", 1, 4)',
  'strrev("héllo")',
  'jsonencode(length("héllo"))',
  'sha512("x")',
  'base64encode("héllo")',
  'jsonencode(yamldecode("a: [1, b]"))',
  'yamlencode({a = ["x", 1]})',
  'jsonencode(csvdecode("a,b\\n1,\\"x,y\\""))',
  'urlencode("a b&c=d/é")',
  'jsonencode(try(tonumber("x"), "fallback"))',
  'indent(2, "a\\nb\\n")',
  'timeadd("2017-11-22T00:00:00Z", "-1h30m")',
  'jsonencode(setproduct(["a", "b"], [1, 2]))',
  "jsonencode(flatten([[1, [2]], 3]))",
  'jsonencode(sort(["b", "a", "C"]))',
  "jsonencode(range(5, 0, -2))",
  'jsonencode(parseint("-zz", 36))',
  "jsonencode(chunklist([1, 2, 3], 2))",
  "jsonencode(element([1, 2, 3], 5))",
  'jsonencode(reverse(["a", "b"]))',
  "jsonencode(max(-1, 2.5))",
  'uuidv5("url", "https://example.com/")',
];

describe.skipIf(!hasPacker())("HCL2 expressions against Packer 1.6.6", () => {
  it("evaluates each expression as `packer inspect` prints it", () => {
    const d = mkdtempSync(join(tmpdir(), "hcl2-oracle-"));
    const locals = EXPRESSIONS.map((e, i) => `  l${i} = ${e}`).join("\n");
    const text = `locals {\n${locals}\n}\nsource "null" "a" {\n  communicator = "none"\n}\nbuild {\n  sources = ["source.null.a"]\n}\n`;
    writeFileSync(join(d, "a.pkr.hcl"), text);
    const out = execFileSync("packer", ["inspect", "."], {
      cwd: d,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    });
    const theirs = new Map<string, string>();
    for (const m of out.matchAll(/^local\.(l\d+): (".*")$/gm)) theirs.set(m[1], JSON.parse(m[2]));
    const parsed = parseHcl(text, "a.pkr.hcl");
    expect(parsed.diagnostics).toEqual([]);
    const fns = packerFunctions({ cwd: d, now: new Date(), env: {} }).general;
    const ours = new Map<string, unknown>();
    for (const a of parsed.body.blocks[0].body.attributes) {
      const r = evaluate(a.expr, { variables: new Map(), functions: fns });
      ours.set(a.name, r.diagnostics.length ? r.diagnostics.map((x) => x.detail).join("; ") : r.value);
    }
    const mismatches = EXPRESSIONS.map((e, i) => ({
      e,
      theirs: theirs.get(`l${i}`),
      ours: ours.get(`l${i}`),
    })).filter((x) => x.theirs !== x.ours);
    expect(mismatches).toEqual([]);
  }, 120_000);
});
