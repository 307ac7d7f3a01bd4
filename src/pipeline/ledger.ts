/**
 * The ledger of cloud resources a build created: steps register what they create and their
 * cleanups remove what they delete, so at any moment it lists what would be left behind if the
 * process died. The action persists it on every change (`core.saveState`) for the post step's sweep.
 */

/** Kinds of resources the build creates (free-form strings are allowed for new kinds). */
export type ResourceType =
  | "instance"
  | "image"
  | "image-copy"
  | "snapshot"
  | "disk"
  | "vpc"
  | "vswitch"
  | "security-group"
  | "key-pair"
  | "eip"
  | (string & {});

/** A resource the build created and has not deleted yet. */
export interface LedgerEntry {
  type: ResourceType;
  id: string;
  region: string;
  /** The step that created it. */
  createdBy: string;
  /** The build it belongs to, when the ledger has one. */
  build?: string;
  /** Epoch ms of registration. */
  createdAt: number;
  /** Extra facts a sweep needs (e.g. the instance an EIP is associated with). */
  meta?: Record<string, string>;
}

/** What changed, with the whole list after the change. */
export interface LedgerEvent {
  kind: "add" | "remove" | "update";
  entry: LedgerEntry;
  entries: readonly LedgerEntry[];
}

/** Options of a ledger. */
export interface LedgerOptions {
  /** The build name stamped on every entry. */
  build?: string;
  /** Called after every change (also addable later with `onChange`). */
  onChange?: (event: LedgerEvent) => void;
  /** Entries to start with (a ledger restored from saved state). */
  entries?: LedgerEntry[];
  /** Clock for `createdAt`; default Date.now. */
  now?: () => number;
}

const key = (type: string, id: string) => `${type}\u0000${id}`;

/** An observable list of created resources, in creation order. */
export class ResourceLedger {
  private readonly map = new Map<string, LedgerEntry>();
  private readonly listeners = new Set<(event: LedgerEvent) => void>();
  private readonly now: () => number;
  /** Errors thrown by listeners (a listener never breaks a step). */
  readonly listenerErrors: unknown[] = [];
  /** The step currently running; the default `createdBy` (the runner sets it). */
  activeStep: string | undefined;
  readonly build: string | undefined;

  constructor(opts: LedgerOptions = {}) {
    this.build = opts.build;
    this.now = opts.now ?? Date.now;
    for (const e of opts.entries ?? []) this.map.set(key(e.type, e.id), { ...e });
    if (opts.onChange) this.listeners.add(opts.onChange);
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: (event: LedgerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Registers a created resource (call it as soon as the create call returns its id, before any
   * wait). Registering the same type and id again updates it.
   */
  add(resource: {
    type: ResourceType;
    id: string;
    region: string;
    createdBy?: string;
    meta?: Record<string, string>;
  }): LedgerEntry {
    const k = key(resource.type, resource.id);
    const existing = this.map.get(k);
    const entry: LedgerEntry = {
      type: resource.type,
      id: resource.id,
      region: resource.region,
      createdBy: resource.createdBy ?? existing?.createdBy ?? this.activeStep ?? "(unknown)",
      ...(this.build !== undefined ? { build: this.build } : {}),
      createdAt: existing?.createdAt ?? this.now(),
      ...(resource.meta || existing?.meta ? { meta: { ...existing?.meta, ...resource.meta } } : {}),
    };
    this.map.set(k, entry);
    this.emit(existing ? "update" : "add", entry);
    return entry;
  }

  /** Removes a deleted resource; false (and no event) when it was not registered. */
  remove(type: ResourceType, id: string): boolean {
    const k = key(type, id);
    const entry = this.map.get(k);
    if (!entry) return false;
    this.map.delete(k);
    this.emit("remove", entry);
    return true;
  }

  /** Whether a resource is registered (a cleanup deletes only what is still here: idempotence). */
  has(type: ResourceType, id: string): boolean {
    return this.map.has(key(type, id));
  }

  /** The registered resource, if any. */
  get(type: ResourceType, id: string): LedgerEntry | undefined {
    const e = this.map.get(key(type, id));
    return e ? { ...e } : undefined;
  }

  /** Registered resources in creation order, optionally of one type. */
  list(type?: ResourceType): LedgerEntry[] {
    return [...this.map.values()].filter((e) => type === undefined || e.type === type).map((e) => ({ ...e }));
  }

  /** Number of registered resources. */
  get size(): number {
    return this.map.size;
  }

  /** JSON for persistence (`core.saveState`); `ResourceLedger.fromJSON` reads it back. */
  toJSON(): LedgerEntry[] {
    return this.list();
  }

  /** A ledger restored from `JSON.stringify(ledger)`; throws on a malformed text. */
  static fromJSON(text: string, opts: Omit<LedgerOptions, "entries"> = {}): ResourceLedger {
    const doc = JSON.parse(text) as unknown;
    if (!Array.isArray(doc)) throw new Error("ledger state: expected a JSON list of resources");
    for (const e of doc) {
      const r = e as Partial<LedgerEntry>;
      if (!r || typeof r.type !== "string" || typeof r.id !== "string" || typeof r.region !== "string")
        throw new Error("ledger state: every resource needs type, id and region");
    }
    return new ResourceLedger({ ...opts, entries: doc as LedgerEntry[] });
  }

  private emit(kind: LedgerEvent["kind"], entry: LedgerEntry): void {
    if (this.listeners.size === 0) return;
    const event: LedgerEvent = { kind, entry: { ...entry }, entries: this.list() };
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        this.listenerErrors.push(err);
      }
    }
  }
}
