/**
 * `min_packer_version` against 1.6.6, each case observed with `packer validate`.
 */
import { describe, expect, it } from "vitest";
import { checkMinPackerVersion } from "../../src/template/version.js";

const requires = (v: string) => `This template requires Packer version ${v} or higher; using 1.6.6`;

describe("checkMinPackerVersion", () => {
  it.each([
    ["1.7.0", requires("1.7.0")],
    ["1.7beta", requires("1.7.0-beta")],
    ["v1.7", requires("1.7.0")],
    ["1.7.0+meta", requires("1.7.0+meta")],
    ["01.7", requires("1.7.0")],
    ["2", requires("2.0.0")],
    ["1.6.7-rc1", requires("1.6.7-rc1")],
    ["1.6.6.1", requires("1.6.6.1")],
    ["1.7.0-1a.b", requires("1.7.0-1a.b")],
    ["1.06.07", requires("1.6.7")],
    [" 1.7", "min_version is invalid: Malformed version:  1.7"],
    ["1..2", "min_version is invalid: Malformed version: 1..2"],
    ["abc", "min_version is invalid: Malformed version: abc"],
  ])("%j fails", (v, message) => {
    expect(checkMinPackerVersion(v)).toBe(message);
  });

  it.each(["", "1.6.6", "1.6.6.0", "1.6.6-", "1.6.6-beta", "1.5", "0.1.0"])("%j passes", (v) => {
    expect(checkMinPackerVersion(v)).toBeUndefined();
  });
});
