/**
 * The size budget of a job summary: each list is capped, and the whole summary is rendered again
 * with tighter caps until it fits in {@link BUDGET_BYTES}, so it stays far below GitHub's 1 MiB per
 * step whatever the input.
 */
import { bytes } from "./text.js";

/** The most a summary may take (UTF-8 bytes); GitHub refuses a step summary above 1 MiB. */
const BUDGET_BYTES = 100 * 1024;

/** How much of each list a rendering shows. */
export interface Limits {
  /** Rows of the images table. */
  tableRows: number;
  /** Builds with a section of their own. */
  detailBuilds: number;
  steps: number;
  /** Rows of the API calls table (0: totals only). */
  actions: number;
  provisioners: number;
  /** Rows of left-behind resources, cleanup errors, sweep groups. */
  resources: number;
  errorChars: number;
  /** Builds in the Terraform snippet. */
  terraformBuilds: number;
  /** Regions per build in the Terraform snippet. */
  terraformRegions: number;
}

/** From generous to terse: the first rendering that fits the budget is used. */
const LEVELS: Limits[] = [
  {
    tableRows: 200,
    detailBuilds: 30,
    steps: 60,
    actions: 60,
    provisioners: 50,
    resources: 50,
    errorChars: 4000,
    terraformBuilds: 30,
    terraformRegions: 30,
  },
  {
    tableRows: 120,
    detailBuilds: 20,
    steps: 30,
    actions: 20,
    provisioners: 20,
    resources: 20,
    errorChars: 1500,
    terraformBuilds: 20,
    terraformRegions: 20,
  },
  {
    tableRows: 80,
    detailBuilds: 20,
    steps: 15,
    actions: 8,
    provisioners: 10,
    resources: 10,
    errorChars: 600,
    terraformBuilds: 20,
    terraformRegions: 10,
  },
  {
    tableRows: 50,
    detailBuilds: 10,
    steps: 8,
    actions: 0,
    provisioners: 5,
    resources: 5,
    errorChars: 300,
    terraformBuilds: 10,
    terraformRegions: 5,
  },
];

/** The first rendering that fits the budget; the last one cut at a line boundary otherwise. */
export function withinBudget(render: (l: Limits) => string): string {
  let out = "";
  for (const limits of LEVELS) {
    out = render(limits);
    if (bytes(out) <= BUDGET_BYTES) return out;
  }
  const note =
    "\n\n> [!NOTE]\n> The rest of this summary was cut to stay within the job summary size limit.\n";
  const buf = Buffer.from(out, "utf8").subarray(0, BUDGET_BYTES - bytes(note) - 16);
  const text = buf.toString("utf8").replace(/\uFFFD$/, "");
  return text.slice(0, Math.max(0, text.lastIndexOf("\n"))) + note;
}
