/**
 * The CLI's Ui: Packer's terminal output (`==> name: message` headlines, `    name: message`
 * details, errors on stderr), or `-machine-readable` lines (`timestamp,target,ui,kind,text`).
 * Every line is masked. Progress is printed when its percentage moves by 10 or every 15 s.
 */
import { maskSecrets } from "../ui/mask.js";
import type { ProgressUpdate, Ui } from "../ui/ui.js";

/** Options of {@link terminalUi}. */
export interface TerminalUiOptions {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Values replaced by `<sensitive>` (grows as secrets become known). */
  secrets: Set<string>;
  machineReadable?: boolean;
  /** Prefix each line with an RFC 3339 time (`-timestamp-ui`). */
  timestamps?: boolean;
  now?: () => number;
}

/** Packer's machine-readable escaping: commas and newlines. */
function machineEscape(text: string): string {
  return text.replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\r", "\\r").replaceAll("\n", "\\n");
}

/** A Ui writing to a terminal. */
export function terminalUi(opts: TerminalUiOptions): Ui {
  const now = opts.now ?? Date.now;
  const lastShown = new Map<string, { at: number; percent?: number }>();
  const mask = (t: string) => maskSecrets(t, opts.secrets);
  const write = (stream: "out" | "err", kind: string, prefix: string, text: string) => {
    const clean = mask(text);
    if (opts.machineReadable) {
      // Packer leaves the target of ui lines empty (the build name is in the text).
      opts.out(`${Math.floor(now() / 1000)},,ui,${kind},${machineEscape(`${prefix}${clean}`)}\n`);
      return;
    }
    const stamp = opts.timestamps ? `${new Date(now()).toISOString()} ` : "";
    const lines = clean.split("\n").map((l) => `${stamp}${prefix}${l}\n`);
    opts[stream](lines.join(""));
  };
  return {
    say: (m) => write("out", "say", "==> ", m),
    message: (m) => write("out", "message", "    ", m),
    error: (m) => write("err", "error", "==> ", m),
    progress(u: ProgressUpdate) {
      const last = lastShown.get(u.id);
      const t = now();
      const moved =
        u.percent !== undefined && (last?.percent === undefined || u.percent - last.percent >= 10);
      if (!u.done && last && !moved && t - last.at < 15_000) return;
      if (u.done && !last) return;
      lastShown.set(u.id, { at: t, percent: u.percent });
      const pct = u.percent !== undefined ? ` (${u.percent}%)` : "";
      write("out", "message", "    ", `${u.label}${pct}, ${Math.round(u.elapsedMs / 1000)}s`);
      if (u.done) lastShown.delete(u.id);
    },
  };
}
