/**
 * The JSON front end's rendering of config strings: Packer's Go text/template interpolation
 * (user variables, functions, build placeholders). A syntax error is an `InterpolateError` of kind
 * `parse`, which the decoder reports as Packer's `invalid 'key'`.
 */
import type { RenderFn } from "../config/render.js";
import { type InterpolateContext, interpolate } from "../interpolate/index.js";

/** A render function over one interpolation context. */
export function goTemplateRender(ctx: InterpolateContext): RenderFn {
  return (text) => interpolate(text, ctx);
}
