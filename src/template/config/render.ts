/**
 * How a front end has the strings of a config rendered before decoding: the JSON front end
 * renders Go templates (`../json/render.ts`); a front end whose values arrive evaluated (HCL2)
 * renders nothing. The decoder (`../decode.ts`) knows only this contract.
 */
import type { ConfigNode } from "./tree.js";

/** Renders one string of a config (the node it came from, for positions); throws when it cannot. */
export type RenderFn = (text: string, node: ConfigNode) => string;

/**
 * What a render failure may say about itself: `kind: "parse"` when the text is not valid in the
 * front end's template syntax (reported as Packer's `invalid 'key'`); otherwise evaluating it
 * failed (`render 'key'`).
 */
export interface RenderFailure {
  kind?: string;
}

/** True when a render failure is a syntax error of the text. */
export function isParseFailure(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as RenderFailure).kind === "parse";
}
