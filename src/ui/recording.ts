/** A Ui that keeps every line in memory: for tests, and for front ends that render lines later. */
import type { ProgressUpdate, Ui } from "./ui.js";

/** One recorded Ui call. */
export type UiLine =
  | { kind: "say" | "message" | "error"; text: string }
  | { kind: "progress"; text: string; update: ProgressUpdate };

/** Records every call; `text()` gives the lines as `kind: text`. */
export class RecordingUi implements Ui {
  readonly lines: UiLine[] = [];

  say(message: string): void {
    this.lines.push({ kind: "say", text: message });
  }
  message(message: string): void {
    this.lines.push({ kind: "message", text: message });
  }
  error(message: string): void {
    this.lines.push({ kind: "error", text: message });
  }
  progress(update: ProgressUpdate): void {
    this.lines.push({ kind: "progress", text: update.label, update });
  }

  /** The texts of the lines of one kind (all kinds when omitted). */
  texts(kind?: UiLine["kind"]): string[] {
    return this.lines.filter((l) => kind === undefined || l.kind === kind).map((l) => l.text);
  }
}
