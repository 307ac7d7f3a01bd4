// The build data provisioners render with, as Packer 1.6.6 gave it (observed with packer build, null
// builder): {{build `PackerHTTPAddr`}} is ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER (IP and Port
// alike), ConnType is "ssh", Port the SSH port, Password "" without one; no PACKER_HTTP_* variable
// reaches the script.
import { describe, expect, it } from "vitest";
import { packerBuildData } from "../../src/provisioners/build-data.js";
import { flattenEnvVars } from "../../src/provisioners/env-vars.js";
import { invalidExitCode, renderRuntime, retryWithin } from "../../src/provisioners/runtime.js";
import { provisionContext } from "./runtime-helpers.js";

describe("provisioner run-time helpers", () => {
  it("gives Packer's build data", () => {
    const data = packerBuildData({
      instanceId: "i-abc",
      host: "10.0.0.1",
      port: 22,
      user: "root",
      connType: "ssh",
      runUuid: "u-1",
    });
    const ctx = provisionContext(undefined, { buildData: data });
    expect(
      renderRuntime(
        ctx,
        "A={{build `PackerHTTPAddr`}} I={{build `PackerHTTPIP`}} P={{build `PackerHTTPPort`}} ID={{build `ID`}} C={{build `ConnType`}} PO={{build `Port`}} U={{ .User }} PW=[{{build `Password`}}]",
      ),
    ).toBe(
      "A=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER I=ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER P=ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER ID=i-abc C=ssh PO=22 U=root PW=[]",
    );
  });

  it("flattens env vars: sorted bytewise, quotes escaped, the format applied (trailing space kept)", () => {
    expect(
      flattenEnvVars({
        buildName: "b",
        builderType: "alicloud-ecs",
        vars: ["Z=1", "a='x'", "B=k=v", "E="],
        format: "%s='%s' ",
      }),
    ).toBe(`B='k=v' E='' PACKER_BUILDER_TYPE='alicloud-ecs' PACKER_BUILD_NAME='b' Z='1' a=''"'"'x'"'"'' `);
    // A later entry for the same key wins; the format is Go's Sprintf.
    expect(
      flattenEnvVars({ buildName: "b", builderType: "t", vars: ["K=1", "K=2"], format: "export %s=%q\n" }),
    ).toBe('export K="2"\nexport PACKER_BUILDER_TYPE="t"\nexport PACKER_BUILD_NAME="b"\n');
  });

  it("formats invalid exit codes as Go's %v of []int", () => {
    expect(invalidExitCode(0, [0])).toBeUndefined();
    expect(invalidExitCode(1, [])).toBe(
      "Script exited with non-zero exit status: 1.Allowed exit codes are: [0]",
    );
    expect(invalidExitCode(9, [0, 2, 3])).toBe(
      "Script exited with non-zero exit status: 9.Allowed exit codes are: [0 2 3]",
    );
  });

  it("retries within the start timeout and throws the last error", async () => {
    let n = 0;
    await expect(
      retryWithin(
        150,
        async () => {
          n += 1;
          throw new Error(`try ${n}`);
        },
        undefined,
        20,
      ),
    ).rejects.toThrow(/^try \d+$/);
    expect(n).toBeGreaterThan(2);
    let m = 0;
    expect(
      await retryWithin(1000, async () => (++m < 3 ? Promise.reject(new Error("no")) : "ok"), undefined, 5),
    ).toBe("ok");
  });
});
