/** Cloud calls: clients, the retry policy, accounting, waiters and typed helpers. */
export { type ActionStats, CallStats } from "./accounting.js";
export {
  type ClientOptions,
  type Clients,
  type CredentialProvider,
  createClients,
  DEFAULT_TIMEOUTS,
  type EcsClient,
  type VpcClient,
} from "./clients.js";
export { type Clock, systemClock } from "./clock.js";
export {
  actionOf,
  type CallOptions,
  Cloud,
  type CloudOptions,
  type RequestMethod,
  type RequestOf,
  type ResponseOf,
} from "./cloud.js";
export * from "./describe.js";
export { type Endpoints, parseEndpoint, resolveEndpoints } from "./endpoints.js";
export {
  CloudError,
  classifyError,
  type ErrorClass,
  hintFor,
  ignoreNotFound,
  isNotFound,
  ramAction,
  sdkErrorFields,
} from "./errors.js";
export { type Attempt, backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy, retryCall } from "./retry.js";
export { BUILD_TAG, findTaggedResources, RUN_TAG, runTags, tagResources, tagTarget } from "./tags.js";
export {
  DEFAULT_INTERVAL,
  NOT_FOUND,
  type PollInterval,
  parsePercent,
  WaitFailedError,
  type WaitOptions,
  type WaitResult,
  WaitTimeoutError,
  waitFor,
} from "./waiter.js";
export * from "./waiters.js";
