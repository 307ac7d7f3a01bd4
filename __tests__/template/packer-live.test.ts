/**
 * Live check against the real Packer 1.6.6 (skipped when `packer` is not installed): for each
 * small template, every error `packer validate` prints must be one of our diagnostics, word for
 * word. Packer stops at the first failing stage; we report every stage, so ours may hold more.
 */
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadTemplate } from "../../src/template/load.js";

function packerVersion(): string | undefined {
  try {
    return execFileSync("packer", ["version"], { encoding: "utf8", timeout: 20_000 }).trim();
  } catch {
    return undefined;
  }
}
const HAS_PACKER = packerVersion()?.startsWith("Packer v1.6.6") ?? false;

/** Packer's error lines, unwrapped: bullets flattened, nested "N error(s) decoding:" joined. */
function packerErrors(output: string): string[] {
  const text = output.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = text.split("\n");
  const items: string[] = [];
  let current: string | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, "");
    const bullet = /^\t?\* (.*)$/.exec(line);
    if (bullet) {
      if (current !== undefined) items.push(current);
      current = bullet[1];
    } else if (line === "") {
      if (current !== undefined) items.push(current);
      current = undefined;
    } else if (current !== undefined) current += ` ${line.trim()}`;
  }
  if (current !== undefined) items.push(current);
  // "builder 1: 1 error(s) decoding:" followed by "* 'Type' ..." is one error.
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const m = /^(.*?)\d+ error\(s\) decoding:$/.exec(items[i]);
    if (m && i + 1 < items.length) {
      out.push(`${m[1]}${items[i + 1]}`);
      i++;
    } else out.push(items[i]);
  }
  if (out.length > 0) return out;
  const single = text
    .replace(/^Failed to parse template: /m, "")
    .replace(/^Error: /m, "")
    // An HCL-style summary line precedes the real error for build initialisation failures.
    .replace(/^Failed to (initialize|prepare) build:? "[^"]*"\n/m, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ");
  return single ? [single] : [];
}

const run = promisify(execFile);

async function runPacker(dir: string, args: string[]): Promise<{ code: number; errors: string[] }> {
  try {
    await run("packer", ["validate", ...args, "t.json"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    return { code: 0, errors: [] };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, errors: packerErrors(`${e.stderr}\n${e.stdout}`) };
  }
}

const N = `{"type":"null","communicator":"none"}`;
const CASES: { name: string; text: string; args?: string[]; files?: Record<string, string> }[] = [
  { name: "unknown root keys", text: `{"builders":[${N}],"foo":1,"_c":"x","bar":2}` },
  { name: "comment not a string", text: `{"builders":[${N}],"_c":5}` },
  { name: "duplicate field", text: `{"builders":[${N}],"a":{"x":1,"x":2}}` },
  { name: "no builders", text: `{"builders":[]}` },
  {
    name: "builder without type and duplicate name",
    text: `{"builders":[{"communicator":"none"},${N},${N}]}`,
  },
  { name: "builder not an object", text: `{"builders":[5]}` },
  { name: "builder type of the wrong type", text: `{"builders":[{"type":[]}]}` },
  {
    name: "variables of the wrong type",
    text: `{"variables":{"n":5,"b":true,"l":[1,"a"],"s":"x"},"builders":[${N}]}`,
  },
  { name: "required variables", text: `{"variables":{"r":null,"q":null},"builders":[${N}]}` },
  { name: "undefined reference", text: `{"variables":{"a":"{{user \`b\`}}"},"builders":[${N}]}` },
  { name: "unknown function in a default", text: `{"variables":{"a":"{{foo}}"},"builders":[${N}]}` },
  { name: "min_packer_version", text: `{"min_packer_version":"1.7beta","builders":[${N}]}` },
  { name: "min_packer_version malformed", text: `{"min_packer_version":"1..2","builders":[${N}]}` },
  { name: "root key type errors", text: `{"min_packer_version":5,"builders":[${N}]}` },
  { name: "push not a map", text: `{"push":5,"builders":[${N}]}` },
  { name: "variables not a map", text: `{"variables":[],"builders":[${N}]}` },
  { name: "sensitive-variables element", text: `{"sensitive-variables":[5],"builders":[${N}]}` },
  {
    name: "provisioner decode errors",
    text: `{"builders":[${N}],"provisioners":[{"inline":["x"]},5,{"type":"shell-local","pause_before":"5x"},{"type":"shell-local","only":{"a":"b"}}]}`,
  },
  {
    name: "provisioner only/except/override",
    text: `{"builders":[${N}],"provisioners":[{"type":"shell-local","inline":["a"],"only":["q"]},{"type":"shell-local","inline":["a"],"only":["null"],"except":["z"]},{"type":"shell-local","inline":["a"],"override":{"zz":{}}}]}`,
  },
  {
    name: "post-processor forms",
    text: `{"builders":[${N}],"post-processors":[5,[[]],["a",5,true,{"only":["null"]}]]}`,
  },
  {
    name: "post-processor decode",
    text: `{"builders":[${N}],"post-processors":[{"type":"shell-local","only":"null","inline":["a"]},{"type":"shell-local","keep_input_artifact":"true","inline":["a"]}]}`,
  },
  {
    name: "post-processor only/except",
    text: `{"builders":[${N}],"post-processors":[{"type":"shell-local","only":["nope"],"except":["zz"],"inline":["a"]},{"type":"shell-local","only":["nope"],"inline":["a"]}]}`,
  },
  { name: "cleanup provisioner without type", text: `{"builders":[${N}],"error-cleanup-provisioner":{}}` },
  {
    name: "builder name fails to render",
    text: `{"builders":[{"type":"null","communicator":"none","name":"{{ foo }}"}]}`,
  },
  {
    name: "max_retries not an integer",
    text: `{"builders":[${N}],"provisioners":[{"type":"shell-local","inline":["true"],"max_retries":"abc"}]}`,
  },
  { name: "JSON syntax error", text: `{"builders":[${N},]}` },
  { name: "number too large", text: `{"builders":[{"type":"null","communicator":"none","x":1e400}]}` },
  { name: "valid with -var", text: `{"variables":{"r":null},"builders":[${N}]}`, args: ["-var", "r=1"] },
  {
    name: "var files: later wins, null is set",
    text: `{"variables":{"r":null,"q":null},"builders":[${N}]}`,
    args: ["-var-file=a.json", "-var-file=b.json"],
    files: { "a.json": '{"r":"1"}', "b.json": '{"q":null} trailing' },
  },
  {
    name: "var file with a number",
    text: `{"builders":[${N}]}`,
    args: ["-var-file=a.json"],
    files: { "a.json": '{"a":5}' },
  },
  {
    name: "var file not an object",
    text: `{"builders":[${N}]}`,
    args: ["-var-file=a.json"],
    files: { "a.json": "[1]" },
  },
  {
    name: "var file truncated",
    text: `{"builders":[${N}]}`,
    args: ["-var-file=a.json"],
    files: { "a.json": '{"a":' },
  },
  {
    name: "var file empty",
    text: `{"builders":[${N}]}`,
    args: ["-var-file=a.json"],
    files: { "a.json": "" },
  },
  { name: "var file missing", text: `{"builders":[${N}]}`, args: ["-var-file=nope.json"] },
];

describe.skipIf(!HAS_PACKER)("template errors match packer validate 1.6.6", () => {
  it.concurrent.each(CASES)("$name", async ({ text, args, files }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "ib-live-"));
    writeFileSync(path.join(dir, "t.json"), text);
    for (const [name, body] of Object.entries(files ?? {})) writeFileSync(path.join(dir, name), body);
    const packer = await runPacker(dir, args ?? []);
    const vars: string[] = [];
    const varFiles: string[] = [];
    for (let i = 0; args && i < args.length; i++) {
      if (args[i] === "-var") vars.push(args[++i]);
      else if (args[i].startsWith("-var-file=")) varFiles.push(args[i].slice("-var-file=".length));
    }
    const ours = loadTemplate({ path: "t.json", cwd: dir, env: {}, vars, varFiles }).diagnostics.map(
      (d) => d.message,
    );
    // Our JSON syntax errors say "Error parsing JSON: ..." without Packer's excerpt of the line.
    const expected = packer.errors.map((e) => e.replace(/ At line \d+, column \d+ \(offset \d+\):.*$/, ""));
    expect(packer.code === 0).toBe(ours.length === 0);
    if (packer.code !== 0) expect(expected.length).toBeGreaterThan(0);
    for (const e of expected) expect(ours).toContain(e);
  });
});

/** What `packer build` ran: for each build, the markers its provisioners and post-processors echoed. */
async function packerBuild(dir: string, args: string[]): Promise<Record<string, string[]>> {
  const { stdout: out } = await run("packer", ["build", "-color=false", ...args, "t.json"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 60_000,
  });
  const ran: Record<string, string[]> = {};
  for (const m of out.matchAll(/^\s*(\S+?)(?: \(shell-local\))?: MARK-(\S+)$/gm)) {
    ran[m[1]] ??= [];
    ran[m[1]].push(m[2]);
  }
  for (const m of out.matchAll(/^Build '([^']*)' finished/gm)) ran[m[1]] ??= [];
  for (const v of Object.values(ran)) v.sort();
  return ran;
}

describe.skipIf(!HAS_PACKER)("build selection matches packer build 1.6.6", () => {
  const echo = (mark: string, extra = "") => `{"type":"shell-local","inline":["echo MARK-${mark}"]${extra}}`;
  const TEMPLATE = `{
    "variables": {"v": "X"},
    "builders": [
      {"type":"null","communicator":"none","name":"a1"},
      {"type":"null","communicator":"none","name":"b"},
      {"type":"null","communicator":"none","name":"n-{{user \`v\`}}"}
    ],
    "provisioners": [
      ${echo("P0", `,"only":["a1"]`)},
      ${echo("P1", `,"except":["a1"]`)},
      ${echo("P2", `,"only":["n-{{user \`v\`}}"]`)},
      ${echo("P3")}
    ],
    "post-processors": [
      [${echo("Q0.0", `,"name":"pp1"`)}, ${echo("Q0.1")}],
      ${echo("Q1.0", `,"name":"solo"`)},
      [${echo("Q2.0", `,"only":["b"],"name":"onlyb"`)}, ${echo("Q2.1", `,"name":"after"`)}]
    ]
  }`;

  function ours(dir: string, only: string[], except: string[]): Record<string, string[]> {
    const t = loadTemplate({ path: "t.json", cwd: dir, env: {}, only, except }).template!;
    const ran: Record<string, string[]> = {};
    const mark = (node: { config: { members: { key: string; value: unknown }[] } }) => {
      const inline = node.config.members.find((m) => m.key === "inline")?.value as {
        items: { value: string }[];
      };
      return inline.items[0].value.replace("echo MARK-", "");
    };
    for (const b of t.builds) {
      ran[b.name] = [...b.provisioners.map(mark), ...b.postProcessors.flat().map(mark)].sort();
    }
    return ran;
  }

  it.concurrent.each([
    { only: [], except: [] },
    { only: ["a*"], except: [] },
    { only: ["zzz"], except: [] },
    { only: [], except: ["*"] },
    { only: ["a1", "n-X"], except: [] },
    { only: [], except: ["pp1"] },
    { only: [], except: ["shell-local"] },
    { only: ["b"], except: ["onlyb"] },
    { only: [], except: ["b", "solo"] },
  ])("-only=$only -except=$except", async ({ only, except }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "ib-live-"));
    writeFileSync(path.join(dir, "t.json"), TEMPLATE);
    const args = [
      ...(only.length ? [`-only=${only.join(",")}`] : []),
      ...(except.length ? [`-except=${except.join(",")}`] : []),
    ];
    expect(ours(dir, only, except)).toEqual(await packerBuild(dir, args));
  });
});
