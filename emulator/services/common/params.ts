/** Reading decoded API parameters (the wire layer has already checked types against the metadata). */
import { ApiError } from "../../types.js";

type Params = Record<string, unknown>;

/** A string parameter (numbers and booleans are stringified; empty strings count as absent). */
export function str(p: Params, name: string): string | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  return typeof v === "string" ? v : String(v);
}

/** A required string parameter (`MissingParameter` when absent). */
export function req(p: Params, name: string): string {
  const v = str(p, name);
  if (v === undefined) {
    throw new ApiError(
      "MissingParameter",
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
      400,
    );
  }
  return v;
}

/** A number parameter. */
export function num(p: Params, name: string): number | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** A boolean parameter. */
export function bool(p: Params, name: string): boolean | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  return v === true || v === "true";
}

/** An array parameter (`repeatList`), or []. */
export function list<T = unknown>(p: Params, name: string): T[] {
  const v = p[name];
  return Array.isArray(v) ? (v as T[]) : [];
}

/**
 * A list sent as JSON text in a string parameter (DescribeInstances `InstanceIds`,
 * DeleteKeyPairs `KeyPairNames`): `["a","b"]`. A bare value or comma-separated text is also read.
 */
export function jsonList(p: Params, name: string, errorCode?: string): string[] | undefined {
  const v = p[name];
  if (v === undefined || v === null || v === "") return undefined;
  if (Array.isArray(v)) return v.map(String);
  const text = String(v).trim();
  if (text.startsWith("[")) {
    try {
      const parsed = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // fall through
    }
    throw new ApiError(
      errorCode ?? `Invalid${name}.Malformed`,
      `The specified parameter "${name}" is not valid.`,
      400,
    );
  }
  return text
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

/** Page parameters and the page of items they select. */
export interface Page<T> {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: T[];
}

/** PageNumber/PageSize paging (default size 10, at most `max`). */
export function paginate<T>(p: Params, items: T[], defaultSize = 10, max = 100): Page<T> {
  const pageNumber = Math.max(1, Math.floor(num(p, "PageNumber") ?? 1));
  const pageSize = Math.min(max, Math.max(1, Math.floor(num(p, "PageSize") ?? defaultSize)));
  const start = (pageNumber - 1) * pageSize;
  return { pageNumber, pageSize, totalCount: items.length, items: items.slice(start, start + pageSize) };
}

/**
 * NextToken/MaxResults paging; the token is the offset as text. A bad token is the action's own
 * error (`invalid`), by default DescribeSecurityGroups' `InValidParameter.NextToken`.
 */
export function tokenPage<T>(
  p: Params,
  items: T[],
  defaultSize = 10,
  max = 100,
  invalid: { code: string; message: string; status: number } = {
    code: "InValidParameter.NextToken",
    message: "The parameter NextToken is invalid.",
    status: 400,
  },
): { items: T[]; nextToken: string; maxResults: number } {
  const token = str(p, "NextToken");
  const offset = token === undefined ? 0 : Number(token);
  if (!Number.isInteger(offset) || offset < 0)
    throw new ApiError(invalid.code, invalid.message, invalid.status);
  const size = Math.min(max, Math.max(1, Math.floor(num(p, "MaxResults") ?? defaultSize)));
  const page = items.slice(offset, offset + size);
  const next = offset + size < items.length ? String(offset + size) : "";
  return { items: page, nextToken: next, maxResults: size };
}

/** Fuzzy name match as the Describe APIs do it: `*` wildcards, otherwise a substring. */
export function fuzzy(value: string, pattern: string): boolean {
  if (pattern.includes("*")) {
    const re = new RegExp(
      `^${pattern
        .split("*")
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    return re.test(value);
  }
  return value.includes(pattern);
}
