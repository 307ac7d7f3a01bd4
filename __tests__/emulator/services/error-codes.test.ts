// Every error the ECS/VPC model and handlers can throw uses a code the official metadata
// documents, with the HTTP status it documents for that code (scanned from the source).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { METADATA } from "./harness.js";

const ROOT = fileURLToPath(new URL("../../../emulator/", import.meta.url));
/** Gateway-level codes that no action lists (see the wire-protocol notes). */
const GATEWAY = new Set(["DryRunOperation"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** `fail("Code", "message"[, status])` and `new ApiError("Code", "message"[, status])` call sites. */
function thrown(): { code: string; status: string; file: string }[] {
  const out: { code: string; status: string; file: string }[] = [];
  for (const file of [...sources(join(ROOT, "model")), ...sources(join(ROOT, "services"))]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:\bfail\(|new ApiError\()\s*"([A-Za-z0-9_.]+)",\s*((?:"(?:[^"\\]|\\.)*"|`[^`]*`|[^,()]+(?:\([^()]*\))?)(?:\s*\+\s*(?:"[^"]*"|`[^`]*`))*)\s*(?:,\s*(\d{3}))?,?\s*\)/g,
    )) {
      out.push({ code: m[1], status: m[3] ?? "400", file: file.slice(ROOT.length) });
    }
  }
  return out;
}

describe.skipIf(!METADATA.Ecs || !METADATA.Vpc)("error codes", () => {
  it("are documented by the metadata with the same HTTP status", () => {
    const documented = new Map<string, Set<string>>();
    for (const meta of [METADATA.Ecs!, METADATA.Vpc!]) {
      for (const action of Object.values(meta.actions)) {
        for (const [status, list] of Object.entries(action.errorCodes ?? {})) {
          for (const e of list) {
            if (!documented.has(e.code)) documented.set(e.code, new Set());
            documented.get(e.code)!.add(status);
          }
        }
      }
    }
    const sites = thrown();
    expect(sites.length).toBeGreaterThan(80);
    const wrong = sites
      .filter((s) => !GATEWAY.has(s.code))
      .filter((s) => !documented.get(s.code)?.has(s.status))
      .map(
        (s) =>
          `${s.file}: ${s.code} ${s.status} (documented: ${[...(documented.get(s.code) ?? [])].join(",") || "never"})`,
      );
    expect(wrong).toEqual([]);
  });
});
