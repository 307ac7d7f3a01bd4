/**
 * The `alicloud-ecs` builder, as one record of the Builder seam: its config decoding (Packer's
 * fields, defaults and checks, then the communicator settings image-build does not support yet),
 * what it shows of a config, its run (`./builder.ts`), its artifact, its reuse lookups and its sweep.
 */
import type { Builder, BuilderDecodeContext, BuilderDecodeResult } from "../builder.js";
import { ALICLOUD_ECS, AlicloudArtifact } from "./artifact.js";
import { explicitDeleteWithInstance, type PreparedAlicloudConfig, runAlicloudBuild } from "./builder.js";
import { checkpointInputs } from "./checkpoint-inputs.js";
import { decodeAlicloudEcsConfig } from "./config.js";
import { ecsDetails } from "./details.js";
import { imageTagsError } from "./image-tags.js";
import { alicloudReuse } from "./reuse.js";
import { sweep } from "./sweep.js";
import { unsupportedCommunicator } from "./unsupported.js";

/** Decodes one `alicloud-ecs` builder block (the object without `type` and `name`). */
function decode(
  node: Parameters<Builder["decode"]>[0],
  ctx: BuilderDecodeContext,
): BuilderDecodeResult<PreparedAlicloudConfig> {
  const r = decodeAlicloudEcsConfig(node, ctx);
  if (!r.config) return { diagnostics: r.diagnostics };
  const diagnostics = [...r.diagnostics, ...unsupportedCommunicator(r.config, node, ctx.file)];
  const config: PreparedAlicloudConfig = Object.assign(r.config, {
    dataDiskDeleteExplicit: explicitDeleteWithInstance(node),
  });
  return { config, diagnostics };
}

export const alicloudEcsBuilder: Builder<PreparedAlicloudConfig> = {
  type: ALICLOUD_ECS,
  decode,
  overview: (c) => ({
    region: c.region,
    instanceType: c.instanceType,
    sourceImage: c.sourceImage || undefined,
    sourceImageFamily: c.imageFamily || undefined,
    imageName: c.imageName,
    createsImage: !c.skipCreateImage,
  }),
  localFiles: (c) => (c.userDataFile ? [["user_data_file", c.userDataFile]] : []),
  checkpointInputs,
  checkImageTags: imageTagsError,
  run: runAlicloudBuild,
  details: (c, resolved) =>
    ecsDetails({
      sourceImage: resolved?.sourceImage ?? (c.sourceImage || undefined),
      instanceType: c.instanceType,
    }),
  artifactOf: (images) => new AlicloudArtifact(images),
  reuse: alicloudReuse,
  sweep,
};
