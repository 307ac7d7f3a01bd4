/**
 * The `manifest` post-processor at run time (Packer 1.6.6 `post-processor/manifest`): one build
 * record appended to the JSON file (`{"builds":[…],"last_run_uuid":…}`, Go's MarshalIndent with two
 * spaces, mode 0664), reset first under `-force` when the file's last run is another run, guarded by
 * a `<output>.lock` file (3 tries, 0/200/400 ms). The input artifact is always kept.
 */
import { open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { resolveLocal } from "../../provisioners/local-path.js";
import { type InterpolateContext, interpolate } from "../../template/interpolate/index.js";
import { type Artifact, artifactFiles, artifactId, type PostProcessResult } from "../artifact.js";
import type { ManifestConfig } from "./config.js";
import { type GoJson, goMarshalIndent } from "./go-json.js";

/** One build in the manifest (Packer's manifest.Artifact). */
export interface ManifestBuild {
  name: string;
  builder_type: string;
  /** Unix seconds; 0 is left out (omitempty), as with `strip_time`. */
  build_time: number;
  files: { name: string; size: number }[] | null;
  artifact_id: string;
  packer_run_uuid: string;
  custom_data: Record<string, string> | null;
}

/** The manifest file. */
export interface ManifestFile {
  builds: ManifestBuild[];
  last_run_uuid: string;
}

/** What the manifest needs from the run. */
export interface ManifestRunOptions {
  buildName: string;
  builderType: string;
  /** Packer's PACKER_RUN_UUID: one per run of image-build. */
  runUuid: string;
  /** `-force`. */
  force?: boolean;
  /** Working directory `output` is relative to (default process.cwd()). */
  cwd?: string;
  /** Interpolation context for `custom_data` values (rendered now with the artifact's data). */
  interpolation: InterpolateContext;
  /** The artifact's generated data (`{{ .ID }}`…); alicloud-ecs gives none. */
  generatedData?: Record<string, string>;
  /** Clock (tests). */
  now?: () => Date;
  /** Lock retry waits (tests); Packer's are 0, 200 and 400 ms. */
  lockWaitsMs?: number[];
}

function buildToGo(b: ManifestBuild): GoJson {
  const entries: [string, GoJson][] = [
    ["name", b.name],
    ["builder_type", b.builder_type],
  ];
  if (b.build_time !== 0) entries.push(["build_time", b.build_time]);
  entries.push(
    [
      "files",
      b.files === null
        ? null
        : b.files.map((f) => ({
            kind: "struct",
            entries: [
              ["name", f.name],
              ["size", f.size],
            ],
          })),
    ],
    ["artifact_id", b.artifact_id],
    ["packer_run_uuid", b.packer_run_uuid],
    ["custom_data", b.custom_data === null ? null : { kind: "map", entries: Object.entries(b.custom_data) }],
  );
  return { kind: "struct", entries };
}

/** The file's bytes exactly as Packer writes them (no trailing newline). */
export function encodeManifest(m: ManifestFile): string {
  return goMarshalIndent({
    kind: "struct",
    entries: [
      ["builds", m.builds.map(buildToGo)],
      ["last_run_uuid", m.last_run_uuid],
    ],
  });
}

/** Field lookup as Go's decoder matches names (exact first, then case-insensitive). */
function field(o: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(o, name)) return o[name];
  const key = Object.keys(o).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : o[key];
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Parses an existing manifest into Packer's struct (unknown fields are dropped, as Go does). */
export function parseManifest(text: string): ManifestFile {
  const raw = JSON.parse(text) as unknown;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error("json: cannot unmarshal into Go value of type manifest.ManifestFile");
  }
  const o = raw as Record<string, unknown>;
  const list = field(o, "builds");
  const builds: ManifestBuild[] = Array.isArray(list)
    ? list.map((b) => {
        const r = (b ?? {}) as Record<string, unknown>;
        const files = field(r, "files");
        const custom = field(r, "custom_data");
        return {
          name: str(field(r, "name")),
          builder_type: str(field(r, "builder_type")),
          build_time: typeof field(r, "build_time") === "number" ? (field(r, "build_time") as number) : 0,
          files: Array.isArray(files)
            ? files.map((f) => {
                const fr = (f ?? {}) as Record<string, unknown>;
                return { name: str(field(fr, "name")), size: Number(field(fr, "size") ?? 0) };
              })
            : null,
          artifact_id: str(field(r, "artifact_id")),
          packer_run_uuid: str(field(r, "packer_run_uuid")),
          custom_data:
            custom && typeof custom === "object" && !Array.isArray(custom)
              ? Object.fromEntries(
                  Object.entries(custom as Record<string, unknown>).map(([k, v]) => [k, str(v)]),
                )
              : null,
        };
      })
    : [];
  return { builds, last_run_uuid: str(field(o, "last_run_uuid")) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs the manifest post-processor for one build's artifact. */
export async function runManifestPostProcessor(
  config: ManifestConfig,
  artifact: Artifact,
  options: ManifestRunOptions,
): Promise<PostProcessResult> {
  const data = options.generatedData ?? {};
  const customEntries = Object.entries(config.customData ?? {});
  const customData: Record<string, string> | null =
    customEntries.length === 0
      ? null
      : Object.fromEntries(
          customEntries.map(([k, v]) => [
            k,
            interpolate(v, { ...options.interpolation, data, buildData: data }),
          ]),
        );

  const files: { name: string; size: number }[] = [];
  const artifactFileNames = artifactFiles(artifact);
  for (const name of artifactFileNames) {
    let size = 0;
    try {
      size = (await stat(name)).size;
    } catch {
      size = 0;
    }
    files.push({ name: config.stripPath ? basename(name) : name, size });
  }
  const build: ManifestBuild = {
    name: options.buildName,
    builder_type: options.builderType,
    build_time: config.stripTime ? 0 : Math.floor((options.now?.() ?? new Date()).getTime() / 1000),
    files: artifactFileNames.length > 0 ? files : null,
    artifact_id: artifactId(artifact),
    packer_run_uuid: options.runUuid,
    custom_data: customData,
  };

  const output = resolveLocal(config.output, options.cwd ?? process.cwd());
  const lock = `${output}.lock`;
  const waits = options.lockWaitsMs ?? [0, 200, 400];
  for (const wait of waits) {
    await sleep(wait);
    try {
      await (await open(lock, "wx", 0o664)).close();
      break;
    } catch {
      // Packer logs and tries again; after the last try it goes on without the lock.
    }
  }
  try {
    let contents = "";
    try {
      contents = await readFile(output, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") {
        throw new Error(`Unable to open ${config.output} for reading: ${(e as Error).message}`);
      }
    }
    let manifest: ManifestFile = { builds: [], last_run_uuid: "" };
    if (contents.length > 0) {
      try {
        manifest = parseManifest(contents);
      } catch (e) {
        throw new Error(`Unable to parse content from ${config.output}: ${(e as Error).message}`);
      }
    }
    if (options.force && options.runUuid !== manifest.last_run_uuid)
      manifest = { builds: [], last_run_uuid: "" };
    manifest.builds = [...manifest.builds, build];
    manifest.last_run_uuid = options.runUuid;
    try {
      await writeFile(output, encodeManifest(manifest), { mode: 0o664 });
    } catch (e) {
      throw new Error(`Unable to write ${config.output}: ${(e as Error).message}`);
    }
  } finally {
    await rm(lock, { force: true });
  }
  return { artifact, keep: true, forceOverride: true };
}
