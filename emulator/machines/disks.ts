/**
 * The disks' contents on the host: a public image's base filesystem (written once per image id),
 * a snapshot's captured root, and the inspection interface (read a file or list a directory in an
 * instance, image or snapshot).
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { CloudModel } from "../model/index.js";
import type { ImageRecord } from "../model/resources.js";
import {
  copyTree,
  type DirEntry,
  existsInRoot,
  listInRoot,
  readInRoot,
  writeBaseFilesystem,
} from "./filesystem.js";

/** What the inspection interface can look into. */
export type InspectTarget = { instanceId: string } | { imageId: string } | { snapshotId: string };

/** Snapshot and public-image directories under `<machines dir>/snapshots` and `/public`. */
export class DiskStore {
  constructor(
    private readonly model: CloudModel,
    private readonly dir: string,
    /** An instance's root directory, if it has a machine. */
    private readonly instanceRoot: (instanceId: string) => string | undefined,
  ) {
    for (const d of ["snapshots", "public"]) mkdirSync(join(dir, d), { recursive: true });
  }

  /** Where a snapshot's captured root lives. */
  snapshotDir(id: string): string {
    return join(this.dir, "snapshots", id);
  }

  /** The root directory holding an image's files (a public image's base, or its system snapshot's). */
  imageRoot(imageId: string, regionId?: string): string | undefined {
    const store = this.model.state.store<ImageRecord>("image");
    // public images are stored once per region, keyed `<region>/<id>`
    const im =
      store.get(imageId) ??
      (regionId ? store.get(`${regionId}/${imageId}`) : undefined) ??
      [...store.values()].find((x) => x.id === imageId);
    if (!im) return undefined;
    const sys = im.mappings.find((m) => m.type === "system");
    const snap = sys?.snapshotId ? this.snapshotDir(sys.snapshotId) : undefined;
    if (snap && existsSync(snap)) return snap;
    // a public image, or one whose system disk was never captured: the OS's base filesystem
    const base = join(this.dir, "public", imageId.replace(/[^A-Za-z0-9_.-]/g, "_"));
    if (!existsSync(base)) {
      const tmp = `${base}.tmp${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(tmp, { recursive: true });
      writeBaseFilesystem(tmp, im);
      copyTree(tmp, base);
      rmSync(tmp, { recursive: true, force: true });
    }
    return base;
  }

  private rootOf(target: InspectTarget): string {
    let root: string | undefined;
    if ("instanceId" in target) root = this.instanceRoot(target.instanceId);
    else if ("imageId" in target) root = this.imageRoot(target.imageId);
    else
      root = existsSync(this.snapshotDir(target.snapshotId))
        ? this.snapshotDir(target.snapshotId)
        : undefined;
    if (!root)
      throw Object.assign(new Error(`no filesystem for ${JSON.stringify(target)}`), { code: "ENOENT" });
    return root;
  }

  /** Reads a file inside an instance, image or snapshot (as the instance would see it). */
  readFile(target: InspectTarget, path: string): Buffer {
    return readInRoot(this.rootOf(target), path);
  }

  /** Lists a directory inside an instance, image or snapshot. */
  listDir(target: InspectTarget, path: string): DirEntry[] {
    return listInRoot(this.rootOf(target), path);
  }

  /** Whether a path exists inside an instance, image or snapshot. */
  exists(target: InspectTarget, path: string): boolean {
    try {
      return existsInRoot(this.rootOf(target), path);
    } catch {
      return false;
    }
  }
}
