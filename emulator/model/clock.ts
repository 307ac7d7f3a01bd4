/** Time source of the model: the system clock, or a manual clock tests move by hand. */

/** Milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to (`advance`); starts at 2026-01-01T00:00:00Z by default. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void {
    this.t += ms;
  }
}

/** ISO 8601 UTC without milliseconds, as the ECS API prints times (`2026-01-01T00:00:00Z`). */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** ISO 8601 UTC to the minute, as `CreationTime` of instances and VPCs reads (`2026-01-01T00:00Z`). */
export function isoMinute(ms: number): string {
  return new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, "Z");
}
