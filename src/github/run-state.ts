/**
 * What the main step leaves for the post step (`core.saveState`, read back as `STATE_*`): the run
 * id that tags every temporary resource, the regions to search, the endpoints, and the ledger of
 * every build, saved again on every change so that a killed main step leaves an exact list.
 *
 * State keys (no secrets in any of them):
 * - `run-id`: the `image-build:run` tag value of this step execution.
 * - `regions`: JSON list of the regions the builds write to (source and copy regions).
 * - `endpoints`: JSON `{ ecs?, vpc?, protocol? }`, the endpoint overrides in effect.
 * - `ledger`: JSON list of ledger entries (`type`, `id`, `region`, `build`, `createdBy`, `meta`).
 * - `credentials`: JSON {@link SavedCredentials}: the template's access fields that are not secret
 *   (profile, profile file, roles, session name, region), the region used, and whether the keys
 *   came from the template itself (they are not saved: the post step cannot use them).
 * - `finished`: `clean` once the main step ran to its end with an empty ledger (nothing to sweep);
 *   `abort` when it ended with `on-error: abort` (what failed builds left is left on purpose).
 *   Unset when the main step was killed or its cleanup left something: the post step sweeps.
 */
import { randomBytes } from "node:crypto";
import * as core from "@actions/core";
import { NON_SECRET_ACCESS_FIELDS, type TemplateAccess } from "../credentials/index.js";
import type { PreparedBuild } from "../engine/prepare.js";
import { type LedgerEntry, ResourceLedger } from "../pipeline/ledger.js";
import { InputError } from "./inputs.js";

export const STATE_KEYS = {
  runId: "run-id",
  regions: "regions",
  endpoints: "endpoints",
  ledger: "ledger",
  finished: "finished",
  credentials: "credentials",
} as const;

/** What the post step needs to resolve the main step's credentials again, without a secret. */
export interface SavedCredentials {
  /** The template's access fields, secrets (access_key, secret_key, security_token) left out. */
  template: Omit<TemplateAccess, "accessKey" | "secretKey" | "securityToken">;
  /** The region the main step resolved. */
  region: string;
  /** True when the main step used the template's own access_key/secret_key (not saved). */
  templateKeys: boolean;
}

/** What the post step reads. */
export interface RunState {
  runId: string;
  regions: string[];
  endpoints: { ecs?: string; vpc?: string; protocol?: string };
  entries: LedgerEntry[];
  finished?: "clean" | "abort";
  /** Absent when the main step saved none (it failed before resolving credentials). */
  credentials?: SavedCredentials;
}

/**
 * The run id of this step execution: `gh-<run id>-<attempt>-<8 hex>`. The random part keeps it
 * unique across matrix jobs and repeated uses of the action in one job (they share the run id);
 * outside Actions `local-<8 hex>`. Tag values allow 128 characters.
 */
export function newRunId(env: Record<string, string | undefined> = process.env): string {
  const rand = randomBytes(4).toString("hex");
  if (!env.GITHUB_RUN_ID) return `local-${rand}`;
  return `gh-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || "1"}-${rand}`;
}

/** The regions the builds create resources in (source region, then copy regions), deduplicated. */
export function buildRegions(prepared: PreparedBuild[], fallback: string): string[] {
  const out = new Set<string>();
  for (const b of prepared) {
    const c = b.builder.config;
    out.add(c.region || fallback);
    for (const r of c.imageCopyRegions ?? []) if (r) out.add(r);
  }
  return [...out];
}

/**
 * `core.saveState`, with a clear error when the runner's state file cannot be written (a bad
 * `GITHUB_STATE`): the post step could not clean up, so the build must not start.
 */
export function saveState(key: string, value: string): void {
  try {
    core.saveState(key, value);
  } catch (err) {
    const reason = (err as Error)?.message ?? String(err);
    throw new InputError(
      `Cannot save the state the post step needs (GITHUB_STATE=${process.env.GITHUB_STATE ?? ""}): ${reason.split("\n")[0]}`,
    );
  }
}

/** The ledgers of every build, saved together on every change. */
export class LedgerStore {
  private readonly ledgers: ResourceLedger[] = [];
  private readonly save: (key: string, value: string) => void;

  constructor(save: (key: string, value: string) => void = saveState) {
    this.save = save;
  }

  /** The ledger of a build (`runBuilds`'s `ledgerFor`); every change saves all builds' entries. */
  ledgerFor = (build: PreparedBuild): ResourceLedger => {
    const ledger = new ResourceLedger({ build: build.name, onChange: () => this.persist() });
    this.ledgers.push(ledger);
    return ledger;
  };

  /** Every build's entries, in build then creation order. */
  entries(): LedgerEntry[] {
    return this.ledgers.flatMap((l) => l.list());
  }

  /** Saves the entries now. */
  persist(): void {
    this.save(STATE_KEYS.ledger, JSON.stringify(this.entries()));
  }
}

/** Saves what the post step needs before the builds start. */
export function saveRunStart(
  runId: string,
  regions: string[],
  endpoints: RunState["endpoints"],
  save: (key: string, value: string) => void = saveState,
): void {
  save(STATE_KEYS.runId, runId);
  save(STATE_KEYS.regions, JSON.stringify(regions));
  save(STATE_KEYS.endpoints, JSON.stringify(endpoints));
  save(STATE_KEYS.ledger, "[]");
}

/** Saves what the post step needs to resolve the credentials again (no secret). */
export function saveCredentialsState(
  access: TemplateAccess,
  region: string,
  templateKeys: boolean,
  save: (key: string, value: string) => void = (k, v) => core.saveState(k, v),
): void {
  const template: SavedCredentials["template"] = {};
  for (const k of NON_SECRET_ACCESS_FIELDS) if (access[k]) template[k] = access[k];
  const saved: SavedCredentials = { template, region, templateKeys };
  save(STATE_KEYS.credentials, JSON.stringify(saved));
}

/**
 * Reads the main step's state; undefined when there is none (validate-only, or the main step
 * stopped before any build started). A malformed ledger is reported as a warning and treated as
 * empty (the tag search still finds the run's resources).
 */
export function readRunState(
  get: (key: string) => string = (k) => core.getState(k),
  warn: (message: string) => void = (m) => core.warning(m),
): RunState | undefined {
  const runId = get(STATE_KEYS.runId);
  if (!runId) return undefined;
  const json = <T>(key: string, fallback: T): T => {
    const text = get(key);
    if (!text) return fallback;
    try {
      return JSON.parse(text) as T;
    } catch {
      warn(`image-build post: the saved '${key}' is not valid JSON; ignoring it`);
      return fallback;
    }
  };
  let entries: LedgerEntry[] = [];
  const ledgerText = get(STATE_KEYS.ledger);
  if (ledgerText) {
    try {
      entries = ResourceLedger.fromJSON(ledgerText).list();
    } catch (err) {
      warn(
        `image-build post: the saved ledger is unreadable (${(err as Error).message}); searching by tags only`,
      );
    }
  }
  const regions = json<unknown>(STATE_KEYS.regions, []);
  const credentials = json<Partial<SavedCredentials> | undefined>(STATE_KEYS.credentials, undefined);
  return {
    runId,
    regions: Array.isArray(regions) ? regions.filter((r): r is string => typeof r === "string") : [],
    endpoints: json(STATE_KEYS.endpoints, {}),
    entries,
    ...(credentials && typeof credentials === "object"
      ? {
          credentials: {
            template:
              typeof credentials.template === "object" && credentials.template ? credentials.template : {},
            region: typeof credentials.region === "string" ? credentials.region : "",
            templateKeys: credentials.templateKeys === true,
          },
        }
      : {}),
    ...(["clean", "abort"].includes(get(STATE_KEYS.finished))
      ? { finished: get(STATE_KEYS.finished) as "clean" | "abort" }
      : {}),
  };
}
