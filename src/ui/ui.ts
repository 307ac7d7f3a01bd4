/**
 * The one Ui interface the engine writes progress to. The terminal (CLI) and GitHub (action)
 * implementations live with their front ends; the engine only sees this interface.
 */

/** A progress report of a long-running wait (an image being created, an instance starting). */
export interface ProgressUpdate {
  /** Stable key of what is progressing (e.g. `image m-bp1…`), so a UI can overwrite its line. */
  id: string;
  /** What is shown, e.g. `Waiting for image m-bp1… to be Available: Creating`. */
  label: string;
  /** Percentage 0..100 when the API reports one (an image's or snapshot's `Progress`). */
  percent?: number;
  /** Time since the wait began. */
  elapsedMs: number;
  /** True on the last report of this id. */
  done?: boolean;
}

/** Where the engine reports what it does (Packer's `packersdk.Ui`: Say, Message, Error). */
export interface Ui {
  /** A headline, one per notable action (Packer's `==> ` lines). */
  say(message: string): void;
  /** A detail line under the latest headline. */
  message(message: string): void;
  /** An error line (a failure, a cleanup that did not succeed, a resource left behind). */
  error(message: string): void;
  /** Progress of a wait; implementations may rate-limit or redraw in place. */
  progress(update: ProgressUpdate): void;
}

/** A Ui that discards everything. */
export const silentUi: Ui = {
  say() {},
  message() {},
  error() {},
  progress() {},
};
