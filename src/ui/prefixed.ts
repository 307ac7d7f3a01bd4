/**
 * A build's Ui: every line of one build is prefixed with its name, as Packer prints
 * `==> name: message` when several builds share a terminal.
 */
import type { Ui } from "./ui.js";

/** Prefixes every line (multi-line messages included) with `name: `. */
export function prefixedUi(ui: Ui, name: string): Ui {
  const p = (text: string) =>
    text
      .split("\n")
      .map((line) => `${name}: ${line}`)
      .join("\n");
  return {
    say: (m) => ui.say(p(m)),
    message: (m) => ui.message(p(m)),
    error: (m) => ui.error(p(m)),
    progress: (u) => ui.progress({ ...u, id: `${name}: ${u.id}`, label: p(u.label) }),
  };
}
