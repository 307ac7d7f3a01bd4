/** Wraps handlers so that due transitions complete before each call (the model advances lazily). */
import type { CloudModel } from "../../model/index.js";
import type { ActionHandler } from "../../types.js";

/** The same handlers, each ticking the model first. */
export function withTick(
  model: CloudModel,
  handlers: Record<string, ActionHandler>,
): Record<string, ActionHandler> {
  const out: Record<string, ActionHandler> = {};
  for (const [name, h] of Object.entries(handlers)) {
    out[name] = (req) => {
      model.tick();
      return h(req);
    };
  }
  return out;
}
