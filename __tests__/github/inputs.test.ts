// Reading the action's inputs: every value checked up front, errors naming the input and the allowed values.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  choiceInput,
  endpointInput,
  InputError,
  integerInput,
  readActionInputs,
} from "../../src/github/inputs.js";

function setInputs(inputs: Record<string, string>) {
  for (const k of Object.keys(process.env)) if (k.startsWith("INPUT_")) delete process.env[k];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
afterEach(() => setInputs({}));

/** A workspace with a `sub` directory and a file `f` (the working directory must exist). */
const WS = mkdtempSync(join(tmpdir(), "image-build-ws-"));
mkdirSync(join(WS, "sub"));
writeFileSync(join(WS, "f"), "");

describe("paths: checked before anything else", () => {
  it.each([
    [{ "working-directory": "nope" }, `Input 'working-directory': "nope" does not exist`],
    [{ "working-directory": "f" }, `Input 'working-directory': "f" is not a directory`],
    [{ "working-directory": "../.." }, `Input 'working-directory' ("../..") leads outside the workspace`],
    [{ manifest: "../m.json" }, `Input 'manifest' ("../m.json") leads outside the workspace`],
  ])("%j is refused", (inputs, message) => {
    setInputs({ template: "t.json", ...inputs });
    expect(() => readActionInputs({ GITHUB_WORKSPACE: WS })).toThrow(InputError);
    expect(() => readActionInputs({ GITHUB_WORKSPACE: WS })).toThrow(message);
  });

  it("an absolute manifest or working directory is the user's explicit choice", () => {
    setInputs({ template: "t.json", manifest: "/elsewhere/m.json", "working-directory": tmpdir() });
    expect(readActionInputs({ GITHUB_WORKSPACE: WS })).toMatchObject({
      manifest: "/elsewhere/m.json",
      cwd: tmpdir(),
    });
  });
});

describe("action inputs", () => {
  it("defaults: cleanup, no parallel limit, reuse and summary on, manifest under RUNNER_TEMP", () => {
    setInputs({ template: "examples/web.json" });
    const i = readActionInputs({ GITHUB_WORKSPACE: WS, RUNNER_TEMP: "/runner/tmp" });
    expect(i).toMatchObject({
      template: `${WS}/examples/web.json`,
      cwd: WS,
      varFiles: [],
      vars: [],
      validateOnly: false,
      force: false,
      onError: "cleanup",
      parallelBuilds: 0,
      reuse: true,
      summary: true,
      manifest: "/runner/tmp/image-build-manifest.json",
      tagsText: "",
      endpoints: {},
      exportCredentials: false,
    });
    expect(i.only).toBeUndefined();
    // Outside a runner the manifest goes to the workspace.
    expect(readActionInputs({ GITHUB_WORKSPACE: WS }).manifest).toBe(`${WS}/image-build-manifest.json`);
  });

  it("reads every value", () => {
    setInputs({
      template: "t.json",
      "working-directory": "sub",
      "var-file": "a.json\nb.json",
      variables: "x=1\n# comment\ny = two words",
      only: "a, b",
      force: "true",
      "on-error": "abort",
      "parallel-builds": "2",
      reuse: "false",
      summary: "False",
      manifest: "out/m.json",
      tags: "team=images\ncost-center = 42",
      "ecs-endpoint": "https://ecs-vpc.cn-hangzhou.aliyuncs.com",
      "vpc-endpoint": "127.0.0.1:8080",
      "validate-only": "TRUE",
    });
    expect(readActionInputs({ GITHUB_WORKSPACE: WS })).toMatchObject({
      template: `${WS}/t.json`,
      cwd: `${WS}/sub`,
      varFiles: [`${WS}/a.json`, `${WS}/b.json`],
      vars: ["x=1", "y= two words"],
      only: ["a", "b"],
      validateOnly: true,
      force: true,
      onError: "abort",
      parallelBuilds: 2,
      reuse: false,
      summary: false,
      manifest: `${WS}/out/m.json`,
      tagsText: "team=images\ncost-center = 42",
      endpoints: { ecs: "https://ecs-vpc.cn-hangzhou.aliyuncs.com", vpc: "127.0.0.1:8080" },
    });
  });

  it.each([
    [{ "on-error": "ask" }, "Input 'on-error' must be one of cleanup, abort; got 'ask'"],
    [
      { "parallel-builds": "-1" },
      "Input 'parallel-builds' must be a whole number of at least 0 (0 = no limit); got '-1'",
    ],
    [
      { "parallel-builds": "two" },
      "Input 'parallel-builds' must be a whole number of at least 0 (0 = no limit); got 'two'",
    ],
    [{ reuse: "yes" }, "Input 'reuse' must be true or false, got 'yes'"],
    [{ summary: "on" }, "Input 'summary' must be true or false, got 'on'"],
    [{ force: "1" }, "Input 'force' must be true or false, got '1'"],
    [
      { "ecs-endpoint": "https://ecs.aliyuncs.com/path" },
      "Input 'ecs-endpoint' must be an endpoint: host[:port]",
    ],
    [{ "vpc-endpoint": "ftp://x" }, "Input 'vpc-endpoint' must be an endpoint"],
    [{ only: "a", except: "b" }, "Inputs 'only' and 'except' cannot be used together"],
  ])("rejects %j", (bad, message) => {
    setInputs({ template: "t.json", ...bad });
    expect(() => readActionInputs({ GITHUB_WORKSPACE: WS })).toThrow(InputError);
    expect(() => readActionInputs({ GITHUB_WORKSPACE: WS })).toThrow(message);
  });

  it("requires the template", () => {
    setInputs({});
    expect(() => readActionInputs({})).toThrow("Input required and not supplied: template");
  });

  it("single readers", () => {
    setInputs({ a: "b", n: "7", e: "ecs.cn-hangzhou.aliyuncs.com:443" });
    expect(choiceInput("a", ["a", "b"] as const, "a")).toBe("b");
    expect(choiceInput("missing", ["a", "b"] as const, "a")).toBe("a");
    expect(integerInput("n", 0)).toBe(7);
    expect(() => integerInput("n", 0, 8)).toThrow("at least 8");
    expect(endpointInput("e")).toBe("ecs.cn-hangzhou.aliyuncs.com:443");
  });
});
