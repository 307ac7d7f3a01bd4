/**
 * The emulator's control endpoints (`/_emulator/*`), for tests and tools: health, the call log,
 * fault rules, identity administration, a dump of every resource, and the leak check.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallLog } from "../calllog.js";
import type { FaultInjector, FaultRule } from "../faults.js";
import { PRODUCT_VERSIONS } from "../metadata/index.js";
import { readBody, sendJson } from "./http.js";

/** Control hooks the services provide (`/_emulator/resources`, `/_emulator/leaks`). */
export interface ControlHooks {
  dump?: () => unknown;
  leakCheck?: (filter: LeakFilter) => unknown;
  /** Identity administration (`/_emulator/identity`): a description without secrets, and additions. */
  identity?: {
    describe(): unknown;
    addOidcKey(providerArn: string, jwk: Record<string, unknown>): void;
    addRole(accountId: string, role: Record<string, unknown>): unknown;
    addOidcProvider(accountId: string, provider: Record<string, unknown>): unknown;
  };
}

/**
 * The leak-check filter passed to the services: resources carrying all these tags, created since a
 * time, of one account, images left out (`/_emulator/leaks?tag=k=v&since=ISO&accountId=…&ignoreImages=true`).
 */
export interface LeakFilter {
  tags?: Record<string, string>;
  /** ISO time. */
  since?: string;
  accountId?: string;
  ignoreImages?: boolean;
}

/** What the control endpoints act on. */
export interface ControlTargets {
  calls: CallLog;
  faults: FaultInjector;
  control?: ControlHooks;
}

/** Answers a `/_emulator/*` request (`rawQuery`: the query string without `?`); 404 for an unknown path. */
export async function handleControl(
  targets: ControlTargets,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  rawQuery: string,
): Promise<void> {
  const query = new URLSearchParams(rawQuery);
  const method = req.method ?? "GET";
  const path = pathname.replace(/\/+$/, "");
  const { calls, faults, control } = targets;
  try {
    if (path === "/_emulator/health") return sendJson(res, 200, { ok: true, versions: PRODUCT_VERSIONS });
    if (path === "/_emulator/calls") {
      if (method === "DELETE") {
        calls.clear();
        return sendJson(res, 200, { cleared: true });
      }
      const since = query.get("since");
      return sendJson(
        res,
        200,
        calls.list({
          product: query.get("product") ?? undefined,
          action: query.get("action") ?? undefined,
          code: query.get("code") ?? undefined,
          sinceSeq: since ? Number(since) : undefined,
        }),
      );
    }
    if (path === "/_emulator/faults" || path.startsWith("/_emulator/faults/")) {
      const id = path.slice("/_emulator/faults/".length);
      if (method === "GET") return sendJson(res, 200, faults.list());
      if (method === "DELETE") {
        if (id) return sendJson(res, 200, { removed: faults.remove(decodeURIComponent(id)) });
        faults.clear();
        return sendJson(res, 200, { cleared: true });
      }
      if (method === "POST" || method === "PUT") {
        const text = (await readBody(req)).toString("utf8");
        const doc = JSON.parse(text) as FaultRule | FaultRule[] | { rules: FaultRule[] };
        const rules = Array.isArray(doc) ? doc : "rules" in doc ? doc.rules : [doc];
        if (method === "PUT") faults.clear();
        return sendJson(res, 200, { ids: rules.map((r) => faults.add(r)) });
      }
    }
    if (path.startsWith("/_emulator/identity")) {
      const id = control?.identity;
      if (!id) return sendJson(res, 501, { error: "no identity administration" });
      if (path === "/_emulator/identity" && method === "GET") return sendJson(res, 200, id.describe());
      if (method === "POST") {
        const doc = JSON.parse((await readBody(req)).toString("utf8")) as Record<string, unknown>;
        const accountId = String(doc.accountId ?? "");
        if (path === "/_emulator/identity/oidc-keys") {
          id.addOidcKey(String(doc.providerArn), doc.jwk as Record<string, unknown>);
          return sendJson(res, 200, { added: true });
        }
        if (path === "/_emulator/identity/roles")
          return sendJson(res, 200, id.addRole(accountId, doc.role as Record<string, unknown>));
        if (path === "/_emulator/identity/oidc-providers")
          return sendJson(res, 200, id.addOidcProvider(accountId, doc.provider as Record<string, unknown>));
      }
    }
    if (path === "/_emulator/resources") {
      if (!control?.dump) return sendJson(res, 501, { error: "no services with a dump" });
      return sendJson(res, 200, control.dump());
    }
    if (path === "/_emulator/leaks") {
      if (!control?.leakCheck) return sendJson(res, 501, { error: "no services with a leak check" });
      return sendJson(res, 200, control.leakCheck(leakFilter(query)));
    }
    sendJson(res, 404, { error: `unknown control path ${pathname}` });
  } catch (err) {
    sendJson(res, 400, { error: String((err as Error)?.message ?? err) });
  }
}

/** `tag=k=v` (repeatable), `since`, `accountId`, `ignoreImages=true`. */
function leakFilter(query: URLSearchParams): LeakFilter {
  const tags: Record<string, string> = {};
  for (const t of query.getAll("tag")) {
    const eq = t.indexOf("=");
    if (eq > 0) tags[t.slice(0, eq)] = t.slice(eq + 1);
  }
  const filter: LeakFilter = {};
  if (Object.keys(tags).length) filter.tags = tags;
  if (query.get("since")) filter.since = query.get("since")!;
  if (query.get("accountId")) filter.accountId = query.get("accountId")!;
  if (query.get("ignoreImages") === "true") filter.ignoreImages = true;
  return filter;
}
