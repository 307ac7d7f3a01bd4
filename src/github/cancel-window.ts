/**
 * The runner's cancel window. On cancel the runner sends SIGINT, then SIGTERM 7.5 s later, then
 * kills the process tree 2.5 s after that. On the first signal the builds are aborted and clean up;
 * the ledger of temporary resources is in the step's state at every moment, so when the window
 * closes before cleanup ends, the step saves it once more, fails and exits: the post step deletes
 * the rest.
 */
import * as core from "@actions/core";
import type { LedgerEntry } from "../pipeline/ledger.js";
import type { LedgerStore } from "./run-state.js";
import type { GithubUi } from "./ui.js";

/** After SIGINT the runner kills the process 10 s later; after SIGTERM, 2.5 s later. */
const CANCEL_WINDOW_MS = { SIGINT: 8_000, SIGTERM: 2_000 } as const;
type CancelSignal = keyof typeof CANCEL_WINDOW_MS;

/** `instance i-… (cn-hangzhou)`. */
export const describeEntry = (e: LedgerEntry) => `${e.type} ${e.id} (${e.region})`;

/** Listens for SIGINT/SIGTERM from creation until {@link CancelWindow.close}. */
export class CancelWindow {
  private readonly ctl = new AbortController();
  private deadlineAt = Number.POSITIVE_INFINITY;
  private deadline: NodeJS.Timeout | undefined;
  private readonly handlers: [CancelSignal, () => void][];

  constructor(
    private readonly opts: {
      store: LedgerStore;
      ui: GithubUi;
      runId: string;
      /** How many builds run (the message says "build" or "builds"). */
      builds: number;
    },
  ) {
    this.handlers = (["SIGINT", "SIGTERM"] as const).map((sig) => {
      const h = () => this.onSignal(sig);
      process.on(sig, h);
      return [sig, h];
    });
  }

  /** Aborted on the first signal; what the engine watches. */
  get signal(): AbortSignal {
    return this.ctl.signal;
  }

  /** True once a signal came. */
  get cancelled(): boolean {
    return this.ctl.signal.aborted;
  }

  /** Stops listening and drops the deadline (the step ends on its own). */
  close(): void {
    for (const [sig, h] of this.handlers) process.off(sig, h);
    if (this.deadline) clearTimeout(this.deadline);
  }

  private onSignal(sig: CancelSignal): void {
    const { ui, store, builds } = this.opts;
    if (!this.ctl.signal.aborted) {
      const now = store.entries();
      ui.info(
        `Received ${sig}: cancelling the build${builds === 1 ? "" : "s"} and deleting ${
          now.length > 0
            ? `the temporary resources: ${now.map(describeEntry).join(", ")}`
            : "whatever is created"
        }`,
      );
      this.ctl.abort(new Error(`The build was cancelled (${sig})`));
    } else {
      ui.info(`Received ${sig}: still cleaning up`);
    }
    const at = Date.now() + CANCEL_WINDOW_MS[sig];
    if (at < this.deadlineAt) {
      this.deadlineAt = at;
      if (this.deadline) clearTimeout(this.deadline);
      this.deadline = setTimeout(() => this.giveUp(), CANCEL_WINDOW_MS[sig]);
    }
  }

  /** The window closes: save the ledger, say what the post step will delete, fail and exit. */
  private giveUp(): void {
    const { ui, store, runId } = this.opts;
    store.persist();
    const left = store.entries();
    ui.info(
      left.length > 0
        ? `The cancel window is closing: the post step deletes the ${left.length} resource(s) not deleted yet: ${left.map(describeEntry).join(", ")}`
        : "The cancel window is closing; nothing is left to delete.",
    );
    core.setFailed(`The build was cancelled (run ${runId})`);
    process.exit(1);
  }
}
