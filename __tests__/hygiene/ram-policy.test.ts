// docs/ram-policy.md lists exactly the ECS and VPC actions the code calls: a new call without its
// permission, or a permission nothing calls any more, fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** `ecs:Action` for every `cloud.ecs("Action", …)`, `cloud.vpc(…)`, `ecsRequest("action", …)`, `vpcRequest(…)` in src/. */
function calledActions(): Set<string> {
  const found = new Set<string>();
  const call = /\.(ecs|vpc)(Request)?(?:<[^>(]*>)?\(\s*"(\w+)"/g;
  for (const file of sources(join(ROOT, "src"))) {
    for (const m of readFileSync(file, "utf8").matchAll(call)) {
      const action = m[3].charAt(0).toUpperCase() + m[3].slice(1);
      found.add(`${m[1]}:${action}`);
    }
  }
  return found;
}

it("the policy in docs/ram-policy.md allows every action the build and the sweep call, and nothing else", () => {
  const doc = readFileSync(join(ROOT, "docs/ram-policy.md"), "utf8");
  const json = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
  expect(json, "a ```json policy block").toBeDefined();
  const policy = JSON.parse(json ?? "{}") as { Statement: { Action: string[] }[] };
  const allowed = new Set(policy.Statement.flatMap((s) => s.Action).filter((a) => /^(ecs|vpc):/.test(a)));
  const called = calledActions();
  expect(called.size).toBeGreaterThan(30);
  expect([...called].filter((a) => !allowed.has(a)).sort(), "called but not in the policy").toEqual([]);
  expect([...allowed].filter((a) => !called.has(a)).sort(), "in the policy but never called").toEqual([]);
});
