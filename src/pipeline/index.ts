/** The generic step pipeline: steps, the runner and the ledger of created resources. */
export {
  cleanupFailureMessage,
  describeError,
  failureHint,
  StepError,
  stepFailure,
  WHAT_TO_DO,
} from "./failure.js";
export {
  type LedgerEntry,
  type LedgerEvent,
  type LedgerOptions,
  ResourceLedger,
  type ResourceType,
} from "./ledger.js";
export { type OnError, type RunOptions, type RunResult, runSteps, type StepRecord } from "./runner.js";
export {
  type CleanupOutcome,
  cleanupMessage,
  type PipelineContext,
  type RunStatus,
  SKIPPED,
  type Step,
} from "./step.js";
