/**
 * Registering a secret with the runner (`::add-mask::`) in every form we quote or encode it in
 * (see `secretForms`), and line by line when it spans lines: the runner masks line by line, so a
 * multi-line secret (a private key) registered whole would never match a printed line.
 */
import * as core from "@actions/core";
import { secretForms } from "../ui/mask.js";

/** Shortest line of a multi-line secret registered on its own (shorter lines would hide ordinary text). */
const MIN_LINE = 4;

/** The values to register for `secret`: its forms, and the lines of a multi-line one. */
export function maskValues(secret: string): string[] {
  const out = new Set<string>();
  for (const form of secretForms(secret)) {
    out.add(form);
    if (/[\r\n]/.test(form)) {
      for (const line of form.split(/\r?\n|\r/)) if (line.trim().length >= MIN_LINE) out.add(line.trim());
    }
  }
  return [...out];
}

/** Tells the runner to mask `secret` in all its forms (`core.setSecret` escapes `%`, CR and LF). */
export function addMask(secret: string, setSecret: (value: string) => void = (v) => core.setSecret(v)): void {
  if (!secret) return;
  for (const v of maskValues(secret)) setSecret(v);
}
