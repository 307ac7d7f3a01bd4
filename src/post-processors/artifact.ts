/**
 * The artifact a build hands to its post-processors (Packer's `packer.Artifact`), as the
 * post-processors read it. The alicloud-ecs builder's `AlicloudArtifact` fits (its `id()` and
 * `files()` are methods); plain objects with `id` and `files` values fit too.
 */

/** A build's result as the post-processors see it. */
export interface Artifact {
  /** `alibaba.alicloud` for the alicloud-ecs builder. */
  builderId: string;
  /** Packer's `Id()`: for alicloud-ecs `<region>:<imageId>` pairs, sorted, joined by `,`. */
  id: string | (() => string);
  /** Image id by region. */
  images: Readonly<Record<string, string>>;
  /** Local files of the artifact (none for alicloud-ecs). */
  files?: string[] | (() => string[]);
}

/** The artifact's Id(). */
export function artifactId(a: Artifact): string {
  return typeof a.id === "function" ? a.id() : a.id;
}

/** The artifact's Files(). */
export function artifactFiles(a: Artifact): string[] {
  const f = a.files;
  return (typeof f === "function" ? f.call(a) : f) ?? [];
}

/** A post-processor's result, as Packer's (artifact, keep, forceOverride). */
export interface PostProcessResult {
  artifact: Artifact;
  /** Keep the input artifact. */
  keep: boolean;
  /** The post-processor insists on `keep` whatever `keep_input_artifact` says. */
  forceOverride: boolean;
}
