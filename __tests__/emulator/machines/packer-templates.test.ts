// Packer 1.6.6 builds project templates against the emulator's machines (see packer-helpers.ts
// for the portable copies and what is asserted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, expectOnlyImages, FIXTURES, hasPacker, type Template } from "./packer-helpers.js";

describe.skipIf(!hasPacker)("Packer 1.6.6 builds project templates against the emulator's machines", () => {
  const T = (n: string) => join(FIXTURES, "templates", n);

  it.each([
    "01-plugin-basic.json",
    "03-plugin-data-disk.json",
    "07-packer-2020-basic.json",
    "10-packer-docs-2020-basic.json",
    "12-acc-basic.json",
    "13-acc-disk-settings.json",
    "18-acc-image-tags.json",
    "33-aliyundocs-ecs-devops-tags.json",
  ])("%s", { timeout: 120_000 }, async (name) => {
    const t = JSON.parse(readFileSync(T(name), "utf8")) as Template;
    const b = await build(T(name));
    expectOnlyImages(b);
    const [id] = Object.values(b.images);
    expect(b.read(id, "/etc/os-release")).toMatch(/^NAME=/);
    if (JSON.stringify(t.provisioners ?? []).includes("yum install"))
      expect(b.read(id, "/var/log/provision.log")).toContain("emulated: yum install redis.x86_64 -y");
  });

  it("16-acc-region-copy.json: the copies in other regions hold the same files", {
    timeout: 120_000,
  }, async () => {
    const b = await build(T("16-acc-region-copy.json"));
    expectOnlyImages(b);
    expect(Object.keys(b.images).sort()).toEqual(["cn-beijing", "cn-hangzhou", "cn-shenzhen"]);
    const os = b.read(b.images["cn-beijing"], "/etc/os-release");
    expect(b.read(b.images["cn-hangzhou"], "/etc/os-release")).toBe(os);
    expect(b.read(b.images["cn-shenzhen"], "/etc/os-release")).toBe(os);
  });
});
