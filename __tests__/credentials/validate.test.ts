// Up-front checks of the credential inputs and the endpoint resolution.
import { describe, expect, it } from "vitest";
import {
  resolveCredentials,
  resolveMetadataEndpoint,
  resolveStsEndpoint,
} from "../../src/credentials/index.js";
import {
  checkOidcProviderArn,
  checkRoleArn,
  checkSessionName,
  defaultSessionName,
  parseSessionDuration,
} from "../../src/credentials/validate.js";

describe("input checks", () => {
  it("role ARNs", () => {
    expect(() => checkRoleArn("acs:ram::123456789012:role/image-builder", "x")).not.toThrow();
    expect(() => checkRoleArn("acs:ram::1234567890123456:role/a.b@c_d-e", "x")).not.toThrow();
    for (const bad of [
      "acs:ram::12345:role/x",
      "arn:aws:iam::123456789012:role/x",
      "acs:ram::123456789012:role/",
      "acs:ram::123456789012:user/x",
    ])
      expect(() => checkRoleArn(bad, "Input 'role-to-assume'")).toThrow(
        `Input 'role-to-assume' '${bad}' is not a RAM role ARN: expected acs:ram::<12-16 digit account id>:role/<role name>, for example acs:ram::123456789012:role/image-builder`,
      );
  });

  it("OIDC provider ARNs", () => {
    expect(() => checkOidcProviderArn("acs:ram::123456789012:oidc-provider/github", "x")).not.toThrow();
    expect(() =>
      checkOidcProviderArn("acs:ram::123456789012:role/github", "Input 'oidc-provider-arn'"),
    ).toThrow(/^Input 'oidc-provider-arn' 'acs:ram::123456789012:role\/github' is not an OIDC provider ARN/);
  });

  it("session names: 2-64 of [\\w.@-]", () => {
    for (const ok of ["ab", "ci@run.1-x_y", "a".repeat(64)])
      expect(() => checkSessionName(ok, "x")).not.toThrow();
    for (const bad of ["a", "a".repeat(65), "has space", "colon:no", "ünï"])
      expect(() => checkSessionName(bad, "Input 'role-session-name'")).toThrow(
        `Input 'role-session-name' '${bad}' is not a valid session name: use 2 to 64 characters from letters, digits and _ . @ -`,
      );
    expect(defaultSessionName({ GITHUB_RUN_ID: "123", GITHUB_RUN_ATTEMPT: "2" })).toBe("image-build-123-2");
    expect(defaultSessionName({}, 42)).toBe("image-build-42");
  });

  it("durations: seconds or Go durations, 900..43200", () => {
    expect(parseSessionDuration("3600", "x")).toBe(3600);
    expect(parseSessionDuration("1h", "x")).toBe(3600);
    expect(parseSessionDuration("1h30m", "x")).toBe(5400);
    expect(parseSessionDuration("15m", "x")).toBe(900);
    expect(parseSessionDuration("12h", "x")).toBe(43200);
    expect(() => parseSessionDuration("899", "Input 'role-session-expiration'")).toThrow(
      "Input 'role-session-expiration' '899' is out of range: a session lasts from 900 s (15m) to 43200 s (12h)",
    );
    expect(() => parseSessionDuration("13h", "x")).toThrow(/out of range/);
    expect(() => parseSessionDuration("1.5s", "x")).toThrow(/is not a duration/);
    expect(() => parseSessionDuration("soon", "Input 'role-session-expiration'")).toThrow(
      "Input 'role-session-expiration' 'soon' is not a duration: use seconds (3600) or a duration such as 1h or 90m, from 15m to 12h",
    );
  });

  it("the chain checks inputs before sending anything", async () => {
    const base = { env: { ALICLOUD_REGION: "cn-hangzhou" }, home: "/nonexistent", mask: () => {} };
    await expect(
      resolveCredentials({
        ...base,
        inputs: { oidcProviderArn: "acs:ram::123456789012:oidc-provider/github" },
      }),
    ).rejects.toThrow(
      "Input 'oidc-provider-arn' is set but 'role-to-assume' is not: GitHub OIDC needs the role to assume as well",
    );
    await expect(resolveCredentials({ ...base, inputs: { roleToAssume: "image-builder" } })).rejects.toThrow(
      /is not a RAM role ARN/,
    );
    await expect(
      resolveCredentials({
        ...base,
        inputs: { roleToAssume: "acs:ram::123456789012:role/x", roleSessionName: "a b" },
      }),
    ).rejects.toThrow(/is not a valid session name/);
    await expect(
      resolveCredentials({
        ...base,
        inputs: { roleToAssume: "acs:ram::123456789012:role/x", roleSessionExpiration: "1d" },
      }),
    ).rejects.toThrow(/is not a duration/);
    await expect(resolveCredentials({ ...base, inputs: { region: "CN_Hangzhou" } })).rejects.toThrow(
      "Input 'region' 'CN_Hangzhou' is not a region id: expected lower-case letters, digits and '-', for example cn-hangzhou",
    );
    await expect(
      resolveCredentials({
        ...base,
        inputs: {
          accessKeyId: "a",
          accessKeySecret: "b",
          roleToAssume: "acs:ram::123456789012:role/x",
          rolePolicy: "{nope",
        },
      }),
    ).rejects.toThrow("Input 'role-policy' is not valid JSON");
  });
});

describe("endpoints", () => {
  it("STS: override, IMAGE_BUILD_STS_ENDPOINT with its protocol, VPC, profile, regional default", () => {
    expect(resolveStsEndpoint({ env: {}, region: "cn-beijing" })).toEqual({
      url: "https://sts.cn-beijing.aliyuncs.com",
      source: "region cn-beijing",
    });
    expect(resolveStsEndpoint({ env: {} }).url).toBe("https://sts.aliyuncs.com");
    expect(resolveStsEndpoint({ env: {}, region: "cn-beijing", override: "vpc" }).url).toBe(
      "https://sts-vpc.cn-beijing.aliyuncs.com",
    );
    expect(
      resolveStsEndpoint({ env: { ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED: "true" }, region: "cn-beijing" }).url,
    ).toBe("https://sts-vpc.cn-beijing.aliyuncs.com");
    const env = { IMAGE_BUILD_STS_ENDPOINT: "127.0.0.1:8080", IMAGE_BUILD_ENDPOINT_PROTOCOL: "http" };
    expect(resolveStsEndpoint({ env, region: "cn-beijing" })).toEqual({
      url: "http://127.0.0.1:8080",
      source: "IMAGE_BUILD_STS_ENDPOINT",
    });
    expect(resolveStsEndpoint({ env, override: "sts.example.internal" }).url).toBe(
      "http://sts.example.internal",
    );
    expect(resolveStsEndpoint({ env: {}, override: "https://sts.example.internal:8443/" }).url).toBe(
      "https://sts.example.internal:8443",
    );
    expect(
      resolveStsEndpoint({ env: {}, region: "cn-beijing", profileEndpoint: "sts.cn-shanghai.aliyuncs.com" })
        .url,
    ).toBe("https://sts.cn-shanghai.aliyuncs.com");
    expect(resolveStsEndpoint({ env: {}, region: "cn-beijing", profileRegion: "ap-southeast-1" }).url).toBe(
      "https://sts.ap-southeast-1.aliyuncs.com",
    );
    expect(() =>
      resolveStsEndpoint({ env: { IMAGE_BUILD_ENDPOINT_PROTOCOL: "ftp" }, override: "x" }),
    ).toThrow("IMAGE_BUILD_ENDPOINT_PROTOCOL must be http or https, got 'ftp'");
  });

  it("metadata: 100.100.100.200 unless IMAGE_BUILD_METADATA_ENDPOINT or an option says otherwise", () => {
    expect(resolveMetadataEndpoint({ env: {} }).url).toBe("http://100.100.100.200");
    expect(resolveMetadataEndpoint({ env: { IMAGE_BUILD_METADATA_ENDPOINT: "127.0.0.5:9000" } }).url).toBe(
      "http://127.0.0.5:9000",
    );
    expect(
      resolveMetadataEndpoint({ env: { IMAGE_BUILD_METADATA_ENDPOINT: "x:1" }, override: "127.0.0.1:2" }).url,
    ).toBe("http://127.0.0.1:2");
  });
});
