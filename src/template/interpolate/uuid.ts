/**
 * Packer's time-ordered UUID (`common/uuid.TimeOrderedUUID`): the first 8 hex digits are the Unix
 * time in seconds, the rest random: `%08x-%04x-%04x-%04x-%04x%08x`.
 */
import { randomBytes } from "node:crypto";

/** A new time-ordered UUID for the given time (default now). */
export function timeOrderedUUID(now: Date = new Date()): string {
  const unix = Math.floor(now.getTime() / 1000) >>> 0;
  const b = randomBytes(12).toString("hex");
  return `${unix.toString(16).padStart(8, "0")}-${b.slice(0, 4)}-${b.slice(4, 8)}-${b.slice(8, 12)}-${b.slice(12, 16)}${b.slice(16, 24)}`;
}
