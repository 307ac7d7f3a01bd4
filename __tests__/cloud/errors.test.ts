// CloudError hints for the common codes, and endpoint resolution.
import { describe, expect, it } from "vitest";
import { resolveEndpoints } from "../../src/cloud/endpoints.js";
import { hintFor, isNotFound } from "../../src/cloud/errors.js";

describe("hintFor", () => {
  const call = { product: "Ecs", action: "RunInstances" };
  it.each([
    ["OperationDenied.NoStock", /no stock of this instance type/],
    ["Zone.NotOnSale", /choose another zone_id/],
    ["InvalidImageId.NotFound", /check source_image and region/],
    ["Forbidden.RAM", /grant "ecs:RunInstances" in its RAM policy/],
    ["NoPermission", /grant "ecs:RunInstances"/],
    ["InvalidAccessKeyId.NotFound", /AccessKey ID is unknown/],
    ["SignatureDoesNotMatch", /secret does not match/],
    ["InvalidSecurityToken.Expired", /STS token/],
    ["QuotaExceed.ElasticQuota", /quota/],
    ["QuotaExceeded.Eip", /quota/],
    ["InvalidInstanceType.ValueNotSupported", /instance_type/],
    ["InvalidImageName.Duplicated", /image_force_delete/],
  ])("%s", (code, hint) => {
    expect(hintFor(code, call)).toMatch(hint);
  });

  it("names the VPC RAM action for VPC calls, and has no hint for unknown codes", () => {
    expect(hintFor("Forbidden.RAM", { product: "Vpc", action: "CreateVpc" })).toMatch(/"vpc:CreateVpc"/);
    expect(hintFor("InvalidParameter", { product: "Ecs", action: "x" })).toBeUndefined();
  });

  it("isNotFound", () => {
    expect(isNotFound({ code: "InvalidInstanceId.NotFound" })).toBe(true);
    expect(isNotFound({ code: "InvalidImageId.NotFound" })).toBe(true);
    expect(isNotFound({ code: "DependencyViolation" })).toBe(false);
  });
});

describe("resolveEndpoints", () => {
  it("explicit options win over the environment, which wins over custom_endpoint_ecs", () => {
    const env = {
      IMAGE_BUILD_ECS_ENDPOINT: "127.0.0.1:9000",
      IMAGE_BUILD_VPC_ENDPOINT: "127.0.0.1:9001",
      IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
    };
    expect(resolveEndpoints({ env, customEndpointEcs: "ecs.example.com" })).toEqual({
      ecs: "127.0.0.1:9000",
      vpc: "127.0.0.1:9001",
      protocol: "http",
    });
    expect(resolveEndpoints({ env, endpoints: { ecs: "https://ecs-vpc.cn-hangzhou.aliyuncs.com" } })).toEqual(
      {
        ecs: "ecs-vpc.cn-hangzhou.aliyuncs.com",
        vpc: "127.0.0.1:9001",
        protocol: "http",
      },
    );
    expect(resolveEndpoints({ env: {}, customEndpointEcs: "https://ecs.example.com/" })).toEqual({
      ecs: "ecs.example.com",
      protocol: "https",
    });
    expect(resolveEndpoints({ env: {} })).toEqual({});
  });

  it("rejects malformed values with the variable's name", () => {
    expect(() => resolveEndpoints({ env: { IMAGE_BUILD_ECS_ENDPOINT: "http://x/path" } })).toThrow(
      'IMAGE_BUILD_ECS_ENDPOINT: "http://x/path" is not an endpoint (expected host[:port], optionally with http:// or https://)',
    );
    expect(() => resolveEndpoints({ env: { IMAGE_BUILD_ENDPOINT_PROTOCOL: "ftp" } })).toThrow(
      'IMAGE_BUILD_ENDPOINT_PROTOCOL: "ftp" is not a protocol (expected http or https)',
    );
  });
});
