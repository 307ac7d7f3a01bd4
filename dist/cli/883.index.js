export const id = 883;
export const ids = [883];
export const modules = {

/***/ 30883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEmulatorCli: () => (/* binding */ runEmulatorCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./emulator/calllog.ts
const SECRET = /(AccessKeySecret|Password|PrivateKeyBody|SecurityToken|Signature|OIDCToken|SAMLAssertion|Secret)$/i;
/** Masks secret-bearing parameters (AccessKeySecret, Password, PrivateKeyBody, SecurityToken, signatures, OIDC tokens). */
function maskParams(params, drop = new Set()) {
    const out = {};
    for (const [k, v] of params) {
        if (drop.has(k))
            continue;
        const last = k.split(".").pop() ?? k;
        out[k] = SECRET.test(last) ? "******" : v;
    }
    return out;
}
/** A bounded in-memory log of calls. */
class CallLog {
    limit;
    entries = [];
    nextSeq = 1;
    constructor(limit = 100_000) {
        this.limit = limit;
    }
    /** Appends a call (seq assigned here) and returns it. */
    record(entry) {
        const full = { seq: this.nextSeq++, ...entry };
        this.entries.push(full);
        if (this.entries.length > this.limit)
            this.entries.splice(0, this.entries.length - this.limit);
        return full;
    }
    /** Calls in order, optionally filtered. */
    list(filter = {}) {
        return this.entries.filter((e) => (filter.product === undefined || e.product?.toLowerCase() === filter.product.toLowerCase()) &&
            (filter.action === undefined || e.action === filter.action) &&
            (filter.code === undefined || e.code === filter.code) &&
            (filter.sinceSeq === undefined || e.seq > filter.sinceSeq));
    }
    /** Forgets every recorded call. */
    clear() {
        this.entries = [];
    }
}

;// CONCATENATED MODULE: ./emulator/faults.ts
/** mulberry32: a small seeded PRNG (reproducible probability faults). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const WIRE_EFFECTS = new Set(["throttle", "error", "delay", "reset"]);
const ALL_EFFECTS = new Set([...WIRE_EFFECTS, "stuck", "fail"]);
/** Checks a rule's shape; throws a readable Error when it is wrong. */
function validateRule(rule) {
    if (!rule || typeof rule !== "object")
        throw new Error("fault rule must be an object");
    if (!ALL_EFFECTS.has(rule.effect))
        throw new Error(`fault rule: unknown effect ${JSON.stringify(rule.effect)}`);
    if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1))
        throw new Error("fault rule: probability must be within 0..1");
    if ((rule.effect === "stuck" || rule.effect === "fail") && !rule.target?.kind)
        throw new Error(`fault rule: effect ${rule.effect} needs target.kind`);
}
/** Parses a faults file's text: `{"rules":[…]}` or `[…]`. */
function parseFaultsJson(text) {
    const doc = JSON.parse(text);
    const rules = Array.isArray(doc) ? doc : doc.rules;
    if (!Array.isArray(rules))
        throw new Error('faults file: expected a list of rules or {"rules": [...]}');
    for (const r of rules)
        validateRule(r);
    return rules;
}
/** The fault injector shared by the wire layer and the services. */
class FaultInjector {
    defaultSeed;
    rules = [];
    counter = 0;
    constructor(rules = [], defaultSeed = 1) {
        this.defaultSeed = defaultSeed;
        for (const r of rules)
            this.add(r);
    }
    /** Adds a rule; returns its id. */
    add(rule) {
        validateRule(rule);
        const id = rule.id ?? `fault-${++this.counter}`;
        this.rules = this.rules.filter((s) => s.rule.id !== id);
        this.rules.push({
            rule: { ...rule, id },
            matched: 0,
            fired: 0,
            random: mulberry32(rule.seed ?? this.defaultSeed),
        });
        return id;
    }
    /** Removes a rule by id; true when it existed. */
    remove(id) {
        const before = this.rules.length;
        this.rules = this.rules.filter((s) => s.rule.id !== id);
        return this.rules.length !== before;
    }
    /** Removes every rule. */
    clear() {
        this.rules = [];
    }
    /** Rules with their counters. */
    list() {
        return this.rules.map((s) => ({ ...s.rule, matched: s.matched, fired: s.fired }));
    }
    fires(s) {
        const { rule } = s;
        s.matched++;
        if (rule.times !== undefined && s.fired >= rule.times)
            return false;
        if (rule.nth !== undefined) {
            const list = Array.isArray(rule.nth) ? rule.nth : [rule.nth];
            if (!list.includes(s.matched))
                return false;
        }
        if (rule.after !== undefined && s.matched <= rule.after)
            return false;
        if (rule.probability !== undefined && !(s.random() < rule.probability))
            return false;
        s.fired++;
        return true;
    }
    /** The wire-level rules that fire for this call (every matching rule counts the call). */
    matchCall(call) {
        const out = [];
        for (const s of this.rules) {
            const { rule } = s;
            if (!WIRE_EFFECTS.has(rule.effect))
                continue;
            if (rule.product && rule.product.toLowerCase() !== call.product.toLowerCase())
                continue;
            if (rule.action) {
                const actions = Array.isArray(rule.action) ? rule.action : [rule.action];
                if (!actions.includes(call.action))
                    continue;
            }
            if (rule.params && !Object.entries(rule.params).every(([k, v]) => call.params.get(k) === v))
                continue;
            if (this.fires(s))
                out.push(rule);
        }
        return out;
    }
    /**
     * For the services: the first `stuck`/`fail` rule that fires for this resource. `kind` must
     * match; a rule's `id`/`transition`, when set, must match too. Each query counts as a call for
     * `nth`/`after`/`probability`/`times`.
     */
    queryResourceFault(effect, resource) {
        for (const s of this.rules) {
            const { rule } = s;
            if (rule.effect !== effect || !rule.target)
                continue;
            const t = rule.target;
            if (t.kind !== resource.kind)
                continue;
            if (t.id !== undefined && t.id !== resource.id)
                continue;
            if (t.transition !== undefined && t.transition !== resource.transition)
                continue;
            if (this.fires(s))
                return rule;
        }
        return undefined;
    }
}
/** Exported query function for the services (same as `faults.queryResourceFault`). */
function queryResourceFault(faults, effect, resource) {
    return faults?.queryResourceFault(effect, resource);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./emulator/identity/store.ts
/**
 * Identities the emulator knows: accounts with their AccessKeys, RAM roles, OIDC providers and the
 * STS credentials issued for assumed roles. Implements the wire layer's `CredentialStore`.
 *
 * The default account (documented in emulator/README.md) is account `1234567890123456` with the
 * local-only key `EMULATORACCESSKEY` / `EmulatorAccessKeySecretNotForRealUse`.
 */

/** The default account id (below 2^53 so SDK number fields keep it exact). */
const DEFAULT_ACCOUNT_ID = "1234567890123456";
/** The default account's AccessKey id (deliberately not shaped like a real `LTAI…` key). */
const DEFAULT_ACCESS_KEY_ID = "EMULATORACCESSKEY";
/** The default account's AccessKey secret. */
const DEFAULT_ACCESS_KEY_SECRET = "EmulatorAccessKeySecretNotForRealUse";
/** The role attached to the emulated machine and registered in the default account. */
const DEFAULT_ROLE_NAME = "EmulatorRole";
/** The OIDC provider registered in the default account. */
const DEFAULT_OIDC_PROVIDER = "GitHubActions";
const DEFAULT_OIDC_ISSUER = "https://token.actions.githubusercontent.com";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
function randomString(n) {
    const bytes = (0,external_node_crypto_.randomBytes)(n);
    let s = "";
    for (const b of bytes)
        s += ALNUM[b % ALNUM.length];
    return s;
}
/** ISO time without milliseconds, as STS writes `Expiration`. */
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
/** The default account: one key, one role (`EmulatorRole`), one OIDC provider (`GitHubActions`, no keys until added). */
function defaultAccount() {
    return {
        accountId: DEFAULT_ACCOUNT_ID,
        accessKeyId: DEFAULT_ACCESS_KEY_ID,
        accessKeySecret: DEFAULT_ACCESS_KEY_SECRET,
        roles: [{ name: DEFAULT_ROLE_NAME, maxSessionDuration: 43200 }],
        oidcProviders: [
            {
                name: DEFAULT_OIDC_PROVIDER,
                issuerUrl: DEFAULT_OIDC_ISSUER,
                clientIds: ["sts.aliyuncs.com"],
                jwks: [],
            },
        ],
    };
}
/** Accounts, keys, roles, OIDC providers and STS sessions; the emulator's `CredentialStore`. */
class IdentityStore {
    keys = new Map();
    roles = new Map();
    providers = new Map();
    accounts = new Map();
    usedNonces = new Map();
    /** Clock (ms); replaceable for tests. */
    now = Date.now;
    constructor(accounts = [defaultAccount()]) {
        for (const a of accounts)
            this.addAccount(a);
    }
    /** Adds an account with its key, users, roles and providers. */
    addAccount(account) {
        this.accounts.set(account.accountId, account);
        this.keys.set(account.accessKeyId, {
            accessKeyId: account.accessKeyId,
            accessKeySecret: account.accessKeySecret,
            caller: {
                accountId: account.accountId,
                arn: `acs:ram::${account.accountId}:root`,
                identityType: "Account",
            },
        });
        for (const u of account.users ?? []) {
            this.keys.set(u.accessKeyId, {
                accessKeyId: u.accessKeyId,
                accessKeySecret: u.accessKeySecret,
                caller: {
                    accountId: account.accountId,
                    arn: `acs:ram::${account.accountId}:user/${u.name}`,
                    identityType: "RAMUser",
                },
            });
        }
        for (const r of account.roles ?? [])
            this.addRole(account.accountId, r);
        for (const p of account.oidcProviders ?? [])
            this.addOidcProvider(account.accountId, p);
    }
    /** Account ids known. */
    accountIds() {
        return [...this.accounts.keys()];
    }
    /** Adds (or replaces) a RAM role; returns it. */
    addRole(accountId, role) {
        const arn = `acs:ram::${accountId}:role/${role.name.toLowerCase()}`;
        const record = {
            name: role.name,
            maxSessionDuration: role.maxSessionDuration ?? 3600,
            trustedPrincipals: role.trustedPrincipals ?? [accountId],
            trustedOidcProviders: role.trustedOidcProviders,
            externalId: role.externalId,
            accountId,
            arn,
            roleId: `3${accountId.slice(-6)}${String(this.roles.size + 1).padStart(11, "0")}`,
        };
        this.roles.set(arn, record);
        return record;
    }
    /** The role with this ARN (role names are case-insensitive, as in RAM). */
    findRole(arn) {
        const m = /^acs:ram::(\d+):role\/(.+)$/.exec(arn);
        if (!m)
            return undefined;
        return this.roles.get(`acs:ram::${m[1]}:role/${m[2].toLowerCase()}`);
    }
    /** Adds (or replaces) an OIDC provider; returns it. */
    addOidcProvider(accountId, provider) {
        const arn = `acs:ram::${accountId}:oidc-provider/${provider.name}`;
        const record = {
            ...provider,
            jwks: [...provider.jwks],
            clientIds: [...provider.clientIds],
            accountId,
            arn,
        };
        this.providers.set(arn, record);
        return record;
    }
    /** The OIDC provider with this ARN. */
    findOidcProvider(arn) {
        return this.providers.get(arn);
    }
    /** Adds a public JWK to a provider's JWKS; throws when the provider does not exist. */
    addOidcKey(providerArn, jwk) {
        const p = this.providers.get(providerArn);
        if (!p)
            throw new Error(`no OIDC provider ${providerArn}`);
        p.jwks.push(jwk);
    }
    /** Accounts, users, roles and OIDC providers, without any secret (for `GET /_emulator/identity`). */
    describe() {
        return {
            accounts: [...this.accounts.values()].map((a) => ({
                accountId: a.accountId,
                accessKeyId: a.accessKeyId,
                users: (a.users ?? []).map((u) => ({ name: u.name, accessKeyId: u.accessKeyId })),
            })),
            roles: [...this.roles.values()],
            oidcProviders: [...this.providers.values()].map((p) => ({
                ...p,
                jwks: p.jwks.map((k) => ({ kid: k.kid, kty: k.kty })),
            })),
        };
    }
    /** `CredentialStore`: the key record, or undefined. */
    lookup(accessKeyId) {
        return this.keys.get(accessKeyId);
    }
    /**
     * Issues STS credentials for a role session (AssumeRole, AssumeRoleWithOIDC, IMDS). `expiresAt`
     * may be given directly (tests use a past time to get an expired token).
     */
    issueStsCredentials(role, sessionName, opts = {}) {
        const now = this.now();
        const expiresAt = opts.expiresAt ?? now + (opts.durationSeconds ?? 3600) * 1000;
        const accessKeyId = `STS.${randomString(25)}`;
        const accessKeySecret = randomString(44);
        const securityToken = `CAIS${(0,external_node_crypto_.randomBytes)(180).toString("base64").replace(/[+/=]/g, "")}`;
        this.keys.set(accessKeyId, {
            accessKeyId,
            accessKeySecret,
            securityToken,
            expiresAt,
            caller: {
                accountId: role.accountId,
                arn: `acs:ram::${role.accountId}:assumed-role/${role.name}/${sessionName}`,
                identityType: "AssumedRoleUser",
                roleName: role.name,
                roleSessionName: sessionName,
            },
        });
        this.pruneExpired(now);
        return { accessKeyId, accessKeySecret, securityToken, expiresAt, expiration: isoSeconds(expiresAt) };
    }
    /** Drops STS keys that expired more than a day ago (keeps recent ones so they answer `.Expired`). */
    pruneExpired(now) {
        if (this.keys.size < 10_000)
            return;
        for (const [id, rec] of this.keys)
            if (rec.expiresAt !== undefined && rec.expiresAt < now - 86_400_000)
                this.keys.delete(id);
    }
    /** Records a signature nonce; false when it was already used (within 15 minutes). */
    useNonce(accessKeyId, nonce) {
        const now = this.now();
        const key = `${accessKeyId}\n${nonce}`;
        const seen = this.usedNonces.get(key);
        if (seen !== undefined && now - seen < 900_000)
            return false;
        this.usedNonces.set(key, now);
        if (this.usedNonces.size > 100_000) {
            for (const [k, t] of this.usedNonces)
                if (now - t >= 900_000)
                    this.usedNonces.delete(k);
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./emulator/types.ts
/**
 * The seam between the emulator's wire layer (HTTP, signatures, routing, parameter decoding,
 * errors, faults, call log: `emulator/wire/`) and its services (state and rules, and the shapes of
 * their answers: `emulator/services/<product>/`). A service never sees HTTP; the wire layer never
 * knows what an instance is.
 */
/** Thrown by a handler to answer with an API error (code, message and HTTP status as the metadata gives them). */
class ApiError extends Error {
    code;
    httpStatus;
    constructor(code, message, httpStatus = 400) {
        super(message);
        this.name = "ApiError";
        this.code = code;
        this.httpStatus = httpStatus;
    }
}

;// CONCATENATED MODULE: ./emulator/wire/params.ts

/** Protocol parameters that are never business parameters. */
const PROTOCOL_PARAMS = new Set([
    "Action",
    "Version",
    "Format",
    "Timestamp",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "SignatureType",
    "AccessKeyId",
    "Signature",
    "SecurityToken",
    "BearerToken",
]);
/** `MissingParameter` as the gateway words it. */
function missingParameter(name) {
    return new ApiError("MissingParameter", `The input parameter "${name}" that is mandatory for processing this request is not supplied.`, 400);
}
/** `InvalidParameter` as the gateway words it. */
function invalidParameter(name, why) {
    return new ApiError("InvalidParameter", `The specified parameter "${name}" is not valid.${why ? ` ${why}` : ""}`, 400);
}
const num = (v) => v === undefined || v === "" ? undefined : Number(v);
/** Groups flat keys under a prefix: `Tag.1.Key` under `Tag` → `{ "1": {"Key": v} }` as raw sub-maps. */
function children(flat, prefix) {
    const out = new Map();
    const p = `${prefix}.`;
    for (const [k, v] of flat) {
        if (!k.startsWith(p))
            continue;
        const rest = k.slice(p.length);
        const dot = rest.indexOf(".");
        const head = dot < 0 ? rest : rest.slice(0, dot);
        const tail = dot < 0 ? "" : rest.slice(dot + 1);
        let sub = out.get(head);
        if (!sub) {
            sub = new Map();
            out.set(head, sub);
        }
        sub.set(tail, v);
    }
    return out;
}
/** Re-roots a sub-map (keys relative to a child) under a synthetic name so decode() can recurse. */
function reroot(sub, name) {
    const out = new Map();
    for (const [k, v] of sub)
        out.set(k === "" ? name : `${name}.${k}`, v);
    return out;
}
function decodeScalar(path, schema, raw) {
    const type = schema.type ?? "string";
    let value = raw;
    if (type === "integer") {
        if (!/^[-+]?\d+$/.test(raw.trim()))
            throw invalidParameter(path);
        value = Number(raw);
    }
    else if (type === "number") {
        const n = Number(raw);
        if (raw.trim() === "" || !Number.isFinite(n))
            throw invalidParameter(path);
        value = n;
    }
    else if (type === "boolean") {
        const l = raw.trim().toLowerCase();
        if (l !== "true" && l !== "false")
            throw invalidParameter(path);
        value = l === "true";
    }
    else if (type === "object" || type === "array") {
        try {
            value = JSON.parse(raw);
        }
        catch {
            throw invalidParameter(path);
        }
    }
    if (Array.isArray(schema.enum) && schema.enum.length > 0 && typeof value !== "object") {
        if (!schema.enum.map(String).includes(String(value)))
            throw invalidParameter(path);
    }
    if (typeof value === "number") {
        const min = num(schema.minimum);
        const max = num(schema.maximum);
        if (min !== undefined && Number.isFinite(min) && value < min)
            throw invalidParameter(path);
        if (max !== undefined && Number.isFinite(max) && value > max)
            throw invalidParameter(path);
    }
    if (typeof value === "string") {
        const minL = num(schema.minLength);
        const maxL = num(schema.maxLength);
        if (minL !== undefined && value.length < minL)
            throw invalidParameter(path);
        if (maxL !== undefined && value.length > maxL)
            throw invalidParameter(path);
    }
    return value;
}
/**
 * Decodes one parameter from the flat map, or returns undefined when absent. `style` is the
 * metadata's serialization; nested arrays use `.N` and nested objects `.Child`.
 */
function decode(path, schema, style, flat) {
    const type = schema.type ?? "string";
    const direct = flat.get(path);
    if (style === "json") {
        return direct === undefined
            ? undefined
            : decodeScalar(path, { ...schema, type: type === "array" ? "array" : "object" }, direct);
    }
    if (type === "array") {
        if (style === "simple" && direct !== undefined) {
            const items = direct === "" ? [] : direct.split(",");
            return items.map((v, i) => decodeScalar(`${path}.${i + 1}`, schema.items ?? {}, v));
        }
        const groups = children(flat, path);
        if (groups.size === 0) {
            // Some clients send a JSON list in the bare name.
            if (direct?.trim().startsWith("["))
                return decodeScalar(path, schema, direct);
            return undefined;
        }
        const indexes = [...groups.keys()].filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
        const itemSchema = schema.items ?? {};
        const items = indexes.map((idx) => {
            const name = `${path}.${idx}`;
            return decode(name, itemSchema, undefined, reroot(groups.get(idx), name));
        });
        const maxItems = num(schema.maxItems);
        if (maxItems !== undefined && items.length > maxItems)
            throw invalidParameter(path);
        return items;
    }
    if (type === "object" && schema.properties) {
        const out = {};
        let any = false;
        for (const [prop, propSchema] of Object.entries(schema.properties)) {
            const v = decode(`${path}.${prop}`, propSchema, undefined, flat);
            if (v !== undefined) {
                out[prop] = v;
                any = true;
            }
        }
        if (!any && direct !== undefined && direct.trim().startsWith("{"))
            return decodeScalar(path, schema, direct);
        return any ? out : undefined;
    }
    if (direct === undefined)
        return undefined;
    return decodeScalar(path, schema, direct);
}
/**
 * Decodes and validates all of an action's parameters from the wire's flat string map. Unknown
 * parameters are ignored, as the real API does. Throws ApiError (MissingParameter, InvalidParameter).
 */
function decodeParams(meta, flat) {
    const out = {};
    for (const p of meta.parameters) {
        if (PROTOCOL_PARAMS.has(p.name))
            continue;
        const value = decode(p.name, p.schema, p.style, flat);
        if (value === undefined || (value === "" && p.schema.required)) {
            if (p.schema.required)
                throw missingParameter(p.name);
            continue;
        }
        params_assign(out, p.name, value);
    }
    return out;
}
/**
 * Sets `value` at a parameter name. Dotted names (the metadata lists `SystemDisk.Size` beside a
 * flat `SystemDisk` object) are nested, merging with what is already there.
 */
function params_assign(out, name, value) {
    const path = name.split(".");
    let node = out;
    for (const key of path.slice(0, -1)) {
        const next = node[key];
        if (next === undefined || next === null || typeof next !== "object" || Array.isArray(next))
            node[key] = {};
        node = node[key];
    }
    const last = path[path.length - 1];
    const prev = node[last];
    if (prev &&
        typeof prev === "object" &&
        !Array.isArray(prev) &&
        value &&
        typeof value === "object" &&
        !Array.isArray(value))
        node[last] = { ...prev, ...value };
    else
        node[last] = value;
}

;// CONCATENATED MODULE: ./emulator/identity/jwt.ts
/**
 * Verifies an OIDC ID token (JWT, RS256 or ES256) against a provider's JWKS, issuer and audiences,
 * with Node's crypto. Failures carry the STS error codes AssumeRoleWithOIDC answers with.
 */


const invalid = (why) => new ApiError("AuthenticationFail.OIDCToken.Invalid", `The OIDCToken is invalid: ${why}.`, 400);
function b64json(part) {
    try {
        const v = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
        if (v && typeof v === "object" && !Array.isArray(v))
            return v;
    }
    catch {
        // fall through
    }
    throw invalid("malformed JWT");
}
/** Verifies `token`; `nowSeconds` is the clock; `leewaySeconds` tolerates clock skew on nbf/iat. */
function verifyOidcToken(token, provider, nowSeconds, leewaySeconds = 60) {
    const parts = token.trim().split(".");
    if (parts.length !== 3)
        throw invalid("malformed JWT");
    const header = b64json(parts[0]);
    const claims = b64json(parts[1]);
    const alg = header.alg;
    if (alg !== "RS256" && alg !== "ES256")
        throw invalid(`unsupported algorithm ${String(alg)}`);
    const candidates = provider.jwks.filter((k) => (header.kid === undefined || k.kid === header.kid) &&
        (alg === "RS256" ? k.kty === "RSA" : k.kty === "EC"));
    if (candidates.length === 0)
        throw invalid("no key of the OIDC provider matches the token");
    const data = Buffer.from(`${parts[0]}.${parts[1]}`);
    const signature = Buffer.from(parts[2], "base64url");
    const ok = candidates.some((jwk) => {
        try {
            const key = (0,external_node_crypto_.createPublicKey)({ key: jwk, format: "jwk" });
            return alg === "RS256"
                ? (0,external_node_crypto_.verify)("sha256", data, key, signature)
                : (0,external_node_crypto_.verify)("sha256", data, { key, dsaEncoding: "ieee-p1363" }, signature);
        }
        catch {
            return false;
        }
    });
    if (!ok)
        throw invalid("signature verification failed");
    const iss = claims.iss;
    if (typeof iss !== "string" || iss.replace(/\/$/, "") !== provider.issuerUrl.replace(/\/$/, ""))
        throw new ApiError("AuthenticationFail.OIDCToken.IssuerNotMatch", "The issuer of the OIDCToken does not match the issuer URL of the OIDC provider.", 400);
    const aud = typeof claims.aud === "string" ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud.map(String) : [];
    if (!aud.some((a) => provider.clientIds.includes(a)))
        throw new ApiError("AuthenticationFail.OIDCToken.ClientIdNotMatch", "The audience of the OIDCToken does not match any client ID of the OIDC provider.", 400);
    const exp = claims.exp;
    if (typeof exp !== "number")
        throw invalid("missing exp");
    if (exp <= nowSeconds)
        throw new ApiError("AuthenticationFail.OIDCToken.Expired", "The OIDCToken is expired.", 400);
    if (typeof claims.nbf === "number" && claims.nbf > nowSeconds + leewaySeconds)
        throw invalid("token not yet valid (nbf)");
    const iat = typeof claims.iat === "number" ? claims.iat : undefined;
    if (iat !== undefined && iat > nowSeconds + leewaySeconds)
        throw invalid("token issued in the future (iat)");
    if (typeof claims.sub !== "string" || claims.sub === "")
        throw invalid("missing sub");
    return { subject: claims.sub, issuer: iss, audiences: aud, expiresAt: exp, issuedAt: iat ?? nowSeconds };
}

;// CONCATENATED MODULE: ./emulator/identity/sts.ts
/**
 * The STS service (2015-04-01): AssumeRole, AssumeRoleWithOIDC, GetCallerIdentity, answering with
 * the shapes and error codes of the official metadata.
 */




const ROLE_ARN = /^acs:ram::\d+:role\/[A-Za-z0-9.@_-]{1,64}$/;
const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/;
const EXTERNAL_ID = /^[A-Za-z0-9=,.@:/_-]{2,1224}$/;
const errors = {
    duration: () => new ApiError("InvalidParameter.DurationSeconds", "The Min/Max value of DurationSeconds is 15min/1hr.", 400),
    roleArn: () => new ApiError("InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.", 400),
    sessionName: () => new ApiError("InvalidParameter.RoleSessionName", "The parameter RoleSessionName is wrongly formed.", 400),
    externalId: () => new ApiError("InvalidParameter.ExternalId", "The parameter ExternalId is wrongly formed.", 400),
    policyGrammar: () => new ApiError("InvalidParameter.PolicyGrammar", "The parameter Policy has not passed grammar check.", 400),
    policySize: () => new ApiError("InvalidParameter.PolicySize", "The size of Policy must be smaller than 2048 bytes.", 400),
    noPermission: () => new ApiError("NoPermission", "You are not authorized to do this action. You should be authorized by RAM.", 403),
    roleNotFound: () => new ApiError("EntityNotExist.Role", "The specified Role not exists .", 404),
    providerNotFound: () => new ApiError("EntityNotExist.OIDCProvider", "The specified OIDC provider does not exist.", 404),
};
function str(params, name, required) {
    const v = params[name];
    if (v === undefined || v === "") {
        if (required)
            throw missingParameter(name);
        return undefined;
    }
    return String(v);
}
function checkCommon(params, role, maxForCaller) {
    const duration = params.DurationSeconds === undefined ? 3600 : Number(params.DurationSeconds);
    if (!Number.isInteger(duration) ||
        duration < 900 ||
        duration > Math.min(role.maxSessionDuration, maxForCaller))
        throw errors.duration();
    const policy = str(params, "Policy", false);
    if (policy !== undefined) {
        if (Buffer.byteLength(policy) > 2048)
            throw errors.policySize();
        let doc;
        try {
            doc = JSON.parse(policy);
        }
        catch {
            throw errors.policyGrammar();
        }
        if (!doc || typeof doc !== "object" || !Array.isArray(doc.Statement))
            throw errors.policyGrammar();
    }
    return duration;
}
function findRole(identity, roleArn) {
    if (!ROLE_ARN.test(roleArn))
        throw errors.roleArn();
    const role = identity.findRole(roleArn);
    if (!role)
        throw errors.roleNotFound();
    return role;
}
function roleAnswer(role, sessionName, creds) {
    return {
        AssumedRoleUser: {
            AssumedRoleId: `${role.roleId}:${sessionName}`,
            Arn: `acs:ram::${role.accountId}:role/${role.name.toLowerCase()}/${sessionName}`,
        },
        Credentials: {
            AccessKeyId: creds.accessKeyId,
            AccessKeySecret: creds.accessKeySecret,
            SecurityToken: creds.securityToken,
            Expiration: creds.expiration,
        },
    };
}
/** The STS ServiceDefinition over an IdentityStore. */
function createStsService(identity) {
    return {
        product: "Sts",
        version: "2015-04-01",
        actions: {
            AssumeRole(req) {
                const p = req.params;
                const roleArn = str(p, "RoleArn", true);
                const sessionName = str(p, "RoleSessionName", true);
                if (!SESSION_NAME.test(sessionName))
                    throw errors.sessionName();
                const externalId = str(p, "ExternalId", false);
                if (externalId !== undefined && !EXTERNAL_ID.test(externalId))
                    throw errors.externalId();
                const role = findRole(identity, roleArn);
                const trusted = role.trustedPrincipals.some((t) => t === req.caller.accountId || t === req.caller.arn || t === "*");
                if (!trusted)
                    throw errors.noPermission();
                if (role.externalId !== undefined && role.externalId !== externalId)
                    throw errors.noPermission();
                // Role chaining (STS credentials assuming a role) is limited to one hour.
                const maxForCaller = req.caller.identityType === "AssumedRoleUser" ? 3600 : 43200;
                const duration = checkCommon(p, role, maxForCaller);
                const creds = identity.issueStsCredentials(role, sessionName, { durationSeconds: duration });
                const body = roleAnswer(role, sessionName, creds);
                if (p.SourceIdentity !== undefined)
                    body.SourceIdentity = String(p.SourceIdentity);
                return body;
            },
            AssumeRoleWithOIDC(req) {
                const p = req.params;
                const providerArn = str(p, "OIDCProviderArn", true);
                const roleArn = str(p, "RoleArn", true);
                const token = str(p, "OIDCToken", true);
                const sessionName = str(p, "RoleSessionName", true);
                if (!SESSION_NAME.test(sessionName))
                    throw errors.sessionName();
                if (token.length < 4 || token.length > 20000)
                    throw new ApiError("AuthenticationFail.OIDCToken.Invalid", "The OIDCToken is invalid: bad length.", 400);
                const provider = identity.findOidcProvider(providerArn);
                if (!provider)
                    throw errors.providerNotFound();
                const role = findRole(identity, roleArn);
                if (role.accountId !== provider.accountId)
                    throw errors.noPermission();
                if (role.trustedOidcProviders && !role.trustedOidcProviders.includes(provider.arn))
                    throw errors.noPermission();
                const verified = verifyOidcToken(token, provider, Math.floor(identity.now() / 1000));
                const duration = checkCommon(p, role, 43200);
                const creds = identity.issueStsCredentials(role, sessionName, { durationSeconds: duration });
                return {
                    ...roleAnswer(role, sessionName, creds),
                    OIDCTokenInfo: {
                        Subject: verified.subject,
                        Issuer: verified.issuer,
                        ClientIds: verified.audiences.join(","),
                        ExpirationTime: isoSeconds(verified.expiresAt * 1000),
                        IssuanceTime: isoSeconds(verified.issuedAt * 1000),
                        VerificationInfo: "Success",
                    },
                };
            },
            GetCallerIdentity(req) {
                const c = req.caller;
                const role = c.roleName ? identity.findRole(`acs:ram::${c.accountId}:role/${c.roleName}`) : undefined;
                const principalId = c.identityType === "Account"
                    ? c.accountId
                    : role
                        ? `${role.roleId}:${c.roleSessionName}`
                        : c.arn.split("/").pop();
                const body = {
                    AccountId: c.accountId,
                    Arn: c.arn,
                    IdentityType: c.identityType,
                    PrincipalId: principalId,
                    UserId: c.identityType === "Account" ? c.accountId : principalId,
                };
                if (role)
                    body.RoleId = role.roleId;
                return body;
            },
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./emulator/imds/server.ts
/**
 * The ECS instance metadata service: IMDSv2 tokens (`PUT /latest/api/token` with
 * `X-aliyun-ecs-metadata-token-ttl-seconds`), RAM role credentials under
 * `/latest/meta-data/ram/security-credentials/`, a few instance facts, and an optional v1 fallback.
 */



const server_text = (res, status, body, type = "text/plain") => {
    res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
    res.end(body);
    return true;
};
/** The metadata service; `handle` can also serve requests reached through the emulator's proxy. */
class MetadataService {
    tokens = new Map();
    cached = new Map();
    server;
    /** Settings; `roleName` and `allowV1` may be changed at run time. */
    options;
    constructor(options) {
        this.options = {
            allowV1: true,
            credentialSeconds: 21600,
            regionId: "cn-hangzhou",
            zoneId: "cn-hangzhou-h",
            instanceId: "i-emulatorhost0001",
            ...options,
        };
    }
    /** Starts listening; resolves to `host:port`. */
    async start() {
        const server = external_node_http_default().createServer((req, res) => this.handle(req, res, req.url ?? "/"));
        this.server = server;
        const host = this.options.host ?? "127.0.0.1";
        await new Promise((resolve, reject) => {
            server.once("error", reject);
            server.listen(this.options.port ?? 0, host, () => resolve());
        });
        return `${host}:${server.address().port}`;
    }
    /** Stops listening. */
    async stop() {
        const s = this.server;
        if (!s)
            return;
        s.closeAllConnections();
        await new Promise((resolve) => s.close(() => resolve()));
        this.server = undefined;
    }
    /** Serves one request for `path` (the request target without scheme and host). */
    handle = (req, res, path) => {
        req.resume();
        const pathname = path.split("?")[0];
        const now = this.options.identity.now();
        if (pathname === "/latest/api/token") {
            if (req.method !== "PUT")
                return server_text(res, 405, "Method Not Allowed");
            const ttl = Number(req.headers["x-aliyun-ecs-metadata-token-ttl-seconds"]);
            if (!Number.isInteger(ttl) || ttl < 1 || ttl > 21600)
                return server_text(res, 400, "Bad Request");
            const token = (0,external_node_crypto_.randomBytes)(32).toString("base64url");
            this.tokens.set(token, now + ttl * 1000);
            return server_text(res, 200, token);
        }
        if (req.method !== "GET")
            return server_text(res, 405, "Method Not Allowed");
        const token = req.headers["x-aliyun-ecs-metadata-token"];
        if (typeof token === "string") {
            const exp = this.tokens.get(token);
            if (exp === undefined || exp <= now)
                return server_text(res, 401, "Unauthorized");
        }
        else if (!this.options.allowV1) {
            return server_text(res, 403, "Forbidden");
        }
        const prefix = "/latest/meta-data/ram/security-credentials/";
        if (pathname === prefix || pathname === prefix.slice(0, -1)) {
            return this.options.roleName ? server_text(res, 200, this.options.roleName) : server_text(res, 404, "Not Found");
        }
        if (pathname.startsWith(prefix)) {
            const name = decodeURIComponent(pathname.slice(prefix.length));
            if (!this.options.roleName || name !== this.options.roleName)
                return server_text(res, 404, "Not Found");
            const role = this.options.identity.findRole(`acs:ram::${this.options.accountId}:role/${name}`);
            if (!role)
                return server_text(res, 404, "Not Found");
            let entry = this.cached.get(name);
            // Hand out the same credentials until they come within 65 minutes of expiry (the SDK prefetches at 1 h).
            if (!entry || entry.creds.expiresAt - now < 65 * 60_000) {
                const creds = this.options.identity.issueStsCredentials(role, `imds-${this.options.instanceId}`, {
                    durationSeconds: this.options.credentialSeconds,
                });
                entry = { creds, updated: now };
                this.cached.set(name, entry);
            }
            const body = {
                AccessKeyId: entry.creds.accessKeyId,
                AccessKeySecret: entry.creds.accessKeySecret,
                Expiration: entry.creds.expiration,
                SecurityToken: entry.creds.securityToken,
                LastUpdated: isoSeconds(entry.updated),
                Code: "Success",
            };
            return server_text(res, 200, JSON.stringify(body), "application/json");
        }
        const facts = {
            "/latest/meta-data/instance-id": this.options.instanceId,
            "/latest/meta-data/region-id": this.options.regionId,
            "/latest/meta-data/zone-id": this.options.zoneId,
            "/latest/meta-data/owner-account-id": this.options.accountId,
        };
        const fact = facts[pathname];
        if (fact !== undefined)
            return server_text(res, 200, fact);
        if (pathname === "/latest/meta-data" || pathname === "/latest/meta-data/")
            return server_text(res, 200, ["instance-id", "owner-account-id", "ram/", "region-id", "zone-id"].join("\n"));
        return server_text(res, 404, "Not Found");
    };
}

;// CONCATENATED MODULE: ./emulator/machines/http.ts
function json(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
}
/** Answers the request if it is one of the endpoints above; returns whether it did. */
function handleMachinesHttp(machines, req, res) {
    const raw = req.url ?? "";
    if (!raw.startsWith("/_emulator/machines") && !raw.startsWith("/_emulator/fs"))
        return false;
    const url = new URL(raw, "http://emulator");
    if (req.method !== "GET") {
        json(res, 405, { Code: "MethodNotAllowed", Message: "only GET" });
        return true;
    }
    if (url.pathname === "/_emulator/machines") {
        json(res, 200, {
            sshPort: machines.sshPort,
            sandbox: machines.sandboxMode ?? null,
            machines: machines.list(),
        });
        return true;
    }
    if (url.pathname !== "/_emulator/fs")
        return false;
    const q = url.searchParams;
    const path = q.get("path") ?? "/";
    const target = q.get("instance")
        ? { instanceId: q.get("instance") }
        : q.get("image")
            ? { imageId: q.get("image") }
            : q.get("snapshot")
                ? { snapshotId: q.get("snapshot") }
                : undefined;
    if (!target) {
        json(res, 400, { Code: "MissingParameter", Message: "one of instance, image or snapshot is required" });
        return true;
    }
    try {
        let isDir = false;
        try {
            isDir = machines.listDir(target, path) !== undefined;
        }
        catch (e) {
            if (e.code !== "ENOTDIR")
                throw e;
        }
        if (isDir) {
            json(res, 200, { path, entries: machines.listDir(target, path) });
        }
        else {
            const body = machines.readFile(target, path);
            res.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
            res.end(body);
        }
    }
    catch (e) {
        const code = e.code;
        json(res, code === "ENOENT" ? 404 : 400, {
            Code: code === "ENOENT" ? "NotFound" : "Invalid",
            Message: e.message,
        });
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/ssh2/lib/index.js
var lib = __webpack_require__(85472);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./emulator/catalog/images.ts
/** The public (system) image catalogue: the image ids real templates use, with their families. */
function linux(imageId, platform, osName, imageFamily) {
    return images_image(imageId, platform, osName, "linux", imageFamily);
}
function images_image(imageId, platform, osName, osType, imageFamily) {
    const size = Number(/_(\d+)G_/.exec(imageId)?.[1] ?? 20);
    const date = /_(\d{8})\d*\.vhd$/.exec(imageId)?.[1] ?? "20200101";
    return {
        imageId,
        osName,
        osType,
        platform,
        architecture: "x86_64",
        size,
        imageFamily,
        creationTime: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`,
        isSupportCloudinit: osType === "linux",
    };
}
/** The default public image catalogue (every id seen in the project's seed templates, and a few more). */
const DEFAULT_PUBLIC_IMAGES = [
    linux("ubuntu_16_0402_64_20G_alibase_20170818.vhd", "Ubuntu", "Ubuntu  16.04 64位"),
    linux("ubuntu_16_0402_64_20G_alibase_20180409.vhd", "Ubuntu", "Ubuntu  16.04 64位"),
    linux("ubuntu_18_04_64_20G_alibase_20190223.vhd", "Ubuntu", "Ubuntu  18.04 64位"),
    linux("ubuntu_18_04_64_20G_alibase_20190509.vhd", "Ubuntu", "Ubuntu  18.04 64位", "acs:ubuntu_18_04_x64"),
    linux("ubuntu_20_04_x64_20G_alibase_20230718.vhd", "Ubuntu", "Ubuntu  20.04 64位", "acs:ubuntu_20_04_x64"),
    linux("ubuntu_22_04_x64_20G_alibase_20240220.vhd", "Ubuntu", "Ubuntu  22.04 64位", "acs:ubuntu_22_04_x64"),
    linux("centos_7_2_64_40G_base_20170222.vhd", "CentOS", "CentOS  7.2 64位"),
    linux("centos_7_02_64_20G_alibase_20170818.vhd", "CentOS", "CentOS  7.2 64位"),
    linux("centos_7_03_64_20G_alibase_20170818.vhd", "CentOS", "CentOS  7.3 64位"),
    linux("centos_7_04_64_20G_alibase_201701015.vhd", "CentOS", "CentOS  7.4 64位"),
    linux("centos_7_06_64_20G_alibase_20190711.vhd", "CentOS", "CentOS  7.6 64位"),
    linux("centos_7_7_x64_20G_alibase_20200426.vhd", "CentOS", "CentOS  7.7 64位", "acs:centos_7_7_x64"),
    linux("centos_7_9_x64_20G_alibase_20210128.vhd", "CentOS", "CentOS  7.9 64位", "acs:centos_7_9_x64"),
    linux("aliyun_2_1903_x64_20G_alibase_20200526.vhd", "Aliyun", "Alibaba Cloud Linux  2.1903 LTS 64位"),
    linux("aliyun_2_1903_x64_20G_alibase_20200529.vhd", "Aliyun", "Alibaba Cloud Linux  2.1903 LTS 64位"),
    linux("aliyun_2_1903_x64_20G_alibase_20210120.vhd", "Aliyun", "Alibaba Cloud Linux  2.1903 LTS 64位", "acs:aliyun_2_1903_x64"),
    linux("aliyun_3_x64_20G_alibase_20221102.vhd", "Aliyun", "Alibaba Cloud Linux  3.2104 LTS 64位"),
    linux("aliyun_3_x64_20G_alibase_20240819.vhd", "Aliyun", "Alibaba Cloud Linux  3.2104 LTS 64位", "acs:aliyun_3_x64"),
    linux("aliyun_3_9_x64_20G_alibase_20231219.vhd", "Aliyun", "Alibaba Cloud Linux  3.2104 U9 64位", "acs:aliyun_3_9_x64"),
    linux("debian_11_7_x64_20G_alibase_20230718.vhd", "Debian", "Debian  11.7 64位", "acs:debian_11_x64"),
    images_image("win2008_64_ent_r2_zh-cn_40G_alibase_20170118.vhd", "Windows Server 2008", "Windows Server  2008 R2 企业版 64位中文版", "windows"),
    images_image("win2008r2_64_ent_sp1_zh-cn_40G_alibase_20181220.vhd", "Windows Server 2008", "Windows Server  2008 R2 企业版 64位中文版", "windows"),
    images_image("winsvr_64_dtcC_1809_en-us_40G_alibase_20190318.vhd", "Windows Server 2019", "Windows Server  Version 1809 数据中心版 64位英文版", "windows"),
    images_image("win2022_21H2_x64_dtc_en-us_40G_alibase_20240214.vhd", "Windows Server 2022", "Windows Server  2022 数据中心版 64位英文版", "windows", "acs:windows_server_2022_x64"),
];

;// CONCATENATED MODULE: ./emulator/catalog/instance-types.ts
/** Instance types the emulated zones sell (the types seen in real templates plus common ones). */
/** The default instance type list. */
const DEFAULT_INSTANCE_TYPES = [
    { instanceType: "ecs.n1.tiny", family: "ecs.n1", generation: "ecs-1", cpu: 1, memory: 1 },
    { instanceType: "ecs.n1.small", family: "ecs.n1", generation: "ecs-1", cpu: 1, memory: 2 },
    { instanceType: "ecs.n1.medium", family: "ecs.n1", generation: "ecs-1", cpu: 2, memory: 4 },
    { instanceType: "ecs.n1.large", family: "ecs.n1", generation: "ecs-1", cpu: 4, memory: 8 },
    { instanceType: "ecs.t5-lc1m1.small", family: "ecs.t5", generation: "ecs-3", cpu: 1, memory: 1 },
    { instanceType: "ecs.t5-lc1m2.small", family: "ecs.t5", generation: "ecs-3", cpu: 1, memory: 2 },
    { instanceType: "ecs.s6-c1m2.large", family: "ecs.s6", generation: "ecs-4", cpu: 2, memory: 4 },
    { instanceType: "ecs.g5.large", family: "ecs.g5", generation: "ecs-3", cpu: 2, memory: 8 },
    { instanceType: "ecs.g6.large", family: "ecs.g6", generation: "ecs-4", cpu: 2, memory: 8 },
    { instanceType: "ecs.g6.xlarge", family: "ecs.g6", generation: "ecs-4", cpu: 4, memory: 16 },
    { instanceType: "ecs.g6.2xlarge", family: "ecs.g6", generation: "ecs-4", cpu: 8, memory: 32 },
    { instanceType: "ecs.c6.large", family: "ecs.c6", generation: "ecs-4", cpu: 2, memory: 4 },
    { instanceType: "ecs.g7.large", family: "ecs.g7", generation: "ecs-5", cpu: 2, memory: 8 },
    { instanceType: "ecs.c7.large", family: "ecs.c7", generation: "ecs-5", cpu: 2, memory: 4 },
    {
        instanceType: "ecs.gn5-c8g1.2xlarge",
        family: "ecs.gn5",
        generation: "ecs-3",
        cpu: 8,
        memory: 60,
        gpu: 1,
    },
];

;// CONCATENATED MODULE: ./emulator/catalog/regions.ts
/** Regions and zones of the emulated cloud (a realistic subset of Alibaba Cloud's public regions). */
/** The default region list; cn-hangzhou is the default region. */
const DEFAULT_REGIONS = [
    { regionId: "cn-hangzhou", localName: "China (Hangzhou)", idPrefix: "bp", zones: ["h", "i", "j", "k"] },
    { regionId: "cn-beijing", localName: "China (Beijing)", idPrefix: "2z", zones: ["a", "c", "f", "g", "h"] },
    { regionId: "cn-shanghai", localName: "China (Shanghai)", idPrefix: "uf", zones: ["b", "e", "f", "g"] },
    { regionId: "cn-shenzhen", localName: "China (Shenzhen)", idPrefix: "wz", zones: ["a", "c", "d", "e"] },
    { regionId: "cn-qingdao", localName: "China (Qingdao)", idPrefix: "m5", zones: ["b", "c"] },
    { regionId: "cn-zhangjiakou", localName: "China (Zhangjiakou)", idPrefix: "8v", zones: ["a", "b", "c"] },
    { regionId: "cn-huhehaote", localName: "China (Hohhot)", idPrefix: "hp", zones: ["a", "b"] },
    { regionId: "cn-chengdu", localName: "China (Chengdu)", idPrefix: "2v", zones: ["a", "b"] },
    { regionId: "cn-hongkong", localName: "China (Hong Kong)", idPrefix: "j6", zones: ["b", "c", "d"] },
    { regionId: "ap-southeast-1", localName: "Singapore", idPrefix: "t4", zones: ["a", "b", "c"] },
    { regionId: "ap-southeast-3", localName: "Malaysia (Kuala Lumpur)", idPrefix: "8p", zones: ["a", "b"] },
    { regionId: "ap-southeast-5", localName: "Indonesia (Jakarta)", idPrefix: "k1", zones: ["a", "b"] },
    { regionId: "ap-northeast-1", localName: "Japan (Tokyo)", idPrefix: "6w", zones: ["a", "b"] },
    { regionId: "ap-south-1", localName: "India (Mumbai)", idPrefix: "a2", zones: ["a", "b"] },
    { regionId: "us-west-1", localName: "US (Silicon Valley)", idPrefix: "rj", zones: ["a", "b"] },
    { regionId: "us-east-1", localName: "US (Virginia)", idPrefix: "0x", zones: ["a", "b"] },
    { regionId: "eu-central-1", localName: "Germany (Frankfurt)", idPrefix: "gw", zones: ["a", "b"] },
    { regionId: "eu-west-1", localName: "UK (London)", idPrefix: "d7", zones: ["a", "b"] },
    { regionId: "me-east-1", localName: "UAE (Dubai)", idPrefix: "eb", zones: ["a"] },
];
/** Regions whose public endpoint is the central `ecs.aliyuncs.com` (as DescribeRegions reports). */
const CENTRAL_ENDPOINT = new Set([
    "cn-qingdao",
    "cn-beijing",
    "cn-hangzhou",
    "cn-shanghai",
    "cn-shenzhen",
    "cn-hongkong",
    "ap-southeast-1",
    "us-east-1",
    "us-west-1",
]);
/** The ECS endpoint DescribeRegions reports for a region. */
function ecsEndpoint(regionId) {
    return CENTRAL_ENDPOINT.has(regionId) ? "ecs.aliyuncs.com" : `ecs.${regionId}.aliyuncs.com`;
}
/** The VPC endpoint DescribeRegions (VPC API) reports for a region. */
function vpcEndpoint(regionId) {
    return CENTRAL_ENDPOINT.has(regionId) ? "vpc.aliyuncs.com" : `vpc.${regionId}.aliyuncs.com`;
}
/** A zone's English name, e.g. "Hangzhou Zone H". */
function zoneLocalName(region, zoneId) {
    const city = region.localName.replace(/^.*\(|\)$/g, "");
    return `${city} Zone ${zoneId.slice(-1).toUpperCase()}`;
}

;// CONCATENATED MODULE: ./emulator/catalog/index.ts
/** The emulated cloud's catalogue: regions, zones, instance types, stock and public images. */




/** Builds a catalogue from options and the defaults. Zone ids are `<region>-<letter>`. */
function createCatalog(opts = {}) {
    const regions = opts.regions ?? DEFAULT_REGIONS;
    const instanceTypes = opts.instanceTypes ?? DEFAULT_INSTANCE_TYPES;
    const zoneInstanceTypes = new Map();
    for (const r of regions) {
        for (const z of r.zones) {
            const zoneId = `${r.regionId}-${z}`;
            zoneInstanceTypes.set(zoneId, opts.zoneInstanceTypes?.[zoneId] ?? instanceTypes.map((t) => t.instanceType));
        }
    }
    const stock = new Map();
    for (const [zoneId, types] of Object.entries(opts.stock ?? {})) {
        stock.set(zoneId, new Map(Object.entries(types)));
    }
    return {
        regions,
        instanceTypes,
        publicImages: opts.publicImages ?? DEFAULT_PUBLIC_IMAGES,
        zoneInstanceTypes,
        stock,
        zonesNotOnSale: new Set(),
    };
}
/** Zone ids of a region, in catalogue order. */
function zonesOf(catalog, regionId) {
    const r = catalog.regions.find((x) => x.regionId === regionId);
    return r ? r.zones.map((z) => `${regionId}-${z}`) : [];
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./emulator/model/addresses.ts
/**
 * IP addresses of instances. Every address an instance gets is a distinct 127.0.0.0/8 address, so a
 * real SSH server can listen on each one on this machine:
 *
 * - public IPs (RunInstances with bandwidth, AllocatePublicIpAddress): 127.10.x.y
 * - elastic IPs (AllocateEipAddress): 127.11.x.y
 * - classic-network inner IPs: 127.12.x.y
 * - VPC private IPs: 127.(20+n/256).(n%256).h, where n numbers the vSwitch and h is the host's
 *   position inside the vSwitch CIDR (so one vSwitch's instances share a /24 and keep their order).
 *
 * Addresses are never reused within one emulator, so a stale SSH server can never answer for a new
 * instance.
 */
/** Hands out the addresses above; one pool per emulator (all accounts and regions share it). */
class AddressPool {
    counters = new Map();
    vswitchSeq = 0;
    /**
     * Starts this pool in its own range, so several emulators on one machine (parallel tests) never
     * hand out the same address: slot `k` (0–63) starts public, EIP and inner IPs at the
     * `k*1000+1`-th address and vSwitch blocks at the `k*700`-th. Slot 0 is the layout above. Call it
     * before any address is handed out (the machines layer claims a slot per emulator).
     */
    useSlot(slot) {
        if (!Number.isInteger(slot) || slot < 0 || slot > 63)
            throw new Error(`address slot out of range: ${slot}`);
        for (const kind of ["public", "eip", "inner"])
            this.counters.set(kind, slot * 1000);
        this.vswitchSeq = slot * 700;
    }
    next(kind, max) {
        const n = (this.counters.get(kind) ?? 0) + 1;
        if (n > max)
            throw new Error(`address pool ${kind} exhausted`);
        this.counters.set(kind, n);
        return n;
    }
    static flat(second, n) {
        // n = 1.. → 127.<second>.<hi>.<lo>, skipping .0 and .255 in the last octet
        const lo = ((n - 1) % 254) + 1;
        const hi = Math.floor((n - 1) / 254);
        return `127.${second}.${hi}.${lo}`;
    }
    /** A public IP (127.10.x.y). */
    publicIp() {
        return AddressPool.flat(10, this.next("public", 254 * 256));
    }
    /** An elastic IP (127.11.x.y). */
    eip() {
        return AddressPool.flat(11, this.next("eip", 254 * 256));
    }
    /** A classic-network inner IP (127.12.x.y). */
    innerIp() {
        return AddressPool.flat(12, this.next("inner", 254 * 256));
    }
    /** A block for a new vSwitch: the first three octets of its instances' private IPs. */
    vswitchBlock() {
        const n = this.vswitchSeq++;
        if (n >= 200 * 256)
            throw new Error("address pool for vSwitches exhausted");
        return `127.${20 + Math.floor(n / 256)}.${n % 256}`;
    }
}

;// CONCATENATED MODULE: ./emulator/model/ids.ts
/** Resource ids in Alibaba Cloud's formats: `<prefix>-<2-char region code><18 lowercase alphanumerics>`. */

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
/** Random lowercase alphanumerics. */
function randomId(length) {
    const bytes = (0,external_node_crypto_.randomBytes)(length);
    let out = "";
    for (let i = 0; i < length; i++)
        out += ALPHABET[bytes[i] % ALPHABET.length];
    return out;
}
/**
 * A new id, e.g. `i-bp1a2b3c4d5e6f7g8h9j` for an instance in cn-hangzhou (region code `bp`).
 * Prefixes: i (instance), d (disk), s (snapshot), m (image), sg (security group), vpc, vsw, vrt
 * (router), vtb (route table), eip, kp (key pair), eni.
 */
function newId(prefix, regionCode) {
    return `${prefix}-${regionCode}${randomId(18)}`;
}

;// CONCATENATED MODULE: ./emulator/model/state.ts
/**
 * The model's shared state: resource stores (one map per kind; every record carries its account and
 * region, so per-account and per-region views are filters), the clock, the address pool, the
 * transition scheduler and the event stream other parts of the emulator listen to.
 *
 * Transient states advance lazily: every model operation first calls `tick()`, which completes the
 * transitions whose time has come (chained transitions start when the previous one ended, so a late
 * read sees the state a real cloud would show). One unref'd timer also ticks at the next deadline so
 * that listeners (the SSH servers of running instances) hear about a state change without a read.
 */




/** Throws an API error. */
function fail(code, message, httpStatus = 400) {
    throw new ApiError(code, message, httpStatus);
}
/** The state shared by every part of the model. */
class State {
    catalog;
    profile;
    clock;
    faults;
    accountExists;
    stores = new Map();
    addresses = new AddressPool();
    events = new external_node_events_.EventEmitter();
    /**
     * Deleted instances still holding their network for `instance.release` ms: their security
     * groups and vSwitch report a dependency until then (why Packer retries those deletions).
     */
    releasing = [];
    /** Instance passwords, kept apart from the records so `dump()` never shows them. */
    passwords = new Map();
    scheduled = new Map();
    timer;
    timerAt = Number.POSITIVE_INFINITY;
    closed = false;
    constructor(catalog, profile, clock, faults, 
    /** Whether an account id exists (for image sharing checks); undefined accepts any numeric id. */
    accountExists) {
        this.catalog = catalog;
        this.profile = profile;
        this.clock = clock;
        this.faults = faults;
        this.accountExists = accountExists;
        for (const k of [
            "instance",
            "disk",
            "snapshot",
            "image",
            "securitygroup",
            "keypair",
            "vpc",
            "vswitch",
            "eip",
        ]) {
            this.stores.set(k, new Map());
        }
    }
    now() {
        return this.clock.now();
    }
    /** The region's spec, or `InvalidRegionId.NotFound`. */
    region(regionId) {
        const r = this.catalog.regions.find((x) => x.regionId === regionId);
        if (!r)
            fail("InvalidRegionId.NotFound", "The specified RegionId does not exist.", 404);
        return r;
    }
    /** A new id for a resource in a region. */
    newId(prefix, regionId) {
        return newId(prefix, this.region(regionId).idPrefix);
    }
    store(kind) {
        return this.stores.get(kind);
    }
    add(res) {
        this.store(res.kind).set(res.id, res);
        return res;
    }
    remove(res) {
        this.store(res.kind).delete(res.id);
        this.scheduled.delete(res.id);
        res.pending = undefined;
        this.events.emit("resource.removed", { kind: res.kind, id: res.id });
    }
    /** A resource of the account by id (any region unless given), or undefined. */
    get(kind, id, accountId, regionId) {
        if (typeof id !== "string")
            return undefined;
        const r = this.store(kind).get(id);
        if (!r || r.accountId !== accountId)
            return undefined;
        if (regionId !== undefined && r.regionId !== regionId)
            return undefined;
        return r;
    }
    /** The account's resources of a kind in a region (all regions if undefined), in creation order. */
    list(kind, accountId, regionId) {
        const out = [];
        for (const r of this.store(kind).values()) {
            if (accountId !== undefined && r.accountId !== accountId)
                continue;
            if (regionId !== undefined && r.regionId !== regionId)
                continue;
            out.push(r);
        }
        return out;
    }
    /**
     * Starts a transient state on `res` that ends after the profile's duration for `transition`
     * (plus `extraMs`), then calls `done(at)`. A fault oracle may make it stuck (never ends) or fail
     * (`done` is replaced by `onFail`).
     */
    schedule(res, transition, done, opts = {}) {
        const start = opts.start ?? this.now();
        const q = {
            transition,
            resourceId: res.id,
            accountId: res.accountId,
            regionId: res.regionId,
        };
        const stuck = this.faults?.stuck?.(q) ?? false;
        const failed = !stuck && opts.onFail !== undefined && (this.faults?.fail?.(q) ?? false);
        const duration = this.profile.transitionMs(transition) + (opts.extraMs ?? 0);
        const until = stuck ? Number.POSITIVE_INFINITY : start + Math.max(0, duration);
        res.pending = { startedAt: start, until };
        this.scheduled.set(res.id, {
            res,
            until,
            done: (at) => {
                res.pending = undefined;
                (failed ? opts.onFail : done)(at);
            },
        });
        this.arm();
    }
    /** Forgets a resource's transient state without completing it. */
    cancel(res) {
        this.scheduled.delete(res.id);
        res.pending = undefined;
    }
    /** Completes every transition whose time has come, in time order (chains included). */
    tick() {
        const now = this.now();
        for (;;) {
            let first;
            for (const s of this.scheduled.values()) {
                if (s.until <= now && (!first || s.until < first.until))
                    first = s;
            }
            if (!first)
                break;
            this.scheduled.delete(first.res.id);
            first.done(first.until);
        }
        this.arm();
    }
    /** Forces a resource's pending transition to complete now (tests: `model.finish(id)`). */
    finish(id) {
        const s = this.scheduled.get(id);
        if (!s)
            return false;
        this.scheduled.delete(id);
        s.done(Math.min(s.until, this.now()));
        this.arm();
        return true;
    }
    arm() {
        if (this.closed)
            return;
        let next = Number.POSITIVE_INFINITY;
        for (const s of this.scheduled.values())
            next = Math.min(next, s.until);
        if (next === this.timerAt)
            return;
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        this.timerAt = next;
        if (!Number.isFinite(next))
            return;
        const delay = Math.max(0, Math.min(next - this.now(), 2_147_000_000));
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.timerAt = Number.POSITIVE_INFINITY;
            this.tick();
        }, delay);
        this.timer.unref();
    }
    /** Stops the timer; the state stays readable. */
    close() {
        this.closed = true;
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
    /** Deleted instances whose network is not yet released. */
    stillReleasing() {
        const now = this.now();
        for (let i = this.releasing.length - 1; i >= 0; i--)
            if (this.releasing[i].until <= now)
                this.releasing.splice(i, 1);
        return this.releasing;
    }
    /** Progress of a pending transition as an integer percentage (100 when none). */
    progress(res) {
        const p = res.pending;
        if (!p)
            return 100;
        if (!Number.isFinite(p.until))
            return 0;
        const span = p.until - p.startedAt;
        if (span <= 0)
            return 99;
        return Math.max(0, Math.min(99, Math.floor(((this.now() - p.startedAt) / span) * 100)));
    }
}

;// CONCATENATED MODULE: ./emulator/model/tags.ts
/** Tags on resources: validation (the API's limits) and matching. */

/** Max tags on one resource. */
const MAX_TAGS = 20;
/** Normalises `Tag.N` parameters to [key, value] pairs, checking key rules and duplicates. */
function parseTags(tags) {
    if (!Array.isArray(tags))
        return [];
    const out = [];
    const seen = new Set();
    for (const t of tags) {
        if (!t)
            continue;
        const key = t.Key ?? t.key;
        const value = t.Value ?? t.value ?? "";
        if (key === undefined || key === "") {
            if (value !== "")
                fail("InvalidTagKey.Malformed", "The specified Tag.n.Key is not valid.");
            continue;
        }
        if (key.length > 128 || /^(aliyun|acs:)/i.test(key) || /^https?:\/\//.test(key)) {
            fail("InvalidTagKey.Malformed", "The specified Tag.n.Key is not valid.");
        }
        if (String(value).length > 128 || /^https?:\/\//.test(String(value))) {
            fail("InvalidTagValue.Malformed", "The specified Tag.n.Value is not valid.");
        }
        if (seen.has(key))
            fail("Duplicate.TagKey", "The Tag.N.Key contain duplicate key.");
        seen.add(key);
        out.push([key, String(value)]);
    }
    if (out.length > MAX_TAGS)
        fail("InvalidTagCount", "The specified tags are beyond the permitted range.");
    return out;
}
/** Adds tags to a record (replacing values of existing keys), enforcing the per-resource limit. */
function applyTags(target, tags) {
    const merged = { ...target };
    for (const [k, v] of tags)
        merged[k] = v;
    if (Object.keys(merged).length > MAX_TAGS) {
        fail("OperationDenied.QuotaExceed", "The quota of tags on resource is beyond permitted range.");
    }
    for (const k of Object.keys(target))
        delete target[k];
    Object.assign(target, merged);
}
/** Whether a resource's tags contain every filter tag (an empty filter value matches any value). */
function matchesTags(tags, filter) {
    return filter.every(([k, v]) => k in tags && (v === "" || tags[k] === v));
}
/** `{Tags: {Tag: [{TagKey, TagValue}]}}` as ECS answers. */
function ecsTags(tags) {
    return { Tag: Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })) };
}
/** `{Tags: {Tag: [{Key, Value}]}}` as VPC answers. */
function vpcTags(tags) {
    return { Tag: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
}

;// CONCATENATED MODULE: ./emulator/model/storage.ts
/** Disks and snapshots. */


/** The device name of the n-th disk of an instance (0 = system disk): /dev/xvda, /dev/xvdb, … */
function deviceName(index) {
    return `/dev/xvd${String.fromCharCode(97 + index)}`;
}
/** Creates a disk attached to an instance (done by CreateInstance/RunInstances). */
function createAttachedDisk(st, inst, p) {
    return st.add({
        kind: "disk",
        id: st.newId("d", inst.regionId),
        accountId: inst.accountId,
        regionId: inst.regionId,
        createdAt: st.now(),
        tags: {},
        status: "In_use",
        type: p.type,
        category: p.category || "cloud_efficiency",
        size: p.size,
        name: p.name ?? "",
        description: p.description ?? "",
        device: p.device,
        zoneId: inst.zoneId,
        instanceId: inst.id,
        deleteWithInstance: p.deleteWithInstance,
        sourceSnapshotId: p.snapshotId,
        imageId: p.imageId,
        encrypted: p.encrypted ?? false,
        attachedAt: st.now(),
    });
}
/** A new snapshot record in `progressing` state (the caller schedules its completion). */
function newSnapshot(st, accountId, regionId, p) {
    return st.add({
        kind: "snapshot",
        id: st.newId("s", regionId),
        accountId,
        regionId,
        createdAt: st.now(),
        tags: {},
        status: "progressing",
        name: p.name ?? "",
        description: p.description ?? "",
        sourceDiskId: p.sourceDiskId,
        sourceDiskType: p.sourceDiskType,
        sourceDiskSize: p.sourceDiskSize,
        instanceId: p.instanceId,
        imageId: p.imageId,
        encrypted: p.encrypted ?? false,
    });
}
/** CreateSnapshot: progressing → accomplished after `snapshot.create` (+ per GiB of the disk). */
function createSnapshot(st, s, p) {
    const disk = st.get("disk", p.diskId, s.accountId);
    if (!disk)
        fail("InvalidDiskId.NotFound", "The specified DiskId does not exist.", 404);
    const inst = disk.instanceId ? st.store("instance").get(disk.instanceId) : undefined;
    if (!inst) {
        fail("IncorrectDiskStatus.NeverAttached", "The specified disk has never been attached to any instance.", 403);
    }
    if (inst.status !== "Running" && inst.status !== "Stopped") {
        fail("IncorrectInstanceStatus", "The current status of the resource does not support this operation.", 403);
    }
    const busy = st
        .list("snapshot", s.accountId, disk.regionId)
        .some((x) => x.sourceDiskId === disk.id && x.status === "progressing");
    if (busy)
        fail("IncorrectDiskStatus.CreatingSnapshot", "A previous snapshot creation is in process.", 403);
    if (p.name && (/^(auto|https?:\/\/)/.test(p.name) || p.name.length < 2 || p.name.length > 128)) {
        fail("InvalidSnapshotName.Malformed", "Specified snapshot name is not valid.");
    }
    const snap = newSnapshot(st, s.accountId, disk.regionId, {
        sourceDiskId: disk.id,
        sourceDiskType: disk.type,
        sourceDiskSize: disk.size,
        instanceId: inst.id,
        name: p.name,
        description: p.description,
        encrypted: disk.encrypted,
    });
    if (p.tags)
        applyTags(snap.tags, p.tags);
    st.events.emit("snapshot.capture", { snapshotId: snap.id, instanceId: inst.id, diskType: disk.type });
    st.schedule(snap, "snapshot.create", () => {
        snap.status = "accomplished";
    }, {
        extraMs: st.profile.transitionMs("snapshot.create.perGiB") * disk.size,
        onFail: () => {
            snap.status = "failed";
        },
    });
    return snap;
}
/** A snapshot of the account, or `InvalidSnapshotId.NotFound`. */
function getSnapshot(st, s, id) {
    const snap = st.get("snapshot", id, s.accountId);
    if (!snap)
        fail("InvalidSnapshotId.NotFound", "The specified snapshot is not found.", 404);
    return snap;
}
/** DeleteSnapshot: refused while an image is built on it, or (without Force) while disks were made from it. */
function deleteSnapshot(st, s, id, force) {
    const snap = getSnapshot(st, s, id);
    const images = st.list("image", s.accountId);
    if (images.some((im) => im.mappings.some((m) => m.snapshotId === snap.id))) {
        fail("SnapshotCreatedImage", "The snapshot has been used to create user defined image(s).", 403);
    }
    if (!force && st.list("disk", s.accountId).some((d) => d.sourceSnapshotId === snap.id)) {
        fail("SnapshotCreatedDisk", "The snapshot has been used to create disk(s).", 403);
    }
    st.remove(snap);
}

;// CONCATENATED MODULE: ./emulator/model/images.ts



/** Owner id of public images. */
const SYSTEM_OWNER = "system";
/** Puts the public catalogue into every region (owner `system`, Available, public). */
function seedPublicImages(st, catalog) {
    for (const region of catalog.regions) {
        for (const spec of catalog.publicImages) {
            st.store("image").set(`${region.regionId}/${spec.imageId}`, {
                kind: "image",
                id: spec.imageId,
                accountId: SYSTEM_OWNER,
                regionId: region.regionId,
                createdAt: Date.parse(spec.creationTime),
                tags: {},
                status: "Available",
                name: spec.imageId,
                description: "",
                version: "",
                family: spec.imageFamily ?? "",
                platform: spec.platform,
                osType: spec.osType,
                osName: spec.osName,
                architecture: spec.architecture,
                bootMode: "BIOS",
                size: spec.size,
                mappings: [{ device: "/dev/xvda", size: spec.size, snapshotId: "", type: "system" }],
                sharedWith: {},
                isPublic: true,
                resourceGroupId: "",
            });
        }
    }
}
/** Every image a caller can see in a region: public, own, and shared with the account. */
function visibleImages(st, s) {
    const out = [];
    for (const im of st.store("image").values()) {
        if (im.regionId !== s.regionId)
            continue;
        if (im.accountId === SYSTEM_OWNER || im.accountId === s.accountId || s.accountId in im.sharedWith)
            out.push(im);
    }
    return out;
}
/** The owner alias of an image from the caller's point of view: system, self or others. */
function ownerAlias(im, accountId) {
    if (im.accountId === SYSTEM_OWNER)
        return "system";
    return im.accountId === accountId ? "self" : "others";
}
/** An image the caller may launch from (Available), or `InvalidImageId.NotFound`. */
function usableImage(st, s, imageId) {
    const im = visibleImages(st, s).find((x) => x.id === imageId);
    if (im?.status !== "Available")
        fail("InvalidImageId.NotFound", "The specified ImageId does not exist.", 404);
    return im;
}
/** The newest Available image of a family the caller can see, or undefined (DescribeImageFromFamily). */
function latestOfFamily(st, s, family) {
    return visibleImages(st, s)
        .filter((im) => im.family === family && im.status === "Available")
        .sort((a, b) => b.createdAt - a.createdAt)[0];
}
/** The account's own image in a region, or `InvalidImageId.NotFound`. */
function ownImage(st, s, imageId) {
    const im = st.get("image", imageId, s.accountId, s.regionId);
    if (!im)
        fail("InvalidImageId.NotFound", "The specified ImageId does not exist.", 404);
    return im;
}
/** Image name rule: 2–128 chars, starts with a letter, not `http(s)://`, `aliyun` or `acs:`. */
function checkImageName(name, code = "InvalidImageName.Malformed") {
    if (!/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.:-]{1,127}$/.test(name) ||
        /^(aliyun|acs:)/i.test(name)) {
        fail(code, "The specified Image name is wrongly formed.");
    }
}
function checkNameFree(st, accountId, regionId, name, message) {
    if (st.list("image", accountId, regionId).some((im) => im.name === name)) {
        fail("InvalidImageName.Duplicated", message);
    }
}
function newImage(st, s, p, base) {
    const id = st.newId("m", s.regionId);
    return st.add({
        kind: "image",
        id,
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Creating",
        name: p.name || id,
        description: p.description ?? "",
        version: p.version ?? "",
        family: p.family ?? "",
        platform: p.platform || base.platform || "Others Linux",
        osType: base.osType ?? "linux",
        osName: base.osName ?? "",
        architecture: p.architecture || base.architecture || "x86_64",
        bootMode: p.bootMode || "BIOS",
        size: base.size ?? 20,
        mappings: base.mappings ?? [],
        sourceInstanceId: base.sourceInstanceId,
        copiedFrom: base.copiedFrom,
        sharedWith: {},
        isPublic: false,
        resourceGroupId: p.resourceGroupId ?? "",
    });
}
function finishImage(st, im, snaps, ok) {
    im.status = ok ? "Available" : "CreateFailed";
    for (const sn of snaps) {
        if (st.store("snapshot").has(sn.id)) {
            sn.status = ok ? "accomplished" : "failed";
            st.cancel(sn);
        }
    }
    st.events.emit("image.state", { imageId: im.id, status: im.status });
}
/**
 * CreateImage from an instance (a snapshot of each of its disks), from a system-disk snapshot, or
 * from DiskDeviceMapping snapshots. The image is Creating (with Progress) for `image.create` plus
 * `image.create.perGiB` per GiB, then Available (or CreateFailed under a fault).
 */
function createImage(st, s, p) {
    st.region(s.regionId);
    if (p.name !== undefined && p.name !== "")
        checkImageName(p.name);
    if (p.family &&
        (/^(aliyun|acs:|https?:\/\/)/.test(p.family) || !/^[A-Za-z][A-Za-z0-9_.:-]{1,127}$/.test(p.family))) {
        fail("InvalidImageFamily.Malformed", "The format of the specified image family is invalid.");
    }
    if (p.bootMode && !["BIOS", "UEFI", "UEFI-Preferred"].includes(p.bootMode)) {
        fail("InvalidBootMode.Malformed", "The specified parameter BootMode is invalid. Valid options are BIOS, UEFI, and UEFI-Preferred.");
    }
    if (p.name)
        checkNameFree(st, s.accountId, s.regionId, p.name, "The specified image name is already in use.");
    let im;
    const snaps = [];
    let totalGiB = 0;
    if (p.instanceId) {
        const inst = st.get("instance", p.instanceId, s.accountId, s.regionId);
        if (!inst)
            fail("InvalidInstanceId.NotFound", `The specified instance ${p.instanceId} does not exist.`, 404);
        if (inst.status !== "Running" && inst.status !== "Stopped") {
            fail("IncorrectInstanceStatus", "The current status of the instance does not support this operation.");
        }
        const disks = inst.diskIds
            .map((id) => st.store("disk").get(id))
            .filter((d) => d !== undefined)
            .sort((a, b) => a.device.localeCompare(b.device));
        const sys = disks.find((d) => d.type === "system");
        if (!sys)
            fail("InvalidInstance.NotFoundSystemDisk", "The specified instance does not have system disk.");
        const source = st.store("image");
        const srcImage = [...source.values()].find((x) => x.id === inst.imageId);
        im = newImage(st, s, p, {
            platform: srcImage?.platform,
            osType: inst.osType,
            osName: inst.osName,
            architecture: srcImage?.architecture,
            size: sys.size,
            sourceInstanceId: inst.id,
        });
        for (const d of disks) {
            const sn = newSnapshot(st, s.accountId, s.regionId, {
                sourceDiskId: d.id,
                sourceDiskType: d.type,
                sourceDiskSize: d.size,
                instanceId: inst.id,
                imageId: im.id,
                name: "",
                description: `Created for image ${im.id}`,
                encrypted: d.encrypted,
            });
            snaps.push(sn);
            im.mappings.push({ device: d.device, size: d.size, snapshotId: sn.id, type: d.type });
            totalGiB += d.size;
        }
        st.events.emit("image.capture", {
            imageId: im.id,
            instanceId: inst.id,
            accountId: s.accountId,
            regionId: s.regionId,
        });
    }
    else {
        const wanted = p.snapshotId
            ? [{ SnapshotId: p.snapshotId, Device: "/dev/xvda", DiskType: "system" }]
            : (p.mappings ?? []);
        if (wanted.length === 0) {
            fail("MissingParameter", "The input parameter SnapshotId or InstanceId or DiskDeviceMapping that is mandatory for processing this request is not supplied.");
        }
        const mappings = [];
        const seen = new Set();
        for (const [i, m] of wanted.entries()) {
            const sn = st.get("snapshot", m.SnapshotId, s.accountId, s.regionId);
            if (!sn)
                fail("InvalidSnapshotId.NotFound", "The specified SnapshotId does not exist.", 404);
            if (sn.status !== "accomplished") {
                fail("InvalidSnapshotId.NotReady", "The current status of the DiskDeviceMapping.n.SnapshotId or SnapshotId does not support this operation.", 403);
            }
            const type = (m.DiskType ?? (i === 0 ? "system" : "data"));
            if (i === 0 && type === "system" && sn.sourceDiskType !== "system") {
                fail("OperationDenied", "The specified parameter DiskDeviceMapping.n.SnapshotId does not contain system disk snapshot.");
            }
            const device = m.Device ?? `/dev/xvd${String.fromCharCode(97 + i)}`;
            if (seen.has(device))
                fail("InvalidDevice.InUse", "The specified parameter DiskDeviceMapping.n.Device has been occupied.");
            seen.add(device);
            const size = m.Size ?? sn.sourceDiskSize;
            if (size < sn.sourceDiskSize) {
                fail("InvalidSize.ValueNotSupported", "The specified parameter DiskDeviceMapping.n.Size beyond the permitted range.");
            }
            mappings.push({ device, size, snapshotId: sn.id, type });
        }
        const sysInst = st
            .list("snapshot", s.accountId, s.regionId)
            .find((x) => x.id === mappings[0].snapshotId);
        const inst = sysInst?.instanceId
            ? st.store("instance").get(sysInst.instanceId)
            : undefined;
        im = newImage(st, s, p, { size: mappings[0].size, mappings, osType: inst?.osType, osName: inst?.osName });
        totalGiB = 0; // the snapshots exist already: only the image registration takes time
    }
    if (p.tags)
        applyTags(im.tags, p.tags);
    st.schedule(im, "image.create", () => finishImage(st, im, snaps, true), {
        extraMs: st.profile.transitionMs("image.create.perGiB") * totalGiB,
        onFail: () => finishImage(st, im, snaps, false),
    });
    return im;
}
/**
 * CopyImage: a new image in the destination region, Creating for `image.copy` plus per GiB, with
 * its own snapshots there; then Available.
 */
function copyImage(st, s, p) {
    const src = ownImage(st, s, p.imageId);
    if (!st.catalog.regions.some((r) => r.regionId === p.destinationRegionId)) {
        fail("DestinationRegion.NotFound", "The destination region not found.");
    }
    if (src.status !== "Available")
        fail("IncorrectImageStatus", "The image not available.");
    const dest = { accountId: s.accountId, regionId: p.destinationRegionId };
    const name = p.name || src.name;
    if (p.name)
        checkImageName(p.name);
    checkNameFree(st, s.accountId, dest.regionId, name, "The specified image name is already in use in the target region. Please try a different one.");
    const copying = st
        .list("image", s.accountId, dest.regionId)
        .some((im) => im.copiedFrom?.imageId === src.id && im.status === "Creating");
    if (copying) {
        fail("OperationDenied.ImageCopyConflict", "The same image cannot be copied concurrently. Please wait until the last copy is completed before performing the next operation.");
    }
    const copy = newImage(st, dest, {
        name,
        description: p.description ?? src.description,
        version: src.version,
        family: src.family,
        resourceGroupId: p.resourceGroupId,
        bootMode: src.bootMode,
    }, {
        platform: src.platform,
        osType: src.osType,
        osName: src.osName,
        architecture: src.architecture,
        size: src.size,
        copiedFrom: { imageId: src.id, regionId: src.regionId },
    });
    const snaps = [];
    let totalGiB = 0;
    for (const m of src.mappings) {
        const sn = newSnapshot(st, s.accountId, dest.regionId, {
            sourceDiskId: "",
            sourceDiskType: m.type,
            sourceDiskSize: m.size,
            imageId: copy.id,
            description: `Copied for image ${copy.id} from ${src.id}`,
            encrypted: p.encrypted ?? false,
        });
        snaps.push(sn);
        copy.mappings.push({ ...m, snapshotId: sn.id });
        totalGiB += m.size;
    }
    if (p.tags)
        applyTags(copy.tags, p.tags);
    st.events.emit("image.copy", { imageId: copy.id, sourceImageId: src.id });
    st.schedule(copy, "image.copy", () => finishImage(st, copy, snaps, true), {
        extraMs: st.profile.transitionMs("image.copy.perGiB") * totalGiB,
        onFail: () => finishImage(st, copy, snaps, false),
    });
    return copy;
}
/** Removes an image with the snapshots made only for it (a cancelled copy leaves nothing behind). */
function removeWithSnapshots(st, im) {
    for (const m of im.mappings) {
        const sn = st.store("snapshot").get(m.snapshotId);
        if (sn)
            st.remove(sn);
    }
    st.remove(im);
    st.events.emit("image.state", { imageId: im.id, status: "Deleted" });
}
/** CancelCopyImage (RegionId = destination): only a copy still in progress. */
function cancelCopyImage(st, s, imageId) {
    const im = ownImage(st, s, imageId);
    if (!im.copiedFrom)
        fail("ImageCreatedNotFromCopy", "The specified image is not the target image of a copy action.");
    if (im.status !== "Creating")
        fail("IncorrectImageStatus", "The specified snapshot is not coping.");
    removeWithSnapshots(st, im);
}
/**
 * DeleteImage: own images only; refused while instances run from it (unless Force), while it is
 * shared, public, or a copy in progress (CancelCopyImage is the way). The snapshots stay (Packer
 * deletes them itself); those of an image still being created are completed at once.
 */
function deleteImage(st, s, imageId, force) {
    const im = ownImage(st, s, imageId);
    const users = st.list("instance", undefined, s.regionId).filter((i) => i.imageId === im.id);
    if (users.length > 0 && !force) {
        fail("ImageUsingByInstance", "The specified image has been used to create instances. You can use the DescribeInstances API to query these instances, or you can use the force parameter to proceed.", 403);
    }
    if (im.copiedFrom && im.status === "Creating") {
        fail("OperationDenied.ImageCopying", "The image is being copied. Please use the CancelCopyImage API.", 403);
    }
    if (im.isPublic)
        fail("ImageIsPublic", "You can not delete public image, please modify it to private.", 403);
    if (Object.keys(im.sharedWith).length > 0) {
        fail("ImageUseShared", "The specified image has been shared to others. You can use the DescribeImageSharePermission API to query the users who have been shared.", 403);
    }
    for (const m of im.mappings) {
        const sn = st.store("snapshot").get(m.snapshotId);
        if (sn && sn.imageId === im.id) {
            sn.imageId = undefined;
            if (sn.status === "progressing") {
                st.cancel(sn);
                sn.status = "accomplished";
            }
        }
    }
    st.remove(im);
    st.events.emit("image.state", { imageId: im.id, status: "Deleted" });
}
/** ModifyImageSharePermission: adds then removes accounts (malformed ids are `InvalidAccount.NotFound`). */
function modifySharePermission(st, s, imageId, add, remove) {
    const im = ownImage(st, s, imageId);
    if (add.includes(s.accountId))
        fail("InvalidAccount.Forbbiden", "The specified Account does not yourself.", 404);
    // An account the emulator knows, or any 16-digit id (an account elsewhere in the cloud, as the
    // ids in real templates are); anything else does not exist.
    for (const a of [...add, ...remove]) {
        if (!/^\d{16}$/.test(a) && !(st.accountExists?.(a) ?? /^\d+$/.test(a))) {
            fail("InvalidAccount.NotFound", `The specified account ${a} in parameter "AddAccount.n" or "RemoveAccount.n" does not exist.`, 404);
        }
    }
    for (const a of add)
        if (!(a in im.sharedWith))
            im.sharedWith[a] = st.now();
    for (const a of remove)
        delete im.sharedWith[a];
}

;// CONCATENATED MODULE: ./emulator/model/key-pairs.ts
/** SSH key pairs: created (a real RSA key, Node crypto) or imported; attached to instances. */




const generateKeyPairAsync = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
function sshString(buf) {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(buf.length);
    return Buffer.concat([len, buf]);
}
function mpint(b64url) {
    let b = Buffer.from(b64url, "base64url");
    while (b.length > 1 && b[0] === 0 && (b[1] & 0x80) === 0)
        b = b.subarray(1);
    if (b[0] & 0x80)
        b = Buffer.concat([Buffer.from([0]), b]);
    return sshString(b);
}
/** RFC 4716 fingerprint: MD5 of the SSH public key blob, as colon-separated hex. */
function fingerprintOf(blob) {
    return (0,external_node_crypto_.createHash)("md5")
        .update(blob)
        .digest("hex")
        .replace(/(..)(?!$)/g, "$1:");
}
/** Parses an OpenSSH public key line (`ssh-rsa AAAA… comment`), or undefined. */
function parsePublicKey(text) {
    const m = /^(ssh-rsa|ssh-ed25519|ssh-dss|ecdsa-sha2-nistp(?:256|384|521))\s+([A-Za-z0-9+/]+={0,2})(\s.*)?$/.exec(text.trim());
    if (!m)
        return undefined;
    const blob = Buffer.from(m[2], "base64");
    if (blob.length < 8)
        return undefined;
    const typeLen = blob.readUInt32BE(0);
    if (blob.subarray(4, 4 + typeLen).toString() !== m[1])
        return undefined;
    return { type: m[1], blob };
}
/** A key pair name as the API accepts it: 2–128 chars, starting with a letter, no `http(s)://`. */
function validName(name) {
    return /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5_.:-]{1,127}$/.test(name);
}
function checkNew(st, s, name) {
    st.region(s.regionId);
    if (!validName(name))
        fail("InvalidKeyPairName.Malformed", "Specified Key Pair name is not valid.");
    if (findKeyPair(st, s, name))
        fail("KeyPair.AlreadyExist", "The key pair already exist.");
}
function record(st, s, name, publicKey, blob, tags, resourceGroupId) {
    const kp = st.add({
        kind: "keypair",
        id: st.newId("ssh", s.regionId),
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Available",
        name,
        fingerprint: fingerprintOf(blob),
        publicKey,
        resourceGroupId: resourceGroupId ?? "",
    });
    if (tags)
        applyTags(kp.tags, tags);
    return kp;
}
/**
 * CreateKeyPair: generates a 2048-bit RSA key; the private key (PKCS#1 PEM, which Packer and ssh2
 * both read) is returned once and never stored.
 */
async function createKeyPair(st, s, p) {
    checkNew(st, s, p.name);
    const { publicKey, privateKey } = await generateKeyPairAsync("rsa", { modulusLength: 2048 });
    // The check again: another call may have taken the name while the key was generated.
    checkNew(st, s, p.name);
    const jwk = publicKey.export({ format: "jwk" });
    const blob = Buffer.concat([sshString(Buffer.from("ssh-rsa")), mpint(jwk.e), mpint(jwk.n)]);
    const kp = record(st, s, p.name, `ssh-rsa ${blob.toString("base64")}`, blob, p.tags, p.resourceGroupId);
    const privateKeyPem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    return { keyPair: kp, privateKeyPem };
}
/** ImportKeyPair: stores an OpenSSH public key. */
function importKeyPair(st, s, p) {
    checkNew(st, s, p.name);
    const parsed = parsePublicKey(p.publicKeyBody);
    if (!parsed)
        fail("InvalidPublicKeyBody.Malformed", "The PublicKeyBody format is not supported.");
    const publicKey = `${parsed.type} ${parsed.blob.toString("base64")}`;
    return record(st, s, p.name, publicKey, parsed.blob, p.tags, p.resourceGroupId);
}
/** The account's key pair of that name in the region. */
function findKeyPair(st, s, name) {
    return st.list("keypair", s.accountId, s.regionId).find((k) => k.name === name);
}
/** DeleteKeyPairs: every name must exist; a pair attached to an instance cannot be deleted. */
function deleteKeyPairs(st, s, names) {
    const pairs = names.map((n) => findKeyPair(st, s, n));
    // Real ECS ignores names that do not exist; it refuses pairs still bound to instances.
    const instances = st.list("instance", s.accountId, s.regionId);
    for (const kp of pairs) {
        if (kp && instances.some((i) => i.keyPairName === kp.name)) {
            fail("InvalidParameter.KeypairAlreadyAttachedInstance", 'The specified parameter "KeyPairNames" attached to instances can not be deleted.');
        }
    }
    for (const kp of pairs)
        if (kp)
            st.remove(kp);
}
/**
 * AttachKeyPair: binds the pair to each instance. A Stopped instance trusts it from its next start;
 * a Running one only after a reboot (the guest reads keys at boot), as on Alibaba Cloud.
 */
function attachKeyPair(st, s, name, instanceIds) {
    const kp = findKeyPair(st, s, name);
    if (!kp)
        fail("InvalidKeyPairName.NotFound", "The specified KeyPairName does not exist in our records.");
    return instanceIds.map((id) => {
        const inst = st.get("instance", id, s.accountId, s.regionId);
        if (!inst)
            return {
                instanceId: id,
                success: false,
                code: "InvalidInstanceId.NotFound",
                message: "The specified InstanceId does not exist.",
            };
        if (inst.osType === "windows") {
            fail("DependencyViolation.WindowsInstance", "The instance creating is windows, cannot use ssh key pair to login", 403);
        }
        if (inst.status === "Pending") {
            return {
                instanceId: id,
                success: false,
                code: "IncorrectInstanceStatus",
                message: "The current status of the resource does not support this operation.",
            };
        }
        inst.keyPairName = kp.name;
        if (inst.status === "Stopped")
            inst.bootKeyPairName = kp.name;
        return { instanceId: id, success: true, code: "200", message: "successful" };
    });
}
/** DetachKeyPair: unbinds the pair (a running guest keeps trusting it until its next boot). */
function detachKeyPair(st, s, name, instanceIds) {
    const kp = findKeyPair(st, s, name);
    if (!kp)
        fail("InvalidKeyPairName.NotFound", "The specified KeyPairName does not exist in our records.");
    return instanceIds.map((id) => {
        const inst = st.get("instance", id, s.accountId, s.regionId);
        if (!inst)
            return {
                instanceId: id,
                success: false,
                code: "InvalidInstanceId.NotFound",
                message: "The specified InstanceId does not exist.",
            };
        if (inst.keyPairName !== kp.name) {
            return {
                instanceId: id,
                success: false,
                code: "InvalidKeyPairName.NotFound",
                message: "The specified KeyPairName does not exist in our records.",
            };
        }
        inst.keyPairName = undefined;
        if (inst.status === "Stopped")
            inst.bootKeyPairName = undefined;
        return { instanceId: id, success: true, code: "200", message: "successful" };
    });
}

;// CONCATENATED MODULE: ./emulator/model/cidr.ts
/** IPv4 CIDR arithmetic for VPC and vSwitch rules. */
/** Parses `a.b.c.d/n`; undefined if malformed or if host bits are set. */
function parseCidr(text) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32)
        return undefined;
    const base = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((base & mask) >>> 0 !== base)
        return undefined;
    return { base, prefix };
}
/** Number of addresses in a CIDR. */
function size(c) {
    return 2 ** (32 - c.prefix);
}
/** Whether `inner` lies within `outer`. */
function contains(outer, inner) {
    return (inner.prefix >= outer.prefix &&
        inner.base >= outer.base &&
        inner.base + size(inner) <= outer.base + size(outer));
}
/** Whether two CIDRs share an address. */
function overlaps(a, b) {
    return a.base < b.base + size(b) && b.base < a.base + size(a);
}
/** The private ranges a VPC may use (RFC 1918). */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => parseCidr(c));

;// CONCATENATED MODULE: ./emulator/model/network.ts
/** VPCs, vSwitches and elastic IPs: their state machines and dependency rules. */




function nameOk(name) {
    if (!name)
        return true;
    return name.length >= 1 && name.length <= 128 && !/^https?:\/\//.test(name);
}
/** CreateVpc: a Pending VPC that becomes Available after `vpc.create`. Default CIDR 172.16.0.0/12. */
function createVpc(st, s, p) {
    st.region(s.regionId);
    const cidrText = p.cidrBlock || "172.16.0.0/12";
    const cidr = parseCidr(cidrText);
    if (!cidr || cidr.prefix < 8 || cidr.prefix > 28 || !PRIVATE_RANGES.some((r) => contains(r, cidr))) {
        fail("InvalidCidrBlock.Malformed", "Specified CIDR block is not valid.");
    }
    if (!nameOk(p.name))
        fail("InvalidVpcName.Malformed", "Specified VPC name is not valid.");
    const vpc = st.add({
        kind: "vpc",
        id: st.newId("vpc", s.regionId),
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Pending",
        name: p.name ?? "",
        description: p.description ?? "",
        cidrBlock: cidrText,
        vRouterId: st.newId("vrt", s.regionId),
        routeTableId: st.newId("vtb", s.regionId),
        resourceGroupId: p.resourceGroupId ?? "",
        isDefault: false,
    });
    if (p.tags)
        applyTags(vpc.tags, p.tags);
    st.schedule(vpc, "vpc.create", () => {
        vpc.status = "Available";
    });
    return vpc;
}
/** A VPC of the account in the region, or `InvalidVpcId.NotFound`. */
function getVpc(st, s, vpcId) {
    const vpc = st.get("vpc", vpcId, s.accountId, s.regionId);
    if (!vpc)
        fail("InvalidVpcId.NotFound", "Specified VPC does not exist.", 404);
    return vpc;
}
/** DeleteVpc: refuses while vSwitches or security groups remain (DependencyViolation.*). */
function deleteVpc(st, s, vpcId) {
    const vpc = getVpc(st, s, vpcId);
    if (vpc.status !== "Available")
        fail("IncorrectVpcStatus", "Current VPC status does not support this operation.");
    if (st.list("vswitch", s.accountId, s.regionId).some((v) => v.vpcId === vpc.id)) {
        fail("DependencyViolation.VSwitch", "Specified object has dependent resources");
    }
    if (st.list("instance", s.accountId, s.regionId).some((i) => i.vpcId === vpc.id) ||
        st.stillReleasing().some((g) => g.vpcId === vpc.id)) {
        fail("DependencyViolation.Instance", "Specified object has dependent resources");
    }
    if (st.list("securitygroup", s.accountId, s.regionId).some((g) => g.vpcId === vpc.id)) {
        fail("DependencyViolation.SecurityGroup", "Specified object has dependent resources SecurityGroup.");
    }
    st.remove(vpc);
}
/** CreateVSwitch: CIDR inside the VPC's, /16–/29, no overlap with the VPC's other vSwitches. */
function createVSwitch(st, s, p) {
    const vpc = getVpc(st, s, p.vpcId);
    if (!zonesOf(st.catalog, s.regionId).includes(p.zoneId)) {
        fail("InvalidZoneId.NotFound", "The ZoneId provided does not exist in our records.", 404);
    }
    if (vpc.status !== "Available")
        fail("IncorrectVpcStatus", "Current VPC status does not support this operation.");
    const cidr = parseCidr(p.cidrBlock);
    const vpcCidr = parseCidr(vpc.cidrBlock);
    if (!cidr || cidr.prefix < 16 || cidr.prefix > 29 || !contains(vpcCidr, cidr)) {
        fail("InvalidCidrBlock.Malformed", "Specified CIDR block is not valid.");
    }
    for (const other of st.list("vswitch", s.accountId, s.regionId)) {
        if (other.vpcId === vpc.id && overlaps(parseCidr(other.cidrBlock), cidr)) {
            fail("InvalidCidrBlock.Overlapped", "Specified CIDR block overlapped with other subnets.");
        }
    }
    if (!nameOk(p.name))
        fail("InvalidVSwitchName.Malformed", "Specified VSwitch name is not valid.");
    const vsw = st.add({
        kind: "vswitch",
        id: st.newId("vsw", s.regionId),
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Pending",
        name: p.name ?? "",
        description: p.description ?? "",
        vpcId: vpc.id,
        zoneId: p.zoneId,
        cidrBlock: p.cidrBlock,
        addressBlock: st.addresses.vswitchBlock(),
        nextHost: 1,
        // Alibaba reserves the first and the last three addresses of every vSwitch; our block holds 252.
        capacity: Math.min(size(cidr) - 4, 252),
        isDefault: false,
    });
    if (p.tags)
        applyTags(vsw.tags, p.tags);
    st.schedule(vsw, "vswitch.create", () => {
        vsw.status = "Available";
    });
    return vsw;
}
/** A vSwitch of the account in the region, or `InvalidVSwitchId.NotFound`. */
function getVSwitch(st, s, vswId) {
    const v = st.get("vswitch", vswId, s.accountId, s.regionId);
    if (!v)
        fail("InvalidVSwitchId.NotFound", "Specified virtual switch does not exist.", 404);
    return v;
}
/** Instances currently using a vSwitch. */
function vswitchUsers(st, vsw) {
    return st
        .list("instance", vsw.accountId, vsw.regionId)
        .filter((i) => i.vswitchId === vsw.id);
}
/** Addresses still free in a vSwitch. */
function availableIpCount(st, vsw) {
    return vsw.capacity - vswitchUsers(st, vsw).length;
}
/** DeleteVSwitch: refuses while instances use it (`DependencyViolation`) or while it is Pending. */
function deleteVSwitch(st, s, vswId) {
    const vsw = getVSwitch(st, s, vswId);
    if (vsw.status !== "Available") {
        fail("IncorrectVSwitchStatus", "The current status of virtual switch does not support this operation.");
    }
    if (vswitchUsers(st, vsw).length > 0 || st.stillReleasing().some((g) => g.vswitchId === vsw.id))
        fail("DependencyViolation", "Specified object has dependent resources.");
    st.remove(vsw);
}
/** The next private IP of a vSwitch (127.x; see addresses.ts), or `QuotaExceeded.PrivateIpAddress`. */
function allocatePrivateIp(st, vsw) {
    if (availableIpCount(st, vsw) <= 0 || vsw.nextHost > 252) {
        fail("QuotaExceeded.PrivateIpAddress", "Don't have enough private IPs in this switch.");
    }
    return `${vsw.addressBlock}.${vsw.nextHost++}`;
}
/** AllocateEipAddress: an Available EIP with a fresh 127.11.x.y address. */
function allocateEip(st, s, p) {
    st.region(s.regionId);
    const eip = st.add({
        kind: "eip",
        id: st.newId("eip", s.regionId),
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Available",
        name: p.name ?? "",
        description: p.description ?? "",
        ipAddress: st.addresses.eip(),
        bandwidth: p.bandwidth || "5",
        internetChargeType: p.internetChargeType || "PayByBandwidth",
        instanceChargeType: p.instanceChargeType || "PostPaid",
        isp: p.isp || "BGP",
        resourceGroupId: p.resourceGroupId ?? "",
    });
    if (p.tags)
        applyTags(eip.tags, p.tags);
    return eip;
}
/** An EIP of the account in the region, or `InvalidAllocationId.NotFound`. */
function getEip(st, s, id) {
    const e = st.get("eip", id, s.accountId, s.regionId);
    if (!e)
        fail("InvalidAllocationId.NotFound", "Specified allocation ID is not found", 404);
    return e;
}
/** AssociateEipAddress: Available → Associating → InUse; the instance must be a VPC instance, Running or Stopped. */
function associateEip(st, s, allocationId, instanceId) {
    const eip = getEip(st, s, allocationId);
    const inst = st.get("instance", instanceId, s.accountId);
    if (!inst)
        fail("InvalidInstanceId.NotFound", "Specified instance does not exist.", 404);
    if (inst.regionId !== s.regionId) {
        fail("InvalidParameter.Mismatch", "Specified elastic IP address and ECS instance are not in the same region.");
    }
    if (eip.pending)
        fail("TaskConflict", "The eip operate too frequent, TaskConflict.");
    if (eip.status !== "Available") {
        fail("IncorrectEipStatus", "Current elastic IP status does not support this operation.");
    }
    if (inst.status !== "Running" && inst.status !== "Stopped") {
        fail("IncorrectInstanceStatus", "The current status of instance does not support this operation.");
    }
    if (inst.eipAllocationId || inst.publicIp || inst.networkType !== "vpc") {
        fail("InvalidAssociation.Duplicated", "Specified instance already is associated.");
    }
    eip.status = "Associating";
    eip.instanceId = inst.id;
    inst.eipAllocationId = eip.id;
    st.schedule(eip, "eip.associate", () => {
        eip.status = "InUse";
        st.events.emit("instance.addresses", { instanceId: inst.id, addresses: addressesOf(st, inst) });
    });
}
/** UnassociateEipAddress: InUse → Unassociating → Available. */
function unassociateEip(st, s, allocationId, instanceId) {
    const eip = getEip(st, s, allocationId);
    if (eip.pending)
        fail("TaskConflict", "The eip operate too frequent, TaskConflict.");
    if (eip.status !== "InUse" || (instanceId !== undefined && instanceId !== eip.instanceId)) {
        fail("IncorrectEipStatus", "Current elastic IP status does not support this operation.");
    }
    eip.status = "Unassociating";
    st.schedule(eip, "eip.unassociate", () => {
        detachEip(st, eip);
    });
}
/** An instance's addresses (kept here to avoid an import cycle with instances.ts). */
function addressesOf(st, inst) {
    const eip = inst.eipAllocationId ? st.store("eip").get(inst.eipAllocationId) : undefined;
    const live = eip?.instanceId === inst.id ? eip.ipAddress : undefined;
    return [inst.privateIp, inst.innerIp, inst.publicIp, live].filter((a) => !!a);
}
/** Drops the link between an EIP and its instance (also used when the instance is deleted). */
function detachEip(st, eip) {
    const inst = eip.instanceId ? st.store("instance").get(eip.instanceId) : undefined;
    const had = inst !== undefined && inst.eipAllocationId === eip.id;
    if (had)
        inst.eipAllocationId = undefined;
    eip.instanceId = undefined;
    eip.status = "Available";
    st.cancel(eip);
    if (had && st.store("instance").has(inst.id)) {
        st.events.emit("instance.addresses", { instanceId: inst.id, addresses: addressesOf(st, inst) });
    }
}
/** ReleaseEipAddress: only an Available (unassociated) EIP. */
function releaseEip(st, s, allocationId) {
    const eip = getEip(st, s, allocationId);
    if (eip.pending)
        fail("TaskConflict", "The eip operate too frequent, TaskConflict.");
    if (eip.status !== "Available") {
        fail("IncorrectEipStatus", "Current elastic IP status does not support this operation.");
    }
    st.remove(eip);
}

;// CONCATENATED MODULE: ./emulator/model/security-groups.ts
/** Security groups and their rules (ingress and egress). */





/** CreateSecurityGroup: classic (no VPC) or in a VPC that must exist. */
function createSecurityGroup(st, s, p) {
    st.region(s.regionId);
    if (p.vpcId)
        getVpc(st, s, p.vpcId);
    if (p.name && (p.name.length < 2 || p.name.length > 128 || /^https?:\/\//.test(p.name))) {
        fail("InvalidSecurityGroupName.Malformed", "The specified parameter SecurityGroupName is not valid.");
    }
    if (p.type && p.type !== "normal" && p.type !== "enterprise") {
        fail("InvalidParams.GroupType", "The specified security group type is not valid.");
    }
    const sg = st.add({
        kind: "securitygroup",
        id: st.newId("sg", s.regionId),
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Available",
        name: p.name ?? "",
        description: p.description ?? "",
        vpcId: p.vpcId || undefined,
        securityGroupType: p.type || "normal",
        rules: [],
        resourceGroupId: p.resourceGroupId ?? "",
    });
    if (p.tags)
        applyTags(sg.tags, p.tags);
    return sg;
}
/** A security group of the account in the region, or `InvalidSecurityGroupId.NotFound`. */
function getSecurityGroup(st, s, id) {
    const sg = st.get("securitygroup", id, s.accountId, s.regionId);
    if (!sg)
        fail("InvalidSecurityGroupId.NotFound", "The specified SecurityGroupId does not exist.", 404);
    return sg;
}
const PROTOCOLS = new Set(["tcp", "udp", "icmp", "gre", "all", "icmpv6"]);
function cidrOk(text) {
    return (parseCidr(text.includes("/") ? text : `${text}/32`) !== undefined ||
        /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(text));
}
/** Adds a rule after the API's checks; an identical rule already present is left as is. */
function authorize(st, s, groupId, direction, p) {
    const sg = getSecurityGroup(st, s, groupId);
    const protocol = (p.IpProtocol ?? "").toLowerCase();
    if (!PROTOCOLS.has(protocol)) {
        fail("InvalidIpProtocol.ValueNotSupported", "The parameter IpProtocol must be specified with case insensitive TCP, UDP, ICMP, GRE or All.");
    }
    const portRange = p.PortRange ?? "";
    if (portRange === "")
        fail("InvalidPortRange.Malformed", "The specified parameter PortRange must set.");
    const m = /^(-?\d+)\/(-?\d+)$/.exec(portRange);
    if (!m) {
        fail("InvalidParam.PortRange", "The specified parameter PortRange is not valid. It should be two integers less than 65535 in ?/? format.");
    }
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (protocol === "tcp" || protocol === "udp") {
        if (from < 1 || to > 65535 || from > to) {
            fail("InvalidParam.PortRange", "The specified parameter PortRange is not valid. It should be two integers less than 65535 in ?/? format.");
        }
    }
    else if (from !== -1 || to !== -1) {
        fail("OperationDenied", "The specified IpProtocol does not exist or IpProtocol and PortRange do not match.");
    }
    const policy = (p.Policy ?? "accept").toLowerCase();
    if (policy !== "accept" && policy !== "drop") {
        fail("InvalidPolicy.Malformed", "The specified parameter Policy is not valid.");
    }
    const priority = String(p.Priority ?? "1");
    if (!/^\d+$/.test(priority) || Number(priority) < 1 || Number(priority) > 100) {
        fail("InvalidPriority.Malformed", "The parameter Priority is invalid.");
    }
    const nicType = p.NicType ?? "internet";
    if (nicType !== "internet" && nicType !== "intranet") {
        fail("InvalidNicType.ValueNotSupported", "The specified NicType does not exist.");
    }
    const source = p.SourceCidrIp ?? "";
    const dest = p.DestCidrIp ?? "";
    if (direction === "ingress") {
        if (!source && !p.SourceGroupId) {
            fail("MissingParameter", "The input parameter SourceGroupId or SourceCidrIp cannot be both blank.", 403);
        }
        if (source && !cidrOk(source))
            fail("InvalidSourceCidrIp.Malformed", "The specified parameter SourceCidrIp is not valid.");
        if (p.SourceGroupId)
            getGroupRef(st, s, p.SourceGroupId, "InvalidSourceGroupId.NotFound", "The SourceGroupId provided does not exist in our records.");
    }
    else {
        if (!dest && !p.DestGroupId) {
            fail("MissingParameter", "The input parameter DestGroupId or DestCidrIp cannot be both blank.", 403);
        }
        if (dest && !cidrOk(dest))
            fail("InvalidDestCidrIp.Malformed", "The specified parameter DestCidrIp is not valid.");
        if (p.DestGroupId)
            getGroupRef(st, s, p.DestGroupId, "InvalidDestGroup.NotFound", "Specified destination security group does not exist.");
    }
    const rule = {
        ruleId: `sgr-${st.region(s.regionId).idPrefix}${randomId(18)}`,
        direction,
        ipProtocol: protocol.toUpperCase() === "ALL" ? "ALL" : protocol.toUpperCase(),
        portRange,
        sourceCidrIp: source,
        destCidrIp: dest,
        sourceGroupId: p.SourceGroupId ?? "",
        destGroupId: p.DestGroupId ?? "",
        policy: policy === "accept" ? "Accept" : "Drop",
        priority,
        nicType: sg.vpcId ? "intranet" : nicType,
        description: p.Description ?? "",
        createdAt: st.now(),
    };
    const same = sg.rules.find((r) => r.direction === rule.direction &&
        r.ipProtocol === rule.ipProtocol &&
        r.portRange === rule.portRange &&
        r.sourceCidrIp === rule.sourceCidrIp &&
        r.destCidrIp === rule.destCidrIp &&
        r.sourceGroupId === rule.sourceGroupId &&
        r.destGroupId === rule.destGroupId &&
        r.policy === rule.policy &&
        r.nicType === rule.nicType);
    if (same)
        return same;
    if (sg.rules.length >= 200)
        fail("AuthorizationLimitExceed", "The limit of authorization records in the security group reaches.", 403);
    sg.rules.push(rule);
    return rule;
}
function getGroupRef(st, s, id, code, message) {
    if (!st.get("securitygroup", id, s.accountId, s.regionId))
        fail(code, message, code.endsWith("NotFound") && code.startsWith("InvalidSourceGroupId") ? 404 : 400);
}
/** Instances that use a security group. */
function groupUsers(st, sg) {
    return st
        .list("instance", sg.accountId, sg.regionId)
        .filter((i) => i.securityGroupIds.includes(sg.id));
}
/** DeleteSecurityGroup: `DependencyViolation` while an instance uses it or another group's rule refers to it. */
function deleteSecurityGroup(st, s, id) {
    const sg = st.get("securitygroup", id, s.accountId, s.regionId);
    if (!sg)
        fail("InvalidSecurityGroup.NotFound", "The specified security group is not found.", 404);
    if (groupUsers(st, sg).length > 0 || st.stillReleasing().some((g) => g.securityGroupIds.includes(sg.id))) {
        fail("DependencyViolation", "There is still instance(s) in the specified security group.", 403);
    }
    const referenced = st
        .list("securitygroup", s.accountId, s.regionId)
        .some((g) => g.id !== sg.id && g.rules.some((r) => r.sourceGroupId === sg.id || r.destGroupId === sg.id));
    if (referenced)
        fail("DependencyViolation", "There is still instance(s) in the specified security group.", 403);
    st.remove(sg);
}

;// CONCATENATED MODULE: ./emulator/model/instances.ts
/**
 * Instances: creation (CreateInstance leaves them Stopped, RunInstances starts them), the
 * Pending → Starting → Running / Stopping → Stopped state machine, deletion and public IPs.
 */








function bool(v, dflt) {
    if (v === undefined || v === null || v === "")
        return dflt;
    return v === true || v === "true";
}
/** Every address an instance answers on: private (VPC) or inner (classic) IP, public IP, EIP. */
function instanceAddresses(st, inst) {
    const eip = inst.eipAllocationId ? st.store("eip").get(inst.eipAllocationId) : undefined;
    return [inst.privateIp, inst.innerIp, inst.publicIp, eip?.ipAddress].filter((a) => !!a);
}
/** Tells listeners an instance's addresses changed. */
function addressesChanged(st, inst) {
    st.events.emit("instance.addresses", { instanceId: inst.id, addresses: instanceAddresses(st, inst) });
}
/** Sets an instance's status and tells listeners. */
function setInstanceStatus(st, inst, to) {
    const from = inst.status;
    inst.status = to;
    if (to === "Running" && from === "Starting") {
        inst.bootKeyPairName = inst.keyPairName;
        inst.startedAt = st.now();
    }
    st.events.emit("instance.state", { instance: inst, from, to });
}
function scheduleStart(st, inst, start) {
    setInstanceStatus(st, inst, "Starting");
    st.schedule(inst, "instance.start", () => setInstanceStatus(st, inst, "Running"), {
        start,
        onFail: () => setInstanceStatus(st, inst, "Stopped"),
    });
}
function pickZone(st, s, instanceType, zoneId) {
    const zones = zonesOf(st.catalog, s.regionId);
    if (zoneId !== undefined && zoneId !== "") {
        if (!zones.includes(zoneId))
            fail("InvalidZoneId.NotFound", "The ZoneId provided does not exist in our records.", 404);
        return zoneId;
    }
    // Like the real API without a zone: the first zone that sells the type and has stock.
    const ok = zones.find((z) => !st.catalog.zonesNotOnSale.has(z) &&
        (st.catalog.zoneInstanceTypes.get(z) ?? []).includes(instanceType) &&
        (st.catalog.stock.get(z)?.get(instanceType) ?? 1) > 0);
    return ok ?? zones[0];
}
function takeStock(st, zoneId, instanceType) {
    if (st.catalog.zonesNotOnSale.has(zoneId))
        fail("Zone.NotOnSale", "The specified zone is not available for purchase.", 403);
    if (!(st.catalog.zoneInstanceTypes.get(zoneId) ?? []).includes(instanceType)) {
        fail("InvalidInstanceType.ZoneNotSupported", "The specified zone does not support this instancetype.", 403);
    }
    const left = st.catalog.stock.get(zoneId)?.get(instanceType);
    if (left !== undefined) {
        if (left <= 0) {
            fail("OperationDenied.NoStock", "The requested resource is sold out in the specified zone; try other types of resources or other regions and zones.", 403);
        }
        st.catalog.stock.get(zoneId).set(instanceType, left - 1);
    }
}
function returnStock(st, zoneId, instanceType) {
    const left = st.catalog.stock.get(zoneId)?.get(instanceType);
    if (left !== undefined)
        st.catalog.stock.get(zoneId).set(instanceType, left + 1);
}
const PASSWORD_SPECIALS = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/";
/** The API's rules for InstanceName, Password and UserData. */
function checkLaunchInputs(p, vpc) {
    if (p.name !== undefined &&
        (!/^[A-Za-z\u4e00-\u9fa5][\s\S]{1,127}$/.test(p.name) || /^https?:\/\//.test(p.name))) {
        fail("InvalidInstanceName.Malformed", 'The specified parameter "InstanceName" is not valid.');
    }
    if (p.password !== undefined) {
        const pw = p.password;
        const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(pw)).length +
            ([...pw].some((c) => PASSWORD_SPECIALS.includes(c)) ? 1 : 0);
        const allowed = [...pw].every((c) => /[A-Za-z0-9]/.test(c) || PASSWORD_SPECIALS.includes(c));
        if (pw.length < 8 || pw.length > 30 || classes < 3 || !allowed) {
            fail("InvalidPassword.Malformed", 'The specified parameter "Password" is not valid.');
        }
    }
    if (p.userData !== undefined) {
        if (!vpc) {
            fail("InvalidUserData.NotSupported", 'The specified parameter "UserData" only support the vpc and IoOptimized Instance.');
        }
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(p.userData) || p.userData.length % 4 !== 0) {
            fail("InvalidUserData.Base64FormatInvalid", "The specified UserData is not valid.", p.run ? 400 : 403);
        }
        if (Buffer.from(p.userData, "base64").length > 32 * 1024) {
            fail("InvalidUserData.SizeExceeded", 'The specified parameter "UserData" exceeds the size.');
        }
    }
}
/** CreateInstance / RunInstances (one instance; RunInstances calls it `Amount` times). */
function createInstance(st, s, p) {
    st.region(s.regionId);
    const type = st.catalog.instanceTypes.find((t) => t.instanceType === p.instanceType);
    if (!type)
        fail("InvalidInstanceType.ValueNotSupported", "The specified InstanceType does not exist or beyond the permitted range.");
    if (p.imageId && p.imageFamily) {
        fail("UnexpectedImageFamily.ImageIdSupplied", "The input parameter ImageFamily must be null when image id is set.");
    }
    let image;
    if (p.imageFamily) {
        const im = latestOfFamily(st, s, p.imageFamily);
        if (!im)
            fail("InvalidImageId.NotFound", "The specified ImageId does not exist.", 404);
        image = im;
    }
    else {
        if (!p.imageId)
            fail("MissingParameter", 'The input parameter "ImageId" that is mandatory for processing this request is not supplied.');
        image = usableImage(st, s, p.imageId);
    }
    // Network: a vSwitch means VPC; without one, the classic network.
    let vpcId;
    let zoneId;
    const vsw = p.vswitchId ? getVSwitch(st, s, p.vswitchId) : undefined;
    if (vsw) {
        if (vsw.status !== "Available") {
            fail("IncorrectVSwitchStatus", "The current status of virtual switch does not support this operation.");
        }
        if (p.zoneId && p.zoneId !== vsw.zoneId) {
            fail("InvalidParameter.NotMatch", `The specified ZoneId ${p.zoneId} does not match the zone of VSwitch ${vsw.id}.`, 403);
        }
        vpcId = vsw.vpcId;
        zoneId = vsw.zoneId;
    }
    else {
        zoneId = pickZone(st, s, p.instanceType, p.zoneId);
    }
    if (p.securityGroupIds.length === 0) {
        fail("MissingParameter", 'The input parameter "SecurityGroupId" that is mandatory for processing this request is not supplied.');
    }
    for (const id of p.securityGroupIds) {
        const sg = getSecurityGroup(st, s, id);
        if ((sg.vpcId ?? "") !== (vpcId ?? "")) {
            if (vpcId)
                fail("InvalidParameter.Mismatch", "Specified security group and virtual switch are not in the same VPC.");
            fail("InvalidSecurityGroup.NetworkType", `The security group ${sg.id} belongs to a VPC and cannot be used in the classic network.`);
        }
    }
    if (p.keyPairName) {
        if (!findKeyPair(st, s, p.keyPairName)) {
            fail("InvalidKeyPairName.NotFound", "The specified parameter KeyPairName does not exist in our records.", 404);
        }
        if (image.osType === "windows") {
            fail("DependencyViolation.WindowsInstance", "The instance creating is windows, cannot use ssh key pair to login.", 403);
        }
    }
    checkLaunchInputs(p, vsw !== undefined);
    if (p.internetMaxBandwidthOut !== undefined &&
        (p.internetMaxBandwidthOut < 0 || p.internetMaxBandwidthOut > 100)) {
        fail("InvalidParameter", 'The specified parameter "InternetMaxBandwidthOut" is not valid.');
    }
    // Disks.
    const sysSize = p.systemDisk?.Size !== undefined && p.systemDisk.Size !== ""
        ? Number(p.systemDisk.Size)
        : Math.max(image.size, image.osType === "windows" ? 40 : 20);
    if (!Number.isInteger(sysSize))
        fail("InvalidSystemDiskSize", "The specified parameter SystemDisk.Size is invalid.", 404);
    if (sysSize < image.size) {
        fail("InvalidSystemDiskSize.LessThanImageSize", "The specified parameter SystemDisk.Size is less than the image size.", 404);
    }
    if (sysSize > 2048)
        fail("InvalidSystemDiskSize.MoreThanMaxSize", "The specified SystemDisk.Size parameter exceeds the maximum size.", 404);
    const dataDisks = p.dataDisks ?? [];
    if (dataDisks.length > 16)
        fail("InstanceDiskNumber.LimitExceed", "The total number of specified disk in an instance exceeds.");
    const dataSpecs = dataDisks.map((d) => {
        let size = d.Size !== undefined && d.Size !== "" ? Number(d.Size) : undefined;
        if (d.SnapshotId) {
            const sn = st.get("snapshot", d.SnapshotId, s.accountId, s.regionId);
            if (!sn)
                fail("InvalidSnapshotId.NotFound", "The specified parameter SnapshotId is not exist.");
            if (sn.status !== "accomplished")
                fail("InvalidSnapshotId.NotReady", "The specified snapshot has not completed yet.", 403);
            size = size ?? sn.sourceDiskSize;
            if (size < sn.sourceDiskSize) {
                fail("InvalidDataDiskSize.ValueNotSupported", "The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.");
            }
        }
        if (size === undefined || !Number.isInteger(size) || size < 20 || size > 32768) {
            fail("InvalidDataDiskSize.ValueNotSupported", "The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category.");
        }
        return { ...d, size };
    });
    takeStock(st, zoneId, p.instanceType);
    const id = st.newId("i", s.regionId);
    const bandwidth = p.internetMaxBandwidthOut ?? 0;
    const inst = st.add({
        kind: "instance",
        id,
        accountId: s.accountId,
        regionId: s.regionId,
        createdAt: st.now(),
        tags: {},
        status: "Pending",
        name: p.name || id,
        description: p.description ?? "",
        hostName: p.hostName || `iZ${id.slice(2)}Z`,
        zoneId,
        instanceType: p.instanceType,
        imageId: image.id,
        osType: image.osType,
        osName: image.osName,
        networkType: vsw ? "vpc" : "classic",
        vpcId,
        vswitchId: vsw?.id,
        securityGroupIds: [...new Set(p.securityGroupIds)],
        keyPairName: p.keyPairName || undefined,
        bootKeyPairName: undefined,
        hasPassword: !!p.password,
        userData: p.userData,
        internetChargeType: p.internetChargeType || "PayByTraffic",
        internetMaxBandwidthOut: bandwidth,
        internetMaxBandwidthIn: p.internetMaxBandwidthIn ?? 200,
        ioOptimized: p.ioOptimized !== "none",
        ramRoleName: p.ramRoleName,
        diskIds: [],
    });
    if (vsw)
        inst.privateIp = allocatePrivateIp(st, vsw);
    else
        inst.innerIp = st.addresses.innerIp();
    if (p.run && bandwidth > 0)
        inst.publicIp = st.addresses.publicIp();
    if (p.password)
        st.passwords.set(id, p.password);
    if (p.tags)
        applyTags(inst.tags, p.tags);
    const sys = createAttachedDisk(st, inst, {
        type: "system",
        size: sysSize,
        category: p.systemDisk?.Category,
        name: p.systemDisk?.DiskName,
        description: p.systemDisk?.Description,
        device: deviceName(0),
        deleteWithInstance: true,
        imageId: image.id,
        encrypted: bool(p.systemDisk?.Encrypted, false),
    });
    inst.diskIds.push(sys.id);
    for (const [i, d] of dataSpecs.entries()) {
        const disk = createAttachedDisk(st, inst, {
            type: "data",
            size: d.size,
            category: d.Category,
            name: d.DiskName,
            description: d.Description,
            device: d.Device || deviceName(i + 1),
            deleteWithInstance: bool(d.DeleteWithInstance, true),
            snapshotId: d.SnapshotId || undefined,
            encrypted: bool(d.Encrypted, false),
        });
        inst.diskIds.push(disk.id);
    }
    // RunInstances tags the instance, its disks (and primary ENI); CreateInstance only the instance.
    if (p.run && p.tags) {
        for (const id of inst.diskIds)
            applyTags(st.store("disk").get(id).tags, p.tags);
    }
    st.events.emit("instance.state", { instance: inst, from: "", to: "Pending" });
    addressesChanged(st, inst);
    st.schedule(inst, "instance.create", (at) => {
        if (p.run)
            scheduleStart(st, inst, at);
        else
            setInstanceStatus(st, inst, "Stopped");
    });
    return inst;
}
/** An instance of the account (any region unless given), or `InvalidInstanceId.NotFound`. */
function getInstance(st, accountId, id, regionId) {
    const inst = st.get("instance", id, accountId, regionId);
    if (!inst)
        fail("InvalidInstanceId.NotFound", "The specified InstanceId does not exist.", 404);
    return inst;
}
function incorrect() {
    fail("IncorrectInstanceStatus", "The current status of the resource does not support this operation.", 403);
}
/** StartInstance: Stopped → Starting → Running. */
function startInstance(st, accountId, id) {
    const inst = getInstance(st, accountId, id);
    if (inst.status !== "Stopped")
        incorrect();
    scheduleStart(st, inst);
}
/** StopInstance: Running → Stopping → Stopped. */
function stopInstance(st, accountId, id) {
    const inst = getInstance(st, accountId, id);
    if (inst.status !== "Running")
        incorrect();
    setInstanceStatus(st, inst, "Stopping");
    st.schedule(inst, "instance.stop", () => setInstanceStatus(st, inst, "Stopped"));
}
/** RebootInstance: Running → Stopping → Starting → Running; the guest re-reads its key pair. */
function rebootInstance(st, accountId, id) {
    const inst = getInstance(st, accountId, id);
    if (inst.status !== "Running")
        incorrect();
    setInstanceStatus(st, inst, "Stopping");
    const half = st.profile.transitionMs("instance.reboot") / 2;
    st.schedule(inst, "instance.reboot", (at) => {
        setInstanceStatus(st, inst, "Starting");
        st.schedule(inst, "instance.reboot.boot", () => setInstanceStatus(st, inst, "Running"), {
            start: at,
            extraMs: half,
        });
    }, { extraMs: -half });
}
/**
 * DeleteInstance: without Force only a Stopped instance; never a Pending one. Its EIP is
 * unassociated, disks with DeleteWithInstance go with it, the others are detached (Available).
 */
function deleteInstance(st, accountId, id, force, regionId) {
    const inst = getInstance(st, accountId, id, regionId);
    if (inst.status === "Pending") {
        fail("IncorrectInstanceStatus.Initializing", "The specified instance status does not support this operation.", 403);
    }
    if (!force && inst.status !== "Stopped")
        incorrect();
    if (inst.eipAllocationId) {
        const eip = st.store("eip").get(inst.eipAllocationId);
        if (eip)
            detachEip(st, eip);
    }
    for (const diskId of inst.diskIds) {
        const d = st.store("disk").get(diskId);
        if (!d)
            continue;
        if (d.deleteWithInstance)
            st.remove(d);
        else {
            d.status = "Available";
            d.instanceId = undefined;
        }
    }
    st.cancel(inst);
    st.remove(inst);
    const release = st.profile.transitionMs("instance.release");
    if (release > 0) {
        st.releasing.push({
            instanceId: inst.id,
            accountId: inst.accountId,
            regionId: inst.regionId,
            securityGroupIds: [...inst.securityGroupIds],
            vswitchId: inst.vswitchId,
            vpcId: inst.vpcId,
            until: st.now() + release,
        });
    }
    st.passwords.delete(inst.id);
    returnStock(st, inst.zoneId, inst.instanceType);
    const from = inst.status;
    st.events.emit("instance.state", { instance: inst, from, to: "Deleted" });
    st.events.emit("instance.addresses", { instanceId: inst.id, addresses: [] });
}
/** AllocatePublicIpAddress: a 127.10.x.y public address for a Running or Stopped instance without one. */
function allocatePublicIp(st, accountId, id) {
    const inst = getInstance(st, accountId, id);
    if (inst.status !== "Running" && inst.status !== "Stopped")
        incorrect();
    if (inst.publicIp || inst.eipAllocationId) {
        fail("AllocatedAlready", "There is an IpAddress allocated already for the specified instance.", 403);
    }
    if (inst.internetMaxBandwidthOut <= 0) {
        fail("AllocateIpInvalidInstanceBandwidth", "OperationDenied The InternetMaxBandwidthOut of the specified instance cannot be less than 0.");
    }
    inst.publicIp = st.addresses.publicIp();
    addressesChanged(st, inst);
    return inst.publicIp;
}
/** The instance's password, if one was set (for the SSH server; never part of a dump). */
function instancePassword(st, id) {
    return st.passwords.get(id);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./emulator/machines/filesystem.ts
/**
 * Instance filesystems on the host. Under `<dataDir>/machines/`:
 *
 * - `public/<imageId>/`: the small base filesystem of a public image (os-release, users, hostname,
 *   the merged-/usr symlinks), made on first use;
 * - `instances/<instanceId>/`: an instance's root (its system disk), copied from its image at creation;
 * - `snapshots/<snapshotId>/`: a system-disk snapshot; a custom image's contents are its system
 *   snapshot's (CreateImage from an instance or a snapshot, CopyImage: hard-linked copies, since
 *   snapshots never change).
 *
 * A root holds everything but `/usr`, which the sandbox mounts read-only from the host, except
 * `/usr/local`, which belongs to the instance.
 */



/** The OS a public image claims to be (its os-release), from the catalogue's platform and name. */
function osRelease(platform, osName) {
    const version = /(\d+(?:\.\d+)*)/.exec(osName)?.[1] ?? "";
    const major = version.split(".")[0];
    const p = platform.toLowerCase();
    const [name, id, like] = p.includes("centos")
        ? ["CentOS Linux", "centos", "rhel fedora"]
        : p.includes("ubuntu")
            ? ["Ubuntu", "ubuntu", "debian"]
            : p.includes("debian")
                ? ["Debian GNU/Linux", "debian", ""]
                : p.includes("aliyun")
                    ? ["Alibaba Cloud Linux", "alinux", "rhel fedora centos anolis"]
                    : [platform, p.replace(/[^a-z0-9]/g, ""), ""];
    const lines = [
        `NAME="${name}"`,
        `VERSION="${version}"`,
        `ID="${id}"`,
        ...(like ? [`ID_LIKE="${like}"`] : []),
        `VERSION_ID="${id === "ubuntu" ? version : major}"`,
        `PRETTY_NAME="${osName.replace(/\s+/g, " ").replace(/ 64位$/, "")}"`,
        `ANSI_COLOR="0;31"`,
    ];
    return `${lines.join("\n")}\n`;
}
const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sshd:x:74:74:Privilege-separated SSH:/var/empty/sshd:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;
const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
wheel:x:10:
sshd:x:74:
nogroup:x:65534:
`;
const SHADOW = `root:*:19000:0:99999:7:::
daemon:*:19000:0:99999:7:::
bin:*:19000:0:99999:7:::
sys:*:19000:0:99999:7:::
sshd:!!:19000::::::
nobody:*:19000:0:99999:7:::
`;
const PROFILE = `# /etc/profile (emulated instance)
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
for i in /etc/profile.d/*.sh; do [ -r "$i" ] && . "$i"; done
unset i
`;
/** Writes the base filesystem of a public Linux image into `dir`. */
function writeBaseFilesystem(dir, image) {
    const d = (p, mode = 0o755) => {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, p), { recursive: true });
        (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(dir, p), mode);
    };
    const f = (p, text, mode = 0o644) => {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, p), text);
        (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(dir, p), mode);
    };
    for (const p of ["etc/profile.d", "etc/ssh", "etc/skel", "home", "opt", "srv", "mnt", "media"])
        d(p);
    for (const p of ["var/log", "var/lib/cloud", "var/cache", "var/spool", "var/empty/sshd", "run"])
        d(p);
    for (const p of ["usr/local/bin", "usr/local/sbin", "usr/local/lib", "usr/local/share", "usr/local/etc"])
        d(p);
    d("usr/local/include");
    d("usr/local/src");
    d("proc", 0o555);
    d("dev");
    d("sys", 0o555);
    d("boot");
    d("root", 0o700);
    d("tmp", 0o1777);
    d("var/tmp", 0o1777);
    for (const [link, target] of [
        ["bin", "usr/bin"],
        ["sbin", "usr/sbin"],
        ["lib", "usr/lib"],
        ["lib64", "usr/lib64"],
    ]) {
        (0,external_node_fs_.symlinkSync)(target, (0,external_node_path_.join)(dir, link));
    }
    f("etc/os-release", osRelease(image.platform, image.osName));
    f("etc/passwd", PASSWD);
    f("etc/group", GROUP);
    f("etc/shadow", SHADOW, 0o600);
    f("etc/hostname", "localhost\n");
    f("etc/hosts", "127.0.0.1 localhost localhost.localdomain\n::1 localhost localhost.localdomain\n");
    f("etc/resolv.conf", "nameserver 100.100.2.136\nnameserver 100.100.2.138\n");
    f("etc/nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n");
    f("etc/shells", "/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n");
    f("etc/profile", PROFILE);
    f("etc/skel/.bashrc", "[ -f /etc/bashrc ] && . /etc/bashrc\n");
    f("root/.bashrc", "[ -f /etc/bashrc ] && . /etc/bashrc\n");
    f("root/.profile", "[ -f ~/.bashrc ] && . ~/.bashrc\n");
}
/**
 * Copies a tree keeping modes, times and symlinks (in-process, `fs.cpSync`); `link` hard-links
 * files instead (`cp -al`, for snapshots, which never change). Falls back to `cp -a` for what
 * `fs.cpSync` refuses (fifos, sockets).
 */
function copyTree(from, to, link = false) {
    (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
    if (link) {
        const r = (0,external_node_child_process_.spawnSync)("cp", ["-al", `${from}/.`, to], { encoding: "utf8" });
        if (r.status === 0)
            return;
        (0,external_node_fs_.rmSync)(to, { recursive: true, force: true }); // hard links across filesystems fail: copy instead
    }
    try {
        (0,external_node_fs_.cpSync)(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true, force: true });
    }
    catch {
        (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
        const r = (0,external_node_child_process_.spawnSync)("cp", ["-a", `${from}/.`, to], { encoding: "utf8" });
        if (r.status !== 0)
            throw new Error(`copying ${from} to ${to} failed: ${r.stderr.trim()}`);
    }
}
/** Removes a tree (never throws). */
function removeTree(dir) {
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
}
/**
 * Maps a path inside a machine's root to the host path the sandbox would show there: symlinks are
 * followed inside the root (absolute targets stay in it), `/usr` outside `/usr/local` is the host's.
 * `followLast` false leaves a final symlink alone. Throws ENOENT-style errors for missing parts.
 */
function resolveInRoot(root, path, followLast = true) {
    if (!path.startsWith("/"))
        throw new Error(`path must be absolute: ${path}`);
    let parts = external_node_path_.posix.normalize(path).split("/").filter(Boolean);
    let done = [];
    let hops = 0;
    while (parts.length > 0) {
        const name = parts.shift();
        if (name === "..") {
            done.pop();
            continue;
        }
        if (name === ".")
            continue;
        const cur = [...done, name];
        const host = hostPath(root, cur);
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(host);
        }
        catch {
            throw Object.assign(new Error(`no such file or directory: /${cur.join("/")}`), { code: "ENOENT" });
        }
        if (st.isSymbolicLink() && (followLast || parts.length > 0)) {
            if (++hops > 40)
                throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: "ELOOP" });
            const target = (0,external_node_fs_.readlinkSync)(host);
            const tparts = target.split("/").filter(Boolean);
            if (target.startsWith("/"))
                done = [];
            parts = [...tparts, ...parts];
            continue;
        }
        done = cur;
    }
    return hostPath(root, done);
}
function hostPath(root, parts) {
    // /usr (but not /usr/local) is the host's read-only /usr
    if (parts[0] === "usr" && parts.length > 1 && parts[1] !== "local")
        return `/${parts.join("/")}`;
    return (0,external_node_path_.join)(root, ...parts);
}
/** Reads a file inside a machine root. */
function readInRoot(root, path) {
    return (0,external_node_fs_.readFileSync)(resolveInRoot(root, path));
}
/** Lists a directory inside a machine root. */
function listInRoot(root, path) {
    const dir = resolveInRoot(root, path);
    if (!(0,external_node_fs_.statSync)(dir).isDirectory())
        throw Object.assign(new Error(`not a directory: ${path}`), { code: "ENOTDIR" });
    return (0,external_node_fs_.readdirSync)(dir)
        .sort()
        .map((name) => {
        const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, name));
        const type = st.isSymbolicLink()
            ? "symlink"
            : st.isDirectory()
                ? "directory"
                : st.isFile()
                    ? "file"
                    : "other";
        return {
            name,
            type,
            mode: st.mode & 0o7777,
            size: st.size,
            uid: st.uid,
            gid: st.gid,
            ...(type === "symlink" ? { target: (0,external_node_fs_.readlinkSync)((0,external_node_path_.join)(dir, name)) } : {}),
        };
    });
}
/** Whether a path exists inside a root (following symlinks). */
function existsInRoot(root, path) {
    try {
        return (0,external_node_fs_.existsSync)(resolveInRoot(root, path));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./emulator/machines/sandbox.ts
/**
 * Runs a command inside an instance: bubblewrap with new user, pid, ipc, uts (and by default
 * network) namespaces, the instance's root bound at `/`, the host's `/usr` read-only on top (the
 * instance's own `/usr/local` over it), a fresh `/proc` and `/dev`. Nothing outside the instance's
 * directory is writable, so a provisioner can never change the host.
 *
 * Each command runs under a tiny Perl supervisor (perl-base is in every Debian `/usr`) that reports
 * the command's exact wait status on fd 3 (so an exit by signal is told apart from `exit 143`) and
 * forwards signals it reads on fd 4 (the SSH "signal" request), as sshd does for its session child.
 * The sandbox ends with its command (background processes go with it).
 */



/** Probe results per bwrap path. */
const probes = new Map();
/** Whether bubblewrap (`bwrap`, or the path given) can build the sandbox here (probed once per process). */
function bwrapAvailable(bwrap = "bwrap") {
    const known = probes.get(bwrap);
    if (known)
        return known;
    let probe;
    const r = (0,external_node_child_process_.spawnSync)(bwrap, ["--unshare-user", "--unshare-pid", "--unshare-net", "--ro-bind", "/", "/", "--proc", "/proc", "true"], { encoding: "utf8", timeout: 10_000 });
    if (r.error)
        probe = { ok: false, reason: `bubblewrap (bwrap) is not installed: ${r.error.message}` };
    else if (r.status !== 0)
        probe = { ok: false, reason: `bubblewrap cannot create namespaces here: ${(r.stderr ?? "").trim()}` };
    else if (!(0,external_node_fs_.existsSync)("/usr/bin/perl"))
        probe = { ok: false, reason: "/usr/bin/perl is missing" };
    else
        probe = { ok: true };
    probes.set(bwrap, probe);
    return probe;
}
const SUPERVISOR = `
use strict; use POSIX qw(:sys_wait_h);
open(my $st, '>&=', 3) or die "status fd: $!"; open(my $ctl, '<&=', 4) or die "control fd: $!";
my $pid = fork(); defined $pid or die "fork: $!";
if ($pid == 0) { close($st); close($ctl); $SIG{PIPE} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or do { print STDERR "$ARGV[0]: $!\\n"; POSIX::_exit(127) }; }
$SIG{CHLD} = sub {};
my ($buf, $open) = ('', 1);
while (1) {
  my $w = waitpid($pid, WNOHANG);
  if ($w == $pid) { syswrite($st, "$?\\n"); POSIX::_exit(0); }
  my $rin = ''; vec($rin, fileno($ctl), 1) = 1 if $open;
  my $n = select(my $rout = $rin, undef, undef, 0.2);
  if ($open && defined $n && $n > 0) {
    my $r = sysread($ctl, $buf, 256, length $buf);
    $open = 0 if !$r;
    while ($buf =~ s/^([A-Z0-9]+)\\n//) { kill($1, $pid); }
  }
}
`;
/** The bwrap argument list for a spec (everything before the command). */
function bwrapArgs(spec) {
    const a = [
        "--unshare-user",
        "--uid",
        String(spec.uid),
        "--gid",
        String(spec.gid),
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        ...(spec.hostNetwork ? [] : ["--unshare-net"]),
        "--hostname",
        spec.hostname,
        "--die-with-parent",
        "--bind",
        spec.root,
        "/",
        "--ro-bind",
        "/usr",
        "/usr",
        "--bind",
        `${spec.root}/usr/local`,
        "/usr/local",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
    ];
    for (const [host, inside] of spec.overrides)
        a.push("--ro-bind", host, inside);
    a.push("--chdir", spec.cwd, "--clearenv");
    for (const [k, v] of Object.entries(spec.env))
        a.push("--setenv", k, v);
    return a;
}
/** Starts `argv` inside the instance (see the file comment). */
function spawnInSandbox(spec, argv) {
    let child;
    const supervised = ["/usr/bin/perl", "-e", SUPERVISOR, ...argv];
    if (spec.mode === "bwrap") {
        child = (0,external_node_child_process_.spawn)(spec.bwrap ?? "bwrap", [...bwrapArgs(spec), ...supervised], {
            stdio: ["pipe", "pipe", "pipe", "pipe", "pipe"],
            detached: true,
        });
    }
    else {
        child = (0,external_node_child_process_.spawn)(supervised[0], supervised.slice(1), {
            stdio: ["pipe", "pipe", "pipe", "pipe", "pipe"],
            detached: true,
            cwd: (0,external_node_fs_.existsSync)(spec.cwd) ? spec.cwd : "/",
            env: spec.env,
        });
    }
    const status = child.stdio[3];
    const control = child.stdio[4];
    control.on("error", () => { });
    child.stdin.on("error", () => { });
    let statusText = "";
    status.on("data", (d) => {
        statusText += d.toString();
    });
    const drained = (s) => new Promise((r) => (!s || s.readableEnded ? r() : s.once("close", () => r())));
    const exited = new Promise((resolve) => {
        let spawnError;
        child.once("error", (e) => {
            spawnError = e;
        });
        child.once("close", async (code) => {
            await Promise.all([drained(child.stdout), drained(child.stderr)]);
            const raw = Number.parseInt(statusText.trim(), 10);
            if (spawnError)
                return resolve({ code: 127 });
            if (!Number.isFinite(raw))
                return resolve({ code: code ?? 255 });
            if ((raw & 0x7f) !== 0) {
                const num = raw & 0x7f;
                const name = Object.entries(external_node_os_.constants.signals).find(([, n]) => n === num)?.[0] ?? `SIG${num}`;
                return resolve({ signal: name.replace(/^SIG/, ""), coreDumped: (raw & 0x80) !== 0 });
            }
            resolve({ code: (raw >> 8) & 0xff });
        });
    });
    return {
        stdin: child.stdin,
        stdout: child.stdout,
        stderr: child.stderr,
        signal(name) {
            if (/^[A-Z0-9]+$/.test(name) && control.writable)
                control.write(`${name}\n`);
        },
        kill() {
            if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
                try {
                    process.kill(-child.pid, "SIGKILL");
                }
                catch {
                    child.kill("SIGKILL");
                }
            }
        },
        exited,
    };
}
/** Quotes a string for /bin/sh. */
function shQuote(s) {
    return `'${s.replace(/'/g, `'"'"'`)}'`;
}

;// CONCATENATED MODULE: ./emulator/machines/slots.ts
/**
 * Address slots: every emulator on a machine claims one (0–63) so that their instances' 127.x
 * addresses never collide (each SSH server must own its address:22). A claim is a directory
 * `<tmpdir>/image-build-emulator-slots/<n>` holding the owner's pid; a claim whose process is gone
 * is taken over. The first emulator gets slot 0, the documented address layout.
 */



const DIR = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "image-build-emulator-slots");
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === "EPERM";
    }
}
/** Claims a free slot; returns it with its release function. */
function claimSlot() {
    (0,external_node_fs_.mkdirSync)(DIR, { recursive: true, mode: 0o1777 });
    for (let slot = 0; slot < 64; slot++) {
        const dir = (0,external_node_path_.join)(DIR, String(slot));
        try {
            (0,external_node_fs_.mkdirSync)(dir);
        }
        catch {
            let owner = 0;
            try {
                owner = Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, "pid"), "utf8"));
            }
            catch {
                continue; // being claimed right now
            }
            if (!owner || alive(owner))
                continue;
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            try {
                (0,external_node_fs_.mkdirSync)(dir);
            }
            catch {
                continue;
            }
        }
        const token = `${process.pid}`;
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, "pid"), token);
        return {
            slot,
            release: () => {
                try {
                    if ((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, "pid"), "utf8") === token)
                        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                }
                catch {
                    // already gone
                }
            },
        };
    }
    throw new Error("image-build emulator: all 64 address slots are taken on this machine");
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./emulator/machines/ssh-server.ts
/**
 * The SSH server of one running instance (ssh2), answering on each of its 127.x addresses.
 *
 * Authentication as the instance's sshd would: a user of the instance's `/etc/passwd` with a login
 * shell, by a key in that user's `~/.ssh/authorized_keys` inside the instance (where the boot key
 * pair is written, as cloud-init does), or as `root` with the instance password (password and
 * keyboard-interactive). Nothing else gets in.
 *
 * Sessions: `exec` (with or without a pty), `shell`, the `sftp` subsystem (OpenSSH's sftp-server
 * inside the sandbox), `env`, `signal`, `window-change`; exit status or exit signal as OpenSSH
 * reports them. Global requests it does not know (keepalive@openssh.com, keepalive@packer.io) get
 * a failure reply, as sshd answers them. scp runs as the real `scp -t`/`-f` inside the sandbox.
 */






// ssh2 is CommonJS: its named exports are properties of the default export under Node's ESM loader.
const { Server: SshServer, utils } = (lib_default());
const NO_LOGIN = /\/(nologin|false)$/;
/** Users of the instance's /etc/passwd. */
function machineUsers(root) {
    let text = "";
    try {
        text = readInRoot(root, "/etc/passwd").toString("utf8");
    }
    catch {
        return [];
    }
    return text
        .split("\n")
        .filter((l) => l && !l.startsWith("#"))
        .map((l) => l.split(":"))
        .filter((f) => f.length >= 7)
        .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] }));
}
/** Public key blobs in a user's ~/.ssh/authorized_keys inside the instance (options before the key are skipped). */
function authorizedKeys(root, home) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(resolveInRoot(root, `${home}/.ssh/authorized_keys`), "utf8");
    }
    catch {
        return [];
    }
    const out = [];
    for (const line of text.split("\n")) {
        const t = line.trim();
        if (!t || t.startsWith("#"))
            continue;
        const m = /(?:^|\s)((?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-\S+)\s+[A-Za-z0-9+/=]+)/.exec(t);
        if (!m)
            continue;
        const k = utils.parseKey(m[1]);
        if (k instanceof Error)
            continue;
        const key = Array.isArray(k) ? k[0] : k;
        out.push(key.getPublicSSH());
    }
    return out;
}
function sameSecret(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
/** One instance's SSH server: listeners per address, live connections and commands. */
class InstanceSshServer {
    host;
    ssh;
    listeners = new Map();
    connections = new Set();
    sockets = new Set();
    procs = new Set();
    down = false;
    refusal;
    constructor(host, hostKey) {
        this.host = host;
        const debug = process.env.IMAGE_BUILD_EMULATOR_SSH_DEBUG
            ? (m) => this.host.log?.(`${host.instanceId} ssh2: ${m}`)
            : undefined;
        this.ssh = new SshServer({ hostKeys: [hostKey], ident: "OpenSSH_8.0", debug }, (client) => this.onClient(client));
    }
    /** Makes every command fail with this message (no sandbox to run it in). */
    refuseCommands(message) {
        this.refusal = message;
    }
    /** The addresses it listens on. */
    addresses() {
        return [...this.listeners.keys()];
    }
    /** Listens on `address:port`; rejects with the listen error (EACCES for port 22 without privileges). */
    listen(address, port) {
        if (this.listeners.has(address) || this.down)
            return Promise.resolve();
        const srv = external_node_net_default().createServer((sock) => {
            this.sockets.add(sock);
            sock.once("close", () => this.sockets.delete(sock));
            sock.on("error", () => { });
            // Each packet leaves at once. Without ssh2's native crypto binding its JavaScript ciphers
            // write a packet in pieces (length, payload, MAC/tag); with Nagle on, every piece after the
            // first waits for the peer's delayed ACK (~40 ms), so replies such as CHANNEL_SUCCESS lag
            // and arrive in one segment with the command's exit-status, EOF and CLOSE.
            sock.setNoDelay(true);
            this.ssh.injectSocket(sock);
        });
        return new Promise((resolve, reject) => {
            srv.once("error", reject);
            srv.listen({ host: address, port, exclusive: true }, () => {
                srv.off("error", reject);
                this.listeners.set(address, srv);
                resolve();
            });
        });
    }
    /** Stops listening on an address (its live connections stay, as a removed EIP's would until they time out). */
    unlisten(address) {
        this.listeners.get(address)?.close();
        this.listeners.delete(address);
    }
    /** The machine goes down: listeners closed, commands killed, connections dropped without exit statuses. */
    async close() {
        this.down = true;
        for (const p of this.procs)
            p.kill();
        for (const s of this.sockets)
            s.destroy();
        await Promise.all([...this.listeners.values()].map((l) => new Promise((r) => l.close(() => r()))));
        this.listeners.clear();
    }
    onClient(client) {
        this.connections.add(client);
        client.on("error", () => { });
        client.on("close", () => this.connections.delete(client));
        let user;
        client.on("authentication", (ctx) => {
            const methods = [
                "publickey",
                "password",
                "keyboard-interactive",
            ];
            const u = machineUsers(this.host.root).find((x) => x.name === ctx.username);
            const allowed = u && !NO_LOGIN.test(u.shell);
            const passwordOk = (given) => {
                const pw = this.host.password();
                return !!(allowed && u.uid === 0 && u.name === "root" && pw !== undefined && sameSecret(given, pw));
            };
            if (ctx.method === "publickey") {
                const keys = allowed ? authorizedKeys(this.host.root, u.home) : [];
                if (!keys.some((k) => k.equals(ctx.key.data))) {
                    this.host.log?.(`${this.host.instanceId}: publickey (${ctx.key.algo}) refused for ${ctx.username}: not an authorized key`);
                    return ctx.reject(methods);
                }
                if (!ctx.signature) {
                    // ssh2 answers a key query (PK_OK) with "ssh-rsa" where the client asked with
                    // rsa-sha2-256/512; Go's x/crypto (Packer) then drops the key. Echo the client's name.
                    if (ctx.key.algo === "ssh-rsa" && ctx.hashAlgo)
                        ctx.key.algo = ctx.hashAlgo === "sha256" ? "rsa-sha2-256" : "rsa-sha2-512";
                    return ctx.accept();
                }
                const parsed = utils.parseKey(ctx.key.data);
                const key = parsed instanceof Error ? undefined : Array.isArray(parsed) ? parsed[0] : parsed;
                let ok;
                try {
                    ok = key?.verify(ctx.blob, ctx.signature, ctx.hashAlgo);
                }
                catch (e) {
                    ok = e;
                }
                if (ok !== true) {
                    this.host.log?.(`${this.host.instanceId}: publickey (${ctx.key.algo}) refused for ${ctx.username}: bad signature (${ok})`);
                    return ctx.reject(methods);
                }
                user = u;
                return ctx.accept();
            }
            if (ctx.method === "password") {
                if (!passwordOk(ctx.password))
                    return ctx.reject(methods);
                user = u;
                return ctx.accept();
            }
            if (ctx.method === "keyboard-interactive") {
                return ctx.prompt([{ prompt: "Password: ", echo: false }], (answers) => {
                    if (answers.length !== 1 || !passwordOk(answers[0] ?? ""))
                        return ctx.reject(methods);
                    user = u;
                    ctx.accept();
                });
            }
            ctx.reject(methods);
        });
        client.on("ready", () => {
            this.host.log?.(`${this.host.instanceId}: ${user.name} logged in`);
            client.on("session", (acceptSession) => this.onSession(acceptSession(), user, client));
            client.on("tcpip", (_a, reject) => reject());
        });
    }
    onSession(session, user, client) {
        const env = {};
        let pty;
        let proc;
        session.on("env", (accept, _reject, info) => {
            env[info.key] = info.val;
            accept?.();
        });
        session.on("pty", (accept, _reject, info) => {
            pty = { term: info.term || "xterm", rows: info.rows || 24, cols: info.cols || 80 };
            accept?.();
        });
        session.on("window-change", (accept) => accept?.());
        session.on("signal", (accept, _reject, info) => {
            proc?.signal(info.name);
            accept?.();
        });
        session.on("auth-agent", (_accept, reject) => reject?.());
        session.on("x11", (_accept, reject) => reject?.());
        const start = (channel, command, subsystem) => {
            if (this.refusal) {
                channel.stderr.write(`${this.refusal}\n`);
                channel.exit(126);
                channel.end();
                return;
            }
            proc = this.run(channel, user, env, pty, command, subsystem, client);
        };
        session.on("exec", (accept, _reject, info) => start(accept(), info.command));
        session.on("shell", (accept) => start(accept(), undefined));
        session.on("subsystem", (accept, reject, info) => {
            if (info.name !== "sftp" || !this.host.sftpServer)
                return reject();
            start(accept(), undefined, this.host.sftpServer);
        });
    }
    run(channel, user, clientEnv, pty, command, subsystem, client) {
        const shell = user.shell || "/bin/sh";
        const sock = client._sock;
        const conn = `${sock?.remoteAddress ?? "127.0.0.1"} ${sock?.remotePort ?? 0} ${sock?.localAddress ?? ""} ${sock?.localPort ?? 22}`;
        const env = {
            ...clientEnv,
            USER: user.name,
            LOGNAME: user.name,
            HOME: user.home,
            SHELL: shell,
            PATH: user.uid === 0
                ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                : "/usr/local/bin:/usr/bin:/bin",
            SSH_CONNECTION: conn,
            SSH_CLIENT: conn.split(" ").slice(0, 2).concat(conn.split(" ")[3]).join(" "),
            ...(pty ? { TERM: pty.term, SSH_TTY: "/dev/pts/0" } : {}),
            ...(command !== undefined ? { SSH_ORIGINAL_COMMAND: command } : {}),
        };
        let argv;
        if (subsystem)
            argv = [subsystem];
        else if (pty) {
            const inner = `stty rows ${pty.rows} cols ${pty.cols} 2>/dev/null; exec ${shQuote(shell)} ${command === undefined ? "-l" : `-c ${shQuote(command)}`}`;
            argv = ["/usr/bin/script", "-qfec", inner, "/dev/null"];
        }
        else
            argv = command === undefined ? [shell, "-l"] : [shell, "-c", command];
        const spec = {
            ...this.host.sandbox(user),
            env,
            cwd: (0,external_node_fs_.existsSync)(resolveSafe(this.host.root, user.home)) ? user.home : "/",
        };
        const proc = spawnInSandbox(spec, argv);
        this.procs.add(proc);
        channel.pipe(proc.stdin);
        proc.stdout.pipe(channel, { end: false });
        proc.stderr.pipe(channel.stderr, { end: false });
        channel.on("error", () => { });
        proc.exited.then((info) => {
            this.procs.delete(proc);
            if (this.down)
                return; // the machine went down: no exit status, as when sshd is killed
            if ("code" in info)
                channel.exit(info.code);
            else
                channel.exit(info.signal, info.coreDumped, "");
            channel.end();
        });
        return proc;
    }
}
function resolveSafe(root, path) {
    try {
        return resolveInRoot(root, path);
    }
    catch {
        return "/nonexistent-path";
    }
}

;// CONCATENATED MODULE: ./emulator/machines/index.ts
/**
 * Real machines behind emulated instances. Listens to the cloud model's events:
 *
 * - an instance is created (Pending): its root is copied from its image (a public image's base
 *   filesystem, or a custom image's system snapshot);
 * - it reaches Running: it boots (hostname, per-instance host key and the boot key pair in root's
 *   authorized_keys, user data on its first boot, as cloud-init does), then its SSH server answers
 *   on each of its 127.x addresses;
 * - it leaves Running (stop, reboot, a `reboot`/`shutdown` run inside, deletion): the SSH server and
 *   every command stop, connections drop; deletion frees its files;
 * - CreateImage / CreateSnapshot capture the root, CopyImage carries it, DeleteSnapshot frees it.
 *
 * Also the inspection interface: read a file or list a directory in an instance, image or snapshot.
 */








/** The environment variable that lets commands run unconfined where no sandbox exists. */
const UNCONFINED_ENV = "IMAGE_BUILD_EMULATOR_UNCONFINED";
/**
 * Power control inside an instance: bound read-only over the host's reboot/shutdown/poweroff/halt
 * (and what they link to, systemctl on Debian), it asks the emulator to reboot or power off the
 * instance (through a file the emulator watches), then waits to be killed as the machine goes down.
 */
const POWER_SCRIPT = `#!/bin/sh
# image-build emulator: power control of an emulated instance
name=\${0##*/}
case "$name" in
  systemctl)
    case "$1" in
      reboot|kexec|soft-reboot) action=reboot ;;
      poweroff|halt) action=poweroff ;;
      *) echo "System has not been booted with systemd as init system (PID 1). Can't operate." >&2
         echo "Failed to connect to bus: Host is down" >&2
         exit 1 ;;
    esac ;;
  reboot) action=reboot ;;
  shutdown)
    case " $* " in
      *" -c "*) exit 0 ;;
      *" -r "*|*" --reboot "*) action=reboot ;;
      *) action=poweroff ;;
    esac ;;
  *) action=poweroff ;;
esac
mkdir -p /run/.emulator 2>/dev/null
echo "$action" > /run/.emulator/power.tmp.$$ && mv /run/.emulator/power.tmp.$$ /run/.emulator/power
sleep 60
exit 0
`;
const POWER_COMMANDS = ["reboot", "poweroff", "halt", "shutdown"];
/** The machines of one emulator. */
class Machines {
    model;
    opts;
    dir;
    /** How commands run, or undefined when they are refused (see `sandboxError`). */
    sandboxMode;
    sandboxError;
    port;
    fallbackPort;
    machines = new Map();
    overrides = [];
    sftpServer;
    stopped = false;
    off = [];
    /** This emulator's address slot (see slots.ts): its instances' 127.x addresses are its own. */
    slot;
    constructor(model, dataDir, opts = {}) {
        this.model = model;
        this.opts = opts;
        this.dir = (0,external_node_path_.join)(dataDir, "machines");
        const claim = claimSlot();
        this.slot = claim.slot;
        model.state.addresses.useSlot(claim.slot);
        this.off.push(claim.release);
        for (const d of ["instances", "snapshots", "public", "bin"])
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.dir, d), { recursive: true });
        this.port = opts.sshPort ?? 22;
        this.fallbackPort = opts.sshFallbackPort ?? 2222;
        const want = opts.sandbox ?? "auto";
        const probe = bwrapAvailable(opts.bwrapPath);
        if (want === "unconfined")
            this.sandboxMode = "unconfined";
        else if (probe.ok)
            this.sandboxMode = "bwrap";
        else if (want === "auto" && /^(1|true|yes)$/i.test(process.env[UNCONFINED_ENV] ?? ""))
            this.sandboxMode = "unconfined";
        else {
            this.sandboxMode = undefined;
            this.sandboxError =
                `image-build emulator: no sandbox to run this instance's commands in (${probe.reason}). ` +
                    `Install bubblewrap, or set ${UNCONFINED_ENV}=1 (or machines: { sandbox: "unconfined" }) to run them unconfined on this host.`;
        }
        const power = (0,external_node_path_.join)(this.dir, "bin", "power-control");
        (0,external_node_fs_.writeFileSync)(power, POWER_SCRIPT, { mode: 0o755 });
        const targets = new Set();
        for (const name of POWER_COMMANDS) {
            try {
                const real = (0,external_node_fs_.realpathSync)(`/usr/sbin/${name}`);
                if (real.startsWith("/usr/"))
                    targets.add(real);
            }
            catch {
                // not on this host: that command does not exist inside either
            }
        }
        for (const t of targets)
            this.overrides.push([power, t]);
        if ((0,external_node_fs_.existsSync)("/usr/lib/openssh/sftp-server"))
            this.sftpServer = "/usr/lib/openssh/sftp-server";
        const ev = model.events;
        const onState = ({ instance, from, to }) => this.onState(instance, from, to);
        const onAddresses = ({ instanceId, addresses }) => this.onAddresses(instanceId, addresses);
        const onImageCapture = ({ imageId, instanceId }) => {
            const im = model.state.store("image").get(imageId);
            const sys = im?.mappings.find((m) => m.type === "system");
            const m = this.machines.get(instanceId);
            if (sys && m)
                copyTree(m.source ?? m.root, this.snapshotDir(sys.snapshotId));
        };
        const onSnapshotCapture = (e) => {
            const m = this.machines.get(e.instanceId);
            if (e.diskType === "system" && m)
                copyTree(m.source ?? m.root, this.snapshotDir(e.snapshotId));
        };
        const onImageCopy = ({ imageId, sourceImageId }) => {
            const from = this.imageRoot(sourceImageId);
            const copy = model.state.store("image").get(imageId);
            const sys = copy?.mappings.find((m) => m.type === "system");
            if (from && sys)
                copyTree(from, this.snapshotDir(sys.snapshotId), true);
        };
        const onRemoved = ({ kind, id }) => {
            if (kind === "snapshot")
                removeTree(this.snapshotDir(id));
        };
        ev.on("instance.state", onState);
        ev.on("instance.addresses", onAddresses);
        ev.on("image.capture", onImageCapture);
        ev.on("snapshot.capture", onSnapshotCapture);
        ev.on("image.copy", onImageCopy);
        ev.on("resource.removed", onRemoved);
        this.off.push(() => {
            ev.off("instance.state", onState);
            ev.off("instance.addresses", onAddresses);
            ev.off("image.capture", onImageCapture);
            ev.off("snapshot.capture", onSnapshotCapture);
            ev.off("image.copy", onImageCopy);
            ev.off("resource.removed", onRemoved);
        });
    }
    /** The SSH port instances answer on (22 unless it could not be bound; see MachinesOptions). */
    get sshPort() {
        return this.port;
    }
    snapshotDir(id) {
        return (0,external_node_path_.join)(this.dir, "snapshots", id);
    }
    /** The root directory holding an image's files (a public image's base, or its system snapshot's). */
    imageRoot(imageId, regionId) {
        const store = this.model.state.store("image");
        // public images are stored once per region, keyed `<region>/<id>`
        const im = store.get(imageId) ??
            (regionId ? store.get(`${regionId}/${imageId}`) : undefined) ??
            [...store.values()].find((x) => x.id === imageId);
        if (!im)
            return undefined;
        const sys = im.mappings.find((m) => m.type === "system");
        const snap = sys?.snapshotId ? this.snapshotDir(sys.snapshotId) : undefined;
        if (snap && (0,external_node_fs_.existsSync)(snap))
            return snap;
        // a public image, or one whose system disk was never captured: the OS's base filesystem
        const base = (0,external_node_path_.join)(this.dir, "public", imageId.replace(/[^A-Za-z0-9_.-]/g, "_"));
        if (!(0,external_node_fs_.existsSync)(base)) {
            const tmp = `${base}.tmp${process.pid}`;
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(tmp, { recursive: true });
            writeBaseFilesystem(tmp, im);
            copyTree(tmp, base);
            (0,external_node_fs_.rmSync)(tmp, { recursive: true, force: true });
        }
        return base;
    }
    rootOf(target) {
        let root;
        if ("instanceId" in target)
            root = this.machines.get(target.instanceId)?.root;
        else if ("imageId" in target)
            root = this.imageRoot(target.imageId);
        else
            root = (0,external_node_fs_.existsSync)(this.snapshotDir(target.snapshotId))
                ? this.snapshotDir(target.snapshotId)
                : undefined;
        if (!root)
            throw Object.assign(new Error(`no filesystem for ${JSON.stringify(target)}`), { code: "ENOENT" });
        return root;
    }
    /** Reads a file inside an instance, image or snapshot (as the instance would see it). */
    readFile(target, path) {
        return readInRoot(this.rootOf(target), path);
    }
    /** Lists a directory inside an instance, image or snapshot. */
    listDir(target, path) {
        return listInRoot(this.rootOf(target), path);
    }
    /** Whether a path exists inside an instance, image or snapshot. */
    exists(target, path) {
        try {
            return existsInRoot(this.rootOf(target), path);
        }
        catch {
            return false;
        }
    }
    /** The instances with machines: addresses, SSH port and whether SSH answers. */
    list() {
        return [...this.machines.values()].map((m) => ({
            instanceId: m.instance.id,
            status: m.instance.status,
            addresses: m.server?.addresses() ?? [],
            sshPort: this.port,
            sshReady: m.server !== undefined && m.sshSince !== undefined,
        }));
    }
    /** Resolves once the instance's SSH server answers (its boot, user data included, is over). */
    async waitForSsh(instanceId, timeoutMs = 30_000) {
        const end = Date.now() + timeoutMs;
        for (;;) {
            this.model.tick();
            const m = this.machines.get(instanceId);
            if (m?.server && m.sshSince !== undefined && m.server.addresses().length > 0)
                return { host: m.server.addresses()[0], port: this.port };
            if (Date.now() > end)
                throw new Error(`SSH of ${instanceId} did not answer within ${timeoutMs} ms`);
            await new Promise((r) => setTimeout(r, 5));
        }
    }
    /** Stops every SSH server and command and forgets the machines (the files go with the data dir). */
    async stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        for (const f of this.off)
            f();
        await Promise.all([...this.machines.values()].map((m) => this.shutdown(m)));
        this.machines.clear();
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
    onState(inst, from, to) {
        if (this.stopped)
            return;
        if (to === "Pending" && from === "") {
            const root = (0,external_node_path_.join)(this.dir, "instances", inst.id);
            const image = this.imageRoot(inst.imageId, inst.regionId);
            // the system disk is made from the image at creation (in-process copy: a few ms)
            const prepared = Promise.resolve().then(() => {
                if (image)
                    copyTree(image, root);
                else
                    (0,external_node_fs_.mkdirSync)(root, { recursive: true });
            });
            const m = { instance: inst, root, generation: 0, addresses: [], prepared, source: image };
            prepared.then(() => {
                m.source = undefined;
            }, (e) => this.opts.log?.(`${inst.id}: ${e.message}`));
            this.machines.set(inst.id, m);
            return;
        }
        const m = this.machines.get(inst.id);
        if (!m)
            return;
        if (to === "Running") {
            this.boot(m);
            return;
        }
        if (from === "Running" || to === "Deleted")
            void this.shutdown(m);
        if (to === "Deleted") {
            this.machines.delete(inst.id);
            const root = m.root;
            void Promise.allSettled([m.prepared, m.booted]).finally(() => removeTree(root));
        }
    }
    onAddresses(instanceId, addresses) {
        const m = this.machines.get(instanceId);
        if (!m)
            return;
        m.addresses = [...addresses];
        const srv = m.server;
        if (!srv)
            return;
        for (const a of srv.addresses())
            if (!addresses.includes(a))
                srv.unlisten(a);
        for (const a of addresses)
            void this.listenOn(srv, a, m.instance.id);
    }
    async listenOn(srv, address, instanceId) {
        try {
            await srv.listen(address, this.port);
        }
        catch (e) {
            const code = e.code;
            if ((code === "EACCES" || code === "EPERM") && this.port === 22 && this.opts.sshPort === undefined) {
                this.port = this.fallbackPort;
                this.opts.log?.(`image-build emulator: port 22 may not be bound by this process; instance SSH servers answer on port ${this.port} (set the template's ssh_port to ${this.port})`);
                return this.listenOn(srv, address, instanceId);
            }
            this.opts.log?.(`${instanceId}: cannot listen on ${address}:${this.port}: ${e.message}`);
        }
    }
    sandboxFor(m) {
        return (user) => ({
            mode: this.sandboxMode ?? "bwrap",
            root: m.root,
            hostname: m.instance.hostName,
            uid: user.uid,
            gid: user.gid,
            overrides: this.overrides,
            hostNetwork: this.opts.hostNetwork ?? false,
            bwrap: this.opts.bwrapPath,
        });
    }
    boot(m) {
        const gen = ++m.generation;
        const inst = m.instance;
        const root = m.root;
        m.booted = (async () => {
            await m.prepared;
            if (m.generation !== gen || this.stopped)
                return;
            const firstBoot = this.prepareBoot(m);
            if (firstBoot && inst.userData)
                await this.runUserData(m, inst.userData);
            if (m.generation !== gen || this.stopped || inst.status !== "Running")
                return;
            const hostKey = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, "etc/ssh/ssh_host_ed25519_key"), "utf8");
            const srv = new InstanceSshServer({
                instanceId: inst.id,
                root,
                password: () => this.model.password(inst.id),
                sandbox: this.sandboxFor(m),
                sftpServer: this.sftpServer,
                log: this.opts.log,
            }, hostKey);
            if (!this.sandboxMode)
                srv.refuseCommands(this.sandboxError);
            m.server = srv;
            this.watchPower(m);
            await Promise.all(m.addresses.map((a) => this.listenOn(srv, a, inst.id)));
            m.sshSince = Date.now();
            this.opts.log?.(`${inst.id}: SSH answers on ${srv.addresses().join(", ")} port ${this.port}`);
        })().catch((e) => this.opts.log?.(`${inst.id}: boot failed: ${e.message}`));
    }
    /** Boot-time changes to the root; returns whether this is the instance's first boot. */
    prepareBoot(m) {
        const inst = m.instance;
        const r = (p) => (0,external_node_path_.join)(m.root, p);
        (0,external_node_fs_.rmSync)(r("run"), { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(r("run/.emulator"), { recursive: true });
        const marker = r(`var/lib/cloud/instances/${inst.id}`);
        const first = !(0,external_node_fs_.existsSync)(marker);
        if (first) {
            (0,external_node_fs_.mkdirSync)(marker, { recursive: true });
            (0,external_node_fs_.mkdirSync)(r("etc/ssh"), { recursive: true });
            const key = lib_default().utils.generateKeyPairSync("ed25519");
            (0,external_node_fs_.writeFileSync)(r("etc/ssh/ssh_host_ed25519_key"), key.private, { mode: 0o600 });
            (0,external_node_fs_.writeFileSync)(r("etc/ssh/ssh_host_ed25519_key.pub"), `${key.public}\n`);
            (0,external_node_fs_.writeFileSync)(r("etc/hostname"), `${inst.hostName}\n`);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(marker, "instance-id"), `${inst.id}\n`);
            (0,external_node_fs_.mkdirSync)(r("etc"), { recursive: true });
            (0,external_node_fs_.writeFileSync)(r("etc/machine-id"), `${inst.id
                .replace(/[^a-z0-9]/g, "")
                .padEnd(32, "0")
                .slice(0, 32)}\n`);
        }
        // the boot key pair (AttachKeyPair takes effect at the next boot), as cloud-init writes it
        if (inst.bootKeyPairName) {
            const kp = [...this.model.state.store("keypair").values()].find((k) => k.name === inst.bootKeyPairName && k.accountId === inst.accountId && k.regionId === inst.regionId);
            if (kp) {
                const home = machineUsers(m.root).find((u) => u.name === "root")?.home ?? "/root";
                const dir = safeHostPath(m.root, `${home}/.ssh`);
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
                const file = (0,external_node_path_.join)(dir, "authorized_keys");
                const have = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, "utf8") : "";
                if (!have.includes(kp.publicKey)) {
                    const sep = have && !have.endsWith("\n") ? "\n" : "";
                    (0,external_node_fs_.writeFileSync)(file, `${have}${sep}${kp.publicKey} ${kp.name}\n`, { mode: 0o600 });
                }
            }
        }
        return first;
    }
    async runUserData(m, b64) {
        const data = Buffer.from(b64, "base64");
        const dir = (0,external_node_path_.join)(m.root, `var/lib/cloud/instances/${m.instance.id}`);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, "user-data.txt"), data, { mode: 0o600 });
        const logFile = (0,external_node_path_.join)(m.root, "var/log/cloud-init-output.log");
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(m.root, "var/log"), { recursive: true });
        const log = (s) => (0,external_node_fs_.writeFileSync)(logFile, s, { flag: "a" });
        if (!data.subarray(0, 2).equals(Buffer.from("#!"))) {
            log(`user data is not a script (only "#!" scripts run in the emulator); not run\n`);
            return;
        }
        if (!this.sandboxMode) {
            log(`${this.sandboxError}\n`);
            return;
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, "scripts"), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, "scripts/part-001"), data, { mode: 0o700 });
        const root = { name: "root", uid: 0, gid: 0, home: "/root", shell: "/bin/sh" };
        const proc = spawnInSandbox({
            ...this.sandboxFor(m)(root),
            cwd: "/",
            env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: "/root" },
        }, [`/var/lib/cloud/instances/${m.instance.id}/scripts/part-001`]);
        proc.stdin.end();
        proc.stdout.on("data", log);
        proc.stderr.on("data", log);
        m.userData = proc;
        const end = await proc.exited;
        m.userData = undefined;
        log(`user data script ended: ${JSON.stringify(end)}\n`);
    }
    watchPower(m) {
        const dir = (0,external_node_path_.join)(m.root, "run/.emulator");
        try {
            m.watcher = (0,external_node_fs_.watch)(dir, () => {
                const file = (0,external_node_path_.join)(dir, "power");
                if (!(0,external_node_fs_.existsSync)(file))
                    return;
                const action = (0,external_node_fs_.readFileSync)(file, "utf8").trim();
                (0,external_node_fs_.rmSync)(file, { force: true });
                const inst = m.instance;
                if (inst.status !== "Running")
                    return;
                this.opts.log?.(`${inst.id}: ${action} requested inside the instance`);
                try {
                    if (action === "reboot")
                        rebootInstance(this.model.state, inst.accountId, inst.id);
                    else
                        stopInstance(this.model.state, inst.accountId, inst.id);
                }
                catch (e) {
                    this.opts.log?.(`${inst.id}: ${action} refused: ${e.message}`);
                }
            });
            m.watcher.on("error", () => { });
        }
        catch {
            // no watch: in-guest power requests are not heard
        }
    }
    async shutdown(m) {
        m.generation++;
        m.userData?.kill();
        m.watcher?.close();
        m.watcher = undefined;
        const srv = m.server;
        m.server = undefined;
        m.sshSince = undefined;
        await srv?.close();
    }
}
function safeHostPath(root, path) {
    try {
        return resolveInRoot(root, path);
    }
    catch {
        return (0,external_node_path_.join)(root, path);
    }
}

;// CONCATENATED MODULE: ./emulator/profiles.ts
/** Realistic transition durations in ms (see the table above). */
const REALISTIC_TRANSITIONS_MS = {
    "instance.create": 15_000,
    "instance.start": 25_000,
    "instance.stop": 15_000,
    "instance.reboot": 30_000,
    "instance.release": 5_000,
    "image.create": 60_000,
    "image.create.perGiB": 4_000,
    "image.copy": 120_000,
    "image.copy.perGiB": 15_000,
    "snapshot.create": 30_000,
    "snapshot.create.perGiB": 2_000,
    "vpc.create": 3_000,
    "vswitch.create": 3_000,
    "eip.allocate": 1_000,
    "eip.associate": 2_000,
    "eip.unassociate": 2_000,
};
/** Transition durations of the `fast` profile in ms: tens of milliseconds, per-GiB parts near zero. */
const FAST_TRANSITIONS_MS = {
    "instance.create": 20,
    "instance.start": 30,
    "instance.stop": 20,
    "instance.reboot": 30,
    "instance.release": 0,
    "image.create": 40,
    "image.create.perGiB": 0.5,
    "image.copy": 50,
    "image.copy.perGiB": 0.5,
    "snapshot.create": 30,
    "snapshot.create.perGiB": 0.5,
    "vpc.create": 10,
    "vswitch.create": 10,
    "eip.allocate": 5,
    "eip.associate": 10,
    "eip.unassociate": 10,
};
function realisticApiLatency(_product, action) {
    if (action === "RunInstances" || action === "CreateInstance")
        return 300;
    if (/^(Describe|List|Get)/.test(action))
        return 80;
    if (/^(Create|Allocate|Copy|Import|Run)/.test(action))
        return 200;
    return 120;
}
/**
 * Creates a latency profile. Every duration is multiplied by `timeScale` (for example 0.01 runs
 * the realistic profile a hundred times faster); unknown transition keys take 0 ms.
 */
function createProfile(name, timeScale = 1) {
    if (!(timeScale >= 0) || !Number.isFinite(timeScale)) {
        throw new Error(`timeScale must be a finite number >= 0, got ${timeScale}`);
    }
    const table = name === "realistic" ? REALISTIC_TRANSITIONS_MS : name === "fast" ? FAST_TRANSITIONS_MS : {};
    return {
        name,
        timeScale,
        apiLatencyMs(product, action) {
            return name === "realistic" ? realisticApiLatency(product, action) * timeScale : 0;
        },
        transitionMs(kind) {
            return (table[kind] ?? 0) * timeScale;
        },
    };
}

;// CONCATENATED MODULE: ./emulator/model/clock.ts
/** Time source of the model: the system clock, or a manual clock tests move by hand. */
/** The wall clock. */
const systemClock = { now: () => Date.now() };
/** A clock that only moves when told to (`advance`); starts at 2026-01-01T00:00:00Z by default. */
class ManualClock {
    t;
    constructor(start = Date.UTC(2026, 0, 1)) {
        this.t = start;
    }
    now() {
        return this.t;
    }
    /** Moves the clock forward by `ms`. */
    advance(ms) {
        this.t += ms;
    }
}
/** ISO 8601 UTC without milliseconds, as the ECS API prints times (`2026-01-01T00:00:00Z`). */
function isoTime(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
/** ISO 8601 UTC to the minute, as `CreationTime` of instances and VPCs reads (`2026-01-01T00:00Z`). */
function isoMinute(ms) {
    return new Date(ms).toISOString().replace(/:\d{2}\.\d{3}Z$/, "Z");
}

;// CONCATENATED MODULE: ./emulator/model/idempotency.ts
/**
 * `ClientToken` idempotency: a create call repeated with the same token (same account and action)
 * returns the first call's result instead of creating again; the same token with different
 * parameters is `IdempotenceParamNotMatch`. Tokens are remembered for the life of the emulator.
 */

/** Remembers results by (account, action, token). */
class IdempotencyStore {
    entries = new Map();
    /**
     * Runs `fn` once per token: a repeat gets the stored result (or error). `params` is the whole
     * parameter set; everything but `ClientToken` must match.
     */
    async run(accountId, action, token, params, fn) {
        if (typeof token !== "string" || token === "")
            return fn();
        if (token.length > 64)
            fail("InvalidClientToken.ValueNotSupported", "The ClientToken provided is invalid.");
        const key = `${accountId}\u0000${action}\u0000${token}`;
        const { ClientToken: _t, ...rest } = params;
        const fingerprint = stableJson(rest);
        const seen = this.entries.get(key);
        if (seen) {
            if (seen.fingerprint !== fingerprint) {
                fail("IdempotenceParamNotMatch", "Request uses a client token in a previous request but is not identical to that request.");
            }
            if (seen.inFlight) {
                fail("IdempotentProcessing", "The previous idempotent request(s) is still processing.", 403);
            }
            if (seen.error !== undefined)
                throw seen.error;
            return seen.result;
        }
        const entry = { fingerprint, inFlight: true };
        this.entries.set(key, entry);
        try {
            entry.result = await fn();
            return entry.result;
        }
        catch (e) {
            // A failed call may be retried with the same token (real APIs do not pin errors).
            this.entries.delete(key);
            throw e;
        }
        finally {
            entry.inFlight = false;
        }
    }
}
function stableJson(v) {
    if (Array.isArray(v))
        return `[${v.map(stableJson).join(",")}]`;
    if (v && typeof v === "object") {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`)
            .join(",")}}`;
    }
    return JSON.stringify(v);
}

;// CONCATENATED MODULE: ./emulator/model/leak-check.ts
/** The leak check: which resources a run left behind. */

/**
 * Resources still existing that match the filter. With neither `tag` nor `since`, every resource
 * (except the public image catalogue) counts.
 */
function leakCheck(st, filter = {}) {
    const imageSnapshots = new Set();
    for (const im of st.store("image").values()) {
        for (const m of im.mappings)
            if (m.snapshotId)
                imageSnapshots.add(m.snapshotId);
    }
    const want = Object.entries(filter.tags ?? {});
    if (filter.tag)
        want.push([filter.tag.key, filter.tag.value]);
    const since = typeof filter.since === "string" ? Date.parse(filter.since) : filter.since;
    const out = [];
    for (const [kind, store] of st.stores) {
        for (const r of store.values()) {
            if (r.accountId === SYSTEM_OWNER)
                continue;
            if (filter.accountId !== undefined && r.accountId !== filter.accountId)
                continue;
            if (filter.ignoreImages) {
                if (kind === "image")
                    continue;
                if (kind === "snapshot" && (imageSnapshots.has(r.id) || r.imageId))
                    continue;
            }
            const byTag = want.length > 0 && want.every(([k, v]) => r.tags[k] === v);
            const byTime = since !== undefined && !Number.isNaN(since) && r.createdAt >= since;
            if ((want.length > 0 || since !== undefined) && !byTag && !byTime)
                continue;
            out.push({
                kind,
                id: r.id,
                regionId: r.regionId,
                accountId: r.accountId,
                status: r.status,
                name: "name" in r ? r.name : undefined,
                createdAt: r.createdAt,
                tags: { ...r.tags },
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./emulator/model/index.ts
/**
 * The cloud model: state and rules of ECS and VPC resources, independent of any wire format.
 * Services (emulator/services/) translate API parameters into these calls and records into
 * response shapes. Tests poke the model directly through {@link CloudModel}.
 */









/** The model plus the levers tests use. */
class CloudModel {
    state;
    idempotency = new IdempotencyStore();
    /** Region used when a request names none. */
    defaultRegion;
    constructor(opts) {
        const catalog = opts.catalog && "zoneInstanceTypes" in opts.catalog && opts.catalog.zoneInstanceTypes instanceof Map
            ? opts.catalog
            : createCatalog(opts.catalog);
        this.state = new State(catalog, opts.profile, opts.clock ?? systemClock, opts.faults, typeof opts.accounts === "function"
            ? opts.accounts
            : opts.accounts
                ? ((set) => (id) => set.has(id))(new Set(opts.accounts))
                : undefined);
        seedPublicImages(this.state, catalog);
        this.defaultRegion = opts.defaultRegion ?? "cn-hangzhou";
        if (!catalog.regions.some((r) => r.regionId === this.defaultRegion)) {
            throw new Error(`default region ${this.defaultRegion} is not in the emulator's region list`);
        }
    }
    /** The catalogue (regions, zones, instance types, stock). */
    get catalog() {
        return this.state.catalog;
    }
    /**
     * Model events (see ModelEvents in state.ts): `instance.state` (every status change, "Deleted" at
     * the end), `instance.addresses` (the 127.x addresses an instance answers on), `image.capture`
     * (CreateImage from an instance started), `image.state`.
     */
    get events() {
        return this.state.events;
    }
    /** Completes due transitions now (every model call does this first). */
    tick() {
        this.state.tick();
    }
    /** Sets the units of an instance type left in a zone (0 → `OperationDenied.NoStock`; undefined → unlimited). */
    setStock(zoneId, instanceType, units) {
        let z = this.catalog.stock.get(zoneId);
        if (!z) {
            z = new Map();
            this.catalog.stock.set(zoneId, z);
        }
        if (units === undefined)
            z.delete(instanceType);
        else
            z.set(instanceType, units);
    }
    /** Marks a zone as no longer on sale (`Zone.NotOnSale`), or back on sale. */
    setZoneOnSale(zoneId, onSale) {
        if (onSale)
            this.catalog.zonesNotOnSale.delete(zoneId);
        else
            this.catalog.zonesNotOnSale.add(zoneId);
    }
    /** A resource by kind and id (any account), after completing due transitions. */
    find(kind, id) {
        this.tick();
        return this.state.store(kind).get(id);
    }
    /** Completes a resource's pending transition at once (returns false if none). */
    finish(id) {
        return this.state.finish(id);
    }
    /** Forces a resource into a state, dropping any pending transition (e.g. a Stopped instance). */
    forceState(kind, id, status) {
        const r = this.state.store(kind).get(id);
        if (!r)
            throw new Error(`no ${kind} ${id}`);
        this.state.cancel(r);
        if (kind === "instance")
            setInstanceStatus(this.state, r, status);
        else
            r.status = status;
    }
    /**
     * Every resource (without the public image catalogue), JSON-able. Passwords are never included
     * and user data shows as its size.
     */
    dump() {
        this.tick();
        const out = {};
        for (const [kind, store] of this.state.stores) {
            out[kind] = [...store.values()]
                .filter((r) => r.accountId !== SYSTEM_OWNER)
                .map((r) => JSON.parse(JSON.stringify(r, (k, v) => {
                if (v === Number.POSITIVE_INFINITY)
                    return null;
                // User data may hold secrets: the dump shows its size only (the live record keeps it).
                if (k === "userData" && typeof v === "string")
                    return `<${Buffer.from(v, "base64").length} bytes>`;
                return v;
            })));
        }
        return out;
    }
    /** Resources a run left behind (see LeakFilter). */
    leakCheck(filter = {}) {
        this.tick();
        return leakCheck(this.state, filter);
    }
    /** An instance's password, if one was set (for the SSH server; never dumped). */
    password(instanceId) {
        return this.state.passwords.get(instanceId);
    }
    /** Stops timers; the process can exit. */
    close() {
        this.state.close();
    }
}
/** Creates a model. */
function createModel(opts) {
    return new CloudModel(opts);
}

;// CONCATENATED MODULE: ./emulator/services/common/tick.ts
/** The same handlers, each ticking the model first. */
function withTick(model, handlers) {
    const out = {};
    for (const [name, h] of Object.entries(handlers)) {
        out[name] = (req) => {
            model.tick();
            return h(req);
        };
    }
    return out;
}

;// CONCATENATED MODULE: ./emulator/services/common/params.ts
/** Reading decoded API parameters (the wire layer has already checked types against the metadata). */

/** A string parameter (numbers and booleans are stringified; empty strings count as absent). */
function params_str(p, name) {
    const v = p[name];
    if (v === undefined || v === null || v === "")
        return undefined;
    return typeof v === "string" ? v : String(v);
}
/** A required string parameter (`MissingParameter` when absent). */
function req(p, name) {
    const v = params_str(p, name);
    if (v === undefined) {
        throw new ApiError("MissingParameter", `The input parameter "${name}" that is mandatory for processing this request is not supplied.`, 400);
    }
    return v;
}
/** A number parameter. */
function params_num(p, name) {
    const v = p[name];
    if (v === undefined || v === null || v === "")
        return undefined;
    const n = typeof v === "number" ? v : Number(v);
    return Number.isFinite(n) ? n : undefined;
}
/** A boolean parameter. */
function params_bool(p, name) {
    const v = p[name];
    if (v === undefined || v === null || v === "")
        return undefined;
    return v === true || v === "true";
}
/** An array parameter (`repeatList`), or []. */
function list(p, name) {
    const v = p[name];
    return Array.isArray(v) ? v : [];
}
/**
 * A list sent as JSON text in a string parameter (DescribeInstances `InstanceIds`,
 * DeleteKeyPairs `KeyPairNames`): `["a","b"]`. A bare value or comma-separated text is also read.
 */
function jsonList(p, name, errorCode) {
    const v = p[name];
    if (v === undefined || v === null || v === "")
        return undefined;
    if (Array.isArray(v))
        return v.map(String);
    const text = String(v).trim();
    if (text.startsWith("[")) {
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed))
                return parsed.map(String);
        }
        catch {
            // fall through
        }
        throw new ApiError(errorCode ?? `Invalid${name}.Malformed`, `The specified parameter "${name}" is not valid.`, 400);
    }
    return text
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");
}
/** PageNumber/PageSize paging (default size 10, at most `max`). */
function paginate(p, items, defaultSize = 10, max = 100) {
    const pageNumber = Math.max(1, Math.floor(params_num(p, "PageNumber") ?? 1));
    const pageSize = Math.min(max, Math.max(1, Math.floor(params_num(p, "PageSize") ?? defaultSize)));
    const start = (pageNumber - 1) * pageSize;
    return { pageNumber, pageSize, totalCount: items.length, items: items.slice(start, start + pageSize) };
}
/**
 * NextToken/MaxResults paging; the token is the offset as text. A bad token is the action's own
 * error (`invalid`), by default DescribeSecurityGroups' `InValidParameter.NextToken`.
 */
function tokenPage(p, items, defaultSize = 10, max = 100, invalid = {
    code: "InValidParameter.NextToken",
    message: "The parameter NextToken is invalid.",
    status: 400,
}) {
    const token = params_str(p, "NextToken");
    const offset = token === undefined ? 0 : Number(token);
    if (!Number.isInteger(offset) || offset < 0)
        throw new ApiError(invalid.code, invalid.message, invalid.status);
    const size = Math.min(max, Math.max(1, Math.floor(params_num(p, "MaxResults") ?? defaultSize)));
    const page = items.slice(offset, offset + size);
    const next = offset + size < items.length ? String(offset + size) : "";
    return { items: page, nextToken: next, maxResults: size };
}
/** Fuzzy name match as the Describe APIs do it: `*` wildcards, otherwise a substring. */
function fuzzy(value, pattern) {
    if (pattern.includes("*")) {
        const re = new RegExp(`^${pattern
            .split("*")
            .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join(".*")}$`);
        return re.test(value);
    }
    return value.includes(pattern);
}

;// CONCATENATED MODULE: ./emulator/services/common/context.ts


/**
 * The scope of a request. When `RegionId` is optional and absent, the region of the resource named
 * by `idParam` is used (the real API finds it from the id), else the emulator's default region.
 */
function scopeOf(model, req, find) {
    const accountId = req.caller.accountId;
    const regionId = params_str(req.params, "RegionId");
    if (regionId !== undefined) {
        model.state.region(regionId);
        return { accountId, regionId };
    }
    if (find) {
        const id = params_str(req.params, find.idParam);
        const r = id !== undefined ? model.state.store(find.kind).get(id) : undefined;
        if (r && r.accountId === accountId)
            return { accountId, regionId: r.regionId };
    }
    return { accountId, regionId: model.defaultRegion };
}
/** `DryRun=true`: the checks passed, so the API answers DryRunOperation. */
function dryRun(req) {
    if (req.params.DryRun === true || req.params.DryRun === "true") {
        throw new ApiError("DryRunOperation", "Request validation has been passed with DryRun flag set.", 400);
    }
}

;// CONCATENATED MODULE: ./emulator/services/vpc/shapes.ts
/** VPC, vSwitch and EIP response shapes, in the VPC API's form and the deprecated ECS API's form. */



function pick(obj, keys) {
    return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}
/** One VPC as DescribeVpcs lists it. */
function vpcShape(st, vpc, flavor) {
    const vswitches = st
        .list("vswitch", vpc.accountId, vpc.regionId)
        .filter((v) => v.vpcId === vpc.id)
        .map((v) => v.id);
    const full = {
        VpcId: vpc.id,
        VpcName: vpc.name,
        Description: vpc.description,
        Status: vpc.status,
        CidrBlock: vpc.cidrBlock,
        RegionId: vpc.regionId,
        VRouterId: vpc.vRouterId,
        CreationTime: isoTime(vpc.createdAt),
        IsDefault: vpc.isDefault,
        OwnerId: Number(vpc.accountId),
        ResourceGroupId: vpc.resourceGroupId,
        Ipv6CidrBlock: "",
        CenStatus: "",
        DhcpOptionsSetId: "",
        DhcpOptionsSetStatus: "",
        EnabledIpv6: false,
        DnsHostnameStatus: "DISABLED",
        VSwitchIds: { VSwitchId: vswitches },
        UserCidrs: { UserCidr: [] },
        SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
        Ipv6CidrBlocks: { Ipv6CidrBlock: [] },
        NatGatewayIds: { NatGatewayIds: [] },
        RouterTableIds: { RouterTableIds: [vpc.routeTableId] },
        Tags: vpcTags(vpc.tags),
    };
    if (flavor === "vpc")
        return full;
    return pick(full, [
        "VpcId",
        "VpcName",
        "Description",
        "Status",
        "CidrBlock",
        "RegionId",
        "VRouterId",
        "CreationTime",
        "VSwitchIds",
        "UserCidrs",
    ]);
}
/** One vSwitch as DescribeVSwitches lists it. */
function vswitchShape(st, vsw, flavor) {
    const full = {
        VSwitchId: vsw.id,
        VSwitchName: vsw.name,
        Description: vsw.description,
        VpcId: vsw.vpcId,
        ZoneId: vsw.zoneId,
        CidrBlock: vsw.cidrBlock,
        Status: vsw.status,
        CreationTime: isoTime(vsw.createdAt),
        IsDefault: vsw.isDefault,
        AvailableIpAddressCount: availableIpCount(st, vsw),
        OwnerId: Number(vsw.accountId),
        ResourceGroupId: "",
        NetworkAclId: "",
        Ipv6CidrBlock: "",
        ShareType: "",
        EnabledIpv6: false,
        RouteTable: { RouteTableId: "", RouteTableType: "System" },
        Tags: vpcTags(vsw.tags),
    };
    if (flavor === "vpc")
        return full;
    return pick(full, [
        "VSwitchId",
        "VSwitchName",
        "Description",
        "VpcId",
        "ZoneId",
        "CidrBlock",
        "Status",
        "CreationTime",
        "IsDefault",
        "AvailableIpAddressCount",
        "ResourceGroupId",
    ]);
}
/** One EIP as DescribeEipAddresses lists it. */
function eipShape(st, eip, flavor) {
    const inst = eip.instanceId ? st.store("instance").get(eip.instanceId) : undefined;
    const full = {
        AllocationId: eip.id,
        IpAddress: eip.ipAddress,
        Status: eip.status,
        Name: eip.name,
        Description: eip.description,
        RegionId: eip.regionId,
        InstanceId: eip.instanceId ?? "",
        InstanceType: eip.instanceId ? "EcsInstance" : "",
        InstanceRegionId: eip.instanceId ? eip.regionId : "",
        PrivateIpAddress: inst?.privateIp ?? "",
        VpcId: inst?.vpcId ?? "",
        Bandwidth: eip.bandwidth,
        EipBandwidth: eip.bandwidth,
        InternetChargeType: eip.internetChargeType,
        ChargeType: eip.instanceChargeType,
        AllocationTime: isoTime(eip.createdAt),
        ExpiredTime: "",
        ISP: eip.isp,
        Netmode: "public",
        Mode: "NAT",
        ResourceGroupId: eip.resourceGroupId,
        DeletionProtection: false,
        SecondLimited: false,
        BusinessStatus: "Normal",
        HDMonitorStatus: "OFF",
        HasReservationData: "false",
        BandwidthPackageId: "",
        BandwidthPackageBandwidth: "",
        BandwidthPackageType: "",
        SegmentInstanceId: "",
        PublicIpAddressPoolId: "",
        ServiceManaged: 0,
        BizType: "",
        Zone: "",
        OperationLocks: { LockReason: [] },
        SecurityProtectionTypes: { SecurityProtectionType: [] },
        Tags: vpcTags(eip.tags),
    };
    if (flavor === "vpc")
        return full;
    return pick(full, [
        "AllocationId",
        "IpAddress",
        "Status",
        "RegionId",
        "InstanceId",
        "InstanceType",
        "Bandwidth",
        "EipBandwidth",
        "InternetChargeType",
        "ChargeType",
        "AllocationTime",
        "ExpiredTime",
        "OperationLocks",
    ]);
}

;// CONCATENATED MODULE: ./emulator/services/vpc/networks.ts






/** Handlers for the VPC, vSwitch and EIP actions in one API's flavour. */
function networkHandlers(model, flavor) {
    const st = model.state;
    return {
        async CreateVpc(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, `${flavor}:CreateVpc`, p.ClientToken, p, () => {
                const input = {
                    cidrBlock: params_str(p, "CidrBlock"),
                    name: params_str(p, "VpcName"),
                    description: params_str(p, "Description"),
                    tags: parseTags(list(p, "Tag")),
                    resourceGroupId: params_str(p, "ResourceGroupId"),
                };
                dryRun(request);
                const vpc = createVpc(st, s, input);
                const out = {
                    VpcId: vpc.id,
                    VRouterId: vpc.vRouterId,
                    RouteTableId: vpc.routeTableId,
                };
                if (flavor === "vpc")
                    out.ResourceGroupId = vpc.resourceGroupId;
                return out;
            });
        },
        DescribeVpcs(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const ids = params_str(p, "VpcId")
                ?.split(",")
                .map((x) => x.trim());
            const name = params_str(p, "VpcName");
            const isDefault = params_bool(p, "IsDefault");
            const tags = parseTags(list(p, "Tag"));
            const vpcs = st
                .list("vpc", s.accountId, s.regionId)
                .filter((v) => !ids || ids.includes(v.id))
                .filter((v) => name === undefined || v.name === name)
                .filter((v) => isDefault === undefined || v.isDefault === isDefault)
                .filter((v) => matchesTags(v.tags, tags));
            const page = paginate(p, vpcs, 10, 50);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                Vpcs: { Vpc: page.items.map((v) => vpcShape(st, v, flavor)) },
            };
        },
        DeleteVpc(request) {
            const s = scopeOf(model, request, { kind: "vpc", idParam: "VpcId" });
            const id = req(request.params, "VpcId");
            getVpc(st, s, id);
            dryRun(request);
            deleteVpc(st, s, id);
            return {};
        },
        async CreateVSwitch(request) {
            const p = request.params;
            const s = scopeOf(model, request, { kind: "vpc", idParam: "VpcId" });
            return model.idempotency.run(s.accountId, `${flavor}:CreateVSwitch`, p.ClientToken, p, () => {
                const vsw = createVSwitch(st, s, {
                    vpcId: req(p, "VpcId"),
                    zoneId: req(p, "ZoneId"),
                    cidrBlock: req(p, "CidrBlock"),
                    name: params_str(p, "VSwitchName"),
                    description: params_str(p, "Description"),
                    tags: parseTags(list(p, "Tag")),
                });
                return { VSwitchId: vsw.id };
            });
        },
        DescribeVSwitches(request) {
            const p = request.params;
            const s = scopeOf(model, request, { kind: "vpc", idParam: "VpcId" });
            dryRun(request);
            const vpcId = params_str(p, "VpcId");
            const ids = params_str(p, "VSwitchId")
                ?.split(",")
                .map((x) => x.trim());
            const zoneId = params_str(p, "ZoneId");
            const name = params_str(p, "VSwitchName");
            const isDefault = params_bool(p, "IsDefault");
            const tags = parseTags(list(p, "Tag"));
            const vsws = st
                .list("vswitch", s.accountId, s.regionId)
                .filter((v) => vpcId === undefined || v.vpcId === vpcId)
                .filter((v) => !ids || ids.includes(v.id))
                .filter((v) => zoneId === undefined || v.zoneId === zoneId)
                .filter((v) => name === undefined || fuzzy(v.name, name))
                .filter((v) => isDefault === undefined || v.isDefault === isDefault)
                .filter((v) => matchesTags(v.tags, tags));
            const page = paginate(p, vsws, 10, 50);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                VSwitches: { VSwitch: page.items.map((v) => vswitchShape(st, v, flavor)) },
            };
        },
        DeleteVSwitch(request) {
            const s = scopeOf(model, request, { kind: "vswitch", idParam: "VSwitchId" });
            dryRun(request);
            deleteVSwitch(st, s, req(request.params, "VSwitchId"));
            return {};
        },
        async AllocateEipAddress(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, `${flavor}:AllocateEipAddress`, p.ClientToken, p, () => {
                const bandwidth = params_str(p, "Bandwidth");
                if (bandwidth !== undefined && !(Number(bandwidth) >= 1 && Number(bandwidth) <= 500)) {
                    throw new ApiError("InvalidBandwidth.Malformed", "Specified Bandwidth is not valid.", 400);
                }
                const eip = allocateEip(st, s, {
                    bandwidth,
                    internetChargeType: params_str(p, "InternetChargeType"),
                    instanceChargeType: params_str(p, "InstanceChargeType"),
                    isp: params_str(p, "ISP"),
                    name: params_str(p, "Name"),
                    description: params_str(p, "Description"),
                    tags: parseTags(list(p, "Tag")),
                    resourceGroupId: params_str(p, "ResourceGroupId"),
                });
                if (flavor === "ecs")
                    return { AllocationId: eip.id, EipAddress: eip.ipAddress };
                return {
                    AllocationId: eip.id,
                    EipAddress: eip.ipAddress,
                    OrderId: 0,
                    ResourceGroupId: eip.resourceGroupId,
                };
            });
        },
        AssociateEipAddress(request) {
            const p = request.params;
            const s = scopeOf(model, request, { kind: "eip", idParam: "AllocationId" });
            const type = params_str(p, "InstanceType") ?? "EcsInstance";
            if (type !== "EcsInstance") {
                // The emulator associates EIPs with ECS instances only.
                throw new ApiError("InvalidInstanceType.ValueNotSupported", "The specified value of InstanceType is not supported.", 400);
            }
            associateEip(st, s, req(p, "AllocationId"), req(p, "InstanceId"));
            return {};
        },
        UnassociateEipAddress(request) {
            const p = request.params;
            const s = scopeOf(model, request, { kind: "eip", idParam: "AllocationId" });
            unassociateEip(st, s, req(p, "AllocationId"), params_str(p, "InstanceId"));
            return {};
        },
        ReleaseEipAddress(request) {
            const s = scopeOf(model, request, { kind: "eip", idParam: "AllocationId" });
            releaseEip(st, s, req(request.params, "AllocationId"));
            return {};
        },
        DescribeEipAddresses(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const status = params_str(p, "Status");
            const ids = params_str(p, "AllocationId")
                ?.split(",")
                .map((x) => x.trim());
            const addresses = params_str(p, "EipAddress")
                ?.split(",")
                .map((x) => x.trim());
            const instanceId = params_str(p, "AssociatedInstanceId");
            const name = params_str(p, "EipName");
            const tags = parseTags(list(p, "Tag"));
            const eips = st
                .list("eip", s.accountId, s.regionId)
                .filter((e) => status === undefined || e.status === status)
                .filter((e) => !ids || ids.includes(e.id))
                .filter((e) => !addresses || addresses.includes(e.ipAddress))
                .filter((e) => instanceId === undefined || e.instanceId === instanceId)
                .filter((e) => name === undefined || e.name === name)
                .filter((e) => matchesTags(e.tags, tags));
            const page = paginate(p, eips, 10, 100);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                EipAddresses: { EipAddress: page.items.map((e) => eipShape(st, e, flavor)) },
            };
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/shapes.ts
/** ECS response shapes of model records (field names and wrappers as the metadata's schemas give them). */




/** A stable MAC address for an instance's primary ENI (Alibaba's 00:16:3e prefix). */
function macAddress(instanceId) {
    const h = (0,external_node_crypto_.createHash)("sha256").update(instanceId).digest("hex");
    return `00:16:3e:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
}
/** One image as DescribeImages lists it. */
function imageShape(st, im, accountId) {
    const progress = im.status === "Creating" || im.status === "Waiting" ? st.progress(im) : 100;
    const alias = ownerAlias(im, accountId);
    return {
        ImageId: im.id,
        ImageName: im.name,
        ImageFamily: im.family,
        ImageVersion: im.version,
        Description: im.description,
        Status: im.status,
        Progress: `${im.status === "CreateFailed" ? 0 : progress}%`,
        Size: im.size,
        CreationTime: isoTime(im.createdAt),
        ImageOwnerAlias: alias,
        ImageOwnerId: alias === "system" ? 0 : Number(im.accountId),
        IsPublic: im.isPublic,
        IsCopied: im.copiedFrom !== undefined,
        IsSelfShared: alias === "self" && Object.keys(im.sharedWith).length > 0 ? "True" : "",
        IsSubscribed: false,
        IsSupportCloudinit: im.osType === "linux",
        IsSupportIoOptimized: true,
        LoginAsNonRootSupported: false,
        Usage: st.list("instance", undefined, im.regionId).some((i) => i.imageId === im.id)
            ? "instance"
            : "none",
        Platform: im.platform,
        OSType: im.osType,
        OSName: im.osName,
        OSNameEn: im.osName
            .replace(/64位/g, "64 bit")
            .replace(/[^\x20-\x7e]+/g, " ")
            .replace(/\s+/g, " ")
            .trim(),
        Architecture: im.architecture,
        BootMode: im.bootMode,
        ProductCode: "",
        ResourceGroupId: im.resourceGroupId,
        SupplierName: "",
        LicenseType: "",
        DiskDeviceMappings: {
            DiskDeviceMapping: im.mappings.map((m) => ({
                Device: m.device,
                Size: String(m.size),
                SnapshotId: m.snapshotId,
                Type: m.type,
                Format: "",
                ImportOSSBucket: "",
                ImportOSSObject: "",
                Progress: `${progress}%`,
                RemainTime: 0,
                Encrypted: false,
            })),
        },
        Tags: ecsTags(im.tags),
        Features: { NvmeSupport: "supported", ImdsSupport: "v2" },
        DetectionOptions: { Status: "", Items: { Item: [] } },
    };
}
function eipOf(st, inst) {
    return inst.eipAllocationId ? st.store("eip").get(inst.eipAllocationId) : undefined;
}
/** The parts DescribeInstances and DescribeInstanceAttribute share. */
function instanceCommon(st, inst) {
    const type = st.catalog.instanceTypes.find((t) => t.instanceType === inst.instanceType);
    const eip = eipOf(st, inst);
    return {
        InstanceId: inst.id,
        InstanceName: inst.name,
        Description: inst.description,
        HostName: inst.hostName,
        Status: inst.status,
        RegionId: inst.regionId,
        ZoneId: inst.zoneId,
        InstanceType: inst.instanceType,
        ImageId: inst.imageId,
        Cpu: type?.cpu ?? 1,
        Memory: (type?.memory ?? 1) * 1024,
        CreationTime: isoMinute(inst.createdAt),
        InstanceNetworkType: inst.networkType,
        InstanceChargeType: "PostPaid",
        InternetChargeType: inst.internetChargeType,
        InternetMaxBandwidthOut: inst.internetMaxBandwidthOut,
        InternetMaxBandwidthIn: inst.internetMaxBandwidthIn,
        ExpiredTime: "2099-12-31T15:59Z",
        StoppedMode: inst.status === "Stopped" ? "KeepCharging" : "Not-applicable",
        ClusterId: "",
        VlanId: "",
        SerialNumber: inst.id.slice(2),
        CreditSpecification: "",
        SecurityGroupIds: { SecurityGroupId: [...inst.securityGroupIds] },
        PublicIpAddress: { IpAddress: inst.publicIp ? [inst.publicIp] : [] },
        InnerIpAddress: { IpAddress: inst.innerIp ? [inst.innerIp] : [] },
        VpcAttributes: {
            VpcId: inst.vpcId ?? "",
            VSwitchId: inst.vswitchId ?? "",
            NatIpAddress: "",
            PrivateIpAddress: { IpAddress: inst.privateIp ? [inst.privateIp] : [] },
        },
        EipAddress: {
            AllocationId: eip?.id ?? "",
            IpAddress: eip?.ipAddress ?? "",
            Bandwidth: eip ? Number(eip.bandwidth) : 0,
            InternetChargeType: eip?.internetChargeType ?? "",
        },
        OperationLocks: { LockReason: [] },
        DedicatedHostAttribute: { DedicatedHostId: "", DedicatedHostName: "" },
    };
}
/** One instance as DescribeInstances lists it. */
function instanceShape(st, inst) {
    const type = st.catalog.instanceTypes.find((t) => t.instanceType === inst.instanceType);
    const primaryIp = inst.privateIp ?? inst.innerIp ?? "";
    const common = instanceCommon(st, inst);
    return {
        ...common,
        EipAddress: { ...common.EipAddress, IsSupportUnassociate: true },
        DedicatedHostAttribute: { ...common.DedicatedHostAttribute, DedicatedHostClusterId: "" },
        IoOptimized: inst.ioOptimized,
        OSType: inst.osType,
        OSName: inst.osName,
        OSNameEn: inst.osName
            .replace(/[^\x20-\x7e]+/g, " ")
            .replace(/\s+/g, " ")
            .trim(),
        KeyPairName: inst.keyPairName ?? "",
        StartTime: inst.startedAt ? isoMinute(inst.startedAt) : "",
        InstanceTypeFamily: type?.family ?? "",
        GPUAmount: type?.gpu ?? 0,
        GPUSpec: type?.gpu ? "NVIDIA P4" : "",
        DeviceAvailable: true,
        DeletionProtection: false,
        Recyclable: false,
        LocalStorageAmount: 0,
        LocalStorageCapacity: 0,
        SaleCycle: "",
        SpotStrategy: "NoSpot",
        SpotPriceLimit: 0,
        SpotDuration: 0,
        SpotInterruptionBehavior: "Terminate",
        AutoReleaseTime: "",
        DeploymentSetId: "",
        DeploymentSetGroupNo: 0,
        HpcClusterId: "",
        ResourceGroupId: "",
        ISP: "",
        EnableNVS: false,
        Tags: ecsTags(inst.tags),
        MetadataOptions: { HttpEndpoint: "enabled", HttpTokens: "optional", HttpPutResponseHopLimit: 1 },
        HibernationOptions: { Configured: false },
        CpuOptions: { CoreCount: type?.cpu ?? 1, ThreadsPerCore: 1, Numa: "", TopologyType: "" },
        ImageOptions: { LoginAsNonRoot: false, CurrentOSNVMeSupported: true },
        RdmaIpAddress: { IpAddress: [] },
        NetworkInterfaces: {
            NetworkInterface: primaryIp
                ? [
                    {
                        NetworkInterfaceId: `eni-${inst.id.slice(2)}`,
                        Type: "Primary",
                        MacAddress: macAddress(inst.id),
                        PrimaryIpAddress: primaryIp,
                        PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: primaryIp, Primary: true }] },
                        Ipv6Sets: { Ipv6Set: [] },
                        Ipv4PrefixSets: { Ipv4PrefixSet: [] },
                        Ipv6PrefixSets: { Ipv6PrefixSet: [] },
                    },
                ]
                : [],
        },
        ClockOptions: { PtpStatus: "disabled" },
    };
}
/** DescribeInstanceAttribute's body (without RequestId). */
function instanceAttributeShape(st, inst) {
    return {
        ...instanceCommon(st, inst),
        IoOptimized: inst.ioOptimized ? "optimized" : "none",
        EnableJumboFrame: false,
        EnableNetworkEncryption: false,
        NetworkOptions: { BandwidthWeighting: "" },
    };
}
/** One disk as DescribeDisks lists it. */
function diskShape(disk) {
    return {
        DiskId: disk.id,
        DiskName: disk.name,
        Description: disk.description,
        Type: disk.type,
        Category: disk.category,
        Size: disk.size,
        Status: disk.status,
        Device: disk.instanceId ? disk.device : "",
        InstanceId: disk.instanceId ?? "",
        ZoneId: disk.zoneId,
        RegionId: disk.regionId,
        ImageId: disk.imageId ?? "",
        SourceSnapshotId: disk.sourceSnapshotId ?? "",
        DeleteWithInstance: disk.deleteWithInstance,
        DeleteAutoSnapshot: true,
        EnableAutoSnapshot: false,
        EnableAutomatedSnapshotPolicy: false,
        Encrypted: disk.encrypted,
        Portable: disk.type === "data",
        DiskChargeType: "PostPaid",
        CreationTime: isoTime(disk.createdAt),
        AttachedTime: disk.attachedAt && disk.instanceId ? isoTime(disk.attachedAt) : "",
        DetachedTime: "",
        ExpiredTime: "2999-09-08T16:00Z",
        IOPS: 2000,
        IOPSRead: 1000,
        IOPSWrite: 1000,
        PerformanceLevel: disk.category === "cloud_essd" ? "PL1" : "",
        ResourceGroupId: "",
        KMSKeyId: "",
        MultiAttach: "Disabled",
        Tags: ecsTags(disk.tags),
        OperationLocks: { OperationLock: [] },
        Attachments: {
            Attachment: disk.instanceId
                ? [
                    {
                        InstanceId: disk.instanceId,
                        Device: disk.device,
                        AttachedTime: isoTime(disk.attachedAt ?? disk.createdAt),
                    },
                ]
                : [],
        },
        MountInstances: { MountInstance: [] },
    };
}
/** One snapshot as DescribeSnapshots lists it. */
function snapshotShape(st, sn) {
    const progress = sn.status === "progressing" ? st.progress(sn) : sn.status === "accomplished" ? 100 : 0;
    const remain = sn.pending && Number.isFinite(sn.pending.until)
        ? Math.max(0, Math.ceil((sn.pending.until - st.now()) / 1000))
        : 0;
    return {
        SnapshotId: sn.id,
        SnapshotName: sn.name,
        Description: sn.description,
        Status: sn.status,
        Progress: `${progress}%`,
        RemainTime: remain,
        CreationTime: isoTime(sn.createdAt),
        LastModifiedTime: isoTime(sn.createdAt),
        SourceDiskId: sn.sourceDiskId,
        SourceDiskType: sn.sourceDiskType === "system" ? "System" : "Data",
        SourceDiskSize: String(sn.sourceDiskSize),
        SourceStorageType: "disk",
        Usage: sn.imageId ? "image" : "none",
        SnapshotType: "user",
        Category: "standard",
        InstantAccess: false,
        InstantAccessRetentionDays: 0,
        Available: sn.status === "accomplished",
        Encrypted: sn.encrypted,
        RegionId: sn.regionId,
        RetentionDays: 0,
        ResourceGroupId: "",
        KMSKeyId: "",
        SnapshotSN: `64472-${sn.id.slice(2, 14)}`,
        ProductCode: "",
        SnapshotLinkId: "",
        Tags: ecsTags(sn.tags),
    };
}
/** One security group as DescribeSecurityGroups lists it. */
function securityGroupShape(st, sg) {
    const users = st
        .list("instance", sg.accountId, sg.regionId)
        .filter((i) => i.securityGroupIds.includes(sg.id)).length;
    return {
        SecurityGroupId: sg.id,
        SecurityGroupName: sg.name,
        Description: sg.description,
        SecurityGroupType: sg.securityGroupType,
        VpcId: sg.vpcId ?? "",
        CreationTime: isoTime(sg.createdAt),
        EcsCount: users,
        AvailableInstanceAmount: 2000 - users,
        ResourceGroupId: sg.resourceGroupId,
        ServiceManaged: false,
        RuleCount: sg.rules.length,
        GroupToGroupRuleCount: sg.rules.filter((r) => r.sourceGroupId || r.destGroupId).length,
        Tags: ecsTags(sg.tags),
    };
}
/** One key pair as DescribeKeyPairs lists it. */
function keyPairShape(kp, includePublicKey) {
    return {
        KeyPairName: kp.name,
        KeyPairFingerPrint: kp.fingerprint,
        CreationTime: isoTime(kp.createdAt),
        ResourceGroupId: kp.resourceGroupId,
        ...(includePublicKey ? { PublicKey: kp.publicKey } : {}),
        Tags: ecsTags(kp.tags),
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/images.ts
/** ECS image actions. */







const STATUSES = new Set(["Creating", "Waiting", "Available", "UnAvailable", "CreateFailed", "Deprecated"]);
/** The fields DescribeImageFromFamily's schema has (a subset of DescribeImages'). */
const FAMILY_FIELDS = [
    "CreationTime",
    "Status",
    "ImageFamily",
    "Progress",
    "IsCopied",
    "IsSupportIoOptimized",
    "ImageOwnerAlias",
    "IsSupportCloudinit",
    "ImageVersion",
    "Usage",
    "IsSelfShared",
    "Description",
    "Size",
    "Platform",
    "ImageName",
    "OSName",
    "ImageId",
    "OSType",
    "IsSubscribed",
    "ProductCode",
    "Architecture",
    "Tags",
];
const FAMILY_MAPPING_FIELDS = [
    "Type",
    "ImportOSSBucket",
    "SnapshotId",
    "ImportOSSObject",
    "Size",
    "Device",
    "Format",
];
function familyImageShape(full) {
    const out = Object.fromEntries(FAMILY_FIELDS.map((k) => [k, full[k]]));
    const mappings = full.DiskDeviceMappings
        .DiskDeviceMapping;
    out.DiskDeviceMappings = {
        DiskDeviceMapping: mappings.map((m) => Object.fromEntries(FAMILY_MAPPING_FIELDS.map((k) => [k, m[k]]))),
    };
    return out;
}
/** Handlers for the image actions. */
function imageHandlers(model) {
    const st = model.state;
    return {
        DescribeImages(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const statuses = (params_str(p, "Status") ?? "Available").split(",").map((x) => x.trim());
            const alias = params_str(p, "ImageOwnerAlias");
            if (alias !== undefined && !["system", "self", "others", "marketplace"].includes(alias)) {
                throw new ApiError("InvalidImageOwnerAlias.ValueNotSupported", "The specified ImageOwnerAlias value is not supported.", 400);
            }
            const usage = params_str(p, "Usage");
            if (usage !== undefined && usage !== "instance" && usage !== "none") {
                throw new ApiError("InvalidUsage", "The specified Usage is not valid.", 404);
            }
            const ids = params_str(p, "ImageId")
                ?.split(",")
                .map((x) => x.trim());
            const name = params_str(p, "ImageName");
            const family = params_str(p, "ImageFamily");
            const osType = params_str(p, "OSType");
            const arch = params_str(p, "Architecture");
            const snapshotId = params_str(p, "SnapshotId");
            const isPublic = params_bool(p, "IsPublic");
            const tags = parseTags(list(p, "Tag"));
            const used = new Set(st.list("instance", undefined, s.regionId).map((i) => i.imageId));
            const images = visibleImages(st, s)
                .filter((im) => statuses.some((x) => STATUSES.has(x) && x === im.status))
                .filter((im) => alias === undefined || alias === ownerAlias(im, s.accountId))
                .filter((im) => !ids || ids.includes(im.id))
                .filter((im) => name === undefined || fuzzy(im.name, name))
                .filter((im) => family === undefined || im.family === family)
                .filter((im) => osType === undefined || im.osType === osType)
                .filter((im) => arch === undefined || im.architecture === arch)
                .filter((im) => snapshotId === undefined || im.mappings.some((m) => m.snapshotId === snapshotId))
                .filter((im) => isPublic === undefined || im.isPublic === isPublic)
                .filter((im) => usage === undefined || (usage === "instance") === used.has(im.id))
                .filter((im) => matchesTags(im.tags, tags))
                .sort((a, b) => b.createdAt - a.createdAt);
            const page = paginate(p, images);
            return {
                RegionId: s.regionId,
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                Images: { Image: page.items.map((im) => imageShape(st, im, s.accountId)) },
            };
        },
        DescribeImageFromFamily(request) {
            const s = scopeOf(model, request);
            const im = latestOfFamily(st, s, req(request.params, "ImageFamily"));
            // The real API answers an empty Image object when the family has no available image.
            return { Image: im ? familyImageShape(imageShape(st, im, s.accountId)) : {} };
        },
        async CreateImage(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, "CreateImage", p.ClientToken, p, () => {
                const input = {
                    instanceId: params_str(p, "InstanceId"),
                    snapshotId: params_str(p, "SnapshotId"),
                    mappings: list(p, "DiskDeviceMapping"),
                    name: params_str(p, "ImageName"),
                    description: params_str(p, "Description"),
                    version: params_str(p, "ImageVersion"),
                    family: params_str(p, "ImageFamily"),
                    platform: params_str(p, "Platform"),
                    architecture: params_str(p, "Architecture"),
                    bootMode: params_str(p, "BootMode"),
                    resourceGroupId: params_str(p, "ResourceGroupId"),
                    tags: parseTags(list(p, "Tag")),
                };
                if (input.mappings.length === 0)
                    input.mappings = undefined;
                dryRun(request);
                const im = createImage(st, s, input);
                return { ImageId: im.id };
            });
        },
        DeleteImage(request) {
            const s = scopeOf(model, request);
            dryRun(request);
            deleteImage(st, s, req(request.params, "ImageId"), params_bool(request.params, "Force") ?? false);
            return {};
        },
        async CopyImage(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, "CopyImage", p.ClientToken, p, () => {
                dryRun(request);
                const copy = copyImage(st, s, {
                    imageId: req(p, "ImageId"),
                    destinationRegionId: params_str(p, "DestinationRegionId") ?? s.regionId,
                    name: params_str(p, "DestinationImageName"),
                    description: params_str(p, "DestinationDescription"),
                    encrypted: params_bool(p, "Encrypted"),
                    resourceGroupId: params_str(p, "ResourceGroupId"),
                    tags: parseTags(list(p, "Tag")),
                });
                return { ImageId: copy.id };
            });
        },
        CancelCopyImage(request) {
            const s = scopeOf(model, request);
            cancelCopyImage(st, s, req(request.params, "ImageId"));
            return {};
        },
        ModifyImageSharePermission(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const add = list(p, "AddAccount").map(String);
            const remove = list(p, "RemoveAccount").map(String);
            modifySharePermission(st, s, req(p, "ImageId"), add, remove);
            const isPublic = params_bool(p, "IsPublic");
            if (isPublic !== undefined)
                ownImage(st, s, req(p, "ImageId")).isPublic = isPublic;
            return {};
        },
        DescribeImageSharePermission(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const im = ownImage(st, s, req(p, "ImageId"));
            const accounts = Object.entries(im.sharedWith).map(([AliyunId, t]) => ({
                AliyunId,
                SharedTime: isoTime(t),
            }));
            const page = paginate(p, accounts);
            return {
                ImageId: im.id,
                RegionId: s.regionId,
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                ShareGroups: { ShareGroup: im.isPublic ? [{ Group: "all" }] : [] },
                Accounts: { Account: page.items },
            };
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/instances.ts






const instances_STATUSES = new Set(["Pending", "Running", "Starting", "Stopping", "Stopped"]);
/** `SystemDisk.Size` arrives either as a dotted scalar or inside a flat `SystemDisk` object. */
function sub(p, parent, key) {
    const dotted = p[`${parent}.${key}`];
    if (dotted !== undefined && dotted !== "")
        return String(dotted);
    const obj = p[parent];
    if (obj && typeof obj === "object" && key in obj) {
        const v = obj[key];
        return v === undefined || v === "" ? undefined : String(v);
    }
    return undefined;
}
function createInput(request, run) {
    const p = request.params;
    const groups = [...list(p, "SecurityGroupIds").map(String)];
    const single = params_str(p, "SecurityGroupId");
    if (single)
        groups.unshift(single);
    return {
        imageId: params_str(p, "ImageId"),
        imageFamily: params_str(p, "ImageFamily"),
        instanceType: req(p, "InstanceType"),
        securityGroupIds: groups,
        vswitchId: params_str(p, "VSwitchId"),
        zoneId: params_str(p, "ZoneId"),
        name: params_str(p, "InstanceName"),
        description: params_str(p, "Description"),
        hostName: params_str(p, "HostName"),
        password: params_str(p, "Password"),
        keyPairName: params_str(p, "KeyPairName"),
        userData: params_str(p, "UserData"),
        internetChargeType: params_str(p, "InternetChargeType"),
        internetMaxBandwidthOut: params_num(p, "InternetMaxBandwidthOut"),
        internetMaxBandwidthIn: params_num(p, "InternetMaxBandwidthIn"),
        systemDisk: {
            Size: sub(p, "SystemDisk", "Size"),
            Category: sub(p, "SystemDisk", "Category"),
            DiskName: sub(p, "SystemDisk", "DiskName"),
            Description: sub(p, "SystemDisk", "Description"),
            Encrypted: sub(p, "SystemDisk", "Encrypted"),
        },
        dataDisks: list(p, "DataDisk"),
        tags: parseTags(list(p, "Tag")),
        ioOptimized: params_str(p, "IoOptimized"),
        ramRoleName: params_str(p, "RamRoleName"),
        run,
    };
}
/** Handlers for the instance actions. */
function instanceHandlers(model) {
    const st = model.state;
    return {
        async CreateInstance(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, "CreateInstance", p.ClientToken, p, () => {
                const input = createInput(request, false);
                dryRun(request);
                const inst = createInstance(st, s, input);
                return { InstanceId: inst.id, OrderId: "", TradePrice: 0 };
            });
        },
        async RunInstances(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, "RunInstances", p.ClientToken, p, () => {
                const input = createInput(request, true);
                dryRun(request);
                const amount = params_num(p, "Amount") ?? 1;
                if (!Number.isInteger(amount) || amount < 1 || amount > 100) {
                    throw new ApiError("InvalidMaxAmount.Malformed", "The specified parameter MaxAmount is not valid.", 400);
                }
                const ids = [];
                for (let i = 0; i < amount; i++) {
                    const name = amount > 1 && params_bool(p, "UniqueSuffix") && input.name
                        ? `${input.name}${String(i + 1).padStart(3, "0")}`
                        : input.name;
                    ids.push(createInstance(st, s, { ...input, name }).id);
                }
                return { InstanceIdSets: { InstanceIdSet: ids }, OrderId: "", TradePrice: 0 };
            });
        },
        DescribeInstances(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const ids = jsonList(p, "InstanceIds", "InvalidInstanceIds.Malformed");
            const status = params_str(p, "Status");
            if (status !== undefined && !instances_STATUSES.has(status)) {
                throw new ApiError("InvalidStatus.NotFound", "The specified Status is not found.", 404);
            }
            const networkType = params_str(p, "InstanceNetworkType");
            if (networkType !== undefined && networkType !== "vpc" && networkType !== "classic") {
                throw new ApiError("InvalidNetworkType.NotFound", "The specified InstanceNetworkType is not found.", 404);
            }
            const eq = (name, get) => {
                const want = params_str(p, name);
                return (i) => want === undefined || get(i) === want;
            };
            const inList = (name, get) => {
                const want = jsonList(p, name);
                return (i) => want === undefined || want.includes(get(i) ?? "");
            };
            const name = params_str(p, "InstanceName");
            const tags = parseTags(list(p, "Tag"));
            const eipIp = (i) => i.eipAllocationId ? st.store("eip").get(i.eipAllocationId)?.ipAddress : undefined;
            const instances = st
                .list("instance", s.accountId, s.regionId)
                .filter((i) => ids === undefined || ids.includes(i.id))
                .filter(eq("VpcId", (i) => i.vpcId))
                .filter(eq("VSwitchId", (i) => i.vswitchId))
                .filter(eq("ZoneId", (i) => i.zoneId))
                .filter(eq("Status", (i) => i.status))
                .filter(eq("ImageId", (i) => i.imageId))
                .filter(eq("KeyPairName", (i) => i.keyPairName))
                .filter(eq("InstanceType", (i) => i.instanceType))
                .filter(eq("InstanceNetworkType", (i) => i.networkType))
                .filter((i) => params_str(p, "SecurityGroupId") === undefined ||
                i.securityGroupIds.includes(params_str(p, "SecurityGroupId")))
                .filter((i) => name === undefined || fuzzy(i.name, name))
                .filter(inList("PrivateIpAddresses", (i) => i.privateIp))
                .filter(inList("InnerIpAddresses", (i) => i.innerIp))
                .filter(inList("PublicIpAddresses", (i) => i.publicIp))
                .filter(inList("EipAddresses", eipIp))
                .filter((i) => matchesTags(i.tags, tags));
            if (params_str(p, "NextToken") !== undefined || params_num(p, "MaxResults") !== undefined) {
                const page = tokenPage(p, instances, 10, 100);
                return {
                    NextToken: page.nextToken,
                    Instances: { Instance: page.items.map((i) => instanceShape(st, i)) },
                };
            }
            const page = paginate(p, instances, 10, 100);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                NextToken: "",
                Instances: { Instance: page.items.map((i) => instanceShape(st, i)) },
            };
        },
        DescribeInstanceAttribute(request) {
            const inst = getInstance(st, request.caller.accountId, req(request.params, "InstanceId"));
            return instanceAttributeShape(st, inst);
        },
        StartInstance(request) {
            const id = req(request.params, "InstanceId");
            getInstance(st, request.caller.accountId, id);
            dryRun(request);
            startInstance(st, request.caller.accountId, id);
            return {};
        },
        StopInstance(request) {
            const id = req(request.params, "InstanceId");
            getInstance(st, request.caller.accountId, id);
            dryRun(request);
            stopInstance(st, request.caller.accountId, id);
            return {};
        },
        RebootInstance(request) {
            const id = req(request.params, "InstanceId");
            getInstance(st, request.caller.accountId, id);
            dryRun(request);
            rebootInstance(st, request.caller.accountId, id);
            return {};
        },
        DeleteInstance(request) {
            const id = req(request.params, "InstanceId");
            getInstance(st, request.caller.accountId, id);
            dryRun(request);
            deleteInstance(st, request.caller.accountId, id, params_bool(request.params, "Force") ?? false);
            return {};
        },
        async DeleteInstances(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, "DeleteInstances", p.ClientToken, p, () => {
                const ids = list(p, "InstanceId").map(String);
                if (ids.length > 100) {
                    throw new ApiError("InvalidParameter.TooManyInstanceIds", "Instance ids cannot be more than 100.", 403);
                }
                const force = params_bool(p, "Force") ?? false;
                // All-or-nothing: check every instance before deleting any.
                for (const id of ids) {
                    const inst = st.get("instance", id, s.accountId, s.regionId);
                    if (!inst)
                        throw new ApiError("InvalidInstanceId.NotFound", `The specified instance ${id} does not exist.`, 404);
                    if (inst.status === "Pending") {
                        throw new ApiError("IncorrectInstanceStatus.Initializing", `The instance ${id} is initializing.`, 403);
                    }
                    if (!force && inst.status !== "Stopped") {
                        throw new ApiError("IncorrectInstanceStatus", `The current status of the instance ${id} does not support this operation.`, 403);
                    }
                }
                dryRun(request);
                for (const id of ids)
                    deleteInstance(st, s.accountId, id, force, s.regionId);
                return {};
            });
        },
        AllocatePublicIpAddress(request) {
            const ip = allocatePublicIp(st, request.caller.accountId, req(request.params, "InstanceId"));
            return { IpAddress: ip };
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/key-pairs.ts






function results(name, rs) {
    return {
        KeyPairName: name,
        TotalCount: String(rs.length),
        FailCount: String(rs.filter((r) => !r.success).length),
        Results: {
            Result: rs.map((r) => ({
                InstanceId: r.instanceId,
                Success: String(r.success),
                Code: r.code,
                Message: r.message,
            })),
        },
    };
}
function instanceIds(p) {
    const ids = jsonList(p, "InstanceIds", "InvalidInstanceIds.ValueNotSupported") ?? [];
    if (ids.length === 0 || ids.length > 50) {
        throw new ApiError("InvalidInstanceIds.ValueNotSupported", "The specified parameter InstanceIds is not valid.", 400);
    }
    return ids;
}
/** Handlers for the key pair actions. */
function keyPairHandlers(model) {
    const st = model.state;
    return {
        async CreateKeyPair(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const { keyPair, privateKeyPem } = await createKeyPair(st, s, {
                name: req(p, "KeyPairName"),
                tags: parseTags(list(p, "Tag")),
                resourceGroupId: params_str(p, "ResourceGroupId"),
            });
            return {
                KeyPairId: keyPair.id,
                KeyPairName: keyPair.name,
                KeyPairFingerPrint: keyPair.fingerprint,
                PrivateKeyBody: privateKeyPem,
            };
        },
        ImportKeyPair(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const kp = importKeyPair(st, s, {
                name: req(p, "KeyPairName"),
                publicKeyBody: req(p, "PublicKeyBody"),
                tags: parseTags(list(p, "Tag")),
                resourceGroupId: params_str(p, "ResourceGroupId"),
            });
            return { KeyPairName: kp.name, KeyPairFingerPrint: kp.fingerprint };
        },
        DeleteKeyPairs(request) {
            const s = scopeOf(model, request);
            const names = jsonList(request.params, "KeyPairNames", "InvalidKeyPairNames.ValueNotSupported") ?? [];
            if (names.length === 0 || names.length > 100) {
                throw new ApiError("InvalidKeyPairNames.ValueNotSupported", 'The specified parameter "KeyPairNames" is not valid.', 400);
            }
            deleteKeyPairs(st, s, names);
            return {};
        },
        DescribeKeyPairs(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const name = params_str(p, "KeyPairName");
            const fp = params_str(p, "KeyPairFingerPrint");
            const tags = parseTags(list(p, "Tag"));
            const pairs = st
                .list("keypair", s.accountId, s.regionId)
                .filter((k) => name === undefined || fuzzy(k.name, name))
                .filter((k) => fp === undefined || k.fingerprint === fp)
                .filter((k) => matchesTags(k.tags, tags));
            const page = paginate(p, pairs, 10, 50);
            const withKey = params_bool(p, "IncludePublicKey") ?? false;
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                KeyPairs: { KeyPair: page.items.map((k) => keyPairShape(k, withKey)) },
            };
        },
        AttachKeyPair(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const name = req(p, "KeyPairName");
            return results(name, attachKeyPair(st, s, name, instanceIds(p)));
        },
        DetachKeyPair(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const name = req(p, "KeyPairName");
            return results(name, detachKeyPair(st, s, name, instanceIds(p)));
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/regions.ts
/** ECS DescribeRegions, DescribeZones, DescribeAvailableResource. */



const DISK_CATEGORIES = ["cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud"];
/** Handlers for the region and zone actions. */
function regionHandlers(model) {
    const st = model.state;
    const cat = st.catalog;
    function stockStatus(zoneId, type) {
        if (cat.zonesNotOnSale.has(zoneId))
            return { Status: "SoldOut", StatusCategory: "ClosedWithoutStock" };
        const left = cat.stock.get(zoneId)?.get(type);
        return left !== undefined && left <= 0
            ? { Status: "SoldOut", StatusCategory: "WithoutStock" }
            : { Status: "Available", StatusCategory: "WithStock" };
    }
    return {
        DescribeRegions() {
            return {
                Regions: {
                    Region: cat.regions.map((r) => ({
                        RegionId: r.regionId,
                        LocalName: r.localName,
                        RegionEndpoint: ecsEndpoint(r.regionId),
                        Status: "available",
                    })),
                },
            };
        },
        DescribeZones(request) {
            const region = st.region(req(request.params, "RegionId"));
            return {
                Zones: {
                    Zone: zonesOf(cat, region.regionId).map((zoneId) => {
                        const types = cat.zonesNotOnSale.has(zoneId) ? [] : (cat.zoneInstanceTypes.get(zoneId) ?? []);
                        const families = [
                            ...new Set(cat.instanceTypes.filter((t) => types.includes(t.instanceType)).map((t) => t.family)),
                        ];
                        const generations = [
                            ...new Set(cat.instanceTypes.filter((t) => types.includes(t.instanceType)).map((t) => t.generation)),
                        ];
                        return {
                            ZoneId: zoneId,
                            ZoneType: "AvailabilityZone",
                            LocalName: zoneLocalName(region, zoneId),
                            AvailableResourceCreation: {
                                ResourceTypes: cat.zonesNotOnSale.has(zoneId)
                                    ? ["VSwitch", "Disk"]
                                    : ["VSwitch", "IoOptimized", "Instance", "Disk", "DedicatedHost"],
                            },
                            AvailableInstanceTypes: { InstanceTypes: types },
                            AvailableDiskCategories: { DiskCategories: DISK_CATEGORIES },
                            AvailableVolumeCategories: { VolumeCategories: ["san_ssd", "san_efficiency"] },
                            AvailableDedicatedHostTypes: { DedicatedHostType: [] },
                            DedicatedHostGenerations: { DedicatedHostGeneration: [] },
                            AvailableResources: {
                                ResourcesInfo: [
                                    {
                                        IoOptimized: true,
                                        InstanceTypes: { supportedInstanceType: types },
                                        InstanceTypeFamilies: { supportedInstanceTypeFamily: families },
                                        InstanceGenerations: { supportedInstanceGeneration: generations },
                                        SystemDiskCategories: { supportedSystemDiskCategory: DISK_CATEGORIES },
                                        DataDiskCategories: { supportedDataDiskCategory: DISK_CATEGORIES },
                                        NetworkTypes: { supportedNetworkCategory: ["vpc", "classic"] },
                                    },
                                ],
                            },
                        };
                    }),
                },
            };
        },
        DescribeAvailableResource(request) {
            const p = request.params;
            const region = st.region(req(p, "RegionId"));
            const dest = req(p, "DestinationResource");
            const known = [
                "Zone",
                "IoOptimized",
                "InstanceType",
                "SystemDisk",
                "DataDisk",
                "Network",
                "ddh",
                "InstanceTypeFamily",
            ];
            if (!known.includes(dest)) {
                throw new ApiError("Invalid.DestinationResource", "The specified DestinationResource is not valid.", 404);
            }
            const wantZone = params_str(p, "ZoneId");
            const wantType = params_str(p, "InstanceType");
            const zones = zonesOf(cat, region.regionId).filter((z) => wantZone === undefined || z === wantZone);
            const out = zones
                .map((zoneId) => {
                const types = (cat.zoneInstanceTypes.get(zoneId) ?? []).filter((t) => wantType === undefined || t === wantType);
                if (types.length === 0)
                    return undefined;
                const anyStock = types.some((t) => stockStatus(zoneId, t).Status === "Available");
                const zoneStatus = anyStock
                    ? { Status: "Available", StatusCategory: "WithStock" }
                    : stockStatus(zoneId, types[0]);
                let resources;
                switch (dest) {
                    case "Zone":
                        resources = [
                            {
                                Type: "Zone",
                                SupportedResources: { SupportedResource: [{ Value: zoneId, ...zoneStatus }] },
                            },
                        ];
                        break;
                    case "InstanceType":
                    case "InstanceTypeFamily":
                        resources = [
                            {
                                Type: "InstanceType",
                                SupportedResources: {
                                    SupportedResource: types.map((t) => ({ Value: t, ...stockStatus(zoneId, t) })),
                                },
                            },
                        ];
                        break;
                    case "IoOptimized":
                        resources = [
                            {
                                Type: "IoOptimized",
                                SupportedResources: { SupportedResource: [{ Value: "optimized", ...zoneStatus }] },
                            },
                        ];
                        break;
                    case "Network":
                        resources = [
                            {
                                Type: "Network",
                                SupportedResources: {
                                    SupportedResource: ["vpc", "classic"].map((v) => ({ Value: v, ...zoneStatus })),
                                },
                            },
                        ];
                        break;
                    default:
                        resources = [
                            {
                                Type: dest,
                                SupportedResources: {
                                    SupportedResource: DISK_CATEGORIES.map((c) => ({
                                        Value: c,
                                        ...zoneStatus,
                                        Min: dest === "SystemDisk" ? 20 : 20,
                                        Max: dest === "SystemDisk" ? 2048 : 32768,
                                        Unit: "GiB",
                                    })),
                                },
                            },
                        ];
                }
                return {
                    RegionId: region.regionId,
                    ZoneId: zoneId,
                    ...zoneStatus,
                    AvailableResources: { AvailableResource: resources },
                };
            })
                .filter((z) => z !== undefined);
            return { AvailableZones: { AvailableZone: out } };
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/security-groups.ts
/** ECS security group actions. */







const RULE_KEYS = [
    "IpProtocol",
    "PortRange",
    "SourceCidrIp",
    "DestCidrIp",
    "SourceGroupId",
    "DestGroupId",
    "Policy",
    "Priority",
    "NicType",
    "Description",
];
function permissions(request) {
    const p = request.params;
    const listed = list(p, "Permissions");
    const single = {};
    let hasSingle = false;
    for (const k of RULE_KEYS) {
        const v = params_str(p, k);
        if (v !== undefined) {
            single[k] = v;
            hasSingle = true;
        }
    }
    if (listed.length > 0 && hasSingle) {
        throw new ApiError("InvalidParam.Permissions", "The specified parameter Permissions cannot coexist with other parameters.", 400);
    }
    return listed.length > 0 ? listed : [single];
}
/** Handlers for the security group actions. */
function securityGroupHandlers(model) {
    const st = model.state;
    function authorizeAll(request, direction) {
        const s = scopeOf(model, request);
        const id = req(request.params, "SecurityGroupId");
        for (const perm of permissions(request))
            authorize(st, s, id, direction, perm);
        return {};
    }
    return {
        async CreateSecurityGroup(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            return model.idempotency.run(s.accountId, "CreateSecurityGroup", p.ClientToken, p, () => {
                const sg = createSecurityGroup(st, s, {
                    name: params_str(p, "SecurityGroupName"),
                    description: params_str(p, "Description"),
                    vpcId: params_str(p, "VpcId"),
                    type: params_str(p, "SecurityGroupType"),
                    tags: parseTags(list(p, "Tag")),
                    resourceGroupId: params_str(p, "ResourceGroupId"),
                });
                return { SecurityGroupId: sg.id };
            });
        },
        DescribeSecurityGroups(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const ids = [
                ...(jsonList(p, "SecurityGroupIds", "InvalidSecurityGroupId.Malformed") ?? []),
                ...(params_str(p, "SecurityGroupId") ? [params_str(p, "SecurityGroupId")] : []),
            ];
            const vpcId = params_str(p, "VpcId");
            const name = params_str(p, "SecurityGroupName");
            const type = params_str(p, "SecurityGroupType");
            const networkType = params_str(p, "NetworkType");
            const tags = parseTags(list(p, "Tag"));
            const groups = st
                .list("securitygroup", s.accountId, s.regionId)
                .filter((g) => ids.length === 0 || ids.includes(g.id))
                .filter((g) => vpcId === undefined || g.vpcId === vpcId)
                .filter((g) => name === undefined || fuzzy(g.name, name))
                .filter((g) => type === undefined || g.securityGroupType === type)
                .filter((g) => networkType === undefined || (networkType === "vpc") === (g.vpcId !== undefined))
                .filter((g) => matchesTags(g.tags, tags));
            if (params_str(p, "NextToken") !== undefined || params_num(p, "MaxResults") !== undefined) {
                const page = tokenPage(p, groups, 10, 100);
                return {
                    RegionId: s.regionId,
                    NextToken: page.nextToken,
                    SecurityGroups: { SecurityGroup: page.items.map((g) => securityGroupShape(st, g)) },
                };
            }
            const page = paginate(p, groups, 10, 50);
            return {
                RegionId: s.regionId,
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                SecurityGroups: { SecurityGroup: page.items.map((g) => securityGroupShape(st, g)) },
            };
        },
        AuthorizeSecurityGroup(request) {
            return authorizeAll(request, "ingress");
        },
        AuthorizeSecurityGroupEgress(request) {
            return authorizeAll(request, "egress");
        },
        DeleteSecurityGroup(request) {
            const s = scopeOf(model, request);
            deleteSecurityGroup(st, s, req(request.params, "SecurityGroupId"));
            return {};
        },
        DescribeSecurityGroupAttribute(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const sg = getSecurityGroup(st, s, req(p, "SecurityGroupId"));
            const direction = params_str(p, "Direction") ?? "all";
            const nicType = params_str(p, "NicType");
            const rules = sg.rules
                .filter((r) => direction === "all" || r.direction === direction)
                .filter((r) => nicType === undefined || r.nicType === nicType);
            return {
                RegionId: s.regionId,
                SecurityGroupId: sg.id,
                SecurityGroupName: sg.name,
                Description: sg.description,
                VpcId: sg.vpcId ?? "",
                InnerAccessPolicy: "Accept",
                NextToken: "",
                SnapshotPolicyIds: { SnapshotPolicyId: [] },
                Permissions: {
                    Permission: rules.map((r) => ({
                        SecurityGroupRuleId: r.ruleId,
                        Direction: r.direction,
                        IpProtocol: r.ipProtocol,
                        PortRange: r.portRange,
                        SourceCidrIp: r.sourceCidrIp,
                        DestCidrIp: r.destCidrIp,
                        SourceGroupId: r.sourceGroupId,
                        DestGroupId: r.destGroupId,
                        SourceGroupName: "",
                        DestGroupName: "",
                        SourceGroupOwnerAccount: "",
                        DestGroupOwnerAccount: "",
                        SourcePortRange: "",
                        SourcePrefixListId: "",
                        SourcePrefixListName: "",
                        DestPrefixListId: "",
                        DestPrefixListName: "",
                        Ipv6SourceCidrIp: "",
                        Ipv6DestCidrIp: "",
                        PortRangeListId: "",
                        PortRangeListName: "",
                        Policy: r.policy,
                        Priority: r.priority,
                        NicType: r.nicType,
                        Description: r.description,
                        CreateTime: isoTime(r.createdAt),
                    })),
                },
            };
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/storage.ts






/** Handlers for the disk and snapshot actions. */
function storageHandlers(model) {
    const st = model.state;
    return {
        DescribeDisks(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const ids = jsonList(p, "DiskIds", "InvalidDiskIds.ValueNotSupported");
            const diskType = params_str(p, "DiskType") ?? "all";
            const status = params_str(p, "Status") ?? "All";
            const name = params_str(p, "DiskName");
            const tags = parseTags(list(p, "Tag"));
            const eq = (param, get) => {
                const want = params_str(p, param);
                return (d) => want === undefined || get(d) === want;
            };
            const dwi = params_bool(p, "DeleteWithInstance");
            const disks = st
                .list("disk", s.accountId, s.regionId)
                .filter((d) => ids === undefined || ids.includes(d.id))
                .filter((d) => diskType === "all" || d.type === diskType)
                .filter((d) => status === "All" || d.status === status)
                .filter(eq("InstanceId", (d) => d.instanceId))
                .filter(eq("ZoneId", (d) => d.zoneId))
                .filter(eq("Category", (d) => d.category))
                .filter(eq("SnapshotId", (d) => d.sourceSnapshotId))
                .filter((d) => dwi === undefined || d.deleteWithInstance === dwi)
                .filter((d) => name === undefined || fuzzy(d.name, name))
                .filter((d) => matchesTags(d.tags, tags));
            if (params_str(p, "NextToken") !== undefined || params_num(p, "MaxResults") !== undefined) {
                const page = tokenPage(p, disks, 10, 500);
                return { NextToken: page.nextToken, Disks: { Disk: page.items.map(diskShape) } };
            }
            const page = paginate(p, disks, 10, 100);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                NextToken: "",
                Disks: { Disk: page.items.map(diskShape) },
            };
        },
        async CreateSnapshot(request) {
            const p = request.params;
            return model.idempotency.run(request.caller.accountId, "CreateSnapshot", p.ClientToken, p, () => {
                const sn = createSnapshot(st, request.caller, {
                    diskId: req(p, "DiskId"),
                    name: params_str(p, "SnapshotName"),
                    description: params_str(p, "Description"),
                    tags: parseTags(list(p, "Tag")),
                });
                return { SnapshotId: sn.id };
            });
        },
        DescribeSnapshots(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            dryRun(request);
            const ids = jsonList(p, "SnapshotIds", "InvalidSnapshotIds.Malformed");
            const status = params_str(p, "Status") ?? "all";
            if (!["progressing", "accomplished", "failed", "all"].includes(status)) {
                throw new ApiError("InvalidStatus.NotFound", "The specified Status is not found.", 404);
            }
            const usage = params_str(p, "Usage");
            const name = params_str(p, "SnapshotName");
            const diskType = params_str(p, "SourceDiskType")?.toLowerCase();
            const tags = parseTags(list(p, "Tag"));
            const snaps = st
                .list("snapshot", s.accountId, s.regionId)
                .filter((x) => ids === undefined || ids.includes(x.id))
                .filter((x) => status === "all" || x.status === status)
                .filter((x) => params_str(p, "DiskId") === undefined || x.sourceDiskId === params_str(p, "DiskId"))
                .filter((x) => params_str(p, "InstanceId") === undefined || x.instanceId === params_str(p, "InstanceId"))
                .filter((x) => usage === undefined ||
                (usage === "image" ? !!x.imageId : usage === "none" ? !x.imageId : usage !== "disk"))
                .filter((x) => diskType === undefined || x.sourceDiskType === diskType)
                .filter((x) => name === undefined || fuzzy(x.name, name))
                .filter((x) => matchesTags(x.tags, tags))
                .sort((a, b) => b.createdAt - a.createdAt);
            if (params_str(p, "NextToken") !== undefined || params_num(p, "MaxResults") !== undefined) {
                const page = tokenPage(p, snaps, 10, 100);
                return {
                    NextToken: page.nextToken,
                    Snapshots: { Snapshot: page.items.map((x) => snapshotShape(st, x)) },
                };
            }
            const page = paginate(p, snaps, 10, 100);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                NextToken: "",
                Snapshots: { Snapshot: page.items.map((x) => snapshotShape(st, x)) },
            };
        },
        DeleteSnapshot(request) {
            deleteSnapshot(st, request.caller, req(request.params, "SnapshotId"), params_bool(request.params, "Force") ?? false);
            return {};
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/common/tagging.ts


/** Resource types the ECS tag APIs take (lower case) and the VPC ones (upper case). */
const ECS_TAG_TYPES = {
    instance: "instance",
    disk: "disk",
    snapshot: "snapshot",
    image: "image",
    securitygroup: "securitygroup",
    keypair: "keypair",
};
const VPC_TAG_TYPES = {
    VPC: "vpc",
    VSWITCH: "vswitch",
    EIP: "eip",
};
/** The kind behind an API resource type, or `InvalidResourceType.NotFound`. */
function kindOf(types, resourceType) {
    const kind = types[resourceType];
    if (!kind)
        throw new ApiError("InvalidResourceType.NotFound", "The ResourceType provided does not exist in our records.", 404);
    return kind;
}
/** A taggable resource of the caller in the region (key pairs also by name), or undefined. */
function findTaggable(model, s, kind, id) {
    const st = model.state;
    const direct = st.get(kind, id, s.accountId, s.regionId);
    if (direct)
        return direct;
    if (kind === "keypair")
        return st.list(kind, s.accountId, s.regionId).find((k) => "name" in k && k.name === id);
    return undefined;
}
/** The resources named, or `InvalidResourceId.NotFound` if any is missing. */
function resolveAll(model, s, kind, ids) {
    return ids.map((id) => {
        const r = findTaggable(model, s, kind, id);
        if (!r)
            throw new ApiError("InvalidResourceId.NotFound", "The specified ResourceIds are not found in our records.", 404);
        return r;
    });
}
/** Adds tags to every resource. */
function tagAll(resources, tags) {
    for (const r of resources)
        applyTags(r.tags, tags);
}
/** Removes keys (or all tags) from every resource. */
function untagAll(resources, keys, all) {
    for (const r of resources) {
        for (const k of Object.keys(r.tags))
            if (all || keys.includes(k))
                delete r.tags[k];
    }
}
/** ListTagResources rows: the named resources' tags, or every resource carrying all filter tags. */
function tagRows(model, s, types, resourceType, ids, filter) {
    const kind = kindOf(types, resourceType);
    const resources = ids.length > 0
        ? ids.map((id) => findTaggable(model, s, kind, id)).filter((r) => r !== undefined)
        : model.state.list(kind, s.accountId, s.regionId);
    const rows = [];
    for (const r of resources) {
        if (!matchesTags(r.tags, filter))
            continue;
        const id = r.kind === "keypair" && ids.length > 0 && !ids.includes(r.id) ? r.name : r.id;
        for (const [TagKey, TagValue] of Object.entries(r.tags)) {
            rows.push({ ResourceId: id, ResourceType: resourceType, TagKey, TagValue });
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./emulator/services/ecs/tags.ts





const COUNT_NAMES = {
    instance: "Instance",
    disk: "Disk",
    snapshot: "Snapshot",
    image: "Image",
    securitygroup: "Securitygroup",
    keypair: "KeyPair",
};
/** Handlers for the ECS tag actions. */
function tagHandlers(model) {
    const st = model.state;
    function checkTagCount(tags, max = 20) {
        if (tags.length === 0 || tags.length > max) {
            throw new ApiError("InvalidTagCount", "The specified tags are beyond the permitted range.", 400);
        }
    }
    return {
        AddTags(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
            const tags = parseTags(list(p, "Tag"));
            checkTagCount(tags);
            const [r] = resolveAll(model, s, kind, [req(p, "ResourceId")]).map((x) => x);
            tagAll([r], tags);
            return {};
        },
        RemoveTags(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
            const tags = parseTags(list(p, "Tag"));
            const [r] = resolveAll(model, s, kind, [req(p, "ResourceId")]);
            for (const [k, v] of tags)
                if (k in r.tags && (v === "" || r.tags[k] === v))
                    delete r.tags[k];
            if (tags.length === 0)
                untagAll([r], [], true);
            return {};
        },
        DescribeTags(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const type = params_str(p, "ResourceType");
            const kinds = type ? [kindOf(ECS_TAG_TYPES, type)] : Object.values(ECS_TAG_TYPES);
            const id = params_str(p, "ResourceId");
            const filter = parseTags(list(p, "Tag"));
            const counts = new Map();
            for (const kind of kinds) {
                for (const r of st.list(kind, s.accountId, s.regionId)) {
                    if (id !== undefined && r.id !== id)
                        continue;
                    if (!matchesTags(r.tags, filter))
                        continue;
                    for (const [k, v] of Object.entries(r.tags)) {
                        const key = `${k}\u0000${v}`;
                        const entry = counts.get(key) ?? { key: k, value: v, count: {} };
                        entry.count[COUNT_NAMES[kind]] = (entry.count[COUNT_NAMES[kind]] ?? 0) + 1;
                        counts.set(key, entry);
                    }
                }
            }
            const page = paginate(p, [...counts.values()], 50, 100);
            return {
                TotalCount: page.totalCount,
                PageNumber: page.pageNumber,
                PageSize: page.pageSize,
                Tags: {
                    Tag: page.items.map((e) => ({
                        TagKey: e.key,
                        TagValue: e.value,
                        ResourceTypeCount: {
                            Instance: 0,
                            Disk: 0,
                            Volume: 0,
                            Image: 0,
                            Snapshot: 0,
                            Securitygroup: 0,
                            LaunchTemplate: 0,
                            Eni: 0,
                            Ddh: 0,
                            KeyPair: 0,
                            SnapshotPolicy: 0,
                            ReservedInstance: 0,
                            ...e.count,
                        },
                    })),
                },
            };
        },
        TagResources(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
            const ids = list(p, "ResourceId").map(String);
            if (ids.length > 50)
                throw new ApiError("NumberExceed.ResourceIds", "The ResourceIds parameter's number is exceed , Valid : 50.", 400);
            const tags = parseTags(list(p, "Tag"));
            if (tags.length > 20)
                throw new ApiError("NumberExceed.Tags", "The Tags parameter's number is exceed , Valid : 20.", 400);
            tagAll(resolveAll(model, s, kind, ids), tags);
            return {};
        },
        UntagResources(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const kind = kindOf(ECS_TAG_TYPES, req(p, "ResourceType"));
            const ids = list(p, "ResourceId").map(String);
            const keys = list(p, "TagKey").map(String);
            const all = params_bool(p, "All") ?? false;
            if (all && keys.length > 0) {
                throw new ApiError("Param.Conflict", "The specified all is true, but the specified TagKey.N is not empty.", 403);
            }
            untagAll(resolveAll(model, s, kind, ids), keys, all);
            return {};
        },
        ListTagResources(request) {
            const p = request.params;
            const s = scopeOf(model, request);
            const ids = list(p, "ResourceId").map(String);
            const tags = parseTags(list(p, "Tag"));
            const tagFilter = list(p, "TagFilter");
            if (tags.length > 0 && tagFilter.length > 0) {
                throw new ApiError("InvalidTags.MalFormed", "The tags must be empty, when the tagFilters is not empty.", 400);
            }
            if (ids.length === 0 && tags.length === 0 && tagFilter.length === 0) {
                throw new ApiError("BothEmpty.TagsAndResources", "The specified Tags and ResourcesIds are not allow to both empty.", 403);
            }
            let rows = tagRows(model, s, ECS_TAG_TYPES, req(p, "ResourceType"), ids, tags);
            for (const f of tagFilter) {
                const values = (f.TagValues ?? []).map(String);
                const ok = new Set(rows
                    .filter((r) => r.TagKey === f.TagKey && (values.length === 0 || values.includes(r.TagValue)))
                    .map((r) => r.ResourceId));
                rows = rows.filter((r) => ok.has(r.ResourceId));
            }
            const page = tokenPage(p, rows, 50, 50, {
                code: "Invalid.NextToken",
                message: "The specified NextToken is not valid.",
                status: 403,
            });
            return { NextToken: page.nextToken, TagResources: { TagResource: page.items } };
        },
    };
}

;// CONCATENATED MODULE: ./emulator/services/ecs/index.ts









/** Builds the ECS service on a model. */
function ecsService(model) {
    return {
        product: "Ecs",
        version: "2014-05-26",
        actions: withTick(model, {
            ...regionHandlers(model),
            ...imageHandlers(model),
            ...keyPairHandlers(model),
            ...securityGroupHandlers(model),
            ...instanceHandlers(model),
            ...storageHandlers(model),
            ...tagHandlers(model),
            ...networkHandlers(model, "ecs"),
        }),
    };
}

;// CONCATENATED MODULE: ./emulator/services/vpc/index.ts
/** The VPC service (2016-04-28): VPCs, vSwitches, EIPs, their tags, regions and zones. */








/** Builds the VPC service on a model. */
function vpcService(model) {
    const st = model.state;
    const untag = (request) => {
        const p = request.params;
        const s = scopeOf(model, request);
        const kind = kindOf(VPC_TAG_TYPES, req(p, "ResourceType"));
        untagAll(resolveAll(model, s, kind, list(p, "ResourceId").map(String)), list(p, "TagKey").map(String), params_bool(p, "All") ?? false);
        return {};
    };
    return {
        product: "Vpc",
        version: "2016-04-28",
        actions: withTick(model, {
            ...networkHandlers(model, "vpc"),
            DescribeRegions() {
                return {
                    Regions: {
                        Region: st.catalog.regions.map((r) => ({
                            RegionId: r.regionId,
                            LocalName: r.localName,
                            RegionEndpoint: vpcEndpoint(r.regionId),
                        })),
                    },
                };
            },
            DescribeZones(request) {
                const region = st.region(req(request.params, "RegionId"));
                return {
                    Zones: {
                        Zone: zonesOf(st.catalog, region.regionId).map((z) => ({
                            ZoneId: z,
                            LocalName: zoneLocalName(region, z),
                            ZoneType: "AvailabilityZone",
                        })),
                    },
                };
            },
            TagResources(request) {
                const p = request.params;
                const s = scopeOf(model, request);
                const kind = kindOf(VPC_TAG_TYPES, req(p, "ResourceType"));
                const tags = parseTags(list(p, "Tag"));
                if (tags.length === 0)
                    throw new ApiError("InvalidTagCount", "The specified tags are beyond the permitted range.", 400);
                tagAll(resolveAll(model, s, kind, list(p, "ResourceId").map(String)), tags);
                return {};
            },
            UnTagResources: untag,
            // The brief's name for it; the VPC API spells it UnTagResources.
            UntagResources: untag,
            ListTagResources(request) {
                const p = request.params;
                const s = scopeOf(model, request);
                const rows = tagRows(model, s, VPC_TAG_TYPES, req(p, "ResourceType"), list(p, "ResourceId").map(String), parseTags(list(p, "Tag")));
                const page = tokenPage(p, rows, 50, 50);
                return { NextToken: page.nextToken, TagResources: { TagResource: page.items } };
            },
        }),
    };
}

;// CONCATENATED MODULE: ./emulator/services/index.ts



function oracle(faults) {
    if (!faults)
        return undefined;
    const ask = (effect) => (q) => !!faults.queryResourceFault(effect, {
        kind: q.transition.split(".")[0],
        id: q.resourceId,
        transition: q.transition,
    });
    return { stuck: ask("stuck"), fail: ask("fail") };
}
/** Creates the ECS and VPC services over a fresh model. */
function createCloudServices(opts) {
    const model = createModel({
        profile: opts.profile,
        catalog: opts.catalog,
        accounts: opts.accounts ?? (opts.identity ? (id) => opts.identity.accountIds().includes(id) : undefined),
        clock: opts.clock,
        defaultRegion: opts.region,
        faults: oracle(opts.faults),
    });
    return {
        services: [ecsService(model), vpcService(model)],
        model,
        dump: () => model.dump(),
        leakCheck: (filter) => model.leakCheck(filter),
        close: () => model.close(),
        stop: () => model.close(),
    };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./emulator/wire/listener.ts
/**
 * One TCP port for plain HTTP and HTTPS: the first byte of a connection tells a TLS handshake
 * (0x16) from an HTTP request, and the socket goes to the matching server.
 */



/** A dual-protocol listener around a request handler and a CONNECT handler. */
class DualListener {
    http;
    https;
    tcp;
    sockets = new Set();
    constructor(handler, connect, tls) {
        const serverOpts = { keepAliveTimeout: 65_000, headersTimeout: 66_000, requestTimeout: 0 };
        this.http = external_node_http_default().createServer(serverOpts, handler);
        this.http.on("connect", connect);
        if (tls) {
            this.https = external_node_https_default().createServer({ ...serverOpts, cert: tls.cert, key: tls.key }, handler);
            this.https.on("connect", connect);
            this.https.on("tlsClientError", (_err, socket) => socket.destroy());
        }
        this.tcp = external_node_net_default().createServer((socket) => {
            this.sockets.add(socket);
            socket.on("close", () => this.sockets.delete(socket));
            socket.on("error", () => socket.destroy());
            socket.once("data", (first) => {
                socket.pause();
                socket.unshift(first);
                const target = first[0] === 0x16 && this.https ? this.https : this.http;
                target.emit("connection", socket);
                process.nextTick(() => socket.resume());
            });
        });
    }
    /** Listens; resolves to the bound port. */
    listen(port, host) {
        return new Promise((resolve, reject) => {
            this.tcp.once("error", reject);
            this.tcp.listen(port, host, () => resolve(this.tcp.address().port));
        });
    }
    /** Closes the port and every open connection. */
    async close() {
        for (const s of this.sockets)
            s.destroy();
        this.http.closeAllConnections();
        await new Promise((resolve) => this.tcp.close(() => resolve()));
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./emulator/data/ecs.json
const data_ecs_namespaceObject = /*#__PURE__*/JSON.parse('{"product":"Ecs","version":"2014-05-26","endpoints":[{"regionId":"cn-qingdao","endpoint":"ecs.cn-qingdao.aliyuncs.com"},{"regionId":"cn-beijing","endpoint":"ecs.cn-beijing.aliyuncs.com"},{"regionId":"cn-zhangjiakou","endpoint":"ecs.cn-zhangjiakou.aliyuncs.com"},{"regionId":"cn-zhengzhou-jva","endpoint":"ecs.cn-zhengzhou-jva.aliyuncs.com"},{"regionId":"cn-huhehaote","endpoint":"ecs.cn-huhehaote.aliyuncs.com"},{"regionId":"cn-wulanchabu","endpoint":"ecs.cn-wulanchabu.aliyuncs.com"},{"regionId":"cn-hangzhou","endpoint":"ecs.cn-hangzhou.aliyuncs.com"},{"regionId":"cn-shanghai","endpoint":"ecs.cn-shanghai.aliyuncs.com"},{"regionId":"cn-nanjing","endpoint":"ecs.cn-nanjing.aliyuncs.com"},{"regionId":"cn-fuzhou","endpoint":"ecs.cn-fuzhou.aliyuncs.com"},{"regionId":"cn-shenzhen","endpoint":"ecs.cn-shenzhen.aliyuncs.com"},{"regionId":"cn-heyuan","endpoint":"ecs.cn-heyuan.aliyuncs.com"},{"regionId":"cn-guangzhou","endpoint":"ecs.cn-guangzhou.aliyuncs.com"},{"regionId":"cn-chengdu","endpoint":"ecs.cn-chengdu.aliyuncs.com"},{"regionId":"cn-wuhan-lr","endpoint":"ecs.cn-wuhan-lr.aliyuncs.com"},{"regionId":"cn-hongkong","endpoint":"ecs.cn-hongkong.aliyuncs.com"},{"regionId":"ap-northeast-1","endpoint":"ecs.ap-northeast-1.aliyuncs.com"},{"regionId":"ap-northeast-2","endpoint":"ecs.ap-northeast-2.aliyuncs.com"},{"regionId":"ap-southeast-1","endpoint":"ecs.ap-southeast-1.aliyuncs.com"},{"regionId":"ap-southeast-2","endpoint":"ecs.ap-southeast-2.aliyuncs.com"},{"regionId":"ap-southeast-3","endpoint":"ecs.ap-southeast-3.aliyuncs.com"},{"regionId":"ap-southeast-5","endpoint":"ecs.ap-southeast-5.aliyuncs.com"},{"regionId":"ap-southeast-6","endpoint":"ecs.ap-southeast-6.aliyuncs.com"},{"regionId":"us-east-1","endpoint":"ecs.us-east-1.aliyuncs.com"},{"regionId":"us-west-1","endpoint":"ecs.us-west-1.aliyuncs.com"},{"regionId":"eu-west-1","endpoint":"ecs.eu-west-1.aliyuncs.com"},{"regionId":"eu-central-1","endpoint":"ecs.eu-central-1.aliyuncs.com"},{"regionId":"ap-south-1","endpoint":"ecs.ap-south-1.aliyuncs.com"},{"regionId":"me-east-1","endpoint":"ecs.me-east-1.aliyuncs.com"},{"regionId":"cn-hangzhou-finance","endpoint":"ecs.aliyuncs.com"},{"regionId":"cn-shanghai-finance-1","endpoint":"ecs.cn-shanghai-finance-1.aliyuncs.com"},{"regionId":"cn-shenzhen-finance-1","endpoint":"ecs-cn-hangzhou.aliyuncs.com"},{"regionId":"ap-southeast-7","endpoint":"ecs.ap-southeast-7.aliyuncs.com"},{"regionId":"cn-beijing-finance-1","endpoint":"ecs.cn-beijing-finance-1.aliyuncs.com"},{"regionId":"me-central-1","endpoint":"ecs.me-central-1.aliyuncs.com"},{"regionId":"cn-heyuan-acdr-1","endpoint":"ecs.cn-heyuan-acdr-1.aliyuncs.com"},{"regionId":"na-south-1","endpoint":"ecs.na-south-1.aliyuncs.com"},{"regionId":"us-southeast-1","endpoint":"ecs.us-southeast-1.aliyuncs.com"}],"actions":{"DescribeRegions":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":false}},{"name":"AcceptLanguage","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"Regions":{"type":"object","itemNode":true,"properties":{"Region":{"type":"array","items":{"type":"object","properties":{"Status":{"type":"string"},"RegionEndpoint":{"type":"string"},"LocalName":{"type":"string"},"RegionId":{"type":"string"}}}}}}}},"errorCodes":{"403":[{"code":"Unauthorized.EmptyRegion","message":"The specified account has no access authority to any region."},{"code":"Invalid.InstanceChargeType","message":"The specified instanceChargeType is not valid."}],"404":[{"code":"InvalidAcceptLanguage.NotFound","message":"Only Chinese (zh-CN), English (en-US), and Japanese (ja) are allowed."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}]}},"DescribeZones":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Verbose","in":"query","schema":{"type":"boolean","required":false,"default":"true"}},{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"SpotStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"AcceptLanguage","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"Zones":{"type":"object","itemNode":true,"properties":{"Zone":{"type":"array","items":{"type":"object","properties":{"ZoneId":{"type":"string"},"ZoneType":{"type":"string"},"LocalName":{"type":"string"},"AvailableResources":{"type":"object","itemNode":true,"properties":{"ResourcesInfo":{"type":"array","items":{"type":"object","properties":{"IoOptimized":{"type":"boolean"},"SystemDiskCategories":{"type":"object","itemNode":true,"properties":{"supportedSystemDiskCategory":{"type":"array","items":{"type":"string"}}}},"InstanceGenerations":{"type":"object","itemNode":true,"properties":{"supportedInstanceGeneration":{"type":"array","items":{"type":"string"}}}},"DataDiskCategories":{"type":"object","itemNode":true,"properties":{"supportedDataDiskCategory":{"type":"array","items":{"type":"string"}}}},"InstanceTypes":{"type":"object","itemNode":true,"properties":{"supportedInstanceType":{"type":"array","items":{"type":"string"}}}},"InstanceTypeFamilies":{"type":"object","itemNode":true,"properties":{"supportedInstanceTypeFamily":{"type":"array","items":{"type":"string"}}}},"NetworkTypes":{"type":"object","itemNode":true,"properties":{"supportedNetworkCategory":{"type":"array","items":{"type":"string"}}}}}}}}},"AvailableResourceCreation":{"type":"object","itemNode":true,"properties":{"ResourceTypes":{"type":"array","items":{"type":"string"}}}},"DedicatedHostGenerations":{"type":"object","itemNode":true,"properties":{"DedicatedHostGeneration":{"type":"array","items":{"type":"string"}}}},"AvailableInstanceTypes":{"type":"object","itemNode":true,"properties":{"InstanceTypes":{"type":"array","items":{"type":"string"}}}},"AvailableDiskCategories":{"type":"object","itemNode":true,"properties":{"DiskCategories":{"type":"array","items":{"type":"string"}}}},"AvailableDedicatedHostTypes":{"type":"object","itemNode":true,"properties":{"DedicatedHostType":{"type":"array","items":{"type":"string"}}}},"AvailableVolumeCategories":{"type":"object","itemNode":true,"properties":{"VolumeCategories":{"type":"array","items":{"type":"string"}}}}}}}}}}},"errorCodes":{"400":[{"code":"InvalidSpotStrategy","message":"The specified SpotStrategy is not valid."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified RegionId does not exist."},{"code":"InvalidRegion.NotFound","message":"The specified parameter RegionId is not valid."},{"code":"InvalidInstanceChargeType.NotFound","message":"The InstanceChargeType does not exist in our records."},{"code":"InvalidAcceptLanguage.NotFound","message":"Only Chinese (zh-CN), English (en-US), and Japanese (ja) are allowed."}]}},"DescribeAvailableResource":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"SpotStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"SpotDuration","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"6","minimum":"0"}},{"name":"DestinationResource","in":"query","schema":{"type":"string","required":true}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"IoOptimized","in":"query","schema":{"type":"string","required":false}},{"name":"DedicatedHostId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDiskCategory","in":"query","schema":{"type":"string","required":false}},{"name":"DataDiskCategory","in":"query","schema":{"type":"string","required":false}},{"name":"NetworkCategory","in":"query","schema":{"type":"string","required":false}},{"name":"Cores","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"Memory","in":"query","schema":{"type":"number","format":"float","required":false}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":false}},{"name":"Scope","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"AvailableZones":{"type":"object","itemNode":true,"properties":{"AvailableZone":{"type":"array","items":{"type":"object","properties":{"ZoneId":{"type":"string"},"Status":{"type":"string"},"StatusCategory":{"type":"string"},"RegionId":{"type":"string"},"AvailableResources":{"type":"object","itemNode":true,"properties":{"AvailableResource":{"type":"array","items":{"type":"object","properties":{"Type":{"type":"string"},"SupportedResources":{"type":"object","itemNode":true,"properties":{"SupportedResource":{"type":"array","items":{"type":"object","properties":{"Status":{"type":"string"},"Value":{"type":"string"},"Max":{"type":"integer","format":"int32"},"Unit":{"type":"string"},"StatusCategory":{"type":"string"},"Min":{"type":"integer","format":"int32"}}}}}}}}}}}}}}}}}},"errorCodes":{"400":[{"code":"Invalid.InstanceChargeType","message":"The specified InstanceChargeType is not valid."},{"code":"Invalid.Param","message":"The input parameter DestinationResource that is mandatory for processing this request is not supplied."},{"code":"InvalidRegionId.MalFormed","message":"The specified parameter RegionId is not valid."}],"403":[{"code":"InvalidDedicatedHostId.NotFound","message":"The specified DedicatedHostId does not exist."},{"code":"InvalidParam.TypeAndCpuMem.Conflict","message":"The specified \'InstanceType\' and \'Cores\',\'Memory\' are not blank at the same time."},{"code":"InvalidParam.Cores","message":"The specified parameter \'Cores\' should be empty."},{"code":"InvalidParam.Memory","message":"The specified parameter \'Memory\' should be empty."},{"code":"InvalidParameter.Scope","message":"The specified parameter Scope is invalid."},{"code":"OperationDenied.RegionIdNotSupported","message":"The region does not support preemptible instances."},{"code":"OperationDenied.FlavorNotSupported","message":"The flavor does not support preemptible instances."},{"code":"OperationDenied.TimestampNotSupported","message":"Preemptible instances are not for sale for current time."},{"code":"InvalidParameter.ResourceOwnerId","message":"The specified parameter ResourceOwnerId is not available anymore."}],"404":[{"code":"Invalid.RegionId","message":"The specified RegionId does not exist."},{"code":"Unavailable.Regions","message":"The available region does not exist."},{"code":"Invalid.ResourceType","message":"The ResourceType provided does not exist in our records."},{"code":"Invalid.DestinationResource","message":"The specified DestinationResource is not valid."},{"code":"Invalid.IoOptimized","message":"The specified IoOptimized is not valid."},{"code":"Invalid.NetworkCategory","message":"The specified NetworkCategory is not valid."},{"code":"Invalid.SpotStrategy","message":"The specified SpotStrategy is not valid."},{"code":"Invalid.NetworkType","message":"The specified NetworkType is not valid."},{"code":"InvalidResourceId.NotFound","message":"The specified ResourceId is not found in our records."},{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"InvalidDedicatedHostId.NotFound","message":"The specified Dedicated Host does not exist."}]}},"DescribeImages":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Status","in":"query","schema":{"type":"string","required":false,"default":"Available"}},{"name":"ImageId","in":"query","schema":{"type":"string","required":false}},{"name":"ShowExpired","in":"query","schema":{"type":"boolean","required":false,"default":"false"}},{"name":"SnapshotId","in":"query","schema":{"type":"string","required":false}},{"name":"ImageName","in":"query","schema":{"type":"string","required":false}},{"name":"ImageFamily","in":"query","schema":{"type":"string","required":false}},{"name":"ImageOwnerAlias","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"IsSupportIoOptimized","in":"query","schema":{"type":"boolean","required":false}},{"name":"IsSupportCloudinit","in":"query","schema":{"type":"boolean","required":false}},{"name":"OSType","in":"query","schema":{"type":"string","required":false}},{"name":"Architecture","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}},{"name":"Usage","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"ActionType","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"Filter","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":10}},{"name":"IsPublic","in":"query","schema":{"type":"boolean","required":false}},{"name":"ImageOwnerId","in":"query","schema":{"type":"integer","format":"int64","required":false}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"PageNumber":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"TotalCount":{"type":"integer","format":"int32"},"RegionId":{"type":"string"},"Images":{"type":"object","itemNode":true,"properties":{"Image":{"type":"array","items":{"type":"object","properties":{"CreationTime":{"type":"string"},"Status":{"type":"string"},"ImageFamily":{"type":"string"},"Progress":{"type":"string"},"IsCopied":{"type":"boolean"},"IsSupportIoOptimized":{"type":"boolean"},"ImageOwnerAlias":{"type":"string"},"IsSupportCloudinit":{"type":"boolean"},"ImageVersion":{"type":"string"},"Usage":{"type":"string"},"IsSelfShared":{"type":"string"},"Description":{"type":"string"},"Size":{"type":"integer","format":"int32"},"ResourceGroupId":{"type":"string"},"Platform":{"type":"string"},"OSNameEn":{"type":"string"},"ImageName":{"type":"string"},"OSName":{"type":"string"},"ImageId":{"type":"string"},"OSType":{"type":"string"},"IsSubscribed":{"type":"boolean"},"ProductCode":{"type":"string"},"Architecture":{"type":"string"},"BootMode":{"type":"string"},"DiskDeviceMappings":{"type":"object","itemNode":true,"properties":{"DiskDeviceMapping":{"type":"array","items":{"type":"object","properties":{"Type":{"type":"string"},"ImportOSSBucket":{"type":"string"},"Progress":{"type":"string"},"SnapshotId":{"type":"string"},"ImportOSSObject":{"type":"string"},"Device":{"type":"string"},"Size":{"type":"string"},"RemainTime":{"type":"integer","format":"int32"},"Format":{"type":"string"},"Encrypted":{"type":"boolean"}}}}}},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"}}}}}},"IsPublic":{"type":"boolean"},"ImageOwnerId":{"type":"integer","format":"int64"},"LoginAsNonRootSupported":{"type":"boolean"},"SupplierName":{"type":"string"},"DetectionOptions":{"type":"object","properties":{"Status":{"type":"string"},"Items":{"type":"object","itemNode":true,"properties":{"Item":{"type":"array","items":{"type":"object","properties":{"Name":{"type":"string"},"Value":{"type":"string"},"RiskLevel":{"type":"string"},"RiskCode":{"type":"string"}}}}}}}},"Features":{"type":"object","properties":{"NvmeSupport":{"type":"string"},"ImdsSupport":{"type":"string"},"CpuOnlineUpgrade":{"type":"string"},"CpuOnlineDowngrade":{"type":"string"},"MemoryOnlineUpgrade":{"type":"string"},"MemoryOnlineDowngrade":{"type":"string"}}},"LicenseType":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidImageOwnerAlias.ValueNotSupported","message":"The specified ImageOwnerAlias value is not supported."},{"code":"InvalidParamter","message":"Invalid Parameter."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified instance type %s does not exist. You can use the DescribeInstanceTypes API to query the available instance types."},{"code":"InvalidFilterValue.NetworkType","message":"The specified networkType value in the Filter is invalid."},{"code":"InvalidOperation.ImageOwnerIdUnsupported","message":"The parameter \\"ImageOwnerId\\" is not supported in this context, it is only valid when querying shared images or community images."},{"code":"InvalidImageOwnerAlias.PublicImageUnsupported","message":"When querying images, the parameter ImageOwnerAlias should be others while specified parameter IsPublic is true."}],"403":[{"code":"CurrentAccount.NotSupportPublicImage","message":"Public image is not supported for current account."}],"404":[{"code":"InvalidFilterKey.NotFound","message":"The specified Filter Key is not found."},{"code":"InvalidFilterValue","message":"The specified Filter Value is not valid."},{"code":"InvalidUsage","message":"The specified Usage is not valid."},{"code":"InvalidOSType","message":"The specified OSType is not valid."},{"code":"InvalidArchitecture","message":"The specified Architecture is not valid."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeImageFromFamily":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageFamily","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"Image":{"type":"object","properties":{"CreationTime":{"type":"string"},"Status":{"type":"string"},"ImageFamily":{"type":"string"},"Progress":{"type":"string"},"IsCopied":{"type":"boolean"},"IsSupportIoOptimized":{"type":"boolean"},"ImageOwnerAlias":{"type":"string"},"IsSupportCloudinit":{"type":"boolean"},"ImageVersion":{"type":"string"},"Usage":{"type":"string"},"IsSelfShared":{"type":"string"},"Description":{"type":"string"},"Size":{"type":"integer","format":"int32"},"Platform":{"type":"string"},"ImageName":{"type":"string"},"OSName":{"type":"string"},"ImageId":{"type":"string"},"OSType":{"type":"string"},"IsSubscribed":{"type":"boolean"},"ProductCode":{"type":"string"},"Architecture":{"type":"string"},"DiskDeviceMappings":{"type":"object","itemNode":true,"properties":{"DiskDeviceMapping":{"type":"array","items":{"type":"object","properties":{"Type":{"type":"string"},"ImportOSSBucket":{"type":"string"},"SnapshotId":{"type":"string"},"ImportOSSObject":{"type":"string"},"Size":{"type":"string"},"Device":{"type":"string"},"Format":{"type":"string"}}}}}},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"}}}}}}}}}},"errorCodes":{"403":[{"code":"InvalidUser.Unauthorized","message":"The user is not authorized."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist."}]}},"CreateImage":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"SnapshotId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"ImageName","in":"query","schema":{"type":"string","required":false}},{"name":"ImageFamily","in":"query","schema":{"type":"string","required":false}},{"name":"ImageVersion","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"Platform","in":"query","schema":{"type":"string","required":false}},{"name":"BootMode","in":"query","schema":{"type":"string","required":false}},{"name":"Architecture","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"DiskDeviceMapping","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"SnapshotId":{"type":"string","required":false},"Size":{"type":"integer","format":"int32","required":false},"Device":{"type":"string","required":false},"DiskType":{"type":"string","required":false}},"required":false},"required":false,"maxItems":17}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"DetectionStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"Features","in":"query","style":"flat","schema":{"type":"object","properties":{"ImdsSupport":{"type":"string","required":false}},"required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"ImageId":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidImageName.Malformed","message":"The specified Image name is wrongly formed."},{"code":"InvalidImageName.Duplicated","message":"The specified image name is already in use."},{"code":"InvalidDescription.Malformed","message":"The specified description is wrongly formed."},{"code":"InvalidImageVersion.Malformed","message":"The specified ImageVersion is wrongly formed."},{"code":"IncorrectInstanceStatus","message":"The current status of the instance does not support this operation."},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"InvalidDevice.Malformed","message":"The specified parameter DiskDeviceMapping.n.Device is not valid."},{"code":"MissingParameter","message":"The input parameter SnapshotId or InstanceId or DiskDeviceMapping that is mandatory for processing this request is not supplied."},{"code":"InvalidSize.ValueNotSupported","message":"The specified parameter DiskDeviceMapping.n.Size beyond the permitted range."},{"code":"InvalidDevice.InUse","message":"The specified parameter DiskDeviceMapping.n.Device has been occupied."},{"code":"OperationDenied","message":"The specified parameter DiskDeviceMapping.n.SnapshotId does not contain system disk snapshot."},{"code":"InvalidDiskCategory.CreateImage","message":"The specified diskCategory is not allowed to create image."},{"code":"InvalidArchitecture.Malformed","message":"The specified Architecture is wrongly formed."},{"code":"InvalidPlatform.Malformed","message":"The specified Platform is wrongly formed."},{"code":"InvalidParameter.AllEmpty","message":"%s"},{"code":"InvalidParameter.DiskType","message":"The specified disk type which has kms key can\'t convert to system disk."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"InvalidInstance.NotFoundSystemDisk","message":"The specified instance does not have system disk."},{"code":"InvalidImageFamily.Malformed","message":"The format of the specified image family is invalid."},{"code":"ImageQuotaExceed.ImageFamily","message":"The specified image family exceeds the maximum number of images for one image family."},{"code":"ImageFamilyQuotaExceed","message":"The number of image families exceeds the limit in the region."},{"code":"InvalidDiskType.ValueNotSupported","message":"The specified disk type is not supported."},{"code":"IdempotenceParamNotMatch","message":"Request uses a client token in a previous request but is not identical to that request."},{"code":"InvalidBootMode.NotSupport","message":"The specified parameter BootMode is not supported for current image architecture."},{"code":"InvalidParameter.FeaturesImdsSupport","message":"The specified parameter Features.ImdsSupport is not supported."},{"code":"InvalidOperation.DiskCategoryUnsupported","message":"The current category of the disk does not support this operation."},{"code":"AccountForbidden.CreateOrder","message":"Order cannot be created due to abnormal account."},{"code":"InvalidBootMode.Malformed","message":"The specified parameter BootMode is invalid. Valid options are BIOS, UEFI, and UEFI-Preferred."},{"code":"InvalidDetectionStrategy.Malformed","message":"The specified value for parameter DetectionStrategy is not supported. Please refer to the documentation for accepted values."}],"403":[{"code":"IncorrectDiskStatus.NeverAttached","message":"The specified disk has never been attached to instance."},{"code":"InvalidSnapshotId.NotReady","message":"The current status of the DiskDeviceMapping.n.SnapshotId or SnapshotId does not support this operation."},{"code":"InvalidSnapshot.TooOld","message":"This operation is denied because the specified snapshot by DiskDeviceMapping.n.SnapshotId or SnapshotId is created before 2013-07-15."},{"code":"OperationDenied","message":"The specified snapshot is not allowed to create image."},{"code":"QuotaExceed.Image","message":"The Image Quota exceeds."},{"code":"InvalidParamter.Conflict","message":"The specified same token is trying to make requests with different parameters."},{"code":"InvalidAccountStatus.NotEnoughBalance","message":"Your account does not have enough balance."},{"code":"InvalidAccountStatus.SnapshotServiceUnavailable","message":"Snapshot service has not been opened yet."},{"code":"UserNotInTheWhiteList","message":"The user is not in the white list of create image by data disk snapshot."},{"code":"IncorrectDiskStatus.Invalid","message":"Device status is invalid, please restart instance and try again."},{"code":"OperationDenied.InvalidSnapshotCategory","message":"%s"},{"code":"QuotaExceed.Snapshot","message":"The snapshot quota exceeds."},{"code":"IncorrectDiskStatus.Transferring","message":"The specified device is transferring, you can retry after the process is finished."},{"code":"IncorrectDiskStatus","message":"The current disk status does not support this operation."},{"code":"InvalidSystemSnapshot.Missing","message":"%s"},{"code":"IncorrectDiskStatus.CreatingSnapshot","message":"A previous snapshot creation is in process."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK needs to be added ECS tag."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK needs to be enabled."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"QuotaExceed.Tags","message":"%s"},{"code":"InvalidSnapshotCategory.NotSupportImageCreation","message":"The specified snapshot category does not support create image."},{"code":"TooManySnapshot.Unfinished","message":"There are too many snapshots being created, please wait for them to be created done."},{"code":"HibernationConfigured.InstanceOperationForbidden","message":"The operation is not permitted due to limit of the hibernation configured instance."},{"code":"SnapshotNotReady","message":"The specified snapshot is not ready."},{"code":"IncorrectInstanceStatus.NeedRestart","message":"The instance needs to be restarted after adding a disk in a shutdown status."},{"code":"QuotaExceed.ConcurrentSnapshotQuota","message":"The number of snapshots being created for the disk %s has exceeded the concurrent quota (%s). Please wait for the previous snapshots to complete before trying again."},{"code":"InvalidOperation.SnapshotStorageLocationUnsupported","message":"Snapshots with storage location in CloudBox do not support the current operation."},{"code":"AccountEnterpriseStatusInvalid","message":"Your enterprise registration is marked as revoked/deregistered in the National Enterprise Credit Information Publicity System. Account transaction features (purchase/renewal/recharge) are disabled. Please update real-name certification via Account Center. Restrictions will auto-remove after verification."}],"404":[{"code":"InvalidSnapshotId.NotFound","message":"The specified SnapshotId does not exist."},{"code":"InvalidInstanceId.NotFound","message":"The specified instance %s does not exist."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."}],"500":[{"code":"InternalError","message":"The process of creating snapshot has failed due to some unknown error."}]}},"DeleteImage":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageId","in":"query","schema":{"type":"string","required":true}},{"name":"Force","in":"query","schema":{"type":"boolean","required":false,"default":"false"}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"403":[{"code":"ImageUsingByInstance","message":"The specified image has been used to create instances. You can use the DescribeInstances API to query these instances, or you can use the force parameter to proceed."},{"code":"ImageUseShared","message":"The specified image has been shared to others. You can use the DescribeImageSharePermission API to query the users who have been shared."},{"code":"OperationDenied.ImageCopying","message":"The image is being copied. Please use the CancelCopyImage API."},{"code":"ImageIsImporting","message":"The specified Image is importing."},{"code":"ImageIsExporting","message":"The specified image is currently being exported. You can use the DescribeTasks API to check the status of related tasks and cancel them if needed."},{"code":"ImageIsPublic","message":"You can not delete public image, please modify it to private."}],"404":[{"code":"InvalidImageId.NotFound","message":"The specified ImageId does not exist."}]}},"CopyImage":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"DestinationImageName","in":"query","schema":{"type":"string","required":false}},{"name":"DestinationDescription","in":"query","schema":{"type":"string","required":false}},{"name":"ImageId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"DestinationRegionId","in":"query","schema":{"type":"string","required":false}},{"name":"Encrypted","in":"query","schema":{"type":"boolean","required":false}},{"name":"KMSKeyId","in":"query","schema":{"type":"string","required":false,"maxLength":64}},{"name":"EncryptAlgorithm","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Value":{"type":"string","required":false},"Key":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"ImageId":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidDescription.Malformed","message":"The specified destination description is wrongly formed."},{"code":"SourceRegion.NotFound","message":"The source region not found."},{"code":"DestinationRegion.NotFound","message":"The destination region not found."},{"code":"IncorrectImageStatus","message":"The image not available."},{"code":"InvalidSnapshotId.NotFound","message":"The specified SnapshotId does not exist."},{"code":"InvalidImageName.Duplicated","message":"The specified image name is already in use in the target region. Please try a different one."},{"code":"InvalidParameter.EncryptedIllegal","message":"The specified parameter Encrypted must be true when kmsKeyId is not empty."},{"code":"InvalidEncrypted.NotMatchEncryptAlgorithm","message":"The specified parameter Encrypted must be true when EncryptAlgorithm is not empty."},{"code":"InvalidEncryptAlgorithm","message":"The specified parameter EncryptAlgorithm is not valid."},{"code":"InvalidEncrypted.NotMatchKmsKeyId","message":"The specified parameter Encrypted must be true when KmsKeyId is not empty."},{"code":"OperationDenied.CommunityImage","message":"Community image does not support copy."},{"code":"InvalidImageName.Malformed","message":"The specified destination image name is wrongly formed."},{"code":"InvalidParameter.KmsNotEnabled","message":"The specified operation need enable KMS."},{"code":"OperationDenied.ImageCopyConflict","message":"The same image cannot be copied concurrently. Please wait until the last copy is completed before performing the next operation."},{"code":"Account.Arrearage","message":"Your account has an outstanding payment."}],"401":[{"code":"InvalidAliUid.IsNull","message":"The aliUid must not be null."}],"403":[{"code":"Forbbiden","message":"User not authorized to operate on the specified resource."},{"code":"InvalidOperation.CopyingDataFromThisRegionUnsupported","message":"Data transfer from the current region to other regions is not supported."},{"code":"InvalidOperation.CopyingDataToThisRegionUnsupported","message":"Only Some Regions %s can copy data to this region."},{"code":"QuotaExceed.Image","message":"The number of images exceeds the limit (%s)."},{"code":"QuotaExceed.Snapshot","message":"The snapshot quota exceeds."},{"code":"OperationDenied.ImageCopying","message":"The image is currently being copied. Please try again later."},{"code":"RegionNotSupportCopy","message":"The region not support copy."},{"code":"InvalidSnapshot.TooOld","message":"This operation is denied because the specified snapshot is created before 2013-07-15."},{"code":"OperationDenied","message":"The specified snapshot is not allowed to create image."},{"code":"IncorrectDestinationRegion","message":"The destination region is not equal the target region."},{"code":"OperationDeined.EncryptedSnapshot","message":"The image contains encrypted snapshots, which do not support copying."},{"code":"OperationDenied.SameRegionOnly","message":"The image shared from others can not be copied to another region directly."},{"code":"OperationDenied.NotPublished","message":"The operation is denied because corresponding marketplace image is not published in destination region."},{"code":"OperationDenied.NotAuthorized","message":"The operation is denied because corresponding marketplace image is not authorized to current user."},{"code":"OperationDenied.EncryptSnapshotAcrossRegion","message":"The image do not contain encrypted snapshots, which do not support copying to encrypted ones."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"InvalidRegion.NotSupport","message":"The specified region does not support byok."},{"code":"UserNotInTheWhiteList","message":"The user is not in byok white list."},{"code":"InvalidRegionId.NotSupportEncryptAlgorithm","message":"The current region does not support creating encrypted disks with EncryptAlgorithm."},{"code":"OperationDenied.KmsServiceUnauthorized","message":"The account is not authorized to kms service, please authorize it."},{"code":"OperationDenied.NonCompliantDestinationRegion","message":"The copy operation to the destination region is not in compliance with regulations."},{"code":"InvalidEncrypted.NotMatchDiskDefaultEncryption","message":"The specified parameter Encrypted not match for your account default encryption settings."},{"code":"InvalidParameter.DataEncryptedKeyCreateFailed","message":"Create kms data encrypted key fail. If you need further assistance, you can contact the KMS Technical Support."},{"code":"SizeExceed.Image","message":"The image exceeds the maximum size. You can use the CopySnapshot API to copy your snapshots of the image and then create a new image from them."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK (Customer Master Key) must be in an active state."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK(Customer Master Key) lacks authorization to add tags to the ECS service."},{"code":"InvalidOperation.VhdImageUnsupported","message":"The specified vhd image is not supported for this operation. Please switch to a raw image and retry."},{"code":"InvalidOperation.CloudBoxImageCopyUnsupported","message":"Copying CloudBox images is not supported."}],"404":[{"code":"InvalidImageId.NotFound","message":"The specified ImageId does not exist."},{"code":"InvalidParameter.KMSKeyId.NotFound","message":"The specified KMSKeyId does not exist."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."}],"409":[{"code":"InvalidOperation.Conflict","message":"Request was denied due to conflict with a previous request, please try again later."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error, exception or failure."}]}},"CancelCopyImage":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageId","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"ImageCreatedNotFromCopy","message":"The specified image is not the target image of a copy action."},{"code":"InvalidDescription.Malformed","message":"The specified description is wrongly formed."},{"code":"IncorrectImageStatus","message":"The specified snapshot is not coping."},{"code":"CancelNotSupported","message":"The specified image coping can not be cancelled."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified RegionId does not exist."},{"code":"InvalidImageId.NotFound","message":"The specified ImageId does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"ModifyImageSharePermission":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageId","in":"query","schema":{"type":"string","required":true}},{"name":"LaunchPermission","in":"query","schema":{"type":"string","required":false}},{"name":"AddAccount","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":10}},{"name":"RemoveAccount","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":10}},{"name":"IsPublic","in":"query","schema":{"type":"boolean","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"MissingParameter","message":"The input parameter \\"RegionId\\" that is mandatory for processing this request is not supplied."},{"code":"InvalidGroup.Malformed","message":"The specified Group is wrongly formed."},{"code":"UnnecessaryParameter.LaunchPermission","message":"The specified parameter \\"LaunchPermission\\" is unnecessary if paramter \\"AddAccounts\\" or \\"RemoveAccounts\\" exist."},{"code":"InvalidParameter.LaunchPermission","message":"The specified parameter \\"LaunchPermission\\" is invalid."},{"code":"ForbiddenParameter.LaunchPermission","message":"The specified parameter \\"LaunchPermission\\" is forbidden for current account."}],"403":[{"code":"AssumeRoleError","message":"Requires a RAM role of AliyunECSShareEncryptImageDefaultRole before sharing encrypted image."},{"code":"ImageDescription.ContainsSensitiveWords","message":"The specified image description contains sensitive words."},{"code":"ImageName.ContainsSensitiveWords","message":"The specified image name contains sensitive words."},{"code":"Image.Public","message":"The specified image is public image."},{"code":"CurrentRegion.NotSupportPublicImage","message":"Public image is not supported for current region."},{"code":"Image.NotPublic","message":"The specified image is not public image."},{"code":"OperationDeined.FullImage","message":"The encrypted image contains multiple snapshots, which do not support share."},{"code":"QuotaExceed.ShareImage","message":"The shared Image Quota exceeds."},{"code":"QuotaExceed.ShareImageUser","message":"The shared Image user Quota exceeds."},{"code":"InvalidImageId.BidMismatch","message":"Cannot share the image with users %s of other sites."},{"code":"OperationDeined.EncryptedSnapshot","message":"The image contains encrypted snapshots, which do not support share."},{"code":"OperationDenied.InvalidImageStatus","message":"The specified image cannot be shared when it is deprecated."},{"code":"PublicImageAgreement.NotSigned","message":"The current account has not signed \\"Community Image Terms of Service\\"."},{"code":"InvalidParameter.IsPublic","message":"The specified parameter IsPublic is conflicted with other parameters."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK(Customer Master Key) lacks authorization to add tags to the ECS service."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK (Customer Master Key) must be in an active state."},{"code":"InvalidOperation.ServiceKeyEncryptedImageUnsupported","message":"The specified service key encrypted image is not supported for this operation. Please switch to a CMK (Customer Master Key) encrypted image and retry."}],"404":[{"code":"InvalidImageId.NotFound","message":"The specified ImageId does not exist."},{"code":"InvalidAccount.NotFound","message":"The specified account %s in parameter \\"AddAccount.n\\" or \\"RemoveAccount.n\\" does not exist."},{"code":"InvalidAccount.Forbbiden","message":"The specified Account does not yourself."}]}},"DescribeImageSharePermission":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageId","in":"query","schema":{"type":"string","required":true}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"PageSize":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"ImageId":{"type":"string"},"RegionId":{"type":"string"},"ShareGroups":{"type":"object","itemNode":true,"properties":{"ShareGroup":{"type":"array","items":{"type":"object","properties":{"Group":{"type":"string"}}}}}},"Accounts":{"type":"object","itemNode":true,"properties":{"Account":{"type":"array","items":{"type":"object","properties":{"AliyunId":{"type":"string"},"SharedTime":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"MissingParameter","message":"The input parameter  \\"RegionId \\"that is mandatory for processing this request is not supplied."}],"404":[{"code":"InvalidImageId.NotFound","message":"The specified image %s does not exist."}]}},"CreateKeyPair":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"PrivateKeyBody":{"type":"string"},"KeyPairName":{"type":"string"},"KeyPairId":{"type":"string"},"RequestId":{"type":"string"},"KeyPairFingerPrint":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidKeyPairName.Malformed","message":"Specified Key Pair name is not valid."},{"code":"KeyPair.AlreadyExist","message":"The key pair already exist."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."}],"403":[{"code":"QuotaExceed.KeyPair","message":"The key pair quota exceeds."},{"code":"QuotaExceed.Tags","message":"%s"}],"404":[{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."}]}},"ImportKeyPair":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":true}},{"name":"PublicKeyBody","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"KeyPairName":{"type":"string"},"KeyPairFingerPrint":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidKeyPairName.Malformed","message":"Specified Key Pair name is not valid."},{"code":"InvalidPublicKeyBody.Malformed","message":"The PublicKeyBody format is not supported."},{"code":"MissingParameter","message":"The input parameter \\"PublicKeyBody\\" that is mandatory for processing this request is not supplied."},{"code":"KeyPair.AlreadyExist","message":"The key pair already exist."}],"403":[{"code":"QuotaExceed.KeyPair","message":"The key pair quota exceeds."}],"404":[{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DeleteKeyPairs":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"KeyPairNames","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"MissingParameter","message":"The input parameter \\"KeyPairNames\\" that is mandatory for processing this request is not supplied."},{"code":"InvalidKeyPairNames.ValueNotSupported","message":"The specified parameter \\"KeyPairNames\\" is not valid."},{"code":"InvalidParameter.KeypairAlreadyAttachedInstance","message":"The specified parameter \\"KeyPairNames\\" attached to instances can not be deleted."}],"403":[{"code":"InstanceKeyPairLimitExceeded","message":"Exceeding the allowed amount of instance which will be deleted."}]}},"DescribeKeyPairs":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":false}},{"name":"KeyPairFingerPrint","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"50","minimum":"1"}},{"name":"IncludePublicKey","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"KeyPairs":{"type":"object","itemNode":true,"properties":{"KeyPair":{"type":"array","items":{"type":"object","properties":{"CreationTime":{"type":"string"},"KeyPairName":{"type":"string"},"KeyPairFingerPrint":{"type":"string"},"ResourceGroupId":{"type":"string"},"PublicKey":{"type":"string"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"}}}}}}}}}}}}},"errorCodes":{}},"AttachKeyPair":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceIds","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"KeyPairName":{"type":"string"},"RequestId":{"type":"string"},"TotalCount":{"type":"string"},"FailCount":{"type":"string"},"Results":{"type":"object","itemNode":true,"properties":{"Result":{"type":"array","items":{"type":"object","properties":{"Code":{"type":"string"},"Message":{"type":"string"},"InstanceId":{"type":"string"},"Success":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidKeyPairName.NotFound","message":"The specified KeyPairName does not exist in our records."},{"code":"InvalidInstanceIds.ValueNotSupported","message":"The specified parameter InstanceIds is not valid."},{"code":"DependencyViolation.IoOptimize","message":"The specified parameter InstanceIds is not valid."}],"403":[{"code":"DependencyViolation.WindowsInstance","message":"The instance creating is windows, cannot use ssh key pair to login"},{"code":"InstanceKeyPairLimitExceeded","message":"The specified instances are beyond the permitted range."}]}},"DetachKeyPair":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceIds","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"KeyPairName":{"type":"string"},"RequestId":{"type":"string"},"TotalCount":{"type":"string"},"FailCount":{"type":"string"},"Results":{"type":"object","itemNode":true,"properties":{"Result":{"type":"array","items":{"type":"object","properties":{"Code":{"type":"string"},"Message":{"type":"string"},"InstanceId":{"type":"string"},"Success":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidKeyPairName.NotFound","message":"The specified KeyPairName does not exist in our records."},{"code":"InvalidInstanceIds.ValueNotSupported","message":"The specified parameter InstanceIds is not valid."}],"403":[{"code":"DependencyViolation.WindowsInstance","message":"The instance creating is windows, cannot use ssh key pair to login."},{"code":"InstanceKeyPairLimitExceeded","message":"The specified instances are beyond the permitted range."}]}},"CreateSecurityGroup":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupName","in":"query","schema":{"type":"string","required":false}},{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupType","in":"query","schema":{"type":"string","required":false}},{"name":"ServiceManaged","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"SecurityGroupId":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidDescription.Malformed","message":"The specified parameter \\"Description\\" is not valid."},{"code":"InvalidSecurityGroupDiscription.Malformed","message":"Specified security group description is not valid."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"InvalidTagKey.Malformed","message":"Specified tag key is not valid."},{"code":"InvalidTagValue.Malformed","message":"Specified tag value is not valid."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidParams.GroupType","message":"The specified security group type is not valid."},{"code":"InvalidParams.VpcIdGroupType","message":"Only VPC instance supports enterprise level security group."},{"code":"InvalidSecurityGroupName.Malformed","message":"The specified parameter SecurityGroupName is not valid."}],"403":[{"code":"QuotaExceed.SecurityGroup","message":"The maximum number of security groups is reached."},{"code":"InvalidVpcId.NotFound","message":"The VpcId must not empty when only support vpc vm."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"IdempotentProcessing","message":"The previous idempotent request(s) is still processing."},{"code":"QuotaExceed.Tags","message":"%s"},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"%s"}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified region does not exist."},{"code":"InvalidVpcId.NotFound","message":"Specified VPC does not exist."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeSecurityGroups":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"SecurityGroupIds","in":"query","schema":{"type":"string","required":false}},{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupType","in":"query","schema":{"type":"string","required":false}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"MaxResults","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1"}},{"name":"NetworkType","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupName","in":"query","schema":{"type":"string","required":false}},{"name":"IsQueryEcsCount","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"FuzzyQuery","in":"query","schema":{"type":"boolean","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}},{"name":"ServiceManaged","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"RegionId":{"type":"string"},"NextToken":{"type":"string"},"SecurityGroups":{"type":"object","itemNode":true,"properties":{"SecurityGroup":{"type":"array","items":{"type":"object","properties":{"SecurityGroupId":{"type":"string"},"SecurityGroupName":{"type":"string"},"Description":{"type":"string"},"SecurityGroupType":{"type":"string"},"VpcId":{"type":"string"},"CreationTime":{"type":"string"},"EcsCount":{"type":"integer","format":"int32"},"AvailableInstanceAmount":{"type":"integer","format":"int32"},"ResourceGroupId":{"type":"string"},"ServiceManaged":{"type":"boolean"},"ServiceID":{"type":"integer","format":"int64"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"}}}}}},"RuleCount":{"type":"integer","format":"int32"},"GroupToGroupRuleCount":{"type":"integer","format":"int32"}}}}}},"TotalCount":{"type":"integer","format":"int32"},"PageNumber":{"type":"integer","format":"int32"},"PageSize":{"type":"integer","format":"int32"}}},"errorCodes":{"400":[{"code":"NotSupported.PageNumberAndPageSize","message":"The parameters PageNumber and PageSize are currently not supported, please use NextToken and MaxResults instead."},{"code":"InValidParameter.NextToken","message":"The parameter NextToken is invalid."},{"code":"MissingParameter.RegionId","message":"The input parameter RegionId that is mandatory for processing this request is not supplied."},{"code":"InvalidParameter.SecurityGroupType","message":"The specified SecurityGroupType is not valid."},{"code":"InvalidSecurityGroupId.Malformed","message":"The specified parameter SecurityGroupId is not valid."},{"code":"InvalidSecurityGroupName.Malformed","message":"The specified parameter SecurityGroupName is not valid."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"AuthorizeSecurityGroup":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":true}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":true}},{"name":"Permissions","in":"query","style":"flat","schema":{"type":"array","items":{"type":"object","properties":{"Policy":{"type":"string","required":false},"Priority":{"type":"string","required":false},"IpProtocol":{"type":"string","required":false},"SourceCidrIp":{"type":"string","required":false},"Ipv6SourceCidrIp":{"type":"string","required":false},"SourceGroupId":{"type":"string","required":false},"SourcePrefixListId":{"type":"string","required":false},"PortRange":{"type":"string","required":false},"DestCidrIp":{"type":"string","required":false},"Ipv6DestCidrIp":{"type":"string","required":false},"SourcePortRange":{"type":"string","required":false},"SourceGroupOwnerAccount":{"type":"string","required":false},"SourceGroupOwnerId":{"type":"integer","format":"int64","required":false},"NicType":{"type":"string","required":false},"Description":{"type":"string","required":false},"PortRangeListId":{"type":"string","required":false}},"required":false},"required":false,"maxItems":100}},{"name":"Policy","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Priority","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"IpProtocol","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourceCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Ipv6SourceCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourceGroupId","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourcePrefixListId","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"PortRange","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"DestCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Ipv6DestCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourcePortRange","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourceGroupOwnerAccount","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourceGroupOwnerId","in":"query","schema":{"type":"integer","format":"int64","deprecated":true,"required":false}},{"name":"NicType","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Description","in":"query","schema":{"type":"string","deprecated":true,"required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"OperationDenied","message":"The specified IpProtocol does not exist or IpProtocol and PortRange do not match."},{"code":"InvalidIpProtocol.Malformed","message":"The specified parameter PortRange is not valid."},{"code":"InvalidSourceCidrIp.Malformed","message":"The specified parameter SourceCidrIp is not valid."},{"code":"InvalidPolicy.Malformed","message":"The specified parameter Policy is not valid."},{"code":"InvalidNicType.ValueNotSupported","message":"The specified NicType does not exist."},{"code":"InvalidNicType.Mismatch","message":"The specified NicType conflicts with the authorization record."},{"code":"InvalidSourceGroupId.Mismatch","message":"Specified security group and source group are not in the same VPC."},{"code":"InvalidSourceGroup.NotFound","message":"Specified source security group does not exist."},{"code":"InvalidPriority.Malformed","message":"The parameter Priority is invalid."},{"code":"InvalidPriority.ValueNotSupported","message":"The specified parameter %s is invalid."},{"code":"InvalidSecurityGroupDiscription.Malformed","message":"The specified security group rule description parameter %s is not valid."},{"code":"InvalidSecurityGroup.InvalidNetworkType","message":"The specified security group network type is not support this operation, please check the security group network types. For VPC security groups, ClassicLink must be enabled."},{"code":"MissingParameter.Source","message":"One of the parameters SourceCidrIp, Ipv6SourceCidrIp, SourceGroupId or SourcePrefixListId in %s must be specified."},{"code":"InvalidParam.PortRange","message":"The specified parameter %s is not valid. It should be two integers less than 65535 in ?/? format."},{"code":"InvalidIpProtocol.ValueNotSupported","message":"The parameter %s must be specified with case insensitive TCP, UDP, ICMP, GRE or All."},{"code":"InvalidSecurityGroupId.Malformed","message":"The specified parameter SecurityGroupId is not valid."},{"code":"InvalidParamter.Conflict","message":"The specified SourceCidrIp should be different from the DestCidrIp."},{"code":"InvalidSourcePortRange.Malformed","message":"The specified parameter SourcePortRange is not valid."},{"code":"InvalidPortRange.Malformed","message":"The specified parameter PortRange must set."},{"code":"InvalidParam.SourceIp","message":"The Parameters SourceCidrIp and Ipv6SourceCidrIp in %s cannot be set at the same time."},{"code":"InvalidParam.DestIp","message":"The Parameters DestCidrIp and Ipv6DestCidrIp in %s cannot be set at the same time."},{"code":"InvalidParam.Ipv6DestCidrIp","message":"The specified parameter %s is not valid."},{"code":"InvalidParam.Ipv6SourceCidrIp","message":"The specified parameter %s is not valid."},{"code":"InvalidParam.Ipv4ProtocolConflictWithIpv6Address","message":"IPv6 address cannot be specified for IPv4-specific protocol."},{"code":"InvalidParam.Ipv6ProtocolConflictWithIpv4Address","message":"IPv4 address cannot be specified for IPv6-specific protocol."},{"code":"InvalidParameter.Ipv6CidrIp","message":"The specified Ipv6CidrIp is not valid."},{"code":"InvalidGroupAuthParameter.OperationDenied","message":"The security group can not authorize to enterprise level security group."},{"code":"InvalidDestCidrIp.Malformed","message":"The specified parameter DestCidrIp is not valid."},{"code":"InvalidParameter.Conflict","message":"IPv6 and IPv4 addresses cannot exist at the same time."},{"code":"InvalidParam.PrefixListAddressFamilyMismatch","message":"The address family of the specified prefix list does not match the specified CidrIp."},{"code":"NotSupported.ClassicNetworkPrefixList","message":"The prefix list is not supported when the network type of security group is classic."},{"code":"AuthorizedGroupRule.LimitExceed","message":"You have reached the limit on the number of group authorization rules that you can add to a security group.When authorization object of rule is security group, the limit is 20."},{"code":"InvalidParam.SourceCidrIp","message":"The specified parameter %s is not valid."},{"code":"InvalidParam.DestCidrIp","message":"The specified parameter %s is not valid."},{"code":"MissingParameter","message":"%s"},{"code":"InvalidParam.Permissions","message":"The specified parameter Permissions cannot coexist with other parameters."},{"code":"InvalidParam.DuplicatePermissions","message":"There are duplicate permissions in the specified parameter Permissions."},{"code":"InvalidGroupParameter.OperationDenied","message":"The attributes Policy, SourceGroupId, DestGroupId of enterprise level security groups are not allowed to be set or modified."},{"code":"InvalidParam.ProtocolNotSupportPortRangeList","message":"The specified protocol does not support the port range list."},{"code":"InvalidPortRangeListId.NotFound","message":"The specified port range list was not found."}],"401":[{"code":"InvalidOperation.SecurityGroupNotAuthorized","message":"The specified security group is not authorized to operate."}],"403":[{"code":"InvalidSourceGroupId.Mismatch","message":"NicType is required or NicType expects intranet."},{"code":"MissingParameter","message":"The input parameter SourceGroupId or SourceCidrIp cannot be both blank."},{"code":"AuthorizationLimitExceed","message":"The limit of authorization records in the security group reaches."},{"code":"InvalidParamter.Conflict","message":"The specified SecurityGroupId should be different from the SourceGroupId."},{"code":"InvalidNetworkType.Mismatch","message":"The specified SecurityGroup network type should be same with SourceGroup network type (vpc or classic)."},{"code":"InvalidNetworkType.Conflict","message":"The specified SecurityGroup network type should be same with SourceGroup network type (vpc or classic)."},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"%s"},{"code":"LimitExceed.PrefixListAssociationResource","message":"The number of resources associated with the prefix list exceeds the limit."}],"404":[{"code":"InvalidSecurityGroupId.NotFound","message":"The specified SecurityGroupId does not exist."},{"code":"InvalidSourceGroupId.NotFound","message":"The SourceGroupId provided does not exist in our records."},{"code":"InvalidPrefixListId.NotFound","message":"The specified prefix list was not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"AuthorizeSecurityGroupEgress":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":true}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":true}},{"name":"Permissions","in":"query","style":"flat","schema":{"type":"array","items":{"type":"object","properties":{"Policy":{"type":"string","required":false},"Priority":{"type":"string","required":false},"IpProtocol":{"type":"string","required":false},"DestCidrIp":{"type":"string","required":false},"Ipv6DestCidrIp":{"type":"string","required":false},"DestGroupId":{"type":"string","required":false},"DestPrefixListId":{"type":"string","required":false},"PortRange":{"type":"string","required":false},"SourceCidrIp":{"type":"string","required":false},"Ipv6SourceCidrIp":{"type":"string","required":false},"SourcePortRange":{"type":"string","required":false},"DestGroupOwnerAccount":{"type":"string","required":false},"DestGroupOwnerId":{"type":"integer","format":"int64","required":false},"NicType":{"type":"string","required":false},"Description":{"type":"string","required":false},"PortRangeListId":{"type":"string","required":false}},"required":false},"required":false,"maxItems":100}},{"name":"Policy","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Priority","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"IpProtocol","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"DestCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Ipv6DestCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"DestGroupId","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"DestPrefixListId","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"PortRange","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourceCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Ipv6SourceCidrIp","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"SourcePortRange","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"DestGroupOwnerAccount","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"DestGroupOwnerId","in":"query","schema":{"type":"integer","format":"int64","deprecated":true,"required":false}},{"name":"NicType","in":"query","schema":{"type":"string","deprecated":true,"required":false}},{"name":"Description","in":"query","schema":{"type":"string","deprecated":true,"required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"OperationDenied","message":"The specified IpProtocol does not exist or IpProtocol and PortRange do not match."},{"code":"InvalidIpProtocol.Malformed","message":"The specified parameter PortRange is not valid."},{"code":"InvalidDestCidrIp.Malformed","message":"The specified parameter DestCidrIp is not valid."},{"code":"InvalidPolicy.Malformed","message":"The specified parameter Policy is not valid."},{"code":"InvalidNicType.ValueNotSupported","message":"The specified NicType does not exist."},{"code":"InvalidNicType.Mismatch","message":"The specified NicType conflicts with the authorization record."},{"code":"InvalidDestGroupId.Mismatch","message":"Specified security group and destination group are not in the same VPC."},{"code":"InvalidDestGroup.NotFound","message":"Specified destination security group does not exist."},{"code":"InvalidPriority.Malformed","message":"The parameter Priority is invalid."},{"code":"InvalidPriority.ValueNotSupported","message":"The specified parameter %s is invalid."},{"code":"InvalidSecurityGroupDiscription.Malformed","message":"The specified security group rule description parameter %s is not valid."},{"code":"InvalidSecurityGroup.InvalidNetworkType","message":"The specified security group network type is not support this operation, please check the security group network types. For VPC security groups, ClassicLink must be enabled."},{"code":"MissingParameter.Dest","message":"One of the parameters DestCidrIp, Ipv6DestCidrIp, DestGroupId or DestPrefixListId in %s must be specified."},{"code":"InvalidParam.PortRange","message":"The specified parameter %s is not valid. It should be two integers less than 65535 in ?/? format."},{"code":"InvalidIpProtocol.ValueNotSupported","message":"The parameter %s must be specified with case insensitive TCP, UDP, ICMP, GRE or All."},{"code":"InvalidSecurityGroupId.Malformed","message":"The specified parameter SecurityGroupId is not valid."},{"code":"InvalidParamter.Conflict","message":"The specified SourceCidrIp should be different from the DestCidrIp."},{"code":"InvalidSourcePortRange.Malformed","message":"The specified parameter SourcePortRange is not valid."},{"code":"InvalidPortRange.Malformed","message":"The specified parameter PortRange must set."},{"code":"InvalidParam.SourceIp","message":"The Parameters SourceCidrIp and Ipv6SourceCidrIp in %s cannot be set at the same time."},{"code":"InvalidParam.DestIp","message":"The Parameters DestCidrIp and Ipv6DestCidrIp in %s cannot be set at the same time."},{"code":"InvalidParam.Ipv6DestCidrIp","message":"The specified parameter %s is not valid."},{"code":"InvalidParam.Ipv6SourceCidrIp","message":"The specified parameter %s is not valid."},{"code":"InvalidParam.Ipv4ProtocolConflictWithIpv6Address","message":"IPv6 address cannot be specified for IPv4-specific protocol."},{"code":"InvalidParam.Ipv6ProtocolConflictWithIpv4Address","message":"IPv4 address cannot be specified for IPv6-specific protocol."},{"code":"InvalidParameter.Ipv6CidrIp","message":"The specified Ipv6CidrIp is not valid."},{"code":"InvalidGroupAuthParameter.OperationDenied","message":"The security group can not authorize to enterprise level security group."},{"code":"InvalidParameter.Conflict","message":"IPv6 and IPv4 addresses cannot exist at the same time."},{"code":"InvalidParam.PrefixListAddressFamilyMismatch","message":"The address family of the specified prefix list does not match the specified CidrIp."},{"code":"NotSupported.ClassicNetworkPrefixList","message":"The prefix list is not supported when the network type of security group is classic."},{"code":"AuthorizedGroupRule.LimitExceed","message":"You have reached the limit on the number of group authorization rules that you can add to a security group.When authorization object of rule is security group, the limit is 20."},{"code":"InvalidParam.DestCidrIp","message":"The specified parameter %s is not valid."},{"code":"InvalidParam.SourceCidrIp","message":"The specified param SourceCidrIp is not valid."},{"code":"InvalidParam.Permissions","message":"The specified parameter Permissions cannot coexist with other parameters."},{"code":"InvalidParam.DuplicatePermissions","message":"There are duplicate permissions in the specified parameter Permissions."},{"code":"InvalidGroupParameter.OperationDenied","message":"The attributes Policy, SourceGroupId, DestGroupId of enterprise level security groups are not allowed to be set or modified."},{"code":"InvalidParam.ProtocolNotSupportPortRangeList","message":"The specified protocol does not support the port range list."},{"code":"InvalidPortRangeListId.NotFound","message":"The specified port range list was not found."}],"401":[{"code":"InvalidOperation.SecurityGroupNotAuthorized","message":"The specified security group is not authorized to operate."}],"403":[{"code":"InvalidDestGroupId.Mismatch","message":"NicType is required or NicType expects intranet."},{"code":"MissingParameter","message":"The input parameter DestGroupId or DestCidrIp cannot be both blank."},{"code":"AuthorizationLimitExceed","message":"The limit of authorization records in the security group reaches."},{"code":"InvalidParamter.Conflict","message":"The specified SecurityGroupId should be different from the SourceGroupId."},{"code":"InvalidNetworkType.Conflict","message":"The specified SecurityGroup network type should be same with SourceGroup network type (vpc or classic)."},{"code":"InvalidSecurityGroup.IsSame","message":"The authorized SecurityGroupId should be different from the DestGroupId."},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"%s"},{"code":"LimitExceed.PrefixListAssociationResource","message":"The number of resources associated with the prefix list exceeds the limit."}],"404":[{"code":"InvalidSecurityGroupId.NotFound","message":"The specified SecurityGroupId does not exist."},{"code":"InvalidDestGroupId.NotFound","message":"The DestGroupId provided does not exist in our records."},{"code":"InvalidPrefixListId.NotFound","message":"The specified prefix list was not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DeleteSecurityGroup":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"MissingParameter.RegionId","message":"The parameter \\"RegionId\\" should not be null."}],"401":[{"code":"InvalidOperation.SecurityGroupNotAuthorized","message":"The specified security group is not authorized to operate."}],"403":[{"code":"DependencyViolation","message":"There is still instance(s) in the specified security group."},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"%s"}],"404":[{"code":"InvalidSecurityGroup.NotFound","message":"The specified security group is not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeSecurityGroupAttribute":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"NicType","in":"query","schema":{"type":"string","required":false,"default":"internet"}},{"name":"Direction","in":"query","schema":{"type":"string","required":false,"default":"all"}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"MaxResults","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"1000","minimum":"10"}},{"name":"Attribute","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"VpcId":{"type":"string"},"RequestId":{"type":"string"},"InnerAccessPolicy":{"type":"string"},"Description":{"type":"string"},"SecurityGroupId":{"type":"string"},"SecurityGroupName":{"type":"string"},"RegionId":{"type":"string"},"Permissions":{"type":"object","itemNode":true,"properties":{"Permission":{"type":"array","items":{"type":"object","properties":{"SecurityGroupRuleId":{"type":"string"},"Direction":{"type":"string"},"SourceGroupId":{"type":"string"},"DestGroupOwnerAccount":{"type":"string"},"DestPrefixListId":{"type":"string"},"DestPrefixListName":{"type":"string"},"SourceCidrIp":{"type":"string"},"Ipv6DestCidrIp":{"type":"string"},"CreateTime":{"type":"string"},"Ipv6SourceCidrIp":{"type":"string"},"DestGroupId":{"type":"string"},"DestCidrIp":{"type":"string"},"IpProtocol":{"type":"string"},"Priority":{"type":"string"},"DestGroupName":{"type":"string"},"NicType":{"type":"string"},"Policy":{"type":"string"},"Description":{"type":"string"},"PortRange":{"type":"string"},"SourcePrefixListName":{"type":"string"},"SourcePrefixListId":{"type":"string"},"SourceGroupOwnerAccount":{"type":"string"},"SourceGroupName":{"type":"string"},"SourcePortRange":{"type":"string"},"PortRangeListId":{"type":"string"},"PortRangeListName":{"type":"string"}}}}}},"NextToken":{"type":"string"},"SnapshotPolicyIds":{"type":"object","itemNode":true,"properties":{"SnapshotPolicyId":{"type":"array","items":{"type":"string"}}}}}},"errorCodes":{"400":[{"code":"InvalidNicType.ValueNotSupported","message":"The specified NicType does not exist."},{"code":"InvalidParamter","message":"Invalid Parameter."},{"code":"InvalidSecurityGroupId.Malformed","message":"The specified parameter \\"SecurityGroupId\\" is not valid."},{"code":"MissingParameter.RegionId","message":"The parameter RegionId is missing."},{"code":"InvalidParameter.AttributeNotSupported","message":"The specified value for parameter Attribute is not supported. Valid values: snapshotPolicyIds."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified RegionId does not exist."},{"code":"InvalidSecurityGroupId.NotFound","message":"The specified SecurityGroupId does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"CreateInstance":{"deprecated":false,"methods":["post","get"],"security":["AK","APP"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageId","in":"query","schema":{"type":"string","required":false}},{"name":"ImageFamily","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":true}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceName","in":"query","schema":{"type":"string","required":false}},{"name":"InternetChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"AutoRenew","in":"query","schema":{"type":"boolean","required":false}},{"name":"AutoRenewPeriod","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"InternetMaxBandwidthIn","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"200","minimum":"1"}},{"name":"InternetMaxBandwidthOut","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"HostName","in":"query","schema":{"type":"string","required":false}},{"name":"Password","in":"query","schema":{"type":"string","required":false}},{"name":"PasswordInherit","in":"query","schema":{"type":"boolean","required":false}},{"name":"DeploymentSetId","in":"query","schema":{"type":"string","required":false}},{"name":"DeploymentSetGroupNo","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"ClusterId","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"VlanId","in":"query","schema":{"type":"string","required":false}},{"name":"InnerIpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.Size","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"SystemDisk.Category","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.DiskName","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.Description","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.PerformanceLevel","in":"query","schema":{"type":"string","required":false}},{"name":"NodeControllerId","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchId","in":"query","schema":{"type":"string","required":false}},{"name":"PrivateIpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"IoOptimized","in":"query","schema":{"type":"string","required":false}},{"name":"UseAdditionalService","in":"query","schema":{"type":"boolean","required":false}},{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"Period","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"PeriodUnit","in":"query","schema":{"type":"string","required":false}},{"name":"UserData","in":"query","schema":{"type":"string","required":false}},{"name":"SpotStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":false}},{"name":"SpotPriceLimit","in":"query","schema":{"type":"number","format":"float","required":false}},{"name":"SpotDuration","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"6","minimum":"0"}},{"name":"SpotInterruptionBehavior","in":"query","schema":{"type":"string","required":false}},{"name":"RamRoleName","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityEnhancementStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"HpcClusterId","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"DedicatedHostId","in":"query","schema":{"type":"string","required":false}},{"name":"CreditSpecification","in":"query","schema":{"type":"string","required":false}},{"name":"DeletionProtection","in":"query","schema":{"type":"boolean","required":false}},{"name":"HibernationOptions.Configured","in":"query","schema":{"type":"boolean","required":false}},{"name":"Affinity","in":"query","schema":{"type":"string","required":false}},{"name":"Tenancy","in":"query","schema":{"type":"string","required":false}},{"name":"StorageSetId","in":"query","schema":{"type":"string","required":false}},{"name":"StorageSetPartitionNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"HttpEndpoint","in":"query","schema":{"type":"string","required":false}},{"name":"HttpTokens","in":"query","schema":{"type":"string","required":false}},{"name":"HttpPutResponseHopLimit","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"PrivatePoolOptions.MatchCriteria","in":"query","schema":{"type":"string","required":false}},{"name":"PrivatePoolOptions.Id","in":"query","schema":{"type":"string","required":false}},{"name":"DataDisk","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"PerformanceLevel":{"type":"string","required":false},"Description":{"type":"string","required":false},"SnapshotId":{"type":"string","required":false},"Size":{"type":"integer","format":"int32","required":false},"Device":{"type":"string","required":false},"DiskName":{"type":"string","required":false},"Category":{"type":"string","required":false},"DeleteWithInstance":{"type":"boolean","required":false},"KMSKeyId":{"type":"string","required":false,"maxLength":64},"EncryptAlgorithm":{"type":"string","required":false},"Encrypted":{"type":"boolean","required":false},"StorageClusterId":{"type":"string","required":false}},"required":false},"required":false,"maxItems":16}},{"name":"Arn","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"RoleType":{"type":"string","required":false},"Rolearn":{"type":"string","required":false},"AssumeRoleFor":{"type":"integer","format":"int64","required":false}},"required":false},"required":false,"maxItems":10}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"SystemDisk","in":"query","style":"flat","schema":{"type":"object","properties":{"StorageClusterId":{"type":"string","required":false}},"required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"InstanceId":{"type":"string"},"OrderId":{"type":"string"},"TradePrice":{"type":"number","format":"float"}}},"errorCodes":{"400":[{"code":"InvalidStorageClusterId.CapacityNotEnough","message":"The remaining capacity of the current dedicated storage cluster is less than the size of disk."},{"code":"InvalidStorageClusterId.StatusNotSupport","message":"The current status of the dedicated storage cluster cannot create a cloud disk yet."},{"code":"InvalidStorageClusterId.ZoneIdEmpty","message":"The specified param ZoneId cannot be empty when StorageClusterId given."},{"code":"InvalidStorageClusterId.PerformanceLevelNotMatch","message":"The current dedicated storage cluster cannot create this performance level of disk."},{"code":"InvalidStorageClusterId.CategoryNotMatch","message":"The current dedicated storage cluster cannot create this category of disk."},{"code":"InvalidStorageClusterId.DiskSizeEmpty","message":"The specified param DiskSize cannot be empty when StorageClusterId given."},{"code":"InvalidInstanceType.ValueUnauthorized","message":"The specified InstanceType is not authorized."},{"code":"InvalidInternetChargeType.ValueNotSupported","message":"The specified InternetChargeType is not valid."},{"code":"InvalidParameter","message":"The specified parameter \\"InternetMaxBandwidthOut\\" is not valid."},{"code":"InvalidSystemDiskCategory.ValueNotSupported","message":"The specified parameter \\" SystemDisk.Category \\" is not valid."},{"code":"InvalidDataDiskSize.ValueNotSupported","message":"The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified InstanceType does not exist or beyond the permitted range."},{"code":"InvalidDescription.Malformed","message":"The specified parameter \\"Description\\" is not valid."},{"code":"InvalidHostName.Malformed","message":"The specified parameter \\"HostName\\" is not valid."},{"code":"InvalidPassword.Malformed","message":"The specified parameter \\"Password\\" is not valid."},{"code":"InvalidPasswordParam.Mismatch","message":"The input password should be null when passwdInherit is true."},{"code":"InvalidDiskName.Malformed","message":"The specified parameter \\"SystemDisk.DiskName or DataDisk.n.DiskName\\" is not valid."},{"code":"InvalidDiskDescription.Malformed","message":"The specified parameter \\"SystemDisk.DiskDescription\\" or \\"DataDisk.n.Description\\" is not valid."},{"code":"InvalidDataDiskCategory.ValueNotSupported","message":"The specified parameter \\"DataDisk.n.Category\\" is not valid."},{"code":"InvalidDataDevice.Malformed","message":"The specified parameter \\"DataDisk.n.Device\\" is not valid."},{"code":"InvalidNodeControllerId.Malformed","message":"The specified parameter \\"NodeControllerId\\" is not valid."},{"code":"InvalidInnerIpAddress.Malformed","message":"The specified parameter \\"InnerIpAddress\\" is not valid."},{"code":"InvalidInnerIpAddress.Unusable","message":"The specified InnerIpAddress is already used or not found in usable ip range."},{"code":"OperationDenied","message":"The specified parameter \\"VlanId\\" is not valid or vlan has not enough IP address."},{"code":"InvalidParameter.Conflict","message":"The specified image does not support the specified instance type."},{"code":"ImageNotSupportCloudInit","message":"The specified image does not support cloud-init."},{"code":"InvalidSnapshotId.BasedSnapshotTooOld","message":"The specified snapshot is created before 2013-07-15."},{"code":"QuotaExceed.AfterpayInstance","message":"The maximum number of Pay-As-You-Go instances is exceeded: %s."},{"code":"InvalidMarketImageChargeType.NotSupport","message":"The specified chargeType of marketImage is unsupported."},{"code":"InvalidInstanceName.Malformed","message":"The specified parameter \\"InstanceName\\" is not valid."},{"code":"InvalidParameter.Mismatch","message":"Specified security group and virtual switch are not in the same VPC."},{"code":"InvalidNetworkType.Mismatch","message":"Specified parameter InternetMaxBandwidthIn or InternetMaxBandwidthOut conflict with instance network type."},{"code":"InvalidPrivateIpAddress","message":"Specified private IP address is not in the CIDR block of virtual switch."},{"code":"InvalidPrivateIpAddress.Malformed","message":"Specified private IP address is invalid."},{"code":"InvalidPrivateIpAddress.Duplicated","message":"Specified private IP address is duplicated."},{"code":"QuotaExceeded.PrivateIpAddress","message":"Don\'t have enough private IPs in this switch."},{"code":"QuotaExceeded","message":"Living instances quota exceeded in this VPC."},{"code":"IncorrectVSwitchStatus","message":"The current status of virtual switch does not support this operation."},{"code":"ResourceNotAvailable","message":"Resource you requested is not available in this region or zone."},{"code":"MissingParameter","message":"The input parameter \\"VSwitchId\\" that is mandatory for processing this request is not supplied."},{"code":"InvalidDiskCategory.Mismatch","message":"The specified disk categories\' combination is not supported."},{"code":"InvalidIoOptimizedValue.ValueNotSupported","message":"IoOptimized value not supported."},{"code":"MissingParamter","message":"The specified parameter \\"Period\\" is not null."},{"code":"InvalidPeriod","message":"The specified period is not valid."},{"code":"InstanceDiskCategoryLimitExceed","message":"The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category."},{"code":"InvalidParameter.Bandwidth","message":"The specified parameter Bandwidth is not valid."},{"code":"InvalidIPAddress.AlreadyUsed","message":"The specified IPAddress is already used by other resource."},{"code":"InvalidUserData.SizeExceeded","message":"The specified parameter \\"UserData\\" exceeds the size."},{"code":"InvalidUserData.NotSupported","message":"The specified parameter \\"UserData\\" only support the vpc and IoOptimized Instance."},{"code":"InstanceDiskNumber.LimitExceed","message":"The total number of specified disk in an instance exceeds."},{"code":"Account.Arrearage","message":"Your account has an outstanding payment."},{"code":"InvalidDiskCategory.ValueNotSupported","message":"The specified parameter \\"DiskCategory\\" is not valid."},{"code":"InvalidAutoRenewPeriod.ValueNotSupported","message":"The specified autoRenewPeriod is not valid."},{"code":"InvalidSpotStrategy","message":"The specified SpotStrategy is not valid."},{"code":"InvalidSpotParam.EmptyZoneID","message":"The specified ZoneId is empty when SpotStrategy is set."},{"code":"InvalidSpotPriceLimit","message":"The specified SpotPriceLimitis not valid."},{"code":"InvalidSpotDuration","message":"The specified SpotDuration is not valid."},{"code":"InvalidSpotAuthorized","message":"The specified Spot param is unauthorized."},{"code":"InvalidSpotPrepaid","message":"The specified Spot type is not support PrePay Instance."},{"code":"InvalidSpotAliUid","message":"The specified UID is not authorized to use SPOT instance."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"RegionUnauthorized","message":"%s"},{"code":"Zone.NotOnSale","message":"%s"},{"code":"InvalidSystemDiskSize.ValueNotSupported","message":"%s"},{"code":"InvalidParameter.EncryptedIllegal","message":"%s"},{"code":"InvalidParameter.EncryptedNotSupported","message":"%s"},{"code":"EncryptedOption.Conflict","message":"%s"},{"code":"InvalidSpotPriceLimit.LowerThanPublicPrice","message":"The specified parameter \\"soptPriceLimit\\" can\'t be lower than current public price."},{"code":"InvalidHpcClusterId.Unnecessary","message":"The specified HpcClusterId is unnecessary."},{"code":"InvalidVSwitchId.Necessary","message":"The VSwitchId is necessary."},{"code":"InvalidHpcClusterId.Necessary","message":"The HpcClusterId is necessary."},{"code":"InvalidHpcClusterId.NotFound","message":"The specified HpcClusterId is not found."},{"code":"InvalidHpcClusterId.Creating","message":"The specified HpcClusterId is creating."},{"code":"InvalidPeriodUnit.ValueNotSupported","message":"The specified parameter PeriodUnit is not valid."},{"code":"IncorrectImageStatus","message":"Encrypted snapshots do not support this operation."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"InvalidSecurityGroup.NotInDefaultVpc","message":"%s"},{"code":"VpcNotFound","message":"Vpc is not found according to the specified VSwitch or the vpc does not belong to you."},{"code":"InvalidSpotInterruptionBehavior","message":"%s"},{"code":"OperationDenied.IllegalPaymentPolicy","message":"The current payment policy is illegal, please connect your service provider to authenticate relative agreement."},{"code":"InvalidDeploymentOnHost","message":"%s"},{"code":"InvalidInstanceChargeType.NotSupport","message":"The Dedicated host not support the specified Instance charge type."},{"code":"InvalidNetworkType.NotSupported","message":"The classic networkType not support create ECS on dedicatedHost."},{"code":"InvalidDedicatedHostId.NotFound","message":"The specified DedicatedHostId does not exist."},{"code":"InvalidDedicatedHostStatus.NotSupport","message":"Operation denied due to dedicated host status."},{"code":"IncorrectDedicatedHostStatus","message":"The current status of the resource does not support this operation."},{"code":"ChargeTypeViolation.PostPaidDedicatedHost","message":"Prepaid instance onto postpaid dedicated host is not allowed."},{"code":"InvalidPeriod.ExceededDedicatedHost","message":"Instance expired date can\'t exceed dedicated host expired date."},{"code":"DedicatedHostType.Unmatched","message":"The specified DedicatedHostType doesn?t match the instance type."},{"code":"NoAvaliableDedicatedHost","message":"There\'s no enough resource on the specified dedicated host."},{"code":"InvalidParameter.Affinity","message":"The specified Affinity is invalid."},{"code":"InvalidParameter.Tenancy","message":"The specified Tenancy is invalid."},{"code":"InvalidParam.Tenancy","message":"The specified Tenancy is invalid."},{"code":"InvalidParameter.CreditSpecification","message":"The specified CreditSpecification is not supported in this region."},{"code":"InvalidInstanceType.NotSupported","message":"The specified instanceType is not supported by the deployment set."},{"code":"InvalidVpcZone.NotSupported","message":"Zone of the specified VSwitch is not available for creating, please try in other zones."},{"code":"IncorrectDefaultVpcStatus","message":"The status of the default VPC is invalid."},{"code":"IoOptimized.NotSupported","message":"The specified instance must be IoOptimized instance when kmsKeyId is not empty."},{"code":"InvalidClientToken.ValueNotSupported","message":"The ClientToken provided is invalid."},{"code":"InvalidCapacityReservationId.NotFound","message":"The specified CapacityReservationId does not exist."},{"code":"LackResource","message":"There\'s no enough resource on the specified capacity reservation."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidParameter.Arns","message":"The specified Arns is not valid."},{"code":"InvalidOperation.NotSupportEnterpriseGroup","message":"The specified instance type doesn\'t support enterprise level security group."},{"code":"InvalidOperation.MultiGroupType","message":"The specified instance can\'t join different types of security group."},{"code":"InvalidAccountStatus.PayAmountLimitExceeded","message":"Your account is being restricted, because you have no default payment method or you are not authorized."},{"code":"InvalidPerformanceLevel.Malformed","message":"The specified parameter DataDisk.n.PerformanceLevel is not valid."},{"code":"InvalidSecurityGroup.NetworkType","message":"%s"},{"code":"QuotaExceeded.PrepayDataDiskCapacity","message":"The quota of prepay data disk capacity exceeds."},{"code":"InvalidCustomInstanceType.NotSupported","message":"The specified custom instance type is invalid."},{"code":"InvalidOperation.EniCountExceeded","message":"The maximum number of eni in a enterprise security group is exceeded."},{"code":"AccountForbidden.ProductCreationLimited","message":"The commodity must be officially operated by Aliyun and in pay-as-you-go billing method."},{"code":"UnexpectedImageFamily.ImageIdSupplied","message":"The input parameter ImageFamily must be null when image id is set."},{"code":"InvalidEncrypted.NotMatchEncryptAlgorithm","message":"The specified parameter Encrypted must be true when EncryptAlgorithm is not empty."},{"code":"InvalidEncrypted.NotMatchKmsKeyId","message":"The specified parameter Encrypted must be true when KmsKeyId is not empty."},{"code":"InvalidEncryptAlgorithm.NotMatchSnapshot","message":"The specified parameter EncryptAlgorithm is different from the encrypt algorithm of the snapshot."},{"code":"InvalidKmsKeyId.NotMatchSnapshot","message":"The specified parameter KmsKeyId is different from the KmsKeyId of the snapshot."},{"code":"InvalidEncryptAlgorithm","message":"The specified parameter EncryptAlgorithm is not valid."},{"code":"InvalidHttpEndpoint.NotSupported","message":"The specified HttpEndpoint not supported, you can use enabled(default) or disabled."},{"code":"InvalidHttpTokens.NotSupported","message":"The specified HttpTokens not supported, you can use optional(default) or required."},{"code":"InvalidHttpPutResponseHopLimit.NotSupported","message":"The specified HttpPutResponseHopLimit not supported, more than 1 and less than 64 is reasonable."},{"code":"InvalidOperation.VpcHasEnabledAdvancedNetworkFeature","message":"The specified vpc has enabled advanced network feature."},{"code":"InvalidChargeType.CapacityReservationNotSupported","message":"%s"},{"code":"InvalidPerformanceLevel.ValueNotSupported","message":"The current ZoneId or InstanceType does not support PL0 of cloud_essd."},{"code":"InvalidKMSKeyId.NotSymmetric","message":"The specified parameter KmsKeyId must be symmetric."},{"code":"InvalidDedicatedHostClusterId.NotFound","message":"The specified DedicatedHostClusterId does not exist."},{"code":"InvalidDedicatedHostClusterId.InValid","message":"The specified Dedicated Host Cluster is invalid."},{"code":"InvalidOperation.UserNotSupported","message":"Reseller user do not support purchase at the moment."},{"code":"InvalidDeploymentSetId.NotFound","message":"The parameter DeploymentSetId is invalid."},{"code":"MissingParameter.PrivatePoolOptionsId","message":"The specified PrivatePoolOptions.Id should not be null."},{"code":"Invalid.PrivatePoolOptionsId","message":"The specified PrivatePoolOptions.Id is invalid."},{"code":"DedicatedHostNotSupported","message":"DedicatedHost is not supported for PrivatePool."},{"code":"SpotNotSupported","message":"Spot is not supported for PrivatePool."},{"code":"ClassicNetworkNotSupported","message":"Classic network is not supported for PrivatePool."},{"code":"Invalid.InstanceId","message":"Instance does not exist."},{"code":"Invalid.PrivatePoolOptions.MatchCriteria","message":"Target mode does not support this operation."},{"code":"MissingParameter.PrivatePoolOptions.Id","message":"The specified PrivatePoolOptions.Id should not be null."},{"code":"Invalid.PrivatePoolOptions.Id","message":"The PrivatePool does not exist."},{"code":"Invalid.InstanceType","message":"The InstanceType does not match the PrivatePool."},{"code":"Invalid.InstanceChargeType","message":"The InstanceChargeType does not match the PrivatePool."},{"code":"Invalid.ZoneId","message":"The ZoneId does not match the PrivatePool."},{"code":"Invalid.PrivatePoolOptions.NoStock","message":"The PrivatePool has been used up."},{"code":"InvalidPlatform.ValueNotSupported","message":"The Platform does not match the PrivatePool."},{"code":"Invalid.PrivatePoolOptions.status","message":"The PrivatePool is expired or inactive."},{"code":"InvalidAliUid","message":"The PrivatePool does not belong to the user of the Instance."},{"code":"HibernationConfigured.InstanceTypeNotSupport","message":"The specified instance type is not support."},{"code":"HibernationConfigured.ImageNotEncrypted","message":"The hibernation configured instance only support encrypted image."},{"code":"HibernationConfigured.MemorySizeTooBig","message":"The hibernation configured instance memory size is too big."},{"code":"InvalidSystemDiskSize.LessThanMemSize","message":"The specified parameter SystemDisk.Size is less than the memory size."},{"code":"InvalidCloudBoxZone.OperationNotSupported","message":"The cloud box zone does not support creating prepaid or encrypted resources."},{"code":"InvalidInternetMaxBandwidthOut.Malformed","message":"The specified parameter InternetMaxBandwidthOut is not valid."},{"code":"InvalidInternetMaxBandwidthIn.Malformed","message":"The specified parameter InternetMaxBandwidthIn is not valid."},{"code":"InvalidParameter.CloudboxNotSupported","message":"%s"},{"code":"NotSupportSnapshotEncrypted.ShareImage\\t","message":"Shared snapshot creating encrypted disks with native snapshot encrypt is not supported."},{"code":"QuotaExceed.DiskCapacity","message":"The used capacity of disk type has exceeded the quota in the zone,  %s."},{"code":"InvalidParameter.DataEncryptedKeyCreateFailed","message":"Create kms data encrypted key fail. If you need further assistance, you can contact the KMS Technical Support."},{"code":"InvalidDiskCategory.NotSupported","message":"The specified disk category is not supported."},{"code":"InvalidDestinationZone.DeploymentSetMismatch","message":"Error happened, %s."},{"code":"NoPermission.Price","message":"The operation requires price permission. Please either apply for permission from your main account, or set the parameter AutoPay as true."},{"code":"InvalidParameter.DedicatedRegionNotSupported","message":"The specified action is rejected  because the specified ECS instance in the dedicated region does not support public IP."},{"code":"InvalidParameter.KmsNotEnabled","message":"Failed to perform this operation because KMS is not activated."},{"code":"InvalidParameter.Encrypted.KmsNotEnable","message":"Failed to perform this operation because KMS is not activated."},{"code":"InvalidParam.EncryptedMismatch","message":"Creating encrypted disks with shared encrypted image requires replacing encryption keys."},{"code":"InvalidParameter.Encrypted","message":"Creating non-encrypted disks with encrypted snapshots is not supported."},{"code":"QuotaExceeded.InternetBandwidth","message":"%s."},{"code":"InvalidVSwitchId.NotFound","message":"The specified VSwitch does not exist in the specified region."},{"code":"OperationDenied.TestAccountRetricted","message":"Test-account for testing has been prohibited from creating instance in this region. Please contact 400181."}],"401":[{"code":"InvalidRamRole.NotEcsRole","message":"The specified ram role is not authorized for ecs, please check your role policy."}],"403":[{"code":"InvalidDiskCategory.NotSupported","message":"The specified disk category is not support the specified instance type."},{"code":"ImageNotSubscribed","message":"The specified image has not be subscribed."},{"code":"OperationDenied","message":"The specified Image is disabled or is deleted."},{"code":"InvalidSystemDiskCategory.ValueUnauthorized","message":"The disk category is not authorized."},{"code":"InvalidSnapshotId.NotReady","message":"The specified snapshot has not completed yet."},{"code":"InstanceDiskCategoryLimitExceed","message":"The total size of specified disk category in an instance exceeds."},{"code":"InvalidDevice.InUse","message":"The specified device has been occupied."},{"code":"ImageRemovedInMarket","message":"The specified market image is not available, Or the specified user defined image includes product code because it is based on an image subscribed from marketplace, and that image in marketplace includeing exact the same product code has been removed."},{"code":"CategoryNotSupported","message":"The specified zone does not offer the specified disk category."},{"code":"OperationDenied.NoStock","message":"The requested resource is sold out in the specified zone; try other types of resources or other regions and zones."},{"code":"QuotaExceed.PortableCloudDisk","message":"The quota of portable cloud disk exceeds."},{"code":"SecurityGroupInstanceLimitExceed","message":"The maximum number of instances in a security group is exceeded."},{"code":"NodeControllerUnavailable","message":"The Node Controller is temporarily unavailable."},{"code":"RegionUnauthorized","message":"There is no authority to create instance in the specified region."},{"code":"InvalidSnapshotId.NotDataDiskSnapshot","message":"The specified snapshot is system disk snapshot."},{"code":"DeleteWithInstance.Conflict","message":"The specified disk is not a portable disk and cannot be set to DeleteWithInstance attribute."},{"code":"InstanceDiskNumLimitExceed","message":"The number of specified disk in an instance exceeds."},{"code":"IoOptimized.NotSupported","message":"The specified image is not support IoOptimized Instance."},{"code":"ImageNotSupportInstanceType","message":"The specified image don\'t support the InstanceType instance."},{"code":"InvalidDiskSize.TooSmall","message":"Specified disk size is less than the size of snapshot."},{"code":"InvalidDiskCategory.Mismatch","message":"The specified disk categories combination is not supported."},{"code":"QuotaExceed.BuyImage","message":"The specified image is from the image market, You have not bought it or your quota has been exceeded."},{"code":"InvalidVSwitchId.NotFound","message":"The VSwitchId provided does not exist in our records."},{"code":"InvalidParameter.ResourceOwnerAccount","message":"ResourceOwnerAccount is Invalid."},{"code":"InvalidUserData.Forbidden","message":"User not authorized to input the parameter \\"UserData\\", please apply for permission \\"UserData\\"."},{"code":"Zone.NotOpen","message":"The specified zone is not granted to you to buy resources yet."},{"code":"Zone.NotOnSale","message":"The specified zone is not available for purchase."},{"code":"InvalidClusterId.NotFound","message":"The specified clusterId does not exist."},{"code":"InvalidResourceType.NotSupported","message":"%s"},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified InstanceType does not exist or beyond the permitted range."},{"code":"InvalidInstanceType.ZoneNotSupported","message":"The specified zone does not support this instancetype."},{"code":"InvalidPayMethod","message":"The specified pay method is not valid."},{"code":"OperationDenied.ImageNotValid","message":"The specified Image is disabled or is deleted."},{"code":"InvalidUserData.Base64FormatInvalid","message":"The specified UserData is not valid."},{"code":"InstanceType.Offline","message":"%s"},{"code":"DependencyViolation.WindowsInstance","message":"The instance creating is window, cannot use ssh key pair to login."},{"code":"RealNameAuthenticationError","message":"Your account has not passed the real-name authentication yet."},{"code":"InvalidNetworkType.MismatchRamRole","message":"Ram role cannot be applied to instances of Classic network type."},{"code":"InvalidUser.PassRoleForbidden","message":"The RAM user does not have the privilege to pass a RAM role."},{"code":"InvalidImage.NotSupported","message":"The specified image does not support vSGX instance."},{"code":"InvalidAccountStatus.NotEnoughBalance","message":"Your account does not have enough balance."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"InvalidParameter.NotMatch","message":"%s"},{"code":"OperationDenied.InvalidNetworkType","message":"%s"},{"code":"InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport","message":"The specified SpotInterruptionBehavior does not support Classic network Instance."},{"code":"InvalidSpotInterruptionBehavior.LocalDiskNotSupport","message":"The specified SpotInterruptionBehavior does not support local disk instance."},{"code":"QuotaExceed.PostPaidDisk","message":"Living postPaid disks quota exceeded."},{"code":"QuotaExceed.DeploymentSetInstanceQuotaFull","message":"Instance quota in one deployment set exceeded."},{"code":"InvalidVSwitch.DefaultVSwitchNotSupport","message":"The specified zone in vpc can\'t support create default vSwitch."},{"code":"OperationDenied.LocalDiskUnsupported","message":"The configuration change is not allowed when the specified instance has local disks mounted."},{"code":"OperationDenied.InconsistentNetwork","message":"The specified security group and vswitch are not in the same vpc."},{"code":"DefaultVswitch.Existed","message":"The default vswitch for VPC already exists."},{"code":"InvalidChargeType.ValueNotSupported","message":"Deletion protection is only valid for postPaid instance, not for prePaid or spot instance."},{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"CategoryViolation","message":"The specified instance does not support this operation because of its disk category."},{"code":"ResourcesNotInSameZone","message":"The specified instance and dedicated host are not in the same zone."},{"code":"InvalidRegion.NotSupport","message":"The specified region does not support byok."},{"code":"UserNotInTheWhiteList","message":"The user is not in byok white list."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"SecurityRisk.3DVerification","message":"We have detected a security risk with your default credit or debit card. Please proceed with verification via the link in your email."},{"code":"InvalidDisk.SystemDiskSize","message":"The specified SystemDiskSize beyond the permitted range."},{"code":"InsufficientBalance","message":"Your account does not have enough balance."},{"code":"Mayi.InternalError","message":"The request processing has failed due to some unknown error."},{"code":"InvalidNetworkType","message":"The network type is not support in this region."},{"code":"InvalidAccountStatus","message":"Your account status is invalid, please contact customer service."},{"code":"QuotaExceeded.PrivateIpAddress","message":"%s"},{"code":"InvalidVSwitchId.IpInvalid","message":"%s"},{"code":"OperationDenied.PerformanceLevelNotMatch","message":"The specified DataDisk.n.PerformanceLevel and DataDisk.n.Size do not match."},{"code":"InvalidStorageSetName.Malformed","message":"Specified parameter StorageSetName is not valid."},{"code":"InvalidDescription.Malformed","message":"Specified parameter Description is not valid."},{"code":"InvalidMaxPartitionNumber.Malformed","message":"Specified parameter MaxPartitionNumber is not valid."},{"code":"InvalidParameter.StorageSetPartitionNumber","message":"Specified parameter StorageSetPartitionNumber is not valid."},{"code":"InvalidParameter.StorageSetId","message":"Specified parameter StorageSetId is not valid."},{"code":"InvalidParameter.StorageSetZoneId","message":"Specified parameter StorageSetZoneId is not valid."},{"code":"QuotaExceed.Tags","message":"%s"},{"code":"OperationDenied.RegionIdNotSupported","message":"Region not support spot duration instance."},{"code":"OperationDenied.FlavorNotSupported","message":"Flavor not support spot duration instance."},{"code":"OperationDenied.TimestampNotSupported","message":"Timestamp not support spot duration instance."},{"code":"OperationDenied.PrepayNotAvailable","message":"Prepay instance is not available now."},{"code":"OperationDenied.PaygNotAvailable","message":"Pay-as-you-go instance is not available now."},{"code":"EnterpriseGroupLimited.MutliGroupType","message":"The specified instance can not join multi SecurityGroup types."},{"code":"EnterpriseGroupLimited.InstanceType","message":"The specified instance type does not support Enterprise SecurityGroup."},{"code":"InternalError.AllocateUnderlayIp","message":"Allocate underlay ip for the instance error."},{"code":"OperationDenied.BidOwnResource","message":"Bid user can not own resource."},{"code":"OperationDenied.CloudSSDNotSupported","message":"The specified available zone does not offer the cloud_ssd disk, use cloud_essd instead."},{"code":"InvalidVPCStatus.NotWorking","message":"The specified VPC subnet status is not working."},{"code":"QuotaExceed.ElasticQuota","message":"No additional quota is available for the specified ECS instance type."},{"code":"QuotaExceeded.PostpaidDataDiskCapacity","message":"The quota of postpaid data disk capacity exceeds."},{"code":"InvalidImageFamily.MissingAvailableImage","message":"There is no available image related to the specified image family."},{"code":"InvalidRegionId.NotSupportEncryptAlgorithm","message":"The current region does not support creating encrypted disks with EncryptAlgorithm."},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"%s"},{"code":"Forbidden.OnlySupportEnterpriseGroup","message":"%s"},{"code":"HibernationConfigured.InstanceOperationForbidden","message":"The operation is not permitted due to limit of the hibernation configured instance."},{"code":"InstanceDiskLimitExceeded","message":"The amount of the disk on instance reach its limits."},{"code":"InvalidInstanceType.NotSupportDiskCategory","message":"The instanceType of the specified instance does not support this disk category."},{"code":"NotSupportSnapshotEncrypted.DiskCategory","message":"The specified disk category does not support creating encrypted system disks or creating encrypted data disks from snapshots. Check the DiskCategory or Encrypted parameter, or check your account for default encryption settings."},{"code":"InvalidOperation.PublicIpAddressNoStock","message":"The public IP address for the specified Region or ChargeType of the instance is out of stock. Please try another Region or ChargeType."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK (Customer Master Key) must be in an active state."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK(Customer Master Key) lacks authorization to add tags to the ECS service."},{"code":"InvalidEncrypted.NotMatchDiskDefaultEncryption","message":"Enabling disk default encryption prevents the creation of non-encrypted disks."},{"code":"InvalidEncrypted.NotMatchSnapshot","message":"The specified parameter Encrypted must be set to true when creating disks with encrypted snapshots."}],"404":[{"code":"InvalidStorageClusterId.NotExist","message":"The specified StorageClusterId does not exist in current region."},{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"IoOptimized.NotSupported","message":"The specified instancetype is not support IoOptimized instance."},{"code":"InvalidZoneId.NotFound","message":"The ZoneId provided does not exist in our records."},{"code":"InvalidSecurityGroupId.NotFound","message":"The specified SecurityGroupId does not exist."},{"code":"InvalidDataDiskSnapshotId.NotFound","message":"The specified parameter \\"DataDisk.n.SnapshotId\\" is not valid."},{"code":"InvalidClusterId.NotFound","message":"The ClusterId provided does not exist in our records."},{"code":"OperationDenied","message":"The specified Image is disabled or is deleted."},{"code":"InvalidVSwitchId.NotFound","message":"Specified virtual switch does not exist."},{"code":"InvalidImageId.NotFound","message":"The specified ImageId does not exist."},{"code":"InvalidInstanceChargeType.NotFound","message":"The InstanceChargeType does not exist in our records."},{"code":"DependencyViolation.IoOptimized","message":"The specified instancetype must be IoOptimized instance."},{"code":"PaymentMethodNotFound","message":"No payment method has been registered on the account."},{"code":"HOSTNAME_ILLEGAL","message":"The specified parameter Hostname is not valid."},{"code":"InvalidSystemDiskSize.LessThanImageSize","message":"The specified parameter SystemDisk.Size is less than the image size."},{"code":"InvalidSystemDiskSize.LessThanMinSize","message":"The specified parameter SystemDisk.Size is less than the min size."},{"code":"InvalidSystemDiskSize.MoreThanMaxSize","message":"The specified SystemDisk.Size parameter exceeds the maximum size."},{"code":"InvalidParameter","message":"The specified vm bandwidth is not valid."},{"code":"InvalidSystemDiskSize","message":"The specified parameter SystemDisk.Size is invalid."},{"code":"InvalidKeyPairName.NotFound","message":"The specified parameter KeyPairName does not exist in our records."},{"code":"InvalidRamRole.NotFound","message":"The specified RAMRoleName does not exist."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."},{"code":"InvalidMarketImage.NotFound","message":"The specified marketplace image does not exist, please change the imageId and try again."},{"code":"DeploymentSet.NotFound","message":"The specified deployment set does not exist."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified InstanceType does not exist or beyond the permitted range."},{"code":"InvalidParameter.KMSKeyId.NotFound","message":"The specified KMSKeyId does not exist."},{"code":"InvalidDiskIds.NotPortable","message":"The specified DiskId is not portable."}],"409":[{"code":"OperationConflict","message":"Request was denied due to conflict with a previous request,please try again later."}],"429":[{"code":"Throttling.Resource","message":"The request throttle by resource operation."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."},{"code":"InvalidImage.OSType","message":"The image OSType does not support this instance type."}]}},"RunInstances":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ImageId","in":"query","schema":{"type":"string","required":false}},{"name":"ImageFamily","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceName","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"InternetMaxBandwidthIn","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"InternetMaxBandwidthOut","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"HostName","in":"query","schema":{"type":"string","required":false}},{"name":"UniqueSuffix","in":"query","schema":{"type":"boolean","required":false}},{"name":"Password","in":"query","schema":{"type":"string","required":false}},{"name":"PasswordInherit","in":"query","schema":{"type":"boolean","required":false}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"InternetChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.Size","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.Category","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.DiskName","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.Description","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.PerformanceLevel","in":"query","schema":{"type":"string","required":false}},{"name":"SystemDisk.AutoSnapshotPolicyId","in":"query","schema":{"type":"string","required":false}},{"name":"IoOptimized","in":"query","schema":{"type":"string","required":false}},{"name":"UserData","in":"query","schema":{"type":"string","required":false}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":false}},{"name":"RamRoleName","in":"query","schema":{"type":"string","required":false}},{"name":"Amount","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"1000","minimum":"1","default":"1"}},{"name":"MinAmount","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1"}},{"name":"AutoReleaseTime","in":"query","schema":{"type":"string","required":false}},{"name":"SpotStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"SpotDuration","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"720","minimum":"0"}},{"name":"SpotPriceLimit","in":"query","schema":{"type":"number","format":"float","required":false,"maximum":"999999","minimum":"0"}},{"name":"SpotInterruptionBehavior","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityEnhancementStrategy","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"HpcClusterId","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"DedicatedHostId","in":"query","schema":{"type":"string","required":false}},{"name":"LaunchTemplateId","in":"query","schema":{"type":"string","required":false}},{"name":"LaunchTemplateName","in":"query","schema":{"type":"string","required":false}},{"name":"LaunchTemplateVersion","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Period","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"PeriodUnit","in":"query","schema":{"type":"string","required":false}},{"name":"AutoRenew","in":"query","schema":{"type":"boolean","required":false}},{"name":"AutoRenewPeriod","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"DeploymentSetId","in":"query","schema":{"type":"string","required":false}},{"name":"DeploymentSetGroupNo","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"PrivateIpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"CreditSpecification","in":"query","schema":{"type":"string","required":false}},{"name":"Ipv6AddressCount","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"NetworkInterfaceQueueNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"DeletionProtection","in":"query","schema":{"type":"boolean","required":false}},{"name":"HibernationOptions.Configured","in":"query","schema":{"type":"boolean","required":false}},{"name":"Affinity","in":"query","schema":{"type":"string","required":false}},{"name":"Tenancy","in":"query","schema":{"type":"string","required":false}},{"name":"StorageSetId","in":"query","schema":{"type":"string","required":false}},{"name":"StorageSetPartitionNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"CpuOptions.Core","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"CpuOptions.ThreadsPerCore","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"CpuOptions.Numa","in":"query","schema":{"type":"string","required":false}},{"name":"CpuOptions.TopologyType","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityOptions.TrustedSystemMode","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityOptions.ConfidentialComputingMode","in":"query","schema":{"type":"string","required":false}},{"name":"HttpEndpoint","in":"query","schema":{"type":"string","required":false}},{"name":"HttpTokens","in":"query","schema":{"type":"string","required":false}},{"name":"HttpPutResponseHopLimit","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"PrivatePoolOptions.MatchCriteria","in":"query","schema":{"type":"string","required":false}},{"name":"PrivatePoolOptions.Id","in":"query","schema":{"type":"string","required":false}},{"name":"Isp","in":"query","schema":{"type":"string","required":false}},{"name":"SchedulerOptions.DedicatedHostClusterId","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupIds","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":51}},{"name":"HostNames","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":1000}},{"name":"DataDisk","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"PerformanceLevel":{"type":"string","required":false},"AutoSnapshotPolicyId":{"type":"string","required":false},"Encrypted":{"type":"string","required":false},"Description":{"type":"string","required":false},"SnapshotId":{"type":"string","required":false},"Device":{"type":"string","required":false},"Size":{"type":"integer","format":"int32","required":false},"DiskName":{"type":"string","required":false},"Category":{"type":"string","required":false},"EncryptAlgorithm":{"type":"string","required":false},"DeleteWithInstance":{"type":"boolean","required":false},"KMSKeyId":{"type":"string","required":false},"StorageClusterId":{"type":"string","required":false},"ProvisionedIops":{"type":"integer","format":"int64","required":false},"BurstingEnabled":{"type":"boolean","required":false}},"required":false},"required":false,"maxItems":16}},{"name":"Arn","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"RoleType":{"type":"string","required":false},"Rolearn":{"type":"string","required":false},"AssumeRoleFor":{"type":"integer","format":"int64","required":false}},"required":false},"required":false,"maxItems":16}},{"name":"NetworkInterface","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"VSwitchId":{"type":"string","required":false},"NetworkInterfaceName":{"type":"string","required":false},"Description":{"type":"string","required":false},"SecurityGroupId":{"type":"string","required":false},"PrimaryIpAddress":{"type":"string","required":false},"QueueNumber":{"type":"integer","format":"int32","required":false},"SecurityGroupIds":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":51},"NetworkInterfaceTrafficMode":{"type":"string","required":false},"QueuePairNumber":{"type":"integer","format":"int64","required":false},"InstanceType":{"type":"string","required":false},"Ipv6AddressCount":{"type":"integer","format":"int64","required":false},"Ipv6Address":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":10},"NetworkCardIndex":{"type":"integer","format":"int32","required":false},"DeleteOnRelease":{"type":"boolean","required":false},"NetworkInterfaceId":{"type":"string","required":false},"RxQueueSize":{"type":"integer","format":"int32","required":false},"TxQueueSize":{"type":"integer","format":"int32","required":false},"SourceDestCheck":{"type":"boolean","required":false}},"required":false},"required":false,"maxItems":10}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":71}},{"name":"Ipv6Address","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":10}},{"name":"SystemDisk","in":"query","style":"flat","schema":{"type":"object","properties":{"StorageClusterId":{"type":"string","required":false},"ProvisionedIops":{"type":"integer","format":"int64","required":false,"minimum":"0"},"BurstingEnabled":{"type":"boolean","required":false},"Encrypted":{"type":"string","required":false},"KMSKeyId":{"type":"string","required":false,"maxLength":64},"EncryptAlgorithm":{"type":"string","required":false}},"required":false}},{"name":"ImageOptions","in":"query","style":"flat","schema":{"type":"object","properties":{"LoginAsNonRoot":{"type":"boolean","required":false}},"required":false}},{"name":"NetworkOptions","in":"query","style":"flat","schema":{"type":"object","properties":{"EnableJumboFrame":{"type":"boolean","required":false},"EnableNetworkEncryption":{"type":"boolean","required":false},"BandwidthWeighting":{"type":"string"}},"required":false}},{"name":"AutoPay","in":"query","schema":{"type":"boolean","required":false}},{"name":"PrivateDnsNameOptions","in":"query","style":"flat","schema":{"type":"object","properties":{"EnableInstanceIdDnsARecord":{"type":"boolean","required":false},"EnableInstanceIdDnsAAAARecord":{"type":"boolean","required":false},"EnableIpDnsARecord":{"type":"boolean","required":false},"EnableIpDnsPtrRecord":{"type":"boolean","required":false},"HostnameType":{"type":"string","required":false}},"required":false}},{"name":"ClockOptions","in":"query","style":"flat","schema":{"type":"object","properties":{"PtpStatus":{"type":"string"}}}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"OrderId":{"type":"string"},"TradePrice":{"type":"number","format":"float"},"InstanceIdSets":{"type":"object","itemNode":true,"properties":{"InstanceIdSet":{"type":"array","items":{"type":"string"}}}}}},"errorCodes":{"400":[{"code":"LoginAsNonRoot.ImageNotSupport","message":"The specified image does not support login as non-root."},{"code":"InvalidParam.NotSupportJumboFrame","message":"Not support jumbo frame."},{"code":"InsufficientBalance.AgentCredit","message":"Insufficient agent credit. Please contact your agent."},{"code":"QuotaExceed.DiskCapacity","message":"The used capacity of disk type has exceeded the quota in the zone,  %s."},{"code":"InvalidPeriod.ExceededDedicatedHost","message":"Instance expired date can not exceed dedicated host expired date."},{"code":"InvalidParam.SecondaryNetworkInterface","message":"When min amount greater than 1 and the PrivateIpAddress or Primary NetworkInterface is specified,the Secondary NetworkInterface IP parameter cannot be specified."},{"code":"InvalidPrimaryIpAddress.SizeInvalid","message":"The NetworkInterface PrimaryIpAddress is used to create only one instance."},{"code":"InvalidStorageClusterId.CapacityNotEnough","message":"The remaining capacity of the current dedicated storage cluster is less than the size of disk."},{"code":"InvalidStorageClusterId.StatusNotSupport","message":"The current status of the dedicated storage cluster cannot create a cloud disk yet."},{"code":"InvalidStorageClusterId.ZoneIdEmpty","message":"The specified param ZoneId cannot be empty when StorageClusterId given."},{"code":"InvalidStorageClusterId.PerformanceLevelNotMatch","message":"The current dedicated storage cluster cannot create this performance level of disk."},{"code":"InvalidStorageClusterId.CategoryNotMatch","message":"The current dedicated storage cluster cannot create this category of disk."},{"code":"InvalidStorageClusterId.DiskSizeEmpty","message":"The specified param DiskSize cannot be empty when StorageClusterId given."},{"code":"InvalidInstanceType.ValueUnauthorized","message":"The specified InstanceType is not authorized."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified InstanceType beyond the permitted range."},{"code":"InvalidDescription.Malformed","message":"The specified parameter \\"Description\\" is not valid."},{"code":"InvalidInternetChargeType.ValueNotSupported","message":"The specified InternetChargeType is not valid."},{"code":"InvalidParameter","message":"The specified parameter \\"InternetMaxBandwidthOut\\" is not valid."},{"code":"InvalidHostName.Malformed","message":"The specified parameter \\"HostName\\" is not valid."},{"code":"InvalidPassword.Malformed","message":"The specified parameter \\"Password\\" is not valid."},{"code":"InvalidPasswordParam.Mismatch","message":"The input password should be null when passwdInherit is true."},{"code":"InvalidSystemDiskCategory.ValueNotSupported","message":"The specified parameter \\"SystemDisk.Category\\" is not valid."},{"code":"InvalidDiskName.Malformed","message":"The specified parameter \\"SyatemDisk.DiskName or DataDisk.n.DiskName\\" is not valid."},{"code":"InvalidDiskDescription.Malformed","message":"The specified parameter \\"SyatemDisk.DiskDescription\\" or \\"DataDisk.n.Description\\" is not valid."},{"code":"InvalidDataDiskSize.ValueNotSupported","message":"The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category."},{"code":"InvalidDataDiskCategory.ValueNotSupported","message":"The specified parameter \\"DataDisk.n.Category\\" is not valid."},{"code":"InvalidDataDevice.Malformed","message":"The specified parameter \\"DataDisk.n.Device\\" is not valid."},{"code":"InvalidNodeControllerId.Malformed","message":"The specified parameter \\"NodeControllerId\\" is not valid."},{"code":"InvalidInnerIpAddress.Malformed","message":"The specified parameter \\"InnerIpAddress\\" is not valid."},{"code":"InvalidInnerIpAddress.Unusable","message":"The specified InnerIpAddress is already used or not found in usable ip range."},{"code":"InvalidParameter.Conflict","message":"The specified image does not support the specified instance type."},{"code":"ImageNotSupportCloudInit","message":"The specified image does not support cloud-init."},{"code":"InvalidSnapshotId.BasedSnapshotTooOld","message":"The specified snapshot is created before 2013-07-15."},{"code":"QuotaExceed.AfterpayInstance","message":"Living afterpay instances quota exceeded."},{"code":"InvalidInstanceName.Malformed","message":"The specified parameter \\"InstanceName\\" is not valid."},{"code":"InvalidInstanceName.CustomMalformed","message":"Customized section of instance or host name is invalid, please use valid format: [], [,], [m,], [,n], [m,n]."},{"code":"InvalidParameter.Mismatch","message":"Specified security group and virtual switch are not in the same VPC."},{"code":"InvalidNetworkType.Mismatch","message":"Specified parameter \\"InternetMaxBandwidthIn\\" or \\"InternetMaxBandwidthOut\\" conflict with instance network type."},{"code":"InvalidPrivateIpAddress","message":"Specified private IP address is not in the CIDR block of virtual switch."},{"code":"InvalidPrivateIpAddress.Malformed","message":"Specified private IP address is malformed."},{"code":"QuotaExceeded.PrivateIpAddress","message":"Don\'t have enough private IPs in this switch."},{"code":"QuotaExceeded","message":"Living instances quota exceeded in this VPC."},{"code":"IncorrectVSwitchStatus","message":"The current status of virtual switch does not support this operation."},{"code":"ResourceNotAvailable","message":"Resource you requested is not available in this region or zone."},{"code":"MissingParameter","message":"The input parameter \\"VSwitchId\\" that is mandatory for processing this request is not supplied."},{"code":"InvalidDiskCategory.Mismatch","message":"The specified disk categories\' combination is not supported."},{"code":"MissingParamter","message":"The specified parameter \\"Period\\" is not null."},{"code":"InvalidPeriod","message":"The specified period is not valid."},{"code":"InstanceDiskCategoryLimitExceed","message":"The specified DataDisk.n.Size beyond the permitted range, or the capacity of snapshot exceeds the size limit of the specified disk category."},{"code":"InvalidClientToken.ValueNotSupported","message":"The ClientToken provided is invalid."},{"code":"InvalidIoOptimize.ValueNotSupported","message":"The specified IoOptimize is not valid."},{"code":"InvalidSecurityGroupId.NotFound","message":"The SecurityGroupId provided does not exist in our records."},{"code":"InvalidInternetMaxBandwidthOut.Malformed","message":"The specified parameter internetMaxBandwidthOut is not valid."},{"code":"InvalidInternetMaxBandwidthIn.Malformed","message":"The specified parameter internetMaxBandwidthIn is not valid."},{"code":"InvalidSnapshotId.NotFound","message":"The specified parameter SnapshotId is not exist."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"InvalidMinAmount.Malformed","message":"The specified parameter MinAmount is not valid."},{"code":"InvalidMaxAmount.Malformed","message":"The specified parameter MaxAmount is not valid."},{"code":"InvalidAutoReleaseTime.Malformed","message":"The specified parameter AutoReleaseTime is not valid."},{"code":"OperationDenied.NoVlan","message":"The specified parameter \\"VlanId\\" is not valid or vlan has not enough IP address."},{"code":"OperationDenied.QuotaExceed","message":"The quota of tags on resource is beyond permitted range."},{"code":"Account.Arrearage","message":"Your account has been in arrears."},{"code":"InvalidUserData.SizeExceeded","message":"The specified parameter \\"UserData\\" exceeds the size."},{"code":"InvalidUserData.NotSupported","message":"TThe specified parameter \\"UserData\\" only support the vpc and IoOptimized Instance."},{"code":"InvalidUserData.Base64FormatInvalid","message":"The specified UserData is not valid."},{"code":"InstanceDiskNumber.LimitExceed","message":"The total number of specified disk in an instance exceeds."},{"code":"InvalidDiskCategory.ValueNotSupported","message":"The specified parameter \\"DiskCategory\\" is not valid."},{"code":"InvalidSpotStrategy","message":"The specified SpotStrategy is not valid."},{"code":"InvalidSpotParam.EmptyZoneID","message":"The specified zoneid is empty when SpotStrategy is set."},{"code":"InvalidSpotPriceLimit","message":"The specified SpotPriceLimitis not valid."},{"code":"InvalidSpotDuration","message":"The specified SpotDuration is not valid."},{"code":"InvalidSpotAuthorized","message":"The specified Spot param is unauthorized."},{"code":"InvalidSpotPrepaid","message":"The specified Spot type is not support PrePay Instance."},{"code":"InvalidSpotAliUid","message":"The specified UID is not authorized to use SPOT instance."},{"code":"InvalidParameter.Bandwidth","message":"%s"},{"code":"RegionUnauthorized","message":"%s"},{"code":"Zone.NotOnSale","message":"%s"},{"code":"InvalidSystemDiskSize.ValueNotSupported","message":"%s"},{"code":"InvalidInstanceType.ElasticNetworkInterfaceNotSupported","message":"The specified instance type does not support Elastic Network Interface, you can not attach Elastic Network Interface to generation I instances."},{"code":"InvalidParameter.EncryptedIllegal","message":"%s"},{"code":"InvalidParameter.EncryptedNotSupported","message":"%s"},{"code":"InvalidSpotPriceLimit.LowerThanPublicPrice","message":"The specified parameter \\"spotPriceLimit\\" can\'t be lower than current public price."},{"code":"InvalidRelationResource.NotFound","message":"The relation resource has been deleted."},{"code":"IncorrectRecycleBinStatus","message":"The operation is not permitted due to resource status."},{"code":"InvalidHpcClusterId.Unnecessary","message":"The specified HpcClusterId is unnecessary."},{"code":"InvalidVSwitchId.Necessary","message":"The VSwitchId is necessary."},{"code":"InvalidHpcClusterId.Necessary","message":"The HpcClusterId is necessary."},{"code":"InvalidHpcClusterId.NotFound","message":"The specified HpcClusterId is not found."},{"code":"InvalidHpcClusterId.Creating","message":"The specified HpcClusterId is creating."},{"code":"InvalidParameter.VSwitchId","message":"%s"},{"code":"InvalidSecurityGroup.NotInDefaultVpc","message":"%s"},{"code":"VpcNotFound","message":"Vpc is not found according to the specified VSwitch or the vpc does not belong to you."},{"code":"InvalidSystemDiskSize.ImageNotSupportResize","message":"The specified image does not support resize."},{"code":"InvalidSpotInterruptionBehavior","message":"%s"},{"code":"InvalidDeploymentOnHost","message":"%s"},{"code":"InvalidInstanceChargeType.NotSupport","message":"The Dedicated host not support the specified Instance charge type."},{"code":"InvalidNetworkType.NotSupported","message":"The classic networkType not support create ECS on dedicatedHost."},{"code":"NoAvaliableDedicatedHost","message":"No available dedicated host or not enough resource on dedicated host."},{"code":"InvalidDedicatedHostId.NotFound","message":"The specified DedicatedHostId does not exist."},{"code":"InvalidDedicatedHostStatus.NotSupport","message":"Operation denied due to dedicated host status."},{"code":"IncorrectDedicatedHostStatus","message":"The current status of the resource does not support this operation."},{"code":"ChargeTypeViolation.PostPaidDedicatedHost","message":"Prepaid instance onto postpaid dedicated host is not allowed."},{"code":"DedicatedHostType.Unmatched","message":"The specified DedicatedHostType doesn?t match the instance type."},{"code":"InvalidParam.NetworkInterface","message":"%s"},{"code":"InvalidParams.CreateEniParams","message":"%s"},{"code":"InvalidParameter.CreditSpecification","message":"The specified CreditSpecification is not supported in this region."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"InvalidInstanceType.NotSupported","message":"The specified instanceType is not supported by the deployment set."},{"code":"InvalidVpcZone.NotSupported","message":"The specified operation is not allowed in the zone to which your VPC belongs, please try in other zones."},{"code":"IncorrectDefaultVpcStatus","message":"The status of the default VPC is invalid."},{"code":"InvalidAutoRenewPeriod.ValueNotSupported","message":"The specified autoRenewPeriod is invalid."},{"code":"InvalidMarketImageChargeType.NotSupport","message":"The specified chargeType of marketImage is unsupported."},{"code":"OperationDenied","message":"The specified instanceType or zone is not available or not authorized."},{"code":"InvalidPeriodType.ValueNotSupported","message":"The specified parameter PeriodType is invalid."},{"code":"IncorrectImageStatus","message":"The specified image is an Alibaba Cloud Marketplace image. The sale of this image has ended. For more information, contact the image service provider."},{"code":"InvalidParam.Tenancy","message":"The specified Tenancy is invalid."},{"code":"InvalidParameter.Affinity","message":"The specified Affinity is invalid."},{"code":"InvalidCustomInstanceType.NotSupported","message":"The specified custom instance type is invalid."},{"code":"IoOptimized.NotSupported","message":"The specified instance must be IoOptimized instance when kmsKeyId is not empty."},{"code":"InvalidSnapshotId.Malformed","message":"The specified SnapshotId is not valid."},{"code":"InvalidCapacityReservationId.NotFound","message":"The specified CapacityReservationId does not exist."},{"code":"LackResource","message":"There\'s no enough resource on the specified capacity reservation."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidSecurityGroup.NetworkType","message":"%s"},{"code":"InvalidSecurityGroup.VpcMismatch","message":"%s"},{"code":"InvalidParameter.SecurityGroupIdRepeated","message":"%s"},{"code":"InvalidSecurityGroupId.SingleIdAndMultiIdConflict","message":"%s"},{"code":"InvalidSecurityGroupId.MultiGroupIdNetworkTypeConflict","message":"%s"},{"code":"JoinedGroupLimitExceed","message":"%s"},{"code":"InvalidAccountStatus.PayAmountLimitExceeded","message":"Your account is being restricted, because you have no default payment method or you are not authorized."},{"code":"InvalidPerformanceLevel.Malformed","message":"The specified parameter DataDisk.n.PerformanceLevel is not valid."},{"code":"InvalidOperation.EniCountExceeded","message":"The maximum number of eni in a enterprise security group is exceeded."},{"code":"QuotaExceeded.PrepayDataDiskCapacity","message":"The quota of prepay data disk capacity exceeds."},{"code":"InvalidDiskCategory.ConflictSnapshotCategory","message":"The specified disk category conflict with snapshot category."},{"code":"AccountForbidden.ProductCreationLimited","message":"The commodity must be officially operated by Aliyun and in pay-as-you-go billing method."},{"code":"UnexpectedImageFamily.ImageIdSupplied","message":"The input parameter ImageFamily must be null when image id is set."},{"code":"InvalidEncrypted.NotMatchEncryptAlgorithm","message":"The specified parameter Encrypted must be true when EncryptAlgorithm is not empty."},{"code":"InvalidEncrypted.NotMatchKmsKeyId","message":"The specified parameter Encrypted must be true when KmsKeyId is not empty."},{"code":"InvalidEncryptAlgorithm.NotMatchSnapshot","message":"The specified parameter EncryptAlgorithm is different from the encrypt algorithm of the snapshot."},{"code":"InvalidKmsKeyId.NotMatchSnapshot","message":"The specified parameter KmsKeyId is different from the KmsKeyId of the snapshot."},{"code":"InvalidEncryptAlgorithm","message":"The specified parameter EncryptAlgorithm is not valid."},{"code":"InvalidHttpEndpoint.NotSupported","message":"The specified HttpEndpoint not supported, you can use enabled(default) or disabled."},{"code":"InvalidHttpTokens.NotSupported","message":"The specified HttpTokens not supported, you can use optional(default) or required."},{"code":"InvalidHttpPutResponseHopLimit.NotSupported","message":"The specified HttpPutResponseHopLimit not supported, more than 1 and less than 64 is reasonable."},{"code":"InvalidOperation.VpcHasEnabledAdvancedNetworkFeature","message":"The specified vpc has enabled advanced network feature."},{"code":"InvalidChargeType.CapacityReservationNotSupported","message":"%s"},{"code":"InvalidPerformanceLevel.ValueNotSupported","message":"The current ZoneId or InstanceType does not support PL0 of cloud_essd."},{"code":"InvalidKMSKeyId.NotSymmetric","message":"The specified parameter KmsKeyId must be symmetric."},{"code":"InvalidParameter.Arns","message":"The specified Arns is not valid."},{"code":"InvalidDedicatedHostClusterId.NotFound","message":"The specified DedicatedHostClusterId does not exist."},{"code":"InvalidDedicatedHostClusterId.InValid","message":"The specified Dedicated Host Cluster is invalid."},{"code":"InvalidDeploymentSetId.NotFound","message":"The parameter DeploymentSetId is invalid."},{"code":"InvalidOperation.UserNotSupported","message":"Reseller user do not support purchase at the moment."},{"code":"InvalidManagedPrivateSpaceId.NotFound","message":"%s"},{"code":"InvalidSchedulerOptions","message":"The specified parameter SchedulerOptions is not valid."},{"code":"MissingParameter.PrivatePoolOptionsId","message":"The specified PrivatePoolOptions.Id should not be null."},{"code":"Invalid.PrivatePoolOptionsId","message":"The specified PrivatePoolOptions.Id is invalid."},{"code":"DedicatedHostNotSupported","message":"DedicatedHost is not supported for PrivatePool."},{"code":"SpotNotSupported","message":"Spot is not supported for PrivatePool."},{"code":"ClassicNetworkNotSupported","message":"Classic network is not supported for PrivatePool."},{"code":"Invalid.InstanceId","message":"Instance does not exist."},{"code":"Invalid.PrivatePoolOptions.MatchCriteria","message":"Target mode does not support this operation."},{"code":"MissingParameter.PrivatePoolOptions.Id","message":"The specified PrivatePoolOptions.Id should not be null."},{"code":"Invalid.PrivatePoolOptions.Id","message":"The PrivatePool does not exist."},{"code":"Invalid.InstanceType","message":"The InstanceType does not match the PrivatePool."},{"code":"Invalid.InstanceChargeType","message":"The InstanceChargeType does not match the PrivatePool."},{"code":"Invalid.ZoneId","message":"The ZoneId does not match the PrivatePool."},{"code":"Invalid.PrivatePoolOptions.NoStock","message":"The PrivatePool has been used up."},{"code":"InvalidPlatform.ValueNotSupported","message":"The Platform does not match the PrivatePool."},{"code":"Invalid.PrivatePoolOptions.status","message":"The PrivatePool is expired or inactive."},{"code":"InvalidAliUid","message":"The PrivatePool does not belong to the user of the Instance."},{"code":"InvalidBandwidthOut.LessThanZero","message":"The bandwidth must be larger than 0 when specifying isp."},{"code":"HibernationConfigured.InstanceTypeNotSupport","message":"The specified instance type is not support."},{"code":"HibernationConfigured.ImageNotEncrypted","message":"The hibernation configured instance only support encrypted image."},{"code":"HibernationConfigured.MemorySizeTooBig","message":"The hibernation configured instance memory size is too big."},{"code":"InvalidSystemDiskSize.LessThanMemSize","message":"The specified parameter SystemDisk.Size is less than the memory size."},{"code":"InvalidCloudBoxZone.OperationNotSupported","message":"The cloud box zone does not support creating prepaid or encrypted resources."},{"code":"ProvisionedIopsForDiskCategoryUnsupported","message":"The specified disk category does not support provisioned iops."},{"code":"InvalidProvisionedIops.LimitExceed","message":"The provisioned iops exceeds the limit."},{"code":"BurstingEnabledForDiskCategoryUnsupported","message":"The specified disk category does not support bursting enabled."},{"code":"BurstingEnabledForMultiAttachDiskUnsupported","message":"The multi attach disk does not support bursting enabled."},{"code":"ProvisionedIopsForDiskCategoryRequired","message":"The provisioned iops is required for this disk category."},{"code":"NotSupportSnapshotEncrypted.InstanceType","message":"The specified instance type does not support creating encrypted disks with native snapshot encrypt."},{"code":"NotSupportSnapshotEncrypted.RegionId","message":"The specified region does not support creating encrypted disks with native snapshot encrypt."},{"code":"NotSupportSnapshotEncrypted.ZoneId","message":"The specified zone does not support creating encrypted disks with native snapshot encrypt."},{"code":"NotSupportSnapshotEncrypted.ShareImage","message":"Shared snapshot creating encrypted disks with native snapshot encrypt is not supported."},{"code":"NotSupportSnapshotEncrypted.ImageOwnerAlias","message":"The specified image category does not support creating encrypted disks with native snapshot encrypt."},{"code":"NotSupportSnapshotEncrypted.DiskCategory","message":"The specified disk category does not support creating encrypted disks with native snapshot encrypt."},{"code":"NotSupport.SnapshotEncryptedAlgorithmConflict","message":"Changing encrypt algorithm with encrypted snapshot is not supported."},{"code":"NoPermission.SystemTag","message":"The operator is not permission for the system tag."},{"code":"NumberExceed.Tags","message":"The Tags parameter\'s number is exceed , Valid : 20."},{"code":"InvalidZoneId.NotSupportShareEncryptedImage","message":"Creating instances by shared encrypted images is not supported in this zone."},{"code":"InvalidDiskCategory.NotSupported","message":"The specified disk category is not supported."},{"code":"InvalidParameter.CloudboxNotSupported","message":"%s"},{"code":"InvalidZoneId.NotSupportCreateWithShareEncryptedImage","message":"You cannot use shared encrypted images to create instances in this zone."},{"code":"InvalidParameter.NetworkCardIndexInvalid","message":"Invalid network card index, please check your instance type."},{"code":"InvalidOperation.UserNotSupportNetworkCard","message":"User not support network card."},{"code":"InvalidAccount.NotSupportSpot","message":"According to business rules, this account cannot purchase ECS Spot instances."},{"code":"AccountForbidden.AssociatedWithResellerPartner","message":"Your account is associated with your reseller partner. Your account or your reseller partner\'s account has been forbidden to create orders, please contact your reseller partner."},{"code":"InvalidDestinationZone.DeploymentSetMismatch","message":"Error happened, %s."},{"code":"NoPermission.Price","message":"The operation requires price permission. Please either apply for permission from your main account, or set the parameter AutoPay as true."},{"code":"InvalidAutoPay.PostPaidUnsupported","message":"The specified parameter AutoPay must be set as true for postpaid instance."},{"code":"InvalidParam.EncryptedMismatch","message":"Creating encrypted disks with shared encrypted snapshots requires replacing encryption keys."},{"code":"InvalidParameter.DedicatedRegionNotSupported","message":"The specified action is rejected  because the specified ECS instance in the dedicated region does not support public IP."},{"code":"InvalidParameter.CpuOptionsTopologyType","message":"The specified parameter CpuOptions.TopologyType: %s is not valid."},{"code":"InvalidInstanceType.NotSupportCpuOptionsTopologyType","message":"The specified instance type does not support CpuOptions.TopologyType: %s."},{"code":"InvalidEniQueueSize.RegionOrUserNotSupported","message":"The specified parameter RxQueueSize or TxQueueSize is not supported in this region, or this account is not in the whitelist of using eni QueueSize."},{"code":"InvalidParameter.EniQueueSize","message":"The specified parameter TxQueueSize and RxQueueSize are not equal or exceed limit."},{"code":"InvalidParameter.KmsNotEnabled","message":"Failed to perform this operation because KMS is not activated."},{"code":"InvalidParameter.Encrypted.KmsNotEnable","message":"Failed to perform this operation because KMS is not activated."},{"code":"InvalidPrivateIpAddress.Duplicated","message":"The specified private IP address is already in use."},{"code":"InvalidAdditionalInfoPvdConfig.SizeExceeded","message":"The specified parameter AdditionalInfo.PvdConfig exceeds the size."},{"code":"InvalidParameter.Encrypted","message":"Creating non-encrypted disks with encrypted snapshots is not supported."},{"code":"InvalidInstanceType.NotSupportHighDensityMode","message":"The specified instance type does not support the use of the high density mode."},{"code":"QuotaExceeded.InternetBandwidth","message":"%s."},{"code":"InvalidParameter.CpuOptionsAccelerators","message":"The specified parameter CpuOptionsAccelerators is not valid."},{"code":"InvalidInstanceType.NotSupportCpuOptionsAccelerators","message":"The specified instance type does not support attach accelerator."},{"code":"OperationDenied.TestAccountRetricted","message":"Test-account for testing has been prohibited from creating instance in this region. Please contact 400181."},{"code":"InvalidBurstingEnabled.DiskSizeTooSmall","message":"The disk size must be greater than 3 GiB to enable burst."},{"code":"InvalidImage.WindowsUnsupported","message":"The specified InstanceType does not support the specified Windows image."},{"code":"InvalidParameter.CpuOptionsTurboMode","message":"The specified parameter TurboMode is not valid."},{"code":"InvalidInstanceType.EnableNVSUnsupported","message":"The specified instance type does not support EnableNVS."},{"code":"InvalidInstanceType.EnableVISSTUnsupported","message":"The specified instance type does not support EnableVISST."},{"code":"InvalidInstanceType.EnableVRDTUnsupported","message":"The specified instance type does not support EnableVRDT."},{"code":"InvalidInstanceType.SingleCoreMaxModeUnsupported","message":"The specified instance type does not support TurboMode: \\"SINGLE CORE MAX\\"."},{"code":"InvalidParameter.PtpStatus","message":"The specified parameter PtpStatus: %s is not valid."},{"code":"InvalidInstanceType.NotSupportEnablePtp","message":"The specified instance type does not support enable PTP."},{"code":"InvalidInstanceType.NetworkOptionsBandwidthWeightingUnsupported","message":"The current instance type does not support setting or modifying the BandwidthWeighting parameter."},{"code":"InvalidParameter.NetworkOptionsBandwidthWeighting","message":"The specified parameter BandwidthWeighting is not valid.The correct value should be in [%s]."},{"code":"InvalidMarketImage.NotAuthorized","message":"The specified marketplace image is not authorized for your channel, please use other image."}],"401":[{"code":"InvalidRamRole.NotEcsRole","message":"The specified ram role is not authorized for ecs, please check your role policy."}],"403":[{"code":"OperationDenied.CashCouponsInsufficientOrExpired","message":"Cash coupon balance is insufficient or has expired, please retry."},{"code":"InvalidParameter.PrivateIpAddressRepeated","message":"%s"},{"code":"InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded","message":"%s"},{"code":"InvalidParameter.EniNumExceededWithLaunchEcs","message":"%s"},{"code":"InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode","message":"%s"},{"code":"InvalidParameter.QueuePairNumberMustEmpty","message":"%s"},{"code":"InvalidParameter.EniTrafficMode","message":"%s"},{"code":"InvalidParameter.InvalidQueuePairNumber","message":"The parameter of QueuePairNumber is invalid."},{"code":"InvalidParam.IpCount","message":"The parameter of ip count is invalid."},{"code":"InvalidParameter.EniType","message":"%s"},{"code":"InvalidOperation.HighPerformanceTrafficModeIsNotAllowed","message":"%s"},{"code":"InvalidParameter.NetworkInterface","message":"%s"},{"code":"InvalidParameter.Combination","message":"%s"},{"code":"InvalidHostname.SingleAndMultiConflict","message":"%s"},{"code":"InvalidHostname.SizeInvalid","message":"%s"},{"code":"InvalidParams.InstanceNameExceed","message":"The uniqueSuffix takes three naming places, please shorten your InstanceName."},{"code":"InvalidParams.HostnameExceed","message":"The uniqueSuffix takes three naming places, please shorten your Hostname."},{"code":"ImageNotSubscribed","message":"The specified image has not be subscribed."},{"code":"InvalidSystemDiskCategory.ValueUnauthorized","message":"The disk category is not authorized."},{"code":"InvalidSnapshotId.NotReady","message":"The specified snapshot has not completed yet."},{"code":"InstanceDiskCategoryLimitExceed","message":"The total size of specified disk category in an instance exceeds."},{"code":"InvalidDevice.InUse","message":"The specified device has been occupied."},{"code":"ImageRemovedInMarket","message":"The specified market image is not available, Or the specified user defined image includes product code because it is based on an image subscribed from marketplace, and that image in marketplace includeing exact the same product code has been removed."},{"code":"CategoryNotSupported","message":"The specified zone does not offer the specified disk category."},{"code":"QuotaExceed.PortableCloudDisk","message":"The quota of portable cloud disk exceeds."},{"code":"SecurityGroupInstanceLimitExceed","message":"Exceeding the allowed amount of instances of a security group."},{"code":"NodeControllerUnavailable","message":"The Node Controller is temporarily unavailable."},{"code":"RegionUnauthorized","message":"There is no authority to create instance in the specified region."},{"code":"InvalidSnapshotId.NotDataDiskSnapshot","message":"The specified snapshot is system disk snapshot."},{"code":"Forbbiden","message":"User not authorized to operate on the specified resource."},{"code":"DeleteWithInstance.Conflict","message":"The specified disk is not a portable disk and cannot be set to DeleteWithInstance attribute."},{"code":"InstanceDiskNumLimitExceed","message":"The number of specified disk in an instance exceeds."},{"code":"IoOptimized.NotSupported","message":"The specified image is not support IoOptimized Instance."},{"code":"InvalidDiskSize.TooSmall","message":"Specified disk size is less than the size of snapshot."},{"code":"InvalidDiskCategory.Mismatch","message":"The specified disk categories combination is not supported."},{"code":"InvalidDiskCategory.NotSupported","message":"The specified disk category is not support the specified instance type."},{"code":"QuotaExceed.BuyImage","message":"The specified image is from the image market?You have not bought it or your quota has been exceeded."},{"code":"InvalidResourceId.NotSupported","message":"The specified ResourceId does not support tagging."},{"code":"OperationDenied","message":"The specified RegionId does not support the creation of the network type ECS instance."},{"code":"OperationDenied.ImageNotValid","message":"The specified Image is disabled or is deleted."},{"code":"OperationDenied.SnapshotNotValid","message":"The specified snapshot is not allowed to create disk."},{"code":"OperationDenied.SnapshotNotAllowed","message":"The specified snapshot is not allowed to create disk."},{"code":"OperationDenied.ZoneNotAllowed","message":"The creation of Instance to the specified Zone is not allowed."},{"code":"OperationDenied.ZoneSystemCategoryNotMatch","message":"The specified Zone or cluster does not offer the specified disk category or the speicified zone and cluster do not match."},{"code":"OperationDenied.ResourceControl","message":"The specified region is in resource control, please try later."},{"code":"OperationDenied.NoStock","message":"The resource is out of usage."},{"code":"OperationDenied.SnapshotParamsNotValid","message":"The capacity of snapshot exceeds the size limit of the specified disk category or the specified category is not authorizied."},{"code":"OperationDenied.DiskTypeNotSupport","message":"The type of the disk does not support the operation."},{"code":"InvalidUserData.Forbidden","message":"User not authorized to input the parameter \\"UserData\\", please apply for permission \\"UserData\\"."},{"code":"Zone.NotOpen","message":"The specified zone is not granted to you to buy resources yet."},{"code":"Zone.NotOnSale","message":"The resource in the specified zone is no longer available for sale. Please try other regions and zones."},{"code":"InvalidClusterId.NotFound","message":"The specified clusterId does not exist."},{"code":"InvalidResourceType.NotSupported","message":"%s"},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified InstanceType beyond the permitted range."},{"code":"InvalidInstanceType.ZoneNotSupported","message":"The specified zone does not support this instancetype."},{"code":"InstanceType.Offline","message":"%s"},{"code":"DependencyViolation.WindowsInstance","message":"The instance creating is window, cannot use ssh key pair to login."},{"code":"InvalidNetworkType.MismatchRamRole","message":"A RAM role can?t be used for classic instance."},{"code":"InvalidUser.PassRoleForbidden","message":"The RAM user does not have the privilege to pass a RAM role."},{"code":"InvalidParam.TrustedSystemMode","message":"The specified TrustedSystemMode is invalid."},{"code":"InvalidParam.ConfidentialComputingMode","message":"The specified ConfidentialComputingMode is invalid."},{"code":"InvalidInstanceType.NotSupported","message":"The specified instance type does not support trusted system."},{"code":"InvalidSecurityOptions.NotSupported","message":"SecurityOptions for vTPM and Enclave can not both be set."},{"code":"InvalidImage.NotSupported","message":"The specified vTPM instance need UEFI image."},{"code":"Forbidden.RiskControl","message":"This operation is forbidden by Aliyun RiskControl system."},{"code":"InvalidInstance.UnPaidOrder","message":"The specified Instance has unpaid order."},{"code":"Account.Arrearage","message":"Your account has been in arrears."},{"code":"RealNameAuthenticationError","message":"Your account has not passed the real-name authentication yet."},{"code":"InvalidPayMethod","message":"The specified pay method is not valid."},{"code":"InvalidAccountStatus.NotEnoughBalance","message":"Your account does not have enough balance."},{"code":"ImageNotSupportInstanceType","message":"The specified image does not support the specified InstanceType."},{"code":"DryRun.InvalidAmount","message":"%s"},{"code":"OperationDenied.InvalidNetworkType","message":"%s"},{"code":"InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport","message":"The specified SpotInterruptionBehavior does not support Classic network Instance."},{"code":"InvalidSpotInterruptionBehavior.LocalDiskNotSupport","message":"The specified SpotInterruptionBehavior does not support local disk instance."},{"code":"QuotaExceed.PostPaidDisk","message":"Living postPaid disks quota exceeded."},{"code":"InvalidParameter.NotMatch","message":"%s"},{"code":"InvalidVSwitch.DefaultVSwitchNotSupport","message":"The specified zone in vpc can\'t support create default vSwitch."},{"code":"OperationDenied.LocalDiskUnsupported","message":"The configuration change is not allowed when the specified instance has local disks mounted."},{"code":"OperationDenied.InconsistentNetwork","message":"The specified security group and vswitch are not in the same vpc."},{"code":"DefaultVswitch.Existed","message":"The default vswitch for VPC already exists."},{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"CategoryViolation","message":"The specified instance does not support this operation because of its disk category."},{"code":"ResourcesNotInSameZone","message":"The specified instance and dedicated host are not in the same zone."},{"code":"InvalidDisk.SystemDiskSize","message":"The specified SystemDiskSize beyond the permitted range."},{"code":"InsufficientBalance","message":"Your account does not have enough balance."},{"code":"InvalidOperation.NetworkInterface","message":"%s"},{"code":"MaxEniIpv6IpsCountExceeded","message":"%s"},{"code":"InvalidIp.IpRepeated","message":"%s"},{"code":"InvalidIp.IpAssigned","message":"%s"},{"code":"InvalidIp.Address","message":"%s"},{"code":"InvalidOperation.EniCountExceeded","message":"%s"},{"code":"InvalidOperation.Ipv4CountExceeded","message":"%s"},{"code":"InvalidOperation.Ipv6CountExceeded","message":"%s"},{"code":"InvalidOperation.Ipv6NotSupport","message":"%s"},{"code":"InvalidOperation.Ipv4NotSupport","message":"%s"},{"code":"InvalidParam.SecondaryIp","message":"%s"},{"code":"InvalidVSwitch.Ipv6NotTurnOn","message":"%s"},{"code":"InvalidParam.IpAssign","message":"%s"},{"code":"InvalidParam.Amount","message":"%s"},{"code":"InvalidParam.CpuOptionsCore","message":"%s"},{"code":"InvalidParam.CpuOptionsNuma","message":"%s"},{"code":"InvalidVSwitchId.IpInvalid","message":"%s"},{"code":"Forbidden.RegionId","message":"%s"},{"code":"QuotaExceed.DeploymentSetInstanceQuotaFull","message":"The instance quota in one deployment set exceeded."},{"code":"InvalidChargeType.ValueNotSupported","message":"Deletion protection is only valid for postPaid instance, not for prePaid or spot instance."},{"code":"InvalidRegion.NotSupport","message":"The specified region does not support byok."},{"code":"UserNotInTheWhiteList","message":"The user is not in byok white list."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"SecurityRisk.3DVerification","message":"We have detected a security risk with your default credit or debit card. Please proceed with verification via the link in your email."},{"code":"Mayi.InternalError","message":"The request processing has failed due to some unknown error."},{"code":"InvalidNetworkType","message":"The network type is not support in this region."},{"code":"InvalidAccountStatus","message":"Your account status is invalid, please contact customer service."},{"code":"QuotaExceeded.PrivateIpAddress","message":"%s"},{"code":"OperationDenied.PerformanceLevelNotMatch","message":"The specified DataDisk.n.PerformanceLevel and DataDisk.n.Size do not match."},{"code":"InvalidStorageSetName.Malformed","message":"Specified parameter StorageSetName is not valid."},{"code":"InvalidDescription.Malformed","message":"Specified parameter Description is not valid."},{"code":"InvalidMaxPartitionNumber.Malformed","message":"Specified parameter MaxPartitionNumber is not valid."},{"code":"InvalidParameter.StorageSetPartitionNumber","message":"Specified parameter StorageSetPartitionNumber is not valid."},{"code":"InvalidParameter.StorageSetId","message":"Specified parameter StorageSetId is not valid."},{"code":"InvalidParameter.StorageSetZoneId","message":"Specified parameter StorageSetZoneId is not valid."},{"code":"EnterpriseGroupLimited.MutliGroupType","message":"The specified instance can\'t join multi SecurityGroup types."},{"code":"EnterpriseGroupLimited.InstanceType","message":"The specified instance type doesn\'t support Enterprise SecurityGroup."},{"code":"QuotaExceed.Tags","message":"%s"},{"code":"OperationDenied.RegionIdNotSupported","message":"The specified region does not support spot duration instance."},{"code":"OperationDenied.FlavorNotSupported","message":"Flavor not support spot duration instance."},{"code":"OperationDenied.TimestampNotSupported","message":"Timestamp not support spot duration instance."},{"code":"OperationDenied.PaygNotAvailable","message":"Pay-as-you-go instance is not available now."},{"code":"OperationDenied.PrepayNotAvailable","message":"Prepay instance is not available now."},{"code":"OperationDenied.BidOwnResource","message":"Bid user can not own resource."},{"code":"OperationDenied.CloudSSDNotSupported","message":"The specified available zone does not offer the cloud_ssd disk, use cloud_essd instead."},{"code":"QuotaExceed.ElasticQuota","message":"No additional quota is available for the specified ECS instance type."},{"code":"QuotaExceeded.PostpaidDataDiskCapacity","message":"The quota of postpaid data disk capacity exceeds."},{"code":"InvalidImageFamily.MissingAvailableImage","message":"There is no available image related to the specified image family."},{"code":"InvalidRegionId.NotSupportEncryptAlgorithm","message":"The current region does not support creating encrypted disks with EncryptAlgorithm."},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"%s"},{"code":"InvalidManagedPrivateSpaceId.DedicatedHostIdConflict","message":"ManagedPrivateSpaceId and DedicatedHostId cannot be specified at the same time."},{"code":"InvalidManagedPrivateSpaceId.TenancyConflict","message":"ManagedPrivateSpaceId and Tenancy cannot be specified at the same time."},{"code":"InvalidParameter.InvalidEniQueueNumber","message":"%s"},{"code":"InvalidOperation.MaxEniQueueNumberExceeded","message":"%s"},{"code":"InvalidOperation.ExceedInstanceTypeQueueNumber","message":"%s"},{"code":"InvalidIspType.ValueNotSupported","message":"%s"},{"code":"UnsupportedIspChargeType","message":"%s"},{"code":"UnsupportedIspClassicNetwork","message":"%s"},{"code":"InvalidIspBandwidthOut","message":"%s"},{"code":"UnsupportedIspNetworkChargeType","message":"%s"},{"code":"InvalidIspUID","message":"%s"},{"code":"UnsupportedIspRegion","message":"%s"},{"code":"Forbidden.OnlySupportEnterpriseGroup","message":"%s"},{"code":"HibernationConfigured.InstanceOperationForbidden","message":"The operation is not permitted due to limit of the hibernation configured instance."},{"code":"InstanceDiskLimitExceeded","message":"The amount of the disk on instance reach its limits."},{"code":"InvalidInstanceType.NotSupportDiskCategory","message":"The instanceType of the specified instance does not support this disk category."},{"code":"InvalidOperation.ConfidentialComputingModeInInviteOnlyTesting","message":"The specified confidential computing mode is in invite only testing: %s."},{"code":"InvalidOperation.InvalidNetworkInterfaceId","message":"%s"},{"code":"InvalidOperation.RegionNotSupportNetworkInterfaceId","message":"The specific region does not support network interface id."},{"code":"InvalidEniId.NotFound","message":"%s"},{"code":"NotSupportSnapshotEncrypted.DiskCategory","message":"The specified disk category does not support creating encrypted system disks or creating encrypted data disks from snapshots. Check the DiskCategory or Encrypted parameter, or check your account for default encryption settings."},{"code":"InvalidOperation.PublicIpAddressNoStock","message":"The public IP address for the specified Region or ChargeType of the instance is out of stock. Please try another Region or ChargeType."},{"code":"AclLimitExceed","message":"%s"},{"code":"InvalidParameter.DataEncryptedKeyCreateFailed","message":"Create kms data encrypted key fail. If you need further assistance, you can contact the KMS Technical Support."},{"code":"InvalidParameter.CpuOptionsThreadsPerCore","message":"The specified parameter CpuOptions.ThreadsPerCore is not valid."},{"code":"InvalidParameter.CpuOptionsCore","message":"The specified parameter CpuOptions.Core is not valid."},{"code":"InvalidInstanceType.CpuOptionsThreadsPerCoreUnsupported","message":"The current instance type does not support setting or modifying the CpuOptions.ThreadsPerCore parameter."},{"code":"InvalidParameter.CpuOptionsNuma","message":"The specified parameter CpuOptions.Numa is not valid."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK(Customer Master Key) lacks authorization to add tags to the ECS service."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK (Customer Master Key) must be in an active state."},{"code":"InvalidEncrypted.NotMatchSnapshot","message":"The specified parameter Encrypted must be set to true when creating disks with encrypted snapshots."},{"code":"InvalidEncrypted.NotMatchDiskDefaultEncryption","message":"Enabling disk default encryption prevents the creation of non-encrypted disks."},{"code":"InvalidOperation.InstanceTypeNotSupportNetworkEncryption","message":"The specified instance type does not support network encryption."},{"code":"InvalidOperation.UserNotSupportNetworkEncryption","message":"User not support network encryption."},{"code":"InvalidOperation.InstanceTypeNotSupportEniTrunking","message":"The current instance type does not support ENI trunking operation."}],"404":[{"code":"InvalidStorageClusterId.NotExist","message":"The specified StorageClusterId does not exist in current region."},{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"InvalidZoneId.NotFound","message":"The ZoneId provided does not exist in our records."},{"code":"InvalidSecurityGroupId","message":"The specified SecurityGroupId is invalid or does not exist."},{"code":"InvalidSecurityGroupId.NotFound","message":"The SecurityGroupId provided does not exist in our records."},{"code":"InvalidDataDiskSnapshotId.NotFound","message":"The specified parameter \\"DataDisk.n.SnapshotId\\" is not valid."},{"code":"InvalidClusterId.NotFound","message":"The ClusterId provided does not exist in our records."},{"code":"InvalidVSwitchId.NotFound","message":"Specified virtual switch does not exist."},{"code":"InvalidImageId.NotFound","message":"The specified ImageId does not exist."},{"code":"IoOptimized.NotSupported","message":"The specified instancetype is not support IoOptimized instance."},{"code":"InvalidInstanceChargeType.NotFound","message":"The InstanceChargeType does not exist in our records."},{"code":"DependencyViolation.IoOptimized","message":"The specified instancetype must be IoOptimized instance."},{"code":"PaymentMethodNotFound","message":"No payment method has been registered on the account."},{"code":"HOSTNAME_ILLEGAL","message":"The specified parameter HostName is not valid."},{"code":"InvalidSystemDiskSize.LessThanImageSize","message":"The specified parameter SystemDisk.Size is less than the image size."},{"code":"InvalidSystemDiskSize.LessThanMinSize","message":"The specified parameter SystemDisk.Size is less than the min size."},{"code":"InvalidSystemDiskSize.MoreThanMaxSize","message":"The specified parameter SystemDisk.Size is more than the max size."},{"code":"OperationDenied.ImageNotValid","message":"The specified Image is disabled or is deleted."},{"code":"OperationDenied.CreatingConflict","message":"Another Instance has been creating."},{"code":"InvalidKeyPairName.NotFound","message":"The specified parameter KeyPairName does not exist in our records."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."},{"code":"InvalidRamRole.NotFound","message":"The specified parameter \\"RAMRoleName\\" does not exist."},{"code":"InvalidLaunchTemplate.NotFound","message":"%s"},{"code":"InvalidLaunchTemplateVersion.NotFound","message":"%s"},{"code":"InvalidVSwitchId.NotExist","message":"%s"},{"code":"InvalidMarketImage.NotFound","message":"The specified marketplace image does not exist, please change the imageId and try again."},{"code":"DeploymentSet.NotFound","message":"The specified deployment set does not exist."},{"code":"InvalidParameter.DeploymentSetGroupNo","message":"Parameter DeploymentSetGroupNo is invalid."},{"code":"InvalidParameter.KMSKeyId.NotFound","message":"The specified KMSKeyId does not exist."},{"code":"InvalidDiskIds.NotPortable","message":"The specified DiskId is not portable."},{"code":"InvalidAutoSnapshotPolicyId.NotFound","message":"Specified parameter AutoSnapshotPolicyId not found."}],"429":[{"code":"Throttling.Resource","message":"The request throttle by resource operation."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeInstances":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchId","in":"query","schema":{"type":"string","required":false}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceNetworkType","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceIds","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1"}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"MaxResults","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1"}},{"name":"InnerIpAddresses","in":"query","schema":{"type":"string","required":false}},{"name":"PrivateIpAddresses","in":"query","schema":{"type":"string","required":false}},{"name":"PublicIpAddresses","in":"query","schema":{"type":"string","required":false}},{"name":"EipAddresses","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"InternetChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceName","in":"query","schema":{"type":"string","required":false}},{"name":"ImageId","in":"query","schema":{"type":"string","required":false}},{"name":"Status","in":"query","schema":{"type":"string","required":false}},{"name":"LockReason","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.3.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.4.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.3.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.4.Value","in":"query","schema":{"type":"string","required":false}},{"name":"DeviceAvailable","in":"query","schema":{"type":"boolean","required":false}},{"name":"IoOptimized","in":"query","schema":{"type":"boolean","required":false}},{"name":"NeedSaleCycle","in":"query","schema":{"type":"boolean","required":false}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceTypeFamily","in":"query","schema":{"type":"string","required":false}},{"name":"KeyPairName","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"HpcClusterId","in":"query","schema":{"type":"string","required":false}},{"name":"RdmaIpAddresses","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"HttpEndpoint","in":"query","schema":{"type":"string","required":false}},{"name":"HttpTokens","in":"query","schema":{"type":"string","required":false}},{"name":"HttpPutResponseHopLimit","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"Ipv6Address","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":100}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Value":{"type":"string","required":false},"value":{"type":"string","required":false},"key":{"type":"string","required":false},"Key":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"AdditionalAttributes","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":5}}],"response":{"type":"object","properties":{"NextToken":{"type":"string"},"PageSize":{"type":"integer","format":"int32"},"PageNumber":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"TotalCount":{"type":"integer","format":"int32"},"Instances":{"type":"object","itemNode":true,"properties":{"Instance":{"type":"array","items":{"type":"object","properties":{"ResourceGroupId":{"type":"string"},"Memory":{"type":"integer","format":"int32"},"InstanceChargeType":{"type":"string"},"Cpu":{"type":"integer","format":"int32"},"OSName":{"type":"string"},"InstanceNetworkType":{"type":"string"},"InnerIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}},"ExpiredTime":{"type":"string"},"ImageId":{"type":"string"},"EipAddress":{"type":"object","properties":{"Bandwidth":{"type":"integer","format":"int32"},"AllocationId":{"type":"string"},"IpAddress":{"type":"string"},"IsSupportUnassociate":{"type":"boolean"},"InternetChargeType":{"type":"string"}}},"ImageOptions":{"type":"object","properties":{"LoginAsNonRoot":{"type":"boolean"},"CurrentOSNVMeSupported":{"type":"boolean"}}},"VlanId":{"type":"string"},"HostName":{"type":"string"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagKey":{"type":"string"},"TagValue":{"type":"string"}}}}}},"Status":{"type":"string"},"HibernationOptions":{"type":"object","properties":{"Configured":{"type":"boolean"}}},"AdditionalInfo":{"type":"object","properties":{"EnableHighDensityMode":{"type":"boolean"}}},"MetadataOptions":{"type":"object","properties":{"HttpPutResponseHopLimit":{"type":"integer","format":"int32"},"HttpTokens":{"type":"string"},"HttpEndpoint":{"type":"string"}}},"InstanceId":{"type":"string"},"StoppedMode":{"type":"string"},"CpuOptions":{"type":"object","properties":{"TopologyType":{"type":"string"},"TurboMode":{"type":"string"},"EnableVISST":{"type":"boolean"},"EnableVRDT":{"type":"boolean"},"ThreadsPerCore":{"type":"integer","format":"int32"},"Numa":{"type":"string"},"CoreCount":{"type":"integer","format":"int32"}}},"StartTime":{"type":"string"},"PrivateDnsNameOptions":{"type":"object","properties":{"EnableInstanceIdDnsARecord":{"type":"boolean"},"HostnameType":{"type":"string"},"EnableIpDnsPtrRecord":{"type":"boolean"},"EnableIpDnsARecord":{"type":"boolean"},"EnableInstanceIdDnsAAAARecord":{"type":"boolean"}}},"DeletionProtection":{"type":"boolean"},"SecurityGroupIds":{"type":"object","itemNode":true,"properties":{"SecurityGroupId":{"type":"array","items":{"type":"string"}}}},"VpcAttributes":{"type":"object","properties":{"PrivateIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}},"VpcId":{"type":"string"},"VSwitchId":{"type":"string"},"NatIpAddress":{"type":"string"}}},"InternetChargeType":{"type":"string"},"DeploymentSetId":{"type":"string"},"InstanceName":{"type":"string"},"SpotInterruptionBehavior":{"type":"string"},"InternetMaxBandwidthOut":{"type":"integer","format":"int32"},"SerialNumber":{"type":"string"},"OSType":{"type":"string"},"CreationTime":{"type":"string"},"AutoReleaseTime":{"type":"string"},"Description":{"type":"string"},"EnableNVS":{"type":"boolean"},"LocalStorageCapacity":{"type":"integer","format":"int64"},"InstanceTypeFamily":{"type":"string"},"DedicatedInstanceAttribute":{"type":"object","properties":{"Tenancy":{"type":"string"},"Affinity":{"type":"string"}}},"SpotDuration":{"type":"integer","format":"int32"},"LocalStorageAmount":{"type":"integer","format":"int32"},"PublicIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}},"GPUSpec":{"type":"string"},"NetworkInterfaces":{"type":"object","itemNode":true,"properties":{"NetworkInterface":{"type":"array","items":{"type":"object","properties":{"Type":{"type":"string"},"Ipv6Sets":{"type":"object","itemNode":true,"properties":{"Ipv6Set":{"type":"array","items":{"type":"object","properties":{"Ipv6Address":{"type":"string"}}}}}},"Ipv6PrefixSets":{"type":"object","itemNode":true,"properties":{"Ipv6PrefixSet":{"type":"array","items":{"type":"object","properties":{"Ipv6Prefix":{"type":"string"}}}}}},"PrimaryIpAddress":{"type":"string"},"MacAddress":{"type":"string"},"NetworkInterfaceId":{"type":"string"},"Ipv4PrefixSets":{"type":"object","itemNode":true,"properties":{"Ipv4PrefixSet":{"type":"array","items":{"type":"object","properties":{"Ipv4Prefix":{"type":"string"}}}}}},"PrivateIpSets":{"type":"object","itemNode":true,"properties":{"PrivateIpSet":{"type":"array","items":{"type":"object","properties":{"PrivateIpAddress":{"type":"string"},"PrivateDnsName":{"type":"string"},"Primary":{"type":"boolean"}}}}}}}}}}},"SpotPriceLimit":{"type":"number","format":"float"},"SaleCycle":{"type":"string"},"DeviceAvailable":{"type":"boolean"},"InstanceType":{"type":"string"},"SpotStrategy":{"type":"string"},"OSNameEn":{"type":"string"},"KeyPairName":{"type":"string"},"IoOptimized":{"type":"boolean"},"ZoneId":{"type":"string"},"ClusterId":{"type":"string"},"HpcClusterId":{"type":"string"},"ISP":{"type":"string"},"DeploymentSetGroupNo":{"type":"integer","format":"int32"},"EcsCapacityReservationAttr":{"type":"object","properties":{"CapacityReservationPreference":{"type":"string"},"CapacityReservationId":{"type":"string"}}},"DedicatedHostAttribute":{"type":"object","properties":{"DedicatedHostId":{"type":"string"},"DedicatedHostName":{"type":"string"},"DedicatedHostClusterId":{"type":"string"}}},"GPUAmount":{"type":"integer","format":"int32"},"OperationLocks":{"type":"object","itemNode":true,"properties":{"LockReason":{"type":"array","items":{"type":"object","properties":{"LockReason":{"type":"string"},"LockMsg":{"type":"string"}}}}}},"RdmaIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}},"InternetMaxBandwidthIn":{"type":"integer","format":"int32"},"ClockOptions":{"type":"object","properties":{"PtpStatus":{"type":"string"}}},"Recyclable":{"type":"boolean"},"RegionId":{"type":"string"},"CreditSpecification":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"InvalidHpcClusterId.NotFound","message":"The specified HpcClusterId is not found."},{"code":"InvalidHpcClusterId.Creating","message":"The specified HpcClusterId is creating."},{"code":"InternalError","message":"The request processing has failed due to some unknown error, exception or failure."}],"404":[{"code":"InvalidInstanceChargeType.NotFound","message":"The InstanceChargeType does not exist in our records."},{"code":"InvalidInternetChargeType.ValueNotSupported","message":"The specified InternetChargeType is not valid."},{"code":"InvalidLockReason.NotFound","message":"The specified LockReason is not found."},{"code":"InvalidFilterKey.NotFound","message":"Invalid filter.%s."},{"code":"InvalidFilterValue","message":"Invalid filter.%s."},{"code":"InvalidNetworkType.NotFound","message":"The specified InstanceNetworkType is not found."},{"code":"InvalidStatus.NotFound","message":"The specified Status is not found."}]}},"DescribeInstanceAttribute":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"Status":{"type":"string"},"SerialNumber":{"type":"string"},"CreationTime":{"type":"string"},"RequestId":{"type":"string"},"Description":{"type":"string"},"InstanceName":{"type":"string"},"InstanceNetworkType":{"type":"string"},"Memory":{"type":"integer","format":"int32"},"ImageId":{"type":"string"},"ClusterId":{"type":"string"},"VlanId":{"type":"string"},"StoppedMode":{"type":"string"},"HostName":{"type":"string"},"InstanceId":{"type":"string"},"InstanceType":{"type":"string"},"InternetMaxBandwidthIn":{"type":"integer","format":"int32"},"InternetMaxBandwidthOut":{"type":"integer","format":"int32"},"RegionId":{"type":"string"},"InstanceChargeType":{"type":"string"},"IoOptimized":{"type":"string"},"Cpu":{"type":"integer","format":"int32"},"ExpiredTime":{"type":"string"},"ZoneId":{"type":"string"},"InternetChargeType":{"type":"string"},"CreditSpecification":{"type":"string"},"SecurityGroupIds":{"type":"object","itemNode":true,"properties":{"SecurityGroupId":{"type":"array","items":{"type":"string"}}}},"PublicIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}},"InnerIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}},"VpcAttributes":{"type":"object","properties":{"VpcId":{"type":"string"},"NatIpAddress":{"type":"string"},"VSwitchId":{"type":"string"},"PrivateIpAddress":{"type":"object","itemNode":true,"properties":{"IpAddress":{"type":"array","items":{"type":"string"}}}}}},"EipAddress":{"type":"object","properties":{"InternetChargeType":{"type":"string"},"IpAddress":{"type":"string"},"Bandwidth":{"type":"integer","format":"int32"},"AllocationId":{"type":"string"}}},"DedicatedHostAttribute":{"type":"object","properties":{"DedicatedHostName":{"type":"string"},"DedicatedHostId":{"type":"string"}}},"OperationLocks":{"type":"object","itemNode":true,"properties":{"LockReason":{"type":"array","items":{"type":"object","properties":{"LockReason":{"type":"string"}}}}}},"EnableJumboFrame":{"type":"boolean"},"EnableNetworkEncryption":{"type":"boolean"},"NetworkOptions":{"type":"object","properties":{"EnableJumboFrame":{"type":"boolean"},"EnableNetworkEncryption":{"type":"boolean"},"BandwidthWeighting":{"type":"string"}}}}},"errorCodes":{"404":[{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"StartInstance":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"InitLocalDisk","in":"query","schema":{"type":"boolean","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"LackResource","message":"There\'s no enough resource on the specified capacity reservation."},{"code":"InvalidDedicatedHost.NotEnoughResource","message":"The specified dedicated host has not enough resource due to host affinity."},{"code":"InvalidInstance.NotFoundSystemDisk","message":"The specified instance does not have system disk."},{"code":"Invalid.PrivatePoolOptions.NoStock","message":"The PrivatePool has been used up."}],"403":[{"code":"InvalidParameter.KMSKeyId.NotFound","message":"The specified KMSKeyId does not exist."},{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"InsufficientBalance","message":"Your account does not have enough balance."},{"code":"DiskError","message":"IncorrectDiskStatus."},{"code":"InstanceExpired","message":"The postPaid instance has been expired.Please ensure your account have enough balance."},{"code":"InstanceNotReady","message":"The specified instance is not ready for use."},{"code":"DiskInArrears","message":"The specified operation is denied as your disk has expired."},{"code":"OperationDenied.SpotPriceLowerThanPublicPrice","message":"The spot instance price is lower than public price."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK needs to be added ECS tag."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK needs to be enabled."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"QuotaExceed.ElasticQuota","message":"No additional quota is available for the specified ECS instance type."},{"code":"OperationDenied.HostRepairing","message":"The specified operation is denied as the host of ECS instance is being repaired."},{"code":"OperationDenied.NoStock","message":"The requested resource is sold out in the specified zone, try other types of resources or other regions and zones."}],"404":[{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."},{"code":"InvalidCapacityReservationId.NotFound","message":"The specified capacity reservation does not exist."}],"500":[{"code":"InstanceNotReady","message":"The specified instance is not ready for use."},{"code":"InternalError","message":"The request processing has failed due to some unknown error."}],"503":[{"code":"ServiceUnavailable","message":"The request has failed due to a temporary failure of the server."},{"code":"LimitedOperation.ServiceUnavailable","message":"The service is currently unavailable. Please try again later."}]}},"StopInstance":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"ConfirmStop","in":"query","schema":{"type":"boolean","required":false}},{"name":"ForceStop","in":"query","schema":{"type":"boolean","required":false}},{"name":"StoppedMode","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"Hibernate","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidParameter.Encrypted.KmsNotEnable","message":"Failed to perform this operation because KMS is not activated."},{"code":"DiskError","message":"IncorrectDiskStatus."}],"403":[{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"InstanceType.ParameterMismatch","message":"The input parameter ConfirmStop must be true when an instance have localstorage."},{"code":"InstanceExpiredOrInArrears","message":"The specified operation is denied as your prepay instance is expired (prepay mode) or in arrears (afterpay mode)."},{"code":"InvalidInstanceId.NotSupport","message":"Classic network Instance  does not support this operation."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"The CMK needs to be added ECS tag"},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK needs to be enabled."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"HibernationConfigured.InstanceOperationForbidden","message":"The operation is not permitted due to limit of the hibernation configured instance."},{"code":"HibernationConfigured.NotEnabled","message":"The instance hibernation configured option is not enabled."},{"code":"InvalidOperation.KMSKeyIdNotFound","message":"The specified KMSKeyId not found, %s."},{"code":"InvalidOperation.KMSServiceNotOpen","message":"KMS service is currently not open."},{"code":"OperationDenied.SystemInstanceNotSupport","message":"The system instance does not support the %s operation because %s."}],"404":[{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}],"503":[{"code":"LimitedOperation.ServiceUnavailable","message":"The service is currently unavailable. Please try again later."}]}},"RebootInstance":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"ForceStop","in":"query","schema":{"type":"boolean","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"403":[{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"DiskError","message":"IncorrectDiskStatus."},{"code":"InstanceExpiredOrInArrears","message":"The specified operation is denied as your prepay instance is expired (prepay mode) or in arrears (afterpay mode)."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"%s"},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"%s"},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"%s"}],"404":[{"code":"InvalidParameter.KMSKeyId.NotFound","message":"%s"},{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}],"503":[{"code":"LimitedOperation.ServiceUnavailable","message":"The service is currently unavailable. Please try again later."}]}},"DeleteInstance":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"Force","in":"query","schema":{"type":"boolean","required":false,"default":"false"}},{"name":"ForceStop","in":"query","schema":{"type":"boolean","required":false,"default":"true"}},{"name":"TerminateSubscription","in":"query","schema":{"type":"boolean","required":false,"default":"false"}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"DependencyViolation.SLBConfiguring","message":"Specified operation is denied as your instance is using by another product."},{"code":"DependencyViolation.RouteEntry","message":"Specified instance is used by route entry."},{"code":"InvalidParameter","message":"The input parameter InstanceId is invalid."}],"403":[{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"ChargeTypeViolation","message":"The operation is not permitted due to charge type of the instance."},{"code":"IncorrectInstanceStatus.Initializing","message":"The specified instance status does not support this operation."},{"code":"InvalidOperation.DeletionProtection","message":"%s"},{"code":"InvalidOperation.EniLinked","message":"%s"},{"code":"OperationDenied.SystemInstanceNotSupport","message":"The system instance does not support the %s operation because %s."}],"404":[{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DeleteInstances":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"Force","in":"query","schema":{"type":"boolean","required":false,"default":"false"}},{"name":"ForceStop","in":"query","schema":{"type":"boolean","required":false,"default":"true"}},{"name":"TerminateSubscription","in":"query","schema":{"type":"boolean","required":false,"default":"false"}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":true,"maxItems":100}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidParameter.CrossRegionNotSupport","message":"Instances of multiple regions not support."},{"code":"DRYRUN.SUCCESS","message":"This request is a dryrun request with successful result."},{"code":"DependencyViolation.SLBConfiguring","message":"Specified operation is denied as your instance is using by another product."},{"code":"DependencyViolation.RouteEntry","message":"Specified instance is used by route entry."}],"403":[{"code":"InvalidParameter.TooManyInstanceIds","message":"Instance ids cannot be more than 100."},{"code":"InvalidInstanceIds.ValueNotSupported","message":"The specified instanceIds is not valid."},{"code":"InvalidOperation.DeletionProtection","message":"The operation is not allowed due to deletion protection."},{"code":"ChargeTypeViolation","message":"%s"},{"code":"IncorrectInstanceStatus.Initializing","message":"%s"},{"code":"InvalidOperation.EniLinked","message":"%s"},{"code":"IncorrectInstanceStatus","message":"%s"},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"OperationDenied.SystemInstanceNotSupport","message":"The system instance does not support the %s operation because %s."}],"404":[{"code":"InvalidInstanceIds.NotFound","message":"The specified InstanceIds does not exist."},{"code":"InvalidInstanceId.NotFound","message":"%s"}],"500":[{"code":"InvalidParameter","message":"Invalid parameters."},{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"AllocatePublicIpAddress":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"IpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"VlanId","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"IpAddress":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidOperation.AllocateFailed","message":"The current instance failed to allocate public IP, please try again later."},{"code":"InvalidIpAddress.Malformed","message":"The specified parameter \\"IpAddress\\" is not valid."},{"code":"OperationDenied","message":"Specified operation is denied as your instance is in VPC."},{"code":"InsufficientPublicIp","message":"Ip address not found."},{"code":"AllocateIpInvalidInstanceBandwidth","message":"OperationDenied The InternetMaxBandwidthOut of the specified instance cannot be less than 0."},{"code":"OperationDenied.CloudboxNotSupport","message":"This operation is denied, because the specified ECS instance which is in the Cloudbox dose not support PublicIp or Eip."},{"code":"OperationDenied.DedicatedRegionNotSupported","message":"This operation is denied, because the specified ECS instance which is in the dedicated region dose not support PublicIp or Eip."}],"403":[{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"InstanceLockedForSecurity","message":"The specified operation is denied as your instance is locked for security reasons."},{"code":"InstanceExpiredOrInArrears","message":"The specified operation is denied as your prepay instance is expired (prepay mode) or in arrears (afterpay mode)."},{"code":"IpInUse","message":"The specified IP is already in use."},{"code":"AllocatedAlready","message":"There is an IpAddress allocated already for the specified instance."},{"code":"AllocateIp.Fail","message":"The specified instance fails to allocate ip, please try again."},{"code":"NAT_PUBLIC_IP_BINDING_FAILED","message":"Binding nat public ip failed."},{"code":"NAT_PUBLIC_IP_ALLOCATE_FAILED","message":"Nat public ip binding failed."},{"code":"InvalidIpAddress.NotPublic","message":"The specified IP is not public address."}],"404":[{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."},{"code":"InvalidVlanId.NotFound","message":"The VlanId provided does not exist in our records."},{"code":"InvalidIpAddress.NotFound","message":"The specified IP is not in the specified vlan."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeDisks":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"DiskIds","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"DiskType","in":"query","schema":{"type":"string","required":false}},{"name":"Category","in":"query","schema":{"type":"string","required":false}},{"name":"Status","in":"query","schema":{"type":"string","required":false}},{"name":"SnapshotId","in":"query","schema":{"type":"string","required":false}},{"name":"Portable","in":"query","schema":{"type":"boolean","required":false}},{"name":"DeleteWithInstance","in":"query","schema":{"type":"boolean","required":false}},{"name":"DeleteAutoSnapshot","in":"query","schema":{"type":"boolean","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1"}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"MaxResults","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"500","minimum":"1"}},{"name":"DiskName","in":"query","schema":{"type":"string","required":false}},{"name":"AutoSnapshotPolicyId","in":"query","schema":{"type":"string","required":false}},{"name":"EnableAutoSnapshot","in":"query","schema":{"type":"boolean","required":false}},{"name":"EnableAutomatedSnapshotPolicy","in":"query","schema":{"type":"boolean","required":false}},{"name":"DiskChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"LockReason","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Value","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"EnableShared","in":"query","schema":{"type":"boolean","required":false}},{"name":"Encrypted","in":"query","schema":{"type":"boolean","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"KMSKeyId","in":"query","schema":{"type":"string","required":false}},{"name":"MultiAttach","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"AdditionalAttributes","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":5}}],"response":{"type":"object","properties":{"NextToken":{"type":"string"},"PageSize":{"type":"integer","format":"int32"},"PageNumber":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"TotalCount":{"type":"integer","format":"int32"},"Disks":{"type":"object","itemNode":true,"properties":{"Disk":{"type":"array","items":{"type":"object","properties":{"SerialNumber":{"type":"string"},"CreationTime":{"type":"string"},"Status":{"type":"string"},"Type":{"type":"string"},"PerformanceLevel":{"type":"string"},"BdfId":{"type":"string"},"EnableAutoSnapshot":{"type":"boolean"},"StorageSetId":{"type":"string"},"StorageSetPartitionNumber":{"type":"integer","format":"int32"},"DiskId":{"type":"string"},"DeleteAutoSnapshot":{"type":"boolean"},"StorageClusterId":{"type":"string"},"Encrypted":{"type":"boolean"},"IOPSRead":{"type":"integer","format":"int32"},"MountInstanceNum":{"type":"integer","format":"int32"},"Description":{"type":"string"},"Device":{"type":"string"},"DiskName":{"type":"string"},"Portable":{"type":"boolean"},"ImageId":{"type":"string"},"KMSKeyId":{"type":"string"},"DeleteWithInstance":{"type":"boolean"},"DetachedTime":{"type":"string"},"SourceSnapshotId":{"type":"string"},"AutoSnapshotPolicyId":{"type":"string"},"EnableAutomatedSnapshotPolicy":{"type":"boolean"},"IOPSWrite":{"type":"integer","format":"int32"},"InstanceId":{"type":"string"},"IOPS":{"type":"integer","format":"int32"},"RegionId":{"type":"string"},"ExpiredTime":{"type":"string"},"Size":{"type":"integer","format":"int32"},"ResourceGroupId":{"type":"string"},"DiskChargeType":{"type":"string"},"ZoneId":{"type":"string"},"AttachedTime":{"type":"string"},"Category":{"type":"string"},"ProductCode":{"type":"string"},"MultiAttach":{"type":"string"},"OperationLocks":{"type":"object","itemNode":true,"properties":{"OperationLock":{"type":"array","items":{"type":"object","properties":{"LockReason":{"type":"string"}}}}}},"MountInstances":{"type":"object","itemNode":true,"properties":{"MountInstance":{"type":"array","items":{"type":"object","properties":{"AttachedTime":{"type":"string"},"InstanceId":{"type":"string"},"Device":{"type":"string"}}}}}},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"}}}}}},"Attachments":{"type":"object","itemNode":true,"properties":{"Attachment":{"type":"array","items":{"type":"object","properties":{"InstanceId":{"type":"string"},"Device":{"type":"string"},"AttachedTime":{"type":"string"}}}}}},"ProvisionedIops":{"type":"integer","format":"int64"},"BurstingEnabled":{"type":"boolean"},"Throughput":{"type":"integer","format":"int32"},"ThroughputRead":{"type":"integer","format":"int32"},"ThroughputWrite":{"type":"integer","format":"int32"},"Placement":{"type":"object","properties":{"ZoneIds":{"type":"string"}}}}}}}}}},"errorCodes":{"400":[{"code":"InvalidDiskType.ValueNotSupported","message":"The specified disk type is not supported."},{"code":"InvalidCategory.ValueNotSupported","message":"The specified disk category is not supported."},{"code":"InvalidStatus.ValueNotSupported","message":"The specified disk status is not supported."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"InvalidRegion.NotFound","message":"The specified parameter RegionId is not valid."},{"code":"InvalidZoneId.NotFound","message":"The zoneId provided does not exist in our records."},{"code":"MissingParamter.RegionId","message":"The regionId should not be null."},{"code":"InvalidParameter.DiskIds","message":"The specified parameter diskIds is not valid."},{"code":"IncompleteParamter","message":"Some fields can not be null in this request."},{"code":"InvalidParamter","message":"Some parameters are invalid in this request."},{"code":"InvalidSnapshot.NotFound","message":"The specified parameter SnapshotId is not valid."}],"403":[{"code":"InvalidDiskIds.Malformed","message":"The amount of specified disk Ids exceeds the limit."},{"code":"InvalidCategory.ValueNotSupported","message":"The specified disk category is not supported."},{"code":"UserNotInTheWhiteList","message":"The user is not in volume white list."},{"code":"InvalidParameter.MultiAttachAndEnableSharedNotMatch","message":"The parameter MultiAttach and EnableShared are not match."},{"code":"InvalidParameter.MultiAttach","message":"The specified param MultiAttach is not valid."}],"404":[{"code":"InvalidFilterKey.NotFound","message":"The filter key is not found."},{"code":"InvalidFilterValue","message":"The filter value is not valid."},{"code":"InvalidDiskIds.ValueNotSupported","message":"The specified parameter \\"DiskIds\\" is not supported."},{"code":"InvalidDiskChargeType.NotFound","message":"The DiskChargeType does not exist in our records."},{"code":"InvalidLockReason.NotFound","message":"The specified LockReason is not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"CreateSnapshot":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"DiskId","in":"query","schema":{"type":"string","required":true}},{"name":"SnapshotName","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"RetentionDays","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"Category","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"InstantAccess","in":"query","schema":{"type":"boolean","required":false}},{"name":"InstantAccessRetentionDays","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"StorageLocationArn","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"SnapshotId":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidParameter.KMSKeyId.NotFound","message":"The specified KMSKeyId does not exist."},{"code":"InvalidSnapshotName.Malformed","message":"The specified SnapshotName is wrongly formed."},{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"DiskCategory.OperationNotSupported","message":"The type of the specified disk does not support creating a snapshot."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"InvalidRetentionDays.Malformed","message":"The specified RetentionDays is not valid."},{"code":"CreateSnapshot.Failed","message":"The process of creating snapshot is failed."}],"403":[{"code":"Throttling","message":"Request was denied due to user flow control."},{"code":"IncorrectDiskStatus.CreatingSnapshot","message":"A previous snapshot creation is in process."},{"code":"InstanceLockedForSecurity","message":"The disk attached instance is locked due to security."},{"code":"IncorrectDiskStatus.NeverAttached","message":"The specified disk has never been attached to any instance."},{"code":"QuotaExceed.Snapshot","message":"The snapshot quota exceeds."},{"code":"IncorrectDiskStatus.NeverUsed","message":"The specified disk has never been used after creating."},{"code":"CreateSnapshot.Failed","message":"The process of creating snapshot is failed."},{"code":"DiskInArrears","message":"The specified operation is denied as your disk has expired."},{"code":"DiskId.ValueNotSupported","message":"The specified parameter diskid is not supported."},{"code":"IncorrectDiskStatus","message":"The current disk status does not support this operation."},{"code":"InvalidAccountStatus.NotEnoughBalance","message":"Your account does not have enough balance."},{"code":"InvalidAccountStatus.SnapshotServiceUnavailable","message":"Snapshot service has not been opened yet."},{"code":"IncorrectInstanceStatus","message":"The current status of the resource does not support this operation."},{"code":"IncorrectVolumeStatus","message":"The current volume status does not support this operation."},{"code":"IdempotentParameterMismatch","message":"The specified clientToken is used."},{"code":"IncorrectDiskStatus.Invalid","message":"The specified disk status invalid, restart instance and try again."},{"code":"IncorrectDiskType.NotSupport","message":"The specified device type is not supported."},{"code":"IncorrectDiskStatus.Transferring","message":"The specified device is transferring, you can retry after the process is finished."},{"code":"InvalidParameter.KMSKeyId.CMKUnauthorized","message":"ECS tags must be added to the CMK."},{"code":"InvalidParameter.KMSKeyId.CMKNotEnabled","message":"The CMK needs to be enabled."},{"code":"InvalidParameter.KMSKeyId.KMSUnauthorized","message":"ECS service have no right to access your KMS."},{"code":"IdempotentProcessing","message":"The previous idempotent request(s) is still processing."},{"code":"InvalidSnapshotCategory.Malformed","message":"The specified Category is not valid."},{"code":"InvalidAction.Unauthorized","message":"The specified action is not valid."},{"code":"InvalidRegion.NotSupportSnapshotInstantAccessRegion","message":"The snapshot InstantAccess is not supported for this region."},{"code":"InvalidCategoryAndInstantAccess.Malformed","message":"The snapshot Category and InstantAccess can\'t be used together."},{"code":"DISK_HAS_CREATING_SNAPSHOT","message":"The operation cannot be performed while a snapshot is being created for the disk."},{"code":"HibernationConfigured.InstanceOperationForbidden","message":"The operation is not permitted due to limit of the hibernation configured instance."},{"code":"QuotaExceed.SnapshotQuota","message":"The quota is insufficient, please contact your channel partner to increase the quota."},{"code":"InvalidInstantAccessRetentionDays.Malformed","message":"The specified InstantAccessRetentionDays is not valid."},{"code":"CloudBoxNotSupportSnapshotWithInstantAccess","message":"The specified disk in CloudBox does not support to create a snapshot with InstantAccess."},{"code":"InvalidOperation.UnfinishedEncryptedSnapshotCopy","message":"This disk has unfinished encrypted copy snapshots in the target region."},{"code":"QuotaExceed.ConcurrentSnapshotQuota","message":"The number of snapshots being created for the disk %s has exceeded the concurrent quota (%s). Please wait for the previous snapshots to complete before trying again."},{"code":"InvalidClientToken.Malformed","message":"The specified clientToken is improperly formatted. It must contain only ASCII characters and must not exceed 64 characters in length."},{"code":"InvalidParameter.UnauthorizedStorageLocationArn","message":"The operation has failed due to lack of permission for the specified \\"StorageLocationArn\\". Please use a resource with appropriate permission for the operation."}],"404":[{"code":"InvalidDiskId.NotFound","message":"The specified DiskId does not exist."},{"code":"InvalidDescription.Malformed","message":"The specified description is wrongly formed."},{"code":"InvalidInstanceId.NotFound","message":"The specified InstanceId does not exist."},{"code":"InvalidVolumeId.NotFound","message":"The specified volume does not exist."},{"code":"InvalidResourceGroup.NotFound","message":"The ResourceGroup provided does not exist in our records."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeSnapshots":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"InstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"DiskId","in":"query","schema":{"type":"string","required":false}},{"name":"SnapshotLinkId","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"SnapshotIds","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"MaxResults","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}},{"name":"SnapshotName","in":"query","schema":{"type":"string","required":false}},{"name":"Status","in":"query","schema":{"type":"string","required":false}},{"name":"SnapshotType","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Usage","in":"query","schema":{"type":"string","required":false}},{"name":"SourceDiskType","in":"query","schema":{"type":"string","required":false}},{"name":"Encrypted","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"KMSKeyId","in":"query","schema":{"type":"string","required":false}},{"name":"Category","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"NextToken":{"type":"string"},"PageSize":{"type":"integer","format":"int32"},"PageNumber":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"TotalCount":{"type":"integer","format":"int32"},"Snapshots":{"type":"object","itemNode":true,"properties":{"Snapshot":{"type":"array","items":{"type":"object","properties":{"Status":{"type":"string"},"CreationTime":{"type":"string"},"Progress":{"type":"string"},"InstantAccess":{"type":"boolean"},"Available":{"type":"boolean"},"RemainTime":{"type":"integer","format":"int32"},"SourceDiskSize":{"type":"string"},"RetentionDays":{"type":"integer","format":"int32"},"SourceDiskType":{"type":"string"},"SourceStorageType":{"type":"string"},"Usage":{"type":"string"},"LastModifiedTime":{"type":"string"},"Encrypted":{"type":"boolean"},"SnapshotType":{"type":"string"},"SourceDiskId":{"type":"string"},"SnapshotName":{"type":"string"},"InstantAccessRetentionDays":{"type":"integer","format":"int32"},"Description":{"type":"string"},"SnapshotId":{"type":"string"},"RegionId":{"type":"string"},"ResourceGroupId":{"type":"string"},"Category":{"type":"string"},"KMSKeyId":{"type":"string"},"SnapshotSN":{"type":"string"},"ProductCode":{"type":"string"},"SourceSnapshotId":{"type":"string"},"SourceRegionId":{"type":"string"},"SnapshotLinkId":{"type":"string"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"}}}}}}}}}}}}},"errorCodes":{"400":[{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."}],"403":[{"code":"InvalidSnapshotIds.Malformed","message":"The amount of specified specified snapshot Ids exceeds the limit."},{"code":"InvalidSnapshotCategory.Malformed","message":"The specified Category is not valid."}],"404":[{"code":"InvalidFilterKey.NotFound","message":"The specified FilterKey is not found."},{"code":"InvalidFilterValue","message":"The specified FilterValue  exceeds the limit."},{"code":"InvalidUsage","message":"The specifed Usage is not valid."},{"code":"InvalidSourceDiskType","message":"The specifed SourceDiskType is not valid."},{"code":"InvalidStatus.NotFound","message":"The specified Status is not found."},{"code":"InvalidSnapshotType.NotFound","message":"The specfied SnapshotType is not found."},{"code":"InvalidSnapshotLinkId.NotFound","message":"The specified snapshot link is not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DeleteSnapshot":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"SnapshotId","in":"query","schema":{"type":"string","required":true}},{"name":"Force","in":"query","schema":{"type":"boolean","required":false,"default":"false"}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"MissingParameter","message":"The input parameter SnapshotId that is mandatory for processing this request is not supplied."},{"code":"IncorrectDiskStatus.CreatingSnapshot","message":"A previous snapshot creation is in process."}],"403":[{"code":"SnapshotCreatedImage","message":"The snapshot has been used to create user defined image(s)."},{"code":"SnapshotCreatedDisk","message":"The snapshot has been used to create disk(s)."},{"code":"Operation.Conflict","message":"The operation may conflicts with others, please retry later."},{"code":"InvalidOperation.RelatedSnapshotNotFinished","message":"The related standard snapshot is not finished."},{"code":"InvalidOperation.DeleteSharedSnapshotUnsupported","message":"The current snapshot shares authorization with other users. Please revoke the shared authorization through resource management first."},{"code":"InvalidOperation.ResourceManagedByCloudProduct","message":"The current operation is not supported because the resource is managed by a cloud product. Please contact the relevant cloud product to confirm the reason."}],"404":[{"code":"InvalidSnapshotId.NotFound","message":"The specified snapshot is not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"AddTags":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceId","in":"query","schema":{"type":"string","required":true}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":true,"maxItems":20}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"OperationDenied.QuotaExceed","message":"The quota of tags on resource is beyond permitted range."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."}],"403":[{"code":"InvalidResourceId.NotSupported","message":"The specified ResourceId does not support tagging."},{"code":"QuotaExceed.Tags","message":"%s"},{"code":"TagKey.Duplication","message":"The TagKey has duplication with others, case-insensitive."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified RegionId does not exist."},{"code":"InvalidResourceId.NotFound","message":"The specified ResourceId is not found in our records."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}]}},"RemoveTags":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceId","in":"query","schema":{"type":"string","required":true}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidResourceType.NotFound","message":"The specified ResourceType does not exist."}],"403":[{"code":"InvalidResourceId.NotSupported","message":"The specified ResourceId does not support tagging."}],"404":[{"code":"InvalidResourceId.NotFound","message":"The specified ResourceId is not found in our records."},{"code":"InvalidRegionId.NotFound","message":"The specified RegionId does not exist."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}]}},"DescribeTags":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"50"}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceId","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Category","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","required":false},"Key":{"type":"string","required":false},"Value":{"type":"string","required":false},"value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"PageSize":{"type":"integer","format":"int32"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"TagKey":{"type":"string"},"ResourceTypeCount":{"type":"object","properties":{"Instance":{"type":"integer","format":"int32"},"Image":{"type":"integer","format":"int32"},"Ddh":{"type":"integer","format":"int32"},"SnapshotPolicy":{"type":"integer","format":"int32"},"Securitygroup":{"type":"integer","format":"int32"},"Snapshot":{"type":"integer","format":"int32"},"ReservedInstance":{"type":"integer","format":"int32"},"LaunchTemplate":{"type":"integer","format":"int32"},"Eni":{"type":"integer","format":"int32"},"Disk":{"type":"integer","format":"int32"},"KeyPair":{"type":"integer","format":"int32"},"Volume":{"type":"integer","format":"int32"}}}}}}}}}},"errorCodes":{"400":[{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"InvalidTagKey.Malformed","message":"The parameter Tag.n.Key is illegal."},{"code":"InvalidTagValue.Malformed","message":"The parameter Tag.n.Value is illegal."},{"code":"Invalid.TagCategory","message":"The parameter Category is illegal."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified RegionId does not exist."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}]}},"TagResources":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":true,"maxItems":51}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":true},"Value":{"type":"string","required":true}},"required":false},"required":true,"maxItems":21}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"NumberExceed.ResourceIds","message":"The ResourceIds parameter\'s number is exceed , Valid : 50."},{"code":"NumberExceed.Tags","message":"The Tags parameter\'s number is exceed , Valid : 20."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"OperationDenied.QuotaExceed","message":"The quota of tags on resource is beyond permitted range."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"Invalid.Scope","message":"The specified scope is invalid."}],"403":[{"code":"PermissionDenied.TagOwnerBid","message":"The specified operator not have permission to set TagOwnerBid value."},{"code":"PermissionDenied.TagOwnerUid","message":"The specified operator not have permission to set TagOwnerUid value."},{"code":"PermissionDenied.Scope","message":"The specified operator not have permission to set Scope value."},{"code":"InvalidResourceId.NotSupported","message":"The specified ResourceId does not support tagging."},{"code":"NoPermissionKey.Scope","message":"%s"},{"code":"NoPermission.Tag","message":"The operator is not permission for the tag."},{"code":"QuotaExceed.Tags","message":"%s"},{"code":"TagKey.Duplication","message":"The TagKey has duplication with others, case-insensitive."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"MissingParameter.ResourceIds","message":"The parameter - ResourceIds.N should not be null."},{"code":"MissingParameter.TagOwnerUid","message":"The parameter - TagOwnerUid should not be null."},{"code":"MissingParameter.TagOwnerBid","message":"The parameter - TagOwnerBid should not be null."},{"code":"MissingParameter.ResourceType","message":"The parameter - ResourceType should not be null."},{"code":"MissingParameter.Tags","message":"The parameter - Tags should not be null."},{"code":"MissingParameter.RegionId","message":"The parameter - RegionId should not be null."},{"code":"InvalidResourceId.NotFound","message":"The specified ResourceIds are not found in our records."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}],"500":[{"code":"ServiceUnavailable","message":"The service is unavailable, please try again later."}]}},"UntagResources":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"All","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":true,"maxItems":51}},{"name":"TagKey","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":21}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"NumberExceed.ResourceIds","message":"The ResourceIds parameter\'s number is exceed , Valid : 50"},{"code":"NumberExceed.Tags","message":"The Tags parameter\'s number is exceed , Valid : 20"},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"OperationDenied.QuotaExceed","message":"The quota of tags on resource is beyond permitted range."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"Invalid.Scope","message":"The specified scope is invalid."}],"403":[{"code":"PermissionDenied.TagOwnerBid","message":"The specified operator not have permission to set TagOwnerBid value."},{"code":"PermissionDenied.TagOwnerUid","message":"The specified operator not have permission to set TagOwnerUid value."},{"code":"PermissionDenied.Scope","message":"The specified operator not have permission to set Scope value."},{"code":"InvalidResourceId.NotSupported","message":"The specified ResourceId does not support tagging."},{"code":"NoPermissionKey.Scope","message":"%s"},{"code":"NoPermission.Tag","message":"The operator is not permission for the tag."},{"code":"Param.Conflict","message":"The specified all is true, but the specified TagKey.N is not empty."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"MissingParameter.ResourceIds","message":"The parameter - ResourceIds.N should not be null"},{"code":"MissingParameter.TagOwnerUid","message":"The parameter - TagOwnerUid should not be null"},{"code":"MissingParameter.TagOwnerBid","message":"The parameter - TagOwnerBid should not be null"},{"code":"MissingParameter.ResourceType","message":"The parameter - ResourceType should not be null"},{"code":"MissingParameter.Tags","message":"The parameter - Tags should not be null"},{"code":"MissingParameter.RegionId","message":"The parameter - RegionId should not be null"},{"code":"InvalidResourceId.NotFound","message":"The specified ResourceIds are not found in our records."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}]}},"ListTagResources":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":51}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":21}},{"name":"TagFilter","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"TagValues":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":5},"TagKey":{"type":"string","required":false}},"required":false},"required":false,"maxItems":5}}],"response":{"type":"object","properties":{"NextToken":{"type":"string"},"RequestId":{"type":"string"},"TagResources":{"type":"object","itemNode":true,"properties":{"TagResource":{"type":"array","items":{"type":"object","properties":{"TagValue":{"type":"string"},"ResourceType":{"type":"string"},"ResourceId":{"type":"string"},"TagKey":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidDefaultResourceGroup.NotSupported","message":"The specified parameter Tag is not support for default resource group."},{"code":"InvalidTag.NotSupported","message":"You can only specify Tag for either resource tag or resource group."},{"code":"NumberExceed.ResourceIds","message":"The ResourceIds parameter\'s number is exceed , Valid : 50."},{"code":"NumberExceed.Tags","message":"The Tags parameter\'s number is exceed , Valid : 20."},{"code":"Duplicate.TagKey","message":"The Tag.N.Key contain duplicate key."},{"code":"InvalidTagKey.Malformed","message":"The specified Tag.n.Key is not valid."},{"code":"InvalidTagValue.Malformed","message":"The specified Tag.n.Value is not valid."},{"code":"OperationDenied.QuotaExceed","message":"The quota of tags on resource is beyond permitted range."},{"code":"InvalidTag.Mismatch","message":"The specified Tag.n.Key and Tag.n.Value are not match."},{"code":"InvalidTagCount","message":"The specified tags are beyond the permitted range."},{"code":"Invalid.Scope","message":"The specified scope is invalid."},{"code":"InvalidTags.MalFormed","message":"The tags must be empty, when the tagFilters is not empty."}],"403":[{"code":"PermissionDenied.TagOwnerBid","message":"The specified operator not have permission to set TagOwnerBid value."},{"code":"PermissionDenied.TagOwnerUid","message":"The specified operator not have permission to set TagOwnerUid value."},{"code":"PermissionDenied.Scope","message":"The specified operator not have permission to set Scope value."},{"code":"InvalidResourceId.NotSupported","message":"The specified ResourceId does not support tagging."},{"code":"NoPermission.Tag","message":"The operator is not permission for the tag."},{"code":"BothEmpty.TagsAndResources","message":"The specified Tags and ResourcesIds are not allow to both empty."},{"code":"PermissionDenied.TagsFuzzyQuery","message":"The specified operator has not permission to query fuzzy tags."},{"code":"NumberExceed.TagValues","message":"The number of the specified TagValues is beyond permitted range, the max is 5."},{"code":"InvalidFilter.Malformed","message":"The specified Filter is not valid."},{"code":"InvalidTagFilter.Malformed","message":"The specified TagFilter is not valid."},{"code":"Invalid.NextToken","message":"The specified NextToken is not valid."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."},{"code":"MissingParameter.ResourceIds","message":"The parameter - ResourceIds.N should not be null."},{"code":"MissingParameter.TagOwnerUid","message":"The parameter - TagOwnerUid should not be null."},{"code":"MissingParameter.TagOwnerBid","message":"The parameter - TagOwnerBid should not be null."},{"code":"MissingParameter.ResourceType","message":"The parameter - ResourceType should not be null."},{"code":"MissingParameter.Tags","message":"The parameter - Tags should not be null."},{"code":"MissingParameter.RegionId","message":"The parameter - RegionId should not be null."},{"code":"InvalidResourceId.NotFound","message":"The specified ResourceIds are not found in our records."},{"code":"InvalidResourceType.NotFound","message":"The ResourceType provided does not exist in our records."}],"500":[{"code":"ServiceUnavailable","message":"The service is unavailable, please try again later."},{"code":"InternalError","message":"The process of creating snapshot has failed due to some unknown error."}]}},"CreateVpc":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"CidrBlock","in":"query","schema":{"type":"string","required":false,"default":"172.16.0.0/12"}},{"name":"VpcName","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"UserCidr","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"VpcId":{"type":"string"},"VRouterId":{"type":"string"},"RequestId":{"type":"string"},"RouteTableId":{"type":"string"}}},"errorCodes":{"400":[{"code":"TOKEN_PROCESSING","message":"Action is processing."},{"code":"InvokeError","message":"instance quota rule invoke error."},{"code":"InvalidParameter","message":"Specified CIDR block is not valid"},{"code":"ResourceNotAvailable","message":"Resource you requested is not available in this region or zone."},{"code":"InvalidVpcName.Malformed","message":"Specified VPC name is not valid."},{"code":"InvalidVpcDiscription.Malformed","message":"Specified VPC description is not valid."},{"code":"QuotaExceeded.Vpc","message":"VPC quota exceeded."},{"code":"ResourceNotAvailable.Vpc","message":"Resource you requested is not available in this region or zone."},{"code":"InvalidUserCidr.Quota","message":"Specified  UserCidr number is greater than 3."},{"code":"InvalidUserCidr.Malformed","message":"Specified  UserCidr  overlapping in of 100.64.0.0/10."},{"code":"System.ServiceBusy","message":"System is busy, please try later."},{"code":"IllegalParam.UserCidr","message":"UserCidr is not a valid or strict address."},{"code":"OperationUnsupported.ResourceGroupId","message":"ResourceGroup is not supported in this region."},{"code":"IllegalParam.EnableIpv6","message":"%s"}],"403":[{"code":"Forbbiden","message":"User not authorized to operate on the specified resource."}],"404":[{"code":"InvalidRegionId.NotFound","message":"Specified value of \\"regionId\\" is not supported."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeVpcs":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"IsDefault","in":"query","schema":{"type":"boolean","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"50","minimum":"1","default":"10"}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"Vpcs":{"type":"object","itemNode":true,"properties":{"Vpc":{"type":"array","items":{"type":"object","properties":{"CreationTime":{"type":"string"},"VpcName":{"type":"string"},"Status":{"type":"string"},"VpcId":{"type":"string"},"VRouterId":{"type":"string"},"IsDefault":{"type":"boolean"},"CidrBlock":{"type":"string"},"Description":{"type":"string"},"RegionId":{"type":"string"},"VSwitchIds":{"type":"object","itemNode":true,"properties":{"VSwitchId":{"type":"array","items":{"type":"string"}}}},"UserCidrs":{"type":"object","itemNode":true,"properties":{"UserCidr":{"type":"array","items":{"type":"string"}}}}}}}}}}},"errorCodes":{"400":[{"code":"InvalidAliuid","message":"User Id is not valid."},{"code":"InvalidResourceGroupId.NotFound","message":"The Specified ResourceGroupId not exists."},{"code":"OperationUnsupported.ResourceGroupId","message":"%s"},{"code":"InvalidVpcIdNumber.NotSupported","message":"The number of vpcIds exceeds the limit."},{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."},{"code":"OperationFailed.Endpoint","message":"Operation failed because the RegionId is unavailable in this endpoint."}],"404":[{"code":"InvalidRegionId.NotFound","message":"The specified RegionId is not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DeleteVpc":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VpcId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"DependencyViolation.RouteTable","message":"VPC cannot be deleted when custom route table exists."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"DependencyViolation.RouteEntry","message":"Specified object has dependent resources"},{"code":"DependencyViolation.Instance","message":"Specified object has dependent resources"},{"code":"DependencyViolation.VSwitch","message":"Specified object has dependent resources"},{"code":"DependencyViolation.SecurityGroup","message":"Specified object has dependent resources SecurityGroup."},{"code":"DependencyViolation.RouteInterface","message":"Specified object has dependent route interface ."},{"code":"DependencyViolation.Tunnel","message":"Specified object has dependent tunnel."},{"code":"DependencyViolation.NatGateway","message":"Specified object has dependent resources NatGateway."},{"code":"DependencyViolation.RouterInterface","message":"Specified object has dependent resources RouterInterface."},{"code":"Forbidden.VpcNotFound","message":"Specified VPC can not found."},{"code":"Forbbiden","message":"Active custom route in vpc."},{"code":"TaskConflict","message":"The eip operate too frequent, TaskConflict."},{"code":"InvalidAction","message":"The VPC has been connected to the classic network ECS. Please cancel the connection before proceeding."},{"code":"DependencyViolation.Ipv6Gateway","message":"%s"},{"code":"IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"DependencyViolation.CloudServiceResource","message":"%s"},{"code":"DependencyViolation.ClassicLinkInstance","message":"Specified object has active classicLink instance."},{"code":"IllegalParam.RegionId","message":"The specified RegionId is illegal."},{"code":"DependencyViolation.NetworkAcl","message":"Specified object has dependent resources network acl."},{"code":"InvalidRegionInstance","message":"The specified InstanceId does not exist in given region."},{"code":"DependencyViolation.Ipv4Gateway","message":"The VPC cannot be deleted when it has ipv4Gateway."},{"code":"OperationDenied.VpcPeerExists","message":"The operation is not allowed because the VpcPeer exists."},{"code":"DependencyViolation.GatewayRouteTable","message":"Specified object has dependent resources gatewayRouteTable."},{"code":"DependencyViolation.DhcpOptionsSet","message":"The VPC cannot be deleted when it is associated with dhcpOptionsSet."},{"code":"InternalError","message":"The request processing has failed due to some unknown error"}],"401":[{"code":"DependencyViolation.RouterInterface","message":"Specified object has dependent resources RouterInterface."}],"403":[{"code":"OperationDenied","message":"The operation is not supported in this status."}],"404":[{"code":"InvalidVpcId.NotFound","message":"Specified VPC does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"CreateVSwitch":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"ZoneId","in":"query","schema":{"type":"string","required":true}},{"name":"CidrBlock","in":"query","schema":{"type":"string","required":true}},{"name":"VpcId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchName","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"VSwitchId":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"OperationFailed.IdempotentTokenProcessing","message":"Action is processing."},{"code":"InvalidDescription.Malformed","message":"Invalid description."},{"code":"InvalidVSwitchName.Malformed","message":"Specified virtual switch name is not valid."},{"code":"InvalidVSwitchDiscription.Malformed","message":"Specified  virtual switch description is not valid."},{"code":"ResourceNotAvailable","message":"Resource you requested is not available in this region or zone."},{"code":"InvalidParameter","message":"Specified CIDR block is not valid in VPC."},{"code":"InvalidCidrBlock.Overlapped","message":"Specified CIDR block overlapped with other subnets."},{"code":"QuotaExceeded.VSwitch","message":"Virtual switch quota exceeded."},{"code":"IncorrectRouteEntryStatus","message":"Some route entry status blocked this operation."},{"code":"IncorrectVSwitchStatus","message":"Some virtual switch is modifying within the same VPC."},{"code":"InvalidCirdrBlock.MaskLength","message":"Specified CIDR block is not valid ."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"InvalidCidrBlock.Malformed","message":"Specified CIDR block is not valid."},{"code":"MissingParameter","message":"Miss mandatory parameter."},{"code":"TaskConflict","message":"The operation is too frequent, TaskConflict."},{"code":"RouteConflict.AlreadyExist","message":"Route conflict exists in routing table."},{"code":"OperationFailed.CidrAcross","message":"Classic link instance cidr must not across."},{"code":"VPC.SWITCH.RULE.QUOTA.NOT.EXISTS","message":"vSwitch quota rule not exists."},{"code":"CreateVSwitch.IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"OperationFailed.NotifyCenCreate","message":"Failed to notify cen when create vswitch."},{"code":"Forbidden.VpcNotFound","message":"Specified VPC can not found."},{"code":"Duplicated.ClientToken","message":"%s"},{"code":"OperationFailed.DistibuteLock","message":"Distibute lock fail."},{"code":"IllegalParam.CidrBlock","message":"The param of CidrBlock [%s] is illegal."}],"404":[{"code":"Invalid.NotExist","message":"witch mask rule not exists."},{"code":"InvalidStatus.RouteEntry","message":"RouteEntry status error."},{"code":"InvalidZoneId.NotFound","message":"Specified zone does not exist."},{"code":"InvalidVpcId.NotFound","message":"Specified VPC does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeVSwitches":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchId","in":"query","schema":{"type":"string","required":false}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"IsDefault","in":"query","schema":{"type":"boolean","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"50","minimum":"1","default":"10"}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"VSwitches":{"type":"object","itemNode":true,"properties":{"VSwitch":{"type":"array","items":{"type":"object","properties":{"CreationTime":{"type":"string"},"Status":{"type":"string"},"VpcId":{"type":"string"},"IsDefault":{"type":"boolean"},"VSwitchId":{"type":"string"},"CidrBlock":{"type":"string"},"Description":{"type":"string"},"AvailableIpAddressCount":{"type":"integer","format":"int64"},"ResourceGroupId":{"type":"string"},"ZoneId":{"type":"string"},"VSwitchName":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"Forbidden.VpcNotFound","message":"Specified VPC can not found."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."},{"code":"OperationFailed.Endpoint","message":"The specified RegionId is unavailable for this endpoint."},{"code":"Mismatch.InstanceIdAndRegionId","message":"The instanceId and regionId are mismatched."}],"404":[{"code":"InvalidVSwitchId.NotFound","message":"VSwitch not exist."},{"code":"InvalidVpcIdNumber.NotSupported","message":"The number of vpcIds exceeds the limit."},{"code":"InvalidVSwitchIdNumber.NotSupported","message":"The number of vSwitchIds exceeds the limit."}]}},"DeleteVSwitch":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VSwitchId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"IncorrectVSwitchStatus","message":"vpc subnet status not working."},{"code":"DependencyViolation","message":"Specified object has dependent resources."},{"code":"IncorrectRouteEntryStatus","message":"Some route entry status blocked this operation."},{"code":"DependencyViolation.HaVip","message":"VSwitch cannot be deleted when there are some HaVip dependent with it."},{"code":"MissingParameter","message":"Miss mandatory parameter."},{"code":"TaskConflict","message":"The operation is too frequent, TaskConflict."},{"code":"DependencyViolation.RouteTable","message":"VSwitch cannot be deleted when associated with route table"},{"code":"DependencyViolation.Snat","message":"VSwitch cannot be deleted when has snat routeEntry."},{"code":"DeleteVSwitch.IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"AttrMismatching.NaclAndBindInstance","message":"The network acl and resource not in same vpc."},{"code":"InvalidResource.NotBinding","message":"The resource has not been binded."},{"code":"DependencyViolation.SnatEntry","message":"VSwitch cannot be deleted when snat entry exist."},{"code":"DependencyViolation.NetworkAcl","message":"VSwitch cannot be deleted when network acl exist."},{"code":"DependencyViolation.EnhancedNatgw","message":"VSwitch cannot be deleted when enhanced NAT gateway exists."},{"code":"InvalidVSwitchId.NotFound","message":"VSwitch not exist."}],"404":[{"code":"Forbidden.RegionNotFound","message":"Specified instance is not found during access authentication."},{"code":"IncorrectVSwitchId","message":"Specified vSwtich instance is not found during access authentication."},{"code":"InvalidVSwitchId.NotFound","message":"VSwitch not exist."},{"code":"IncorrectStatus","message":"Vswtich status not stable."}]}},"AllocateEipAddress":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Bandwidth","in":"query","schema":{"type":"string","required":false}},{"name":"ISP","in":"query","schema":{"type":"string","required":false}},{"name":"InternetChargeType","in":"query","schema":{"type":"string","required":false,"default":"PayByBandwidth"}},{"name":"ActivityId","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"AllocationId":{"type":"string"},"EipAddress":{"type":"string"}}},"errorCodes":{"400":[{"code":"QueryParameter.Illegal","message":"query parameter illegal"},{"code":"COMMODITY_NO_EXIST","message":"commodity is not exist"},{"code":"QuotaExceeded.Eip","message":"Elastic IP address quota exceeded"},{"code":"InvalidParameter","message":"Specified value of \\"InternetChargeType\\" is not valid"},{"code":"InsufficientBalance","message":"Your account does not have enough balance."},{"code":"ReserveIpFail","message":"Reserve eip failed."},{"code":"InvalidRegion.NotSupport","message":"The specified region does not support."},{"code":"InvalidBandwidth.Malformed","message":"The specified Bandwidth is invalid."},{"code":"COMMODITY.INVALID_COMPONENT","message":"The instance component is invalid."},{"code":"INSTANCE_TYPE_NOT_SUPPORT","message":"The instance type is invalid."},{"code":"OrderFailed","message":"The Account failed to create order."},{"code":"QuotaExceeded.LargeSpecEip","message":"Elastic IP address with large spec quota exceeded."},{"code":"PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE","message":"Your account does not have enough balance."},{"code":"SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR","message":"You have arrears and do not meet the purchase conditions."},{"code":"InvalidComponent.EipBandwidthMax","message":"The eip_bandwidth_max component is invalid."},{"code":"OperationFailed.RiskControl","message":"Risk control check failed."},{"code":"OperationFailed.SaleValidate","message":"Validate sale condition with subArticle failed."},{"code":"IllegalParam.OrderParamComponent","message":"Product order param has invalid component."},{"code":"OperationFailed.SaleExpression","message":"Get the sales expression exception attached to the item."},{"code":"OperationFailed.SyncOrderToSub","message":"SyncOrderToSub error."},{"code":"OperationFailed.CompleteUserInfo","message":"Complete user info failed."},{"code":"OperationFailed.QueryPrice","message":"Query price failed when create order."},{"code":"OperationFailed.InvokeInnerApi","message":"Failed to invoke inner api."},{"code":"OperationFailed.AccountMoneyInvalid","message":"Account money is invalid."},{"code":"OperationFailed.QueryCredtiInfo","message":"Failed to query credit info."},{"code":"OperationFailed.QueryUserLabel","message":"Failed to query user label info."},{"code":"FrequentPurchase.EIP","message":"eip frequent purchase"},{"code":"PAY.INSUFFICIENT_BALANCE","message":"Your account does not have enough balance."},{"code":"ORDER.QUANTITY_INVALID","message":"User quota has exceeded the limit."},{"code":"PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL","message":"User withhoding argeement is illegal."},{"code":"OrderError.EIP","message":"The Account failed to create order."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."}],"403":[{"code":"Forbbiden","message":"User not authorized to operate on the specified resource."}],"404":[{"code":"InvalidRegionId.NotFound","message":"Specified value of \\"RegionId\\" is not supported."}],"409":[{"code":"OperationConflict","message":"Request was denied due to conflict with a previos request."}],"500":[{"code":"InsufficientEipCapacity","message":"Insufficient EIP capacity to fulfill your request."},{"code":"InternalError","message":"The request processing has failed due to some unknown error, exception or failure."},{"code":"OrderError.EIP","message":"The Account failed to create order."}]}},"AssociateEipAddress":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidAction.Denied","message":"Action is denied due to unfinished Eip configuration modification."},{"code":"InvalidAssociation.Duplicated","message":"Specified instance already is associated."},{"code":"OperationDenied","message":"Specified instance is not in VPC."},{"code":"InvalidParameter.Mismatch","message":"Specified elastic IP address and ECS instance are not in the same region."},{"code":"IncorrectEipStatus","message":"Current elastic IP status does not support this operation"},{"code":"IncorrectInstanceStatus","message":"Current instance status does not support this operation."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified value of InstanceType is not supported."},{"code":"IncorrectHaVipStatus","message":"HaVip can be operated by this action only when it\'s status is Available or InUse."},{"code":"InvalidParameter","message":"The specified parameter is not valid."},{"code":"ReserveIpFail","message":"Reserve eip failed."},{"code":"Forbbiden","message":"The eip instance owener error"},{"code":"TaskConflict","message":"The eip operate too frequent, TaskConflict."},{"code":"InvalidBindingStatus","message":"The eip binding status invalid."},{"code":"BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP","message":"The instance may have portMap or already bind eip."},{"code":"EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP","message":"instance already bind natpublicip,cannot bind eip."},{"code":"BIND_INSTANCE_OWENER_ERROR","message":"Cannot operate the eip."},{"code":"QuotaExceeded.NumberOfTrafficEip","message":"The number of traffic eip on natgw exceed limitation."},{"code":"QuotaExceeded.NumberOfEip","message":"Binded eip Quota exceed on this NatGw."},{"code":"InvalidEipBandwidth.OutOfMaxValue","message":"\\"\\""},{"code":"Forbidden.EipCanNotBindGatgw","message":"Eip can not bind on natgw."},{"code":"Forbidden.InstanceBandwidthNotZero","message":"Eip can not bind with instance when it\'s bandwidth is not zero."},{"code":"INSTANCE_TYPE_NOT_SUPPORT","message":"The instance type is invalid."},{"code":"InvalidStatus.EcsStatusNotSupport","message":"The special instance status Pending is not support operate"},{"code":"NATGATEWAY_FINANCIALLOCKED","message":"The NatGateway has expire, cannot do bind operation."},{"code":"InvalidParameter.InstanceTypeNotSupport","message":"The specified instance type is not support."},{"code":"InstanceType.NotSupport","message":"The instance type is invalid."},{"code":"InvalidParams.NotFound","message":"instance not found"},{"code":"BindInstance.NotSupported","message":"bind instance type %s is not supported."},{"code":"ServerRegion.Invalid","message":"Eip bind remote server region invalid."},{"code":"Eni.Attached","message":"The eni should be detached from ecs when associating with direct eip."},{"code":"Invalid.DirectEip.BindType","message":"The direct eip can be only associated with eni."},{"code":"InvalidStatus.EniStatusNotSupport","message":"%s"},{"code":"InvalidParameter.EniInstanceId","message":"%s"},{"code":"InvalidNexthop.DirectEni","message":"The direct Eni cannot be nexthop."},{"code":"InvalidEIPStatus.BizDisabled","message":"The EIP has been locked."},{"code":"OperationFailed.EniSubIp","message":"Eni has sub ip can not bind direct eip."},{"code":"InvalidEip.EipQuotaExceeded","message":"The specified eni assigned eip is more than privateIp."},{"code":"OperationFailed.QueryCommodityInfo","message":"Operation failed because quey commodity info error."},{"code":"OperationUnsupported.MultiIp","message":"Multi ip function is not support."},{"code":"InvalidNicOrVm.NotFound","message":"Bind nic or vm not exist."},{"code":"OperationUnsupported.EipBindModel","message":"The instance type of ecs does not support MULTI_BINDED model Eip."},{"code":"IncorrectStatus.NatGateway","message":"%s"},{"code":"InvalidParameter.BindingInstanceRegion","message":"The specified BindingInstanceRegion is not supported."},{"code":"OperationFailed.HavipBoundPortmap","message":"%s"},{"code":"InvalidStatus.NotAllow","message":"Bound instance status is invalid."},{"code":"InvalidInstance.NotVpc","message":"Bound instance is not vpc instance."},{"code":"InvalidStatus.InstanceHasBandWidth","message":"The specified instance bandwidth invalid."},{"code":"OperationDenied.CloudBoxResourceExist","message":"The operation is not allowed because the resource to be bound is a CloudBox resource."}],"404":[{"code":"InvalidAllocationId.NotFound","message":"Specified allocation ID is not found."},{"code":"InvalidInstanId.NotFound","message":"Specified instance does not exist."},{"code":"InvalidHaVip.NotFound","message":"The specified HaVip does not exist."},{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."},{"code":"InvalidRegionId.NotFound","message":"Specified value of InstanceRegionId is not supported."},{"code":"InvalidInstance.NotExist","message":"Bind instance data not exist."}],"503":[{"code":"ServiceUnavailable","message":"The request has failed due to a temporary failure of the server."}]}},"UnassociateEipAddress":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"IncorrectEipStatus","message":"Current elastic IP status does not support this operation."},{"code":"InvalidInstanceId.NotFound","message":"Specified instance does not exist."},{"code":"IncorrectInstanceStatus","message":"The current status of instance does not support this operation."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified value of InstanceType is not supported."},{"code":"IncorrectHaVipStatus","message":"This operation is denied because satus of the specified HaVip is neither Available nor InUse."},{"code":"OperationDenied","message":"Eip of default vpc not allow this operation"},{"code":"InvalidParameter","message":"The specified parameter is not valid."},{"code":"Forbbiden","message":"The eip instance owener error"},{"code":"TaskConflict","message":"The eip operate too frequent, TaskConflict."},{"code":"InvalidBindingStatus","message":"The eip binding status invalid."},{"code":"Forbidden.FinancialLocked","message":"The ip business status is invalid."},{"code":"InvalidIpStatus.HasBeenUsedBySnatTable","message":"The removed ip address has been used by snat table."},{"code":"InvalidIpStatus.HasBeenUsedByForwardEntry","message":"The specified address has been used by forwardTable."},{"code":"InvalidEIPStatus.BizDisabled","message":"The EIP has been locked."},{"code":"InvalidStatus.EcsStatusNotSupport","message":"The special instance status Pending is not support operate"},{"code":"InvalidStatus.EniStatusNotSupport","message":"%s"},{"code":"InvalidStatus.SnatOrDnat","message":"Operation failed because snat or dnat in unstable status."},{"code":"DependencyViolation.SnatEntry","message":"The specified eip is in ip pool."},{"code":"InvalidInstance.NotVpc","message":"Bound instance is not vpc instance."},{"code":"InvalidStatus.NotAllow","message":"Bound instance status is invalid."}],"404":[{"code":"InvalidAllocationId.NotFound","message":"Specified allocation ID is not found"},{"code":"InvalidHaVip.NotFound","message":"The specified HaVip does not exist."},{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."},{"code":"OperationUnsupported.ServiceManaged","message":"Operation of resource is forbidden because this instance belongs to Service manager."}]}},"ReleaseEipAddress":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"IncorrectEipStatus","message":"Current elastic IP status does not support this operation."},{"code":"Forbbiden","message":"The eip instance owener error"},{"code":"Forbidden.ChargeTypeIsPrepaid","message":"It\'s forbidden to release a prepaid EIP"},{"code":"TaskConflict.AssociateGlobalAccelerationInstance","message":"Operate too frequent."},{"code":"InvalidOperation.DeletionProtection","message":"The instance cannnot delete because of deletion protecion."},{"code":"OperationUnsupported.ServiceManaged","message":"Operation is forbidden because this instance belongs to Service manager."}],"404":[{"code":"InvalidAllocationId.NotFound","message":"Specified allocation ID is not found"},{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeEipAddresses":{"deprecated":true,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Status","in":"query","schema":{"type":"string","required":false}},{"name":"EipAddress","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":false}},{"name":"ISP","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}},{"name":"Filter.1.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Value","in":"query","schema":{"type":"string","required":false}},{"name":"LockReason","in":"query","schema":{"type":"string","required":false}},{"name":"AssociatedInstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"AssociatedInstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"ChargeType","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"EipAddresses":{"type":"object","itemNode":true,"properties":{"EipAddress":{"type":"array","items":{"type":"object","properties":{"Status":{"type":"string"},"AllocationTime":{"type":"string"},"ChargeType":{"type":"string"},"InstanceId":{"type":"string"},"InstanceType":{"type":"string"},"RegionId":{"type":"string"},"IpAddress":{"type":"string"},"Bandwidth":{"type":"string"},"ExpiredTime":{"type":"string"},"AllocationId":{"type":"string"},"InternetChargeType":{"type":"string"},"EipBandwidth":{"type":"string"},"OperationLocks":{"type":"object","itemNode":true,"properties":{"LockReason":{"type":"array","items":{"type":"object","properties":{"LockReason":{"type":"string"}}}}}}}}}}}}},"errorCodes":{"400":[{"code":"InvalidIAssociatedInstanceType.ValueNotSupported","message":"The specified value of AssociatedInstanceType is not supported."},{"code":"InvalidChargeType.ValueNotSupported","message":"The specified ChargeType is not supported."},{"code":"InvalidAliuid","message":"User Id is not valid."},{"code":"ResourceQueryError","message":"The specified resource is queried error."},{"code":"InstanceType.Invalid","message":"InstanceType is not null"},{"code":"InvalidParameter","message":"Parameter exceed max length"},{"code":"OperationUnsupported.ResourceGroupId","message":"ResourceGroup is not supported in this region."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."},{"code":"InvalidResourceGroupId","message":"The specified ResourceGroupId does not exist."},{"code":"OperationFailed.Endpoint","message":"Operation failed because the RegionId is unavailable in this endpoint."}],"404":[{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."},{"code":"InvalidFilterKey.NotFound","message":" "},{"code":"InvalidFilterValue","message":" "},{"code":"InvalidLockReason.NotFound","message":"The specified LockReason is not found"}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error, exception or failure."}]}}}}');
;// CONCATENATED MODULE: ./emulator/data/sts.json
const data_sts_namespaceObject = /*#__PURE__*/JSON.parse('{"product":"Sts","version":"2015-04-01","endpoints":[{"regionId":"cn-qingdao","endpoint":"sts.cn-qingdao.aliyuncs.com"},{"regionId":"cn-beijing","endpoint":"sts.cn-beijing.aliyuncs.com"},{"regionId":"cn-zhangjiakou","endpoint":"sts.cn-zhangjiakou.aliyuncs.com"},{"regionId":"cn-huhehaote","endpoint":"sts.cn-huhehaote.aliyuncs.com"},{"regionId":"cn-wulanchabu","endpoint":"sts.cn-wulanchabu.aliyuncs.com"},{"regionId":"cn-hangzhou","endpoint":"sts.cn-hangzhou.aliyuncs.com"},{"regionId":"cn-shanghai","endpoint":"sts.cn-shanghai.aliyuncs.com"},{"regionId":"cn-nanjing","endpoint":"sts.cn-nanjing.aliyuncs.com"},{"regionId":"cn-fuzhou","endpoint":"sts.cn-fuzhou.aliyuncs.com"},{"regionId":"cn-shenzhen","endpoint":"sts.cn-shenzhen.aliyuncs.com"},{"regionId":"cn-chengdu","endpoint":"sts.cn-chengdu.aliyuncs.com"},{"regionId":"cn-hongkong","endpoint":"sts.cn-hongkong.aliyuncs.com"},{"regionId":"ap-northeast-1","endpoint":"sts.ap-northeast-1.aliyuncs.com"},{"regionId":"ap-northeast-2","endpoint":"sts.ap-northeast-2.aliyuncs.com"},{"regionId":"ap-southeast-1","endpoint":"sts.ap-southeast-1.aliyuncs.com"},{"regionId":"ap-southeast-3","endpoint":"sts.ap-southeast-3.aliyuncs.com"},{"regionId":"ap-southeast-5","endpoint":"sts.ap-southeast-5.aliyuncs.com"},{"regionId":"us-east-1","endpoint":"sts.us-east-1.aliyuncs.com"},{"regionId":"us-west-1","endpoint":"sts.us-west-1.aliyuncs.com"},{"regionId":"eu-west-1","endpoint":"sts.eu-west-1.aliyuncs.com"},{"regionId":"eu-central-1","endpoint":"sts.eu-central-1.aliyuncs.com"},{"regionId":"me-east-1","endpoint":"sts.me-east-1.aliyuncs.com"},{"regionId":"cn-hangzhou-finance","endpoint":"sts.aliyuncs.com"},{"regionId":"cn-shanghai-finance-1","endpoint":"sts.cn-shanghai-finance-1.aliyuncs.com"},{"regionId":"cn-shenzhen-finance-1","endpoint":"sts.aliyuncs.com"},{"regionId":"ap-southeast-7","endpoint":"sts.ap-southeast-7.aliyuncs.com"},{"regionId":"cn-beijing-finance-1","endpoint":"sts.cn-beijing-finance-1.aliyuncs.com"},{"regionId":"me-central-1","endpoint":"sts.me-central-1.aliyuncs.com"},{"regionId":"cn-heyuan","endpoint":"sts.cn-heyuan.aliyuncs.com"},{"regionId":"cn-guangzhou","endpoint":"sts.cn-guangzhou.aliyuncs.com"},{"regionId":"cn-wuhan-lr","endpoint":"sts.cn-wuhan-lr.aliyuncs.com"},{"regionId":"na-south-1","endpoint":"sts.na-south-1.aliyuncs.com"}],"actions":{"AssumeRole":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"DurationSeconds","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"Policy","in":"query","schema":{"type":"string","required":false}},{"name":"RoleArn","in":"query","schema":{"type":"string","required":true}},{"name":"RoleSessionName","in":"query","schema":{"type":"string","required":true}},{"name":"ExternalId","in":"query","schema":{"type":"string","required":false}},{"name":"SourceIdentity","in":"query","schema":{"type":"string"}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"AssumedRoleUser":{"type":"object","properties":{"AssumedRoleId":{"type":"string"},"Arn":{"type":"string"}}},"Credentials":{"type":"object","properties":{"SecurityToken":{"type":"string"},"Expiration":{"type":"string"},"AccessKeySecret":{"type":"string"},"AccessKeyId":{"type":"string"}}},"SourceIdentity":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidParameter.DurationSeconds","message":"The Min/Max value of DurationSeconds is 15min/1hr."},{"code":"InvalidParameter.ExternalId","message":"The parameter ExternalId is wrongly formed."},{"code":"InvalidParameter.RoleArn","message":"The parameter RoleArn is wrongly formed."},{"code":"InvalidParameter.RoleSessionName","message":"The parameter RoleSessionName is wrongly formed."},{"code":"InvalidParameter.SerialNumber","message":"The parameter SerialNumber is wrongly formed."},{"code":"InvalidParameter.TokenCode","message":"The parameter TokenCode is wrongly formed."},{"code":"InvalidParameter.PolicyGrammar","message":"The parameter Policy has not passed grammar check."},{"code":"InvalidParameter.PolicySize","message":"The size of Policy must be smaller than 2048 bytes."},{"code":"InvalidParameter.ContentType","message":"The ContentType request header must be either \\"application/json\\" or \\"application/x-www-form-urlencoded\\"."}],"403":[{"code":"NoPermission","message":"You are not authorized to do this action. You should be authorized by RAM."},{"code":"AuthenticationFail.ApiUsername","message":"The specified api username is not legal."},{"code":"AuthenticationFail.ApiPassword","message":"The specified api password is not legal."}],"404":[{"code":"EntityNotExist.Role","message":"The specified Role not exists ."}],"500":[{"code":"InternalError","message":"STS Server Internal Error happened, please send the RequestId to us."}]}},"AssumeRoleWithOIDC":{"deprecated":false,"methods":["get","post"],"security":["ARS_OIDC"],"parameters":[{"name":"OIDCProviderArn","in":"query","schema":{"type":"string","required":false}},{"name":"RoleArn","in":"query","schema":{"type":"string","required":false}},{"name":"OIDCToken","in":"query","schema":{"type":"string","required":false}},{"name":"Policy","in":"query","schema":{"type":"string","required":false}},{"name":"DurationSeconds","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"RoleSessionName","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"OIDCTokenInfo":{"type":"object","properties":{"Subject":{"type":"string"},"Issuer":{"type":"string"},"ClientIds":{"type":"string"},"ExpirationTime":{"type":"string"},"IssuanceTime":{"type":"string"},"VerificationInfo":{"type":"string"}}},"AssumedRoleUser":{"type":"object","properties":{"AssumedRoleId":{"type":"string"},"Arn":{"type":"string"}}},"Credentials":{"type":"object","properties":{"SecurityToken":{"type":"string"},"Expiration":{"type":"string"},"AccessKeySecret":{"type":"string"},"AccessKeyId":{"type":"string"}}},"SourceIdentity":{"type":"string"}}},"errorCodes":{}},"GetCallerIdentity":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[],"response":{"type":"object","properties":{"IdentityType":{"type":"string"},"AccountId":{"type":"string"},"RequestId":{"type":"string"},"PrincipalId":{"type":"string"},"UserId":{"type":"string"},"Arn":{"type":"string"},"RoleId":{"type":"string"}}},"errorCodes":{"500":[{"code":"InternalError","message":"STS Server Internal Error happened, please send the RequestId to us."}]}}}}');
;// CONCATENATED MODULE: ./emulator/data/vpc.json
const data_vpc_namespaceObject = /*#__PURE__*/JSON.parse('{"product":"Vpc","version":"2016-04-28","endpoints":[{"regionId":"cn-qingdao","endpoint":"vpc.cn-qingdao.aliyuncs.com"},{"regionId":"cn-beijing","endpoint":"vpc.cn-beijing.aliyuncs.com"},{"regionId":"cn-zhangjiakou","endpoint":"vpc.cn-zhangjiakou.aliyuncs.com"},{"regionId":"cn-zhengzhou-jva","endpoint":"vpc.cn-zhengzhou-jva.aliyuncs.com"},{"regionId":"cn-huhehaote","endpoint":"vpc.cn-huhehaote.aliyuncs.com"},{"regionId":"cn-wulanchabu","endpoint":"vpc.cn-wulanchabu.aliyuncs.com"},{"regionId":"cn-hangzhou","endpoint":"vpc.cn-hangzhou.aliyuncs.com"},{"regionId":"cn-shanghai","endpoint":"vpc.cn-shanghai.aliyuncs.com"},{"regionId":"cn-nanjing","endpoint":"vpc.cn-nanjing.aliyuncs.com"},{"regionId":"cn-fuzhou","endpoint":"vpc.cn-fuzhou.aliyuncs.com"},{"regionId":"cn-shenzhen","endpoint":"vpc.cn-shenzhen.aliyuncs.com"},{"regionId":"cn-heyuan","endpoint":"vpc.cn-heyuan.aliyuncs.com"},{"regionId":"cn-guangzhou","endpoint":"vpc.cn-guangzhou.aliyuncs.com"},{"regionId":"cn-chengdu","endpoint":"vpc.cn-chengdu.aliyuncs.com"},{"regionId":"cn-wuhan-lr","endpoint":"vpc.cn-wuhan-lr.aliyuncs.com"},{"regionId":"cn-hongkong","endpoint":"vpc.cn-hongkong.aliyuncs.com"},{"regionId":"ap-northeast-1","endpoint":"vpc.ap-northeast-1.aliyuncs.com"},{"regionId":"ap-northeast-2","endpoint":"vpc.ap-northeast-2.aliyuncs.com"},{"regionId":"ap-southeast-1","endpoint":"vpc.ap-southeast-1.aliyuncs.com"},{"regionId":"ap-southeast-2","endpoint":"vpc.ap-southeast-2.aliyuncs.com"},{"regionId":"ap-southeast-3","endpoint":"vpc.ap-southeast-3.aliyuncs.com"},{"regionId":"ap-southeast-5","endpoint":"vpc.ap-southeast-5.aliyuncs.com"},{"regionId":"ap-southeast-6","endpoint":"vpc.ap-southeast-6.aliyuncs.com"},{"regionId":"us-east-1","endpoint":"vpc.us-east-1.aliyuncs.com"},{"regionId":"us-west-1","endpoint":"vpc.us-west-1.aliyuncs.com"},{"regionId":"eu-west-1","endpoint":"vpc.eu-west-1.aliyuncs.com"},{"regionId":"eu-central-1","endpoint":"vpc.eu-central-1.aliyuncs.com"},{"regionId":"ap-south-1","endpoint":"vpc.ap-south-1.aliyuncs.com"},{"regionId":"me-east-1","endpoint":"vpc.me-east-1.aliyuncs.com"},{"regionId":"cn-shanghai-finance-1","endpoint":"vpc.cn-shanghai-finance-1.aliyuncs.com"},{"regionId":"cn-shenzhen-finance-1","endpoint":"vpc.cn-shenzhen-finance-1.aliyuncs.com"},{"regionId":"ap-southeast-7","endpoint":"vpc.ap-southeast-7.aliyuncs.com"},{"regionId":"cn-beijing-finance-1","endpoint":"vpc.cn-beijing-finance-1.aliyuncs.com"},{"regionId":"me-central-1","endpoint":"vpc.me-central-1.aliyuncs.com"},{"regionId":"cn-heyuan-acdr-1","endpoint":"vpc.cn-heyuan-acdr-1.aliyuncs.com"},{"regionId":"na-south-1","endpoint":"vpc.na-south-1.aliyuncs.com"}],"actions":{"CreateVpc":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"CidrBlock","in":"query","schema":{"type":"string","required":false,"default":"172.16.0.0/12"}},{"name":"Ipv6CidrBlock","in":"query","schema":{"type":"string","required":false}},{"name":"VpcName","in":"query","schema":{"type":"string","required":false}},{"name":"EnableIpv6","in":"query","schema":{"type":"boolean","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":21}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"UserCidr","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"Ipv6Isp","in":"query","schema":{"type":"string","required":false}},{"name":"Ipv4IpamPoolId","in":"query","schema":{"type":"string","required":false}},{"name":"Ipv4CidrMask","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"EnableDnsHostname","in":"query","schema":{"type":"boolean","required":false}},{"name":"Ipv6IpamPoolId","in":"query","schema":{"type":"string","required":false}},{"name":"Ipv6CidrMask","in":"query","schema":{"type":"integer","format":"int32","required":false}}],"response":{"type":"object","properties":{"VpcId":{"type":"string"},"VRouterId":{"type":"string"},"RequestId":{"type":"string"},"RouteTableId":{"type":"string"},"ResourceGroupId":{"type":"string"}}},"errorCodes":{"400":[{"code":"TOKEN_PROCESSING","message":"Action is processing."},{"code":"InvokeError","message":"instance quota rule invoke error."},{"code":"InvalidParameter","message":"Specified CIDR block is not valid"},{"code":"ResourceNotAvailable","message":"Resource you requested is not available in this region or zone."},{"code":"InvalidVpcName.Malformed","message":"Specified VPC name is not valid."},{"code":"InvalidVpcDiscription.Malformed","message":"Specified VPC description is not valid."},{"code":"QuotaExceeded.Vpc","message":"VPC quota exceeded."},{"code":"ResourceNotAvailable.Vpc","message":"Resource you requested is not available in this region or zone."},{"code":"InvalidUserCidr.Quota","message":"Specified  UserCidr number is greater than 3."},{"code":"InvalidUserCidr.Malformed","message":"Specified  UserCidr  overlapping in of 100.64.0.0/10."},{"code":"InvalidResourceGroupId","message":"The specified ResourceGroupId does not exist."},{"code":"IllegalParam.Ipv6CidrBlock","message":"%s"},{"code":"OperationFailed.IPv6CidrNotReserved","message":"%s"},{"code":"MissingParam.EnableIpv6","message":"%s"},{"code":"OperationUnsupported.Ipv6Feature","message":"%s"},{"code":"System.ServiceBusy","message":"System is busy, please try later."},{"code":"IllegalParam.UserCidr","message":"UserCidr is not a valid or strict address."},{"code":"OperationUnsupported.ResourceGroupId","message":"ResourceGroup is not supported in this region."},{"code":"IllegalParam.EnableIpv6","message":"%s"},{"code":"InvalidIpv6CidrBlock.Malformed","message":"Specified Ipv6CidrBlock is not valid."},{"code":"UnsupportedFeature.Ipv6Isp","message":"The Ipv6Isp feature is not supported."},{"code":"ResourceNotEnough.Ipv6Cidr","message":"The specified resource of Ipv6Cidr is not enough."},{"code":"UnsupportedFeature.IPAM","message":"VPCs cannot be created by using IPAM."},{"code":"IllegalParam.Ipv4CidrMask","message":"The specified Ipv4CidrMask is illegal."},{"code":"IllegalParam.IpamPool","message":"The specified IPAM pool cannot be empty."},{"code":"OperationDenied.RequestRegionInvalid","message":"The operation is not allowed because the request is not invoked in the region of the IPAM pool."},{"code":"OperationDenied.IpamPoolNotInRegion","message":"The operation is not allowed because the IPAM pool not in specific region does not support creating VPC or associating CIDR for VPC."},{"code":"MissingParam.CidrOrCidrMask","message":"The CIDR or CIDR Mask must be input."},{"code":"OperationDenied.CidrInExcludeCidrs","message":"The operation is not allowed because the input CIDR is within the illegal CIDRs."},{"code":"OperationDenied.AvailableCidrInsufficient","message":"The operation is not allowed because available CIDR is insufficient."},{"code":"UnsupportedFeature.Ipam","message":"IPAM is not supported in this region."},{"code":"OperationDenied.CidrUnavailableInPool","message":"The operation is not allowed because the CIDR is unavailable in the IPAM pool."},{"code":"IllegalParam.CidrBlockMask","message":"The param of CidrBlock Mask [%s] is illegal."},{"code":"UnsupportedFeature.VpcDnsHostname","message":"The feature of vpc dns hostname is unsupported."},{"code":"OperationDenied.MaskOfCidrIsNotAllowed","message":"The input mask or mask of the input CIDR is not allowed."},{"code":"IllegalParam.Ipv6Isp","message":"The specified Ipv6Isp is illegal."},{"code":"IllegalParam.CidrMask","message":"The input CIDR mask is illegal."},{"code":"InvalidRegionId.NotFound","message":"Specified value of \\"regionId\\" is not supported."},{"code":"UnsupportedFeature.DhcpOptionsSet","message":"The feature of dhcp options set is unsupported."}],"403":[{"code":"Forbidden","message":"User not authorized to operate on the specified resource."}],"404":[{"code":"ResourceNotFound.IpamPool","message":"The dependent IPAM pool is not found."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeVpcs":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"VpcName","in":"query","schema":{"type":"string","required":false}},{"name":"IsDefault","in":"query","schema":{"type":"boolean","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"50","minimum":"1","default":"10"}},{"name":"VpcOwnerId","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"DhcpOptionsSetId","in":"query","schema":{"type":"string","required":false}},{"name":"EnableIpv6","in":"query","schema":{"type":"boolean","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"Vpcs":{"type":"object","itemNode":true,"properties":{"Vpc":{"type":"array","items":{"type":"object","properties":{"CreationTime":{"type":"string"},"Status":{"type":"string"},"VpcId":{"type":"string"},"IsDefault":{"type":"boolean"},"OwnerId":{"type":"integer","format":"int64"},"RegionId":{"type":"string"},"VpcName":{"type":"string"},"VRouterId":{"type":"string"},"DhcpOptionsSetStatus":{"type":"string"},"CidrBlock":{"type":"string"},"Description":{"type":"string"},"ResourceGroupId":{"type":"string"},"DhcpOptionsSetId":{"type":"string"},"Ipv6CidrBlock":{"type":"string"},"CenStatus":{"type":"string"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string"},"Value":{"type":"string"}}}}}},"Ipv6CidrBlocks":{"type":"object","itemNode":true,"properties":{"Ipv6CidrBlock":{"type":"array","items":{"type":"object","properties":{"Ipv6Isp":{"type":"string"},"Ipv6CidrBlock":{"type":"string"}}}}}},"VSwitchIds":{"type":"object","itemNode":true,"properties":{"VSwitchId":{"type":"array","items":{"type":"string"}}}},"SecondaryCidrBlocks":{"type":"object","itemNode":true,"properties":{"SecondaryCidrBlock":{"type":"array","items":{"type":"string"}}}},"UserCidrs":{"type":"object","itemNode":true,"properties":{"UserCidr":{"type":"array","items":{"type":"string"}}}},"NatGatewayIds":{"type":"object","itemNode":true,"properties":{"NatGatewayIds":{"type":"array","items":{"type":"string"}}}},"RouterTableIds":{"type":"object","itemNode":true,"properties":{"RouterTableIds":{"type":"array","items":{"type":"string"}}}},"EnabledIpv6":{"type":"boolean"},"DnsHostnameStatus":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidVpcIdNumber.NotSupported","message":"The number of vpcIds exceeds the limit."},{"code":"InvalidAliuid","message":"User Id is not valid."},{"code":"InvalidResourceGroupId","message":"The specified ResourceGroupId does not exist."},{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"InvalidResourceGroupId.NotFound","message":"The Specified ResourceGroupId not exists."},{"code":"OperationUnsupported.ResourceGroupId","message":"%s"},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."},{"code":"IllegalParam.OwnerId","message":"The specified parameter VpcOwnerId is not valid."},{"code":"InvalidAccount.NotFound","message":"The account is invalid."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DeleteVpc":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VpcId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"ForceDelete","in":"query","schema":{"type":"boolean","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"IncorrectStatus.VpcDhcpStatus","message":"The DhcpOptionsSet status of vpc  does not support this operation."},{"code":"DependencyViolation.GatewayEndpoint","message":"The VPC contains endpoints and cannot be deleted."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"DependencyViolation.RouteEntry","message":"Specified object has dependent resources"},{"code":"DependencyViolation.Instance","message":"Specified object has dependent resources"},{"code":"DependencyViolation.VSwitch","message":"Specified object has dependent resources"},{"code":"DependencyViolation.RouteInterface","message":"Specified object has dependent route interface ."},{"code":"DependencyViolation.Tunnel","message":"Specified object has dependent tunnel."},{"code":"DependencyViolation.NatGateway","message":"Specified object has dependent resources NatGateway."},{"code":"DependencyViolation.RouterInterface","message":"Specified object has dependent resources RouterInterface."},{"code":"DependencyViolation.SecurityGroup","message":"Specified object has dependent resources SecurityGroup."},{"code":"Forbidden.VpcNotFound","message":"Specified VPC can not found."},{"code":"Forbbiden","message":"Active custom route in vpc."},{"code":"TaskConflict","message":"The eip operate too frequent, TaskConflict."},{"code":"InvalidAction","message":"The VPC has been connected to the classic network ECS. Please cancel the connection before proceeding."},{"code":"IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"DependencyViolation.RouteTable","message":"Specified object has dependent custom routeTable."},{"code":"DependencyViolation.NetworkAcl","message":"Specified object has dependent resources network acl."},{"code":"DependencyViolation.ClassicLinkInstance","message":"Specified object has active classicLink instance."},{"code":"System.ServiceBusy","message":"System is busy, please try later."},{"code":"DependencyViolation.DhcpOptionsSet","message":"The VPC cannot be deleted when it is associated with dhcpOptionsSet."},{"code":"InvalidRegionId.NotFound","message":"The specified region is not found."},{"code":"DependencyViolation.CustomRouteTable","message":"CustomRouteTable already exists."},{"code":"DependencyViolation.Ipv4Gateway","message":"The VPC cannot be deleted when it has ipv4Gateway."},{"code":"DependencyViolation.GatewayRouteTable","message":"Specified object has dependent resources gatewayRouteTable."},{"code":"OperationDenied.VpcPeerExists","message":"The operation is not allowed because the VpcPeer exists."},{"code":"DependencyViolation.AppAccess","message":"Specified object has dependent resources app access."},{"code":"DependencyViolation.OppositeRouterInterface","message":"Failed to delete the VPC because it has peer router interfaces."},{"code":"DependencyViolation.TransitRouter","message":"Specified object has attached to Transit Router."},{"code":"DependencyViolation.Ipv6Gateway","message":"The VPC contains IPv6Gateway and cannot be deleted."},{"code":"DependencyViolation.CloudServiceResource","message":"The VPC contains CloudServiceResource and cannot be deleted."},{"code":"IncorrectStatus.VpcDnsHostnameStatus","message":"The DnsHostname status of vpc does not support this operation."}],"403":[{"code":"OperationDenied","message":"The operation is not supported in this status."}],"404":[{"code":"InvalidVpcId.NotFound","message":"Specified VPC does not exist."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"CreateVSwitch":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":21}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"CidrBlock","in":"query","schema":{"type":"string","required":true}},{"name":"Ipv6CidrBlock","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"VpcId","in":"query","schema":{"type":"string","required":true}},{"name":"VSwitchName","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"VpcIpv6CidrBlock","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"VSwitchId":{"type":"string"},"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"OperationFailed.ResourceConflict","message":"vpc only support one cloud box."},{"code":"OperationFailed.IdempotentTokenProcessing","message":"Action is processing."},{"code":"InvalidDescription.Malformed","message":"Invalid description."},{"code":"InvalidVSwitchName.Malformed","message":"Specified virtual switch name is not valid."},{"code":"InvalidVSwitchDiscription.Malformed","message":"Specified  virtual switch description is not valid."},{"code":"Abs.Vpc.InvalidDescription.Malformed","message":"Specified virtual switch name is not valid."},{"code":"MissingParam.vpcId","message":"The parameter vpcId is mandatory."},{"code":"ResourceNotAvailable","message":"Resource you requested is not available in this region or zone."},{"code":"InvalidParameter","message":"Specified CIDR block is not valid in VPC."},{"code":"InvalidCidrBlock.Overlapped","message":"Specified CIDR block overlapped with other subnets."},{"code":"QuotaExceeded.VSwitch","message":"Virtual switch quota exceeded."},{"code":"IncorrectRouteEntryStatus","message":"Some route entry status blocked this operation."},{"code":"IncorrectVSwitchStatus","message":"Some virtual switch is modifying within the same VPC."},{"code":"InvalidCirdrBlock.MaskLength","message":"Specified CIDR block is not valid ."},{"code":"IncorrectVpcStatus","message":"Current VPC status does not support this operation."},{"code":"CreateVSwitch.IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"InvalidCidrBlock.Malformed","message":"Specified CIDR block is not valid."},{"code":"MissingParameter","message":"Miss mandatory parameter."},{"code":"TaskConflict","message":"The operation is too frequent, TaskConflict."},{"code":"VPC.SWITCH.RULE.QUOTA.NOT.EXISTS","message":"vSwitch quota rule not exists."},{"code":"Forbidden.VpcNotFound","message":"Specified VPC can not found."},{"code":"RouteConflict.AlreadyExist","message":"Route conflict exists in routing table."},{"code":"OperationFailed.CidrAcross","message":"Classic link instance cidr must not across."},{"code":"Duplicated.ClientToken","message":"%s"},{"code":"OperationFailed.Ipv6CidrBlockExisted","message":"%s"},{"code":"IllegalParam.Ipv6CidrBlock","message":"%s"},{"code":"OperationFailed.VpcIpv6Disabled","message":"%s"},{"code":"IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"OperationFailed.NotifyCenCreate","message":"Failed to notify cen when create vswitch."},{"code":"OperationFailed.DistibuteLock","message":"Distibute lock fail."},{"code":"UnsupportedFeature.CloudBoxIpv6","message":"The IPv6 feature is not supported by cloud box."},{"code":"OperationDenied.VpcPeerExist","message":"The operation is not allowed because the VPC peer exists."},{"code":"OperationDenied.CenAttached","message":"The operation is not allowed because the VPC is attached to CEN."},{"code":"OperationDenied.NatgwExist","message":"The operation is not allowed because the NAT gateway exists in VPC."},{"code":"MissingParam.Ipv6CidrBlock","message":"The parameter Ipv6CidrBlock is mandatory."},{"code":"IllegalParam.VpcIpv6CidrBlock","message":"%s"},{"code":"OperationDenied.OtherSubnetCreating","message":"The operation is not allowed because the other VSwitch is creating."},{"code":"OperationDenied.VpcPeerExists","message":"The operation is not allowed because the VpcPeer exists."},{"code":"IllegalParam.CidrBlock","message":"The param of CidrBlock [%s] is illegal."},{"code":"InvalidStatus.RouteEntry","message":"RouteEntry status error."},{"code":"InvalidZoneId.NotFound","message":"Specified zone does not exist."}],"404":[{"code":"Invalid.NotExist","message":"witch mask rule not exists."},{"code":"InvalidVpcId.NotFound","message":"Specified VPC does not exist."}]}},"DescribeVSwitches":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchId","in":"query","schema":{"type":"string","required":false}},{"name":"ZoneId","in":"query","schema":{"type":"string","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"VSwitchName","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"IsDefault","in":"query","schema":{"type":"boolean","required":false}},{"name":"RouteTableId","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"50","minimum":"1","default":"10"}},{"name":"VSwitchOwnerId","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"EnableIpv6","in":"query","schema":{"type":"boolean","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"VSwitches":{"type":"object","itemNode":true,"properties":{"VSwitch":{"type":"array","items":{"type":"object","properties":{"VpcId":{"type":"string"},"Status":{"type":"string"},"CreationTime":{"type":"string"},"IsDefault":{"type":"boolean"},"AvailableIpAddressCount":{"type":"integer","format":"int64"},"NetworkAclId":{"type":"string"},"OwnerId":{"type":"integer","format":"int64"},"VSwitchId":{"type":"string"},"CidrBlock":{"type":"string"},"Description":{"type":"string"},"ResourceGroupId":{"type":"string"},"ZoneId":{"type":"string"},"Ipv6CidrBlock":{"type":"string"},"VSwitchName":{"type":"string"},"ShareType":{"type":"string"},"EnabledIpv6":{"type":"boolean"},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string"},"Value":{"type":"string"}}}}}},"RouteTable":{"type":"object","properties":{"RouteTableId":{"type":"string"},"RouteTableType":{"type":"string"}}}}}}}}}},"errorCodes":{"400":[{"code":"Forbidden.VpcNotFound","message":"Specified VPC can not found."},{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."},{"code":"IllegalParam.OwnerId","message":"The specified parameter VSwitchOwnerId is not valid."},{"code":"InvalidVpcIdNumber.NotSupported","message":"The number of vpcIds exceeds the limit."},{"code":"InvalidVSwitchIdNumber.NotSupported","message":"The number of vSwitchIds exceeds the limit."}],"404":[{"code":"InvalidVSwitchId.NotFound","message":"VSwitch not exist."}]}},"DeleteVSwitch":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"VSwitchId","in":"query","schema":{"type":"string","required":true}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"OperationDenied.OtherSubnetProcessing","message":"other subnet is processing."},{"code":"IncorrectVSwitchStatus","message":"vpc subnet is in middle status."},{"code":"DependencyViolation","message":"Resources deployed in the vSwitch have not been deleted."},{"code":"IncorrectRouteEntryStatus","message":"Some route entry status blocked this operation."},{"code":"DependencyViolation.HaVip","message":"VSwitch cannot be deleted when there are some HaVip dependent with it."},{"code":"DependencyViolation.RouteTable","message":"VSwitch cannot be deleted when associated with route table"},{"code":"MissingParameter","message":"Miss mandatory parameter."},{"code":"TaskConflict","message":"The operation is too frequent, TaskConflict."},{"code":"DependencyViolation.SNAT","message":"The vswitch cannot be deleted when used by snat."},{"code":"DeleteVSwitch.IncorrectStatus.cbnStatus","message":"Current CBN status does not support this operation."},{"code":"AttrMismatching.NaclAndBindInstance","message":"The network acl and resource not in same vpc."},{"code":"InvalidResource.NotBinding","message":"The resource has not been binded."},{"code":"DependencyViolation.SnatEntry","message":"VSwitch cannot be deleted when snat entry exist."},{"code":"DependencyViolation.NetworkAcl","message":"VSwitch cannot be deleted when network acl exist."},{"code":"DependencyViolation.EnhancedNatgw","message":"VSwitch cannot be deleted when natgw exist."},{"code":"DependencyViolation.ResourceShare","message":"VSwitch cannot be deleted when resource share exist."},{"code":"OperationFailed.SystemBusy","message":"Operation failed because system is busy."},{"code":"DependencyViolation.MulticastDomain","message":"VSwitch cannot be deleted when associated with multicast domain."},{"code":"DependencyViolation.VSwitchCidrReservation","message":"VSwitch cannot be deleted when vswitch cidr reservation exist."},{"code":"DependencyViolation.CloudService","message":"VSwitch cannot be deleted when uesd by cloud service."},{"code":"InvalidVSwitchId.NotFound","message":"VSwitch not exist."},{"code":"OperationFailed.Ipv6InstanceExist","message":"Operation failed because vswitch has ipv6 instance."},{"code":"DependencyViolation.Ipv6Address","message":"The specified resource of %s depends on %s, so the operation cannot be completed."},{"code":"DependencyViolation.%s","message":"The specified resource of [%s] depends on [%s], so the operation cannot be completed."},{"code":"Forbidden.RegionNotFound","message":"Specified instance is not found during access authentication."},{"code":"IncorrectStatus","message":"Vswtich status not stable."},{"code":"DependencyViolation.RouterInterface","message":"Specified object has dependent resources RouterInterface."},{"code":"InvalidRegionId.NotFound","message":"The specified region is not found."}],"404":[{"code":"IncorrectVSwitchId","message":"Specified vSwtich instance is not found during access authentication."},{"code":"InvalidVSwitchId.NotFound","message":"VSwitch not exist."}]}},"AllocateEipAddress":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Bandwidth","in":"query","schema":{"type":"string","required":false}},{"name":"Period","in":"query","schema":{"type":"integer","format":"int32","required":false}},{"name":"ISP","in":"query","schema":{"type":"string","required":false}},{"name":"ActivityId","in":"query","schema":{"type":"integer","format":"int64","required":false}},{"name":"Netmode","in":"query","schema":{"type":"string","required":false}},{"name":"AutoPay","in":"query","schema":{"type":"boolean","required":false}},{"name":"PricingCycle","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"InternetChargeType","in":"query","schema":{"type":"string","required":false,"default":"PayByBandwidth"}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}},{"name":"Name","in":"query","schema":{"type":"string","required":false}},{"name":"Description","in":"query","schema":{"type":"string","required":false}},{"name":"SecurityProtectionTypes","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":10}},{"name":"PublicIpAddressPoolId","in":"query","schema":{"type":"string","required":false}},{"name":"Zone","in":"query","schema":{"type":"string","required":false}},{"name":"IpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string"},"Value":{"type":"string"}}},"required":false,"maxItems":21}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"OrderId":{"type":"integer","format":"int64"},"ResourceGroupId":{"type":"string"},"EipAddress":{"type":"string"},"AllocationId":{"type":"string"}}},"errorCodes":{"400":[{"code":"COMMODITY_NO_EXIST","message":"commodity is not exist"},{"code":"QuotaExceeded.Eip","message":"Elastic IP address quota exceeded"},{"code":"InvalidParameter","message":"Specified value of \\"InternetChargeType\\" is not valid"},{"code":"InsufficientBalance","message":"Your account does not have enough balance."},{"code":"ReserveIpFail","message":"Reserve eip failed."},{"code":"InvalidRegion.NotSupport","message":"The specified region does not support."},{"code":"InvalidBandwidth.Malformed","message":"The specified Bandwidth is invalid."},{"code":"INSTANCE_TYPE_NOT_SUPPORT","message":"The instance type is invalid."},{"code":"QueryParameter.Illegal","message":"query parameter illegal"},{"code":"TokenVerfiy.Failed","message":"token verify failed."},{"code":"OrderFailed","message":"The Account failed to create order."},{"code":"QuotaExceeded.LargeSpecEip","message":"Elastic IP address with large spec quota exceeded."},{"code":"InvalidResourceGroupId","message":"The specified ResourceGroupId does not exist."},{"code":"PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE","message":"Your account does not have enough balance."},{"code":"SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR","message":"You have arrears and do not meet the purchase conditions."},{"code":"Trade_Sync_Create_Sub_ERROR","message":"SyncOrderToSub error."},{"code":"InvalidComponent.EipBandwidthMax","message":"The eip_bandwidth_max component is invalid."},{"code":"OperationFailed.RiskControl","message":"Risk control check failed."},{"code":"OperationFailed.SaleValidate","message":"Validate sale condition with subArticle failed."},{"code":"IllegalParam.OrderParamComponent","message":"Product order param has invalid component."},{"code":"OperationFailed.SaleExpression","message":"Get the sales expression exception attached to the item."},{"code":"OperationFailed.CompleteUserInfo","message":"Complete user info failed."},{"code":"OperationFailed.QueryPrice","message":"Query price failed when create order."},{"code":"OperationFailed.InsufficientEIP","message":"Eip resource is not enough."},{"code":"OperationFailed.InvokeInnerApi","message":"Failed to invoke inner api."},{"code":"OperationFailed.AccountMoneyInvalid","message":"Account money is invalid."},{"code":"OperationFailed.QueryCredtiInfo","message":"Failed to query credit info."},{"code":"FrequentPurchase.EIP","message":"eip frequent purchase"},{"code":"OperationFailed.QueryUserLabel","message":"Failed to query user label info."},{"code":"PAY.INSUFFICIENT_BALANCE","message":"Your account does not have enough balance."},{"code":"PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL","message":"User withhoding argeement is illegal."},{"code":"OrderError.EIP","message":"FThe Account failed to create order."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."},{"code":"ResourceNotFound.PublicIpAddressPool","message":"The specified resource of PublicIpAddressPool is not found."},{"code":"ResourceNotEnough.PublicIpAddressPool","message":"The specified resource of PublicIpAddressPool is not enough."},{"code":"Mismatch.IpAndPublicIpAddressPool","message":"The Ip and PublicIpAddressPool are mismatched."},{"code":"CreditPayInsufficientBalance","message":"The balance is insufficient, please contact your channel partner to increase the balance"},{"code":"OperationDenied.NotOpenDdosOriginProtectService","message":"The operation is not allowed because of you do not open Ddos Origin Protection Service"},{"code":"IncorrectStatus.PublicIpAddressPool","message":"The status of PublicIpAddressPool is incorrect."},{"code":"IllegalParam.Isp","message":"The param of %s is illegal."},{"code":"AccountMoneyValidateError","message":"The available amount of the account is insufficient."},{"code":"OrderFailed.ConcurrentOperate","message":"Failed to create the order due to concurrent operations."},{"code":"OperationFailed.BasicInfoUncompleted","message":"Your information is incomplete. Complete your information before the operation."},{"code":"OperationFailed.QuotaNotEnough","message":"Your quota is insufficient. Please contact your channel partner to increase your quota"},{"code":"ExclusiveParam.ZoneAndPublicIpAddressPoolId","message":"The Zone and PublicIpAddressPoolId parameters are mutually exclusive."},{"code":"IllegalParam.Zone","message":"The specified zone is invalid."},{"code":"OperationFailed.AllocateUnfamiliarIp","message":"The operation failed because only IP addresses used within the last seven days can be allocated."},{"code":"Ip.Allocated","message":"The reserve ip has been allocated."},{"code":"IncorrectStatus.Ip","message":"The status of ip is incorrect."},{"code":"UnsupportedFeature.AllocateEipAddressWithZone","message":"The feature of AllocateEipAddressWithZone is not supported."},{"code":"ResourceNotFound.Ip","message":"The specified ip is not found."},{"code":"OperationFailed.CreditPayInsufficientBalance","message":"Your account does not have enough balance."},{"code":"OperationFailed.ResourceNotEnough","message":"The resources you have applied for are insufficient."},{"code":"IllegalParam.Bandwidth","message":"The param of bandwidth is illegal."},{"code":"OperationFailed.IpIsLocked","message":"The operation is failed because of ip is locked."},{"code":"Mismatch.EipSecurityProtectionTypeAndPoolSecurityProtectionType","message":"The EipSecurityProtectionType and PoolSecurityProtectionType are mismatched."},{"code":"IllegalParam.SecurityProtectionTypes","message":"The param of securityProtectionTypes is illegal."},{"code":"IllegalParam.ServiceLocation","message":"The param of serviceLocation is illegal."},{"code":"UnsupportedFeature.Isp","message":"The feature of Isp is not supported."},{"code":"ExclusiveParam.ZoneAndIpAddress","message":"The specified  param Zone and IpAddress or InstanceId are mutually exclusive."},{"code":"InvalidDescription.Malformed","message":"The Description is illeagl."},{"code":"InvalidName.Malformed","message":"The attribute name is illegal."},{"code":"OperationFailed.UpgradeCdtServiceFirst","message":"The operation is failed because of cdt is not upgraded."}],"403":[{"code":"Forbidden","message":"User not authorized to operate on the specified resource."}],"404":[{"code":"InvalidRegionId.NotFound","message":"Specified value of \\"RegionId\\" is not supported."},{"code":"FUWU_BIZ_COMMODITY_VERIFY_FAIL","message":"????????, ????????PD."}],"409":[{"code":"OperationConflict","message":"Request was denied due to conflict with a previous request."}],"500":[{"code":"OrderError.EIP","message":"The Account failed to create order."},{"code":"InternalError","message":"The request processing has failed due to some unknown error, exception or failure."},{"code":"OperationFailed.SystemBusy","message":"Operation failed because system is busy."}]}},"AssociateEipAddress":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceRegionId","in":"query","schema":{"type":"string","required":false}},{"name":"PrivateIpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"Mode","in":"query","schema":{"type":"string","required":false}},{"name":"VpcId","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidAssociation.Duplicated","message":"Specified instance already is associated."},{"code":"OperationDenied","message":"Specified instance is not in VPC."},{"code":"InvalidParameter.Mismatch","message":"Specified elastic IP address and ECS instance are not in the same region."},{"code":"IncorrectEipStatus","message":"Current elastic IP status does not support this operation"},{"code":"IncorrectInstanceStatus","message":"Current instance status does not support this operation."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified value of InstanceType is not supported."},{"code":"IncorrectHaVipStatus","message":"HaVip can be operated by this action only when it\'s status is Available or InUse."},{"code":"InvalidParameter","message":"The specified parameter is not valid."},{"code":"TaskConflict","message":"The eip operate too frequent, TaskConflict."},{"code":"InvalidBindingStatus","message":"The eip binding status invalid."},{"code":"BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP","message":"The instance may have portMap or already bind eip."},{"code":"EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP","message":"instance already bind natpublicip,cannot bind eip."},{"code":"BIND_INSTANCE_OWENER_ERROR","message":"Cannot operate the eip."},{"code":"NATGATEWAY_FINANCIALLOCKED","message":"The NatGateway has expire, cannot do bind operation."},{"code":"InvalidParameter.InstanceTypeNotSupport","message":"The specified instance type is not support."},{"code":"QuotaExceeded.NumberOfTrafficEip","message":"The number of traffic eip on natgw exceed limitation."},{"code":"QuotaExceeded.NumberOfEip","message":"Binded eip Quota exceed on this NatGw."},{"code":"Forbidden.EipCanNotBindGatgw","message":"Eip can not bind on natgw."},{"code":"InvalidAction.Denied","message":"Action is denied due to unfinished Eip configuration modification."},{"code":"InstanceType.NotSupport","message":"The instance type is invalid."},{"code":"InvalidParams.NotFound","message":"instance not found"},{"code":"BindInstance.NotSupported","message":"bind instance type %s is not supported."},{"code":"Forbidden.InstanceBandwidthNotZero","message":"Eip can not bind with instance when it\'s bandwidth is not zero."},{"code":"INSTANCE_TYPE_NOT_SUPPORT","message":"The instance type is invalid."},{"code":"ServerRegion.Invalid","message":"Eip bind remote server region invalid."},{"code":"Eni.Attached","message":"The eni should be detached from ecs when associating with direct eip."},{"code":"Eni.HasSubIp","message":"Eni has sub ip can not bind direct eip."},{"code":"Invalid.DirectEip.BindType","message":"The direct eip can be only associated with eni."},{"code":"InvalidStatus.EcsStatusNotSupport","message":"The special instance status is not support operate"},{"code":"Invalid.Function.NotSupported","message":"Multi-IP function is under test, the region or uid is not supported."},{"code":"InvalidStatus.EniStatusNotSupport","message":"%s"},{"code":"InvalidParameter.EniInstanceId","message":"%s"},{"code":"InvalidNexthop.DirectEni","message":"The direct Eni cannot be nexthop."},{"code":"Mode.Conflict","message":"The eni can bind only one mode of eip."},{"code":"Mode.NotSupport","message":"The user cannot use multi direct eip."},{"code":"QuotaExceed.MultiBindedEip","message":"The number of multi binded eip is over limit."},{"code":"InvalidEIPStatus.BizDisabled","message":"The EIP has been locked."},{"code":"OperationFailed.EniSubIp","message":"Eni has sub ip can not bind direct eip."},{"code":"InvalidEip.EipQuotaExceeded","message":"The specified eni assigned eip is more than privateIp."},{"code":"OperationFailed.QueryCommodityInfo","message":"Operation failed because quey commodity info error."},{"code":"OperationUnsupported.MultiIp","message":"Multi ip function is not support."},{"code":"InvalidNicOrVm.NotFound","message":"Bind nic or vm not exist."},{"code":"OperationUnsupported.EipBindModel","message":"The instance type of ecs does not support MULTI_BINDED model Eip."},{"code":"IncorrectStatus.NatGateway","message":"%s"},{"code":"EipBindRemote.BackendRegionMustBeSingle","message":"eip bind remote instance, backend region must be single"},{"code":"InvalidParameter.BindingInstanceRegion","message":"The specified BindingInstanceRegion is not supported."},{"code":"OperationFailed.HavipBoundPortmap","message":"%s"},{"code":"IllegalParam.Mode","message":"%s"},{"code":"InvalidStatus.NotAllow","message":"Bind instance status invalid"},{"code":"InvalidInstance.NotExist","message":"Bind instance data not exist"},{"code":"InvalidBandwidthPackageId.NotFound","message":"The specified BandwidthPackageId not exist."},{"code":"ResourceQueryError","message":"The specified resource is queried error."},{"code":"InvalidStatus.InstanceHasBandWidth","message":"The specified instance bandwidth invalid."},{"code":"OperationDenied.CloudBoxResourceExist","message":"The operation is not allowed because there are resources related to the cloud box in VPC."},{"code":"OperationDenied.CloudBoxVSwitchExist","message":"The operation is not allowed because a cloud box type vSwitch exists in VPC."},{"code":"OperationDenied.NoAvailablePrivateIp","message":"The operation is failed because of vSwitch has not availalbe private ip"},{"code":"UnsupportedRegion","message":"%s"},{"code":"ResourceAlreadyAssociated.IpAddress","message":"%s"},{"code":"OperationFailed.Ipv4GatewayNotOpenedInVpc","message":"The operation is failed because Ipv4Gateway is not opened in Vpc."},{"code":"OperationFailed.Ipv4GatewayNotActivatedInVpc","message":"The operation is failed because Ipv4Gateway is not activated in Vpc."},{"code":"OperationDenied.L2EipBindIpAddress","message":"%s"},{"code":"Forbidden","message":"The eip instance owner error"},{"code":"Forbidden.FinancialLocked","message":"The ip business status is invalid."},{"code":"UnsupportedFeature.EipBindIpAddress","message":"The feature of EipBindIpAddress is not supported."},{"code":"OperationFailed.InstanceNotExist","message":"The ECS instance does not exist, or is not a VPC VM."},{"code":"OperationDenied.Ipv4GatewayExist","message":"The operation is not allowed because of Ipv4GatewayExist."},{"code":"OperationFailed.EipBindModeConflict","message":"Eips can not bind Eni with NAT mode and  MULTI_BINDED mode at the same time."},{"code":"OperationFailed.EcsMigrating","message":"The operation is failed because of ECS is migrating."},{"code":"OperationFailed.IpPrefixConflict","message":"The operation failed due to the IP prefix of the ENI."},{"code":"UnsupportedFeature.EipBindPrefixIp","message":"The feature of EipBindPrefixIp is not supported."},{"code":"OperationDenied.UnsupportedEipBindMode","message":"The operation is not supported for the NAT gateway due to its EIP binding mode."},{"code":"OperationDenied.Unauthorized","message":"The operation is not allowed because the user is not in the whitelist."},{"code":"OperationFailed.SystemBusy","message":"Operation failed because system is busy."},{"code":"OperationFailed.PrivateIpAddressNotExist","message":"The operation failed because the PrivateIpAddress is not found."},{"code":"IllegalParamFormat.%s","message":"The param format of %s is illegal."},{"code":"MissingParam.InstanceId","message":"The param of InstanceId can\'t be null or empty."},{"code":"InvalidEniType.SlaveEni","message":"The eni type cannot be slave eni."},{"code":"IllegalParam.PrivateIpAddress","message":"The specified PrivateIpAddress is illegal."}],"404":[{"code":"InvalidAllocationId.NotFound","message":"Specified allocation ID is not found."},{"code":"InvalidInstanId.NotFound","message":"Specified instance does not exist."},{"code":"InvalidRegionId.NotFound","message":"Specified value of InstanceRegionId is not supported."},{"code":"Forbidden.RegionNotFound","message":"Specified instance is not found during access authentication."},{"code":"OperationDenied.VpcIpv4GatewayEnabled","message":"The operation is not allowed because of the VPC of the NAT gateway has opened IPv4 Gateway."}],"503":[{"code":"ServiceUnavailable","message":"The request has failed due to a temporary failure of the server."}]}},"UnassociateEipAddress":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"Force","in":"query","schema":{"type":"boolean","required":false}},{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":true}},{"name":"InstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"InstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"PrivateIpAddress","in":"query","schema":{"type":"string","required":false}},{"name":"ClientToken","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"IncorrectEipStatus","message":"Current elastic IP status does not support this operation."},{"code":"InvalidInstanceId.NotFound","message":"Specified instance does not exist."},{"code":"IncorrectInstanceStatus","message":"The current status of instance does not support this operation."},{"code":"InvalidInstanceType.ValueNotSupported","message":"The specified value of InstanceType is not supported."},{"code":"IncorrectHaVipStatus","message":"This operation is denied because satus of the specified HaVip is neither Available nor InUse."},{"code":"OperationDenied","message":"Eip of default vpc not allow this operation"},{"code":"InvalidParameter","message":"The specified parameter is not valid."},{"code":"TaskConflict","message":"The eip operate too frequent, TaskConflict."},{"code":"InvalidBindingStatus","message":"The eip binding status invalid."},{"code":"Forbidden.FinancialLocked","message":"The ip business status is invalid."},{"code":"InvalidIpStatus.HasBeenUsedBySnatTable","message":"The removed ip address has been used by snat table."},{"code":"InvalidIpStatus.HasBeenUsedByForwardEntry","message":"The specified address has been used by forwardTable."},{"code":"Eni.Attached","message":"The eni should be detached from ecs when associating with direct eip."},{"code":"InvalidEIPStatus.BizDisabled","message":"The EIP has been locked."},{"code":"InvalidStatus.EcsStatusNotSupport","message":"The special instance status Pending is not support operate"},{"code":"InvalidStatus.EniStatusNotSupport","message":"%s"},{"code":"InvalidStatus.SnatOrDnat","message":"Operation failed because snat or dnat in unstable status."},{"code":"DependencyViolation.SnatEntry","message":"The specified eip is in ip pool."},{"code":"%s","message":"%s"},{"code":"InvalidStatus.NotAllow","message":"Bind instance status invalid"},{"code":"Forbidden","message":"The eip instance owener error"},{"code":"InvalidLoadBalancerId.NotFound","message":"LoadBalancerId does not exist."},{"code":"OperationFailed.SystemBusy","message":"Operation failed because system is busy."}],"404":[{"code":"InvalidAllocationId.NotFound","message":"Specified allocation ID is not found"},{"code":"InvalidBindInstance.NotFound","message":"The specified bind instance does not exist."},{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."}]}},"ReleaseEipAddress":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"IncorrectEipStatus","message":"Current elastic IP status does not support this operation."},{"code":"Forbidden.ChargeTypeIsPrepaid","message":"It\'s forbidden to release a prepaid EIP"},{"code":"TaskConflict.AssociateGlobalAccelerationInstance","message":"Operate too frequent."},{"code":"InvalidOperation.DeletionProtection","message":"The instance cannnot delete because of deletion protecion."},{"code":"Forbidden.ReleaseSegmentEip","message":"Release single segment eip is forbidden."},{"code":"Forbidden","message":"The eip instance owner error"},{"code":"Mismatch.%sAnd%s","message":"The %s and %s are mismatched."}],"404":[{"code":"InvalidAllocationId.NotFound","message":"Specified allocation ID is not found."},{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."}],"500":[{"code":"InternalError","message":"The request processing has failed due to some unknown error."}]}},"DescribeEipAddresses":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"IncludeReservationData","in":"query","schema":{"type":"boolean","required":false}},{"name":"Status","in":"query","schema":{"type":"string","required":false}},{"name":"EipAddress","in":"query","schema":{"type":"string","required":false}},{"name":"AllocationId","in":"query","schema":{"type":"string","required":false}},{"name":"SegmentInstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"ResourceGroupId","in":"query","schema":{"type":"string","required":false}},{"name":"PageNumber","in":"query","schema":{"type":"integer","format":"int32","required":false,"minimum":"1","default":"1"}},{"name":"PageSize","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"100","minimum":"1","default":"10"}},{"name":"ISP","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Key","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.1.Value","in":"query","schema":{"type":"string","required":false}},{"name":"Filter.2.Value","in":"query","schema":{"type":"string","required":false}},{"name":"LockReason","in":"query","schema":{"type":"string","required":false}},{"name":"AssociatedInstanceType","in":"query","schema":{"type":"string","required":false}},{"name":"AssociatedInstanceId","in":"query","schema":{"type":"string","required":false}},{"name":"ChargeType","in":"query","schema":{"type":"string","required":false}},{"name":"DryRun","in":"query","schema":{"type":"boolean","required":false}},{"name":"EipName","in":"query","schema":{"type":"string","required":false}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":20}},{"name":"SecurityProtectionEnabled","in":"query","schema":{"type":"boolean","required":false}},{"name":"PublicIpAddressPoolId","in":"query","schema":{"type":"string","required":false}},{"name":"ServiceManaged","in":"query","schema":{"type":"boolean","required":false}}],"response":{"type":"object","properties":{"PageSize":{"type":"integer","format":"int32"},"RequestId":{"type":"string"},"PageNumber":{"type":"integer","format":"int32"},"TotalCount":{"type":"integer","format":"int32"},"EipAddresses":{"type":"object","itemNode":true,"properties":{"EipAddress":{"type":"array","items":{"type":"object","properties":{"ReservationActiveTime":{"type":"string"},"Status":{"type":"string"},"ReservationOrderType":{"type":"string"},"AllocationTime":{"type":"string"},"Netmode":{"type":"string"},"ChargeType":{"type":"string"},"Description":{"type":"string"},"Mode":{"type":"string"},"SegmentInstanceId":{"type":"string"},"ReservationInternetChargeType":{"type":"string"},"BandwidthPackageId":{"type":"string"},"IpAddress":{"type":"string"},"Bandwidth":{"type":"string"},"ReservationBandwidth":{"type":"string"},"EipBandwidth":{"type":"string"},"Name":{"type":"string"},"PrivateIpAddress":{"type":"string"},"InstanceRegionId":{"type":"string"},"DeletionProtection":{"type":"boolean"},"InstanceId":{"type":"string"},"SecondLimited":{"type":"boolean"},"InstanceType":{"type":"string"},"HDMonitorStatus":{"type":"string"},"RegionId":{"type":"string"},"BandwidthPackageBandwidth":{"type":"string"},"ServiceManaged":{"type":"integer","format":"int32"},"ExpiredTime":{"type":"string"},"ResourceGroupId":{"type":"string"},"AllocationId":{"type":"string"},"InternetChargeType":{"type":"string"},"BusinessStatus":{"type":"string"},"BandwidthPackageType":{"type":"string"},"HasReservationData":{"type":"string"},"ISP":{"type":"string"},"OperationLocks":{"type":"object","itemNode":true,"properties":{"LockReason":{"type":"array","items":{"type":"object","properties":{"LockReason":{"type":"string"}}}}}},"Tags":{"type":"object","itemNode":true,"properties":{"Tag":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string"},"Value":{"type":"string"}}}}}},"SecurityProtectionTypes":{"type":"object","itemNode":true,"properties":{"SecurityProtectionType":{"type":"array","items":{"type":"string"}}}},"PublicIpAddressPoolId":{"type":"string"},"VpcId":{"type":"string"},"Zone":{"type":"string"},"BizType":{"type":"string"},"ServiceID":{"type":"integer","format":"int64"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidIAssociatedInstanceType.ValueNotSupported","message":"The specified value of AssociatedInstanceType is not supported."},{"code":"InvalidChargeType.ValueNotSupported","message":"The specified ChargeType is not supported."},{"code":"InvalidAliuid","message":"User Id is not valid."},{"code":"InvalidResourceGroupId","message":"The specified ResourceGroupId does not exist."},{"code":"InstanceType.Invalid","message":"InstanceType is not null"},{"code":"InstanceIdLength.Exceed","message":"InstanceId length is exceed"},{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"OperationUnsupported.ResourceGroupId","message":"ResourceGroup is not supported in this region."},{"code":"IellgalParameter.OwnerAccount","message":"The specified parameter OwnerAccount is not valid."}],"404":[{"code":"InvalidFilterValue","message":"The specified FilterValue is not supported."},{"code":"Forbidden.RegionNotFound","message":"Specified region is not found during access authentication."},{"code":"InvalidFilterKey.NotFound","message":"The specified Filterkey is not supported."},{"code":"InvalidLockReason.NotFound","message":"The specified LockReason is not found"}]}},"TagResources":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"ResourceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":true,"maxItems":51}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":true,"maxItems":21}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"MissingParam","message":"%s"},{"code":"InvalidInstanceType.NotFound","message":"The instance type is not found"},{"code":"InvalidInstanceIds.NotFound","message":"The instanceIds are not found"},{"code":"Forbidden.TagKeys","message":"The request do not allow to operate the tag keys"},{"code":"QuotaExceeded.TagNum","message":"Custom Tags quota exceeded"},{"code":"InvalidTagScope.NotFound","message":"The tag scope is not found"},{"code":"Forbidden.NotAllowedCategary","message":"The System tag is not valid"},{"code":"Forbidden.TagKey.Duplicated","message":"The specified tag key already exists."},{"code":"SizeLimitExceeded.TagNum","message":"The maximum number of tags is exceeded."},{"code":"SizeLimitExceeded.ResourceId","message":"The maximum number of resource IDs is exceeded."},{"code":"MissingParameter.TagValue","message":"The input parameter TagValue that is mandatory for processing this request is not supplied."},{"code":"MissingParameter.TagKey","message":"The input parameter TagKey that is mandatory for processing this request is not supplied."},{"code":"MissingParam.Tags","message":"You must specify the Tags parameter."},{"code":"DuplicatedParam.ResourceIds","message":"The parameter of ResourceIds contains duplicate values."}],"403":[{"code":"Forbidden","message":"User not authorized to operate on the specified resource."}]}},"UnTagResources":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"All","in":"query","schema":{"type":"boolean","required":false}},{"name":"ResourceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":true,"maxItems":51}},{"name":"TagKey","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":21}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"}}},"errorCodes":{"400":[{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"MissingParam","message":"%s"},{"code":"InvalidInstanceType.NotFound","message":"The instance type is not found"},{"code":"InvalidInstanceIds.NotFound","message":"The instanceIds are not found"},{"code":"Forbidden.TagKeys","message":"The request do not allow to operate the tag keys"},{"code":"QuotaExceeded.TagNum","message":"Custom Tags quota exceeded"},{"code":"Forbidden.NotAllowedCategary","message":"The System tag is not valid"},{"code":"Forbidden.TagKey.Duplicated","message":"The specified tag key already exists."},{"code":"SizeLimitExceeded.TagNum","message":"The maximum number of tags is exceeded."},{"code":"SizeLimitExceeded.ResourceId","message":"The maximum number of resource IDs is exceeded."},{"code":"DuplicatedParam.ResourceIds","message":"The parameter of ResourceIds contains duplicate values."}],"403":[{"code":"Forbidden","message":"User not authorized to operate on the specified resource."}]}},"ListTagResources":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"ResourceType","in":"query","schema":{"type":"string","required":true}},{"name":"NextToken","in":"query","schema":{"type":"string","required":false}},{"name":"MaxResults","in":"query","schema":{"type":"integer","format":"int32","required":false,"maximum":"50"}},{"name":"ResourceId","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"string","required":false},"required":false,"maxItems":51}},{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"Tag","in":"query","style":"repeatList","schema":{"type":"array","items":{"type":"object","properties":{"Key":{"type":"string","required":false},"Value":{"type":"string","required":false}},"required":false},"required":false,"maxItems":21}}],"response":{"type":"object","properties":{"NextToken":{"type":"string"},"RequestId":{"type":"string"},"TagResources":{"type":"object","itemNode":true,"properties":{"TagResource":{"type":"array","items":{"type":"object","properties":{"ResourceType":{"type":"string"},"TagValue":{"type":"string"},"ResourceId":{"type":"string"},"TagKey":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidTagKey","message":"The tag keys are not valid."},{"code":"InvalidTagValue","message":"The tag values are not valid."},{"code":"MissingParam","message":"%s"},{"code":"InvalidInstanceType.NotFound","message":"The instance type is not found"},{"code":"InvalidInstanceIds.NotFound","message":"The instanceIds are not found"},{"code":"Forbidden.TagKeys","message":"The request do not allow to operate the tag keys"},{"code":"QuotaExceeded.TagNum","message":"Custom Tags quota exceeded"},{"code":"Forbidden.NotAllowedCategary","message":"The System tag is not valid"},{"code":"Forbidden.TagKey.Duplicated","message":"The specified tag key already exists."},{"code":"SizeLimitExceeded.TagNum","message":"The maximum number of tags is exceeded."},{"code":"SizeLimitExceeded.ResourceId","message":"The maximum number of resource IDs is exceeded."},{"code":"BothEmpty.TagsAndResources","message":"The specified Tags and ResourcesIds are not allow to both empty."},{"code":"MissingParam.ResourceType","message":"The param of ResourceType is missing."}],"403":[{"code":"Forbidden","message":"User not authorized to operate on the specified resource."},{"code":"BothEmpty.TagsAndResources","message":"The specified Tags and ResourcesIds are not allow to both empty."}]}},"DescribeZones":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"RegionId","in":"query","schema":{"type":"string","required":true}},{"name":"ZoneType","in":"query","schema":{"type":"string","required":false}},{"name":"AcceptLanguage","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"Zones":{"type":"object","itemNode":true,"properties":{"Zone":{"type":"array","items":{"type":"object","properties":{"ZoneId":{"type":"string"},"LocalName":{"type":"string"},"ZoneType":{"type":"string"}}}}}}}},"errorCodes":{"400":[{"code":"InvalidRegionId.NotFound","message":"The RegionId provided does not exist in our records."}]}},"DescribeRegions":{"deprecated":false,"methods":["post","get"],"security":["AK"],"parameters":[{"name":"ProductType","in":"query","schema":{"type":"string","required":false}},{"name":"AcceptLanguage","in":"query","schema":{"type":"string","required":false}}],"response":{"type":"object","properties":{"RequestId":{"type":"string"},"Regions":{"type":"object","itemNode":true,"properties":{"Region":{"type":"array","items":{"type":"object","properties":{"RegionEndpoint":{"type":"string"},"LocalName":{"type":"string"},"RegionId":{"type":"string"}}}}}}}},"errorCodes":{"403":[{"code":"Forbbiden","message":"User not authorized to operate on the specified resource."}]}}}}');
;// CONCATENATED MODULE: ./emulator/metadata/index.ts
/**
 * The official API metadata the emulator serves from (`emulator/data/*.json`, generated by
 * `scripts/extract-api-metadata.mjs` from Alibaba Cloud's api-docs.json): parameters with their
 * location, style and schema, the success response schema, error codes by HTTP status.
 */



const PRODUCTS = {
    Ecs: data_ecs_namespaceObject,
    Vpc: data_vpc_namespaceObject,
    Sts: data_sts_namespaceObject,
};
/** The API version each product is served under. */
const PRODUCT_VERSIONS = {
    Ecs: "2014-05-26",
    Vpc: "2016-04-28",
    Sts: "2015-04-01",
};
/** Metadata of one product. */
function productMeta(product) {
    return PRODUCTS[product];
}
/** The product served under an API version, or undefined. */
function productForVersion(version) {
    for (const [product, v] of Object.entries(PRODUCT_VERSIONS))
        if (v === version)
            return product;
    return undefined;
}
/** The product a host name points at (`ecs-cn-hangzhou.aliyuncs.com` → Ecs), or undefined. */
function productForHost(host) {
    const h = host.toLowerCase();
    if (/^ecs[.-]/.test(h))
        return "Ecs";
    if (/^vpc[.-]/.test(h))
        return "Vpc";
    if (/^sts[.-]/.test(h))
        return "Sts";
    return undefined;
}
/** Metadata of one action, or undefined when the emulator does not carry it. */
function actionMeta(product, action) {
    const actions = PRODUCTS[product].actions;
    return Object.hasOwn(actions, action) ? actions[action] : undefined;
}
/** The documented error (code, message, HTTP status) of an action, looked up by code. */
function documentedError(meta, code) {
    if (!meta)
        return undefined;
    for (const [status, list] of Object.entries(meta.errorCodes)) {
        const hit = list.find((e) => e.code === code);
        if (hit)
            return { code, message: hit.message, httpStatus: Number(status) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./emulator/wire/errors.ts

/** The JSON error body: `{RequestId, HostId, Code, Message, Recommend}`. */
function errorBody(err, requestId, hostId, product) {
    return {
        RequestId: requestId,
        HostId: hostId,
        Code: err.code,
        Message: err.message,
        Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(err.code)}&product=${product ?? "Unknown"}&requestId=${requestId}`,
    };
}
/** Gateway errors, worded as the real API words them. */
const gatewayErrors = {
    accessKeyNotFound: () => new ApiError("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404),
    accessKeyDisabled: () => new ApiError("InvalidAccessKeyId.Inactive", "Specified access key is disabled.", 400),
    signatureV1: (stringToSign) => new ApiError("SignatureDoesNotMatch", `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`, 400),
    signatureAcs3: (stringToSign) => new ApiError("SignatureDoesNotMatch", `Specified signature does not match our calculation. server StringToSign is [${stringToSign}]`, 400),
    incompleteSignature: (why) => new ApiError("IncompleteSignature", why, 400),
    unsupportedSignature: (method) => new ApiError("InvalidSignatureMethod", `Specified signature method "${method}" is not supported.`, 400),
    missingSecurityToken: () => new ApiError("MissingSecurityToken", "SecurityToken is mandatory for this action.", 400),
    tokenExpired: () => new ApiError("InvalidSecurityToken.Expired", "Specified SecurityToken is expired.", 400),
    tokenMismatch: () => new ApiError("InvalidSecurityToken.MismatchWithAccessKey", "Specified SecurityToken mismatch with the AccessKey.", 400),
    tokenMalformed: () => new ApiError("InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.", 400),
    timestampFormat: (value) => new ApiError("InvalidTimeStamp.Format", `Specified time stamp or date value "${value}" is not well formatted.`, 400),
    timestampExpired: () => new ApiError("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", 400),
    nonceUsed: () => new ApiError("SignatureNonceUsed", "Specified signature nonce was used already.", 400),
    missingAccessKey: () => new ApiError("MissingAccessKeyId", "AccessKeyId is mandatory for this action.", 400),
    missingAction: () => new ApiError("MissingParameter", 'The input parameter "Action" that is mandatory for processing this request is not supplied.', 400),
    missingVersion: () => new ApiError("MissingParameter", 'The input parameter "Version" that is mandatory for processing this request is not supplied.', 400),
    invalidVersion: (version) => new ApiError("InvalidVersion", `Specified parameter Version "${version}" is not valid.`, 400),
    actionNotFound: () => new ApiError("InvalidAction.NotFound", "Specified api is not found, please check your url and method.", 404),
    throttled: () => new ApiError("Throttling.User", "Request was denied due to user flow control.", 400),
    serviceUnavailable: () => new ApiError("ServiceUnavailable", "The request has failed due to a temporary failure of the server.", 503),
    internalError: () => new ApiError("InternalError", "The request processing has failed due to some unknown error, exception or failure.", 500),
};

;// CONCATENATED MODULE: ./emulator/wire/signature.ts
/**
 * Server-side checks of the two request signatures the Alibaba Cloud SDKs send:
 * ACS3-HMAC-SHA256 (the default: `Authorization` header) and the legacy RPC v1 HMAC-SHA1
 * (`Signature` query parameter, also used by @alicloud/credentials for STS).
 */

/** RFC 3986 percent-encoding as the SDKs use it (encodeURIComponent plus `!'()*`). */
function rfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Parses an ACS3 Authorization header, or returns undefined when it is not one. */
function parseAcs3Authorization(header) {
    if (!header)
        return undefined;
    const m = /^(ACS3-[A-Z0-9-]+)\s+(.*)$/.exec(header.trim());
    if (!m)
        return undefined;
    const fields = {};
    for (const part of m[2].split(",")) {
        const eq = part.indexOf("=");
        if (eq > 0)
            fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return {
        algorithm: m[1],
        accessKeyId: fields.Credential ?? "",
        signedHeaders: (fields.SignedHeaders ?? "").split(";").filter(Boolean),
        signature: fields.Signature ?? "",
    };
}
/** Builds the ACS3 canonical request and string to sign from what the server received. */
function acs3StringToSign(algorithm, input) {
    const sortedQuery = [...input.query].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const canonicalQuery = sortedQuery.map(([k, v]) => `${k}=${rfc3986(v)}`).join("&");
    const names = [...input.signedHeaders].map((h) => h.toLowerCase()).sort();
    const canonicalHeaders = names
        .map((name) => {
        const raw = input.headers[name];
        const value = Array.isArray(raw)
            ? [...raw]
                .map((v) => v.trim())
                .sort()
                .join(",")
            : (raw ?? "").trim();
        return `${name}:${value}\n`;
    })
        .join("");
    const declared = input.headers["x-acs-content-sha256"];
    const payloadHash = typeof declared === "string" && declared
        ? declared
        : (0,external_node_crypto_.createHash)("sha256").update(input.body).digest("hex");
    const canonicalRequest = [
        input.method.toUpperCase(),
        input.pathname || "/",
        canonicalQuery,
        canonicalHeaders,
        names.join(";"),
        payloadHash,
    ].join("\n");
    const stringToSign = `${algorithm}\n${(0,external_node_crypto_.createHash)("sha256").update(canonicalRequest).digest("hex")}`;
    return { canonicalRequest, stringToSign };
}
/** The ACS3-HMAC-SHA256 signature (hex) of a string to sign. */
function acs3Sign(stringToSign, secret) {
    return (0,external_node_crypto_.createHmac)("sha256", secret).update(stringToSign).digest("hex");
}
/** Whether the body's SHA-256 matches the declared `x-acs-content-sha256` (absent header: true). */
function acs3BodyHashMatches(headers, body) {
    const declared = headers["x-acs-content-sha256"];
    if (typeof declared !== "string" || !declared)
        return true;
    return declared.toLowerCase() === (0,external_node_crypto_.createHash)("sha256").update(body).digest("hex");
}
/** The v1 RPC string to sign: `METHOD&%2F&encode(sorted k=v pairs)` over every parameter but Signature. */
function v1StringToSign(method, params) {
    const pairs = params
        .filter(([k]) => k !== "Signature")
        .map(([k, v]) => [rfc3986(k), rfc3986(v)])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const canonical = pairs.map(([k, v]) => `${k}=${v}`).join("&");
    return `${method.toUpperCase()}&${rfc3986("/")}&${rfc3986(canonical)}`;
}
/** The v1 signature: base64 HMAC (SHA1 by default, SHA256 for `HMAC-SHA256`) keyed with `secret&`. */
function v1Sign(stringToSign, secret, method = "HMAC-SHA1") {
    const algo = method.toUpperCase() === "HMAC-SHA256" ? "sha256" : "sha1";
    return (0,external_node_crypto_.createHmac)(algo, `${secret}&`).update(stringToSign).digest("base64");
}
/** Constant-time string comparison. */
function safeEqual(a, b) {
    const ba = Buffer.from(a);
    const bb = Buffer.from(b);
    return ba.length === bb.length && (0,external_node_crypto_.timingSafeEqual)(ba, bb);
}

;// CONCATENATED MODULE: ./emulator/wire/xml.ts
/** Minimal XML rendering of RPC response bodies (`Format=XML`), as the POP gateway writes them. */
function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function render(name, value) {
    if (value === undefined || value === null)
        return "";
    if (Array.isArray(value))
        return value.map((v) => render(name, v)).join("");
    if (typeof value === "object") {
        const inner = Object.entries(value)
            .map(([k, v]) => render(k, v))
            .join("");
        return `<${name}>${inner}</${name}>`;
    }
    return `<${name}>${esc(String(value))}</${name}>`;
}
/** Renders `body` under the root element `root` with an XML declaration. */
function toXml(root, body) {
    return `<?xml version="1.0" encoding="UTF-8"?>${render(root, body)}`;
}

;// CONCATENATED MODULE: ./emulator/wire/server.ts
/**
 * The emulator's HTTP(S) front: routing (x-acs-action/x-acs-version headers or Action/Version
 * parameters; product by version, then by host), signature checks (ACS3-HMAC-SHA256, v1
 * HMAC-SHA1), parameter decoding with the metadata, latency, faults, the call log, error bodies,
 * absolute-form proxy requests, CONNECT, and the `/_emulator/*` control endpoints.
 */










const ANONYMOUS = { accountId: "", arn: "", accessKeyId: "", identityType: "Account" };
const MAX_BODY = 2 * 1024 * 1024;
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on("data", (c) => {
            size += c.length;
            if (size > MAX_BODY) {
                reject(new ApiError("InvalidParameter", "The request body is too large.", 400));
                req.destroy();
                return;
            }
            chunks.push(c);
        });
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}
/** Decodes `a=b&c=d` (`+` as space) into ordered pairs. */
function parsePairs(raw) {
    if (!raw)
        return [];
    const out = [];
    for (const part of raw.split("&")) {
        if (!part)
            continue;
        const eq = part.indexOf("=");
        const k = eq < 0 ? part : part.slice(0, eq);
        const v = eq < 0 ? "" : part.slice(eq + 1);
        const dec = (s) => {
            try {
                return decodeURIComponent(s.replace(/\+/g, " "));
            }
            catch {
                return s;
            }
        };
        out.push([dec(k), dec(v)]);
    }
    return out;
}
function header(req, name) {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
function sendJson(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        "content-type": "application/json;charset=utf-8",
        "content-length": Buffer.byteLength(text),
    });
    res.end(text);
}
/** The wire layer: an HTTP request handler and a CONNECT handler, bound to services and identity. */
class WireServer {
    opts;
    services = new Map();
    constructor(opts) {
        this.opts = opts;
        for (const s of opts.services)
            this.addService(s);
    }
    /** Registers (or replaces) a product's service. */
    addService(service) {
        this.services.set(service.product, service);
    }
    /** Sets where CONNECT tunnels to Alibaba Cloud host names go (the HTTPS-capable port). */
    setHttpsPort(port) {
        this.opts.httpsPort = port;
    }
    /** Replaces the control hooks (dump, leak check). */
    setControl(control) {
        this.opts.control = control;
    }
    /** `request` listener for http.Server / https.Server. */
    handle = (req, res) => {
        this.dispatch(req, res).catch((err) => {
            if (!res.headersSent)
                sendJson(res, 500, { Code: "InternalError", Message: String(err?.message ?? err) });
            else
                res.destroy();
        });
    };
    /** `connect` listener: tunnels Alibaba Cloud host names on 443 to the HTTPS listener, refuses anything else at once. */
    handleConnect = (req, socket, head) => {
        const target = req.url ?? "";
        const [host, port] = target.split(":");
        const httpsPort = this.opts.httpsPort?.();
        if (httpsPort && (port === "443" || port === undefined) && /(^|\.)aliyuncs\.com$/i.test(host ?? "")) {
            const upstream = external_node_net_default().connect(httpsPort, "127.0.0.1", () => {
                socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
                if (head.length)
                    upstream.write(head);
                upstream.pipe(socket);
                socket.pipe(upstream);
            });
            upstream.on("error", () => socket.destroy());
            socket.on("error", () => upstream.destroy());
            return;
        }
        socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 48\r\n\r\nimage-build emulator: CONNECT is not served here");
        socket.destroy();
    };
    async dispatch(req, res) {
        const started = performance.now();
        const time = new Date().toISOString();
        const rawUrl = req.url ?? "/";
        const tls = req.socket.encrypted === true;
        let via = tls ? "https" : "http";
        let hostName = header(req, "host") ?? "";
        let pathAndQuery = rawUrl;
        if (/^[a-z]+:\/\//i.test(rawUrl)) {
            const u = new URL(rawUrl);
            via = "proxy";
            hostName = u.host;
            pathAndQuery = `${u.pathname}${u.search}`;
            const bare = u.hostname;
            if (bare === "100.100.100.200" && this.opts.metadataProxy) {
                this.opts.metadataProxy(req, res, pathAndQuery);
                return;
            }
            if (!/(^|\.)aliyuncs\.com$/i.test(bare) && !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(bare)) {
                const text = `image-build emulator: refusing to proxy to ${bare}\n`;
                res.writeHead(502, {
                    "content-type": "text/plain",
                    "content-length": Buffer.byteLength(text),
                    connection: "close",
                });
                res.end(text);
                return;
            }
        }
        const q = pathAndQuery.indexOf("?");
        const pathname = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
        const rawQuery = q < 0 ? "" : pathAndQuery.slice(q + 1);
        if (pathname.startsWith("/_emulator/")) {
            await this.control(req, res, pathname, rawQuery);
            return;
        }
        const requestId = (0,external_node_crypto_.randomUUID)().toUpperCase();
        const hostId = hostName.replace(/:\d+$/, "") || "127.0.0.1";
        let product;
        let action;
        let version;
        let accessKeyId;
        let caller;
        let signature;
        const fired = [];
        let pairs = [];
        let xml = false;
        let status = 200;
        let code = "OK";
        try {
            const body = await readBody(req);
            const query = parsePairs(rawQuery);
            const ctype = header(req, "content-type") ?? "";
            const bodyPairs = body.length > 0 && (ctype.includes("application/x-www-form-urlencoded") || ctype === "")
                ? parsePairs(body.toString("utf8"))
                : [];
            pairs = [...query, ...bodyPairs];
            const flat = new Map(pairs);
            const format = flat.get("Format");
            xml = format
                ? format.toUpperCase() === "XML"
                : /xml/i.test(header(req, "accept") ?? "") && !/json/i.test(header(req, "accept") ?? "");
            action = header(req, "x-acs-action") ?? flat.get("Action");
            version = header(req, "x-acs-version") ?? flat.get("Version");
            if (!action)
                throw gatewayErrors.missingAction();
            if (!version)
                throw gatewayErrors.missingVersion();
            product = productForVersion(version);
            if (!product) {
                const byHost = productForHost(hostName);
                if (byHost)
                    product = byHost;
                throw gatewayErrors.invalidVersion(version);
            }
            const meta = actionMeta(product, action);
            const service = this.services.get(product);
            const handler = service && Object.hasOwn(service.actions, action) ? service.actions[action] : undefined;
            // A handler without metadata (an action not yet extracted into emulator/data) still runs, with
            // its parameters as raw strings; metadata without a handler is an unknown action.
            if (!handler)
                throw gatewayErrors.actionNotFound();
            // Authentication.
            const authz = parseAcs3Authorization(header(req, "authorization"));
            const security = meta?.security ?? ["AK"];
            const anonymousOk = security.includes("Anonymous") || security.includes("ARS_OIDC");
            if (authz) {
                signature = authz.algorithm;
                accessKeyId = authz.accessKeyId;
                caller = this.checkAcs3(req, authz, pathname || "/", query, body);
            }
            else if (flat.has("Signature")) {
                signature = "v1";
                accessKeyId = flat.get("AccessKeyId");
                caller = this.checkV1(req, pairs, flat);
            }
            else if (anonymousOk) {
                signature = "anonymous";
                caller = ANONYMOUS;
            }
            else {
                throw flat.has("AccessKeyId")
                    ? gatewayErrors.incompleteSignature("Signature is mandatory for this action.")
                    : gatewayErrors.missingAccessKey();
            }
            const params = meta
                ? decodeParams(meta, flat)
                : Object.fromEntries([...flat].filter(([k]) => !PROTOCOL_PARAMS.has(k)));
            // Faults (wire effects).
            const rules = this.opts.faults.matchCall({ product, action, params: flat });
            for (const rule of rules)
                fired.push(rule.id);
            await this.applyFaults(rules, req);
            const latency = this.opts.profile?.apiLatencyMs(product, action) ?? 0;
            if (latency > 0)
                await (0,promises_.setTimeout)(latency);
            const request = {
                product,
                version,
                action,
                params,
                caller,
                requestId,
                sourceIp: req.socket.remoteAddress ?? "",
            };
            const result = await handler(request);
            const answer = { RequestId: requestId, ...result };
            this.send(res, 200, answer, xml, `${action}Response`);
        }
        catch (err) {
            if (err instanceof ResetSignal) {
                code = "ConnectionReset";
                status = 0;
                req.socket.destroy();
            }
            else {
                const apiErr = err instanceof ApiError
                    ? err
                    : new ApiError("InternalError", `The request processing has failed due to some unknown error. (${String(err?.message ?? err)})`, 500);
                status = apiErr.httpStatus;
                code = apiErr.code;
                const bodyObj = errorBody(apiErr, requestId, hostId, product);
                if (res.destroyed) {
                    // the client went away
                }
                else {
                    const headers = {};
                    if (apiErr.code.includes("Throttling"))
                        headers["x-acs-retry-after"] = "100";
                    this.send(res, status, bodyObj, xml, "Error", headers);
                }
            }
        }
        finally {
            this.opts.calls.record({
                time,
                product,
                version,
                action,
                params: maskParams(pairs, PROTOCOL_PARAMS),
                accessKeyId,
                caller: caller?.arn || undefined,
                signature,
                code,
                httpStatus: status,
                latencyMs: Math.round((performance.now() - started) * 100) / 100,
                requestId,
                via,
                ...(fired.length ? { faults: fired } : {}),
            });
        }
    }
    send(res, status, body, xml, root, extra = {}) {
        if (xml) {
            const text = toXml(root, body);
            res.writeHead(status, {
                "content-type": "text/xml;charset=utf-8",
                "content-length": Buffer.byteLength(text),
                ...extra,
            });
            res.end(text);
        }
        else {
            const text = JSON.stringify(body);
            res.writeHead(status, {
                "content-type": "application/json;charset=utf-8",
                "content-length": Buffer.byteLength(text),
                "x-acs-request-id": String(body.RequestId ?? ""),
                ...extra,
            });
            res.end(text);
        }
    }
    async applyFaults(rules, req) {
        for (const rule of rules) {
            if (rule.delayMs)
                await (0,promises_.setTimeout)(rule.delayMs);
            switch (rule.effect) {
                case "delay":
                    break;
                case "reset":
                    throw new ResetSignal();
                case "throttle": {
                    const e = gatewayErrors.throttled();
                    throw new ApiError(rule.code ?? e.code, rule.message ?? e.message, rule.httpStatus ?? e.httpStatus);
                }
                case "error": {
                    const code = rule.code ?? "InternalError";
                    const dflt = code === "ServiceUnavailable"
                        ? gatewayErrors.serviceUnavailable()
                        : code === "InternalError"
                            ? gatewayErrors.internalError()
                            : undefined;
                    throw new ApiError(code, rule.message ?? dflt?.message ?? `${code} (injected fault)`, rule.httpStatus ?? dflt?.httpStatus ?? 400);
                }
            }
        }
        void req;
    }
    /** Resolves a key and checks its STS token; returns the caller and secret. */
    resolveKey(accessKeyId, token) {
        if (!accessKeyId)
            throw gatewayErrors.missingAccessKey();
        const rec = this.opts.credentials.lookup(accessKeyId);
        if (!rec)
            throw gatewayErrors.accessKeyNotFound();
        if (rec.securityToken !== undefined) {
            if (!token)
                throw gatewayErrors.missingSecurityToken();
            if (!safeEqual(token, rec.securityToken))
                throw gatewayErrors.tokenMismatch();
            if (rec.expiresAt !== undefined && Date.now() >= rec.expiresAt)
                throw gatewayErrors.tokenExpired();
        }
        else if (token) {
            throw gatewayErrors.tokenMismatch();
        }
        return { caller: { ...rec.caller, accessKeyId }, secret: rec.accessKeySecret };
    }
    /** `InvalidTimeStamp.Format` / `.Expired` for a request time more than 15 minutes off. */
    checkTime(value) {
        if (this.opts.checkTimestamp === false || value === undefined)
            return;
        const t = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/.test(value) ? Date.parse(value) : Number.NaN;
        if (Number.isNaN(t))
            throw gatewayErrors.timestampFormat(value);
        if (Math.abs(Date.now() - t) > 15 * 60_000)
            throw gatewayErrors.timestampExpired();
    }
    checkNonce(accessKeyId, nonce) {
        if (this.opts.checkNonce === false || !nonce || !this.opts.credentials.useNonce)
            return;
        if (!this.opts.credentials.useNonce(accessKeyId, nonce))
            throw gatewayErrors.nonceUsed();
    }
    checkAcs3(req, authz, pathname, query, body) {
        if (authz.algorithm !== "ACS3-HMAC-SHA256")
            throw gatewayErrors.unsupportedSignature(authz.algorithm);
        if (!authz.signature || authz.signedHeaders.length === 0)
            throw gatewayErrors.incompleteSignature("The Authorization header is incomplete.");
        const { caller, secret } = this.resolveKey(authz.accessKeyId, header(req, "x-acs-security-token"));
        const { stringToSign } = acs3StringToSign(authz.algorithm, {
            method: req.method ?? "POST",
            pathname,
            query,
            headers: req.headers,
            signedHeaders: authz.signedHeaders,
            body,
        });
        const expected = acs3Sign(stringToSign, secret);
        if (!safeEqual(expected, authz.signature.toLowerCase()) || !acs3BodyHashMatches(req.headers, body))
            throw gatewayErrors.signatureAcs3(stringToSign);
        this.checkTime(header(req, "x-acs-date"));
        this.checkNonce(authz.accessKeyId, header(req, "x-acs-signature-nonce"));
        return caller;
    }
    checkV1(req, pairs, flat) {
        const method = flat.get("SignatureMethod") ?? "HMAC-SHA1";
        if (method !== "HMAC-SHA1" && method !== "HMAC-SHA256")
            throw gatewayErrors.unsupportedSignature(method);
        const accessKeyId = flat.get("AccessKeyId");
        const { caller, secret } = this.resolveKey(accessKeyId, flat.get("SecurityToken"));
        const stringToSign = v1StringToSign(req.method ?? "POST", pairs);
        const expected = v1Sign(stringToSign, secret, method);
        if (!safeEqual(expected, flat.get("Signature") ?? ""))
            throw gatewayErrors.signatureV1(stringToSign);
        this.checkTime(flat.get("Timestamp"));
        this.checkNonce(accessKeyId, flat.get("SignatureNonce"));
        return caller;
    }
    async control(req, res, pathname, rawQuery) {
        const query = new URLSearchParams(rawQuery);
        const method = req.method ?? "GET";
        const path = pathname.replace(/\/+$/, "");
        try {
            if (path === "/_emulator/health")
                return sendJson(res, 200, { ok: true, versions: PRODUCT_VERSIONS });
            if (path === "/_emulator/calls") {
                if (method === "DELETE") {
                    this.opts.calls.clear();
                    return sendJson(res, 200, { cleared: true });
                }
                const since = query.get("since");
                return sendJson(res, 200, this.opts.calls.list({
                    product: query.get("product") ?? undefined,
                    action: query.get("action") ?? undefined,
                    code: query.get("code") ?? undefined,
                    sinceSeq: since ? Number(since) : undefined,
                }));
            }
            if (path === "/_emulator/faults" || path.startsWith("/_emulator/faults/")) {
                const id = path.slice("/_emulator/faults/".length);
                if (method === "GET")
                    return sendJson(res, 200, this.opts.faults.list());
                if (method === "DELETE") {
                    if (id)
                        return sendJson(res, 200, { removed: this.opts.faults.remove(decodeURIComponent(id)) });
                    this.opts.faults.clear();
                    return sendJson(res, 200, { cleared: true });
                }
                if (method === "POST" || method === "PUT") {
                    const text = (await readBody(req)).toString("utf8");
                    const doc = JSON.parse(text);
                    const rules = Array.isArray(doc) ? doc : "rules" in doc ? doc.rules : [doc];
                    if (method === "PUT")
                        this.opts.faults.clear();
                    return sendJson(res, 200, { ids: rules.map((r) => this.opts.faults.add(r)) });
                }
            }
            if (path.startsWith("/_emulator/identity")) {
                const id = this.opts.control?.identity;
                if (!id)
                    return sendJson(res, 501, { error: "no identity administration" });
                if (path === "/_emulator/identity" && method === "GET")
                    return sendJson(res, 200, id.describe());
                if (method === "POST") {
                    const doc = JSON.parse((await readBody(req)).toString("utf8"));
                    const accountId = String(doc.accountId ?? "");
                    if (path === "/_emulator/identity/oidc-keys") {
                        id.addOidcKey(String(doc.providerArn), doc.jwk);
                        return sendJson(res, 200, { added: true });
                    }
                    if (path === "/_emulator/identity/roles")
                        return sendJson(res, 200, id.addRole(accountId, doc.role));
                    if (path === "/_emulator/identity/oidc-providers")
                        return sendJson(res, 200, id.addOidcProvider(accountId, doc.provider));
                }
            }
            if (path === "/_emulator/resources") {
                if (!this.opts.control?.dump)
                    return sendJson(res, 501, { error: "no services with a dump" });
                return sendJson(res, 200, this.opts.control.dump());
            }
            if (path === "/_emulator/leaks") {
                if (!this.opts.control?.leakCheck)
                    return sendJson(res, 501, { error: "no services with a leak check" });
                const tags = {};
                for (const t of query.getAll("tag")) {
                    const eq = t.indexOf("=");
                    if (eq > 0)
                        tags[t.slice(0, eq)] = t.slice(eq + 1);
                }
                const filter = {};
                if (Object.keys(tags).length)
                    filter.tags = tags;
                if (query.get("since"))
                    filter.since = query.get("since");
                if (query.get("accountId"))
                    filter.accountId = query.get("accountId");
                if (query.get("ignoreImages") === "true")
                    filter.ignoreImages = true;
                return sendJson(res, 200, this.opts.control.leakCheck(filter));
            }
            sendJson(res, 404, { error: `unknown control path ${pathname}` });
        }
        catch (err) {
            sendJson(res, 400, { error: String(err?.message ?? err) });
        }
    }
}
class ResetSignal extends Error {
}

// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var node_forge_lib = __webpack_require__(8542);
var node_forge_lib_default = /*#__PURE__*/__webpack_require__.n(node_forge_lib);
;// CONCATENATED MODULE: ./emulator/wire/tls.ts
/**
 * The emulator's TLS material: a CA generated at start and a server certificate it signs, valid
 * for 127.0.0.1, localhost and the Alibaba Cloud ECS/VPC/STS host names. The CA PEM goes to a file
 * for `NODE_EXTRA_CA_CERTS` (the credentials package's STS calls are HTTPS-only).
 */


/** Host names the server certificate covers (besides 127.0.0.1 and ::1). */
const TLS_DNS_NAMES = [
    "localhost",
    "sts.aliyuncs.com",
    "*.aliyuncs.com",
    "sts.cn-hangzhou.aliyuncs.com",
    "ecs.aliyuncs.com",
    "ecs-cn-hangzhou.aliyuncs.com",
    "vpc.aliyuncs.com",
];
function rsaKeys() {
    // Native key generation (fast), then handed to forge for certificate signing.
    const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)("rsa", {
        modulusLength: 2048,
        privateKeyEncoding: { type: "pkcs1", format: "pem" },
        publicKeyEncoding: { type: "spki", format: "pem" },
    });
    const priv = node_forge_lib_default().pki.privateKeyFromPem(privateKey);
    return { privateKey: priv, publicKey: node_forge_lib_default().pki.setRsaPublicKey(priv.n, priv.e) };
}
function serial() {
    const b = (0,external_node_crypto_.randomBytes)(12);
    b[0] &= 0x7f;
    return b.toString("hex");
}
/** Generates a CA and a server certificate for the given extra host names (valid 30 days). */
function generateTlsMaterial(extraDnsNames = []) {
    const now = new Date(Date.now() - 60_000);
    const until = new Date(Date.now() + 30 * 86_400_000);
    const ca = rsaKeys();
    const caCert = node_forge_lib_default().pki.createCertificate();
    caCert.publicKey = ca.publicKey;
    caCert.serialNumber = serial();
    caCert.validity.notBefore = now;
    caCert.validity.notAfter = until;
    const caName = [
        { name: "commonName", value: "image-build emulator CA" },
        { name: "organizationName", value: "image-build emulator" },
    ];
    caCert.setSubject(caName);
    caCert.setIssuer(caName);
    caCert.setExtensions([
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
        { name: "subjectKeyIdentifier" },
    ]);
    caCert.sign(ca.privateKey, node_forge_lib_default().md.sha256.create());
    const leaf = rsaKeys();
    const cert = node_forge_lib_default().pki.createCertificate();
    cert.publicKey = leaf.publicKey;
    cert.serialNumber = serial();
    cert.validity.notBefore = now;
    cert.validity.notAfter = until;
    cert.setSubject([{ name: "commonName", value: "127.0.0.1" }]);
    cert.setIssuer(caName);
    const dns = [...new Set([...TLS_DNS_NAMES, ...extraDnsNames])];
    cert.setExtensions([
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
        { name: "extKeyUsage", serverAuth: true },
        {
            name: "subjectAltName",
            altNames: [
                ...dns.map((value) => ({ type: 2, value })),
                { type: 7, ip: "127.0.0.1" },
                { type: 7, ip: "::1" },
            ],
        },
        { name: "authorityKeyIdentifier", keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
    ]);
    cert.sign(ca.privateKey, node_forge_lib_default().md.sha256.create());
    return {
        caCert: node_forge_lib_default().pki.certificateToPem(caCert),
        cert: node_forge_lib_default().pki.certificateToPem(cert),
        key: node_forge_lib_default().pki.privateKeyToPem(leaf.privateKey),
    };
}

;// CONCATENATED MODULE: ./emulator/index.ts


















let sharedTls;
/** The CA and server certificate, generated once per process (RSA key generation costs ~0.5 s). */
function tlsMaterial() {
    sharedTls ??= generateTlsMaterial();
    return sharedTls;
}
/** Starts an emulator; resolves once every listener is up. */
async function startEmulator(opts = {}) {
    const host = opts.host ?? "127.0.0.1";
    const region = opts.region ?? "cn-hangzhou";
    const profile = createProfile(opts.profile ?? "zero", opts.timeScale ?? 1);
    const ownDir = opts.dataDir === undefined;
    const dataDir = opts.dataDir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "image-build-emulator-"));
    const rules = typeof opts.faults === "string"
        ? parseFaultsJson((0,external_node_fs_.readFileSync)(opts.faults, "utf8"))
        : (opts.faults ?? []);
    const faults = new FaultInjector(rules, opts.seed ?? 1);
    const calls = new CallLog();
    const accounts = opts.accounts ?? [defaultAccount()];
    const identity = new IdentityStore(accounts);
    const main = accounts[0];
    const cloud = opts.cloud === false ? undefined : createCloudServices({ profile, faults, identity });
    const services = [
        ...(cloud?.services ?? []),
        createStsService(identity),
        ...(opts.services ?? []),
    ];
    let imds;
    const imdsOpt = opts.imds ?? true;
    if (imdsOpt) {
        const o = typeof imdsOpt === "object" ? imdsOpt : {};
        imds = new MetadataService({
            identity,
            accountId: main.accountId,
            roleName: o.roleName === null ? undefined : (o.roleName ?? DEFAULT_ROLE_NAME),
            allowV1: o.allowV1 ?? true,
            host: o.host,
            port: o.port,
            regionId: region,
        });
    }
    const wire = new WireServer({
        services,
        credentials: identity,
        faults,
        calls,
        profile,
        checkNonce: opts.checkNonce,
        checkTimestamp: opts.checkTimestamp,
        control: {
            ...(cloud
                ? { dump: () => cloud.dump(), leakCheck: (filter) => cloud.leakCheck(filter) }
                : {}),
            identity: {
                describe: () => identity.describe(),
                addOidcKey: (arn, jwk) => identity.addOidcKey(arn, jwk),
                addRole: (accountId, role) => identity.addRole(accountId || main.accountId, role),
                addOidcProvider: (accountId, provider) => identity.addOidcProvider(accountId || main.accountId, provider),
            },
        },
        metadataProxy: imds ? (req, res, path) => imds.handle(req, res, path) : undefined,
    });
    const machines = cloud && opts.machines !== false ? new Machines(cloud.model, dataDir, opts.machines || {}) : undefined;
    const tls = opts.tls === false ? undefined : tlsMaterial();
    const handle = (req, res) => {
        if (machines && handleMachinesHttp(machines, req, res))
            return;
        wire.handle(req, res);
    };
    const listener = new DualListener(handle, wire.handleConnect, tls);
    const port = await listener.listen(opts.port ?? 0, host);
    // CONNECT to *.aliyuncs.com:443 is tunnelled back to this same port (TLS is detected by its first byte).
    wire.setHttpsPort(() => (tls ? port : undefined));
    const metadataEndpoint = imds ? await imds.start() : undefined;
    let caCertFile;
    if (tls) {
        caCertFile = (0,external_node_path_.join)(dataDir, "emulator-ca.pem");
        (0,external_node_fs_.writeFileSync)(caCertFile, tls.caCert);
    }
    const hostPort = `${host}:${port}`;
    const endpoints = {
        ecsEndpoint: hostPort,
        vpcEndpoint: hostPort,
        stsEndpoint: hostPort,
        proxy: `http://${hostPort}`,
        controlUrl: `http://${hostPort}`,
        metadataEndpoint,
        caCertFile,
    };
    const env = {
        ALICLOUD_ACCESS_KEY: main.accessKeyId,
        ALICLOUD_SECRET_KEY: main.accessKeySecret,
        ALICLOUD_REGION: region,
        ALIBABA_CLOUD_ACCESS_KEY_ID: main.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: main.accessKeySecret,
        ALIBABA_CLOUD_REGION_ID: region,
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: "true",
        IMAGE_BUILD_ECS_ENDPOINT: endpoints.ecsEndpoint,
        IMAGE_BUILD_VPC_ENDPOINT: endpoints.vpcEndpoint,
        IMAGE_BUILD_STS_ENDPOINT: endpoints.stsEndpoint,
        IMAGE_BUILD_ENDPOINT_PROTOCOL: "http",
        IMAGE_BUILD_EMULATOR_URL: endpoints.controlUrl,
        IMAGE_BUILD_EMULATOR_PROXY: endpoints.proxy,
    };
    if (metadataEndpoint)
        env.IMAGE_BUILD_METADATA_ENDPOINT = metadataEndpoint;
    if (caCertFile)
        env.NODE_EXTRA_CA_CERTS = caCertFile;
    let stopped = false;
    return {
        endpoints,
        credentials: {
            accountId: main.accountId,
            accessKeyId: main.accessKeyId,
            accessKeySecret: main.accessKeySecret,
        },
        region,
        env,
        caCert: tls?.caCert,
        identity,
        faults,
        imds,
        profile,
        model: cloud?.model,
        machines,
        calls: (filter) => calls.list(filter),
        clearCalls: () => calls.clear(),
        dump: () => (cloud?.dump ? cloud.dump() : {}),
        leakCheck: (filter = {}) => (cloud?.leakCheck ? cloud.leakCheck(filter) : []),
        addService: (service) => wire.addService(service),
        async stop() {
            if (stopped)
                return;
            stopped = true;
            await machines?.stop();
            await listener.close();
            await imds?.stop();
            cloud?.stop();
            if (ownDir)
                (0,external_node_fs_.rmSync)(dataDir, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ./emulator/cli.ts
/**
 * `image-build emulator [--port N] [--host H] [--profile zero|fast|realistic] [--time-scale F]
 * [--faults FILE] [--accounts FILE] [--no-imds] [--no-tls] [--json]`: runs the emulator in the foreground until
 * SIGINT/SIGTERM. With `--json` the first stdout line is one JSON object describing it.
 */



const USAGE = `Usage: image-build emulator [options]

  Runs a local Alibaba Cloud (ECS, VPC, STS) emulator until interrupted.

Options:
  --port N              API port on 127.0.0.1 (HTTP, HTTPS and proxy); default: a free port
  --host ADDR           listen address (default 127.0.0.1)
  --profile NAME        latency profile: zero, fast or realistic (default zero)
  --time-scale F        multiply every latency by F (default 1)
  --faults FILE         JSON file of fault rules ({"rules":[...]})
  --seed N              seed for probability faults (default 1)
  --accounts FILE       JSON list of accounts (keys, RAM users, roles, OIDC providers) instead of the default
  --imds-port N         metadata service port (default: a free port)
  --no-imds             no metadata service
  --no-tls              no HTTPS (and no CA)
  --json                print one JSON line with endpoints, credentials and env first
  -h, --help            this text
`;
/** Runs the emulator CLI; resolves to the exit code once stopped by a signal (or at once on bad usage). */
async function runEmulatorCli(argv) {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                port: { type: "string" },
                host: { type: "string" },
                profile: { type: "string" },
                "time-scale": { type: "string" },
                faults: { type: "string" },
                seed: { type: "string" },
                accounts: { type: "string" },
                "imds-port": { type: "string" },
                "no-imds": { type: "boolean" },
                "no-tls": { type: "boolean" },
                json: { type: "boolean" },
                help: { type: "boolean", short: "h" },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (err) {
        process.stderr.write(`${err.message}\n\n${USAGE}`);
        return 2;
    }
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    const profile = values.profile ?? "zero";
    if (!["zero", "fast", "realistic"].includes(profile)) {
        process.stderr.write(`invalid --profile ${profile}: expected zero, fast or realistic\n`);
        return 2;
    }
    const num = (name) => {
        const v = values[name];
        if (v === undefined)
            return undefined;
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0)
            throw new Error(`invalid --${name} ${String(v)}`);
        return n;
    };
    let emulator;
    try {
        const imdsPort = num("imds-port");
        const accounts = values.accounts
            ? JSON.parse((0,external_node_fs_.readFileSync)(values.accounts, "utf8"))
            : undefined;
        emulator = await startEmulator({
            port: num("port"),
            host: values.host,
            profile: profile,
            timeScale: num("time-scale"),
            faults: values.faults,
            seed: num("seed"),
            accounts,
            imds: values["no-imds"] ? false : imdsPort !== undefined ? { port: imdsPort } : true,
            tls: !values["no-tls"],
        });
    }
    catch (err) {
        process.stderr.write(`emulator: ${err.message}\n`);
        return 1;
    }
    const e = emulator.endpoints;
    if (values.json) {
        const info = {
            ecsEndpoint: e.ecsEndpoint,
            vpcEndpoint: e.vpcEndpoint,
            stsEndpoint: e.stsEndpoint,
            proxy: e.proxy,
            controlUrl: e.controlUrl,
            metadataEndpoint: e.metadataEndpoint ?? null,
            caCertFile: e.caCertFile ?? null,
            accountId: emulator.credentials.accountId,
            accessKeyId: emulator.credentials.accessKeyId,
            accessKeySecret: emulator.credentials.accessKeySecret,
            region: emulator.region,
            profile: emulator.profile.name,
            env: emulator.env,
        };
        process.stdout.write(`${JSON.stringify(info)}\n`);
    }
    else {
        const lines = [
            `image-build emulator listening (profile ${emulator.profile.name})`,
            `  ECS/VPC/STS endpoint  ${e.ecsEndpoint}  (http and https)`,
            `  proxy                 ${e.proxy}`,
            `  metadata service      ${e.metadataEndpoint ?? "off"}`,
            `  CA certificate        ${e.caCertFile ?? "off"}`,
            `  account               ${emulator.credentials.accountId}, key ${emulator.credentials.accessKeyId} (local use only)`,
            "  environment:",
            ...Object.entries(emulator.env).map(([k, v]) => `    export ${k}=${v}`),
            "Press Ctrl-C to stop.",
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
    }
    return await new Promise((resolve) => {
        const stop = () => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
            emulator.stop().then(() => resolve(0), () => resolve(1));
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
    });
}


/***/ })

};
