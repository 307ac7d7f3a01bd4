// Types of scripts/bundle-plugins.mjs (for the tests).
import type { Metafile, Plugin } from "esbuild";

export interface ModelsAsset {
  name: string;
  data: Buffer;
}
export function lazyModelsPlugin(assets?: Map<string, ModelsAsset>): Plugin;
export function writeModelAssets(
  metafile: Metafile,
  assets: Map<string, ModelsAsset>,
  repo: string,
): string[];
export function modelIndex(
  source: string,
  file?: string,
): { exports: { name: string; id: string; member: string }[]; declarations: string[] };
export function packModels(modelJs: string): Promise<{ contents: string; asset: ModelsAsset }>;
export function nativeAddonsPlugin(): Plugin;
export function sdkFacadePlugin(): Plugin;
