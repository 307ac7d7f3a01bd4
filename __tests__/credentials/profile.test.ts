// aliyun CLI profile files: what is read, and the errors for files and profiles that cannot work.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { profilePath, profilePlan, readCliConfig } from "../../src/credentials/profile.js";
import { tempHome, writeProfiles } from "./helpers.js";

const opts = (masked: string[] = []) => ({
  mask: (s: string) => masked.push(s),
  sessionDefault: "image-build-1",
});

describe("profile files", () => {
  it("paths: default, ~ expanded, as given", () => {
    expect(profilePath(undefined, "/h")).toBe("/h/.aliyun/config.json");
    expect(profilePath("~/x/c.json", "/h")).toBe("/h/x/c.json");
    expect(profilePath("/etc/c.json", "/h")).toBe("/etc/c.json");
  });

  it("a missing file is undefined; a broken one is an error that does not echo its content", () => {
    const home = tempHome();
    expect(readCliConfig(join(home, "none.json"))).toBeUndefined();
    const bad = join(home, "bad.json");
    writeFileSync(bad, '{"profiles": [{"access_key_secret": "TopSecretValue"');
    const err = (() => {
      try {
        readCliConfig(bad);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toMatch(new RegExp(`^The profile file ${bad} is not valid JSON \\(`));
    expect(err?.message).not.toContain("TopSecretValue");
    writeFileSync(bad, "{}");
    expect(() => readCliConfig(bad)).toThrow(`The profile file ${bad} has no "profiles" list`);
  });

  it("masks the profile's secrets when it is chosen, and names missing fields", () => {
    const home = tempHome();
    const path = writeProfiles(home, {
      profiles: [
        {
          name: "sts",
          mode: "StsToken",
          access_key_id: "ID1",
          access_key_secret: "SECRET1",
          sts_token: "TOKEN1",
        },
        { name: "half", mode: "RamRoleArn", access_key_id: "ID2" },
        {
          name: "loop1",
          mode: "ChainableRamRoleArn",
          source_profile: "loop2",
          ram_role_arn: "acs:ram::123456789012:role/r",
        },
        {
          name: "loop2",
          mode: "ChainableRamRoleArn",
          source_profile: "loop1",
          ram_role_arn: "acs:ram::123456789012:role/r",
        },
        {
          name: "long",
          mode: "RamRoleArn",
          access_key_id: "a",
          access_key_secret: "b",
          ram_role_arn: "acs:ram::123456789012:role/r",
          expired_seconds: 99999,
        },
      ],
    });
    const conf = readCliConfig(path)!;
    const masked: string[] = [];
    const plan = profilePlan(conf, "sts", path, opts(masked));
    expect(masked).toEqual(["ID1", "SECRET1", "TOKEN1"]);
    expect(plan.providerName).toBe("cli_profile/static_sts");
    expect(() => profilePlan(conf, "half", path, opts())).toThrow(
      `Profile 'half' (mode RamRoleArn) in ${path} lacks access_key_secret, ram_role_arn`,
    );
    expect(() => profilePlan(conf, "loop1", path, opts())).toThrow(
      "Profile 'loop2': source_profile loop (loop1 -> loop2 -> loop1)",
    );
    expect(() => profilePlan(conf, "long", path, opts())).toThrow(
      "Profile 'long': session duration 99999 is not within 900..43200 seconds",
    );
  });
});
