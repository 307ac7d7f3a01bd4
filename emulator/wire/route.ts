/**
 * Which service answers a call: the product by API version, the action's metadata and handler;
 * the gateway's errors for a missing action or version, an unknown version or action.
 */
import { type ActionMeta, actionMeta, productForHost, productForVersion } from "../metadata/index.js";
import type { ActionHandler, Product, ServiceDefinition } from "../types.js";
import { gatewayErrors } from "./errors.js";

/** A routed call. */
export interface Route {
  product: Product;
  action: string;
  version: string;
  /** Undefined for an action not yet extracted into emulator/data (its parameters stay raw strings). */
  meta: ActionMeta | undefined;
  handler: ActionHandler;
}

/**
 * Routes a call; `onProduct` learns the product as soon as it is known (the call log and error
 * bodies name it even when the action is then refused).
 */
export function route(
  services: ReadonlyMap<Product, ServiceDefinition>,
  call: { action?: string; version?: string },
  hostName: string,
  onProduct: (product: Product) => void,
): Route {
  const { action, version } = call;
  if (!action) throw gatewayErrors.missingAction();
  if (!version) throw gatewayErrors.missingVersion();
  const product = productForVersion(version);
  if (!product) {
    const byHost = productForHost(hostName);
    if (byHost) onProduct(byHost);
    throw gatewayErrors.invalidVersion(version);
  }
  onProduct(product);
  const meta = actionMeta(product, action);
  const service = services.get(product);
  const handler = service && Object.hasOwn(service.actions, action) ? service.actions[action] : undefined;
  // A handler without metadata (an action not yet extracted into emulator/data) still runs, with
  // its parameters as raw strings; metadata without a handler is an unknown action.
  if (!handler) throw gatewayErrors.actionNotFound();
  return { product, action, version, meta, handler };
}
