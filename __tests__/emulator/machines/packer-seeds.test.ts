// Packer 1.6.6 builds the seed templates against the emulator's machines (see packer-helpers.ts
// for the portable copies and what is asserted).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, expectOnlyImages, FIXTURES, hasPacker, type Template } from "./packer-helpers.js";

// 02 and 08 name a snapshot of the user's (s-bp1xxxxxx), 04 a VPC and vSwitch (vpc-xxxx): the copy
// names ones created in the emulator first.
const SEEDS = [
  "001_46923a7ba6622760-01.json",
  "001_46923a7ba6622760-02.json",
  "001_46923a7ba6622760-03.json",
  "001_46923a7ba6622760-04.json",
  "001_46923a7ba6622760-07.json",
  "001_46923a7ba6622760-08.json",
  "001_46923a7ba6622760-10.json",
  "004_5b186ebb0ede2d3a.json",
];

describe.skipIf(!hasPacker)("Packer 1.6.6 builds the seed templates against the emulator's machines", () => {
  it.each(SEEDS)("%s", { timeout: 120_000 }, async (name) => {
    const file = join(FIXTURES, "seed-templates", name);
    const t = JSON.parse(readFileSync(file, "utf8")) as Template;
    const b = await build(file);
    // Packer sends DeleteWithInstance=false for image_disk_mappings without disk_delete_with_instance:
    // those data disks outlive the instance (a real Packer leak, reference §1.3 step 7).
    const kept =
      (t.builders[0].image_disk_mappings as { disk_delete_with_instance?: boolean }[] | undefined) ?? [];
    expectOnlyImages(b, kept.filter((d) => d.disk_delete_with_instance !== true).length);
    const [id] = Object.values(b.images);
    expect(b.read(id, "/etc/os-release")).toMatch(/^NAME=/);
    if (JSON.stringify(t.provisioners ?? []).includes("yum install")) {
      expect(b.read(id, "/var/log/provision.log")).toBe("emulated: yum install redis.x86_64 -y\n");
    }
  });

  it("001_46923a7ba6622760-05.json: disable_stop_instance, stopped by `poweroff` run inside", {
    timeout: 120_000,
  }, async () => {
    // With disable_stop_instance Packer waits for the instance to stop itself; the seed has no
    // provisioner doing it (Packer would wait 30 min on the real cloud too), so the copy adds one
    // (skip_clean: the script's removal would be retried against a stopped machine for 5 min).
    const b = await build(join(FIXTURES, "seed-templates/001_46923a7ba6622760-05.json"), {}, (t) => {
      t.provisioners = [
        {
          type: "shell",
          inline: ["echo stopped-by-guest > /root/marker", "poweroff"],
          expect_disconnect: true,
          skip_clean: true,
        } as never,
      ];
    });
    expectOnlyImages(b);
    expect(b.read(Object.values(b.images)[0], "/root/marker")).toBe("stopped-by-guest\n");
  });

  it.each([
    ["001_46923a7ba6622760-09.json", ["image_family", "target_image_family"]],
    ["001_46923a7ba6622760-11.json", ["ram_role_name"]],
    ["001_46923a7ba6622760-12.json", ["ecs_ram_role_name"]],
    ["001_46923a7ba6622760-13.json", ["ram_role_arn", "ram_session_name"]],
  ])("%s uses keys Packer 1.6.6 does not know: it refuses it before any call", async (name, keys) => {
    const b = await build(join(FIXTURES, "seed-templates", name));
    expect(b.out).toContain('Failed to prepare build: "alicloud-ecs"');
    for (const k of keys) expect(b.out).toContain(`unknown configuration key: '"${k}"'`);
    expect(b.leaks).toEqual([]);
  });

  it("skips 001_46923a7ba6622760-06.json (Windows over WinRM: no Windows machine here)", () => {
    const t = JSON.parse(readFileSync(join(FIXTURES, "seed-templates/001_46923a7ba6622760-06.json"), "utf8"));
    expect(t.builders[0].communicator).toBe("winrm");
  });
});
