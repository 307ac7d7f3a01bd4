/**
 * The STS service (2015-04-01): AssumeRole, AssumeRoleWithOIDC, GetCallerIdentity, answering with
 * the shapes and error codes of the official metadata.
 */

import type { ActionRequest, ServiceDefinition } from "../types.js";
import { ApiError } from "../types.js";
import { missingParameter } from "../wire/params.js";
import { verifyOidcToken } from "./jwt.js";
import { type IdentityStore, isoSeconds, type RoleRecord } from "./store.js";

const ROLE_ARN = /^acs:ram::\d+:role\/[A-Za-z0-9.@_-]{1,64}$/;
const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/;
const EXTERNAL_ID = /^[A-Za-z0-9=,.@:/_-]{2,1224}$/;

const errors = {
  duration: () =>
    new ApiError(
      "InvalidParameter.DurationSeconds",
      "The Min/Max value of DurationSeconds is 15min/1hr.",
      400,
    ),
  roleArn: () => new ApiError("InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.", 400),
  sessionName: () =>
    new ApiError("InvalidParameter.RoleSessionName", "The parameter RoleSessionName is wrongly formed.", 400),
  externalId: () =>
    new ApiError("InvalidParameter.ExternalId", "The parameter ExternalId is wrongly formed.", 400),
  policyGrammar: () =>
    new ApiError("InvalidParameter.PolicyGrammar", "The parameter Policy has not passed grammar check.", 400),
  policySize: () =>
    new ApiError("InvalidParameter.PolicySize", "The size of Policy must be smaller than 2048 bytes.", 400),
  noPermission: () =>
    new ApiError(
      "NoPermission",
      "You are not authorized to do this action. You should be authorized by RAM.",
      403,
    ),
  roleNotFound: () => new ApiError("EntityNotExist.Role", "The specified Role not exists .", 404),
  providerNotFound: () =>
    new ApiError("EntityNotExist.OIDCProvider", "The specified OIDC provider does not exist.", 404),
};

function str(params: Record<string, unknown>, name: string, required: boolean): string | undefined {
  const v = params[name];
  if (v === undefined || v === "") {
    if (required) throw missingParameter(name);
    return undefined;
  }
  return String(v);
}

function checkCommon(params: Record<string, unknown>, role: RoleRecord, maxForCaller: number): number {
  const duration = params.DurationSeconds === undefined ? 3600 : Number(params.DurationSeconds);
  if (
    !Number.isInteger(duration) ||
    duration < 900 ||
    duration > Math.min(role.maxSessionDuration, maxForCaller)
  )
    throw errors.duration();
  const policy = str(params, "Policy", false);
  if (policy !== undefined) {
    if (Buffer.byteLength(policy) > 2048) throw errors.policySize();
    let doc: unknown;
    try {
      doc = JSON.parse(policy);
    } catch {
      throw errors.policyGrammar();
    }
    if (!doc || typeof doc !== "object" || !Array.isArray((doc as { Statement?: unknown }).Statement))
      throw errors.policyGrammar();
  }
  return duration;
}

function findRole(identity: IdentityStore, roleArn: string): RoleRecord {
  if (!ROLE_ARN.test(roleArn)) throw errors.roleArn();
  const role = identity.findRole(roleArn);
  if (!role) throw errors.roleNotFound();
  return role;
}

function roleAnswer(
  role: RoleRecord,
  sessionName: string,
  creds: ReturnType<IdentityStore["issueStsCredentials"]>,
) {
  return {
    AssumedRoleUser: {
      AssumedRoleId: `${role.roleId}:${sessionName}`,
      Arn: `acs:ram::${role.accountId}:role/${role.name.toLowerCase()}/${sessionName}`,
    },
    Credentials: {
      AccessKeyId: creds.accessKeyId,
      AccessKeySecret: creds.accessKeySecret,
      SecurityToken: creds.securityToken,
      Expiration: creds.expiration,
    },
  };
}

/** The STS ServiceDefinition over an IdentityStore. */
export function createStsService(identity: IdentityStore): ServiceDefinition {
  return {
    product: "Sts",
    version: "2015-04-01",
    actions: {
      AssumeRole(req: ActionRequest) {
        const p = req.params;
        const roleArn = str(p, "RoleArn", true)!;
        const sessionName = str(p, "RoleSessionName", true)!;
        if (!SESSION_NAME.test(sessionName)) throw errors.sessionName();
        const externalId = str(p, "ExternalId", false);
        if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) throw errors.externalId();
        const role = findRole(identity, roleArn);
        const trusted = role.trustedPrincipals.some(
          (t) => t === req.caller.accountId || t === req.caller.arn || t === "*",
        );
        if (!trusted) throw errors.noPermission();
        if (role.externalId !== undefined && role.externalId !== externalId) throw errors.noPermission();
        // Role chaining (STS credentials assuming a role) is limited to one hour.
        const maxForCaller = req.caller.identityType === "AssumedRoleUser" ? 3600 : 43200;
        const duration = checkCommon(p, role, maxForCaller);
        const creds = identity.issueStsCredentials(role, sessionName, { durationSeconds: duration });
        const body: Record<string, unknown> = roleAnswer(role, sessionName, creds);
        if (p.SourceIdentity !== undefined) body.SourceIdentity = String(p.SourceIdentity);
        return body;
      },

      AssumeRoleWithOIDC(req: ActionRequest) {
        const p = req.params;
        const providerArn = str(p, "OIDCProviderArn", true)!;
        const roleArn = str(p, "RoleArn", true)!;
        const token = str(p, "OIDCToken", true)!;
        const sessionName = str(p, "RoleSessionName", true)!;
        if (!SESSION_NAME.test(sessionName)) throw errors.sessionName();
        if (token.length < 4 || token.length > 20000)
          throw new ApiError(
            "AuthenticationFail.OIDCToken.Invalid",
            "The OIDCToken is invalid: bad length.",
            400,
          );
        const provider = identity.findOidcProvider(providerArn);
        if (!provider) throw errors.providerNotFound();
        const role = findRole(identity, roleArn);
        if (role.accountId !== provider.accountId) throw errors.noPermission();
        if (role.trustedOidcProviders && !role.trustedOidcProviders.includes(provider.arn))
          throw errors.noPermission();
        const verified = verifyOidcToken(token, provider, Math.floor(identity.now() / 1000));
        const duration = checkCommon(p, role, 43200);
        const creds = identity.issueStsCredentials(role, sessionName, { durationSeconds: duration });
        return {
          ...roleAnswer(role, sessionName, creds),
          OIDCTokenInfo: {
            Subject: verified.subject,
            Issuer: verified.issuer,
            ClientIds: verified.audiences.join(","),
            ExpirationTime: isoSeconds(verified.expiresAt * 1000),
            IssuanceTime: isoSeconds(verified.issuedAt * 1000),
            VerificationInfo: "Success",
          },
        };
      },

      GetCallerIdentity(req: ActionRequest) {
        const c = req.caller;
        const role = c.roleName ? identity.findRole(`acs:ram::${c.accountId}:role/${c.roleName}`) : undefined;
        const principalId =
          c.identityType === "Account"
            ? c.accountId
            : role
              ? `${role.roleId}:${c.roleSessionName}`
              : c.arn.split("/").pop()!;
        const body: Record<string, unknown> = {
          AccountId: c.accountId,
          Arn: c.arn,
          IdentityType: c.identityType,
          PrincipalId: principalId,
          UserId: c.identityType === "Account" ? c.accountId : principalId,
        };
        if (role) body.RoleId = role.roleId;
        return body;
      },
    },
  };
}
