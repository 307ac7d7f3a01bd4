/**
 * Address slots: every emulator on a machine claims one (0–63) so that their instances' 127.x
 * addresses never collide (each SSH server must own its address:22). A claim is a directory
 * `<tmpdir>/image-build-emulator-slots/<n>` holding the owner's pid; a claim whose process is gone
 * is taken over. The first emulator gets slot 0, the documented address layout.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DIR = join(tmpdir(), "image-build-emulator-slots");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Claims a free slot; returns it with its release function. */
export function claimSlot(): { slot: number; release: () => void } {
  mkdirSync(DIR, { recursive: true, mode: 0o1777 });
  for (let slot = 0; slot < 64; slot++) {
    const dir = join(DIR, String(slot));
    try {
      mkdirSync(dir);
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(dir, "pid"), "utf8"));
      } catch {
        continue; // being claimed right now
      }
      if (!owner || alive(owner)) continue;
      rmSync(dir, { recursive: true, force: true });
      try {
        mkdirSync(dir);
      } catch {
        continue;
      }
    }
    const token = `${process.pid}`;
    writeFileSync(join(dir, "pid"), token);
    return {
      slot,
      release: () => {
        try {
          if (readFileSync(join(dir, "pid"), "utf8") === token) rmSync(dir, { recursive: true, force: true });
        } catch {
          // already gone
        }
      },
    };
  }
  throw new Error("image-build emulator: all 64 address slots are taken on this machine");
}
