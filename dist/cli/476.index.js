export const id = 476;
export const ids = [476];
export const modules = {

/***/ 49476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILD_USAGE: () => (/* binding */ BUILD_USAGE),
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@alicloud/ecs20140526/dist/client.js
var client = __webpack_require__(17617);
var client_default = /*#__PURE__*/__webpack_require__.n(client);
// EXTERNAL MODULE: ./node_modules/@alicloud/vpc20160428/dist/client.js
var dist_client = __webpack_require__(68500);
var dist_client_default = /*#__PURE__*/__webpack_require__.n(dist_client);
;// CONCATENATED MODULE: ./src/cloud/tags.ts
/**
 * Tags: every temporary resource carries `image-build:run` and `image-build:build`, so a sweep
 * can find what a killed run left even without its ledger. ECS resources are tagged through the
 * ECS API, VPCs, vSwitches and EIPs through the VPC API.
 */


/** The tag holding the run id (one per workflow run attempt or CLI invocation). */
const RUN_TAG = "image-build:run";
/** The tag holding the build name. */
const BUILD_TAG = "image-build:build";
/** The tags of a run's temporary resources. */
function runTags(runId, build) {
    return { [RUN_TAG]: runId, ...(build !== undefined ? { [BUILD_TAG]: build } : {}) };
}
/** The API and the API's ResourceType for a ledger type; undefined when the type cannot be tagged. */
function tagTarget(type) {
    switch (type) {
        case "instance":
        case "image":
        case "snapshot":
        case "disk":
            return { product: "Ecs", resourceType: type };
        case "image-copy":
            return { product: "Ecs", resourceType: "image" };
        case "security-group":
            return { product: "Ecs", resourceType: "securitygroup" };
        case "key-pair":
            return { product: "Ecs", resourceType: "keypair" };
        case "vpc":
            return { product: "Vpc", resourceType: "VPC" };
        case "vswitch":
            return { product: "Vpc", resourceType: "VSWITCH" };
        case "eip":
            return { product: "Vpc", resourceType: "EIP" };
        default:
            return undefined;
    }
}
function target(type) {
    const t = tagTarget(type);
    if (!t)
        throw new Error(`resources of type ${type} cannot be tagged`);
    return t;
}
/** Tags resources of one type (at most 50 ids per call, as the APIs allow). */
async function tagResources(cloud, type, ids, tags, o = {}) {
    const t = target(type);
    const entries = Object.entries(tags);
    for (let i = 0; i < ids.length; i += 50) {
        const chunk = ids.slice(i, i + 50);
        const resource = `${type} ${chunk.join(",")}`;
        if (t.product === "Ecs") {
            await cloud.ecs("TagResources", (c) => c.tagResources(new client.TagResourcesRequest({
                regionId: cloud.region,
                resourceType: t.resourceType,
                resourceId: chunk,
                tag: entries.map(([key, value]) => new client.TagResourcesRequestTag({ key, value })),
            })), { resource, signal: o.signal });
        }
        else {
            await cloud.vpc("TagResources", (c) => c.tagResources(new dist_client.TagResourcesRequest({
                regionId: cloud.region,
                resourceType: t.resourceType,
                resourceId: chunk,
                tag: entries.map(([key, value]) => new dist_client.TagResourcesRequestTag({ key, value })),
            })), { resource, signal: o.signal });
        }
    }
}
/** Ids of the resources of one type carrying every given tag (all pages). */
async function findTaggedResources(cloud, type, tags, o = {}) {
    const t = target(type);
    const ids = new Set();
    const entries = Object.entries(tags);
    let nextToken;
    do {
        const token = nextToken;
        const page = t.product === "Ecs"
            ? (await cloud.ecs("ListTagResources", (c) => c.listTagResources(new $Ecs.ListTagResourcesRequest({
                regionId: cloud.region,
                resourceType: t.resourceType,
                tag: entries.map(([key, value]) => new $Ecs.ListTagResourcesRequestTag({ key, value })),
                ...(token ? { nextToken: token } : {}),
            })), { signal: o.signal })).body
            : (await cloud.vpc("ListTagResources", (c) => c.listTagResources(new $Vpc.ListTagResourcesRequest({
                regionId: cloud.region,
                resourceType: t.resourceType,
                tag: entries.map(([key, value]) => new $Vpc.ListTagResourcesRequestTag({ key, value })),
                maxResults: 50,
                ...(token ? { nextToken: token } : {}),
            })), { signal: o.signal })).body;
        for (const r of page?.tagResources?.tagResource ?? [])
            if (r.resourceId)
                ids.add(r.resourceId);
        nextToken = page?.nextToken || undefined;
    } while (nextToken);
    return [...ids];
}

;// CONCATENATED MODULE: ./src/pipeline/ledger.ts
/**
 * The ledger of cloud resources a build created: steps register what they create and their
 * cleanups remove what they delete, so at any moment it lists what would be left behind if the
 * process died. The action persists it on every change (`core.saveState`) for the post step's sweep.
 */
const key = (type, id) => `${type}\u0000${id}`;
/** An observable list of created resources, in creation order. */
class ResourceLedger {
    map = new Map();
    listeners = new Set();
    now;
    /** Errors thrown by listeners (a listener never breaks a step). */
    listenerErrors = [];
    /** The step currently running; the default `createdBy` (the runner sets it). */
    activeStep;
    build;
    constructor(opts = {}) {
        this.build = opts.build;
        this.now = opts.now ?? Date.now;
        for (const e of opts.entries ?? [])
            this.map.set(key(e.type, e.id), { ...e });
        if (opts.onChange)
            this.listeners.add(opts.onChange);
    }
    /** Subscribes to changes; returns the unsubscribe function. */
    onChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    /**
     * Registers a created resource (call it as soon as the create call returns its id, before any
     * wait). Registering the same type and id again updates it.
     */
    add(resource) {
        const k = key(resource.type, resource.id);
        const existing = this.map.get(k);
        const entry = {
            type: resource.type,
            id: resource.id,
            region: resource.region,
            createdBy: resource.createdBy ?? existing?.createdBy ?? this.activeStep ?? "(unknown)",
            ...(this.build !== undefined ? { build: this.build } : {}),
            createdAt: existing?.createdAt ?? this.now(),
            ...(resource.meta || existing?.meta ? { meta: { ...existing?.meta, ...resource.meta } } : {}),
        };
        this.map.set(k, entry);
        this.emit(existing ? "update" : "add", entry);
        return entry;
    }
    /** Removes a deleted resource; false (and no event) when it was not registered. */
    remove(type, id) {
        const k = key(type, id);
        const entry = this.map.get(k);
        if (!entry)
            return false;
        this.map.delete(k);
        this.emit("remove", entry);
        return true;
    }
    /** Whether a resource is registered (a cleanup deletes only what is still here: idempotence). */
    has(type, id) {
        return this.map.has(key(type, id));
    }
    /** The registered resource, if any. */
    get(type, id) {
        const e = this.map.get(key(type, id));
        return e ? { ...e } : undefined;
    }
    /** Registered resources in creation order, optionally of one type. */
    list(type) {
        return [...this.map.values()].filter((e) => type === undefined || e.type === type).map((e) => ({ ...e }));
    }
    /** Number of registered resources. */
    get size() {
        return this.map.size;
    }
    /** JSON for persistence (`core.saveState`); `ResourceLedger.fromJSON` reads it back. */
    toJSON() {
        return this.list();
    }
    /** A ledger restored from `JSON.stringify(ledger)`; throws on a malformed text. */
    static fromJSON(text, opts = {}) {
        const doc = JSON.parse(text);
        if (!Array.isArray(doc))
            throw new Error("ledger state: expected a JSON list of resources");
        for (const e of doc) {
            const r = e;
            if (!r || typeof r.type !== "string" || typeof r.id !== "string" || typeof r.region !== "string")
                throw new Error("ledger state: every resource needs type, id and region");
        }
        return new ResourceLedger({ ...opts, entries: doc });
    }
    emit(kind, entry) {
        if (this.listeners.size === 0)
            return;
        const event = { kind, entry: { ...entry }, entries: this.list() };
        for (const l of this.listeners) {
            try {
                l(event);
            }
            catch (err) {
                this.listenerErrors.push(err);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/step.ts
/** Returned by `run` when the step had nothing to do (shown as skipped in the summary). */
const SKIPPED = "skipped";
/**
 * Packer's cleanup headline: `Deleting <thing> because of cancellation or error...` after a halt,
 * `Cleaning up '<thing>'` otherwise (`cleanUpMessage` in the alicloud builder).
 */
function cleanupMessage(outcome, thing) {
    return outcome.halted ? `Deleting ${thing} because of cancellation or error...` : `Cleaning up '${thing}'`;
}

;// CONCATENATED MODULE: ./src/pipeline/runner.ts

const errorText = (err) => (err instanceof Error ? err.message : String(err));
/** Settles `p`, or gives up `graceMs` after `signal` fires (the step is then reported cancelled). */
async function settle(p, signal, graceMs) {
    const wrapped = p.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
    if (!signal)
        return wrapped;
    let timer;
    let onAbort;
    const gaveUp = new Promise((resolve) => {
        const start = () => {
            timer = setTimeout(() => resolve({ ok: false, error: signal.reason, gaveUp: true }), graceMs);
            timer.unref?.();
        };
        if (signal.aborted)
            start();
        else {
            onAbort = start;
            signal.addEventListener("abort", onAbort, { once: true });
        }
    });
    try {
        return await Promise.race([wrapped, gaveUp]);
    }
    finally {
        if (timer)
            clearTimeout(timer);
        if (onAbort)
            signal.removeEventListener("abort", onAbort);
    }
}
/**
 * Runs `steps` in order over `ctx`. Stops at the first failure or when `signal` fires, then runs
 * the cleanups of the steps that ran in reverse order (unless `onError` is `abort`). Cleanups of a
 * successful run always run.
 */
async function runSteps(steps, ctx, opts = {}) {
    const now = opts.now ?? (() => performance.now());
    const signal = opts.signal ?? new AbortController().signal;
    const graceMs = opts.abortGraceMs ?? 30_000;
    const started = now();
    const records = steps.map((s) => ({ name: s.name, status: "not-run", durationMs: 0 }));
    const ran = [];
    let status = "succeeded";
    let error;
    let failedStep;
    for (let i = 0; i < steps.length; i++) {
        if (signal.aborted) {
            status = "cancelled";
            error = signal.reason;
            break;
        }
        const step = steps[i];
        const rec = records[i];
        ctx.ledger.activeStep = step.name;
        ran.push(i);
        const t0 = now();
        const r = await settle(Promise.resolve().then(() => step.run(ctx, signal)), signal, graceMs);
        rec.durationMs = now() - t0;
        if (r.ok) {
            rec.status = r.value === SKIPPED ? "skipped" : "succeeded";
            if (!signal.aborted)
                continue;
            // Cancelled while this step ran; it finished, so only its cleanup is owed.
            status = "cancelled";
            error = signal.reason;
            failedStep = step.name;
            break;
        }
        failedStep = step.name;
        rec.error = r.error;
        if (signal.aborted) {
            status = "cancelled";
            rec.status = "cancelled";
            error = signal.reason ?? r.error;
            if ("gaveUp" in r && r.gaveUp)
                ctx.ui.error(`Step "${step.name}" did not stop within ${Math.round(graceMs / 1000)}s of the cancel`);
        }
        else {
            status = "failed";
            rec.status = "failed";
            error = r.error;
        }
        break;
    }
    ctx.ledger.activeStep = undefined;
    const halted = status !== "succeeded";
    const outcome = { status, halted, ...(halted ? { error, failedStep } : {}) };
    const cleanupErrors = [];
    if (halted) {
        ctx.ui.error(status === "cancelled"
            ? `Build cancelled${failedStep ? ` during step "${failedStep}"` : ""}`
            : `Step "${failedStep}" failed: ${errorText(error)}`);
    }
    if (halted && opts.onError === "abort") {
        // Packer's -on-error=abort texts: the last step that ran says why, the others that cleanup is skipped.
        [...ran].reverse().forEach((i, n) => {
            if (steps[i].cleanup)
                records[i].cleanup = { status: "skipped", durationMs: 0 };
            if (n > 0)
                ctx.ui.error(`aborted: skipping cleanup of step "${steps[i].name}"`);
            else if (status === "cancelled")
                ctx.ui.error("Interrupted, aborting...");
            else
                ctx.ui.error(`Step "${steps[i].name}" failed, aborting...`);
        });
        const left = ctx.ledger.list();
        if (left.length > 0) {
            ctx.ui.error(`on-error=abort: leaving ${left.length} resource(s) behind:`);
            for (const e of left)
                ctx.ui.error(`  ${e.type} ${e.id} (${e.region}, created by "${e.createdBy}")`);
        }
        else {
            ctx.ui.error("on-error=abort: no resources were created");
        }
        return {
            status,
            error,
            failedStep,
            steps: records,
            cleanupErrors,
            leftBehind: left,
            durationMs: now() - started,
        };
    }
    for (const i of [...ran].reverse()) {
        const step = steps[i];
        if (!step.cleanup)
            continue;
        const t0 = now();
        try {
            await step.cleanup(ctx, outcome);
            records[i].cleanup = { status: "succeeded", durationMs: now() - t0 };
        }
        catch (err) {
            records[i].cleanup = { status: "failed", durationMs: now() - t0, error: err };
            cleanupErrors.push({ step: step.name, error: err });
            ctx.ui.error(`Cleanup of step "${step.name}" failed: ${errorText(err)}`);
        }
    }
    const leftBehind = ctx.ledger.list();
    if (leftBehind.length > 0) {
        ctx.ui.error(`${leftBehind.length} resource(s) may have been left behind:`);
        for (const e of leftBehind)
            ctx.ui.error(`  ${e.type} ${e.id} (${e.region}, created by "${e.createdBy}")`);
    }
    return {
        status,
        error,
        failedStep,
        steps: records,
        cleanupErrors,
        leftBehind,
        durationMs: now() - started,
    };
}

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/artifact.ts
/**
 * The build's artifact, as Packer's `alicloud-ecs` Artifact: `Id()` is the sorted `region:id`
 * pairs joined by commas, `String()` lists them under "Alicloud images were created:".
 */
/** Packer's BuilderId of this builder (the manifest's `builder_type` is the type, not this). */
const BUILDER_ID = "alibaba.alicloud";
/** Images a build produced. */
class AlicloudArtifact {
    builderId = BUILDER_ID;
    /** Region → image id. */
    images;
    constructor(images) {
        this.images = { ...images };
    }
    /** `region:id` pairs, sorted, comma-joined (`cn-beijing:m-aaa,cn-hangzhou:m-bbb`). */
    id() {
        return Object.entries(this.images)
            .map(([r, i]) => `${r}:${i}`)
            .sort()
            .join(",");
    }
    /** `Alicloud images were created:\n\n` then sorted `region: id` lines. */
    toString() {
        const lines = Object.entries(this.images)
            .map(([r, i]) => `${r}: ${i}`)
            .sort();
        return `Alicloud images were created:\n\n${lines.join("\n")}`;
    }
    /** No files (Packer returns nil). */
    files() {
        return [];
    }
    /** Packer's `State("atlas.artifact.metadata")`: `{ "region.<r>": id }`. */
    metadata() {
        return Object.fromEntries(Object.entries(this.images).map(([r, i]) => [`region.${r}`, i]));
    }
}

;// CONCATENATED MODULE: ./src/cloud/describe.ts
/**
 * Typed Describe helpers: one resource by id, `undefined` when it does not exist. Each goes
 * through the retry policy. The region is the cloud's (use `cloud.forRegion(r)` for another).
 */


/** Every image status, so that DescribeImages also returns images being created or failed. */
const ALL_IMAGE_STATUSES = "Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated";
/** DescribeInstances for one id. */
async function describeInstance(cloud, id, o = {}) {
    const r = await cloud.ecsRequest("describeInstances", new client.DescribeInstancesRequest({ regionId: cloud.region, instanceIds: JSON.stringify([id]) }), { resource: `instance ${id}`, signal: o.signal });
    return r.body?.instances?.instance?.find((i) => i.instanceId === id);
}
/** DescribeImages for one id, whatever its status. */
async function describe_describeImage(cloud, id, o = {}) {
    const r = await cloud.ecsRequest("describeImages", new client.DescribeImagesRequest({ regionId: cloud.region, imageId: id, status: ALL_IMAGE_STATUSES }), { resource: `image ${id}`, signal: o.signal });
    return r.body?.images?.image?.find((i) => i.imageId === id);
}
/** DescribeSnapshots for one id. */
async function describeSnapshot(cloud, id, o = {}) {
    const r = await cloud.ecsRequest("describeSnapshots", new client.DescribeSnapshotsRequest({ regionId: cloud.region, snapshotIds: JSON.stringify([id]) }), { resource: `snapshot ${id}`, signal: o.signal });
    return r.body?.snapshots?.snapshot?.find((x) => x.snapshotId === id);
}
/** DescribeSecurityGroups for one id. */
async function describeSecurityGroup(cloud, id, o = {}) {
    const r = await cloud.ecsRequest("describeSecurityGroups", new client.DescribeSecurityGroupsRequest({ regionId: cloud.region, securityGroupId: id }), { resource: `security group ${id}`, signal: o.signal });
    return r.body?.securityGroups?.securityGroup?.find((g) => g.securityGroupId === id);
}
/** DescribeVpcs (VPC API) for one id. */
async function describeVpc(cloud, id, o = {}) {
    const r = await cloud.vpcRequest("describeVpcs", new dist_client.DescribeVpcsRequest({ regionId: cloud.region, vpcId: id }), {
        resource: `vpc ${id}`,
        signal: o.signal,
    });
    return r.body?.vpcs?.vpc?.find((v) => v.vpcId === id);
}
/** DescribeVSwitches (VPC API) for one id. */
async function describeVSwitch(cloud, id, o = {}) {
    const r = await cloud.vpcRequest("describeVSwitches", new dist_client.DescribeVSwitchesRequest({ regionId: cloud.region, vSwitchId: id }), { resource: `vswitch ${id}`, signal: o.signal });
    return r.body?.vSwitches?.vSwitch?.find((v) => v.vSwitchId === id);
}
/** DescribeEipAddresses (VPC API) for one allocation id. */
async function describeEip(cloud, allocationId, o = {}) {
    const r = await cloud.vpcRequest("describeEipAddresses", new dist_client.DescribeEipAddressesRequest({ regionId: cloud.region, allocationId }), { resource: `eip ${allocationId}`, signal: o.signal });
    return r.body?.eipAddresses?.eipAddress?.find((e) => e.allocationId === allocationId);
}

;// CONCATENATED MODULE: ./src/cloud/clock.ts
/** Time for retries and waiters, injectable so tests can run backoff and timeouts without waiting. */
/** The abort reason as an Error (an AbortSignal's default reason is a DOMException). */
function abortReason(signal) {
    return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
/** The real clock (`performance.now`, timers). */
const systemClock = {
    now: () => performance.now(),
    sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(abortReason(signal));
            const onAbort = () => {
                clearTimeout(timer);
                reject(abortReason(signal));
            };
            const timer = setTimeout(() => {
                signal?.removeEventListener("abort", onAbort);
                resolve();
            }, Math.max(0, ms));
            signal?.addEventListener("abort", onAbort, { once: true });
        });
    },
};

;// CONCATENATED MODULE: ./src/cloud/waiter.ts

/** The state a waiter reports when the Describe call finds nothing. */
const waiter_NOT_FOUND = "NotFound";
/** Default: 0.5 s → ×1.5 → 5 s. */
const DEFAULT_INTERVAL = { initialMs: 500, factor: 1.5, maxMs: 5_000 };
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
/** The wait ran out of time. */
class WaitTimeoutError extends Error {
    what;
    target;
    lastState;
    elapsedMs;
    name = "WaitTimeoutError";
    code = "WaitTimeout";
    constructor(what, target, lastState, elapsedMs, lastProgress) {
        super(`Timed out after ${seconds(elapsedMs)} waiting for ${what} to be ${target.join(" or ")} ` +
            `(last state: ${lastState ?? "none seen"}${lastProgress !== undefined ? `, ${lastProgress}%` : ""})`);
        this.what = what;
        this.target = target;
        this.lastState = lastState;
        this.elapsedMs = elapsedMs;
    }
}
/** The resource reached a terminal failure state. */
class WaitFailedError extends Error {
    what;
    target;
    state;
    elapsedMs;
    name = "WaitFailedError";
    code = "WaitFailed";
    constructor(what, target, state, elapsedMs, reason) {
        super(`${what} ${reason ?? `reached state ${state}`} while waiting for ${target.join(" or ")} (after ${seconds(elapsedMs)})`);
        this.what = what;
        this.target = target;
        this.state = state;
        this.elapsedMs = elapsedMs;
    }
}
/** Parses a `Progress` value (`"45%"`, `"45"`, 45) into a number, or undefined. */
function parsePercent(v) {
    if (typeof v === "number")
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== "string")
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(v);
    return m ? Number(m[1]) : undefined;
}
/** Polls until the target state; throws WaitTimeoutError, WaitFailedError, a Describe error or the abort reason. */
async function waiter_waitFor(opts) {
    const clock = opts.clock ?? systemClock;
    const interval = { ...DEFAULT_INTERVAL, ...opts.interval };
    const targets = typeof opts.target === "string" ? [opts.target] : [...opts.target];
    const failures = new Set(opts.failureStates ?? []);
    const started = clock.now();
    const seen = [];
    let delay = interval.initialMs;
    let lastState;
    let lastProgress;
    let polls = 0;
    const report = (label, done = false) => opts.ui?.progress({
        id: opts.what,
        label,
        ...(lastProgress !== undefined ? { percent: lastProgress } : {}),
        elapsedMs: clock.now() - started,
        ...(done ? { done } : {}),
    });
    for (;;) {
        if (opts.signal?.aborted)
            throw abortReason(opts.signal);
        const resource = await opts.describe(opts.signal);
        polls++;
        const state = resource === undefined ? waiter_NOT_FOUND : opts.state(resource);
        if (resource !== undefined && opts.progress)
            lastProgress = opts.progress(resource) ?? lastProgress;
        if (state !== lastState)
            seen.push(state);
        lastState = state;
        const elapsedMs = clock.now() - started;
        if (targets.includes(state)) {
            report(`${opts.what} is ${state}`, true);
            return { resource, state, elapsedMs, polls };
        }
        const reason = failures.has(state) ? undefined : opts.failed?.(resource, state, seen, elapsedMs);
        if (failures.has(state) || reason !== undefined) {
            report(`${opts.what} is ${state}`, true);
            throw new WaitFailedError(opts.what, targets, state, elapsedMs, reason);
        }
        if (elapsedMs >= opts.timeoutMs) {
            report(`${opts.what}: timed out`, true);
            throw new WaitTimeoutError(opts.what, targets, lastState, elapsedMs, lastProgress);
        }
        report(`Waiting for ${opts.what} to be ${targets.join(" or ")}: ${state}`);
        // Never sleep past the deadline: the last poll happens at the timeout.
        await clock.sleep(Math.min(delay, Math.max(0, opts.timeoutMs - elapsedMs)), opts.signal);
        delay = Math.min(interval.maxMs, delay * interval.factor);
    }
}

;// CONCATENATED MODULE: ./src/cloud/waiters.ts


const MINUTE = 60_000;
const common = (o, defaultTimeoutMs, defaultInterval) => ({
    timeoutMs: o.timeoutMs ?? defaultTimeoutMs,
    interval: { ...defaultInterval, ...o.interval },
    signal: o.signal,
    ui: o.ui,
    clock: o.clock,
});
/**
 * Waits for an instance to reach `status` (or `NOT_FOUND` once deleted); default timeout 30 min
 * (Packer's 360×5 s). Waiting for Running (call it after StartInstance) fails at once if the
 * instance falls back to Stopped after Starting, or still reads Stopped after `stoppedGraceMs`:
 * a start that failed does not hold the build for the whole timeout.
 */
function waitForInstance(cloud, id, status, o = {}) {
    return waiter_waitFor({
        what: `instance ${id}`,
        target: status,
        describe: (signal) => describeInstance(cloud, id, { signal }),
        state: (i) => i.status ?? "",
        failed: (_i, state, seen, elapsedMs) => {
            if (status !== "Running" || state !== "Stopped")
                return undefined;
            if (seen.includes("Starting"))
                return "stopped again after Starting (the start failed)";
            const grace = o.stoppedGraceMs ?? 15_000;
            return elapsedMs >= grace
                ? `is still Stopped ${(elapsedMs / 1000).toFixed(1)}s after the start (the start failed)`
                : undefined;
        },
        ...common(o, 30 * MINUTE),
    });
}
/** Waits for an image to be Available; CreateFailed/UnAvailable end it. Default timeout 1 h, polls up to every 10 s. */
function waitForImage(cloud, id, o = {}) {
    return waiter_waitFor({
        what: `image ${id}`,
        target: "Available",
        describe: (signal) => describe_describeImage(cloud, id, { signal }),
        state: (i) => i.status ?? "",
        failureStates: ["CreateFailed", "UnAvailable"],
        progress: (i) => parsePercent(i.progress),
        ...common(o, 60 * MINUTE, { maxMs: 10_000 }),
    });
}
/** Waits for an image to be gone after DeleteImage (default 5 min). */
function waitForImageDeleted(cloud, id, o = {}) {
    return waitFor({
        what: `image ${id}`,
        target: NOT_FOUND,
        describe: (signal) => describeImage(cloud, id, { signal }),
        state: (i) => i.status ?? "",
        ...common(o, 5 * MINUTE),
    });
}
/** Waits for a snapshot to be `accomplished`; `failed` ends it. Default timeout 1 h, polls up to every 10 s. */
function waitForSnapshot(cloud, id, o = {}) {
    return waiter_waitFor({
        what: `snapshot ${id}`,
        target: "accomplished",
        describe: (signal) => describeSnapshot(cloud, id, { signal }),
        state: (s) => s.status ?? "",
        failureStates: ["failed"],
        progress: (s) => parsePercent(s.progress),
        ...common(o, 60 * MINUTE, { maxMs: 10_000 }),
    });
}
/** Waits for a VPC to be Available (default 3 min, Packer's 36×5 s). */
function waitForVpc(cloud, id, o = {}) {
    return waiter_waitFor({
        what: `vpc ${id}`,
        target: "Available",
        describe: (signal) => describeVpc(cloud, id, { signal }),
        state: (v) => v.status ?? "",
        ...common(o, 3 * MINUTE),
    });
}
/** Waits for a vSwitch to be Available (default 3 min). */
function waitForVSwitch(cloud, id, o = {}) {
    return waiter_waitFor({
        what: `vswitch ${id}`,
        target: "Available",
        describe: (signal) => describeVSwitch(cloud, id, { signal }),
        state: (v) => v.status ?? "",
        ...common(o, 3 * MINUTE),
    });
}
/** Waits for an EIP to be `Available` (unassociated) or `InUse` (associated); default 3 min. */
function waitForEip(cloud, allocationId, status, o = {}) {
    return waiter_waitFor({
        what: `eip ${allocationId}`,
        target: status,
        describe: (signal) => describeEip(cloud, allocationId, { signal }),
        state: (e) => e.status ?? "",
        ...common(o, 3 * MINUTE),
    });
}

;// CONCATENATED MODULE: ./src/cloud/errors.ts
/**
 * Cloud errors: how an SDK error is classified for the retry policy, and `CloudError`, the one
 * error a failed API call surfaces as (code, message, request id, action, resource, hint).
 */
/** Reads the fields of any thrown value. */
function sdkErrorFields(err) {
    if (!err || typeof err !== "object")
        return { message: String(err) };
    const e = err;
    const data = e.data && typeof e.data === "object" ? e.data : undefined;
    const code = typeof e.code === "string" ? e.code : typeof data?.Code === "string" ? data.Code : undefined;
    const message = typeof data?.Message === "string" ? data.Message : String(e.message ?? err);
    const requestId = typeof e.requestId === "string"
        ? e.requestId
        : typeof data?.RequestId === "string"
            ? data.RequestId
            : undefined;
    return {
        ...(code !== undefined ? { code } : {}),
        message,
        ...(requestId !== undefined ? { requestId } : {}),
        ...(typeof e.statusCode === "number" ? { statusCode: e.statusCode } : {}),
        ...(typeof e.retryAfter === "number" && e.retryAfter > 0 ? { retryAfterMs: e.retryAfter } : {}),
        ...(typeof e.name === "string" ? { name: e.name } : {}),
    };
}
/** Codes that mean "slow down" whatever their HTTP status. */
const THROTTLING_CODES = new Set([
    "Throttling",
    "Throttling.User",
    "Throttling.Api",
    "Throttling.Resource",
    "ServiceUnavailable",
    "ServiceBusy",
    "RequestLimitExceeded",
]);
/** The "a previous request with this token or on this resource is still being processed" family. */
const PROCESSING_CODES = new Set([
    "IdempotentProcessing",
    "TOKEN_PROCESSING",
    "LastTokenProcessing",
    "OperationConflict",
    "TaskConflict",
]);
/** Node and SDK network error codes worth another try. */
const NETWORK_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "ECONNABORTED",
    "ETIMEDOUT",
    "ESOCKETTIMEDOUT",
    "EPIPE",
    "EAI_AGAIN",
    "ENETUNREACH",
    "EHOSTUNREACH",
    "ENETDOWN",
    "UND_ERR_SOCKET",
]);
/** Classifies an error; `retryCodes` are extra codes the operation treats as "processing". */
function classifyError(err, retryCodes = []) {
    if (err instanceof CloudError)
        return err.errorClass;
    const f = sdkErrorFields(err);
    const code = f.code ?? "";
    if (new Set(retryCodes).has(code))
        return "processing";
    if (code.includes("Throttling") || THROTTLING_CODES.has(code))
        return "throttling";
    if (PROCESSING_CODES.has(code))
        return "processing";
    if (f.statusCode !== undefined && f.statusCode >= 500)
        return "server";
    if (f.statusCode !== undefined)
        return "permanent";
    if (NETWORK_CODES.has(code) || f.name === "RequestTimeoutError")
        return "network";
    if (/socket hang up|ECONNRESET|ETIMEDOUT|ReadTimeout|ConnectTimeout/.test(f.message))
        return "network";
    // A non-JSON error page (a gateway's HTML) surfaces as a bare SyntaxError with no status.
    if (f.name === "SyntaxError")
        return "server";
    if (code === "InternalError" || code === "UnknownError")
        return "server";
    return "permanent";
}
/** The RAM action name of an API action (`ecs:RunInstances`, `vpc:CreateVpc`). */
function ramAction(product, action) {
    return `${product.toLowerCase()}:${action}`;
}
/** A one-line hint of what to do about a common error code, or undefined. */
function hintFor(code, call) {
    if (code === "OperationDenied.NoStock" ||
        code === "Zone.NotOnSale" ||
        code === "InvalidResourceType.NotSupported")
        return "the zone has no stock of this instance type: choose another zone_id or instance_type, or leave zone_id empty";
    if (/^Invalid(Image|ImageId)\.NotFound$|^InvalidImageId\.(NotFound|Malformed)$/.test(code))
        return "the image does not exist in this region or is not visible to this account: check source_image and region";
    if (code.startsWith("Forbidden.RAM") ||
        code === "NoPermission" ||
        code.startsWith("Forbidden.NoPermission") ||
        code === "Forbidden.Unauthorized" ||
        code === "Forbidden")
        return `the RAM identity is not allowed to call this API: grant "${ramAction(call.product, call.action)}" in its RAM policy`;
    if (code.startsWith("InvalidAccessKeyId"))
        return "the AccessKey ID is unknown or disabled: check access_key / ALICLOUD_ACCESS_KEY (or the role credentials)";
    if (code === "SignatureDoesNotMatch")
        return "the AccessKey secret does not match the AccessKey ID: check secret_key / ALICLOUD_SECRET_KEY";
    if (code.startsWith("InvalidSecurityToken"))
        return "the STS token is expired or does not belong to this AccessKey: refresh the credentials";
    if (code.startsWith("QuotaExceed") ||
        code.endsWith(".QuotaExceed") ||
        code.endsWith(".QuotaExceeded") ||
        code.startsWith("QuotaExceeded"))
        return "an account quota is reached: release unused resources or request a higher quota in the Quota Center";
    if (code === "InvalidAccountStatus.NotEnoughBalance" ||
        code === "Account.Arrearage" ||
        code.startsWith("InvalidAccountStatus"))
        return "the account cannot buy resources (overdue payment or insufficient balance): check billing";
    if (code === "InvalidInstanceType.NotFound" || code === "InvalidInstanceType.ValueNotSupported")
        return "the instance_type is not offered in this region or zone: choose another instance_type";
    if (code === "InvalidRegionId.NotFound" || code === "InvalidRegionId.Malformed")
        return "the region does not exist: check region (and image_copy_regions)";
    if (code === "InvalidVpcId.NotFound" ||
        code === "InvalidVSwitchId.NotFound" ||
        code === "InvalidSecurityGroupId.NotFound")
        return "the network resource does not exist in this region: check vpc_id, vswitch_id and security_group_id";
    if (code === "InvalidImageName.Duplicated")
        return "an image with this image_name already exists: choose another name or set image_force_delete";
    if (code === "IdempotenceParamNotMatch")
        return "a ClientToken was reused with different parameters: this is a bug in image-build, please report it";
    if (code.startsWith("Throttling"))
        return "the API kept throttling the account after every retry: run fewer builds at once, or retry later";
    return undefined;
}
/** True for the API's not-found codes (`InvalidInstanceId.NotFound`, `InvalidImageId.NotFound`…). */
function isNotFound(err) {
    const code = err instanceof CloudError ? err.code : sdkErrorFields(err).code;
    return typeof code === "string" && /NotFound$|NotExist$|\.NotFound\./.test(code);
}
/** A failed cloud API call, after the retry policy gave up or for a permanent error at once. */
class CloudError extends Error {
    name = "CloudError";
    /** The API's code (`InvalidImageId.NotFound`), or the network error code (`ECONNRESET`). */
    code;
    /** The API's message, without the SDK's prefix. */
    apiMessage;
    requestId;
    statusCode;
    product;
    action;
    resource;
    hint;
    /** HTTP requests made for this call. */
    attempts;
    errorClass;
    constructor(cause, call, errorClass = classifyError(cause)) {
        const f = sdkErrorFields(cause);
        const code = f.code ?? f.name ?? "Error";
        // The server's string to sign (echoed on SignatureDoesNotMatch) can hold a SecurityToken (v1 signatures).
        f.message = f.message.replace(/\s*server (string to sign|StringToSign)\b[\s\S]*$/i, "");
        const hint = hintFor(code, call);
        const where = call.resource ? ` (${call.resource})` : "";
        const rid = f.requestId ? ` [request id ${f.requestId}]` : "";
        const tries = call.attempts > 1 ? ` after ${call.attempts} attempts` : "";
        super(`${call.action}${where} failed${tries}: ${code}: ${f.message}${rid}${hint ? `\nHint: ${hint}` : ""}`, {
            cause,
        });
        this.code = code;
        this.apiMessage = f.message;
        if (f.requestId !== undefined)
            this.requestId = f.requestId;
        if (f.statusCode !== undefined)
            this.statusCode = f.statusCode;
        this.product = call.product;
        this.action = call.action;
        if (call.resource !== undefined)
            this.resource = call.resource;
        if (hint !== undefined)
            this.hint = hint;
        this.attempts = call.attempts;
        this.errorClass = errorClass;
    }
}
/**
 * Awaits a call whose "not found" answer means the work is already done (a delete in an
 * idempotent cleanup): resolves with undefined on a not-found code, rethrows anything else.
 */
async function ignoreNotFound(call) {
    try {
        return await call;
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/util.ts
/** Small helpers shared by the steps: tag lists for create calls, cleanup messages, not-found tolerance. */


/** `{k: v}` as the `Tag.N.Key/Value` list of a create call (any SDK's tag class accepts `{key, value}`). */
function tagList(tags, make) {
    return Object.entries(tags).map(([key, value]) => make({ key, value }));
}
/** Runs a delete call; a "not found" answer means it is already gone (cleanups are idempotent). */
async function deleteIgnoringNotFound(fn) {
    await ignoreNotFound(fn());
}
/** The API error code of a thrown value, if any. */
function errorCode(err) {
    if (err instanceof CloudError)
        return err.code;
    const c = err?.code;
    return typeof c === "string" ? c : undefined;
}
/** Message of any thrown value. */
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/address.ts
/**
 * Step 8, the address the communicator connects to (Packer's stepConfigAlicloudEIP /
 * stepConfigAlicloudPublicIP): the private IP with `ssh_private_ip`; the given `eip_id`
 * (associated when `associate_public_ip_address`, as Packer does); else the public IP RunInstances
 * gave. A VPC build with no public address falls back to the private IP (Packer dials ":22").
 */




const first = (list) => list?.ipAddress?.find((a) => a !== "");
const address = {
    name: "address",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        const inst = ctx.instance ??
            (ctx.instanceId ? await describeInstance(cloud, ctx.instanceId, { signal }) : undefined);
        const privateIp = c.networkType === "vpc" ? first(inst?.vpcAttributes?.privateIpAddress) : first(inst?.innerIpAddress);
        const publicIp = first(inst?.publicIpAddress);
        if (c.sshPrivateIp) {
            if (!privateIp)
                throw new Error("Failed to get private ip of instance");
            ctx.host = privateIp;
            ctx.ui.say(`Using private ip address ${privateIp}.`);
            return;
        }
        if (c.networkType === "vpc" && c.eipId !== "") {
            const eip = await describeEip(cloud, c.eipId, { signal });
            if (!eip)
                throw new Error(`The specified EIP {${c.eipId}} doesn't exist.`);
            if (c.associatePublicIpAddress) {
                ctx.ui.say(`Associating eip ${c.eipId} with instance ${ctx.instanceId}...`);
                await cloud.vpc("AssociateEipAddress", (v) => v.associateEipAddress(new dist_client.AssociateEipAddressRequest({
                    regionId: cloud.region,
                    allocationId: c.eipId,
                    instanceId: ctx.instanceId,
                })), { resource: `eip ${c.eipId}`, signal });
                ctx.eipAllocationId = c.eipId;
                ctx.ledger.add({
                    type: "eip-association",
                    id: c.eipId,
                    region: cloud.region,
                    meta: { instanceId: ctx.instanceId ?? "" },
                });
                await waitForEip(cloud, c.eipId, "InUse", { signal, ui: ctx.ui });
            }
            ctx.host = eip.ipAddress;
            ctx.ui.say(`Allocated eip: ${eip.ipAddress}`);
            return;
        }
        if (publicIp) {
            ctx.host = publicIp;
            ctx.ui.say(`Using public ip address ${publicIp}.`);
            return;
        }
        ctx.host = privateIp;
        if (privateIp && c.comm.type !== "none") {
            ctx.ui.message(`No public address (associate_public_ip_address is not set): connecting to the private ip ${privateIp}.`);
        }
    },
    async cleanup(ctx, outcome) {
        const id = ctx.eipAllocationId;
        if (!id || !ctx.ledger.has("eip-association", id))
            return;
        ctx.ui.say(cleanupMessage(outcome, "EIP association"));
        try {
            await ctx.cloud.vpc("UnassociateEipAddress", (v) => v.unassociateEipAddress(new dist_client.UnassociateEipAddressRequest({
                regionId: ctx.cloud.region,
                allocationId: id,
                instanceId: ctx.instanceId,
            })), { resource: `eip ${id}` });
            await waitForEip(ctx.cloud, id, "Available", { ui: ctx.ui });
            ctx.ledger.remove("eip-association", id);
        }
        catch (err) {
            throw new Error(`Failed to unassociate eip ${id}: ${messageOf(err)}`, { cause: err });
        }
    },
};

;// CONCATENATED MODULE: ./src/communicator/remote-cmd.ts
/** Splits a byte stream into lines at `\n`; `flush` returns the unterminated rest. */
class LineSplitter {
    onLine;
    rest = Buffer.alloc(0);
    constructor(onLine) {
        this.onLine = onLine;
    }
    /** Feeds a chunk; complete lines are emitted (with their `\n` removed). */
    push(chunk) {
        let buf = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
        for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10)) {
            this.onLine(buf.subarray(0, i).toString("utf8"));
            buf = buf.subarray(i + 1);
        }
        this.rest = Buffer.from(buf);
    }
    /** Emits the unterminated last line, if any. */
    flush() {
        if (this.rest.length > 0)
            this.onLine(this.rest.toString("utf8"));
        this.rest = Buffer.alloc(0);
    }
}
/** Packer's cleanOutputLine: trailing whitespace trimmed, text before the last `\r` dropped. */
function cleanOutputLine(line) {
    const trimmed = line.replace(/[\s\u0085\u00a0]+$/u, "");
    const cr = trimmed.lastIndexOf("\r");
    return cr >= 0 ? trimmed.slice(cr + 1) : trimmed;
}
/**
 * Runs `command` with its output on `ui` and resolves with the exit status. A failure to start
 * rejects with `Error executing command: <err>`, as Packer's RunWithUi does.
 */
async function runWithUi(comm, command, ui, signal) {
    const out = new LineSplitter((l) => ui.message(cleanOutputLine(l)));
    const err = new LineSplitter((l) => ui.error(cleanOutputLine(l)));
    let status;
    try {
        status = await comm.start(command, {
            stdout: (c) => out.push(c),
            stderr: (c) => err.push(c),
            signal,
        });
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        throw new Error(`Error executing command: ${remote_cmd_errorText(e)}`);
    }
    out.flush();
    err.flush();
    return status;
}
/** The message of an error value. */
function remote_cmd_errorText(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/communicator/clear-keys.ts

/** The two commands Packer runs for a temporary key pair name. */
function clearAuthorizedKeysCommands(keyPairName) {
    return [
        `sed -i.bak '/ ${keyPairName}$/d' ~/.ssh/authorized_keys; rm ~/.ssh/authorized_keys.bak`,
        `sudo sed -i.bak '/ ${keyPairName}$/d' /root/.ssh/authorized_keys; sudo rm /root/.ssh/authorized_keys.bak`,
    ];
}
/**
 * Runs the cleanup when `ssh_clear_authorized_keys` is set, the communicator is ssh and a temporary
 * key pair name is known; says "Trying to remove ephemeral keys from authorized_keys files".
 */
async function clearAuthorizedKeys(config, comm, ui, signal) {
    if (!config.ssh.clearAuthorizedKeys || config.type !== "ssh" || config.ssh.temporaryKeyPairName === "")
        return;
    ui.say("Trying to remove ephemeral keys from authorized_keys files");
    for (const command of clearAuthorizedKeysCommands(config.ssh.temporaryKeyPairName)) {
        try {
            await runWithUi(comm, command, ui, signal);
        }
        catch {
            // Packer only logs this.
        }
    }
}

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/clear-keys.ts
/**
 * After provisioning, `ssh_clear_authorized_keys` removes the temporary key from the machine's
 * authorized_keys (Packer's StepCleanupTempKeys), so the image does not trust it.
 */


const clearTemporaryKeys = {
    name: "clear temporary keys",
    async run(ctx, signal) {
        const comm = ctx.config.comm;
        if (!ctx.communicator || !comm.ssh.clearAuthorizedKeys || comm.ssh.temporaryKeyPairName === "")
            return SKIPPED;
        await clearAuthorizedKeys(comm, ctx.communicator, ctx.ui, signal);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/connect.ts
/**
 * Step 9, connect (Packer's communicator.StepConnect): waits for the communicator at the build's
 * address; `none` skips it. The connection is closed in cleanup.
 */

const connect = {
    name: "connect",
    async run(ctx, signal) {
        if (ctx.config.comm.type === "none")
            return SKIPPED;
        if (!ctx.host)
            throw new Error("The instance has no address to connect to");
        if (!ctx.connect)
            throw new Error(`The ${ctx.config.comm.type} communicator is not available in this build`);
        ctx.communicator = await ctx.connect(ctx, signal);
    },
    async cleanup(ctx) {
        const comm = ctx.communicator;
        ctx.communicator = undefined;
        await comm?.close();
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/images.ts
/** Image helpers shared by the image steps: find own images by name, delete an image and its snapshots. */



/**
 * Where the build's images will be, under which names: the source region with `image_name`, then
 * each copy region with `image_copy_names[i]`, or `image_name` (a copy keeps its source's name).
 */
function imageTargets(c) {
    const out = [{ region: c.region, name: c.imageName }];
    c.imageCopyRegions.forEach((region, i) => {
        if (region !== c.region)
            out.push({ region, name: c.imageCopyNames[i] || c.imageName });
    });
    return out;
}
/** Own images named exactly `name` in the cloud's region. */
async function ownImagesNamed(cloud, name, signal) {
    const r = await cloud.ecs("DescribeImages", (e) => e.describeImages(new client.DescribeImagesRequest({
        regionId: cloud.region,
        imageName: name,
        imageOwnerAlias: "self",
        status: ALL_IMAGE_STATUSES,
        pageSize: 100,
    })), { resource: `image name ${name}`, signal });
    return (r.body?.images?.image ?? []).filter((im) => im.imageName === name && (im.imageOwnerAlias ?? "self") === "self");
}
/** Snapshot ids behind an image. */
function snapshotsOf(image) {
    return (image?.diskDeviceMappings?.diskDeviceMapping ?? [])
        .map((m) => m.snapshotId ?? "")
        .filter((s) => s !== "");
}
/** Deletes one snapshot; idempotent. */
async function deleteSnapshot(cloud, id, signal) {
    await deleteIgnoringNotFound(() => cloud.ecs("DeleteSnapshot", (e) => e.deleteSnapshot(new client.DeleteSnapshotRequest({ snapshotId: id, force: true })), {
        resource: `snapshot ${id}`,
        retryCodes: ["SnapshotCreatedImage", "IncorrectSnapshotStatus"],
        policy: { maxAttempts: 20, maxElapsedMs: 60_000, baseDelayMs: 250, maxDelayMs: 3_000 },
        signal,
    }));
}
/**
 * Deletes an image (a copy still in progress is cancelled instead) and, when asked, the snapshots
 * behind it; idempotent. `known` is the image as last described, to save a call.
 */
async function deleteImageAndSnapshots(cloud, imageId, opts) {
    const image = opts.known ?? (await describe_describeImage(cloud, imageId, { signal: opts.signal }));
    if (!image)
        return;
    if (image.status === "Creating" || image.status === "Waiting") {
        if (image.isCopied) {
            await deleteIgnoringNotFound(() => cloud.ecs("CancelCopyImage", (e) => e.cancelCopyImage(new client.CancelCopyImageRequest({ regionId: cloud.region, imageId })), { resource: `image ${imageId}`, signal: opts.signal }));
            return;
        }
    }
    const del = () => deleteIgnoringNotFound(() => cloud.ecs("DeleteImage", (e) => e.deleteImage(new client.DeleteImageRequest({ regionId: cloud.region, imageId })), { resource: `image ${imageId}`, signal: opts.signal }));
    try {
        await del();
    }
    catch (err) {
        if (errorCode(err) !== "ImageUseShared")
            throw err;
        // A shared image cannot be deleted: take the sharing back first (Packer's Destroy does too).
        await unshareAll(cloud, imageId, opts.signal);
        await del();
    }
    if (opts.snapshots)
        for (const s of snapshotsOf(image))
            await deleteSnapshot(cloud, s, opts.signal);
}
/** Removes every account an image is shared with. */
async function unshareAll(cloud, imageId, signal) {
    const r = await cloud.ecs("DescribeImageSharePermission", (e) => e.describeImageSharePermission(new client.DescribeImageSharePermissionRequest({ regionId: cloud.region, imageId, pageSize: 100 })), { resource: `image ${imageId}`, signal });
    const accounts = (r.body?.accounts?.account ?? []).map((a) => a.aliyunId ?? "").filter((a) => a !== "");
    for (let i = 0; i < accounts.length; i += 10) {
        await cloud.ecs("ModifyImageSharePermission", (e) => e.modifyImageSharePermission(new client.ModifyImageSharePermissionRequest({
            regionId: cloud.region,
            imageId,
            removeAccount: accounts.slice(i, i + 10),
        })), { resource: `image ${imageId}`, signal });
    }
}

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/copy-images.ts
/**
 * Step 16, copies to other regions (Packer's stepRegionCopyAlicloudImage): CopyImage to every
 * `image_copy_regions` entry (named `image_copy_names[i]`, tagged with `tags`) in parallel, then
 * WAITS for every copy to be Available within `wait_copying_image_ready_timeout` (Packer does not
 * wait, so its artifact can name images still being copied). A failed or cancelled build cancels
 * copies in progress and deletes finished ones.
 */





const copyImages = {
    name: "copy image",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        const imageId = ctx.imageId;
        const targets = c.imageCopyRegions
            .map((region, i) => ({ region, name: c.imageCopyNames[i] ?? "", kms: c.kmsKeyCopyIds[i] ?? "" }))
            .filter((t) => t.region !== c.region);
        // image_encrypted: the image under image_name in the source region is an encrypted copy.
        if (c.imageEncrypted === true)
            targets.push({ region: c.region, name: c.imageName, kms: c.kmsKeyId });
        if (!imageId || targets.length === 0)
            return SKIPPED;
        ctx.ui.say(`Copying image ${imageId} to ${targets.map((t) => t.region).join(", ")}...`);
        const failures = [];
        await Promise.all(targets.map(async (t) => {
            try {
                const r = await cloud.ecs("CopyImage", (e, a) => e.copyImage(new client.CopyImageRequest({
                    regionId: cloud.region,
                    clientToken: a.clientToken,
                    imageId,
                    destinationRegionId: t.region,
                    ...(t.name ? { destinationImageName: t.name } : {}),
                    ...(c.resourceGroupId ? { resourceGroupId: c.resourceGroupId } : {}),
                    ...(c.imageEncrypted !== undefined ? { encrypted: c.imageEncrypted } : {}),
                    ...(c.imageEncrypted && t.kms ? { KMSKeyId: t.kms } : {}),
                    ...(Object.keys(c.tags).length > 0
                        ? { tag: tagList(c.tags, (kv) => new client.CopyImageRequestTag(kv)) }
                        : {}),
                })), { resource: `image ${imageId} to ${t.region}`, signal });
                const copy = r.body?.imageId;
                if (!copy)
                    throw new Error("CopyImage returned no ImageId");
                ctx.ledger.add({ type: "image-copy", id: copy, region: t.region, meta: { source: imageId } });
                ctx.images[t.region] = copy;
                ctx.ui.message(`Copying to ${t.region}: ${copy}`);
                await waitForImage(cloud.forRegion(t.region), copy, {
                    signal,
                    ui: ctx.ui,
                    timeoutMs: c.waitCopyingImageReadyTimeout * 1000,
                });
                ctx.ui.message(`Copied to ${t.region}: ${copy}`);
            }
            catch (err) {
                failures.push(`${t.region}: ${messageOf(err)}`);
            }
        }));
        if (failures.length > 0)
            throw new Error(`Copying image ${imageId} failed:\n${failures.join("\n")}`);
    },
    async cleanup(ctx, outcome) {
        const copies = ctx.ledger.list("image-copy");
        if (!outcome.halted || copies.length === 0)
            return;
        ctx.ui.say(cleanupMessage(outcome, "image copies"));
        const errors = [];
        await Promise.all(copies.map(async (e) => {
            try {
                await deleteImageAndSnapshots(ctx.cloud.forRegion(e.region), e.id, { snapshots: true });
                ctx.ledger.remove("image-copy", e.id);
                delete ctx.images[e.region];
            }
            catch (err) {
                errors.push(`${e.region} ${e.id}: ${messageOf(err)}`);
            }
        }));
        if (errors.length > 0)
            throw new Error(`Failed to remove image copies:\n${errors.join("\n")}`);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/create-image.ts
/**
 * Step 14, the image (Packer's stepCreateAlicloudImage): CreateImage from the instance (or the
 * system disk snapshot) with name, version, description, family, boot mode, resource group and
 * `tags` in the call, then a wait that reports the image's Progress, bounded by
 * `wait_snapshot_ready_timeout`, ending at once on CreateFailed. A failed or cancelled build
 * deletes the image and its snapshots. `skip_create_image` skips it. With `image_encrypted`, the
 * image is temporary: the copy step makes the encrypted one, and this cleanup deletes it.
 */







const createImage = {
    name: "create image",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (c.skipCreateImage) {
            ctx.ui.say("Skipping image creation...");
            return SKIPPED;
        }
        // Packer: with image_encrypted, a temporary image is made, copied encrypted under image_name
        // in the same region (copy step), and deleted once the build succeeded.
        const name = c.imageEncrypted === true ? `packer_${(0,external_node_crypto_.randomBytes)(4).toString("hex").slice(0, 7)}` : c.imageName;
        ctx.ui.say(`Creating image: ${name}`);
        const r = await cloud.ecs("CreateImage", (e, a) => e.createImage(new client.CreateImageRequest({
            regionId: cloud.region,
            clientToken: a.clientToken,
            imageName: name,
            ...(ctx.snapshotId ? { snapshotId: ctx.snapshotId } : { instanceId: ctx.instanceId }),
            ...(c.imageVersion ? { imageVersion: c.imageVersion } : {}),
            ...(c.imageDescription ? { description: c.imageDescription } : {}),
            ...(c.targetImageFamily ? { imageFamily: c.targetImageFamily } : {}),
            ...(c.bootMode ? { bootMode: c.bootMode } : {}),
            ...(c.resourceGroupId ? { resourceGroupId: c.resourceGroupId } : {}),
            ...(Object.keys(c.tags).length > 0
                ? { tag: tagList(c.tags, (kv) => new client.CreateImageRequestTag(kv)) }
                : {}),
        })), { resource: `image ${name}`, signal });
        const id = r.body?.imageId;
        if (!id)
            throw new Error("CreateImage returned no ImageId");
        // Recorded before the wait, so that a timeout or a cancel still deletes it.
        ctx.ledger.add({ type: "image", id, region: cloud.region });
        ctx.imageId = id;
        ctx.images[cloud.region] = id;
        const w = await waitForImage(cloud, id, {
            signal,
            ui: ctx.ui,
            timeoutMs: c.waitSnapshotReadyTimeout * 1000,
        }).catch((err) => {
            throw new Error(`Timeout waiting for image to be created: ${messageOf(err)}`, { cause: err });
        });
        ctx.imageSnapshotIds = snapshotsOf(w.resource);
        for (const s of ctx.imageSnapshotIds)
            ctx.ledger.add({ type: "snapshot", id: s, region: cloud.region });
        ctx.ui.message(`Created image: ${id}`);
    },
    async cleanup(ctx, outcome) {
        const id = ctx.imageId;
        const temporary = ctx.config.imageEncrypted === true;
        if (!id || (!outcome.halted && !temporary))
            return;
        ctx.ui.say(outcome.halted ? cleanupMessage(outcome, "image and snapshots") : `Deleting temporary image ${id}...`);
        const image = await describe_describeImage(ctx.cloud, id);
        const snapshots = new Set([...ctx.imageSnapshotIds, ...snapshotsOf(image)]);
        if (image)
            await deleteImageAndSnapshots(ctx.cloud, id, { snapshots: false, known: image });
        for (const s of snapshots)
            await deleteSnapshot(ctx.cloud, s);
        ctx.ledger.remove("image", id);
        for (const s of snapshots)
            ctx.ledger.remove("snapshot", s);
        if (ctx.images[ctx.cloud.region] === id)
            delete ctx.images[ctx.cloud.region];
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/delete-images.ts
/**
 * Step 12, force delete (Packer's stepDeleteAlicloudImageSnapshots, with `image_force_delete` or
 * `-force`): own images named `image_name` in the source region, and `image_copy_names[i]` in
 * `image_copy_regions[i]`, are deleted, with their snapshots when `image_force_delete_snapshots`.
 * A copy region without a name is checked for `image_name` (the name its copy will take); Packer
 * skips it, so its CopyImage fails on a rebuild.
 */


const deleteImages = {
    name: "delete same-name images",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (!c.imageForceDelete)
            return SKIPPED;
        ctx.ui.say(`Deleting images with name ${c.imageName}...`);
        await Promise.all(imageTargets(c).map(async ({ region, name }) => {
            const rc = cloud.forRegion(region);
            for (const image of await ownImagesNamed(rc, name, signal)) {
                if (!image.imageId)
                    continue;
                await deleteImageAndSnapshots(rc, image.imageId, {
                    snapshots: c.imageForceDeleteSnapshots,
                    known: image,
                    signal,
                }).catch((err) => {
                    throw new Error(`Failed to delete image: ${err instanceof Error ? err.message : err}`, {
                        cause: err,
                    });
                });
                ctx.ui.message(`Deleted image ${image.imageId} (${region})`);
            }
        }));
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/vpc.ts
/**
 * Step 4, the VPC (Packer's stepConfigAlicloudVPC, through the VPC API): reuse `vpc_id`, or create
 * one (tagged at creation) and wait for it to be Available. Classic networking skips it.
 */





/** Codes DeleteVpc answers while the instance, vSwitch or group are still going away (Packer's list). */
const DELETE_VPC_RETRY = [
    "DependencyViolation.Instance",
    "DependencyViolation.RouteEntry",
    "DependencyViolation.VSwitch",
    "DependencyViolation.SecurityGroup",
    "Forbbiden",
    "TaskConflict",
    "IncorrectVpcStatus",
];
/** The retry budget of deletes that wait out a dependency (about Packer's 36×5 s). */
const DEPENDENCY_POLICY = {
    maxAttempts: 40,
    maxElapsedMs: 180_000,
    baseDelayMs: 500,
    maxDelayMs: 5_000,
};
const vpc = {
    name: "vpc",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (c.networkType !== "vpc")
            return SKIPPED;
        let vpcId = c.vpcId;
        if (vpcId === "" && c.vswitchId !== "") {
            // A vSwitch names its VPC (Packer creates a new VPC here and then cannot find the vSwitch in it).
            const vsw = await describeVSwitch(cloud, c.vswitchId, { signal });
            if (!vsw?.vpcId)
                throw new Error(`The specified vswitch {${c.vswitchId}} doesn't exist.`);
            vpcId = vsw.vpcId;
        }
        if (vpcId !== "") {
            const found = await describeVpc(cloud, vpcId, { signal });
            if (!found)
                throw new Error(`The specified vpc {${vpcId}} doesn't exist.`);
            ctx.vpcId = vpcId;
            ctx.vpcCidr = found.cidrBlock;
            ctx.ui.say(`Using existing vpc: ${vpcId}`);
            return;
        }
        ctx.ui.say("Creating vpc...");
        const r = await cloud.vpc("CreateVpc", (v, a) => v.createVpc(new dist_client.CreateVpcRequest({
            regionId: cloud.region,
            clientToken: a.clientToken,
            ...(c.vpcCidrBlock ? { cidrBlock: c.vpcCidrBlock } : {}),
            ...(c.vpcName ? { vpcName: c.vpcName } : {}),
            tag: tagList(ctx.resourceTags, (kv) => new dist_client.CreateVpcRequestTag(kv)),
        })), { signal });
        const id = r.body?.vpcId;
        if (!id)
            throw new Error("CreateVpc returned no VpcId");
        ctx.ledger.add({ type: "vpc", id, region: cloud.region });
        ctx.vpcId = id;
        const w = await waitForVpc(cloud, id, { signal, ui: ctx.ui }).catch((err) => {
            throw new Error(`Failed waiting for vpc to become available: ${err instanceof Error ? err.message : err}`, {
                cause: err,
            });
        });
        ctx.vpcCidr = w.resource?.cidrBlock;
        ctx.ui.message(`Created vpc: ${id}`);
    },
    async cleanup(ctx, outcome) {
        const id = ctx.vpcId;
        if (!id || !ctx.ledger.has("vpc", id))
            return;
        ctx.ui.say(cleanupMessage(outcome, "VPC"));
        try {
            await deleteIgnoringNotFound(() => ctx.cloud.vpc("DeleteVpc", (v) => v.deleteVpc(new dist_client.DeleteVpcRequest({ regionId: ctx.cloud.region, vpcId: id })), { resource: `vpc ${id}`, retryCodes: DELETE_VPC_RETRY, policy: DEPENDENCY_POLICY }));
            ctx.ledger.remove("vpc", id);
        }
        catch (err) {
            throw new Error(`Error deleting vpc, it may still be around: ${err instanceof Error ? err.message : err}`, {
                cause: err,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/vswitch.ts
/**
 * Step 5, the zone and the vSwitch (Packer's stepConfigAlicloudVSwitch, through the VPC API).
 * Zones are chosen among those with stock for the instance type (DescribeAvailableResource), best
 * first; Packer takes the last zone DescribeZones lists and ignores stock. The vSwitch's CIDR is a
 * free /24 inside the VPC's block (Packer reuses `vpc_cidr_block` itself). The instance step may
 * move a vSwitch we created to the next zone when the first one has run out of stock.
 */






const DELETE_VSWITCH_RETRY = [
    "IncorrectVSwitchStatus",
    "DependencyViolation",
    "DependencyViolation.HaVip",
    "IncorrectRouteEntryStatus",
    "TaskConflict",
];
/** Zones of the region that sell `instanceType` and have stock, in the API's order. */
async function zonesWithStock(ctx, signal) {
    const { config: c, cloud } = ctx;
    const r = await cloud.ecs("DescribeAvailableResource", (e) => e.describeAvailableResource(new client.DescribeAvailableResourceRequest({
        regionId: cloud.region,
        destinationResource: "InstanceType",
        instanceType: c.instanceType,
        ...(c.networkType === "vpc" ? { networkCategory: "vpc" } : {}),
    })), { resource: `instance type ${c.instanceType}`, signal });
    const zones = [];
    for (const z of r.body?.availableZones?.availableZone ?? []) {
        if (z.status !== "Available" || !z.zoneId)
            continue;
        const types = (z.availableResources?.availableResource ?? [])
            .filter((a) => a.type === "InstanceType")
            .flatMap((a) => a.supportedResources?.supportedResource ?? []);
        if (types.some((t) => t.value === c.instanceType && t.status === "Available"))
            zones.push(z.zoneId);
    }
    return zones;
}
const ip = (s) => s.split(".").reduce((n, o) => n * 256 + Number(o), 0);
const dotted = (n) => [24, 16, 8, 0].map((b) => Math.floor(n / 2 ** b) % 256).join(".");
function parseCidr(cidr) {
    const [a, b] = cidr.split("/");
    const bits = Number(b);
    const size = 2 ** (32 - bits);
    return { base: Math.floor(ip(a) / size) * size, bits };
}
const overlaps = (x, y) => x.base < y.base + 2 ** (32 - y.bits) && y.base < x.base + 2 ** (32 - x.bits);
/** The first /24 inside `vpcCidr` that overlaps none of `taken` (the VPC's block itself when smaller than /24). */
function chooseVSwitchCidr(vpcCidr, taken = []) {
    const vpcBlock = parseCidr(vpcCidr || "172.16.0.0/12");
    const used = taken.filter(Boolean).map(parseCidr);
    if (vpcBlock.bits >= 24)
        return `${dotted(vpcBlock.base)}/${vpcBlock.bits}`;
    const count = 2 ** (24 - vpcBlock.bits);
    for (let i = 0; i < count; i++) {
        const cand = { base: vpcBlock.base + i * 256, bits: 24 };
        if (!used.some((u) => overlaps(u, cand)))
            return `${dotted(cand.base)}/24`;
    }
    throw new Error(`No free /24 left for a vSwitch in ${vpcCidr}`);
}
/** Creates a tagged vSwitch in `zone` and waits for it; registers it in the ledger. */
async function createVSwitchIn(ctx, zone, cidr, signal) {
    const { config: c, cloud } = ctx;
    ctx.ui.say(`Creating vswitch in zone ${zone}...`);
    const r = await cloud.vpc("CreateVSwitch", (v, a) => v.createVSwitch(new dist_client.CreateVSwitchRequest({
        regionId: cloud.region,
        clientToken: a.clientToken,
        vpcId: ctx.vpcId,
        zoneId: zone,
        cidrBlock: cidr,
        ...(c.vswitchName ? { vSwitchName: c.vswitchName } : {}),
        tag: tagList(ctx.resourceTags, (kv) => new dist_client.CreateVSwitchRequestTag(kv)),
    })), { signal });
    const id = r.body?.vSwitchId;
    if (!id)
        throw new Error("CreateVSwitch returned no VSwitchId");
    ctx.ledger.add({ type: "vswitch", id, region: cloud.region, meta: { cidr } });
    ctx.vswitchId = id;
    ctx.vswitchCreated = true;
    ctx.zoneId = zone;
    await waitForVSwitch(cloud, id, { signal, ui: ctx.ui }).catch((err) => {
        throw new Error(`Timeout waiting for vswitch to become available: ${messageOf(err)}`, { cause: err });
    });
    ctx.ui.message(`Created vswitch: ${id}`);
    return id;
}
/** Deletes a vSwitch we created (waiting out its dependencies); idempotent. */
async function deleteVSwitch(ctx, id) {
    await deleteIgnoringNotFound(() => ctx.cloud.vpc("DeleteVSwitch", (v) => v.deleteVSwitch(new dist_client.DeleteVSwitchRequest({ regionId: ctx.cloud.region, vSwitchId: id })), { resource: `vswitch ${id}`, retryCodes: DELETE_VSWITCH_RETRY, policy: DEPENDENCY_POLICY }));
    ctx.ledger.remove("vswitch", id);
}
const vswitch = {
    name: "vswitch",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (c.networkType !== "vpc") {
            // Classic: the zone is the template's, or the API picks one with stock.
            if (c.zoneId)
                ctx.zoneId = c.zoneId;
            return;
        }
        if (c.vswitchId !== "") {
            const found = await describeVSwitch(cloud, c.vswitchId, { signal });
            if (!found || found.vpcId !== ctx.vpcId || (c.zoneId !== "" && found.zoneId !== c.zoneId)) {
                throw new Error(`The specified vswitch {${c.vswitchId}} doesn't exist.`);
            }
            ctx.vswitchId = c.vswitchId;
            ctx.zoneId = found.zoneId;
            ctx.zoneCandidates = found.zoneId ? [found.zoneId] : [];
            ctx.ui.say(`Using existing vswitch: ${c.vswitchId}`);
            return;
        }
        let zones;
        if (c.zoneId !== "")
            zones = [c.zoneId];
        else {
            zones = await zonesWithStock(ctx, signal);
            if (zones.length === 0) {
                throw new Error(`The instance type ${c.instanceType} isn't available in this region (no zone has stock).\n You can change to other regions.`);
            }
            ctx.ui.message(`Zones with stock for ${c.instanceType}: ${zones.join(", ")}`);
        }
        ctx.zoneCandidates = zones;
        let taken = [];
        if (c.vpcId !== "") {
            const r = await cloud.vpc("DescribeVSwitches", (v) => v.describeVSwitches(new dist_client.DescribeVSwitchesRequest({ regionId: cloud.region, vpcId: ctx.vpcId, pageSize: 50 })), { resource: `vpc ${ctx.vpcId}`, signal });
            taken = (r.body?.vSwitches?.vSwitch ?? []).map((s) => s.cidrBlock ?? "");
        }
        await createVSwitchIn(ctx, zones[0], chooseVSwitchCidr(ctx.vpcCidr, taken), signal);
    },
    async cleanup(ctx, outcome) {
        const ours = ctx.ledger.list("vswitch");
        if (ours.length === 0)
            return;
        ctx.ui.say(cleanupMessage(outcome, "vSwitch"));
        for (const e of ours)
            await deleteVSwitch(ctx, e.id);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/instance.ts
/**
 * Step 7, the instance. One RunInstances call starts it with the key pair, password and user data
 * in place at first boot, tagged (run_tags plus the run's tags, disks included), with a public IP
 * when `associate_public_ip_address` is set and no `eip_id` is given (Packer: CreateInstance,
 * AllocateEipAddress, AssociateEipAddress, AttachKeyPair, StartInstance). When the zone has no
 * stock, the next zone with stock is tried (moving the vSwitch we created). Data disks are deleted
 * with the instance unless the template says otherwise (Packer keeps them by default).
 */






/** Codes meaning "this zone cannot give you that instance now": try the next zone. */
const NO_STOCK_CODES = [
    "OperationDenied.NoStock",
    "Zone.NotOnSale",
    "InvalidResourceType.NotSupported",
];
/** Bandwidth of the public IP RunInstances gives when no EIP is used (the EIP default, 5 Mbit/s). */
const DEFAULT_PUBLIC_BANDWIDTH = 5;
function userData(ctx) {
    const c = ctx.config;
    if (c.networkType !== "vpc")
        return undefined;
    const text = c.userData !== ""
        ? c.userData
        : c.userDataFile !== ""
            ? (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, c.userDataFile), "utf8")
            : "";
    return text === "" ? undefined : Buffer.from(text, "utf8").toString("base64");
}
const trilean = (v) => (v === undefined ? undefined : String(v));
/** The RunInstances request for one zone. */
function runInstancesRequest(ctx, zone, token) {
    const c = ctx.config;
    const vpc = c.networkType === "vpc";
    const publicIp = vpc ? c.associatePublicIpAddress && c.eipId === "" : true;
    const bandwidth = vpc
        ? publicIp
            ? c.internetMaxBandwidthOut || DEFAULT_PUBLIC_BANDWIDTH
            : 0
        : c.internetMaxBandwidthOut;
    const password = c.comm.ssh.password || c.comm.winrm.password;
    const sys = c.systemDiskMapping;
    const data = userData(ctx);
    return new client.RunInstancesRequest({
        regionId: ctx.cloud.region,
        clientToken: token,
        amount: 1,
        instanceType: c.instanceType,
        ...(c.imageFamily !== "" && !ctx.sourceImageId
            ? { imageFamily: c.imageFamily }
            : { imageId: ctx.sourceImageId }),
        securityGroupId: ctx.securityGroupId,
        ...(vpc ? { vSwitchId: ctx.vswitchId } : {}),
        ...(zone ? { zoneId: zone } : {}),
        ...(c.instanceName ? { instanceName: c.instanceName } : {}),
        ...(ctx.keyPairName ? { keyPairName: ctx.keyPairName } : {}),
        ...(password ? { password } : {}),
        ...(data ? { userData: data } : {}),
        ...(c.ecsRamRoleName ? { ramRoleName: c.ecsRamRoleName } : {}),
        ...(c.securityEnhancementStrategy ? { securityEnhancementStrategy: c.securityEnhancementStrategy } : {}),
        ...(bandwidth > 0 ? { internetMaxBandwidthOut: bandwidth } : {}),
        ...(bandwidth > 0 && c.internetChargeType ? { internetChargeType: c.internetChargeType } : {}),
        ...(c.ioOptimized !== undefined ? { ioOptimized: c.ioOptimized ? "optimized" : "none" } : {}),
        systemDisk: new client.RunInstancesRequestSystemDisk({
            ...(sys.diskCategory ? { category: sys.diskCategory } : {}),
            ...(sys.diskSize > 0 ? { size: String(sys.diskSize) } : {}),
            ...(sys.diskName ? { diskName: sys.diskName } : {}),
            ...(sys.description ? { description: sys.description } : {}),
            ...(sys.encrypted !== undefined ? { encrypted: trilean(sys.encrypted) } : {}),
        }),
        dataDisk: c.imageDiskMappings.map((d, i) => new client.RunInstancesRequestDataDisk({
            ...(d.diskCategory ? { category: d.diskCategory } : {}),
            ...(d.diskSize > 0 ? { size: d.diskSize } : {}),
            ...(d.snapshotId ? { snapshotId: d.snapshotId } : {}),
            ...(d.diskName ? { diskName: d.diskName } : {}),
            ...(d.description ? { description: d.description } : {}),
            ...(d.device ? { device: d.device } : {}),
            ...(d.encrypted !== undefined ? { encrypted: trilean(d.encrypted) } : {}),
            deleteWithInstance: ctx.dataDiskDeleteExplicit[i] ? d.deleteWithInstance : true,
        })),
        tag: tagList({ ...c.runTags, ...ctx.resourceTags }, (kv) => new client.RunInstancesRequestTag(kv)),
    });
}
const instance = {
    name: "create instance",
    async run(ctx, signal) {
        const { cloud } = ctx;
        const zones = ctx.zoneCandidates?.length ? ctx.zoneCandidates : [ctx.zoneId];
        ctx.ui.say("Creating instance...");
        let id;
        for (let i = 0; i < zones.length; i++) {
            const zone = zones[i];
            if (zone && ctx.vswitchCreated && ctx.zoneId !== zone && ctx.vswitchId) {
                // Move our vSwitch to the next zone (the same CIDR becomes free once the old one is gone).
                const cidr = ctx.ledger.get("vswitch", ctx.vswitchId)?.meta?.cidr ?? "";
                await deleteVSwitch(ctx, ctx.vswitchId);
                ctx.vswitchId = undefined;
                await createVSwitchIn(ctx, zone, cidr, signal);
            }
            try {
                const r = await cloud.ecs("RunInstances", (e, a) => e.runInstances(runInstancesRequest(ctx, zone, a.clientToken)), {
                    signal,
                });
                id = r.body?.instanceIdSets?.instanceIdSet?.[0];
                if (zone)
                    ctx.zoneId = zone;
                break;
            }
            catch (err) {
                const code = errorCode(err) ?? "";
                if (!NO_STOCK_CODES.includes(code) || i === zones.length - 1)
                    throw err;
                ctx.ui.message(`Zone ${zone} cannot create ${ctx.config.instanceType} now (${code}); trying zone ${zones[i + 1]}`);
            }
        }
        if (!id)
            throw new Error("RunInstances returned no instance id");
        ctx.ledger.add({ type: "instance", id, region: cloud.region });
        ctx.instanceId = id;
        ctx.ui.message(`Created instance: ${id}${ctx.zoneId ? ` in zone ${ctx.zoneId}` : ""}`);
        const w = await waitForInstance(cloud, id, "Running", { signal, ui: ctx.ui }).catch((err) => {
            throw new Error(`Timeout waiting for instance to start: ${messageOf(err)}`, { cause: err });
        });
        ctx.instance = w.resource;
        ctx.zoneId = w.resource?.zoneId ?? ctx.zoneId;
        ctx.sourceImageId = ctx.sourceImageId ?? w.resource?.imageId;
    },
    async cleanup(ctx, outcome) {
        const id = ctx.instanceId;
        if (!id || !ctx.ledger.has("instance", id))
            return;
        ctx.ui.say(cleanupMessage(outcome, "instance"));
        try {
            await deleteIgnoringNotFound(() => ctx.cloud.ecs("DeleteInstance", (e) => e.deleteInstance(new client.DeleteInstanceRequest({ instanceId: id, force: true })), {
                resource: `instance ${id}`,
                retryCodes: ["IncorrectInstanceStatus.Initializing", "IncorrectInstanceStatus"],
                policy: { maxAttempts: 40, maxElapsedMs: 180_000, baseDelayMs: 500, maxDelayMs: 5_000 },
            }));
            ctx.ledger.remove("instance", id);
        }
        catch (err) {
            throw new Error(`Failed to clean up instance ${id}: ${messageOf(err)}`, { cause: err });
        }
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/keep-artifact.ts
const keepArtifact = {
    name: "artifact",
    run(ctx) {
        const kept = new Set(Object.values(ctx.images));
        // A temporary image (image_encrypted) stays in the ledger: its cleanup deletes it.
        const imageKept = ctx.imageId !== undefined && kept.has(ctx.imageId);
        for (const type of ["image", "image-copy"]) {
            for (const e of ctx.ledger.list(type))
                if (kept.has(e.id))
                    ctx.ledger.remove(type, e.id);
        }
        if (imageKept) {
            for (const e of ctx.ledger.list("snapshot")) {
                if (e.id === ctx.snapshotId || ctx.imageSnapshotIds.includes(e.id))
                    ctx.ledger.remove("snapshot", e.id);
            }
        }
        const n = Object.keys(ctx.images).length;
        if (n > 0)
            ctx.ui.message(`Kept ${n} image(s): ${Object.entries(ctx.images)
                .map(([r, i]) => `${r}: ${i}`)
                .join(", ")}`);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/key-pair.ts
/**
 * Step 3, the key pair (Packer's stepConfigAlicloudKeyPair): an existing private key file, the
 * agent, a named key pair, or a temporary key pair from CreateKeyPair (tagged at creation). With
 * the `none` communicator nothing connects, so no temporary key pair is made.
 */






const keyPair = {
    name: "key pair",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        const ssh = c.comm.ssh;
        if (c.comm.type === "none")
            return SKIPPED;
        if (ssh.privateKeyFile !== "") {
            ctx.ui.say("Using existing SSH private key");
            ctx.privateKey = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, ssh.privateKeyFile), "utf8");
            ctx.mask(ctx.privateKey);
            if (ssh.keypairName !== "")
                ctx.keyPairName = ssh.keypairName;
            return;
        }
        if (ssh.agentAuth) {
            ctx.ui.say("Using SSH Agent for existing key pair.");
            if (ssh.keypairName !== "")
                ctx.keyPairName = ssh.keypairName;
            return;
        }
        if (ssh.keypairName !== "") {
            // Packer fails to connect with a named pair and no key; the key must come from the agent or a file.
            ctx.keyPairName = ssh.keypairName;
            return;
        }
        if (ssh.temporaryKeyPairName === "") {
            ctx.ui.say("Not using temporary keypair");
            return SKIPPED;
        }
        const name = ssh.temporaryKeyPairName;
        ctx.ui.say(`Creating temporary keypair: ${name}`);
        const create = () => cloud.ecs("CreateKeyPair", (e) => e.createKeyPair(new client.CreateKeyPairRequest({
            regionId: cloud.region,
            keyPairName: name,
            tag: tagList(ctx.resourceTags, (kv) => new client.CreateKeyPairRequestTag(kv)),
        })), { resource: `key pair ${name}`, signal });
        let r;
        try {
            r = await create();
        }
        catch (err) {
            // CreateKeyPair has no ClientToken: a retry after a lost answer finds the pair made by the
            // first try, whose private key is gone. Only then (not on a first try) is it ours to remake.
            const retried = err instanceof CloudError && err.attempts > 1;
            if (errorCode(err) !== "KeyPair.AlreadyExist" || !retried)
                throw err;
            ctx.ledger.add({ type: "key-pair", id: name, region: cloud.region });
            await deleteKeyPair(ctx, name);
            r = await create();
        }
        ctx.ledger.add({ type: "key-pair", id: name, region: cloud.region });
        ctx.keyPairName = name;
        ctx.privateKey = r.body?.privateKeyBody ?? "";
        if (ctx.privateKey)
            ctx.mask(ctx.privateKey);
    },
    async cleanup(ctx, outcome) {
        const name = ctx.config.comm.ssh.temporaryKeyPairName;
        if (!name || !ctx.ledger.has("key-pair", name))
            return;
        ctx.ui.say(cleanupMessage(outcome, "temporary keypair"));
        try {
            await deleteKeyPair(ctx, name);
        }
        catch (err) {
            throw new Error(`Error cleaning up keypair. Please delete the key manually: ${name}`, { cause: err });
        }
    },
};
/** Deletes a key pair of ours; idempotent. */
async function deleteKeyPair(ctx, name) {
    await deleteIgnoringNotFound(() => ctx.cloud.ecs("DeleteKeyPairs", (e) => e.deleteKeyPairs(new client.DeleteKeyPairsRequest({
        regionId: ctx.cloud.region,
        keyPairNames: JSON.stringify([name]),
    })), { resource: `key pair ${name}` }));
    ctx.ledger.remove("key-pair", name);
}

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/pre-validate.ts
/**
 * Step 1, pre-validation (Packer's stepPreValidate): the source and copy regions exist (one
 * DescribeRegions for all of them, where Packer makes one per region), and the image names are
 * free in every region the build writes to, unless `image_force_delete` (or `-force`) will delete
 * the images that hold them.
 */


const preValidate = {
    name: "pre-validate",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (c.skipRegionValidation) {
            ctx.ui.say("Skip region validation flag found, skipping prevalidating source region and copied regions.");
        }
        else {
            ctx.ui.say("Prevalidating source region and copied regions...");
            const r = await cloud.ecs("DescribeRegions", (e) => e.describeRegions(new client.DescribeRegionsRequest({ acceptLanguage: "en-US" })), { signal });
            const known = new Set((r.body?.regions?.region ?? []).map((x) => x.regionId));
            for (const region of [c.region, ...c.imageCopyRegions]) {
                if (!known.has(region))
                    throw new Error(`Not a valid alicloud region: ${region}`);
            }
        }
        if (c.imageForceDelete) {
            ctx.ui.say("Force delete flag found, skipping prevalidating image name.");
            return;
        }
        ctx.ui.say("Prevalidating image name...");
        // Every region the build will put an image in (Packer checks the source region only, so a
        // rebuild with copies fails at CopyImage, after the whole build).
        const found = await Promise.all(imageTargets(c).map(async (t) => {
            try {
                const same = await ownImagesNamed(cloud.forRegion(t.region), t.name, signal);
                return { ...t, image: same[0] };
            }
            catch (err) {
                throw new Error(`Error querying alicloud image: ${err instanceof Error ? err.message : String(err)}`, {
                    cause: err,
                });
            }
        }));
        for (const t of found) {
            if (!t.image)
                continue;
            throw new Error(t.region === c.region
                ? `Error: Image Name: '${t.name}' is used by an existing alicloud image: ${t.image.imageId}`
                : `Error: Image Name: '${t.name}' is used by an existing alicloud image in ${t.region}: ${t.image.imageId}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/provision.ts
/**
 * Step 10, provision (Packer's StepProvision): runs the build's provisioners (only/except and
 * overrides already applied) over the communicator; on a failed or cancelled build, the cleanup
 * runs the `error-cleanup-provisioner`.
 */

const provision = {
    name: "provision",
    async run(ctx, signal) {
        if (ctx.provisioners.length === 0)
            return SKIPPED;
        if (!ctx.provision)
            throw new Error("Provisioners are not available in this build");
        await ctx.provision(ctx, signal);
    },
    async cleanup(ctx, outcome) {
        if (!outcome.halted || !ctx.provisionErrorCleanup)
            return;
        await ctx.provisionErrorCleanup(ctx);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/security-group.ts
/**
 * Step 6, the security group (Packer's stepConfigAlicloudSecurityGroup): reuse
 * `security_group_id`, or create one (tagged at creation) whose only ingress rule opens the
 * communicator's port (22, or the WinRM port) to 0.0.0.0/0; Packer opens every port. A new group
 * already allows all egress, so no egress call is made. `none` opens nothing.
 */




/** The port the communicator connects to, or undefined for `none`. */
function communicatorPort(ctx) {
    const comm = ctx.config.comm;
    if (comm.type === "ssh")
        return comm.ssh.port;
    if (comm.type === "winrm")
        return comm.winrm.port;
    return undefined;
}
const securityGroup = {
    name: "security group",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (c.securityGroupId !== "") {
            const found = await describeSecurityGroup(cloud, c.securityGroupId, { signal });
            if (!found || (c.networkType === "vpc" && (found.vpcId ?? "") !== (ctx.vpcId ?? ""))) {
                throw new Error(`The specified security group {${c.securityGroupId}} doesn't exist.`);
            }
            ctx.securityGroupId = c.securityGroupId;
            ctx.ui.say(`Using existing security group: ${c.securityGroupId}`);
            return;
        }
        ctx.ui.say("Creating security group...");
        const r = await cloud.ecs("CreateSecurityGroup", (e, a) => e.createSecurityGroup(new client.CreateSecurityGroupRequest({
            regionId: cloud.region,
            clientToken: a.clientToken,
            ...(c.securityGroupName ? { securityGroupName: c.securityGroupName } : {}),
            ...(c.networkType === "vpc" ? { vpcId: ctx.vpcId } : {}),
            description: `Temporary security group of image-build run ${ctx.runId}`,
            tag: tagList(ctx.resourceTags, (kv) => new client.CreateSecurityGroupRequestTag(kv)),
        })), { signal });
        const id = r.body?.securityGroupId;
        if (!id)
            throw new Error("CreateSecurityGroup returned no SecurityGroupId");
        ctx.ledger.add({ type: "security-group", id, region: cloud.region });
        ctx.securityGroupId = id;
        const port = communicatorPort(ctx);
        if (port !== undefined) {
            await cloud.ecs("AuthorizeSecurityGroup", (e) => e.authorizeSecurityGroup(new client.AuthorizeSecurityGroupRequest({
                regionId: cloud.region,
                securityGroupId: id,
                ipProtocol: "tcp",
                portRange: `${port}/${port}`,
                sourceCidrIp: "0.0.0.0/0",
                description: `${c.comm.type} communicator of image-build`,
            })), { resource: `security group ${id}`, signal });
            ctx.ui.message(`Created security group ${id} (ingress: tcp ${port} from 0.0.0.0/0)`);
        }
        else {
            ctx.ui.message(`Created security group ${id} (no ingress: communicator none)`);
        }
    },
    async cleanup(ctx, outcome) {
        const id = ctx.securityGroupId;
        if (!id || !ctx.ledger.has("security-group", id))
            return;
        ctx.ui.say(cleanupMessage(outcome, "security group"));
        try {
            await deleteIgnoringNotFound(() => ctx.cloud.ecs("DeleteSecurityGroup", (e) => e.deleteSecurityGroup(new client.DeleteSecurityGroupRequest({ regionId: ctx.cloud.region, securityGroupId: id })), {
                resource: `security group ${id}`,
                retryCodes: ["DependencyViolation"],
                policy: DEPENDENCY_POLICY,
            }));
            ctx.ledger.remove("security-group", id);
        }
        catch (err) {
            throw new Error(`Failed to delete security group, it may still be around: ${err instanceof Error ? err.message : err}`, { cause: err });
        }
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/share-image.ts
/**
 * Step 17, sharing (Packer's stepShareAlicloudImage): ModifyImageSharePermission on every image
 * (the source and its copies) with `image_share_account`/`image_unshare_account`; no call when
 * both are empty (Packer calls anyway). A failed or cancelled build undoes it.
 */



async function modify(ctx, add, remove, signal) {
    await Promise.all(Object.entries(ctx.images).map(([region, imageId]) => ctx.cloud.forRegion(region).ecs("ModifyImageSharePermission", (e) => e.modifyImageSharePermission(new client.ModifyImageSharePermissionRequest({
        regionId: region,
        imageId,
        ...(add.length ? { addAccount: add } : {}),
        ...(remove.length ? { removeAccount: remove } : {}),
    })), { resource: `image ${imageId}`, signal })));
}
const shareImage = {
    name: "share image",
    async run(ctx, signal) {
        const c = ctx.config;
        if (Object.keys(ctx.images).length === 0)
            return SKIPPED;
        if (c.imageShareAccounts.length === 0 && c.imageUnshareAccounts.length === 0)
            return SKIPPED;
        ctx.ui.say("Sharing image...");
        ctx.imageShared = true;
        await modify(ctx, c.imageShareAccounts, c.imageUnshareAccounts, signal);
    },
    async cleanup(ctx, outcome) {
        const c = ctx.config;
        if (!outcome.halted || !ctx.imageShared)
            return;
        ctx.ui.say(cleanupMessage(outcome, "image sharing"));
        await modify(ctx, c.imageUnshareAccounts, c.imageShareAccounts);
        ctx.imageShared = false;
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/snapshot.ts
/**
 * Step 13, the system disk snapshot for `image_ignore_data_disks` (Packer's
 * stepCreateAlicloudSnapshot): DescribeDisks, CreateSnapshot (tagged), wait for it. The snapshot
 * becomes part of the image; it is deleted only when the build fails or is cancelled.
 */





const systemSnapshot = {
    name: "system disk snapshot",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (!c.imageIgnoreDataDisks || c.skipCreateImage)
            return SKIPPED;
        const disks = await cloud.ecs("DescribeDisks", (e) => e.describeDisks(new client.DescribeDisksRequest({
            regionId: cloud.region,
            instanceId: ctx.instanceId,
            diskType: "system",
        })), { resource: `instance ${ctx.instanceId}`, signal });
        const disk = disks.body?.disks?.disk?.[0]?.diskId;
        if (!disk)
            throw new Error(`Unable to find system disk for instance ${ctx.instanceId}`);
        ctx.ui.say(`Creating snapshot from system disk ${disk}...`);
        const r = await cloud.ecs("CreateSnapshot", (e, a) => e.createSnapshot(new client.CreateSnapshotRequest({
            diskId: disk,
            clientToken: a.clientToken,
            tag: tagList({ ...c.tags, ...ctx.resourceTags }, (kv) => new client.CreateSnapshotRequestTag(kv)),
        })), { resource: `disk ${disk}`, signal });
        const id = r.body?.snapshotId;
        if (!id)
            throw new Error("CreateSnapshot returned no SnapshotId");
        ctx.ledger.add({ type: "snapshot", id, region: cloud.region });
        ctx.snapshotId = id;
        await waitForSnapshot(cloud, id, {
            signal,
            ui: ctx.ui,
            timeoutMs: c.waitSnapshotReadyTimeout * 1000,
        }).catch((err) => {
            throw new Error(`Timeout waiting for snapshot to be created: ${messageOf(err)}`, { cause: err });
        });
        ctx.ui.message(`Created snapshot: ${id}`);
    },
    async cleanup(ctx, outcome) {
        const id = ctx.snapshotId;
        if (!id || !outcome.halted)
            return;
        ctx.ui.say(cleanupMessage(outcome, "snapshot"));
        await deleteSnapshot(ctx.cloud, id);
        ctx.ledger.remove("snapshot", id);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/source-image.ts
/**
 * Step 2, the source image (Packer's stepCheckAlicloudSourceImage / stepCheckAlicloudImageFamily):
 * by id, one DescribeImages without an owner filter finds self, shared, system and marketplace
 * images alike; only when it finds nothing is the marketplace asked explicitly (Packer always asks
 * both). With `image_family`, DescribeImageFromFamily finds the latest image of the family.
 */

const sourceImage = {
    name: "source image",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        if (c.imageFamily !== "") {
            const r = await cloud.ecs("DescribeImageFromFamily", (e) => e.describeImageFromFamily(new client.DescribeImageFromFamilyRequest({ regionId: cloud.region, imageFamily: c.imageFamily })), { resource: `image family ${c.imageFamily}`, signal });
            const id = r.body?.image?.imageId;
            if (!id)
                throw new Error(`No alicloud image was found matching image family: ${c.imageFamily}`);
            ctx.sourceImageId = id;
            ctx.ui.message(`Found image ID: ${id}`);
            return;
        }
        const find = async (ownerAlias) => {
            const r = await cloud.ecs("DescribeImages", (e) => e.describeImages(new client.DescribeImagesRequest({
                regionId: cloud.region,
                imageId: c.sourceImage,
                ...(ownerAlias ? { imageOwnerAlias: ownerAlias } : {}),
                ...(c.skipImageValidation ? { showExpired: true } : {}),
            })), { resource: `image ${c.sourceImage}`, signal });
            return (r.body?.images?.image ?? []).find((im) => im.imageId === c.sourceImage);
        };
        const image = (await find()) ?? (await find("marketplace"));
        if (!image)
            throw new Error(`No alicloud image was found matching filters: ${c.sourceImage}`);
        ctx.sourceImage = image;
        ctx.sourceImageId = image.imageId;
        ctx.ui.message(`Found image ID: ${image.imageId}`);
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/stop-instance.ts
/**
 * Step 11, stop the instance (Packer's stepStopAlicloudInstance): StopInstance (forced with
 * `force_stop_instance`) unless `disable_stop_instance`; then, always, wait for Stopped.
 */



const stopInstance = {
    name: "stop instance",
    async run(ctx, signal) {
        const { config: c, cloud } = ctx;
        const id = ctx.instanceId;
        if (!id)
            throw new Error("No instance to stop");
        if (!c.disableStopInstance) {
            ctx.ui.say("Stopping instance: " + id);
            await cloud.ecs("StopInstance", (e) => e.stopInstance(new client.StopInstanceRequest({
                instanceId: id,
                ...(c.forceStopInstance ? { forceStop: true } : {}),
            })), { resource: `instance ${id}`, retryCodes: ["IncorrectInstanceStatus"], signal });
        }
        ctx.ui.say("Waiting instance stopped: " + id);
        await waitForInstance(cloud, id, "Stopped", { signal, ui: ctx.ui }).catch((err) => {
            throw new Error(`Error waiting for alicloud instance to stop: ${messageOf(err)}`, { cause: err });
        });
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/steps/tag-snapshots.ts
/**
 * Step 15, tags on the image's snapshots (Packer's stepCreateTags; the image got its tags in
 * CreateImage): one TagResources call for all snapshots, where Packer calls AddTags per snapshot.
 */


const tagSnapshots = {
    name: "tag snapshots",
    async run(ctx, signal) {
        const { config: c } = ctx;
        if (Object.keys(c.tags).length === 0 || ctx.imageSnapshotIds.length === 0)
            return SKIPPED;
        ctx.ui.say(`Adding tags(${JSON.stringify(c.tags)}) to the image's snapshots`);
        await tagResources(ctx.cloud, "snapshot", ctx.imageSnapshotIds, c.tags, { signal });
    },
};

;// CONCATENATED MODULE: ./src/builders/alicloud-ecs/builder.ts























/** The steps of a build, in order. */
const ALICLOUD_STEPS = [
    preValidate,
    sourceImage,
    keyPair,
    vpc,
    vswitch,
    securityGroup,
    instance,
    address,
    connect,
    provision,
    clearTemporaryKeys,
    stopInstance,
    deleteImages,
    systemSnapshot,
    createImage,
    tagSnapshots,
    copyImages,
    shareImage,
    keepArtifact,
];
/** Which `image_disk_mappings[i]` entries set `disk_delete_with_instance` explicitly. */
function explicitDeleteWithInstance(builderNode) {
    if (builderNode.kind !== "object")
        return [];
    const list = builderNode.members.find((m) => m.key === "image_disk_mappings")?.value;
    if (list?.kind !== "array")
        return [];
    return list.items.map((item) => item.kind === "object" && item.members.some((m) => m.key === "disk_delete_with_instance"));
}
/** Runs one prepared `alicloud-ecs` build; never throws for a failed build (see `status`). */
async function runAlicloudBuild(prepared, opts) {
    const config = prepared.builder.config;
    const ledger = opts.ledger ?? new ResourceLedger({ build: prepared.name });
    const ctx = {
        ui: opts.ui,
        ledger,
        buildName: prepared.name,
        config,
        cloud: opts.cloud,
        runId: opts.runId,
        cwd: opts.cwd ?? process.cwd(),
        resourceTags: runTags(opts.runId, prepared.name),
        dataDiskDeleteExplicit: explicitDeleteWithInstance(prepared.build.builder.config),
        provisioners: prepared.provisioners,
        errorCleanupProvisioner: prepared.errorCleanupProvisioner,
        secrets: [...(opts.secrets ?? [])],
        mask(secret) {
            // The whole value, and each long line of it (a key printed line by line stays hidden).
            for (const part of [secret, ...secret.split("\n").filter((l) => l.trim().length >= 16)]) {
                if (!ctx.secrets.includes(part))
                    ctx.secrets.push(part);
                opts.mask?.(part);
            }
        },
        connect: opts.connect,
        provision: opts.provision,
        provisionErrorCleanup: opts.provisionErrorCleanup,
        provisionerOutcomes: [],
        imageSnapshotIds: [],
        images: {},
    };
    const run = await runSteps(ALICLOUD_STEPS, ctx, {
        signal: opts.signal,
        onError: opts.onError,
        abortGraceMs: opts.abortGraceMs,
    });
    const images = run.status === "succeeded" ? { ...ctx.images } : {};
    return {
        name: prepared.name,
        status: run.status,
        ...(run.error !== undefined ? { error: run.error } : {}),
        ...(run.failedStep ? { failedStep: run.failedStep } : {}),
        ...(Object.keys(images).length > 0 ? { artifact: new AlicloudArtifact(images) } : {}),
        region: config.region,
        images,
        sourceImage: ctx.sourceImageId ?? (config.sourceImage || undefined),
        instanceType: config.instanceType,
        zoneId: ctx.zoneId,
        instanceId: ctx.instanceId,
        steps: run.steps,
        calls: opts.cloud.stats.byAction(),
        provisioners: ctx.provisionerOutcomes,
        cleanupErrors: run.cleanupErrors,
        leftBehind: run.leftBehind,
        durationMs: run.durationMs,
    };
}

;// CONCATENATED MODULE: ./src/cloud/accounting.ts
/** Call accounting: every API call counted per action, with its retries and latency (for the summary and benches). */
/** Accumulates per-action counters; one instance per run (shared by every region's clients). */
class CallStats {
    map = new Map();
    entry(product, action) {
        const k = `${product}:${action}`;
        let s = this.map.get(k);
        if (!s) {
            s = {
                product,
                action,
                calls: 0,
                attempts: 0,
                retries: 0,
                failures: 0,
                errors: {},
                totalLatencyMs: 0,
                maxLatencyMs: 0,
            };
            this.map.set(k, s);
        }
        return s;
    }
    /** Records one HTTP request of a call (`code` when it failed). */
    recordAttempt(product, action, latencyMs, code) {
        const s = this.entry(product, action);
        s.attempts++;
        s.totalLatencyMs += latencyMs;
        s.maxLatencyMs = Math.max(s.maxLatencyMs, latencyMs);
        if (code !== undefined)
            s.errors[code] = (s.errors[code] ?? 0) + 1;
        s.retries = Math.max(0, s.attempts - s.calls);
    }
    /** Records the start of a logical call. */
    recordCall(product, action) {
        const s = this.entry(product, action);
        s.calls++;
        s.retries = Math.max(0, s.attempts - s.calls);
    }
    /** Records that a logical call finally failed. */
    recordFailure(product, action) {
        this.entry(product, action).failures++;
    }
    /** Counters of one action (zeros when never called). */
    get(action, product) {
        for (const s of this.map.values())
            if (s.action === action && (!product || s.product === product))
                return { ...s, errors: { ...s.errors } };
        return {
            product: product ?? "",
            action,
            calls: 0,
            attempts: 0,
            retries: 0,
            failures: 0,
            errors: {},
            totalLatencyMs: 0,
            maxLatencyMs: 0,
        };
    }
    /** Every action's counters, sorted by product then action. */
    byAction() {
        return [...this.map.values()]
            .map((s) => ({ ...s, errors: { ...s.errors } }))
            .sort((a, b) => (a.product + a.action).localeCompare(b.product + b.action));
    }
    /** Totals over every action. */
    totals() {
        const t = { calls: 0, attempts: 0, retries: 0, failures: 0, totalLatencyMs: 0 };
        for (const s of this.map.values()) {
            t.calls += s.calls;
            t.attempts += s.attempts;
            t.retries += s.retries;
            t.failures += s.failures;
            t.totalLatencyMs += s.totalLatencyMs;
        }
        return t;
    }
}

// EXTERNAL MODULE: ./node_modules/@alicloud/openapi-core/dist/client.js
var openapi_core_dist_client = __webpack_require__(69764);
;// CONCATENATED MODULE: ./src/cloud/endpoints.ts
/**
 * Endpoint overrides per product: explicit options (action inputs) win over the environment
 * (`IMAGE_BUILD_ECS_ENDPOINT`, `IMAGE_BUILD_VPC_ENDPOINT`, `IMAGE_BUILD_ENDPOINT_PROTOCOL`, as the
 * emulator prints them), which wins over the template's `custom_endpoint_ecs`. Without an override
 * the SDK resolves the public endpoint of the region.
 */
/** Splits `https://host:port/` into `{ host: "host:port", protocol: "https" }`; throws on a path or junk. */
function parseEndpoint(value, what) {
    const v = value.trim();
    const m = /^(?:(https?):\/\/)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(v);
    if (!m)
        throw new Error(`${what}: "${value}" is not an endpoint (expected host[:port], optionally with http:// or https://)`);
    const host = m[3] ? `${m[2]}:${m[3]}` : m[2];
    return m[1] ? { host, protocol: m[1] } : { host };
}
function protocolOf(value, what) {
    if (value === undefined || value === "")
        return undefined;
    const v = value.trim().toLowerCase();
    if (v === "http" || v === "https")
        return v;
    throw new Error(`${what}: "${value}" is not a protocol (expected http or https)`);
}
/** Resolves the endpoint overrides from options, environment and template. */
function resolveEndpoints(src = {}) {
    const env = src.env ?? process.env;
    const out = {};
    const pick = (product, candidates) => {
        for (const [value, what] of candidates) {
            if (value === undefined || value.trim() === "")
                continue;
            const p = parseEndpoint(value, what);
            out[product] = p.host;
            if (p.protocol && !out.protocol)
                out.protocol = p.protocol;
            return;
        }
    };
    out.protocol =
        protocolOf(src.endpoints?.protocol, "endpoint protocol") ??
            protocolOf(env.IMAGE_BUILD_ENDPOINT_PROTOCOL, "IMAGE_BUILD_ENDPOINT_PROTOCOL");
    pick("ecs", [
        [src.endpoints?.ecs, "ECS endpoint"],
        [env.IMAGE_BUILD_ECS_ENDPOINT, "IMAGE_BUILD_ECS_ENDPOINT"],
        [src.customEndpointEcs, "custom_endpoint_ecs"],
    ]);
    pick("vpc", [
        [src.endpoints?.vpc, "VPC endpoint"],
        [env.IMAGE_BUILD_VPC_ENDPOINT, "IMAGE_BUILD_VPC_ENDPOINT"],
    ]);
    if (out.protocol === undefined)
        delete out.protocol;
    return out;
}

;// CONCATENATED MODULE: ./src/cloud/clients.ts
/**
 * ECS and VPC clients from the official SDKs, pointed at the region (or the endpoint overrides),
 * with timeouts long enough for the slow calls (the SDK's 3 s default fails RunInstances and
 * CreateImage under load; its connect timeout doubles as the socket idle timeout).
 */




// The SDKs are CommonJS: the class is the module's default export, or the module itself once bundled.
const EcsClientClass = ((client_default())["default"] ?? (client_default()));
const VpcClientClass = ((dist_client_default())["default"] ?? (dist_client_default()));
/** Default timeout (ms) of one HTTP request (the SDK's own default, 3 s, is too short for some calls). */
const DEFAULT_TIMEOUTS = { readTimeoutMs: 30_000 };
function sdkConfig(opts, endpoint, protocol) {
    return new openapi_core_dist_client.$OpenApiUtil.Config({
        credential: opts.credential,
        regionId: opts.region,
        ...(endpoint ? { endpoint } : {}),
        ...(protocol ? { protocol } : {}),
        readTimeout: opts.readTimeoutMs ?? DEFAULT_TIMEOUTS.readTimeoutMs,
        // The SDK's HTTP layer uses the connect timeout as the socket idle timeout, so by default it
        // equals the read timeout (a shorter one would cut slow answers at that length).
        connectTimeout: opts.connectTimeoutMs ?? opts.readTimeoutMs ?? DEFAULT_TIMEOUTS.readTimeoutMs,
        userAgent: opts.userAgent ?? "image-build",
    });
}
/** Creates the ECS and VPC clients of a region; throws a readable Error on a malformed endpoint. */
function createClients(opts) {
    if (!opts.region)
        throw new Error("a region is required to create the cloud clients");
    const endpoints = resolveEndpoints({
        endpoints: opts.endpoints,
        env: opts.env,
        customEndpointEcs: opts.customEndpointEcs,
    });
    return {
        ecs: new EcsClientClass(sdkConfig(opts, endpoints.ecs, endpoints.protocol)),
        vpc: new VpcClientClass(sdkConfig(opts, endpoints.vpc, endpoints.protocol)),
        region: opts.region,
        endpoints,
    };
}

;// CONCATENATED MODULE: ./src/cloud/retry.ts


/** Defaults: 8 tries, 0.5 s → 20 s full jitter, at most 2 minutes. */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 8,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxElapsedMs: 120_000,
};
/** Full jitter: uniform in [0, min(cap, base·2^(retry−1))] (`retry` counts from 1). */
function backoffDelay(retry, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}
function raceAbort(p, signal) {
    if (signal.aborted)
        return Promise.reject(abortReason(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortReason(signal));
        signal.addEventListener("abort", onAbort, { once: true });
        p.then((v) => {
            signal.removeEventListener("abort", onAbort);
            resolve(v);
        }, (e) => {
            signal.removeEventListener("abort", onAbort);
            reject(e);
        });
    });
}
/** Runs `fn` under the retry policy; resolves with its value or rejects with a `CloudError` (or the abort reason). */
async function retryCall(fn, opts) {
    const policy = { ...DEFAULT_RETRY_POLICY, ...opts.policy };
    const clock = opts.clock ?? systemClock;
    const random = opts.random ?? Math.random;
    const noRetry = new Set(opts.noRetryCodes ?? []);
    const started = clock.now();
    opts.stats?.recordCall(opts.product, opts.action);
    for (let attempt = 1;; attempt++) {
        if (opts.signal?.aborted)
            throw abortReason(opts.signal);
        const t0 = clock.now();
        try {
            const pending = fn({ attempt, clientToken: opts.clientToken });
            const value = await (opts.abandonOnAbort && opts.signal ? raceAbort(pending, opts.signal) : pending);
            opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0);
            return value;
        }
        catch (err) {
            if (opts.signal?.aborted) {
                opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0, "Aborted");
                opts.stats?.recordFailure(opts.product, opts.action);
                throw abortReason(opts.signal);
            }
            const f = sdkErrorFields(err);
            const code = f.code ?? f.name ?? "Error";
            opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0, code);
            let cls = classifyError(err, opts.retryCodes);
            if (noRetry.has(code))
                cls = "permanent";
            const call = {
                product: opts.product,
                action: opts.action,
                resource: opts.resource,
                attempts: attempt,
            };
            const fail = () => {
                opts.stats?.recordFailure(opts.product, opts.action);
                throw err instanceof CloudError ? err : new CloudError(err, call, cls);
            };
            if (cls === "permanent" || attempt >= policy.maxAttempts)
                fail();
            let delayMs = backoffDelay(attempt, policy, random);
            if (f.retryAfterMs !== undefined)
                delayMs = Math.max(delayMs, Math.min(f.retryAfterMs, policy.maxDelayMs));
            if (clock.now() - started + delayMs > policy.maxElapsedMs)
                fail();
            opts.onRetry?.({ attempt, delayMs, errorClass: cls, code, error: err });
            try {
                await clock.sleep(delayMs, opts.signal);
            }
            catch (abortErr) {
                opts.stats?.recordFailure(opts.product, opts.action);
                throw abortErr;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/cloud/cloud.ts
/**
 * `Cloud`: the clients of one region behind the retry policy and the call accounting. Every API
 * call of a build goes through `cloud.ecs(...)` or `cloud.vpc(...)`; create calls receive a
 * `ClientToken` that stays the same across retries, so a retry cannot create twice.
 */





const READ_ONLY = /^(Describe|List|Get|Query|Check)/;
/** `describeImages` → `DescribeImages`. */
function actionOf(method) {
    return method.charAt(0).toUpperCase() + method.slice(1);
}
/** Puts the call's ClientToken in a request whose model has a `clientToken` field left unset. */
function withClientToken(request, token) {
    const model = request;
    if (model.clientToken === undefined && typeof model.constructor?.names === "function") {
        if ("clientToken" in model.constructor.names())
            model.clientToken = token;
    }
    return request;
}
/** The cloud of one region: `ecs()`/`vpc()` calls with retries, accounting and ClientTokens. */
class Cloud {
    opts;
    region;
    clients;
    stats;
    regions;
    /** `regions` is internal: the clouds of every region made with `forRegion`. */
    constructor(opts, regions) {
        this.opts = opts;
        this.clients = opts.clients ?? createClients(opts);
        this.region = this.clients.region;
        this.stats = opts.stats ?? new CallStats();
        this.regions = regions ?? new Map();
        this.regions.set(this.region, this);
    }
    /** The same cloud in another region (same credential, endpoints, policy and accounting). */
    forRegion(region) {
        return (this.regions.get(region) ??
            new Cloud({ ...this.opts, region, stats: this.stats, clients: undefined }, this.regions));
    }
    /**
     * Calls ECS: `cloud.ecs("DescribeImages", (c) => c.describeImages(req))`. For create calls, put
     * `a.clientToken` in the request: it is the same on every retry of this call.
     */
    ecs(action, fn, opts = {}) {
        return this.call("Ecs", action, (a) => fn(this.clients.ecs, a), opts);
    }
    /** Calls VPC (VPCs, vSwitches, EIPs), as `ecs()`. */
    vpc(action, fn, opts = {}) {
        return this.call("Vpc", action, (a) => fn(this.clients.vpc, a), opts);
    }
    /**
     * Calls an ECS client method by name: `cloud.ecsRequest("createImage", new CreateImageRequest({…}))`.
     * The action is the method's name (`CreateImage`); a request model with a `clientToken` field
     * gets the call's ClientToken (the same on every retry) unless it carries one.
     */
    ecsRequest(method, request, opts = {}) {
        return this.call("Ecs", actionOf(method), (a) => this.invoke(this.clients.ecs, method, request, a), opts);
    }
    /** Calls a VPC client method by name, as `ecsRequest`. */
    vpcRequest(method, request, opts = {}) {
        return this.call("Vpc", actionOf(method), (a) => this.invoke(this.clients.vpc, method, request, a), opts);
    }
    invoke(client, method, request, a) {
        const fn = client[method];
        if (typeof fn !== "function")
            throw new TypeError(`the SDK client has no method ${method}`);
        return fn.call(client, withClientToken(request, a.clientToken));
    }
    /** Any call under the retry policy and accounting. */
    call(product, action, fn, opts = {}) {
        const ui = this.opts.ui;
        return retryCall(fn, {
            product,
            action,
            resource: opts.resource,
            retryCodes: opts.retryCodes,
            noRetryCodes: opts.noRetryCodes,
            policy: { ...this.opts.policy, ...opts.policy },
            signal: opts.signal,
            clock: this.opts.clock ?? systemClock,
            random: this.opts.random,
            stats: this.stats,
            clientToken: (this.opts.newToken ?? external_node_crypto_.randomUUID)(),
            abandonOnAbort: READ_ONLY.test(action),
            onRetry: ui
                ? ({ attempt, delayMs, code }) => ui.message(`${action}${opts.resource ? ` (${opts.resource})` : ""}: ${code}, retrying in ${(delayMs / 1000).toFixed(1)}s (attempt ${attempt + 1})`)
                : undefined,
        });
    }
}

// EXTERNAL MODULE: ./node_modules/@alicloud/credentials/dist/src/client.js
var src_client = __webpack_require__(80477);
var src_client_default = /*#__PURE__*/__webpack_require__.n(src_client);
;// CONCATENATED MODULE: ./src/credentials/errors.ts
/**
 * Errors of credential resolution. `CredentialsError` is a user-facing message (no stack needed);
 * `CloudApiError` carries an STS or metadata answer's code, message, HTTP status and request id.
 */
/** A configuration or resolution failure whose message tells the user what to change. */
class CredentialsError extends Error {
    constructor(message) {
        super(message);
        this.name = "CredentialsError";
    }
}
/** An error answer from STS (or the metadata service). */
class CloudApiError extends Error {
    code;
    apiMessage;
    httpStatus;
    requestId;
    action;
    constructor(opts) {
        super(`${opts.action} failed: ${opts.code}: ${opts.message}${opts.requestId ? ` (request id ${opts.requestId})` : ""}`);
        this.name = "CloudApiError";
        this.code = opts.code;
        this.apiMessage = opts.message;
        this.httpStatus = opts.httpStatus;
        this.requestId = opts.requestId;
        this.action = opts.action;
    }
}
/** A connection-level failure (refused, reset, timed out, DNS). Always worth a retry. */
class NetworkError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.name = "NetworkError";
        this.code = code;
    }
}
const THROTTLING = /^(Throttling|ServiceUnavailable|InternalError|SystemBusy|ServiceBusy|RequestTimeout)/i;
/** Whether an STS/metadata/getIDToken failure is transient: throttling, 5xx, network errors. */
function isRetryable(err) {
    // A certificate the client does not trust will not be trusted on the next attempt either.
    if (err instanceof NetworkError)
        return !/CERT|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(err.code ?? "");
    if (err instanceof CloudApiError)
        return err.httpStatus >= 500 || err.httpStatus === 429 || THROTTLING.test(err.code);
    return false;
}
/**
 * Replaces every known secret in a text (longest first) with `***`, also in its percent-encoded
 * forms (an API's string to sign quotes parameters encoded once or twice).
 */
function scrub(text, secrets) {
    const forms = new Set();
    for (const s of secrets) {
        if (s.length < 4)
            continue;
        const once = encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
        for (const f of [s, once, encodeURIComponent(once)])
            forms.add(f);
    }
    const list = [...forms].sort((a, b) => b.length - a.length);
    let out = text;
    for (const s of list)
        out = out.split(s).join("***");
    return out;
}

;// CONCATENATED MODULE: ./src/credentials/endpoints.ts
/**
 * Where STS and the instance metadata service are reached: region-specific STS by default
 * (`sts.<region>.aliyuncs.com`), the VPC endpoint on request, or an explicit override (the
 * `sts-endpoint` input, `IMAGE_BUILD_STS_ENDPOINT` as the emulator prints it); the metadata
 * service at `100.100.100.200` unless `IMAGE_BUILD_METADATA_ENDPOINT` says otherwise.
 */

/** The ECS metadata address. */
const DEFAULT_METADATA_HOST = "100.100.100.200";
function toUrl(value, protocol, what) {
    const withScheme = /^[a-z]+:\/\//i.test(value) ? value : `${protocol}://${value}`;
    let url;
    try {
        url = new URL(withScheme);
    }
    catch {
        throw new CredentialsError(`${what} '${value}' is not a host[:port] or URL`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
        throw new CredentialsError(`${what} '${value}' must use http or https`);
    return `${url.protocol}//${url.host}`;
}
function endpoints_protocolOf(env) {
    const p = (env.IMAGE_BUILD_ENDPOINT_PROTOCOL || "https").toLowerCase();
    if (p !== "http" && p !== "https")
        throw new CredentialsError(`IMAGE_BUILD_ENDPOINT_PROTOCOL must be http or https, got '${p}'`);
    return p;
}
/**
 * The STS endpoint. Order: `override` (the `sts-endpoint` input: `host[:port]`, a URL, or `vpc`),
 * `IMAGE_BUILD_STS_ENDPOINT`, `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true`, a profile's
 * `sts_endpoint`, then `sts.<region>.aliyuncs.com` (`sts.aliyuncs.com` without a region).
 * A bare host uses `IMAGE_BUILD_ENDPOINT_PROTOCOL` (default https).
 */
function resolveStsEndpoint(opts) {
    const { env } = opts;
    const region = opts.profileRegion || opts.region;
    const vpc = (what) => {
        if (!region)
            throw new CredentialsError(`${what}: the STS VPC endpoint needs a region`);
        return { url: `https://sts-vpc.${region}.aliyuncs.com`, source: what };
    };
    const override = opts.override?.trim();
    if (override) {
        if (override.toLowerCase() === "vpc")
            return vpc("input sts-endpoint");
        return { url: toUrl(override, endpoints_protocolOf(env), "Input 'sts-endpoint'"), source: "input sts-endpoint" };
    }
    const fromEnv = env.IMAGE_BUILD_STS_ENDPOINT?.trim();
    if (fromEnv)
        return {
            url: toUrl(fromEnv, endpoints_protocolOf(env), "IMAGE_BUILD_STS_ENDPOINT"),
            source: "IMAGE_BUILD_STS_ENDPOINT",
        };
    if (env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED?.toLowerCase() === "true")
        return vpc("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
    if (opts.profileEndpoint)
        return {
            url: toUrl(opts.profileEndpoint, "https", "profile sts_endpoint"),
            source: "profile sts_endpoint",
        };
    if (region)
        return { url: `https://sts.${region}.aliyuncs.com`, source: `region ${region}` };
    return { url: "https://sts.aliyuncs.com", source: "default" };
}
/** The metadata service base URL: `override`, `IMAGE_BUILD_METADATA_ENDPOINT`, else `http://100.100.100.200`. */
function resolveMetadataEndpoint(opts) {
    const override = opts.override?.trim();
    if (override)
        return { url: toUrl(override, "http", "metadata endpoint"), source: "option" };
    const fromEnv = opts.env.IMAGE_BUILD_METADATA_ENDPOINT?.trim();
    if (fromEnv)
        return {
            url: toUrl(fromEnv, "http", "IMAGE_BUILD_METADATA_ENDPOINT"),
            source: "IMAGE_BUILD_METADATA_ENDPOINT",
        };
    return { url: `http://${DEFAULT_METADATA_HOST}`, source: "default" };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/credentials/http.ts
/**
 * One small HTTP(S) request helper for STS and the metadata service: a whole-request timeout,
 * an optional CA, and connection failures turned into {@link NetworkError}.
 */




/** Sends one request; rejects with {@link NetworkError} on connection errors and timeouts. */
function httpRequest(req) {
    const url = new URL(req.url);
    const secure = url.protocol === "https:";
    const lib = secure ? (external_node_https_default()) : (external_node_http_default());
    const headers = { ...req.headers };
    if (req.body !== undefined)
        headers["content-length"] = String(Buffer.byteLength(req.body));
    return new Promise((resolve, reject) => {
        let done = false;
        const fail = (err) => {
            if (done)
                return;
            done = true;
            reject(err);
        };
        const r = lib.request(url, {
            method: req.method,
            headers,
            agent: false,
            // An extra CA is added to Node's bundled roots rather than replacing them.
            ...(secure && req.ca ? { ca: [...(external_node_tls_default()).rootCertificates, req.ca] } : {}),
        }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("error", (e) => fail(new NetworkError(`${req.method} ${url.host}: ${e.message}`)));
            res.on("end", () => {
                if (done)
                    return;
                done = true;
                clearTimeout(timer);
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString("utf8"),
                });
            });
        });
        const timer = setTimeout(() => {
            r.destroy();
            fail(new NetworkError(`${req.method} ${url.host}${url.pathname}: timed out after ${req.timeoutMs} ms`, "ETIMEDOUT"));
        }, req.timeoutMs);
        r.on("error", (e) => {
            clearTimeout(timer);
            fail(new NetworkError(`${req.method} ${url.host}${url.pathname}: ${e.message}`, e.code));
        });
        if (req.body !== undefined)
            r.write(req.body);
        r.end();
    });
}

;// CONCATENATED MODULE: ./src/credentials/retry.ts
/**
 * Retries with capped exponential backoff and full jitter (delay = random(0, min(cap, base·2^n))),
 * for STS, the metadata service and GitHub's ID token endpoint. Permanent errors end at once.
 */

/** Runs `fn` (given the attempt number, 1-based) until it succeeds, a permanent error, or the attempts run out. */
async function withRetry(fn, opts = {}) {
    const attempts = Math.max(1, opts.attempts ?? 5);
    const base = opts.baseDelayMs ?? 250;
    const cap = opts.maxDelayMs ?? 8000;
    const retryable = opts.retryable ?? isRetryable;
    const random = opts.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= attempts || !retryable(err))
                throw err;
            const delay = Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
            opts.onRetry?.(attempt, err, delay);
            await new Promise((r) => setTimeout(r, delay));
        }
    }
}

;// CONCATENATED MODULE: ./src/credentials/imds.ts
/**
 * A client of the ECS instance metadata service for RAM role credentials: IMDSv2 (a session token
 * from `PUT /latest/api/token`) with a fallback to IMDSv1 when the token cannot be had, at a
 * configurable address (`IMAGE_BUILD_METADATA_ENDPOINT`; `@alicloud/credentials` hard-codes
 * 100.100.100.200). Transient failures are retried; credentials are masked as soon as read.
 */



const CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
const TOKEN_TTL = "21600";
/** Reads RAM role credentials from the metadata service. */
class ImdsClient {
    opts;
    endpoint;
    constructor(opts) {
        this.opts = opts;
        this.endpoint = opts.endpoint.replace(/\/+$/, "");
    }
    get timeoutMs() {
        return this.opts.timeoutMs ?? 2000;
    }
    /** An IMDSv2 session token, or undefined when the service does not give one and v1 is allowed. */
    async sessionToken() {
        let why;
        try {
            const res = await httpRequest({
                method: "PUT",
                url: `${this.endpoint}/latest/api/token`,
                headers: { "x-aliyun-ecs-metadata-token-ttl-seconds": TOKEN_TTL },
                timeoutMs: this.timeoutMs,
            });
            if (res.status === 200 && res.body.trim() !== "") {
                const token = res.body.trim();
                this.opts.mask?.(token);
                return token;
            }
            why = `HTTP ${res.status}`;
        }
        catch (err) {
            // Unreachable altogether: nothing to fall back to.
            if (err instanceof NetworkError && err.code !== "ETIMEDOUT")
                throw err;
            why = err instanceof Error ? err.message : String(err);
        }
        if (this.opts.disableV1)
            throw new CredentialsError(`the metadata service at ${this.endpoint} gave no IMDSv2 token (${why}) and IMDSv1 is disabled`);
        this.opts.log?.debug?.(`metadata service: no IMDSv2 token (${why}); using IMDSv1`);
        return undefined;
    }
    async get(path, token) {
        const res = await httpRequest({
            method: "GET",
            url: `${this.endpoint}${path}`,
            headers: token ? { "x-aliyun-ecs-metadata-token": token } : {},
            timeoutMs: this.timeoutMs,
        });
        if (res.status !== 200)
            throw new CloudApiError({
                action: `metadata GET ${path}`,
                code: res.status === 404 ? "NotFound" : `HTTP${res.status}`,
                message: res.body.trim().slice(0, 200) || `HTTP ${res.status}`,
                httpStatus: res.status,
            });
        return res.body;
    }
    retrying(what, fn) {
        return withRetry(fn, {
            ...this.opts.retry,
            onRetry: (attempt, err, delay) => {
                this.opts.log?.warning?.(`${what} attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`);
                this.opts.retry?.onRetry?.(attempt, err, delay);
            },
        });
    }
    /** The RAM role attached to this instance. */
    async roleName() {
        return this.retrying("metadata role name", async () => {
            const name = (await this.get(CREDENTIALS_PATH, await this.sessionToken())).trim();
            if (!name)
                throw new CredentialsError(`the metadata service at ${this.endpoint} lists no RAM role`);
            return name;
        });
    }
    /** Temporary credentials of `role`. */
    async credentials(role) {
        return this.retrying(`metadata credentials of ${role}`, async () => {
            const text = await this.get(`${CREDENTIALS_PATH}${encodeURIComponent(role)}`, await this.sessionToken());
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new CredentialsError(`the metadata service answered credentials of ${role} that are not JSON`);
            }
            const { AccessKeyId: id, AccessKeySecret: secret, SecurityToken: token, Expiration: exp } = body;
            if (typeof id !== "string" || typeof secret !== "string" || typeof token !== "string")
                throw new CredentialsError(`the metadata service answered credentials of ${role} without keys`);
            for (const s of [id, secret, token])
                this.opts.mask?.(s);
            if (body.Code !== undefined && body.Code !== "Success")
                throw new CredentialsError(`the metadata service answered Code '${String(body.Code)}' for ${role}`);
            const expiration = new Date(String(exp));
            if (Number.isNaN(expiration.getTime()))
                throw new CredentialsError(`the metadata service answered an unreadable Expiration for ${role}`);
            return { accessKeyId: id, accessKeySecret: secret, securityToken: token, expiration };
        });
    }
}

;// CONCATENATED MODULE: ./src/credentials/refreshing.ts
/** A `@alicloud/credentials`-compatible provider that refreshes temporary keys before they expire. */
class RefreshingProvider {
    current;
    inflight;
    opts;
    /** How many times keys were fetched (the first time included). */
    fetches = 0;
    constructor(opts) {
        this.opts = opts;
    }
    now() {
        return (this.opts.now ?? Date.now)();
    }
    /** When keys fetched at `fetchedAt` should be fetched again (Infinity: never). */
    refreshAt(keys, fetchedAt) {
        if (!keys.expiration)
            return Number.POSITIVE_INFINITY;
        const exp = keys.expiration.getTime();
        const lifetime = Math.max(0, exp - fetchedAt);
        return exp - Math.min(this.opts.maxWindowMs ?? 15 * 60_000, lifetime / 2);
    }
    usable(keys) {
        return !keys.expiration || keys.expiration.getTime() - (this.opts.marginMs ?? 5000) > this.now();
    }
    refresh() {
        this.inflight ??= (async () => {
            try {
                const keys = await this.opts.fetch();
                this.fetches++;
                const fetchedAt = this.now();
                this.current = { keys, fetchedAt, refreshAt: this.refreshAt(keys, fetchedAt) };
                if (this.fetches > 1)
                    this.opts.log?.info(`Refreshed ${this.opts.name} credentials${keys.expiration ? `, valid until ${keys.expiration.toISOString()}` : ""}`);
                return keys;
            }
            finally {
                this.inflight = undefined;
            }
        })();
        return this.inflight;
    }
    /** Current keys, refreshed first when they are due. */
    async keys() {
        const cur = this.current;
        if (cur && this.now() < cur.refreshAt)
            return cur.keys;
        try {
            return await this.refresh();
        }
        catch (err) {
            if (cur && this.usable(cur.keys)) {
                // Try again after a short pause, not on every call.
                cur.refreshAt = Math.min(cur.keys.expiration?.getTime() ?? 0, this.now() + 10_000);
                this.opts.log?.warning?.(`Refreshing ${this.opts.name} credentials failed (${err instanceof Error ? err.message : String(err)}); using the current ones until ${cur.keys.expiration?.toISOString()}`);
                return cur.keys;
            }
            throw err;
        }
    }
    /** `CredentialsProvider.getCredentials()` of `@alicloud/credentials`. */
    async getCredentials() {
        const k = await this.keys();
        return { ...k, securityToken: k.securityToken ?? "", providerName: this.opts.name };
    }
    /** `CredentialsProvider.getProviderName()`. */
    getProviderName() {
        return this.opts.name;
    }
    /** When the current keys expire (undefined: long-lived or not fetched yet). */
    get expiration() {
        return this.current?.keys.expiration;
    }
}

;// CONCATENATED MODULE: ./src/credentials/providers.ts
/**
 * The building blocks every credential source is made of: fixed keys, AssumeRole on top of other
 * credentials, AssumeRoleWithOIDC with a token fetched (again) when needed, and an ECS instance
 * RAM role read from the metadata service. Each yields a {@link KeysFetcher} that the refreshing
 * provider calls whenever temporary keys are due.
 */


/** Fixed keys (AccessKey, or an STS token whose lifetime is unknown). */
function staticFetcher(keys) {
    return async () => keys;
}
/** The `exp` claim of a JWT (seconds), without verifying it; undefined when unreadable. */
function jwtExpiry(token) {
    try {
        const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
        return typeof claims.exp === "number" ? claims.exp : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * An OIDC token source that reuses a token while it has more than `minRemainingMs` left (default
 * 2 minutes) and fetches a new one otherwise. Every token is masked as soon as it is received.
 */
function cachedTokenSource(fetchToken, mask, opts = {}) {
    let cached;
    return async () => {
        const now = (opts.now ?? Date.now)();
        if (cached?.exp !== undefined && cached.exp * 1000 - now > (opts.minRemainingMs ?? 120_000))
            return cached.token;
        const token = (await fetchToken()).trim();
        mask(token);
        if (!token)
            throw new CredentialsError("the OIDC token is empty");
        cached = { token, exp: jwtExpiry(token) };
        return token;
    };
}
/** AssumeRole with the keys of `base` (cached and refreshed on their own). */
function assumeRoleFetcher(sts, base, params, opts) {
    const baseProvider = new RefreshingProvider({ name: opts.baseName, fetch: base, log: opts.log });
    return async () => (await sts.assumeRole(() => baseProvider.keys(), params)).keys;
}
/** AssumeRoleWithOIDC with a token from `token` (asked again on every call and retry). */
function oidcFetcher(sts, token, params, onAssumed) {
    return async () => {
        const r = await sts.assumeRoleWithOidc(() => token(), params);
        onAssumed?.({ arn: r.arn, subject: r.oidc?.subject });
        return r.keys;
    };
}
/** The ECS instance RAM role's keys from the metadata service (the attached role when `role` is empty). */
function ecsRamRoleFetcher(imds, role) {
    let name = role;
    return async () => {
        const client = imds();
        try {
            name ||= await client.roleName();
            return await client.credentials(name);
        }
        catch (err) {
            if (err instanceof NetworkError)
                throw new CredentialsError(`ECS instance RAM role${name ? ` ${name}` : ""}: the metadata service at ${client.endpoint} did not answer (${err.message}). It answers only on an ECS instance; elsewhere use another source, or point IMAGE_BUILD_METADATA_ENDPOINT at a stand-in`);
            throw err;
        }
    };
}

// EXTERNAL MODULE: ./src/template/duration.ts
var duration = __webpack_require__(95560);
;// CONCATENATED MODULE: ./src/credentials/validate.ts
/**
 * Checks of credential inputs made up front, before any request: role and OIDC provider ARNs,
 * session names, session durations, regions. Messages name the input and the expected form.
 */


const ROLE_ARN = /^acs:ram::\d{12,16}:role\/[A-Za-z0-9._@-]{1,64}$/;
const OIDC_PROVIDER_ARN = /^acs:ram::\d{12,16}:oidc-provider\/[A-Za-z0-9._-]{1,128}$/;
const SESSION_NAME = /^[\w.@-]{2,64}$/;
const REGION = /^[a-z0-9-]+$/;
/** Minimum and maximum STS session duration (s). */
const MIN_SESSION_SECONDS = 900;
const MAX_SESSION_SECONDS = 43200;
/** Throws unless `arn` is `acs:ram::<account id>:role/<name>`. */
function checkRoleArn(arn, what) {
    if (!ROLE_ARN.test(arn))
        throw new CredentialsError(`${what} '${arn}' is not a RAM role ARN: expected acs:ram::<12-16 digit account id>:role/<role name>, for example acs:ram::123456789012:role/image-builder`);
}
/** Throws unless `arn` is `acs:ram::<account id>:oidc-provider/<name>`. */
function checkOidcProviderArn(arn, what) {
    if (!OIDC_PROVIDER_ARN.test(arn))
        throw new CredentialsError(`${what} '${arn}' is not an OIDC provider ARN: expected acs:ram::<12-16 digit account id>:oidc-provider/<provider name>, for example acs:ram::123456789012:oidc-provider/github`);
}
/** Throws unless `name` is a valid STS RoleSessionName (2–64 characters of letters, digits, `_ . @ -`). */
function checkSessionName(name, what) {
    if (!SESSION_NAME.test(name))
        throw new CredentialsError(`${what} '${name}' is not a valid session name: use 2 to 64 characters from letters, digits and _ . @ -`);
}
/** Throws unless `region` looks like a region id (`cn-hangzhou`). */
function checkRegion(region, what) {
    if (!REGION.test(region))
        throw new CredentialsError(`${what} '${region}' is not a region id: expected lower-case letters, digits and '-', for example cn-hangzhou`);
}
/**
 * A session duration in seconds: a whole number of seconds (`3600`) or a Go duration (`1h`,
 * `90m`), from 900 s to 43200 s.
 */
function parseSessionDuration(text, what) {
    const t = text.trim();
    let seconds;
    if (/^\d+$/.test(t))
        seconds = Number(t);
    else {
        try {
            const ns = (0,duration/* parseGoDuration */.Qu)(t);
            if (ns % 1000000000n !== 0n)
                throw new duration/* DurationError */.N2("not whole seconds");
            seconds = Number(ns / 1000000000n);
        }
        catch {
            throw new CredentialsError(`${what} '${text}' is not a duration: use seconds (3600) or a duration such as 1h or 90m, from 15m to 12h`);
        }
    }
    if (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS)
        throw new CredentialsError(`${what} '${text}' is out of range: a session lasts from 900 s (15m) to 43200 s (12h)`);
    return seconds;
}
/** A session name from the run (`image-build-<run id>-<attempt>`), or the time, made valid. */
function defaultSessionName(env, now = Date.now()) {
    const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || "1"}` : String(now);
    return `image-build-${run}`.replace(/[^\w.@-]/g, "-").slice(0, 64);
}

;// CONCATENATED MODULE: ./src/credentials/profile.ts
/**
 * Aliyun CLI profiles (`~/.aliyun/config.json`, or the template's `shared_credentials_file`):
 * choosing the profile and turning its mode (AK, StsToken, RamRoleArn, EcsRamRole,
 * ChainableRamRoleArn, OIDC) into a credential source. Profile secrets are masked when read.
 */





/** The file path with `~` expanded; the default `<home>/.aliyun/config.json`. */
function profilePath(file, home) {
    if (!file)
        return (0,external_node_path_.join)(home, ".aliyun", "config.json");
    if (file === "~")
        return home;
    if (file.startsWith("~/"))
        return (0,external_node_path_.join)(home, file.slice(2));
    return file;
}
/** Reads the file; undefined when it does not exist; throws when it cannot be parsed. */
function readCliConfig(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (err) {
        if (err.code === "ENOENT")
            return undefined;
        throw new CredentialsError(`Cannot read the profile file ${path}: ${err.message}`);
    }
    let conf;
    try {
        conf = JSON.parse(text);
    }
    catch (err) {
        // The content is not echoed: it holds secrets.
        throw new CredentialsError(`The profile file ${path} is not valid JSON (${err.message.split("\n")[0]})`);
    }
    const profiles = conf?.profiles;
    if (!Array.isArray(profiles))
        throw new CredentialsError(`The profile file ${path} has no "profiles" list`);
    return { current: conf.current, profiles: profiles };
}
const SUPPORTED = ["AK", "StsToken", "RamRoleArn", "EcsRamRole", "ChainableRamRoleArn", "OIDC"];
function profile_duration(p) {
    // The CLI writes expired_seconds; the credentials package also reads duration_seconds (later wins).
    const raw = p.duration_seconds ?? p.expired_seconds;
    if (raw === undefined || raw === "" || Number(raw) === 0)
        return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < MIN_SESSION_SECONDS || n > MAX_SESSION_SECONDS)
        throw new CredentialsError(`Profile '${p.name}': session duration ${String(raw)} is not within 900..43200 seconds`);
    return n;
}
function need(p, path, ...fields) {
    const missing = fields.filter((f) => typeof p[f] !== "string" || p[f] === "");
    if (missing.length)
        throw new CredentialsError(`Profile '${p.name}' (mode ${p.mode}) in ${path} lacks ${missing.join(", ")}`);
}
/**
 * The source for profile `name` of `conf`. `sessionDefault` names role sessions the profile does
 * not name. Secrets are masked here, before anything else sees them.
 */
function profilePlan(conf, name, path, opts) {
    const p = conf.profiles.find((x) => x?.name === name);
    if (!p)
        throw new CredentialsError(`Profile '${name}' is not in ${path} (profiles there: ${conf.profiles.map((x) => x?.name).join(", ") || "none"})`);
    for (const k of ["access_key_id", "access_key_secret", "sts_token"])
        if (typeof p[k] === "string" && p[k])
            opts.mask(p[k]);
    const region = p.region_id ? { value: p.region_id, source: `profile '${name}' region_id` } : undefined;
    const label = `profile '${name}' (mode ${p.mode ?? "none"}) from ${path}`;
    const common = {
        description: label,
        region,
        stsEndpoint: p.sts_endpoint || undefined,
        stsRegion: p.sts_region || undefined,
    };
    switch (p.mode) {
        case "AK":
            need(p, path, "access_key_id", "access_key_secret");
            return {
                ...common,
                providerName: "cli_profile/static_ak",
                build: () => staticFetcher({ accessKeyId: p.access_key_id, accessKeySecret: p.access_key_secret }),
            };
        case "StsToken":
            need(p, path, "access_key_id", "access_key_secret", "sts_token");
            return {
                ...common,
                providerName: "cli_profile/static_sts",
                build: () => staticFetcher({
                    accessKeyId: p.access_key_id,
                    accessKeySecret: p.access_key_secret,
                    securityToken: p.sts_token,
                }),
            };
        case "RamRoleArn": {
            need(p, path, "access_key_id", "access_key_secret", "ram_role_arn");
            const durationSeconds = profile_duration(p);
            return {
                ...common,
                providerName: "cli_profile/ram_role_arn",
                build: (ctx) => assumeRoleFetcher(ctx.sts, staticFetcher({ accessKeyId: p.access_key_id, accessKeySecret: p.access_key_secret }), {
                    roleArn: p.ram_role_arn,
                    sessionName: p.ram_session_name || opts.sessionDefault,
                    durationSeconds,
                    externalId: p.external_id || undefined,
                }, { baseName: "cli_profile/static_ak", log: ctx.log }),
            };
        }
        case "EcsRamRole":
            return {
                ...common,
                providerName: "cli_profile/ecs_ram_role",
                build: (ctx) => ecsRamRoleFetcher(ctx.imds, p.ram_role_name || undefined),
            };
        case "OIDC": {
            need(p, path, "oidc_token_file", "oidc_provider_arn", "ram_role_arn");
            const durationSeconds = profile_duration(p);
            return {
                ...common,
                providerName: "cli_profile/oidc_role_arn",
                build: (ctx) => oidcFetcher(ctx.sts, 
                // The file is read again whenever a new session is needed (it is rotated by its owner).
                cachedTokenSource(async () => {
                    try {
                        return (0,external_node_fs_.readFileSync)(p.oidc_token_file, "utf8");
                    }
                    catch (err) {
                        throw new CredentialsError(`Profile '${name}': cannot read oidc_token_file ${p.oidc_token_file}: ${err.message}`);
                    }
                }, ctx.mask, { minRemainingMs: Number.POSITIVE_INFINITY }), {
                    roleArn: p.ram_role_arn,
                    providerArn: p.oidc_provider_arn,
                    sessionName: p.ram_session_name || opts.sessionDefault,
                    durationSeconds,
                }, ctx.onAssumed),
            };
        }
        case "ChainableRamRoleArn": {
            need(p, path, "source_profile", "ram_role_arn");
            const chain = [...(opts.chain ?? []), name];
            if (chain.includes(p.source_profile))
                throw new CredentialsError(`Profile '${name}': source_profile loop (${[...chain, p.source_profile].join(" -> ")})`);
            const source = profilePlan(conf, p.source_profile, path, { ...opts, chain });
            const durationSeconds = profile_duration(p);
            return {
                ...common,
                description: `${label}, on top of ${source.description}`,
                region: region ?? source.region,
                providerName: "cli_profile/chainable_ram_role_arn",
                build: (ctx) => assumeRoleFetcher(ctx.sts, source.build(ctx), {
                    roleArn: p.ram_role_arn,
                    sessionName: p.ram_session_name || opts.sessionDefault,
                    durationSeconds,
                    externalId: p.external_id || undefined,
                }, { baseName: source.providerName, log: ctx.log }),
            };
        }
        default:
            throw new CredentialsError(`Profile '${name}' in ${path} has mode '${p.mode ?? ""}', which image-build does not support (supported: ${SUPPORTED.join(", ")})`);
    }
}

;// CONCATENATED MODULE: ./src/credentials/region.ts
/**
 * The build's region and where it came from: input `region`, the template's `region`,
 * ALICLOUD_REGION, ALIBABA_CLOUD_REGION_ID, then the chosen profile's `region_id`.
 * (Packer lets a profile's region_id override the template's; image-build does not.)
 */


/** Resolves the region; throws naming every place it looked when there is none. */
function resolveRegion(opts) {
    const t = (s) => (s ?? "").trim();
    const envRegion = t(opts.env.ALICLOUD_REGION);
    const templateRegion = t(opts.template.region);
    const candidates = [
        [t(opts.inputs.region), "input region"],
        // The decoded template falls back to ALICLOUD_REGION itself; say so when that is where it came from.
        [templateRegion, templateRegion === envRegion ? "ALICLOUD_REGION" : "template region"],
        [envRegion, "ALICLOUD_REGION"],
        [t(opts.env.ALIBABA_CLOUD_REGION_ID), "ALIBABA_CLOUD_REGION_ID"],
        [t(opts.profileRegion?.value), opts.profileRegion?.source ?? "profile region_id"],
    ];
    const found = candidates.find(([value]) => value !== "");
    if (!found)
        throw new CredentialsError("No region: set the 'region' input, the template's 'region', ALICLOUD_REGION or ALIBABA_CLOUD_REGION_ID");
    checkRegion(found[0], found[1] === "input region" ? "Input 'region'" : `Region from ${found[1]}`);
    return { region: found[0], source: found[1] };
}

;// CONCATENATED MODULE: ./src/credentials/sts.ts
/**
 * A minimal STS (2015-04-01) client: AssumeRole and GetCallerIdentity signed with v1 HMAC-SHA1,
 * AssumeRoleWithOIDC anonymous, as the official SDKs send them (RPC style, form body). Every
 * call retries transient failures (throttling, 5xx, network) with backoff and jitter; permanent
 * errors surface at once with STS's code, message and request id. Returned secrets are masked
 * the moment they are parsed.
 */




const VERSION = "2015-04-01";
/** RFC 3986 percent-encoding as the v1 signature wants it. */
function percentEncode(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isoNow() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}
/** Signs `params` (v1, HMAC-SHA1) for `method`; returns the signature. */
function signV1(method, params, secret) {
    const canonical = Object.keys(params)
        .sort()
        .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)
        .join("&");
    const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
    return (0,external_node_crypto_.createHmac)("sha1", `${secret}&`).update(stringToSign).digest("base64");
}
/** Parses STS's `Expiration` (`2015-04-09T11:52:19Z`). */
function parseExpiration(text) {
    const d = typeof text === "string" ? new Date(text) : new Date(Number.NaN);
    if (Number.isNaN(d.getTime()))
        throw new Error(`STS returned an unreadable Expiration '${String(text)}'`);
    return d;
}
/** The STS client. */
class StsClient {
    endpoint;
    opts;
    constructor(opts) {
        this.opts = opts;
        this.endpoint = opts.endpoint.replace(/\/+$/, "");
    }
    /** One RPC call: signed with `keys` when given, anonymous otherwise. Single attempt. */
    async callOnce(action, business, keys) {
        const params = {
            Action: action,
            Version: VERSION,
            Format: "JSON",
            Timestamp: isoNow(),
        };
        for (const [k, v] of Object.entries(business))
            if (v !== undefined && v !== "")
                params[k] = v;
        if (keys) {
            params.AccessKeyId = keys.accessKeyId;
            params.SignatureMethod = "HMAC-SHA1";
            params.SignatureVersion = "1.0";
            params.SignatureNonce = (0,external_node_crypto_.randomBytes)(16).toString("hex");
            if (keys.securityToken)
                params.SecurityToken = keys.securityToken;
            params.Signature = signV1("POST", params, keys.accessKeySecret);
        }
        const body = Object.entries(params)
            .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
            .join("&");
        const res = await httpRequest({
            method: "POST",
            url: `${this.endpoint}/`,
            headers: {
                "content-type": "application/x-www-form-urlencoded",
                "x-acs-action": action,
                "x-acs-version": VERSION,
                "user-agent": "image-build",
            },
            body,
            timeoutMs: this.opts.timeoutMs ?? 10_000,
            ca: this.opts.ca,
        });
        let json;
        try {
            const parsed = JSON.parse(res.body);
            if (parsed && typeof parsed === "object")
                json = parsed;
        }
        catch {
            json = undefined;
        }
        if (res.status !== 200 || !json) {
            throw new CloudApiError({
                action,
                code: typeof json?.Code === "string" ? json.Code : `HTTP${res.status}`,
                message: typeof json?.Message === "string"
                    ? json.Message
                    : `unexpected answer from ${this.endpoint} (HTTP ${res.status})`,
                httpStatus: res.status,
                requestId: typeof json?.RequestId === "string" ? json.RequestId : undefined,
            });
        }
        return json;
    }
    call(action, business, keys) {
        return withRetry(async () => this.callOnce(action, await business(), await keys?.()), {
            ...this.opts.retry,
            onRetry: (attempt, err, delay) => {
                this.opts.log?.warning?.(`${action} attempt ${attempt} failed (${err instanceof Error ? err.message : String(err)}); retrying in ${delay} ms`);
                this.opts.retry?.onRetry?.(attempt, err, delay);
            },
        });
    }
    assumed(json, action) {
        const c = json.Credentials;
        if (!c ||
            typeof c.AccessKeyId !== "string" ||
            typeof c.AccessKeySecret !== "string" ||
            typeof c.SecurityToken !== "string")
            throw new Error(`${action}: STS answered without Credentials`);
        for (const s of [c.AccessKeyId, c.AccessKeySecret, c.SecurityToken])
            this.opts.mask?.(s);
        const user = json.AssumedRoleUser;
        const info = json.OIDCTokenInfo;
        return {
            keys: {
                accessKeyId: c.AccessKeyId,
                accessKeySecret: c.AccessKeySecret,
                securityToken: c.SecurityToken,
                expiration: parseExpiration(c.Expiration),
            },
            arn: user?.Arn,
            assumedRoleId: user?.AssumedRoleId,
            oidc: info ? { subject: info.Subject, issuer: info.Issuer, clientIds: info.ClientIds } : undefined,
            requestId: typeof json.RequestId === "string" ? json.RequestId : undefined,
        };
    }
    /** AssumeRole with `base` credentials (read again on each attempt). */
    async assumeRole(base, p) {
        const json = await this.call("AssumeRole", () => ({
            RoleArn: p.roleArn,
            RoleSessionName: p.sessionName,
            DurationSeconds: p.durationSeconds === undefined ? undefined : String(p.durationSeconds),
            Policy: p.policy,
            ExternalId: p.externalId,
        }), base);
        return this.assumed(json, "AssumeRole");
    }
    /** AssumeRoleWithOIDC; `token` is called on each attempt, so a retry can use a fresh token. */
    async assumeRoleWithOidc(token, p) {
        let attempt = 0;
        const json = await this.call("AssumeRoleWithOIDC", async () => ({
            RoleArn: p.roleArn,
            OIDCProviderArn: p.providerArn,
            OIDCToken: await token(++attempt),
            RoleSessionName: p.sessionName,
            DurationSeconds: p.durationSeconds === undefined ? undefined : String(p.durationSeconds),
            Policy: p.policy,
        }));
        return this.assumed(json, "AssumeRoleWithOIDC");
    }
    /** GetCallerIdentity: who `keys` belong to. */
    async getCallerIdentity(keys) {
        const json = await this.call("GetCallerIdentity", () => ({}), keys);
        return {
            accountId: String(json.AccountId ?? ""),
            arn: String(json.Arn ?? ""),
            identityType: String(json.IdentityType ?? ""),
            principalId: json.PrincipalId === undefined ? undefined : String(json.PrincipalId),
            requestId: typeof json.RequestId === "string" ? json.RequestId : undefined,
        };
    }
}

;// CONCATENATED MODULE: ./src/credentials/chain.ts
/**
 * The credential chain: every way a user authenticates, resolved to one refreshing provider.
 *
 * Sources, highest precedence first:
 * 1. GitHub OIDC (inputs role-to-assume + oidc-provider-arn) → STS AssumeRoleWithOIDC;
 * 2. static keys: inputs, then the template's access_key/secret_key/security_token, then the
 *    environment (ALICLOUD_ACCESS_KEY…, ALIBABA_CLOUD_ACCESS_KEY_ID…);
 * 3. an aliyun CLI profile (input/template `profile`, ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE,
 *    else the file's `current`);
 * 4. (a layer, not a source) a role assumed on top of the credentials found: input
 *    role-to-assume without OIDC, or the template's ram_role_arn → STS AssumeRole;
 * 5. the ECS instance RAM role (input ecs-ram-role, template ram_role_name) from the metadata service;
 * 6. otherwise one error listing each source, why it did not apply, and how to fix it.
 */










const Credential = ((src_client_default())["default"] ??
    (src_client_default()));
/** Default audience of the GitHub OIDC token (the client id registered on the RAM OIDC provider). */
const DEFAULT_AUDIENCE = "sts.aliyuncs.com";
const v = (s) => (s ?? "").trim();
/** The message when no source applies (README "Credentials" shows it). */
function nothingFoundMessage(tried, roleNote) {
    const lines = tried.map((t, i) => `  ${i + 1}. ${t.source}: ${t.why}.\n     Fix: ${t.fix}`);
    return [
        "No Alibaba Cloud credentials found. image-build looked in this order:",
        ...lines,
        ...(roleNote ? [roleNote] : []),
        "See the README's Credentials section for examples.",
    ].join("\n");
}
/**
 * Resolves the build's credentials and region and fetches the first keys (so a wrong role or an
 * untrusted provider fails here, at once). Throws {@link CredentialsError} for configuration
 * problems and `CloudApiError` (code, message, request id) for STS refusals; no error message
 * contains a secret.
 */
async function resolveCredentials(opts) {
    const known = new Set();
    const mask = (secret) => {
        if (!secret || known.has(secret))
            return;
        known.add(secret);
        opts.mask(secret);
    };
    const scrubbed = (err) => {
        if (err instanceof Error && known.size > 0) {
            const clean = scrub(err.message, known);
            if (clean !== err.message) {
                err.message = clean;
                if (err.stack)
                    err.stack = scrub(err.stack, known);
            }
        }
        return err;
    };
    try {
        return await resolve(opts, mask, scrubbed);
    }
    catch (err) {
        throw scrubbed(err);
    }
}
async function resolve(opts, mask, scrubbed) {
    const inputs = opts.inputs ?? {};
    const template = opts.template ?? {};
    const env = opts.env;
    const log = opts.log;
    // Every secret we can see is masked before anything is logged.
    for (const s of [
        inputs.accessKeyId,
        inputs.accessKeySecret,
        inputs.securityToken,
        template.accessKey,
        template.secretKey,
        template.securityToken,
        env.ALICLOUD_ACCESS_KEY,
        env.ALICLOUD_SECRET_KEY,
        env.SECURITY_TOKEN,
        env.ALICLOUD_SECURITY_TOKEN,
        env.ALIBABA_CLOUD_ACCESS_KEY_ID,
        env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
        env.ALIBABA_CLOUD_SECURITY_TOKEN,
    ])
        if (v(s))
            mask(v(s));
    // Up-front validation of the role inputs.
    const roleInput = v(inputs.roleToAssume);
    const providerArn = v(inputs.oidcProviderArn);
    if (providerArn && !roleInput)
        throw new CredentialsError("Input 'oidc-provider-arn' is set but 'role-to-assume' is not: GitHub OIDC needs the role to assume as well");
    if (roleInput)
        checkRoleArn(roleInput, "Input 'role-to-assume'");
    if (providerArn)
        checkOidcProviderArn(providerArn, "Input 'oidc-provider-arn'");
    const templateRole = v(template.ramRoleArn);
    if (templateRole && !roleInput)
        checkRoleArn(templateRole, "Template 'ram_role_arn'");
    const sessionName = v(inputs.roleSessionName) || v(template.ramSessionName) || defaultSessionName(env);
    checkSessionName(sessionName, v(inputs.roleSessionName)
        ? "Input 'role-session-name'"
        : v(template.ramSessionName)
            ? "Template 'ram_session_name'"
            : "Session name");
    const durationSeconds = v(inputs.roleSessionExpiration)
        ? parseSessionDuration(v(inputs.roleSessionExpiration), "Input 'role-session-expiration'")
        : undefined;
    const policy = v(inputs.rolePolicy) || undefined;
    if (policy) {
        try {
            JSON.parse(policy);
        }
        catch {
            throw new CredentialsError("Input 'role-policy' is not valid JSON");
        }
    }
    if (v(inputs.region))
        checkRegion(v(inputs.region), "Input 'region'");
    // 1–5: choose the base source.
    const tried = [];
    const base = chooseBase(opts, mask, sessionName, durationSeconds, policy, tried);
    const roleOnTop = !providerArn && (roleInput || templateRole) ? roleInput || templateRole : undefined;
    if (providerArn && templateRole && templateRole !== roleInput)
        log?.warning?.(`The template's ram_role_arn (${templateRole}) is not used: GitHub OIDC assumes input role-to-assume (${roleInput})`);
    if (!base) {
        const note = roleOnTop
            ? `A role to assume is set (${roleInput ? "input 'role-to-assume'" : "template 'ram_role_arn'"}), but assuming it needs one of the credentials above, or 'oidc-provider-arn' for GitHub OIDC.`
            : undefined;
        throw new CredentialsError(nothingFoundMessage(tried, note));
    }
    // Region, then endpoints.
    const region = resolveRegion({ inputs, template, env, profileRegion: base.region });
    const sts = resolveStsEndpoint({
        override: opts.stsEndpoint || inputs.stsEndpoint,
        env,
        region: region.region,
        profileEndpoint: base.stsEndpoint,
        profileRegion: base.stsRegion,
    });
    const stsClient = new StsClient({ endpoint: sts.url, ca: opts.ca, retry: opts.retry, mask, log });
    let imdsClient;
    const imds = () => {
        imdsClient ??= new ImdsClient({
            endpoint: resolveMetadataEndpoint({ override: opts.metadataEndpoint, env }).url,
            disableV1: env.ALIBABA_CLOUD_IMDSV1_DISABLED?.toLowerCase() === "true",
            retry: opts.retry,
            mask,
            log,
        });
        return imdsClient;
    };
    let assumedRoleArn;
    const ctx = {
        sts: stsClient,
        imds,
        mask,
        log,
        onAssumed: (info) => {
            assumedRoleArn = info.arn ?? assumedRoleArn;
        },
    };
    let fetcher = base.build(ctx);
    let source = base.description;
    let providerName = base.providerName;
    if (roleOnTop) {
        const baseFetcher = fetcher;
        fetcher = assumeRoleFetcher(stsClient, baseFetcher, {
            roleArn: roleOnTop,
            sessionName,
            durationSeconds,
            policy,
            externalId: v(inputs.roleExternalId) || undefined,
        }, { baseName: providerName, log });
        source = `role ${roleOnTop} (${roleInput ? "input role-to-assume" : "template ram_role_arn"}) assumed with ${source}`;
        providerName = "ram_role_arn";
        assumedRoleArn = roleOnTop;
    }
    const guarded = async () => {
        try {
            const keys = await fetcher();
            for (const s of [keys.accessKeyId, keys.accessKeySecret, keys.securityToken])
                if (s)
                    mask(s);
            return keys;
        }
        catch (err) {
            throw scrubbed(err);
        }
    };
    const provider = new RefreshingProvider({
        name: providerName,
        fetch: guarded,
        log,
        maxWindowMs: opts.refreshWindowMs,
    });
    const first = await provider.keys();
    log?.debug?.(`credentials: ${source}; STS endpoint ${sts.url} (${sts.source})`);
    const identity = opts.verify ? await stsClient.getCallerIdentity(() => provider.keys()) : undefined;
    return {
        credential: new Credential(null, provider),
        provider,
        source,
        region: region.region,
        regionSource: region.source,
        stsEndpoint: sts.url,
        assumedRoleArn,
        identity,
        temporary: first.expiration !== undefined,
        keys: () => provider.keys(),
    };
}
/** Sources 1, 2, 3 and 5, in order; the first that applies, or undefined (with `tried` filled). */
function chooseBase(opts, mask, sessionName, durationSeconds, policy, tried) {
    const inputs = opts.inputs ?? {};
    const template = opts.template ?? {};
    const env = opts.env;
    // 1. GitHub OIDC.
    const roleInput = v(inputs.roleToAssume);
    const providerArn = v(inputs.oidcProviderArn);
    if (roleInput && providerArn) {
        const getIdToken = opts.getIdToken;
        if (!getIdToken)
            throw new CredentialsError("Inputs 'role-to-assume' and 'oidc-provider-arn' ask for GitHub OIDC, which works only in a GitHub Actions job (use access keys or a profile elsewhere)");
        const audience = v(inputs.audience) || DEFAULT_AUDIENCE;
        return {
            providerName: "oidc_role_arn",
            description: `GitHub OIDC (role ${roleInput}, provider ${providerArn}, audience ${audience})`,
            build: (ctx) => oidcFetcher(ctx.sts, cachedTokenSource(() => getIdToken(audience), ctx.mask), { roleArn: roleInput, providerArn, sessionName, durationSeconds, policy }, ctx.onAssumed),
        };
    }
    tried.push({
        source: "GitHub OIDC",
        why: roleInput
            ? "input 'oidc-provider-arn' is not set"
            : "inputs 'role-to-assume' and 'oidc-provider-arn' are not set",
        fix: "set 'role-to-assume' and 'oidc-provider-arn', and give the job 'permissions: id-token: write'",
    });
    // 2. Static keys: inputs, template, environment.
    const keys = staticKeys(inputs, template, env, tried);
    if (keys) {
        for (const s of [keys.keys.accessKeyId, keys.keys.accessKeySecret, keys.keys.securityToken])
            if (s)
                mask(s);
        return {
            providerName: keys.keys.securityToken ? "static_sts" : "static_ak",
            description: keys.source,
            build: () => staticFetcher(keys.keys),
        };
    }
    // 3. CLI profile.
    const path = profilePath(v(template.sharedCredentialsFile) || v(env.ALICLOUD_SHARED_CREDENTIALS_FILE), opts.home);
    const named = [
        [v(inputs.profile), "input 'profile'"],
        [
            v(template.profile),
            v(template.profile) === v(env.ALICLOUD_PROFILE) ? "ALICLOUD_PROFILE" : "template 'profile'",
        ],
        [v(env.ALICLOUD_PROFILE), "ALICLOUD_PROFILE"],
        [v(env.ALIBABA_CLOUD_PROFILE), "ALIBABA_CLOUD_PROFILE"],
    ];
    const chosen = named.find(([n]) => n !== "");
    const conf = readCliConfig(path);
    if (chosen && !conf)
        throw new CredentialsError(`Profile '${chosen[0]}' (${chosen[1]}) was asked for, but ${path} does not exist`);
    if (conf) {
        const name = chosen?.[0] || v(conf.current);
        if (name) {
            const plan = profilePlan(conf, name, path, { mask, sessionDefault: sessionName });
            return {
                ...plan,
                description: `${plan.description}${chosen ? `, chosen by ${chosen[1]}` : ", its current profile"}`,
            };
        }
        tried.push({
            source: "Aliyun CLI profile",
            why: `no profile is named (input 'profile', template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${path} has no current profile`,
            fix: "set the 'profile' input to one of its profiles",
        });
    }
    else {
        tried.push({
            source: "Aliyun CLI profile",
            why: `no profile is named (input 'profile', template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${path} does not exist`,
            fix: "run 'aliyun configure' where the build runs, or set 'profile' and the template's 'shared_credentials_file'",
        });
    }
    // 5. ECS instance RAM role.
    const ecsRole = v(inputs.ecsRamRole) || v(template.ramRoleName);
    if (ecsRole) {
        const from = v(inputs.ecsRamRole) ? "input 'ecs-ram-role'" : "template 'ram_role_name'";
        return {
            providerName: "ecs_ram_role",
            description: `ECS instance RAM role ${ecsRole} (${from}) from the metadata service`,
            build: (ctx) => ecsRamRoleFetcher(ctx.imds, ecsRole),
        };
    }
    tried.push({
        source: "ECS instance RAM role",
        why: "neither input 'ecs-ram-role' nor template 'ram_role_name' is set",
        fix: "on a self-hosted runner on an ECS instance, set 'ecs-ram-role' to the RAM role attached to the instance",
    });
    return undefined;
}
/** Source 2: the first complete pair of keys, with its token; partial pairs in inputs or template fail. */
function staticKeys(inputs, template, env, tried) {
    const id = v(inputs.accessKeyId);
    const secret = v(inputs.accessKeySecret);
    if (id || secret) {
        if (!id || !secret)
            throw new CredentialsError(`Input '${id ? "access-key-id" : "access-key-secret"}' is set but '${id ? "access-key-secret" : "access-key-id"}' is not: both are needed`);
        const token = v(inputs.securityToken);
        return {
            keys: { accessKeyId: id, accessKeySecret: secret, securityToken: token || undefined },
            source: `access keys from inputs access-key-id/access-key-secret${token ? "/security-token" : ""}`,
        };
    }
    if (v(inputs.securityToken))
        throw new CredentialsError("Input 'security-token' is set but 'access-key-id' and 'access-key-secret' are not");
    const tId = v(template.accessKey);
    const tSecret = v(template.secretKey);
    const fromEnv = tId === v(env.ALICLOUD_ACCESS_KEY) && tSecret === v(env.ALICLOUD_SECRET_KEY);
    if (tId || tSecret) {
        if (!tId || !tSecret) {
            if (!fromEnv)
                throw new CredentialsError(`Template '${tId ? "access_key" : "secret_key"}' is set but '${tId ? "secret_key" : "access_key"}' is not (nor ${tId ? "ALICLOUD_SECRET_KEY" : "ALICLOUD_ACCESS_KEY"}): both are needed`);
        }
        else {
            // The decoded template's security_token already falls back to SECURITY_TOKEN (as Packer's);
            // keys that came from ALICLOUD_* pair with ALICLOUD_SECURITY_TOKEN too.
            const token = v(template.securityToken) ||
                (fromEnv ? v(env.ALICLOUD_SECURITY_TOKEN) || v(env.SECURITY_TOKEN) : "") ||
                undefined;
            return {
                keys: { accessKeyId: tId, accessKeySecret: tSecret, securityToken: token },
                source: fromEnv
                    ? `access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY${token ? " with a security token" : ""}`
                    : `access keys from the template's access_key/secret_key${token ? " with a security token" : ""}`,
            };
        }
    }
    const partial = [];
    const eId = v(env.ALICLOUD_ACCESS_KEY);
    const eSecret = v(env.ALICLOUD_SECRET_KEY);
    if (eId && eSecret) {
        const token = v(env.ALICLOUD_SECURITY_TOKEN) || v(env.SECURITY_TOKEN) || undefined;
        return {
            keys: { accessKeyId: eId, accessKeySecret: eSecret, securityToken: token },
            source: `access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY${token ? " with a security token" : ""}`,
        };
    }
    if (eId || eSecret)
        partial.push(`only ${eId ? "ALICLOUD_ACCESS_KEY" : "ALICLOUD_SECRET_KEY"} is set`);
    const sId = v(env.ALIBABA_CLOUD_ACCESS_KEY_ID);
    const sSecret = v(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
    if (sId && sSecret) {
        const token = v(env.ALIBABA_CLOUD_SECURITY_TOKEN) || undefined;
        return {
            keys: { accessKeyId: sId, accessKeySecret: sSecret, securityToken: token },
            source: `access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET${token ? "/ALIBABA_CLOUD_SECURITY_TOKEN" : ""}`,
        };
    }
    if (sId || sSecret)
        partial.push(`only ${sId ? "ALIBABA_CLOUD_ACCESS_KEY_ID" : "ALIBABA_CLOUD_ACCESS_KEY_SECRET"} is set`);
    tried.push({
        source: "Access keys",
        why: partial.length
            ? partial.join("; ")
            : "inputs 'access-key-id'/'access-key-secret', template 'access_key'/'secret_key', ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY and ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set",
        fix: "pass 'access-key-id' and 'access-key-secret' from repository secrets (prefer GitHub OIDC: no stored keys)",
    });
    return undefined;
}

;// CONCATENATED MODULE: ./src/credentials/index.ts
/**
 * Credentials: the public API. `resolveCredentials()` turns every way a user authenticates into
 * one refreshing provider (an `@alicloud/credentials` `Credential`) plus the region.
 */









;// CONCATENATED MODULE: ./src/ui/prefixed.ts
/** Prefixes every line (multi-line messages included) with `name: `. */
function prefixedUi(ui, name) {
    const p = (text) => text
        .split("\n")
        .map((line) => `${name}: ${line}`)
        .join("\n");
    return {
        say: (m) => ui.say(p(m)),
        message: (m) => ui.message(p(m)),
        error: (m) => ui.error(p(m)),
        progress: (u) => ui.progress({ ...u, id: `${name}: ${u.id}`, label: p(u.label) }),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/provisioners/local-path.ts
var local_path = __webpack_require__(43960);
// EXTERNAL MODULE: ./src/template/interpolate/index.ts + 8 modules
var interpolate = __webpack_require__(98916);
;// CONCATENATED MODULE: ./src/post-processors/artifact.ts
/**
 * The artifact a build hands to its post-processors (Packer's `packer.Artifact`), as the
 * post-processors read it. The alicloud-ecs builder's `AlicloudArtifact` fits (its `id()` and
 * `files()` are methods); plain objects with `id` and `files` values fit too.
 */
/** The artifact's Id(). */
function artifactId(a) {
    return typeof a.id === "function" ? a.id() : a.id;
}
/** The artifact's Files(). */
function artifactFiles(a) {
    const f = a.files;
    return (typeof f === "function" ? f.call(a) : f) ?? [];
}

;// CONCATENATED MODULE: ./src/post-processors/manifest/go-json.ts
/**
 * Go's `json.MarshalIndent(v, "", "  ")` for the manifest's values (Go 1.15, as in Packer 1.6.6):
 * `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u003c`…, control characters as `\u00XX` except
 * `\n`, `\r`, `\t`; map keys sorted; struct fields in declaration order.
 */
/** Go's encodeState.string with HTML escaping. */
function goJsonString(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === "\\")
            out += "\\\\";
        else if (ch === "\n")
            out += "\\n";
        else if (ch === "\r")
            out += "\\r";
        else if (ch === "\t")
            out += "\\t";
        else if (c < 0x20 || ch === "<" || ch === ">" || ch === "&")
            out += `\\u00${c.toString(16).padStart(2, "0")}`;
        else if (c === 0x2028 || c === 0x2029)
            out += `\\u${c.toString(16)}`;
        else if (c >= 0xd800 && c <= 0xdfff)
            out += "\\ufffd";
        else
            out += ch;
    }
    return `${out}"`;
}
function bytewise(a, b) {
    return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
/** Encodes `v` as MarshalIndent with prefix "" and indent "  " (no trailing newline). */
function goMarshalIndent(v, depth = 0) {
    const pad = "  ".repeat(depth);
    const inner = "  ".repeat(depth + 1);
    if (v === null)
        return "null";
    if (typeof v === "string")
        return goJsonString(v);
    if (typeof v === "number" || typeof v === "boolean")
        return String(v);
    if (Array.isArray(v)) {
        if (v.length === 0)
            return "[]";
        return `[\n${v.map((x) => inner + goMarshalIndent(x, depth + 1)).join(",\n")}\n${pad}]`;
    }
    const entries = v.kind === "map" ? [...v.entries].sort(([a], [b]) => bytewise(a, b)) : v.entries;
    if (entries.length === 0)
        return "{}";
    const body = entries
        .map(([k, x]) => `${inner}${goJsonString(k)}: ${goMarshalIndent(x, depth + 1)}`)
        .join(",\n");
    return `{\n${body}\n${pad}}`;
}

;// CONCATENATED MODULE: ./src/post-processors/manifest/run.ts
/**
 * The `manifest` post-processor at run time (Packer 1.6.6 `post-processor/manifest`): one build
 * record appended to the JSON file (`{"builds":[…],"last_run_uuid":…}`, Go's MarshalIndent with two
 * spaces, mode 0664), reset first under `-force` when the file's last run is another run, guarded by
 * a `<output>.lock` file (3 tries, 0/200/400 ms). The input artifact is always kept.
 */






function buildToGo(b) {
    const entries = [
        ["name", b.name],
        ["builder_type", b.builder_type],
    ];
    if (b.build_time !== 0)
        entries.push(["build_time", b.build_time]);
    entries.push([
        "files",
        b.files === null
            ? null
            : b.files.map((f) => ({
                kind: "struct",
                entries: [
                    ["name", f.name],
                    ["size", f.size],
                ],
            })),
    ], ["artifact_id", b.artifact_id], ["packer_run_uuid", b.packer_run_uuid], ["custom_data", b.custom_data === null ? null : { kind: "map", entries: Object.entries(b.custom_data) }]);
    return { kind: "struct", entries };
}
/** The file's bytes exactly as Packer writes them (no trailing newline). */
function encodeManifest(m) {
    return goMarshalIndent({
        kind: "struct",
        entries: [
            ["builds", m.builds.map(buildToGo)],
            ["last_run_uuid", m.last_run_uuid],
        ],
    });
}
/** Field lookup as Go's decoder matches names (exact first, then case-insensitive). */
function field(o, name) {
    if (Object.hasOwn(o, name))
        return o[name];
    const key = Object.keys(o).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : o[key];
}
function str(v) {
    return typeof v === "string" ? v : "";
}
/** Parses an existing manifest into Packer's struct (unknown fields are dropped, as Go does). */
function parseManifest(text) {
    const raw = JSON.parse(text);
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
        throw new Error("json: cannot unmarshal into Go value of type manifest.ManifestFile");
    }
    const o = raw;
    const list = field(o, "builds");
    const builds = Array.isArray(list)
        ? list.map((b) => {
            const r = (b ?? {});
            const files = field(r, "files");
            const custom = field(r, "custom_data");
            return {
                name: str(field(r, "name")),
                builder_type: str(field(r, "builder_type")),
                build_time: typeof field(r, "build_time") === "number" ? field(r, "build_time") : 0,
                files: Array.isArray(files)
                    ? files.map((f) => {
                        const fr = (f ?? {});
                        return { name: str(field(fr, "name")), size: Number(field(fr, "size") ?? 0) };
                    })
                    : null,
                artifact_id: str(field(r, "artifact_id")),
                packer_run_uuid: str(field(r, "packer_run_uuid")),
                custom_data: custom && typeof custom === "object" && !Array.isArray(custom)
                    ? Object.fromEntries(Object.entries(custom).map(([k, v]) => [k, str(v)]))
                    : null,
            };
        })
        : [];
    return { builds, last_run_uuid: str(field(o, "last_run_uuid")) };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Runs the manifest post-processor for one build's artifact. */
async function runManifestPostProcessor(config, artifact, options) {
    const data = options.generatedData ?? {};
    const customEntries = Object.entries(config.customData ?? {});
    const customData = customEntries.length === 0
        ? null
        : Object.fromEntries(customEntries.map(([k, v]) => [
            k,
            (0,interpolate/* interpolate */.GW)(v, { ...options.interpolation, data, buildData: data }),
        ]));
    const files = [];
    const artifactFileNames = artifactFiles(artifact);
    for (const name of artifactFileNames) {
        let size = 0;
        try {
            size = (await (0,promises_.stat)(name)).size;
        }
        catch {
            size = 0;
        }
        files.push({ name: config.stripPath ? (0,external_node_path_.basename)(name) : name, size });
    }
    const build = {
        name: options.buildName,
        builder_type: options.builderType,
        build_time: config.stripTime ? 0 : Math.floor((options.now?.() ?? new Date()).getTime() / 1000),
        files: artifactFileNames.length > 0 ? files : null,
        artifact_id: artifactId(artifact),
        packer_run_uuid: options.runUuid,
        custom_data: customData,
    };
    const output = (0,local_path/* resolveLocal */.i)(config.output, options.cwd ?? process.cwd());
    const lock = `${output}.lock`;
    const waits = options.lockWaitsMs ?? [0, 200, 400];
    for (const wait of waits) {
        await sleep(wait);
        try {
            await (await (0,promises_.open)(lock, "wx", 0o664)).close();
            break;
        }
        catch {
            // Packer logs and tries again; after the last try it goes on without the lock.
        }
    }
    try {
        let contents = "";
        try {
            contents = await (0,promises_.readFile)(output, "utf8");
        }
        catch (e) {
            if (e.code !== "ENOENT") {
                throw new Error(`Unable to open ${config.output} for reading: ${e.message}`);
            }
        }
        let manifest = { builds: [], last_run_uuid: "" };
        if (contents.length > 0) {
            try {
                manifest = parseManifest(contents);
            }
            catch (e) {
                throw new Error(`Unable to parse content from ${config.output}: ${e.message}`);
            }
        }
        if (options.force && options.runUuid !== manifest.last_run_uuid)
            manifest = { builds: [], last_run_uuid: "" };
        manifest.builds = [...manifest.builds, build];
        manifest.last_run_uuid = options.runUuid;
        try {
            await (0,promises_.writeFile)(output, encodeManifest(manifest), { mode: 0o664 });
        }
        catch (e) {
            throw new Error(`Unable to write ${config.output}: ${e.message}`);
        }
    }
    finally {
        await (0,promises_.rm)(lock, { force: true });
    }
    return { artifact, keep: true, forceOverride: true };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/template/interpolate/fmt.ts
var fmt = __webpack_require__(87709);
;// CONCATENATED MODULE: ./src/provisioners/env-vars.ts
/**
 * The environment variables the shell provisioners pass to scripts (Packer 1.6.6's
 * escapeEnvVars / createFlattenedEnvVars): PACKER_BUILD_NAME, PACKER_BUILDER_TYPE, the HTTP
 * address when the builder serves one, then `environment_vars`; `'` in values becomes `'"'"'`,
 * keys are sorted (bytewise) and each pair is printed with `env_var_format`.
 */

/** The escaped variables by key, keys sorted bytewise. */
function escapeEnvVars(inputs) {
    const env = new Map();
    env.set("PACKER_BUILD_NAME", inputs.buildName);
    env.set("PACKER_BUILDER_TYPE", inputs.builderType);
    if (inputs.http?.addr)
        env.set("PACKER_HTTP_ADDR", inputs.http.addr);
    if (inputs.http?.ip)
        env.set("PACKER_HTTP_IP", inputs.http.ip);
    if (inputs.http?.port)
        env.set("PACKER_HTTP_PORT", inputs.http.port);
    for (const kv of inputs.vars) {
        const eq = kv.indexOf("=");
        const key = eq < 0 ? kv : kv.slice(0, eq);
        const value = eq < 0 ? "" : kv.slice(eq + 1);
        env.set(key, value.replaceAll("'", `'"'"'`));
    }
    const bytes = (s) => Buffer.from(s, "utf8");
    return [...env.entries()].sort(([a], [b]) => Buffer.compare(bytes(a), bytes(b)));
}
/** The flattened variables: each pair printed with the format, concatenated. */
function flattenEnvVars(inputs) {
    return escapeEnvVars(inputs)
        .map(([k, v]) => (0,fmt/* sprintf */.nv)(inputs.format, [k, v]))
        .join("");
}

// EXTERNAL MODULE: ./src/provisioners/plugin.ts
var provisioners_plugin = __webpack_require__(18090);
;// CONCATENATED MODULE: ./src/provisioners/runtime.ts

/** Packer's values for the HTTP server fields of builders without one (commonsteps). */
const HTTP_NOT_IMPLEMENTED = {
    PackerHTTPIP: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER",
    PackerHTTPPort: "ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER",
    PackerHTTPAddr: "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER",
};
/**
 * Packer's generated data for an alicloud-ecs build (`{{ build \`ID\` }}`, `{{ .Host }}`…): the
 * instance id, the connection, the run uuid, the temporary key pair, and the HTTP fields as
 * "not implemented" (this builder serves no HTTP directory).
 */
function packerBuildData(b) {
    return {
        ID: b.instanceId,
        Host: b.host,
        Port: String(b.port),
        User: b.user,
        Password: b.password ?? "",
        ConnType: b.connType,
        PackerRunUUID: b.runUuid,
        ...HTTP_NOT_IMPLEMENTED,
        SSHPublicKey: b.sshPublicKey ?? "",
        SSHPrivateKey: b.sshPrivateKey ?? "",
        WinRMPassword: b.winrmPassword ?? "",
    };
}
/** Renders `text` with the build data as the dot (`{{.ID}}`, `{{.Path}}`) and for `{{build}}`. */
function renderRuntime(ctx, text, extra = {}) {
    const data = { ...ctx.buildData, ...extra };
    return (0,interpolate/* interpolate */.GW)(text, { ...ctx.interpolation, data, buildData: ctx.buildData });
}
/** The error a cancelled context gives in Packer (`context canceled`). */
class CancelledError extends Error {
    constructor(message = "context canceled") {
        super(message);
        this.name = "CancelledError";
    }
}
/** Sleeps `ms`; rejects with {@link CancelledError} when `signal` fires. */
function runtime_sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new CancelledError());
        const onAbort = () => {
            clearTimeout(t);
            reject(new CancelledError());
        };
        const t = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/**
 * packer-plugin-sdk's `retry.Config{StartTimeout}.Run`: call `fn` until it succeeds; after a failure
 * past `startTimeoutMs` (or on cancellation) the last error is thrown; otherwise wait `delayMs` (2 s).
 */
async function retryWithin(startTimeoutMs, fn, signal, delayMs = 2_000) {
    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
        try {
            return await fn();
        }
        catch (e) {
            if (signal?.aborted || e instanceof CancelledError)
                throw e;
            if (startTimeoutMs > 0 && Date.now() >= deadline)
                throw e;
            await runtime_sleep(delayMs, signal).catch(() => {
                throw e;
            });
        }
    }
}
/** Packer's ErrorInvalidExitCode text, or undefined when the code is allowed. */
function invalidExitCode(code, allowed) {
    const codes = allowed.length > 0 ? allowed : [0];
    if (codes.includes(code))
        return undefined;
    return `Script exited with non-zero exit status: ${code}.Allowed exit codes are: [${codes.join(" ")}]`;
}

;// CONCATENATED MODULE: ./src/communicator/communicator.ts
/** Packer's `CmdDisconnect`: the remote command ended without an exit status (connection lost). */
const CMD_DISCONNECT = 2300218;

;// CONCATENATED MODULE: ./src/provisioners/shell/run.ts
/**
 * The `shell` provisioner at run time, as Packer 1.6.6's `Provision` does it: inline commands become
 * a local script (`#!<inline_shebang>`), each script is uploaded to the one `remote_path`, made
 * executable and run with `execute_command`; output goes to the Ui; exit codes, disconnects and
 * cleanup follow Packer's rules and messages.
 */









/** Packer's error when a script ends without an exit status and that was not expected. */
const DISCONNECT_MESSAGE = "Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, " +
    'you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell ' +
    "provisioner parameters.";
/**
 * Go's bufio.ScanLines + newline (the shell provisioner's UnixReader): every line ends in `\n`,
 * a `\r` before it is dropped, the last line gets a newline.
 */
function unixLineEndings(data) {
    if (data.length === 0)
        return data;
    const out = [];
    let start = 0;
    while (start < data.length) {
        let nl = data.indexOf(10, start);
        const end = nl < 0 ? data.length : nl;
        let line = data.subarray(start, end);
        if (line.length > 0 && line[line.length - 1] === 13)
            line = line.subarray(0, line.length - 1);
        out.push(line, Buffer.from([10]));
        if (nl < 0)
            nl = data.length;
        start = nl + 1;
    }
    return Buffer.concat(out);
}
/** Go's `*PathError` text of a failed open: `open one.sh: no such file or directory`. */
function goOpenError(path, e) {
    const reasons = {
        ENOENT: "no such file or directory",
        EACCES: "permission denied",
        EISDIR: "is a directory",
    };
    const code = e.code ?? "";
    return `open ${path}: ${reasons[code] ?? remote_cmd_errorText(e)}`;
}
/** A local temporary file name like Packer's `tmp.File("packer-shell")`. */
function tempScriptPath(dir, prefix) {
    return (0,external_node_path_.join)(dir, `${prefix}${Math.floor(Math.random() * 4_294_967_295)}`);
}
function run_need(ctx) {
    if (!ctx.comm) {
        throw new Error("No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator.");
    }
    return ctx.comm;
}
/** Packer's cleanupRemoteFile: `rm -f <path>`, retried (a disconnect too) within start_retry_timeout. */
async function cleanupRemoteFile(comm, path, config, signal, delayMs) {
    await retryWithin(config.startRetryTimeoutMs, async () => {
        let status;
        try {
            status = await comm.start(`rm -f ${path}`, { signal });
        }
        catch (e) {
            if (signal.aborted)
                throw new CancelledError();
            throw new Error(`Error removing temporary script at ${path}: ${remote_cmd_errorText(e)}`);
        }
        if (status === CMD_DISCONNECT)
            throw new Error("Disconnect while removing temporary script.");
        if (status !== 0)
            throw new Error(`Error removing temporary script at ${path}!`);
    }, signal, delayMs);
}
/** Runs a `shell` provisioner. Throws with Packer's message on failure. */
async function runShellProvisioner(config, ctx, options = {}) {
    const comm = run_need(ctx);
    const { ui, signal } = ctx;
    const dir = ctx.tempDir ?? (0,external_node_os_.tmpdir)();
    const randomInt = ctx.randomInt ?? ((n) => Math.floor(Math.random() * n));
    const scripts = [...config.scripts];
    const temps = [];
    try {
        if (config.inline !== undefined) {
            const lines = [`#!${config.inlineShebang}\n`];
            for (const command of config.inline) {
                let rendered;
                try {
                    rendered = renderRuntime(ctx, command);
                }
                catch (e) {
                    throw new Error(`Error interpolating Inline: ${remote_cmd_errorText(e)}`);
                }
                lines.push(`${rendered}\n`);
            }
            const path = tempScriptPath(dir, "packer-shell");
            await (0,promises_.writeFile)(path, lines.join(""), { mode: 0o600 });
            temps.push(path);
            scripts.push(path);
        }
        let envVarFile = "";
        const envInputs = {
            buildName: ctx.buildName,
            builderType: ctx.builderType,
            vars: config.environmentVars,
            format: config.envVarFormat,
        };
        if (config.useEnvVarFile) {
            const content = Buffer.from(flattenEnvVars(envInputs), "utf8");
            const body = config.binary ? content : unixLineEndings(content);
            await retryWithin(config.startRetryTimeoutMs, async () => {
                const remote = `${config.remoteFolder}/varfile_${randomInt(9999)}.sh`;
                try {
                    await comm.upload(remote, { data: body });
                }
                catch (e) {
                    throw new Error(`Error uploading envVarFile: ${remote_cmd_errorText(e)}`);
                }
                try {
                    await comm.start(`chmod 0600 ${remote}`, { signal });
                }
                catch (e) {
                    if (signal.aborted)
                        throw new CancelledError();
                    throw new Error(`Error chmodding script file to 0600 in remote machine: ${remote_cmd_errorText(e)}`);
                }
                envVarFile = remote;
            }, signal, options.retryDelayMs);
        }
        const vars = flattenEnvVars(envInputs);
        for (const path of scripts) {
            ui.say(`Provisioning with shell script: ${path}`);
            let content;
            try {
                content = await (0,promises_.readFile)((0,local_path/* resolveLocal */.i)(path, ctx.cwd ?? process.cwd()));
            }
            catch (e) {
                throw new Error(`Error opening shell script: ${goOpenError(path, e)}`);
            }
            let command;
            try {
                command = renderRuntime(ctx, config.executeCommand, {
                    Vars: vars,
                    EnvVarFile: envVarFile,
                    Path: config.remotePath,
                });
            }
            catch (e) {
                throw new Error(`Error processing command: ${remote_cmd_errorText(e)}`);
            }
            const body = config.binary ? content : unixLineEndings(content);
            const status = await retryWithin(config.startRetryTimeoutMs, async () => {
                try {
                    await comm.upload(config.remotePath, { data: body });
                }
                catch (e) {
                    throw new Error(`Error uploading script: ${remote_cmd_errorText(e)}`);
                }
                try {
                    await comm.start(`chmod 0755 ${config.remotePath}`, { signal });
                }
                catch (e) {
                    if (signal.aborted)
                        throw new CancelledError();
                    throw new Error(`Error chmodding script file to 0755 in remote machine: ${remote_cmd_errorText(e)}`);
                }
                try {
                    return await runWithUi(comm, command, ui, signal);
                }
                catch (e) {
                    if (signal.aborted)
                        throw new CancelledError();
                    throw e;
                }
            }, signal, options.retryDelayMs);
            if (status === CMD_DISCONNECT) {
                if (!config.expectDisconnect)
                    throw new Error(DISCONNECT_MESSAGE);
            }
            else {
                const invalid = invalidExitCode(status, config.validExitCodes);
                if (invalid)
                    throw new Error(invalid);
            }
            if (config.skipClean)
                continue;
            await cleanupRemoteFile(comm, config.remotePath, config, signal, options.retryDelayMs);
        }
        if (!config.skipClean) {
            await cleanupRemoteFile(comm, envVarFile, config, signal, options.retryDelayMs);
        }
        if (config.pauseAfterMs !== 0) {
            ui.say(`Pausing ${(0,duration/* formatGoDuration */.IL)(config.pauseAfterMs)} after this provisioner...`);
            await runtime_sleep(config.pauseAfterMs, signal);
        }
    }
    finally {
        for (const t of temps)
            await (0,promises_.rm)(t, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/provisioners/shell-local/run.ts
/**
 * shell-local at run time (Packer 1.6.6's `shell-local` Run, shared by the provisioner and the
 * post-processor): `only_on`, inline commands as a local script, `execute_command` rendered per
 * script with `.Vars`/`.Script`/`.Command`, run locally with output streamed to the Ui.
 */









/** Runs argv locally with output on the Ui; resolves with Go's exit status (-1 when signalled). */
function runLocal(argv, ctx) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
            stdio: ["ignore", "pipe", "pipe"],
            // Packer's own environment, which holds its PACKER_RUN_UUID.
            env: ctx.buildData.PackerRunUUID
                ? { ...process.env, PACKER_RUN_UUID: ctx.buildData.PackerRunUUID }
                : process.env,
            cwd: ctx.cwd,
            signal: ctx.signal,
        });
        const out = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
        const err = new LineSplitter((l) => ctx.ui.error(cleanOutputLine(l)));
        child.stdout.on("data", (c) => out.push(c));
        child.stderr.on("data", (c) => err.push(c));
        child.once("error", (e) => reject(ctx.signal.aborted ? new CancelledError() : e));
        child.once("close", (code) => {
            out.flush();
            err.flush();
            if (ctx.signal.aborted)
                reject(new CancelledError());
            else
                resolve(code ?? -1);
        });
    });
}
/** Runs a shell-local config; throws with Packer's message on failure. */
async function runShellLocal(config, ctx) {
    const { ui } = ctx;
    if (config.onlyOn.length > 0 && !config.onlyOn.includes((0,provisioners_plugin/* goosOf */.mM)())) {
        ui.say("Skipping shell-local due to runtime OS");
        return;
    }
    const scripts = [...config.scripts];
    const temps = [];
    try {
        if (scripts.length === 0 && config.inline !== undefined) {
            let text = config.inlineShebang !== "" ? `#!${config.inlineShebang}\n` : "";
            for (const command of config.inline)
                text += `${renderRuntime(ctx, command)}\n`;
            let path = tempScriptPath(ctx.tempDir ?? (0,external_node_os_.tmpdir)(), "packer-shell");
            await (0,promises_.writeFile)(path, text, { mode: 0o600 });
            await (0,promises_.chmod)(path, 0o700);
            if (config.tempfileExtension !== "") {
                const renamed = `${path}.${config.tempfileExtension}`;
                await (0,promises_.rename)(path, renamed);
                path = renamed;
            }
            temps.push(path);
            scripts.push(path);
        }
        const vars = flattenEnvVars({
            buildName: ctx.buildName,
            builderType: ctx.builderType,
            vars: config.environmentVars.map((v) => renderRuntime(ctx, v)),
            format: config.envVarFormat,
        });
        for (const script of scripts) {
            // The command gets the absolute path; the message shows the path as written (observed).
            const absolute = (0,local_path/* resolveLocal */.i)(script, ctx.cwd ?? process.cwd());
            let argv;
            try {
                argv = config.executeCommand.map((c) => renderRuntime(ctx, c, {
                    Vars: vars,
                    Script: absolute,
                    Command: absolute,
                    WinRMPassword: ctx.buildData.WinRMPassword ?? "",
                }));
            }
            catch (e) {
                throw new Error(`Error processing command: ${remote_cmd_errorText(e)}`);
            }
            ui.say(`Running local shell script: ${script}`);
            let status;
            try {
                status = await runLocal(argv, ctx);
            }
            catch (e) {
                if (e instanceof CancelledError)
                    throw e;
                throw new Error(`Error executing script: ${script}\n\nPlease see output above for more information.`);
            }
            const invalid = invalidExitCode(status, config.validExitCodes);
            if (invalid)
                throw new Error(invalid);
        }
    }
    finally {
        for (const t of temps)
            await (0,promises_.rm)(t, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/post-processors/shell-local/run.ts

/** Runs a shell-local post-processor for one artifact (no communicator in `ctx`). */
async function runShellLocalPostProcessor(config, artifact, ctx) {
    await runShellLocal(config, ctx);
    return { artifact, keep: true, forceOverride: true };
}

;// CONCATENATED MODULE: ./src/post-processors/run.ts


/** Runs a post-processor; throws with its message on failure. */
function runPostProcessor(pp, artifact, ctx) {
    switch (pp.type) {
        case "manifest":
            return runManifestPostProcessor(pp.config, artifact, {
                buildName: ctx.buildName,
                builderType: ctx.builderType,
                runUuid: ctx.runUuid,
                force: ctx.force,
                cwd: ctx.cwd,
                interpolation: ctx.interpolation,
            });
        case "shell-local":
            return runShellLocalPostProcessor(pp.config, artifact, ctx);
    }
}

// EXTERNAL MODULE: ./src/template/context.ts
var context = __webpack_require__(37097);
;// CONCATENATED MODULE: ./src/engine/post-process.ts



const post_process_messageOf = (err) => (err instanceof Error ? err.message : String(err));
/** The default post-processing of `runBuilds`. */
function postProcessor(opts) {
    return async (build, result, ctx) => {
        const outcomes = [];
        const buildData = {
            ID: result.instanceId ?? "",
            PackerRunUUID: ctx.runId,
        };
        const interpolation = (ctx.template
            ? (0,context/* templateContext */.W)(ctx.template, { buildName: build.name, buildType: "alicloud-ecs", buildData })
            : undefined);
        for (const sequence of build.postProcessors) {
            if (!result.artifact)
                break;
            let artifact = result.artifact;
            for (const pp of sequence) {
                const started = performance.now();
                ctx.ui.say(`Running post-processor: ${pp.config.type}`);
                try {
                    const r = await runPostProcessor(pp.config, artifact, {
                        ui: ctx.ui,
                        signal: ctx.signal,
                        buildName: build.name,
                        builderType: "alicloud-ecs",
                        buildData,
                        interpolation,
                        cwd: opts.cwd,
                        runUuid: ctx.runId,
                        force: ctx.force,
                    });
                    artifact = r.artifact;
                    outcomes.push({
                        type: pp.config.type,
                        name: pp.source.name,
                        status: "succeeded",
                        durationMs: performance.now() - started,
                        ...(pp.config.type === "manifest"
                            ? { output: (0,local_path/* resolveLocal */.i)(pp.config.config.output, opts.cwd) }
                            : {}),
                    });
                }
                catch (err) {
                    outcomes.push({
                        type: pp.config.type,
                        name: pp.source.name,
                        status: "failed",
                        durationMs: performance.now() - started,
                        error: `Post-processor failed: ${post_process_messageOf(err)}`,
                    });
                    break;
                }
            }
        }
        return outcomes;
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(85472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/communicator/byte-reader.ts
/** The stream ended (Go's `io.EOF`). */
class EofError extends Error {
    constructor() {
        super("EOF");
        this.name = "EofError";
    }
}
const HIGH_WATER = 1 << 20;
/** Buffered reads over a Readable. */
class ByteReader {
    stream;
    chunks = [];
    length = 0;
    ended = false;
    failure;
    wake;
    constructor(stream) {
        this.stream = stream;
        stream.on("data", (c) => {
            this.chunks.push(c);
            this.length += c.length;
            if (this.length > HIGH_WATER)
                stream.pause();
            this.notify();
        });
        stream.on("end", () => {
            this.ended = true;
            this.notify();
        });
        stream.on("close", () => {
            this.ended = true;
            this.notify();
        });
        stream.on("error", (e) => {
            this.failure = e;
            this.notify();
        });
    }
    notify() {
        const w = this.wake;
        this.wake = undefined;
        w?.();
    }
    /** Waits until at least one byte is buffered; throws EofError at the end of the stream. */
    async fill() {
        while (this.length === 0) {
            if (this.failure)
                throw this.failure;
            if (this.ended)
                throw new EofError();
            await new Promise((r) => {
                this.wake = r;
            });
        }
    }
    take(n) {
        const out = [];
        let need = n;
        while (need > 0) {
            const head = this.chunks[0];
            if (head.length <= need) {
                out.push(head);
                this.chunks.shift();
                need -= head.length;
            }
            else {
                out.push(head.subarray(0, need));
                this.chunks[0] = head.subarray(need);
                need = 0;
            }
        }
        this.length -= n;
        if (this.length <= HIGH_WATER && this.stream.isPaused())
            this.stream.resume();
        return out.length === 1 ? out[0] : Buffer.concat(out);
    }
    /** One byte. */
    async readByte() {
        await this.fill();
        return this.take(1)[0];
    }
    /**
     * Bytes up to and including `\n` (Go's ReadString('\n')). At the end of the stream, a partial
     * line is returned when there is one, else EofError.
     */
    async readLine() {
        const parts = [];
        for (;;) {
            try {
                await this.fill();
            }
            catch (e) {
                if (e instanceof EofError && parts.length > 0)
                    return Buffer.concat(parts).toString("utf8");
                throw e;
            }
            const joined = Buffer.concat(this.chunks);
            const nl = joined.indexOf(10);
            if (nl >= 0) {
                this.chunks = [joined];
                parts.push(this.take(nl + 1));
                return Buffer.concat(parts).toString("utf8");
            }
            this.chunks = [joined];
            parts.push(this.take(joined.length));
        }
    }
    /** Exactly `n` bytes, handed to `sink` chunk by chunk (Go's io.CopyN). */
    async copyN(n, sink) {
        let left = n;
        while (left > 0) {
            await this.fill();
            const chunk = this.take(Math.min(left, this.length));
            left -= chunk.length;
            await sink(chunk);
        }
    }
    /** Everything until the end of the stream. */
    async readAll() {
        const out = [];
        for (;;) {
            try {
                await this.fill();
            }
            catch (e) {
                if (e instanceof EofError)
                    return Buffer.concat(out);
                throw e;
            }
            out.push(this.take(this.length));
        }
    }
}

;// CONCATENATED MODULE: ./src/communicator/scp.ts
/**
 * The scp protocol as Packer 1.6.6's SSH communicator speaks it to a remote `scp -t` (sink) or
 * `scp -f` (source): `C<mode> <size> <name>` for files, `D<mode> 0 <name>` … `E` for directories,
 * a status byte after each message (0 ok, 1/2 followed by an error line).
 */




/** Go's `%04o`. */
function octal4(mode) {
    return (mode & 0o7777).toString(8).padStart(4, "0");
}
/** Reads the status byte; a non-zero status fails with the remote's message (checkSCPStatus). */
async function checkScpStatus(r) {
    const code = await r.readByte();
    if (code === 0)
        return;
    let line;
    try {
        line = await r.readLine();
    }
    catch (e) {
        throw new Error(`Error reading error message: ${e instanceof EofError ? "EOF" : e.message}`);
    }
    throw new Error(line.replace(/\r?\n$/, ""));
}
/** Sends one file named `name` (scpUploadFile): a local file keeps its mode, bytes get 0644. */
async function scpUploadFile(ch, name, source) {
    let mode = 0o644;
    let size;
    let body;
    let path;
    if ("data" in source) {
        body = Buffer.isBuffer(source.data) ? source.data : Buffer.from(source.data, "utf8");
        size = body.length;
    }
    else {
        const st = await (0,promises_.stat)(source.path);
        path = source.path;
        mode = st.mode & 0o777;
        size = st.size;
    }
    await ch.write(`C${octal4(mode)} ${size} ${name}\n`);
    await checkScpStatus(ch.reader);
    if (body)
        await ch.write(body);
    else if (path)
        await sendFile(ch, path, size);
    await ch.write(Buffer.from([0]));
    await checkScpStatus(ch.reader);
}
/** Streams exactly `size` bytes of a local file. */
async function sendFile(ch, path, size) {
    let sent = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { end: size > 0 ? size - 1 : 0 })) {
        const buf = chunk;
        const part = buf.subarray(0, Math.max(0, Math.min(buf.length, size - sent)));
        if (part.length === 0)
            break;
        sent += part.length;
        await ch.write(part);
    }
    if (sent < size)
        throw new EofError();
}
/** `D<mode> 0 <name>`, the entries, then `E` (scpUploadDirProtocol). */
async function scpUploadDirProtocol(ch, name, mode, entries) {
    await ch.write(`D${octal4(mode)} 0 ${name}\n`);
    await checkScpStatus(ch.reader);
    await entries();
    await ch.write("E\n");
}
/** Sends every entry of a local directory (scpUploadDir), following symlinks as Packer does. */
async function scpUploadEntries(ch, root) {
    for (const name of await (0,promises_.readdir)(root)) {
        const real = (0,external_node_path_.join)(root, name);
        const fi = await (0,promises_.lstat)(real);
        let symlinkToDir = false;
        if (fi.isSymbolicLink())
            symlinkToDir = (await (0,promises_.stat)(real)).isDirectory();
        if (!fi.isDirectory() && !symlinkToDir) {
            // Packer passes the Lstat info: a symlink is not a regular file, so it goes as a stream (0644).
            const source = fi.isFile() ? { path: real } : { data: await (0,promises_.readFile)(real) };
            await scpUploadFile(ch, name, source);
            continue;
        }
        await scpUploadDirProtocol(ch, name, fi.mode & 0o777, () => scpUploadEntries(ch, real));
    }
}
/**
 * Uploads a directory into the remote `scp -rvt <dst>` (scpUploadDirSession): `src/` sends only
 * its contents, `src` the directory itself.
 */
async function scpUploadDir(ch, src) {
    if (!src.endsWith("/")) {
        const fi = await (0,promises_.stat)(src);
        await scpUploadDirProtocol(ch, (0,external_node_path_.basename)(src), fi.mode & 0o777, () => scpUploadEntries(ch, src));
    }
    else {
        await scpUploadEntries(ch, src);
    }
}
/** Go's Sscanf("%o %d %s") on a `C`/`D` line (without its type byte). */
function parseEntry(line) {
    const m = /^\s*([0-7]+)\s+(-?\d+)\s+(\S+)/.exec(line);
    if (!m)
        return undefined;
    return { mode: Number.parseInt(m[1], 8), size: Number(m[2]), name: m[3] };
}
/** Receives one file from a remote `scp -vf <path>` into `sink` (scpDownloadSession). */
async function scpDownloadFile(ch, sink) {
    await ch.write(Buffer.from([0]));
    const fi = await ch.reader.readLine();
    const kind = fi[0];
    if (kind === "\x01" || kind === "\x02")
        throw new Error(fi.slice(1));
    if (kind === "D")
        throw new Error("remote file is directory");
    if (kind !== "C")
        throw new Error(`unexpected server response (${Buffer.from(fi).toString("hex").slice(0, 2)})`);
    const m = /^(\S{1,6})\s+(-?\d+)/.exec(fi);
    if (!m)
        throw new Error(`can't parse server response (${fi})`);
    const size = Number(m[2]);
    if (size < 0)
        throw new Error("negative file size");
    await ch.write(Buffer.from([0]));
    await ch.reader.copyN(size, sink);
    await ch.write(Buffer.from([0]));
    await checkScpStatus(ch.reader);
}
/** Receives a tree from a remote `scp -vrf <src>` into the local directory `dst` (DownloadDir). */
async function scpDownloadDir(ch, dst) {
    const dirStack = [dst];
    for (;;) {
        await ch.write(Buffer.from([0]));
        const fi = await ch.reader.readLine();
        const kind = fi[0];
        if (kind === "\x01" || kind === "\x02")
            throw new Error(fi.slice(1));
        if (kind === "E") {
            dirStack.pop();
            if (dirStack.length === 0) {
                await ch.write(Buffer.from([0]));
                return;
            }
            continue;
        }
        if (kind !== "C" && kind !== "D") {
            throw new Error(`unexpected server response (${Buffer.from(fi).toString("hex").slice(0, 2)})`);
        }
        const entry = parseEntry(fi.slice(1));
        if (!entry)
            throw new Error(`can't parse server response (${fi})`);
        if (entry.size < 0)
            throw new Error("negative file size");
        const here = (0,external_node_path_.join)(...dirStack);
        if (kind === "D") {
            await (0,promises_.mkdir)((0,external_node_path_.join)(here, entry.name), { recursive: true, mode: entry.mode });
            dirStack.push(entry.name);
            continue;
        }
        await ch.write(Buffer.from([0]));
        const fh = await (0,promises_.open)((0,external_node_path_.join)(here, entry.name), "w", entry.mode);
        try {
            await ch.reader.copyN(entry.size, async (c) => {
                await fh.write(c);
            });
        }
        finally {
            await fh.close();
        }
        await checkScpStatus(ch.reader);
    }
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/communicator/sftp.ts
/**
 * SFTP transfers as Packer 1.6.6's SSH communicator does them (`ssh_file_transfer_method: sftp`):
 * create + copy + chmod for files, a walk with mkdir + chmod for directories.
 */




const STATUS_NAMES = {
    1: "SSH_FX_EOF",
    3: "SSH_FX_PERMISSION_DENIED",
    4: "SSH_FX_FAILURE",
    5: "SSH_FX_BAD_MESSAGE",
    6: "SSH_FX_NO_CONNECTION",
    7: "SSH_FX_CONNECTION_LOST",
    8: "SSH_FX_OP_UNSUPPORTED",
};
/** Go pkg/sftp's error texts: `file does not exist`, `sftp: "<msg>" (SSH_FX_…)`. */
function sftpError(e) {
    const err = e;
    if (typeof err.code !== "number")
        return err instanceof Error ? err : new Error(String(e));
    if (err.code === 2)
        return new Error("file does not exist");
    const name = STATUS_NAMES[err.code] ?? `SSH_FX_${err.code}`;
    return new Error(`sftp: ${JSON.stringify(err.message)} (${name})`);
}
function call(fn) {
    return new Promise((resolve, reject) => fn((err, value) => (err ? reject(sftpError(err)) : resolve(value))));
}
const WRITE_SIZE = 32 * 1024;
const IN_FLIGHT = 64;
/** Creates (truncates) `path`, writes the source, then chmods a local file's mode (sftpUploadFile). */
async function sftpUploadFile(sftp, path, source) {
    // Packer's client.Create: no attributes, so the server's default mode applies.
    const handle = await call((cb) => sftp.open(path, "w", cb));
    const pending = new Set();
    let failure;
    try {
        let offset = 0;
        const input = "data" in source
            ? [Buffer.isBuffer(source.data) ? source.data : Buffer.from(source.data, "utf8")]
            : (0,external_node_fs_.createReadStream)(source.path);
        for await (const chunk of input) {
            for (let at = 0; at < chunk.length; at += WRITE_SIZE) {
                const piece = chunk.subarray(at, at + WRITE_SIZE);
                const position = offset;
                offset += piece.length;
                // Many requests in flight, as pkg/sftp's io.Copy does.
                const p = call((cb) => sftp.write(handle, piece, 0, piece.length, position, (err) => cb(err))).then(() => {
                    pending.delete(p);
                }, (e) => {
                    pending.delete(p);
                    failure ??= e;
                });
                pending.add(p);
                if (pending.size >= IN_FLIGHT)
                    await Promise.race(pending);
                if (failure)
                    throw failure;
            }
        }
        await Promise.all(pending);
        if (failure)
            throw failure;
    }
    finally {
        await Promise.all(pending);
        await call((cb) => sftp.close(handle, (err) => cb(err)));
    }
    if ("path" in source) {
        const fi = await (0,promises_.stat)(source.path);
        if (fi.isFile())
            await call((cb) => sftp.chmod(path, fi.mode & 0o777, (err) => cb(err)));
    }
}
/** mkdir that accepts an existing directory, then chmod to the local mode (sftpMkdir). */
async function sftpMkdir(sftp, path, mode) {
    try {
        await call((cb) => sftp.mkdir(path, (err) => cb(err)));
    }
    catch (e) {
        let isDir = false;
        try {
            isDir = (await call((cb) => sftp.lstat(path, cb))).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir)
            throw e;
    }
    await call((cb) => sftp.chmod(path, mode, (err) => cb(err)));
}
/** Go's filepath.Walk order: the root, then entries sorted by name, depth first; no symlink following. */
async function walk(root, visit) {
    const fi = await (0,promises_.lstat)(root);
    await visit(root, fi.isDirectory(), fi.mode & 0o777);
    if (!fi.isDirectory())
        return;
    const names = (await (0,promises_.readdir)(root)).sort();
    for (const name of names)
        await walk((0,external_node_path_.join)(root, name), visit);
}
/** Uploads a directory (sftpUploadDirSession): `src/` into `dst`, `src` as `dst/<base>`. */
async function sftpUploadDir(sftp, dst, src) {
    const rootDst = src.endsWith("/") ? dst : external_node_path_.posix.join(dst, (0,external_node_path_.basename)(src));
    await walk(src, async (path, isDir, mode) => {
        const rel = (0,external_node_path_.relative)(src, path) || ".";
        const finalDst = external_node_path_.posix.join(rootDst, rel.split("\\").join("/"));
        if (finalDst === dst)
            return;
        if (isDir)
            await sftpMkdir(sftp, finalDst, mode);
        else
            await sftpUploadFile(sftp, finalDst, { path });
    });
}
/** Copies a remote file into `output` (sftpDownloadSession). */
async function sftpDownload(sftp, path, output) {
    // Opening first gives Go's error for a missing file before any byte is written.
    const handle = await call((cb) => sftp.open(path, "r", cb));
    await call((cb) => sftp.close(handle, (err) => cb(err)));
    await (0,external_node_stream_promises_.pipeline)(sftp.createReadStream(path), output, { end: false }).catch((e) => {
        throw sftpError(e);
    });
}

;// CONCATENATED MODULE: ./src/communicator/tunnel.ts
/**
 * `ssh_local_tunnels` / `ssh_remote_tunnels` (Packer's sdk-internals/communicator/ssh/tunnel.go):
 * `port:host:port` specs (a non-numeric listen part is a unix socket path), local listeners
 * forwarded through the connection, and remote listeners forwarded back to local addresses.
 */

function splitHostPort(addr) {
    const i = addr.lastIndexOf(":");
    const host = addr.slice(0, i).replace(/^\[(.*)\]$/, "$1");
    return { host, port: Number(addr.slice(i + 1)) };
}
/** Packer's ParseTunnelArgument (the config already checked the forwarding address). */
function parseTunnel(spec, direction) {
    const at = spec.indexOf(":");
    const listen = spec.slice(0, at);
    const forwardAddr = spec.slice(at + 1);
    if (/^[+-]?\d+$/.test(listen))
        return { direction, listenType: "tcp", listenAddr: `localhost:${listen}`, forwardAddr };
    return { direction, listenType: "unix", listenAddr: listen, forwardAddr };
}
/** Opens the tunnels on a connected client; the returned function closes them. */
async function openTunnels(client, tunnels) {
    const closers = [];
    const closeAll = () => {
        for (const c of closers)
            c();
    };
    try {
        for (const t of tunnels) {
            const fwd = splitHostPort(t.forwardAddr);
            if (t.direction === "local") {
                const server = external_node_net_default().createServer((sock) => {
                    client.forwardOut("127.0.0.1", 0, fwd.host, fwd.port, (err, ch) => {
                        if (err)
                            return sock.destroy();
                        sock.pipe(ch).pipe(sock);
                        sock.on("error", () => ch.close());
                        ch.on("error", () => sock.destroy());
                    });
                });
                await new Promise((resolve, reject) => {
                    server.once("error", (e) => reject(new Error(`Tunnel: Failed to bind local ('${t.listenAddr}'): ${e.message}`)));
                    if (t.listenType === "unix")
                        server.listen(t.listenAddr, resolve);
                    else {
                        const l = splitHostPort(t.listenAddr);
                        server.listen(l.port, l.host, resolve);
                    }
                });
                closers.push(() => server.close());
            }
            else {
                if (t.listenType === "unix") {
                    throw new Error(`Tunnel: Failed to bind remote ('${t.listenAddr}'): unix sockets are not supported yet`);
                }
                const l = splitHostPort(t.listenAddr);
                await new Promise((resolve, reject) => client.forwardIn(l.host, l.port, (err) => err
                    ? reject(new Error(`Tunnel: Failed to bind remote ('${t.listenAddr}'): ${err.message}`))
                    : resolve()));
                const onConnection = (info, accept, reject) => {
                    if (info.destPort !== l.port)
                        return;
                    const sock = external_node_net_default().connect({ host: fwd.host, port: fwd.port });
                    sock.once("connect", () => {
                        const ch = accept();
                        sock.pipe(ch).pipe(sock);
                        ch.on("error", () => sock.destroy());
                    });
                    sock.once("error", () => reject());
                };
                client.on("tcp connection", onConnection);
                closers.push(() => {
                    client.off("tcp connection", onConnection);
                    client.unforwardIn(l.host, l.port, () => { });
                });
            }
        }
    }
    catch (e) {
        closeAll();
        throw e;
    }
    return closeAll;
}

;// CONCATENATED MODULE: ./src/communicator/ssh.ts
/**
 * The SSH communicator (Packer 1.6.6's `communicator/ssh`), on ssh2: one connection (direct or
 * through a bastion), commands with streamed output and Packer's exit statuses, scp or sftp
 * transfers, keepalives, a read/write idle timeout, and a reconnect when a session cannot be opened
 * (after a reboot, for example).
 */







/** Go's ssh signal numbers for `exit-signal` (status 128 + n). */
const SIGNALS = {
    ABRT: 6,
    ALRM: 14,
    FPE: 8,
    HUP: 1,
    ILL: 4,
    INT: 2,
    KILL: 9,
    PIPE: 13,
    QUIT: 3,
    SEGV: 11,
    TERM: 15,
    USR1: 10,
    USR2: 12,
};
/** A failed connection attempt; `auth` is true when authentication was refused. */
class SshConnectError extends Error {
    auth;
    tcp;
    constructor(message, auth, tcp = false) {
        super(message);
        this.auth = auth;
        this.tcp = tcp;
        this.name = "SshConnectError";
    }
}
/** The ordered auth methods of one hop, as ssh2 auth handler objects. */
function authMethods(a) {
    const list = [];
    if (a.agent)
        list.push({ type: "publickey", make: () => ({ type: "agent", username: a.username, agent: a.agent }) });
    for (const key of a.privateKeys) {
        list.push({ type: "publickey", make: () => ({ type: "publickey", username: a.username, key }) });
    }
    if (a.password) {
        const password = a.password;
        list.push({ type: "password", make: () => ({ type: "password", username: a.username, password }) });
        list.push({
            type: "keyboard-interactive",
            make: () => ({
                type: "keyboard-interactive",
                username: a.username,
                // Packer's PasswordKeyboardInteractive: the password answers every prompt.
                prompt: (_n, _i, _l, prompts, finish) => finish(prompts.map(() => password)),
            }),
        });
    }
    return list;
}
/** An ssh2 handshake over `sock` with Packer's auth order; rejects with Go-like texts. */
function handshake(sock, hop, opts, agentForwardSocket) {
    return new Promise((resolve, reject) => {
        const client = new (lib_default()).Client();
        const methods = authMethods(hop);
        const tried = new Set(["none"]);
        let next = 0;
        let settled = false;
        const done = (err) => {
            if (settled)
                return;
            settled = true;
            if (err) {
                client.removeAllListeners("ready");
                client.on("error", () => { });
                client.end();
                reject(err);
            }
            else
                resolve(client);
        };
        const authHandler = (methodsLeft, _partial, cb) => {
            if (methodsLeft === null)
                return cb({ type: "none", username: hop.username });
            while (next < methods.length) {
                const m = methods[next++];
                if (!methodsLeft.includes(m.type))
                    continue;
                tried.add(m.type);
                return cb(m.make());
            }
            return cb(false);
        };
        client.on("ready", () => done());
        client.on("error", (err) => {
            if (err.level === "client-authentication") {
                const attempted = [...tried].sort().join(" ");
                done(new SshConnectError(`ssh: handshake failed: ssh: unable to authenticate, attempted methods [${attempted}], no supported methods remain`, true));
            }
            else if (/Timed out while waiting for handshake/.test(err.message)) {
                done(new SshConnectError("Timeout during SSH handshake", false));
            }
            else
                done(new SshConnectError(`ssh: handshake failed: ${err.message}`, false));
        });
        client.on("close", () => done(new SshConnectError("ssh: handshake failed: EOF", false)));
        const algorithms = {};
        if (opts.ciphers?.length)
            algorithms.cipher = opts.ciphers;
        if (opts.keyExchangeAlgorithms?.length)
            algorithms.kex = opts.keyExchangeAlgorithms;
        const keepAlive = opts.keepAliveIntervalMs ?? 5_000;
        const config = {
            host: hop.host,
            port: hop.port,
            username: hop.username,
            sock: sock,
            readyTimeout: opts.handshakeTimeoutMs ?? 60_000,
            keepaliveInterval: Math.max(keepAlive, 0),
            keepaliveCountMax: 3,
            algorithms,
            authHandler: authHandler,
            // Packer ignores host keys (InsecureIgnoreHostKey).
            hostVerifier: () => true,
        };
        if (agentForwardSocket) {
            config.agent = agentForwardSocket;
            config.agentForward = true;
        }
        client.connect(config);
    });
}
/** Go's dial error text: `dial tcp 127.0.0.1:1: connect: connection refused`. */
function dialError(host, port, e) {
    const reason = {
        ECONNREFUSED: "connect: connection refused",
        ETIMEDOUT: "i/o timeout",
        EHOSTUNREACH: "connect: no route to host",
        ENETUNREACH: "connect: network is unreachable",
    };
    return `dial tcp ${host}:${port}: ${reason[e.code ?? ""] ?? e.message}`;
}
/** Opens TCP to host:port (Packer's ConnectFunc). */
function dialTcp(host, port, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
        const sock = external_node_net_default().connect({ host, port });
        const timer = setTimeout(() => {
            sock.destroy();
            reject(new SshConnectError(dialError(host, port, { code: "ETIMEDOUT" }), false, true));
        }, timeoutMs);
        sock.once("connect", () => {
            clearTimeout(timer);
            sock.setNoDelay(true);
            sock.removeAllListeners("error");
            resolve(sock);
        });
        sock.once("error", (e) => {
            clearTimeout(timer);
            reject(new SshConnectError(dialError(host, port, e), false, true));
        });
    });
}
/** One connection: TCP (or bastion + direct-tcpip) then the handshake. */
async function openConnection(opts) {
    const rw = opts.readWriteTimeoutMs ?? 0;
    if (opts.bastion) {
        const b = opts.bastion;
        const bsock = await dialTcp(b.host, b.port, opts.connectTimeoutMs);
        if (rw > 0)
            bsock.setTimeout(rw, () => bsock.destroy(new Error("i/o timeout")));
        let bastion;
        try {
            bastion = await handshake(bsock, b, opts);
        }
        catch (e) {
            const err = e;
            throw new SshConnectError(`Error connecting to bastion: ${err.message}`, err.auth);
        }
        const stream = await new Promise((resolve, reject) => bastion.forwardOut("127.0.0.1", 0, opts.host, opts.port, (err, ch) => err
            ? reject(new SshConnectError(`ssh: rejected: connect failed (${err.message})`, false, true))
            : resolve(ch))).catch((e) => {
            bastion.end();
            throw e;
        });
        try {
            const client = await handshake(stream, opts, opts, opts.agentForwardSocket);
            client.on("close", () => bastion.end());
            return { client, bastion };
        }
        catch (e) {
            bastion.end();
            throw e;
        }
    }
    const sock = await dialTcp(opts.host, opts.port, opts.connectTimeoutMs);
    if (rw > 0)
        sock.setTimeout(rw, () => sock.destroy(new Error("i/o timeout")));
    return { client: await handshake(sock, opts, opts, opts.agentForwardSocket) };
}
/** Packer's ssh communicator. Create with {@link SshCommunicator.connect}. */
class SshCommunicator {
    options;
    client;
    bastion;
    closeTunnels;
    alive = false;
    constructor(options) {
        this.options = options;
    }
    /** One connection attempt (Packer's `ssh.New`); rejects with an {@link SshConnectError}. */
    static async connect(options) {
        const comm = new SshCommunicator(options);
        await comm.reconnect();
        return comm;
    }
    async reconnect() {
        this.dispose();
        const { client, bastion } = await openConnection(this.options);
        this.client = client;
        this.bastion = bastion;
        this.alive = true;
        client.on("error", () => { });
        client.on("close", () => {
            if (this.client === client)
                this.alive = false;
        });
        client.on("end", () => {
            if (this.client === client)
                this.alive = false;
        });
        if (this.options.tunnels?.length) {
            try {
                this.closeTunnels = await openTunnels(client, this.options.tunnels);
            }
            catch (e) {
                this.dispose();
                throw new SshConnectError(e.message, false);
            }
        }
    }
    dispose() {
        this.closeTunnels?.();
        this.closeTunnels = undefined;
        this.alive = false;
        this.client?.end();
        this.bastion?.end();
        this.client = undefined;
        this.bastion = undefined;
    }
    /** Opens a channel with `open`; when that fails, reconnects once and tries again (newSession). */
    async session(open) {
        if (this.client && this.alive) {
            try {
                return await open(this.client);
            }
            catch {
                // fall through to a reconnect, as Packer does when NewSession fails
            }
        }
        await this.reconnect();
        if (!this.client)
            throw new Error("client not available");
        return open(this.client);
    }
    /**
     * Opens an exec channel. Its exit (`exit-status`/`exit-signal`) is recorded from the exec reply on:
     * the exit can arrive in the same read as the reply, and ssh2 emits it before an awaiting caller
     * could listen.
     */
    execChannel(command, pty) {
        return this.session((c) => new Promise((resolve, reject) => {
            const options = pty
                ? {
                    pty: {
                        term: "xterm",
                        rows: 40,
                        cols: 80,
                        modes: { ECHO: 0, TTY_OP_ISPEED: 14400, TTY_OP_OSPEED: 14400 },
                    },
                }
                : {};
            try {
                c.exec(command, options, (err, ch) => {
                    if (err)
                        return reject(err);
                    const exit = {};
                    ch.on("exit", (code, sig) => {
                        if (typeof code === "number")
                            exit.status = code;
                        else if (sig)
                            exit.signal = sig.replace(/^SIG/, "");
                    });
                    resolve({ ch, exit });
                });
            }
            catch (e) {
                reject(e);
            }
        }));
    }
    async start(command, options = {}) {
        const { signal } = options;
        signal?.throwIfAborted();
        const { ch, exit } = await this.execChannel(`${command}\n`, this.options.pty ?? false);
        return new Promise((resolve, reject) => {
            const onAbort = () => {
                ch.close();
                reject(signal?.reason ?? new Error("aborted"));
            };
            signal?.addEventListener("abort", onAbort, { once: true });
            ch.on("data", (c) => options.stdout?.(c));
            ch.stderr.on("data", (c) => options.stderr?.(c));
            ch.on("close", () => {
                signal?.removeEventListener("abort", onAbort);
                if (exit.status !== undefined)
                    resolve(exit.status);
                else if (exit.signal !== undefined)
                    resolve(128 + (SIGNALS[exit.signal] ?? 0));
                else
                    resolve(CMD_DISCONNECT);
            });
            // Packer's session has no stdin: the remote side reads EOF at once.
            ch.end();
        });
    }
    /** Runs `command` as an scp session: our callback speaks the protocol; then the exit is checked. */
    async scpSession(command, fn) {
        const { ch, exit } = await this.execChannel(command, false);
        const reader = new ByteReader(ch);
        ch.stderr.on("data", () => { });
        const closed = new Promise((r) => ch.on("close", () => r()));
        const write = (data) => new Promise((resolve, reject) => {
            if (ch.destroyed || !ch.writable)
                return reject(new EofError());
            if (ch.write(data))
                resolve();
            else {
                const cleanup = () => {
                    ch.off("drain", onDrain);
                    ch.off("close", onClose);
                };
                const onDrain = () => {
                    cleanup();
                    resolve();
                };
                const onClose = () => {
                    cleanup();
                    reject(new EofError());
                };
                ch.on("drain", onDrain);
                ch.on("close", onClose);
            }
        });
        try {
            await fn({ write, reader });
        }
        catch (e) {
            if (!(e instanceof EofError)) {
                ch.close();
                throw e;
            }
        }
        ch.end();
        await closed;
        const { status, signal: signalName } = exit;
        if (status === 0)
            return;
        if (status === undefined && signalName === undefined) {
            throw new Error("wait: remote command exited without exit status or exit signal");
        }
        if (status === 127) {
            throw new Error("SCP failed to start. This usually means that SCP is not\nproperly installed on the remote system.");
        }
        if (status === undefined) {
            throw new Error(`Process exited with status ${128 + (SIGNALS[signalName ?? ""] ?? 0)} from signal ${signalName}`);
        }
        throw new Error(`Process exited with status ${status}`);
    }
    sftpSession(fn) {
        return this.session((c) => new Promise((resolve, reject) => c.sftp((err, s) => (err ? reject(new Error(`sftpSession error: ${err.message}`)) : resolve(s))))).then(async (sftp) => {
            try {
                return await fn(sftp);
            }
            finally {
                sftp.end();
            }
        });
    }
    async upload(dst, source) {
        if (this.options.fileTransferMethod === "sftp")
            return this.sftpSession((s) => sftpUploadFile(s, dst, source));
        const slash = dst.lastIndexOf("/");
        const dir = slash < 0 ? "." : slash === 0 ? "/" : dst.slice(0, slash);
        const file = dst.slice(slash + 1);
        // Packer escapes spaces in the remote directory only.
        return this.scpSession(`scp -vt ${dir.replaceAll(" ", "\\ ")}`, (ch) => scpUploadFile(ch, file, source));
    }
    async uploadDir(dst, src) {
        if (this.options.fileTransferMethod === "sftp")
            return this.sftpSession((s) => sftpUploadDir(s, dst, src));
        return this.scpSession(`scp -rvt ${dst}`, (ch) => scpUploadDir(ch, src));
    }
    async download(src, output) {
        if (this.options.fileTransferMethod === "sftp")
            return this.sftpSession((s) => sftpDownload(s, src, output));
        const path = src.includes(" ") ? JSON.stringify(src) : src;
        return this.scpSession(`scp -vf ${path}`, (ch) => scpDownloadFile(ch, (chunk) => new Promise((r, j) => output.write(chunk, (e) => (e ? j(e) : r())))));
    }
    /** Always scp, as in Packer 1.6.6 (sftp has no DownloadDir there). */
    async downloadDir(src, dst) {
        return this.scpSession(`scp -vrf ${src}`, (ch) => scpDownloadDir(ch, dst));
    }
    async close() {
        this.dispose();
    }
}

;// CONCATENATED MODULE: ./src/communicator/connect.ts
/**
 * Packer 1.6.6's `StepConnectSSH` wait loop: "Waiting for SSH to become available...", TCP
 * attempts every 5 s, authentication failures counted up to `ssh_handshake_attempts` (2 s apart),
 * "Connected to SSH!", "Timeout waiting for SSH." after `ssh_timeout`; `pause_before_connecting`
 * then connects again.
 */





/** Builds connection options from the template's SSH settings (Packer's SSHConfigFunc + bastion config). */
function sshOptionsFromConfig(ssh, target) {
    const sock = target.env.SSH_AUTH_SOCK;
    const readKey = (p) => (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(target.cwd, p));
    const keys = [];
    if (ssh.privateKeyFile)
        keys.push(readKey(ssh.privateKeyFile));
    if (target.privateKey)
        keys.push(target.privateKey);
    if (ssh.privateKey)
        keys.push(ssh.privateKey);
    if (ssh.agentAuth && !sock)
        throw new Error("SSH_AUTH_SOCK is not set");
    if (ssh.proxy.host)
        throw new Error("ssh_proxy_host is not supported yet by image-build");
    // ssh2 has no OpenSSH certificate authentication: say so rather than log in without it.
    if (ssh.certificateFile || ssh.bastion.certificateFile) {
        throw new Error("ssh_certificate_file is not supported yet by image-build");
    }
    let bastion;
    if (ssh.bastion.host) {
        const b = ssh.bastion;
        if (b.agentAuth && !sock)
            throw new Error("SSH_AUTH_SOCK is not set");
        bastion = {
            host: b.host,
            port: b.port || 22,
            username: b.username,
            password: b.password || undefined,
            privateKeys: b.privateKeyFile ? [readKey(b.privateKeyFile)] : [],
            agent: b.agentAuth ? sock : undefined,
        };
    }
    return {
        host: target.host,
        port: ssh.port || 22,
        username: ssh.username,
        password: ssh.password || undefined,
        privateKeys: keys,
        agent: ssh.agentAuth ? sock : undefined,
        bastion,
        pty: ssh.pty,
        fileTransferMethod: ssh.fileTransferMethod,
        keepAliveIntervalMs: ssh.keepAliveIntervalMs,
        readWriteTimeoutMs: ssh.readWriteTimeoutMs,
        ciphers: ssh.ciphers,
        keyExchangeAlgorithms: ssh.keyExchangeAlgorithms,
        agentForwardSocket: !ssh.disableAgentForwarding && sock ? sock : undefined,
        tunnels: [
            ...ssh.localTunnels.map((t) => parseTunnel(t, "local")),
            ...ssh.remoteTunnels.map((t) => parseTunnel(t, "remote")),
        ],
    };
}
function connect_sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const t = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
const AUTH_HINT = "Packer experienced an authentication error when trying to connect via SSH. This can happen if your " +
    "username/password are wrong. You may want to double-check your credentials as part of your debugging " +
    "process. original error: ";
/** The retry loop (waitForSSH); resolves with a connected communicator. */
async function waitLoop(options, handshakeAttempts, signal, timings) {
    let attempts = 0;
    let first = true;
    for (;;) {
        if (!first)
            await connect_sleep(timings.tcpRetryMs ?? 5_000, signal);
        first = false;
        try {
            const comm = await SshCommunicator.connect(options);
            // The wait ended (timeout, cancel) while this attempt was under way: do not leak it.
            if (signal.aborted) {
                await comm.close();
                throw signal.reason;
            }
            return comm;
        }
        catch (e) {
            if (signal.aborted)
                throw signal.reason;
            const err = e instanceof SshConnectError ? e : new SshConnectError(String(e), false);
            if (err.tcp)
                continue;
            let message = err.message;
            if (message.includes("authenticate")) {
                message = AUTH_HINT + message;
                attempts += 1;
            }
            if (attempts < handshakeAttempts) {
                await connect_sleep(timings.authRetryMs ?? 2_000, signal);
                continue;
            }
            throw new Error(message);
        }
    }
}
/**
 * Waits for SSH as Packer does, with its messages on `ui`; rejects with `Timeout waiting for SSH.`
 * or `Error waiting for SSH: …` text (printed on `ui` too). `signal` cancels the wait.
 */
async function waitForSsh(options, settings, ui, signal, timings = {}) {
    ui.say("Waiting for SSH to become available...");
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const err = new Error("Timeout waiting for SSH.");
            stop.abort(err);
            reject(err);
        }, settings.timeoutMs);
    });
    try {
        const comm = await Promise.race([
            waitLoop(options, settings.handshakeAttempts, stop.signal, timings),
            timeout,
        ]);
        ui.say("Connected to SSH!");
        return comm;
    }
    catch (e) {
        const message = e.message;
        if (signal?.aborted)
            throw e;
        if (message === "Timeout waiting for SSH.")
            ui.error(message);
        else {
            ui.error(`Error waiting for SSH: ${message}`);
        }
        throw e;
    }
    finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
    }
}
/**
 * Packer's StepConnect for SSH: "Using ssh communicator to connect: <host>", the wait, and with
 * `pause_before_connecting` a pause ("Pausing <d> before connecting...") and a second connection.
 */
async function connectSsh(config, target, ui, signal, timings = {}) {
    const options = sshOptionsFromConfig(config.ssh, target);
    const settings = {
        timeoutMs: config.ssh.timeoutMs || 300_000,
        handshakeAttempts: config.ssh.handshakeAttempts || 10,
    };
    ui.say(`Using ssh communicator to connect: ${target.host}`);
    let comm = await waitForSsh(options, settings, ui, signal, timings);
    if (config.pauseBeforeConnectingMs > 0) {
        ui.say(`Pausing ${(0,duration/* formatGoDuration */.IL)(config.pauseBeforeConnectingMs)} before connecting...`);
        await comm.close();
        await connect_sleep(config.pauseBeforeConnectingMs, signal);
        comm = await waitForSsh(options, settings, ui, signal, timings);
    }
    return comm;
}

// EXTERNAL MODULE: ./src/template/gofmt.ts
var gofmt = __webpack_require__(59027);
;// CONCATENATED MODULE: ./src/provisioners/file/run.ts
/**
 * The `file` provisioner at run time (Packer 1.6.6's ProvisionUpload / ProvisionDownload): sources
 * and destination rendered with the build data, directories through UploadDir/DownloadDir with
 * the trailing-slash rule, a destination ending in `/` taking the source's base name.
 */






/** Go's `*PathError` text for a local stat. */
function statText(path, e) {
    const code = e.code;
    return code === "ENOENT" ? `stat ${path}: no such file or directory` : `stat ${path}: ${remote_cmd_errorText(e)}`;
}
/** Runs a `file` provisioner; throws with Packer's message on failure. */
async function runFileProvisioner(config, ctx) {
    const comm = ctx.comm;
    if (!comm) {
        throw new Error("No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator.");
    }
    const { ui } = ctx;
    const cwd = ctx.cwd ?? process.cwd();
    const render = (text, what) => {
        try {
            // Packer renders with the build data as the dot.
            return renderRuntime(ctx, text);
        }
        catch (e) {
            throw new Error(`Error interpolating ${what}: ${remote_cmd_errorText(e)}`);
        }
    };
    const dstTemplate = render(config.destination, "destination");
    if (config.direction === "download") {
        for (const srcTemplate of config.sources) {
            let dst = dstTemplate;
            const src = render(srcTemplate, "source");
            ui.say(`Downloading ${src} => ${dst}`);
            let dir = dst;
            if (!dst.endsWith("/"))
                dir = (0,external_node_path_.dirname)(dir);
            else if (!src.endsWith("/") && !src.endsWith("*"))
                dst = (0,external_node_path_.join)(dst, (0,external_node_path_.basename)(src));
            if (dir !== "")
                await (0,promises_.mkdir)((0,local_path/* resolveLocal */.i)(dir, cwd), { recursive: true, mode: 0o755 });
            if (src.endsWith("/") || /[*?[]/.test(src)) {
                // Packer returns after the first directory source.
                await comm.downloadDir(src, (0,local_path/* resolveLocal */.i)(dst, cwd));
                return;
            }
            const out = (0,external_node_fs_.createWriteStream)((0,local_path/* resolveLocal */.i)(dst, cwd), { mode: 0o644 });
            await new Promise((resolve, reject) => {
                out.once("open", () => resolve());
                out.once("error", reject);
            });
            try {
                await comm.download(src, out);
            }
            catch (e) {
                ui.error(`Download failed: ${remote_cmd_errorText(e)}`);
                throw e;
            }
            finally {
                await new Promise((r) => out.end(r));
            }
        }
        return;
    }
    for (const srcTemplate of config.sources) {
        const src = render(srcTemplate, "source");
        ui.say(`Uploading ${src} => ${dstTemplate}`);
        const local = (0,local_path/* resolveLocal */.i)(src, cwd);
        let info;
        try {
            info = await (0,promises_.stat)(local);
        }
        catch (e) {
            throw new Error(statText(src, e));
        }
        if (info.isDirectory()) {
            try {
                // The trailing slash of the source decides (contents vs. the directory itself).
                await comm.uploadDir(dstTemplate, src.endsWith("/") ? `${local}/` : local);
            }
            catch (e) {
                ui.error(`Upload failed: ${remote_cmd_errorText(e)}`);
                throw e;
            }
            continue;
        }
        const fileDst = dstTemplate.endsWith("/") ? dstTemplate + (0,external_node_path_.basename)(src) : dstTemplate;
        try {
            await comm.upload(fileDst, { path: local });
        }
        catch (e) {
            const text = remote_cmd_errorText(e);
            if (text.includes("Error restoring file")) {
                ui.error(`Upload failed: ${text}; this can occur when your file destination is a folder without a trailing slash.`);
            }
            ui.error(`Upload failed: ${text}`);
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/provisioners/run.ts







/** Runs one decoded provisioner by type, without the generic options. */
async function run_provision(config, ctx) {
    switch (config.type) {
        case "shell":
            return runShellProvisioner(config.config, ctx);
        case "file":
            return runFileProvisioner(config.config, ctx);
        case "shell-local":
            return runShellLocal(config.config, ctx);
    }
}
/** A child signal that fires with the parent, or after `ms` (reason "timeout"). */
function withTimeout(parent, ms) {
    const ctl = new AbortController();
    let fired = false;
    const onAbort = () => ctl.abort(parent.reason);
    parent.addEventListener("abort", onAbort, { once: true });
    const t = setTimeout(() => {
        fired = true;
        ctl.abort(new CancelledError());
    }, ms);
    return {
        signal: ctl.signal,
        timedOut: () => fired,
        dispose: () => {
            clearTimeout(t);
            parent.removeEventListener("abort", onAbort);
        },
    };
}
/**
 * Wraps `run` in Packer's PausedProvisioner / TimeoutProvisioner / RetriedProvisioner with their
 * messages. Retries re-run the pause or timeout too; the first error is the one thrown.
 */
async function runWithGenericOptions(options, ctx, run) {
    const { ui } = ctx;
    const once = async () => {
        if (options.pauseBeforeMs !== 0) {
            ui.say(`Pausing ${(0,duration/* formatGoDuration */.IL)(options.pauseBeforeMs)} before the next provisioner...`);
            await runtime_sleep(options.pauseBeforeMs, ctx.signal);
            return run(ctx);
        }
        if (options.timeoutMs !== 0) {
            ui.say(`Setting a ${(0,duration/* formatGoDuration */.IL)(options.timeoutMs)} timeout for the next provisioner...`);
            const t = withTimeout(ctx.signal, options.timeoutMs);
            const onTimeout = () => {
                if (t.timedOut())
                    ui.error("Cancelling provisioner after a timeout...");
            };
            t.signal.addEventListener("abort", onTimeout, { once: true });
            try {
                return await run({ ...ctx, signal: t.signal });
            }
            finally {
                t.dispose();
            }
        }
        return run(ctx);
    };
    if (options.maxRetries === 0)
        return once();
    if (ctx.signal.aborted)
        throw new CancelledError();
    let first;
    try {
        return await once();
    }
    catch (e) {
        first = e;
    }
    for (let left = options.maxRetries; left > 0; left--) {
        if (ctx.signal.aborted)
            throw first;
        ui.say(`Provisioner failed with ${(0,gofmt/* goQuote */.dg)(errorMessage(first))}, retrying with ${left} trie(s) left`);
        try {
            return await once();
        }
        catch {
            // Packer keeps the first error.
        }
    }
    ui.say("retry limit reached.");
    throw first;
}
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}
/** The generic options of a prepared provisioner (`pause_before` wins over `timeout` in 1.6.6). */
function genericOptionsOf(p) {
    return {
        pauseBeforeMs: p.source.pauseBefore,
        timeoutMs: p.source.pauseBefore !== 0 ? 0 : p.source.timeout,
        maxRetries: p.source.maxRetries,
    };
}
/** Runs one prepared provisioner with its generic options. */
function runProvisioner(p, ctx) {
    return runWithGenericOptions(genericOptionsOf(p), ctx, (c) => run_provision(p.config, c));
}
/**
 * The provisioning step's run: every provisioner in order, stopping at the first error;
 * `onOutcome` hears about each provisioner that ran.
 */
async function runProvisioners(provisioners, ctx, onOutcome) {
    for (const p of provisioners) {
        const started = Date.now();
        try {
            await runProvisioner(p, ctx);
            onOutcome?.({ type: p.config.type, status: "succeeded", durationMs: Date.now() - started });
        }
        catch (e) {
            onOutcome?.({
                type: p.config.type,
                status: "failed",
                durationMs: Date.now() - started,
                error: errorMessage(e),
            });
            throw e;
        }
    }
}
/**
 * The provisioning step's cleanup after the build halted or was cancelled (Packer runs it from the
 * step's Cleanup, whichever later step failed): "Provisioning step had errors: Running the cleanup
 * provisioner, if present...", then the `error-cleanup-provisioner` with a fresh signal. Its own
 * failure is reported on the Ui, never thrown.
 */
async function runErrorCleanupProvisioner(errorCleanup, ctx) {
    ctx.ui.say("Provisioning step had errors: Running the cleanup provisioner, if present...");
    if (!errorCleanup)
        return;
    try {
        await runProvisioner(errorCleanup, { ...ctx, signal: new AbortController().signal });
    }
    catch (e) {
        ctx.ui.error(errorMessage(e));
    }
}

;// CONCATENATED MODULE: ./src/engine/provisioning.ts



/** Packer's generated build data of an alicloud-ecs build. */
function buildData(ctx, runId) {
    const comm = ctx.config.comm;
    const ssh = comm.type === "ssh";
    return {
        ID: ctx.instanceId ?? "",
        Host: ctx.host ?? "",
        Port: String(ssh ? comm.ssh.port : comm.type === "winrm" ? comm.winrm.port : 0),
        User: ssh ? comm.ssh.username : comm.winrm.username,
        Password: ssh ? comm.ssh.password : comm.winrm.password,
        ConnType: comm.type,
        PackerRunUUID: runId,
        PackerHTTPIP: "",
        PackerHTTPPort: "",
        PackerHTTPAddr: "",
        SSHPublicKey: "",
        SSHPrivateKey: ctx.privateKey ?? "",
        WinRMPassword: comm.winrm.password,
    };
}
/** The hooks `runBuilds` gives every build. */
function provisioningHooks(opts) {
    const provisionContext = (ctx, signal) => {
        const data = buildData(ctx, opts.runId);
        const interpolation = opts.template
            ? (0,context/* templateContext */.W)(opts.template, {
                buildName: ctx.buildName,
                buildType: "alicloud-ecs",
                buildData: data,
            })
            : undefined;
        return {
            ui: ctx.ui,
            comm: ctx.communicator,
            signal,
            buildName: ctx.buildName,
            builderType: "alicloud-ecs",
            buildData: data,
            interpolation: interpolation,
            cwd: opts.cwd,
        };
    };
    return {
        async connect(ctx, signal) {
            const comm = ctx.config.comm;
            if (comm.type !== "ssh")
                throw new Error(`The ${comm.type} communicator is not supported yet by image-build`);
            return connectSsh(comm, { host: ctx.host ?? "", privateKey: ctx.privateKey, cwd: opts.cwd, env: opts.env }, ctx.ui, signal, opts.sshTimings);
        },
        async provision(ctx, signal) {
            await runProvisioners(ctx.provisioners, provisionContext(ctx, signal), (o) => ctx.provisionerOutcomes.push(o));
        },
        async provisionErrorCleanup(ctx) {
            await runErrorCleanupProvisioner(ctx.errorCleanupProvisioner, provisionContext(ctx, new AbortController().signal));
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/build.ts
/**
 * `runBuilds`: runs the prepared builds of a template, in parallel (`-parallel-builds`, 0 =
 * unlimited), each with its own prefixed Ui, cloud clients and call accounting, then each build's
 * post-processors. The result lists every build's outcome; the run succeeded only when all did.
 */








/** Runs `fn` over `items` with at most `limit` at once (0 = all at once), keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    const width = limit > 0 ? Math.min(limit, items.length) : items.length;
    let next = 0;
    await Promise.all(Array.from({ length: width }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    }));
    return out;
}
/** The default cloud of a build: its credentials resolved from the template and the environment. */
function defaultCloudFor(opts) {
    const env = opts.env ?? process.env;
    const cache = new Map();
    return async (build, ui) => {
        const c = build.builder.config;
        const template = {
            accessKey: c.accessKey,
            secretKey: c.secretKey,
            securityToken: c.securityToken,
            region: c.region,
            profile: c.profile,
            sharedCredentialsFile: c.sharedCredentialsFile,
            ramRoleName: c.ramRoleName,
            ramRoleArn: c.ramRoleArn,
            ramSessionName: c.ramSessionName,
        };
        if (opts.credentials) {
            return new Cloud({
                credential: opts.credentials.credential,
                region: c.region || opts.credentials.region,
                env: env,
                endpoints: opts.endpoints,
                customEndpointEcs: c.customEndpointEcs,
                ui,
                policy: opts.retryPolicy,
            });
        }
        const key = JSON.stringify(template);
        let pending = cache.get(key);
        if (!pending) {
            pending = resolveCredentials({
                inputs: opts.credentialInputs,
                template,
                env,
                home: opts.home ?? env.HOME ?? (0,external_node_os_.homedir)(),
                mask: opts.mask ?? (() => { }),
                getIdToken: opts.getIdToken,
            });
            cache.set(key, pending);
        }
        const resolved = await pending;
        ui.message(`Using credentials from ${resolved.source}`);
        return new Cloud({
            credential: resolved.credential,
            region: c.region || resolved.region,
            env: env,
            endpoints: opts.endpoints,
            customEndpointEcs: c.customEndpointEcs,
            ui,
            policy: opts.retryPolicy,
        });
    };
}
const build_messageOf = (err) => (err instanceof Error ? err.message : String(err));
/** Runs every build; never throws for a failed build (see each result's status). */
async function runBuilds(prepared, opts) {
    const started = performance.now();
    const runId = opts.runId ?? (0,external_node_crypto_.randomUUID)();
    const signal = opts.signal ?? new AbortController().signal;
    const cloudFor = opts.cloudFor ?? defaultCloudFor(opts);
    const postProcess = opts.postProcess ?? postProcessor({ cwd: opts.cwd ?? process.cwd() });
    const provisioning = opts.provisioning ??
        provisioningHooks({
            template: opts.template,
            runId,
            cwd: opts.cwd ?? process.cwd(),
            env: opts.env ?? process.env,
        });
    const builds = await mapLimit(prepared, opts.parallelBuilds ?? 0, async (build) => {
        const ui = prefixedUi(opts.ui, build.name);
        const t0 = performance.now();
        let cloud;
        try {
            if (signal.aborted)
                throw signal.reason ?? new Error("cancelled");
            cloud = await cloudFor(build, ui);
        }
        catch (err) {
            ui.error(`Build '${build.name}' errored: ${build_messageOf(err)}`);
            return failedBeforeStart(build, err, performance.now() - t0);
        }
        const result = await runAlicloudBuild(build, {
            cloud,
            ui,
            runId,
            cwd: opts.cwd,
            signal,
            onError: opts.onError,
            ledger: opts.ledgerFor?.(build),
            ...provisioning,
            secrets: opts.secrets,
            mask: opts.mask,
            abortGraceMs: opts.abortGraceMs,
        });
        if (result.status !== "succeeded") {
            ui.error(`Build '${build.name}' ${result.status === "cancelled" ? "was cancelled" : `errored: ${build_messageOf(result.error)}`}`);
            return { ...result, postProcessors: [] };
        }
        let postProcessors = [];
        if (result.artifact && build.postProcessors.length > 0) {
            try {
                postProcessors = await postProcess(build, result, {
                    ui,
                    signal,
                    runId,
                    force: opts.force ?? false,
                    template: opts.template,
                });
            }
            catch (err) {
                postProcessors = [{ type: "post-processor", status: "failed", durationMs: 0, error: build_messageOf(err) }];
            }
        }
        const ppFailed = postProcessors.find((p) => p.status === "failed");
        if (ppFailed)
            ui.error(`Build '${build.name}' errored: ${ppFailed.error ?? "post-processor failed"}`);
        else
            ui.say(`Build '${build.name}' finished.`);
        return { ...result, postProcessors };
    });
    const ok = builds.length > 0 &&
        builds.every((b) => b.status === "succeeded" && b.postProcessors.every((p) => p.status === "succeeded"));
    return { runId, builds, ok, exitCode: ok ? 0 : 1, durationMs: performance.now() - started };
}
function failedBeforeStart(build, err, durationMs) {
    const c = build.builder.config;
    return {
        name: build.name,
        status: "failed",
        error: err,
        failedStep: "credentials",
        region: c.region,
        images: {},
        sourceImage: c.sourceImage || undefined,
        instanceType: c.instanceType,
        steps: [],
        calls: [],
        provisioners: [],
        cleanupErrors: [],
        leftBehind: [],
        postProcessors: [],
        durationMs,
    };
}

// EXTERNAL MODULE: ./src/engine/validate.ts + 14 modules
var validate = __webpack_require__(72369);
// EXTERNAL MODULE: ./src/template/diagnostics.ts
var template_diagnostics = __webpack_require__(25738);
// EXTERNAL MODULE: ./src/ui/mask.ts
var ui_mask = __webpack_require__(61828);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/cli/template-args.ts
var template_args = __webpack_require__(19414);
;// CONCATENATED MODULE: ./src/cli/terminal-ui.ts
/**
 * The CLI's Ui: Packer's terminal output (`==> name: message` headlines, `    name: message`
 * details, errors on stderr), or `-machine-readable` lines (`timestamp,target,ui,kind,text`).
 * Every line is masked. Progress is printed when its percentage moves by 10 or every 15 s.
 */

/** Packer's machine-readable escaping: commas and newlines. */
function machineEscape(text) {
    return text.replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\r", "\\r").replaceAll("\n", "\\n");
}
/** A Ui writing to a terminal. */
function terminalUi(opts) {
    const now = opts.now ?? Date.now;
    const lastShown = new Map();
    const mask = (t) => (0,ui_mask/* maskSecrets */.Q)(t, opts.secrets);
    const write = (stream, kind, prefix, text) => {
        const clean = mask(text);
        if (opts.machineReadable) {
            // Packer leaves the target of ui lines empty (the build name is in the text).
            opts.out(`${Math.floor(now() / 1000)},,ui,${kind},${machineEscape(`${prefix}${clean}`)}\n`);
            return;
        }
        const stamp = opts.timestamps ? `${new Date(now()).toISOString()} ` : "";
        const lines = clean.split("\n").map((l) => `${stamp}${prefix}${l}\n`);
        opts[stream](lines.join(""));
    };
    return {
        say: (m) => write("out", "say", "==> ", m),
        message: (m) => write("out", "message", "    ", m),
        error: (m) => write("err", "error", "==> ", m),
        progress(u) {
            const last = lastShown.get(u.id);
            const t = now();
            const moved = u.percent !== undefined && (last?.percent === undefined || u.percent - last.percent >= 10);
            if (!u.done && last && !moved && t - last.at < 15_000)
                return;
            if (u.done && !last)
                return;
            lastShown.set(u.id, { at: t, percent: u.percent });
            const pct = u.percent !== undefined ? ` (${u.percent}%)` : "";
            write("out", "message", "    ", `${u.label}${pct}, ${Math.round(u.elapsedMs / 1000)}s`);
            if (u.done)
                lastShown.delete(u.id);
        },
    };
}

// EXTERNAL MODULE: ./src/cli/validate.ts
var cli_validate = __webpack_require__(84446);
;// CONCATENATED MODULE: ./src/cli/build.ts
/**
 * `image-build build`: runs the builds of a template as `packer build` does, in-process: Packer's
 * flags, `==> name: message` output, the closing list of artifacts, and Ctrl-C (SIGINT/SIGTERM)
 * cancelling every build and cleaning up before exiting.
 */











const FLAGS = [
    ...cli_validate/* TEMPLATE_FLAGS */.nq.map((f) => f.name === "only" || f.name === "except" ? { ...f, help: f.help.replace("Validate", "Build") } : f),
    {
        name: "force",
        kind: "bool",
        help: "Force a build to continue if artifacts exist, deletes existing artifacts.",
    },
    {
        name: "on-error",
        kind: "string",
        placeholder: "[cleanup|abort]",
        help: "If the build fails do: clean up (default), abort (leave the resources, listed).",
    },
    {
        name: "parallel-builds",
        kind: "string",
        placeholder: "N",
        help: "Number of builds to run in parallel. 0 means no limit (Default: 0).",
    },
    { name: "machine-readable", kind: "bool", help: "Produce machine-readable output." },
    {
        name: "timestamp-ui",
        kind: "bool",
        help: "Enable prefixing of each ui output with an RFC3339 timestamp.",
    },
    { name: "color", kind: "bool", help: "Accepted for Packer compatibility (output is not coloured)." },
    { name: "debug", kind: "bool", help: "Accepted for Packer compatibility (no pauses between steps)." },
];
const BUILD_USAGE = `Usage: image-build build [options] TEMPLATE

  Will execute multiple builds in parallel as defined in the template. The various artifacts
  created by the template will be outputted. Ctrl-C cancels every build and cleans up first.

Options:

${(0,flags/* flagUsage */.Yq)(FLAGS)}
`;
const cli_build_messageOf = (err) => (err instanceof Error ? err.message : String(err));
function elapsed(ms) {
    const s = Math.round(ms / 1000);
    const m = Math.floor(s / 60);
    const parts = [
        m > 0 ? `${m} minute${m === 1 ? "" : "s"}` : "",
        `${s % 60} second${s % 60 === 1 ? "" : "s"}`,
    ];
    return parts.filter(Boolean).join(" ");
}
/** Runs `build`; returns the exit code. */
async function runBuild(argv, io) {
    const args = (0,template_args/* parseTemplateArgs */.T)(argv, FLAGS, BUILD_USAGE, io.err);
    if (!args)
        return 1;
    const { flags, path, vars, varFiles, only, except } = args;
    const onErrorFlag = flags.values.get("on-error") ?? "cleanup";
    const onError = onErrorFlag === "cleanup" || onErrorFlag === "run-cleanup-provisioner"
        ? "cleanup"
        : onErrorFlag === "abort"
            ? "abort"
            : undefined;
    if (!onError) {
        io.err(`invalid value "${onErrorFlag}" for flag -on-error: must be cleanup or abort ("ask" is not supported)\n`);
        return 1;
    }
    const parallelText = flags.values.get("parallel-builds") ?? "0";
    const parallelBuilds = Number(parallelText);
    if (!/^\d+$/.test(parallelText) || !Number.isSafeInteger(parallelBuilds)) {
        io.err(`invalid value "${parallelText}" for flag -parallel-builds: parse error\n`);
        return 1;
    }
    const force = flags.values.get("force") === "true";
    const machineReadable = flags.values.get("machine-readable") === "true";
    const v = await (0,validate/* validateTemplate */.d)({
        path,
        vars,
        varFiles,
        only,
        except,
        env: io.env,
        cwd: io.cwd,
        force,
    });
    const secrets = new Set(v.secrets.filter((s) => s !== ""));
    const shown = (file) => {
        const rel = (0,external_node_path_.relative)(io.cwd, file);
        return rel.startsWith("..") ? file : rel;
    };
    const diagnostics = v.diagnostics.map((d) => (0,template_diagnostics/* formatDiagnostic */.xy)({ ...d, file: shown(d.file) }));
    if (diagnostics.length)
        io.err((0,ui_mask/* maskSecrets */.Q)(`${diagnostics.join("\n")}\n`, secrets));
    if (!v.ok) {
        const errors = v.diagnostics.filter((d) => d.severity === "error").length;
        io.err(`${(0,cli_validate/* count */.U9)(errors, "error")} in ${shown(path)}\n`);
        return 1;
    }
    if (v.prepared.length === 0) {
        io.err("Error: no builds to run\n");
        return 1;
    }
    const ui = terminalUi({
        out: io.out,
        err: io.err,
        secrets,
        machineReadable,
        timestamps: flags.values.get("timestamp-ui") === "true",
    });
    // Ctrl-C / SIGTERM: cancel, let every build clean up, then exit.
    const ctl = new AbortController();
    const onSignal = (sig) => {
        if (ctl.signal.aborted) {
            ui.error(`Received ${sig} again: cleanup is still running, please wait (resources would leak otherwise).`);
            return;
        }
        ui.error("Interrupt received. Cancelling builds and cleaning up...");
        ctl.abort(new Error(`Build cancelled (${sig})`));
    };
    const handlers = [];
    if (io.signal) {
        if (io.signal.aborted)
            ctl.abort(io.signal.reason);
        else
            io.signal.addEventListener("abort", () => onSignal("cancel"), { once: true });
    }
    else {
        for (const sig of ["SIGINT", "SIGTERM"]) {
            const h = () => onSignal(sig);
            process.on(sig, h);
            handlers.push([sig, h]);
        }
    }
    const started = Date.now();
    let results;
    let exitCode;
    try {
        const r = await runBuilds(v.prepared, {
            ui,
            signal: ctl.signal,
            onError,
            parallelBuilds,
            force,
            runId: (0,external_node_crypto_.randomUUID)(),
            template: v.template,
            env: io.env,
            cwd: io.cwd,
            home: io.home ?? io.env.HOME ?? (0,external_node_os_.homedir)(),
            mask: (s) => {
                if (s)
                    secrets.add(s);
            },
            secrets: [...secrets],
        });
        results = r.builds;
        exitCode = r.exitCode;
    }
    finally {
        for (const [sig, h] of handlers)
            process.off(sig, h);
    }
    const out = (t) => io.out((0,ui_mask/* maskSecrets */.Q)(t, secrets));
    const failed = results.filter((b) => b.status !== "succeeded" || b.postProcessors.some((p) => p.status === "failed"));
    if (!machineReadable) {
        out(`==> Wait completed after ${elapsed(Date.now() - started)}\n`);
        if (failed.length > 0) {
            io.err((0,ui_mask/* maskSecrets */.Q)("\n==> Some builds didn't complete successfully and had errors:\n", secrets));
            for (const b of failed) {
                const why = b.status === "cancelled"
                    ? "Build was cancelled."
                    : cli_build_messageOf(b.error ?? b.postProcessors.find((p) => p.status === "failed")?.error);
                io.err((0,ui_mask/* maskSecrets */.Q)(`--> ${b.name}: ${why}\n`, secrets));
            }
        }
        const withArtifacts = results.filter((b) => b.status === "succeeded" && b.artifact);
        if (withArtifacts.length > 0) {
            out("\n==> Builds finished. The artifacts of successful builds are:\n");
            for (const b of withArtifacts)
                out(`--> ${b.name}: ${b.artifact.toString()}\n`);
        }
        else if (failed.length === 0) {
            out("\n==> Builds finished but no artifacts were created.\n");
        }
    }
    else {
        for (const b of results) {
            if (b.artifact) {
                const t = Math.floor(Date.now() / 1000);
                out(`${t},${b.name},artifact-count,1\n`);
                out(`${t},${b.name},artifact,0,builder-id,${b.artifact.builderId}\n`);
                out(`${t},${b.name},artifact,0,id,${b.artifact.id().replaceAll(",", "%!(PACKER_COMMA)")}\n`);
                out(`${t},${b.name},artifact,0,end\n`);
            }
            if (b.status !== "succeeded")
                out(`${Math.floor(Date.now() / 1000)},${b.name},error,${String(cli_build_messageOf(b.error)).replaceAll(",", "%!(PACKER_COMMA)").replaceAll("\n", "\\n")}\n`);
        }
    }
    return exitCode;
}


/***/ })

};
