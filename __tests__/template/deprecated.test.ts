import { describe, expect, it } from "vitest";
import { fixRename, goGlob, isDeprecatedKey } from "../../src/template/deprecated.js";

describe("deprecated keys (Packer 1.6.6's fixer table)", () => {
  it("matches plugin types like github.com/ryanuber/go-glob", () => {
    expect(goGlob("*", "anything")).toBe(true);
    expect(goGlob("mitchellh.amazon*", "mitchellh.amazonebs")).toBe(true);
    expect(goGlob("mitchellh.amazon*", "x.mitchellh.amazonebs")).toBe(false);
    expect(goGlob("*.hyperv", "MSOpenTech.hyperv")).toBe(true);
    expect(goGlob("a*c*e", "abcde")).toBe(true);
    expect(goGlob("a*c*e", "abcdf")).toBe(false);
    expect(goGlob("exact", "exact")).toBe(true);
    expect(goGlob("exact", "exactly")).toBe(false);
  });

  it("knows the * keys for any plugin type, the manifest's filename, and nothing without a type", () => {
    expect(isDeprecatedKey("shell", "ssh_key_path")).toBe(true);
    expect(isDeprecatedKey("alibaba.alicloud", "iso_checksum_type")).toBe(true);
    expect(isDeprecatedKey("alibaba.alicloud", "filename")).toBe(false);
    expect(isDeprecatedKey("packer.post-processor.manifest", "filename")).toBe(true);
    expect(isDeprecatedKey(undefined, "ssh_key_path")).toBe(false);
    expect(isDeprecatedKey("shell", "system.ssh_key_path")).toBe(false);
  });

  it("names packer fix's plain renames", () => {
    expect(fixRename("alibaba.alicloud", "ssh_key_path")).toBe("ssh_private_key_file");
    expect(fixRename("packer.post-processor.manifest", "filename")).toBe("output");
    expect(fixRename("alibaba.alicloud", "iso_md5")).toBeUndefined();
    expect(fixRename("shell", "ssh_key_path")).toBeUndefined();
  });
});
