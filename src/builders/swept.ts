/** The sweep's inputs and what it reports: what a killed run left behind, found and deleted. */
import type { Cloud } from "../cloud/cloud.js";
import type { LedgerEntry } from "../pipeline/ledger.js";

/** One resource the sweep dealt with (the post step's summary row). */
export interface SweptResource {
  type: string;
  id: string;
  region: string;
  foundBy: "ledger" | "tags";
  outcome: "deleted" | "already-gone" | "failed" | "kept";
  /** For `failed`: why (API code and request id included); for `kept`: why it was kept. */
  detail?: string;
}

/** Options of a sweep. */
export interface SweepOptions {
  runId: string;
  /** The saved ledger entries of every build. */
  entries: LedgerEntry[];
  /** Regions to search by tag (the ledger's regions are searched too). */
  regions: string[];
  /** The cloud of a region. */
  cloudFor: (region: string) => Cloud;
  /** Image ids never to delete (the final images). */
  keep?: Iterable<string>;
  /** Skip the tag search (the ledger is known to be complete). */
  skipTagSearch?: boolean;
  /** Progress lines. */
  log?: (message: string) => void;
  signal?: AbortSignal;
}
