/**
 * The build's artifact, as Packer's `alicloud-ecs` Artifact: `Id()` is the sorted `region:id`
 * pairs joined by commas, `String()` lists them under "Alicloud images were created:".
 */

/** The template's builder `type` (`PACKER_BUILDER_TYPE`, the manifest's `builder_type`). */
export const ALICLOUD_ECS = "alicloud-ecs";

/** Packer's BuilderId of this builder (the manifest's `builder_type` is the type, not this). */
export const BUILDER_ID = "alibaba.alicloud";

/** Images a build produced. */
export class AlicloudArtifact {
  readonly builderId = BUILDER_ID;
  /** Region → image id. */
  readonly images: Readonly<Record<string, string>>;

  constructor(images: Record<string, string>) {
    this.images = { ...images };
  }

  /** `region:id` pairs, sorted, comma-joined (`cn-beijing:m-aaa,cn-hangzhou:m-bbb`). */
  id(): string {
    return Object.entries(this.images)
      .map(([r, i]) => `${r}:${i}`)
      .sort()
      .join(",");
  }

  /** `Alicloud images were created:\n\n` then sorted `region: id` lines. */
  toString(): string {
    const lines = Object.entries(this.images)
      .map(([r, i]) => `${r}: ${i}`)
      .sort();
    return `Alicloud images were created:\n\n${lines.join("\n")}`;
  }

  /** No files (Packer returns nil). */
  files(): string[] {
    return [];
  }

  /** Packer's `State("atlas.artifact.metadata")`: `{ "region.<r>": id }`. */
  metadata(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.images).map(([r, i]) => [`region.${r}`, i]));
  }
}
