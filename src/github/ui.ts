/**
 * The action's Ui: the engine's lines in the GitHub log.
 *
 * - One build: every headline (`say`) with lines under it (provisioner output, waits, retries)
 *   becomes a collapsible group titled by the headline, so the log reads as a list of steps; a
 *   headline with nothing under it is a plain line. Errors close the group first, so they are
 *   never hidden inside a collapsed one.
 * - Several builds run at once: groups cannot interleave in the GitHub log, so there are none;
 *   every line carries its build's name (`==> web: …` headlines, `    web: …` details), as Packer
 *   prints parallel builds.
 * - Progress of a wait is printed when its percentage moves by 10 points or every 15 s.
 * - Every line is masked before it is written (the runner masks registered secrets too, but
 *   the masker here also covers values learnt from the engine, e.g. a temporary private key), and
 *   a line is never allowed to start a workflow command (`::`), whatever a provisioner prints.
 */
import * as core from "@actions/core";
import { boundLines, expandSecrets, maskWith } from "../ui/mask.js";
import type { ProgressUpdate, Ui } from "../ui/ui.js";
import { addMask } from "./mask.js";

/** Where the Ui writes; default @actions/core. */
export interface GithubUiSink {
  info(line: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/** Options of {@link GithubUi}. */
export interface GithubUiOptions {
  /** True with one build: headlines open groups. */
  grouped: boolean;
  /** Values replaced by `***` (grows as secrets become known). */
  secrets?: Set<string>;
  sink?: GithubUiSink;
  now?: () => number;
  /** Progress lines: at least this many percentage points apart (default 10)… */
  progressPercentStep?: number;
  /** …or this long apart (default 15 s). */
  progressIntervalMs?: number;
}

const coreSink: GithubUiSink = {
  info: (l) => core.info(l),
  startGroup: (t) => core.startGroup(t),
  endGroup: () => core.endGroup(),
};

/** The GitHub log's Ui (see the file comment for the scheme). */
export class GithubUi implements Ui {
  readonly secrets: Set<string>;
  private readonly sink: GithubUiSink;
  private readonly now: () => number;
  private readonly lastShown = new Map<string, { at: number; percent?: number }>();
  private open = false;
  /** A headline not shown yet: it becomes a group when a line follows it, else a plain line. */
  private pending: string | undefined;
  /** Every form of every secret, computed again when the set grows. */
  private forms: { size: number; list: string[] } = { size: -1, list: [] };

  constructor(private readonly opts: GithubUiOptions) {
    this.secrets = opts.secrets ?? new Set();
    this.sink = opts.sink ?? coreSink;
    this.now = opts.now ?? Date.now;
    // The runner knows the secrets as given; tell it the forms we quote and encode them in too.
    for (const s of this.secrets) addMask(s);
  }

  /** Registers a secret: masked here and by the runner (`::add-mask::`). */
  mask(secret: string): void {
    if (!secret || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    addMask(secret);
  }

  /** Masks `text` and makes every line safe from workflow command parsing. */
  clean(text: string): string[] {
    if (this.forms.size !== this.secrets.size) {
      this.forms = { size: this.secrets.size, list: expandSecrets(this.secrets) };
    }
    return boundLines(maskWith(text, this.forms.list, "***"))
      .split(/\r?\n/)
      .map((l) => (/^\s*::/.test(l) ? l.replace("::", ":\u200b:") : l));
  }

  say(message: string): void {
    const lines = this.clean(message);
    if (this.opts.grouped) {
      this.close();
      this.pending = lines[0];
      for (const l of lines.slice(1)) this.detail(l);
      return;
    }
    for (const l of lines) this.sink.info(`==> ${l}`);
  }

  message(message: string): void {
    for (const l of this.clean(message)) this.detail(l);
  }

  private detail(line: string): void {
    if (this.pending !== undefined) {
      this.sink.startGroup(this.pending);
      this.pending = undefined;
      this.open = true;
    }
    this.sink.info(`    ${line}`);
  }

  error(message: string): void {
    this.close();
    for (const l of this.clean(message)) this.sink.info(`==> ${l}`);
  }

  progress(u: ProgressUpdate): void {
    const last = this.lastShown.get(u.id);
    const t = this.now();
    const step = this.opts.progressPercentStep ?? 10;
    const interval = this.opts.progressIntervalMs ?? 15_000;
    const moved =
      u.percent !== undefined && (last?.percent === undefined || u.percent - last.percent >= step);
    if (u.done && !last) return;
    if (!u.done && last && !moved && t - last.at < interval) return;
    this.lastShown.set(u.id, { at: t, percent: u.percent });
    const pct = u.percent !== undefined ? ` (${u.percent}%)` : "";
    this.message(`${u.label}${pct}, ${Math.round(u.elapsedMs / 1000)}s`);
    if (u.done) this.lastShown.delete(u.id);
  }

  /** Closes the open group, if any (call when the builds end). */
  close(): void {
    if (this.pending !== undefined) {
      this.sink.info(this.pending);
      this.pending = undefined;
    }
    if (!this.open) return;
    this.sink.endGroup();
    this.open = false;
  }

  /** Writes a line outside any group (the action's own lines: cancel notices, outputs). */
  info(message: string): void {
    this.close();
    for (const l of this.clean(message)) this.sink.info(l);
  }
}
