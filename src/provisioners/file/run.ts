/**
 * The `file` provisioner at run time (Packer 1.6.6's ProvisionUpload / ProvisionDownload): sources
 * and destination rendered with the build data, directories through UploadDir/DownloadDir with
 * the trailing-slash rule, a destination ending in `/` taking the source's base name.
 */
import { createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { errorText } from "../../communicator/remote-cmd.js";
import { resolveLocal } from "../local-path.js";
import { type ProvisionContext, renderRuntime } from "../runtime.js";
import type { FileConfig } from "./config.js";

/** Go's `*PathError` text for a local stat. */
function statText(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? `stat ${path}: no such file or directory` : `stat ${path}: ${errorText(e)}`;
}

/** Runs a `file` provisioner; throws with Packer's message on failure. */
export async function runFileProvisioner(config: FileConfig, ctx: ProvisionContext): Promise<void> {
  const comm = ctx.comm;
  if (!comm) {
    throw new Error(
      "No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator.",
    );
  }
  const { ui } = ctx;
  const cwd = ctx.cwd ?? process.cwd();
  const render = (text: string, what: string) => {
    try {
      // Packer renders with the build data as the dot.
      return renderRuntime(ctx, text);
    } catch (e) {
      throw new Error(`Error interpolating ${what}: ${errorText(e)}`);
    }
  };
  const dstTemplate = render(config.destination, "destination");

  if (config.direction === "download") {
    for (const srcTemplate of config.sources) {
      let dst = dstTemplate;
      const src = render(srcTemplate, "source");
      ui.say(`Downloading ${src} => ${dst}`);
      let dir = dst;
      if (!dst.endsWith("/")) dir = dirname(dir);
      else if (!src.endsWith("/") && !src.endsWith("*")) dst = join(dst, basename(src));
      if (dir !== "") await mkdir(resolveLocal(dir, cwd), { recursive: true, mode: 0o755 });
      if (src.endsWith("/") || /[*?[]/.test(src)) {
        // Packer returns after the first directory source.
        await comm.downloadDir(src, resolveLocal(dst, cwd));
        return;
      }
      const out = createWriteStream(resolveLocal(dst, cwd), { mode: 0o644 });
      await new Promise<void>((resolve, reject) => {
        out.once("open", () => resolve());
        out.once("error", reject);
      });
      try {
        await comm.download(src, out);
      } catch (e) {
        ui.error(`Download failed: ${errorText(e)}`);
        throw e;
      } finally {
        await new Promise<void>((r) => out.end(r));
      }
    }
    return;
  }

  for (const srcTemplate of config.sources) {
    const src = render(srcTemplate, "source");
    ui.say(`Uploading ${src} => ${dstTemplate}`);
    const local = resolveLocal(src, cwd);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(local);
    } catch (e) {
      throw new Error(statText(src, e));
    }
    if (info.isDirectory()) {
      try {
        // The trailing slash of the source decides (contents vs. the directory itself).
        await comm.uploadDir(dstTemplate, src.endsWith("/") ? `${local}/` : local);
      } catch (e) {
        ui.error(`Upload failed: ${errorText(e)}`);
        throw e;
      }
      continue;
    }
    const fileDst = dstTemplate.endsWith("/") ? dstTemplate + basename(src) : dstTemplate;
    try {
      await comm.upload(fileDst, { path: local });
    } catch (e) {
      const text = errorText(e);
      if (text.includes("Error restoring file")) {
        ui.error(
          `Upload failed: ${text}; this can occur when your file destination is a folder without a trailing slash.`,
        );
      }
      ui.error(`Upload failed: ${text}`);
      throw e;
    }
  }
}
