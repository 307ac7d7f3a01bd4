/** ECS key pair actions. */
import type { CloudModel } from "../../model/index.js";
import {
  attachKeyPair,
  createKeyPair,
  deleteKeyPairs,
  detachKeyPair,
  importKeyPair,
  type KeyPairResult,
} from "../../model/key-pairs.js";
import type { KeyPairRecord } from "../../model/resources.js";
import { matchesTags, parseTags } from "../../model/tags.js";
import { type ActionHandler, ApiError } from "../../types.js";
import { scopeOf } from "../common/context.js";
import { bool, fuzzy, jsonList, list, paginate, req, str } from "../common/params.js";
import { keyPairShape } from "./shapes.js";

function results(name: string, rs: KeyPairResult[]): Record<string, unknown> {
  return {
    KeyPairName: name,
    TotalCount: String(rs.length),
    FailCount: String(rs.filter((r) => !r.success).length),
    Results: {
      Result: rs.map((r) => ({
        InstanceId: r.instanceId,
        Success: String(r.success),
        Code: r.code,
        Message: r.message,
      })),
    },
  };
}

function instanceIds(p: Record<string, unknown>): string[] {
  const ids = jsonList(p, "InstanceIds", "InvalidInstanceIds.ValueNotSupported") ?? [];
  if (ids.length === 0 || ids.length > 50) {
    throw new ApiError(
      "InvalidInstanceIds.ValueNotSupported",
      "The specified parameter InstanceIds is not valid.",
      400,
    );
  }
  return ids;
}

/** Handlers for the key pair actions. */
export function keyPairHandlers(model: CloudModel): Record<string, ActionHandler> {
  const st = model.state;
  return {
    async CreateKeyPair(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const { keyPair, privateKeyPem } = await createKeyPair(st, s, {
        name: req(p, "KeyPairName"),
        tags: parseTags(list(p, "Tag")),
        resourceGroupId: str(p, "ResourceGroupId"),
      });
      return {
        KeyPairId: keyPair.id,
        KeyPairName: keyPair.name,
        KeyPairFingerPrint: keyPair.fingerprint,
        PrivateKeyBody: privateKeyPem,
      };
    },

    ImportKeyPair(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const kp = importKeyPair(st, s, {
        name: req(p, "KeyPairName"),
        publicKeyBody: req(p, "PublicKeyBody"),
        tags: parseTags(list(p, "Tag")),
        resourceGroupId: str(p, "ResourceGroupId"),
      });
      return { KeyPairName: kp.name, KeyPairFingerPrint: kp.fingerprint };
    },

    DeleteKeyPairs(request) {
      const s = scopeOf(model, request);
      const names = jsonList(request.params, "KeyPairNames", "InvalidKeyPairNames.ValueNotSupported") ?? [];
      if (names.length === 0 || names.length > 100) {
        throw new ApiError(
          "InvalidKeyPairNames.ValueNotSupported",
          'The specified parameter "KeyPairNames" is not valid.',
          400,
        );
      }
      deleteKeyPairs(st, s, names);
      return {};
    },

    DescribeKeyPairs(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const name = str(p, "KeyPairName");
      const fp = str(p, "KeyPairFingerPrint");
      const tags = parseTags(list(p, "Tag"));
      const pairs = st
        .list<KeyPairRecord>("keypair", s.accountId, s.regionId)
        .filter((k) => name === undefined || fuzzy(k.name, name))
        .filter((k) => fp === undefined || k.fingerprint === fp)
        .filter((k) => matchesTags(k.tags, tags));
      const page = paginate(p, pairs, 10, 50);
      const withKey = bool(p, "IncludePublicKey") ?? false;
      return {
        TotalCount: page.totalCount,
        PageNumber: page.pageNumber,
        PageSize: page.pageSize,
        KeyPairs: { KeyPair: page.items.map((k) => keyPairShape(k, withKey)) },
      };
    },

    AttachKeyPair(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const name = req(p, "KeyPairName");
      return results(name, attachKeyPair(st, s, name, instanceIds(p)));
    },

    DetachKeyPair(request) {
      const p = request.params;
      const s = scopeOf(model, request);
      const name = req(p, "KeyPairName");
      return results(name, detachKeyPair(st, s, name, instanceIds(p)));
    },
  };
}
