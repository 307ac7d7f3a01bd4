/**
 * What an API call asks, read off the request: its parameters (query string, then a form body), the
 * response format (JSON, or XML by `Format=XML` or an XML-only `Accept`), and the action and version
 * (x-acs-action/x-acs-version headers, or the Action/Version parameters).
 */
import type { IncomingMessage } from "node:http";
import { parsePairs } from "./form.js";
import { header, readBody } from "./http.js";

/** A parsed call. */
export interface CallRequest {
  body: Buffer;
  /** The query string's pairs, in order (what signatures cover). */
  query: [string, string][];
  /** Query then form-body pairs, in order. */
  pairs: [string, string][];
  /** The pairs by name (a later pair wins). */
  flat: Map<string, string>;
  /** True when the answer is XML. */
  xml: boolean;
  action?: string;
  version?: string;
}

/** Reads and parses the call (`rawQuery`: the query string without `?`). */
export async function readCall(req: IncomingMessage, rawQuery: string): Promise<CallRequest> {
  const body = await readBody(req);
  const query = parsePairs(rawQuery);
  const ctype = header(req, "content-type") ?? "";
  const bodyPairs =
    body.length > 0 && (ctype.includes("application/x-www-form-urlencoded") || ctype === "")
      ? parsePairs(body.toString("utf8"))
      : [];
  const pairs = [...query, ...bodyPairs];
  const flat = new Map(pairs);
  const format = flat.get("Format");
  const accept = header(req, "accept") ?? "";
  const xml = format ? format.toUpperCase() === "XML" : /xml/i.test(accept) && !/json/i.test(accept);
  return {
    body,
    query,
    pairs,
    flat,
    xml,
    action: header(req, "x-acs-action") ?? flat.get("Action"),
    version: header(req, "x-acs-version") ?? flat.get("Version"),
  };
}
