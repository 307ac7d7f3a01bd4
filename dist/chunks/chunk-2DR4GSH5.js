import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  BUILD_DATA_KEYS,
  BoundedInputError,
  DiagnosticBag,
  DurationError,
  FILE_PLUGIN_TYPE,
  HCL2_SOURCES,
  HTTP_NOT_IMPLEMENTED,
  LIMITS,
  LONG_DAYS,
  LONG_MONTHS,
  LineSplitter,
  MANIFEST_PLUGIN_TYPE,
  SHELL_PLUGIN_TYPE,
  SUPPORTED_BUILDERS,
  WALK_LIMITS,
  assertAcceptable,
  builderOf,
  checkFile,
  checkSyntax,
  cleanOutputLine,
  decodeConfig,
  errorText,
  formatGoDuration,
  goFormatFloatF,
  goParseInt,
  goPrintValue,
  goQuote,
  goTimeFormat,
  goTypeOf,
  interpolate,
  nanosToMillis,
  parseGoDuration,
  pathErrorText,
  placeholderBuildData,
  readBounded,
  readBoundedSync,
  runWithUi,
  sprintf,
  strftime,
  timeOrderedUUID
} from "./chunk-ND4PPQAS.js";
import {
  require_lib
} from "./chunk-QEDSUNW2.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-Q72NFEGJ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS, "isAlias");
    var isDocument = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC, "isDocument");
    var isMap = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP, "isMap");
    var isPair = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR, "isPair");
    var isScalar = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR, "isScalar");
    var isSeq = /* @__PURE__ */ __name((node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ, "isSeq");
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    __name(isCollection, "isCollection");
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    __name(isNode, "isNode");
    var hasAnchor = /* @__PURE__ */ __name((node) => (isScalar(node) || isCollection(node)) && !!node.anchor, "hasAnchor");
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    __name(visit, "visit");
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path3) {
      const ctrl = callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visit_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    __name(visit_, "visit_");
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    __name(visitAsync, "visitAsync");
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path3) {
      const ctrl = await callVisitor(key, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path3, ctrl);
        return visitAsync_(key, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    __name(visitAsync_, "visitAsync_");
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    __name(initVisitor, "initVisitor");
    function callVisitor(key, node, visitor, path3) {
      if (typeof visitor === "function")
        return visitor(key, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path3);
      return void 0;
    }
    __name(callVisitor, "callVisitor");
    function replaceNode(key, path3, node) {
      const parent = path3[path3.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    __name(replaceNode, "replaceNode");
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = /* @__PURE__ */ __name((tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), "escapeTagName");
    var Directives = class _Directives {
      static {
        __name(this, "Directives");
      }
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key2, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    __name(anchorIsValid, "anchorIsValid");
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key2, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    __name(anchorNames, "anchorNames");
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    __name(findNewAnchor, "findNewAnchor");
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: /* @__PURE__ */ __name((source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        }, "onAnchor"),
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: /* @__PURE__ */ __name(() => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        }, "setAnchors"),
        sourceObjects
      };
    }
    __name(createNodeAnchors, "createNodeAnchors");
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    __name(applyReviver, "applyReviver");
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    __name(toJS, "toJS");
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      static {
        __name(this, "NodeBase");
      }
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      static {
        __name(this, "Alias");
      }
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: /* @__PURE__ */ __name((_key2, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }, "Node")
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    __name(getAliasCount, "getAliasCount");
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = /* @__PURE__ */ __name((value) => !value || typeof value !== "function" && typeof value !== "object", "isScalarValue");
    var Scalar = class extends Node.NodeBase {
      static {
        __name(this, "Scalar");
      }
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    __name(findTagObject, "findTagObject");
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    __name(createNode, "createNode");
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: /* @__PURE__ */ __name(() => {
          throw new Error("This should not happen, please report a bug.");
        }, "onAnchor"),
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    __name(collectionFromPath, "collectionFromPath");
    var isEmptyPath = /* @__PURE__ */ __name((path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done, "isEmptyPath");
    var Collection = class extends Node.NodeBase {
      static {
        __name(this, "Collection");
      }
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          const [key, ...rest] = path3;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        const [key, ...rest] = path3;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path3) {
        const [key, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        const [key, ...rest] = path3;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = /* @__PURE__ */ __name((str2) => str2.replace(/^(?!$)(?: $)?/gm, "#"), "stringifyComment");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    __name(indentComment, "indentComment");
    var lineComment = /* @__PURE__ */ __name((str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment, "lineComment");
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    __name(foldFlowLines, "foldFlowLines");
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    __name(consumeMoreIndentedLines, "consumeMoreIndentedLines");
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = /* @__PURE__ */ __name((ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), "getFoldOptions");
    var containsDocumentMarker = /* @__PURE__ */ __name((str2) => /^(%|---|\.\.\.)/m.test(str2), "containsDocumentMarker");
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    __name(lineLengthOverLimit, "lineLengthOverLimit");
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    __name(doubleQuotedString, "doubleQuotedString");
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    __name(singleQuotedString, "singleQuotedString");
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    __name(quotedString, "quotedString");
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    __name(blockString, "blockString");
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = /* @__PURE__ */ __name((tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), "test");
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    __name(plainString, "plainString");
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = /* @__PURE__ */ __name((_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, "_stringify");
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    __name(stringifyString, "stringifyString");
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    __name(createStringifyContext, "createStringifyContext");
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    __name(getTagObject, "getTagObject");
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    __name(stringifyProps, "stringifyProps");
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: /* @__PURE__ */ __name((o) => tagObj = o, "onTagObj") });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    __name(stringify, "stringify");
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    __name(stringifyPair, "stringifyPair");
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    __name(debug, "debug");
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    __name(warn, "warn");
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: /* @__PURE__ */ __name((value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY, "identify"),
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: /* @__PURE__ */ __name(() => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }), "resolve"),
      stringify: /* @__PURE__ */ __name(() => MERGE_KEY, "stringify")
    };
    var isMergeKey = /* @__PURE__ */ __name((ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default), "isMergeKey");
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    __name(addMergeToJSMap, "addMergeToJSMap");
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    __name(mergeValue, "mergeValue");
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    __name(resolveAliasValue, "resolveAliasValue");
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    __name(addPairToJSMap, "addPairToJSMap");
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    __name(stringifyKey, "stringifyKey");
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    __name(createPair, "createPair");
    var Pair = class _Pair {
      static {
        __name(this, "Pair");
      }
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    __name(stringifyCollection, "stringifyCollection");
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    __name(stringifyBlockCollection, "stringifyBlockCollection");
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    __name(stringifyFlowCollection, "stringifyFlowCollection");
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    __name(addCommentBefore, "addCommentBefore");
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    __name(findPair, "findPair");
    var YAMLMap = class extends Collection.Collection {
      static {
        __name(this, "YAMLMap");
      }
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = /* @__PURE__ */ __name((key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        }, "add");
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: /* @__PURE__ */ __name((schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx), "createNode")
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static {
        __name(this, "YAMLSeq");
      }
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    __name(asItemIndex, "asItemIndex");
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: /* @__PURE__ */ __name((schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx), "createNode")
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "string", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: /* @__PURE__ */ __name((str2) => str2, "resolve"),
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
      createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "resolve"),
      stringify: /* @__PURE__ */ __name(({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr, "stringify")
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "boolean", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: /* @__PURE__ */ __name((str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"), "resolve"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    __name(stringifyNumber, "stringifyNumber");
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str2) => parseFloat(str2), "resolve"),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "intIdentify");
    var intResolve = /* @__PURE__ */ __name((str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix), "intResolve");
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intOct = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0o"), "stringify")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: /* @__PURE__ */ __name((value) => intIdentify(value) && value >= 0, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    __name(intIdentify, "intIdentify");
    var stringifyJSON = /* @__PURE__ */ __name(({ value }) => JSON.stringify(value), "stringifyJSON");
    var jsonScalars = [
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "string", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: /* @__PURE__ */ __name((str2) => str2, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => value == null, "identify"),
        createNode: /* @__PURE__ */ __name(() => new Scalar.Scalar(null), "createNode"),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: /* @__PURE__ */ __name(() => null, "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "boolean", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: /* @__PURE__ */ __name((str2) => str2 === "true", "resolve"),
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: /* @__PURE__ */ __name((str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10), "resolve"),
        stringify: /* @__PURE__ */ __name(({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value), "stringify")
      },
      {
        identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: /* @__PURE__ */ __name((str2) => parseFloat(str2), "resolve"),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Uint8Array, "identify"),
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    __name(resolvePairs, "resolvePairs");
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    __name(createPairs, "createPairs");
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      static {
        __name(this, "YAMLOMap");
      }
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: /* @__PURE__ */ __name((value) => value instanceof Map, "identify"),
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx), "createNode")
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    __name(boolStringify, "boolStringify");
    var trueTag = {
      identify: /* @__PURE__ */ __name((value) => value === true, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(true), "resolve"),
      stringify: boolStringify
    };
    var falseTag = {
      identify: /* @__PURE__ */ __name((value) => value === false, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: /* @__PURE__ */ __name(() => new Scalar.Scalar(false), "resolve"),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: /* @__PURE__ */ __name((str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY, "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: /* @__PURE__ */ __name((str2) => parseFloat(str2.replace(/_/g, "")), "resolve"),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "intIdentify");
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    __name(intResolve, "intResolve");
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    __name(intStringify, "intStringify");
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 2, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 2, "0b"), "stringify")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 1, 8, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 8, "0"), "stringify")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 0, 10, opt), "resolve"),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, opt) => intResolve(str2, 2, 16, opt), "resolve"),
      stringify: /* @__PURE__ */ __name((node) => intStringify(node, 16, "0x"), "stringify")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      static {
        __name(this, "YAMLSet");
      }
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: /* @__PURE__ */ __name((value) => value instanceof Set, "identify"),
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: /* @__PURE__ */ __name((schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx), "createNode"),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = /* @__PURE__ */ __name((n) => asBigInt ? BigInt(n) : Number(n), "num");
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    __name(parseSexagesimal, "parseSexagesimal");
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = /* @__PURE__ */ __name((n) => n, "num");
      if (typeof value === "bigint")
        num = /* @__PURE__ */ __name((n) => BigInt(n), "num");
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    __name(stringifySexagesimal, "stringifySexagesimal");
    var intTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "bigint" || Number.isInteger(value), "identify"),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: /* @__PURE__ */ __name((str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt), "resolve"),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: /* @__PURE__ */ __name((value) => typeof value === "number", "identify"),
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: /* @__PURE__ */ __name((str2) => parseSexagesimal(str2, false), "resolve"),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: /* @__PURE__ */ __name((value) => value instanceof Date, "identify"),
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: /* @__PURE__ */ __name(({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? "", "stringify")
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq2.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    __name(getTags, "getTags");
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = /* @__PURE__ */ __name((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, "sortMapEntriesByKey");
    var Schema = class _Schema {
      static {
        __name(this, "Schema");
      }
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    __name(stringifyDocument, "stringifyDocument");
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      static {
        __name(this, "Document");
      }
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path3, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path3, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = /* @__PURE__ */ __name((v) => typeof v === "number" || v instanceof String || v instanceof Number, "keyToStr");
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        if (Collection.isEmptyPath(path3)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        if (Collection.isEmptyPath(path3))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        if (Collection.isEmptyPath(path3))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path3) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        if (Collection.isEmptyPath(path3)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path3), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path3, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    __name(assertCollection, "assertCollection");
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      static {
        __name(this, "YAMLError");
      }
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      static {
        __name(this, "YAMLParseError");
      }
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      static {
        __name(this, "YAMLWarning");
      }
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = /* @__PURE__ */ __name((src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    }, "prettifyError");
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    __name(resolveProps, "resolveProps");
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    __name(containsNewline, "containsNewline");
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    __name(flowIndentCheck, "flowIndentCheck");
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    __name(mapIncludes, "mapIncludes");
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    __name(resolveBlockMap, "resolveBlockMap");
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    __name(resolveBlockSeq, "resolveBlockSeq");
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    __name(resolveEnd, "resolveEnd");
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = /* @__PURE__ */ __name((token) => token && (token.type === "block-map" || token.type === "block-seq"), "isBlock");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    __name(resolveFlowCollection, "resolveFlowCollection");
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    __name(resolveCollection, "resolveCollection");
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    __name(composeCollection, "composeCollection");
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    __name(resolveBlockScalar, "resolveBlockScalar");
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    __name(parseBlockScalarHeader, "parseBlockScalarHeader");
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    __name(splitLines, "splitLines");
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = /* @__PURE__ */ __name((rel, code, msg) => onError(offset + rel, code, msg), "_onError");
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    __name(resolveFlowScalar, "resolveFlowScalar");
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    __name(plainValue, "plainValue");
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    __name(singleQuotedValue, "singleQuotedValue");
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    __name(unfoldLines, "unfoldLines");
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    __name(doubleQuotedValue, "doubleQuotedValue");
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    __name(foldNewline, "foldNewline");
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    __name(parseCharCode, "parseCharCode");
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    __name(composeScalar, "composeScalar");
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    __name(findScalarTagByName, "findScalarTagByName");
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    __name(findScalarTagByTest, "findScalarTagByTest");
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    __name(emptyScalarPosition, "emptyScalarPosition");
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    __name(composeNode, "composeNode");
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    __name(composeEmptyNode, "composeEmptyNode");
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    __name(composeAlias, "composeAlias");
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    __name(composeDoc, "composeDoc");
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    __name(getErrorPos, "getErrorPos");
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    __name(parsePrelude, "parsePrelude");
    var Composer = class {
      static {
        __name(this, "Composer");
      }
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = /* @__PURE__ */ __name((pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        }, "_onError");
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    __name(resolveAsScalar, "resolveAsScalar");
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    __name(createScalarToken, "createScalarToken");
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    __name(setScalarValue, "setScalarValue");
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    __name(setBlockScalarValue, "setBlockScalarValue");
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    __name(addEndtoBlockProps, "addEndtoBlockProps");
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    __name(setFlowScalarValue, "setFlowScalarValue");
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = /* @__PURE__ */ __name((cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst), "stringify");
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    __name(stringifyToken, "stringifyToken");
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    __name(stringifyItem, "stringifyItem");
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    __name(visit, "visit");
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path3) => {
      let item = cst;
      for (const [field2, index] of path3) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path3) => {
      const parent = visit.itemAtPath(cst, path3.slice(0, -1));
      const field2 = path3[path3.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path3.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path3);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
    }
    __name(_visit, "_visit");
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = /* @__PURE__ */ __name((token) => !!token && "items" in token, "isCollection");
    var isScalar = /* @__PURE__ */ __name((token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar"), "isScalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    __name(prettyToken, "prettyToken");
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    __name(tokenType, "tokenType");
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    __name(isEmpty, "isEmpty");
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = /* @__PURE__ */ __name((ch) => !ch || invalidAnchorChars.has(ch), "isNotAnchorChar");
    var Lexer = class {
      static {
        __name(this, "Lexer");
      }
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      static {
        __name(this, "LineCounter");
      }
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    __name(includesToken, "includesToken");
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    __name(findNonEmptyIndex, "findNonEmptyIndex");
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    __name(isFlowToken, "isFlowToken");
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    __name(getPrevProps, "getPrevProps");
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    __name(getFirstKeyStartProps, "getFirstKeyStartProps");
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    __name(arrayPushArray, "arrayPushArray");
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    __name(fixFlowSeqItems, "fixFlowSeqItems");
    var Parser2 = class {
      static {
        __name(this, "Parser");
      }
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    __name(parseOptions, "parseOptions");
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    __name(parseAllDocuments, "parseAllDocuments");
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    __name(parseDocument, "parseDocument");
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    __name(parse2, "parse");
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    __name(stringify, "stringify");
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/engine/validate.ts
import { resolve as resolve8 } from "node:path";

// src/template/load-any.ts
import path2 from "node:path";

// src/template/hcl2/index.ts
import { statSync as statSync3 } from "node:fs";

// src/template/config/tree.ts
function childPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const simple = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
  if (!simple) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}
__name(childPath, "childPath");
function toPlain(node) {
  switch (node.kind) {
    case "array":
      return node.items.map(toPlain);
    case "object": {
      const out = {};
      for (const m of node.members) out[m.key] = toPlain(m.value);
      return out;
    }
    default:
      return node.value;
  }
}
__name(toPlain, "toPlain");
function member(obj2, key) {
  for (let i = obj2.members.length - 1; i >= 0; i--) if (obj2.members[i].key === key) return obj2.members[i];
  return void 0;
}
__name(member, "member");
function goTypeName(node) {
  switch (node.kind) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    case "null":
      return "<nil>";
    case "array":
      return "[]interface {}";
    case "object":
      return "map[string]interface {}";
  }
}
__name(goTypeName, "goTypeName");

// src/template/hcl2/adapt.ts
function toDiagnostic(d) {
  return {
    file: d.range.file,
    line: d.range.start.line,
    column: d.range.start.column,
    path: "",
    message: d.detail ? `${d.summary}; ${d.detail}` : d.summary,
    severity: d.severity
  };
}
__name(toDiagnostic, "toDiagnostic");
function toConfigNode(n, path3) {
  const pos = { ...n.range.start, file: n.range.file };
  switch (n.kind) {
    case "string":
      return { kind: "string", value: n.value, pos, path: path3 };
    case "number":
      return { kind: "number", value: n.value, raw: String(n.value), pos, path: path3 };
    case "bool":
      return { kind: "boolean", value: n.value, pos, path: path3 };
    case "null":
      return { kind: "null", value: null, pos, path: path3 };
    case "array":
      return { kind: "array", items: n.items.map((x, i) => toConfigNode(x, childPath(path3, i))), pos, path: path3 };
    case "object":
      return {
        kind: "object",
        pos,
        path: path3,
        members: n.members.map((m) => {
          const p2 = childPath(path3, m.key);
          return {
            key: m.key,
            keyPos: { ...m.keyRange.start, file: m.keyRange.file },
            path: p2,
            value: toConfigNode(m.value, p2)
          };
        })
      };
  }
}
__name(toConfigNode, "toConfigNode");

// src/template/hcl2/diagnostics.ts
function formatHclDiagnostic(d) {
  const where = `${d.range.file}:${d.range.start.line}:${d.range.start.column}`;
  const sev = d.severity === "warning" ? "warning: " : "";
  return d.detail ? `${where}: ${sev}${d.summary}; ${d.detail}` : `${where}: ${sev}${d.summary}`;
}
__name(formatHclDiagnostic, "formatHclDiagnostic");
function hasErrors(diags) {
  return diags.some((d) => d.severity === "error");
}
__name(hasErrors, "hasErrors");

// src/template/hcl2/load.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { basename, dirname, join, resolve as resolve2 } from "node:path";

// src/template/version.ts
var PACKER_VERSION = "1.6.6";
var VERSION_RE = /^v?([0-9]+(\.[0-9]+)*?)(-([0-9]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)|(-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(\.[0-9A-Za-z\-~]+)*)))?(\+([0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))?$/;
var MAX_INT64 = (1n << 63n) - 1n;
function parseGoVersion(v) {
  const m = VERSION_RE.exec(v);
  if (!m) throw new Error(`Malformed version: ${v}`);
  const segments = m[1].split(".").map((s) => {
    const n = BigInt(s);
    if (n > MAX_INT64) {
      throw new Error(`Error parsing version: strconv.ParseInt: parsing "${s}": value out of range`);
    }
    return n;
  });
  while (segments.length < 3) segments.push(0n);
  return { segments, pre: m[7] || m[4] || "", metadata: m[10] || "" };
}
__name(parseGoVersion, "parseGoVersion");
function formatGoVersion(v) {
  let s = v.segments.map(String).join(".");
  if (v.pre) s += `-${v.pre}`;
  if (v.metadata) s += `+${v.metadata}`;
  return s;
}
__name(formatGoVersion, "formatGoVersion");
function segmentsLess(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y;
  }
  return false;
}
__name(segmentsLess, "segmentsLess");
function checkMinPackerVersion(min, actual = PACKER_VERSION) {
  if (min === "") return void 0;
  let want;
  try {
    want = parseGoVersion(min);
  } catch (err) {
    return `min_version is invalid: ${err.message}`;
  }
  const have = parseGoVersion(actual);
  if (segmentsLess(have.segments, want.segments)) {
    return `This template requires Packer version ${formatGoVersion(want)} or higher; using ${formatGoVersion(have)}`;
  }
  return void 0;
}
__name(checkMinPackerVersion, "checkMinPackerVersion");

// src/template/hcl2/constraint.ts
var CONSTRAINT_RE = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?([0-9]+(?:\.[0-9]+)*(?:-[0-9A-Za-z.\-~]+)?(?:\+[0-9A-Za-z.\-~]+)?)\s*$/;
function cmp(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
__name(cmp, "cmp");
function satisfies(version, constraints) {
  const have = parseGoVersion(version).segments;
  for (const part of constraints.split(",")) {
    const m = CONSTRAINT_RE.exec(part);
    if (!m) throw new Error(`Malformed constraint: ${part.trim()}`);
    const op = m[1] ?? "=";
    const want = parseGoVersion(m[2]).segments;
    const c = cmp(have, want);
    let ok;
    switch (op) {
      case "=":
        ok = c === 0;
        break;
      case "!=":
        ok = c !== 0;
        break;
      case ">":
        ok = c > 0;
        break;
      case "<":
        ok = c < 0;
        break;
      case ">=":
        ok = c >= 0;
        break;
      case "<=":
        ok = c <= 0;
        break;
      default: {
        const given = m[2].split(/[-+]/)[0].split(".").length;
        const upper = want.slice(0, Math.max(1, given - 1));
        upper[upper.length - 1] += 1n;
        ok = c >= 0 && cmp(have.slice(0, upper.length), upper) < 0;
      }
    }
    if (!ok) return false;
  }
  return true;
}
__name(satisfies, "satisfies");

// src/template/hcl2/function.ts
var FunctionError = class extends Error {
  constructor(message, arg) {
    super(message);
    this.arg = arg;
  }
  arg;
  static {
    __name(this, "FunctionError");
  }
};

// src/template/hcl2/values.ts
var ObjectValue = class {
  constructor(attrs, isMap = false) {
    this.attrs = attrs;
    this.isMap = isMap;
  }
  attrs;
  isMap;
  static {
    __name(this, "ObjectValue");
  }
};
var SetValue = class {
  constructor(items) {
    this.items = items;
  }
  items;
  static {
    __name(this, "SetValue");
  }
};
var UnknownValue = class {
  constructor(type = ANY) {
    this.type = type;
  }
  type;
  static {
    __name(this, "UnknownValue");
  }
};
var ANY = { k: "any" };
var STRING = { k: "string" };
var NUMBER = { k: "number" };
var BOOL = { k: "bool" };
function obj(record, isMap = false) {
  return new ObjectValue(new Map(Object.entries(record)), isMap);
}
__name(obj, "obj");
function isUnknown(v) {
  if (v instanceof UnknownValue) return true;
  if (Array.isArray(v)) return v.some(isUnknown);
  if (v instanceof SetValue) return v.items.some(isUnknown);
  if (v instanceof ObjectValue) {
    for (const x of v.attrs.values()) if (isUnknown(x)) return true;
  }
  return false;
}
__name(isUnknown, "isUnknown");
function elements(v) {
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.items;
  return void 0;
}
__name(elements, "elements");
function sortedKeys(o) {
  return [...o.attrs.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
__name(sortedKeys, "sortedKeys");
function typeName(v) {
  if (v === null) return "null";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "tuple";
  if (v instanceof SetValue) return "set";
  if (v instanceof ObjectValue) return v.isMap ? "map" : "object";
  return "unknown";
}
__name(typeName, "typeName");
function numberToString(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const s = String(n);
  if (!s.includes("e")) return s;
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}
__name(numberToString, "numberToString");
function stringToNumber(s) {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return void 0;
  const n = Number(s);
  return Number.isFinite(n) ? n : void 0;
}
__name(stringToNumber, "stringToNumber");
function valuesEqual(a, b) {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  if (a instanceof SetValue && b instanceof SetValue) {
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => valuesEqual(x, y)));
  }
  if (a instanceof ObjectValue && b instanceof ObjectValue) {
    if (a.attrs.size !== b.attrs.size) return false;
    for (const [k, v] of a.attrs) {
      if (!b.attrs.has(k) || !valuesEqual(v, b.attrs.get(k))) return false;
    }
    return true;
  }
  return false;
}
__name(valuesEqual, "valuesEqual");
function friendly(t) {
  switch (t.k) {
    case "list":
    case "set":
    case "map":
      return `${t.k} of ${friendly(t.el)}`;
    case "any":
      return "any";
    default:
      return t.k;
  }
}
__name(friendly, "friendly");
var ConversionError = class extends Error {
  constructor(message, path3 = "") {
    super(message);
    this.path = path3;
  }
  path;
  static {
    __name(this, "ConversionError");
  }
};
function convert(v, t, path3 = "") {
  if (v === null || v instanceof UnknownValue || t.k === "any") return v;
  const fail = /* @__PURE__ */ __name((what) => {
    throw new ConversionError(path3 ? `${path3}: ${what}` : what, path3);
  }, "fail");
  switch (t.k) {
    case "string":
      if (typeof v === "string") return v;
      if (typeof v === "number") return numberToString(v);
      if (typeof v === "boolean") return v ? "true" : "false";
      return fail("string required");
    case "number": {
      if (typeof v === "number") return v;
      if (typeof v === "string") {
        const n = stringToNumber(v);
        if (n !== void 0) return n;
        return fail(`a number is required`);
      }
      return fail("number required");
    }
    case "bool":
      if (typeof v === "boolean") return v;
      if (v === "true" || v === "1") return true;
      if (v === "false" || v === "0") return false;
      if (typeof v === "string") return fail("a bool is required");
      return fail("bool required");
    case "list":
    case "set": {
      const els = elements(v);
      if (!els) return fail(`${friendly(t)} required`);
      const out = els.map((x, i) => convert(x, t.el, `${path3}[${i}]`));
      if (t.k === "set") {
        const uniq2 = [];
        for (const x of out) if (!uniq2.some((y) => valuesEqual(x, y))) uniq2.push(x);
        return new SetValue(uniq2);
      }
      return out;
    }
    case "map": {
      if (!(v instanceof ObjectValue)) return fail(`${friendly(t)} required`);
      const m = /* @__PURE__ */ new Map();
      for (const [k, x] of v.attrs) m.set(k, convert(x, t.el, `${path3}[${JSON.stringify(k)}]`));
      return new ObjectValue(m, true);
    }
    case "tuple": {
      const els = elements(v);
      if (!els) return fail("tuple required");
      if (els.length !== t.els.length) return fail(`tuple required with ${t.els.length} elements`);
      return els.map((x, i) => convert(x, t.els[i], `${path3}[${i}]`));
    }
    case "object": {
      if (!(v instanceof ObjectValue)) return fail("object required");
      const m = /* @__PURE__ */ new Map();
      for (const [k, a] of t.attrs) {
        if (v.attrs.has(k) && v.attrs.get(k) !== null) {
          m.set(k, convert(v.attrs.get(k), a.type, path3 ? `${path3}.${k}` : k));
        } else if (a.optional) {
          m.set(k, a.default !== void 0 ? convert(a.default, a.type) : null);
        } else if (v.attrs.has(k)) {
          m.set(k, null);
        } else {
          return fail(`attribute "${k}" is required`);
        }
      }
      return new ObjectValue(m);
    }
  }
}
__name(convert, "convert");
function showValue(v) {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(showValue).join(", ")}]`;
  if (v instanceof SetValue) return `toset([${v.items.map(showValue).join(", ")}])`;
  if (v instanceof ObjectValue)
    return `{${[...v.attrs].map(([k, x]) => `${k} = ${showValue(x)}`).join(", ")}}`;
  return "(known after build)";
}
__name(showValue, "showValue");
function fromJson(x) {
  if (x === null || x === void 0) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  if (Array.isArray(x)) return x.map(fromJson);
  if (typeof x === "object") {
    return new ObjectValue(
      new Map(Object.entries(x).map(([k, y]) => [k, fromJson(y)]))
    );
  }
  return null;
}
__name(fromJson, "fromJson");
function toJson(v) {
  if (Array.isArray(v)) return v.map(toJson);
  if (v instanceof SetValue) return v.items.map(toJson);
  if (v instanceof ObjectValue) {
    const o = {};
    for (const [k, x] of v.attrs) o[k] = toJson(x);
    return o;
  }
  if (v instanceof UnknownValue) return null;
  return v;
}
__name(toJson, "toJson");

// src/template/hcl2/evaluate.ts
function childContext(parent, vars) {
  return { variables: new Map(Object.entries(vars)), functions: parent.functions, parent };
}
__name(childContext, "childContext");
function lookup(ctx, name) {
  for (let c = ctx; c; c = c.parent) {
    if (c.variables.has(name)) return c.variables.get(name);
  }
  return void 0;
}
__name(lookup, "lookup");
function references(expr) {
  const out = [];
  const bound = [];
  const walk = /* @__PURE__ */ __name((e) => {
    if (!e) return;
    switch (e.kind) {
      case "variable":
        if (!bound.includes(e.name)) out.push({ root: e.name, range: e.range });
        return;
      case "getattr":
        if (e.source.kind === "variable" && !bound.includes(e.source.name)) {
          out.push({ root: e.source.name, attr: e.name, range: e.range });
          return;
        }
        walk(e.source);
        return;
      case "index":
        if (e.source.kind === "variable" && e.key.kind === "template" && !bound.includes(e.source.name)) {
          const p2 = e.key.parts;
          if (p2.length === 1 && p2[0].kind === "literal") {
            out.push({ root: e.source.name, attr: p2[0].value, range: e.range });
            walk(e.key);
            return;
          }
        }
        walk(e.source);
        walk(e.key);
        return;
      case "splat":
        walk(e.source);
        for (const t of e.each) if (t.kind === "index") walk(t.key);
        return;
      case "call":
        for (const a of e.args) walk(a);
        return;
      case "tuple":
        for (const a of e.items) walk(a);
        return;
      case "object":
        for (const i of e.items) {
          walk(i.key);
          walk(i.value);
        }
        return;
      case "unary":
        walk(e.operand);
        return;
      case "binary":
        walk(e.left);
        walk(e.right);
        return;
      case "conditional":
        walk(e.cond);
        walk(e.whenTrue);
        walk(e.whenFalse);
        return;
      case "paren":
        walk(e.expr);
        return;
      case "for": {
        walk(e.coll);
        const names = [e.valVar, ...e.keyVar ? [e.keyVar] : []];
        bound.push(...names);
        walk(e.keyExpr);
        walk(e.valExpr);
        walk(e.cond);
        bound.splice(bound.length - names.length, names.length);
        return;
      }
      case "template":
        walkParts(e.parts);
        return;
      case "literal":
        return;
    }
  }, "walk");
  const walkParts = /* @__PURE__ */ __name((parts) => {
    for (const p2 of parts) {
      if (p2.kind === "interp") walk(p2.expr);
      else if (p2.kind === "if") {
        walk(p2.cond);
        walkParts(p2.whenTrue);
        walkParts(p2.whenFalse);
      } else if (p2.kind === "for") {
        walk(p2.coll);
        const names = [p2.valVar, ...p2.keyVar ? [p2.keyVar] : []];
        bound.push(...names);
        walkParts(p2.body);
        bound.splice(bound.length - names.length, names.length);
      }
    }
  }, "walkParts");
  walk(expr);
  return out;
}
__name(references, "references");
function evaluate(expr, ctx) {
  const ev = new Evaluator({ left: MAX_STEPS });
  try {
    const value = ev.eval(expr, ctx);
    return { value, diagnostics: ev.diags };
  } catch (err) {
    if (!(err instanceof BudgetExceeded)) throw err;
    const diag2 = {
      severity: "error",
      summary: "Expression too complex",
      detail: `Evaluating this expression took more than ${MAX_STEPS} steps; image-build stops there so that a template cannot hang the build.`,
      range: expr.range
    };
    return { value: new UnknownValue(), diagnostics: [diag2] };
  }
}
__name(evaluate, "evaluate");
var MAX_STEPS = 5e6;
var BudgetExceeded = class extends Error {
  static {
    __name(this, "BudgetExceeded");
  }
};
var MAX_ITEMS = 1e6;
var Evaluator = class _Evaluator {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  static {
    __name(this, "Evaluator");
  }
  diags = [];
  error(range, summary, detail) {
    this.diags.push({ severity: "error", summary, detail, range });
    return new UnknownValue();
  }
  eval(e, ctx) {
    if (--this.budget.left < 0) throw new BudgetExceeded();
    switch (e.kind) {
      case "literal":
        return e.value;
      case "paren":
        return this.eval(e.expr, ctx);
      case "variable": {
        const v = lookup(ctx, e.name);
        if (v === void 0) {
          return this.error(e.range, "Unknown variable", `There is no variable named "${e.name}".`);
        }
        return v;
      }
      case "getattr":
        return this.getAttr(this.eval(e.source, ctx), e.name, e.range);
      case "index":
        return this.index(this.eval(e.source, ctx), this.eval(e.key, ctx), e.range);
      case "splat":
        return this.splat(e.source, e.each, ctx, e.range);
      case "tuple":
        return e.items.map((i) => this.eval(i, ctx));
      case "object": {
        const m = /* @__PURE__ */ new Map();
        for (const item of e.items) {
          const k = this.eval(item.key, ctx);
          const v = this.eval(item.value, ctx);
          if (k instanceof UnknownValue) return new UnknownValue();
          let key;
          try {
            key = convert(k, STRING);
          } catch {
            this.error(
              item.key.range,
              "Incorrect key type",
              `Can't use this value as a key: string required.`
            );
            continue;
          }
          if (key === null) {
            this.error(
              item.key.range,
              "Invalid object key",
              "Key expression in object constructor must not be null."
            );
            continue;
          }
          m.set(key, v);
        }
        return new ObjectValue(m);
      }
      case "unary": {
        const v = this.eval(e.operand, ctx);
        if (v instanceof UnknownValue) return v;
        if (e.op === "!") {
          const b = this.operand(v, BOOL, e.operand.range, "Unsuitable value for unary operand");
          return b instanceof UnknownValue ? b : !b;
        }
        const n = this.operand(v, NUMBER, e.operand.range, "Unsuitable value for unary operand");
        return n instanceof UnknownValue ? n : -n;
      }
      case "binary":
        return this.binary(e, ctx);
      case "conditional": {
        const c = this.eval(e.cond, ctx);
        if (c instanceof UnknownValue) return c;
        if (c === null) {
          return this.error(
            e.cond.range,
            "Null condition",
            "The condition value is null. Conditions must either be true or false."
          );
        }
        let b;
        try {
          b = convert(c, BOOL);
        } catch {
          return this.error(
            e.cond.range,
            "Incorrect condition type",
            "The condition expression must be of type bool."
          );
        }
        return b ? this.eval(e.whenTrue, ctx) : this.eval(e.whenFalse, ctx);
      }
      case "template":
        return this.template(e.parts, ctx, e.range, true);
      case "for":
        return this.forExpr(e, ctx);
      case "call":
        return this.call(e, ctx);
    }
  }
  operand(v, t, range, summary) {
    if (v === null) {
      return this.error(
        range,
        "Invalid operand",
        `${summary}: a ${t.k} is required, but a null value was given.`
      );
    }
    try {
      return convert(v, t);
    } catch {
      return this.error(range, "Invalid operand", `${summary}: a ${t.k} is required.`);
    }
  }
  binary(e, ctx) {
    const l = this.eval(e.left, ctx);
    if (e.op === "&&" || e.op === "||") {
      const r2 = this.eval(e.right, ctx);
      if (l instanceof UnknownValue || r2 instanceof UnknownValue) return new UnknownValue(BOOL);
      const a2 = this.operand(l, BOOL, e.left.range, "Unsuitable value for left operand");
      const b2 = this.operand(r2, BOOL, e.right.range, "Unsuitable value for right operand");
      if (a2 instanceof UnknownValue || b2 instanceof UnknownValue) return new UnknownValue(BOOL);
      return e.op === "&&" ? a2 && b2 : a2 || b2;
    }
    const r = this.eval(e.right, ctx);
    if (e.op === "==" || e.op === "!=") {
      if (isUnknown(l) || isUnknown(r)) return new UnknownValue(BOOL);
      const eq = valuesEqual(l, r);
      return e.op === "==" ? eq : !eq;
    }
    if (l instanceof UnknownValue || r instanceof UnknownValue) return new UnknownValue(NUMBER);
    const a = this.operand(l, NUMBER, e.left.range, "Unsuitable value for left operand");
    const b = this.operand(r, NUMBER, e.right.range, "Unsuitable value for right operand");
    if (typeof a !== "number" || typeof b !== "number") return new UnknownValue();
    switch (e.op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        if (b === 0)
          return this.error(e.range, "Operation failed", "Error during operation: can't divide by zero.");
        return a / b;
      case "%":
        if (b === 0)
          return this.error(e.range, "Operation failed", "Error during operation: can't use modulo by zero.");
        return a % b;
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      default:
        return a >= b;
    }
  }
  getAttr(v, name, range) {
    if (v instanceof UnknownValue) return new UnknownValue();
    if (v === null)
      return this.error(
        range,
        "Attempt to get attribute from null value",
        "This value is null, so it does not have any attributes."
      );
    if (v instanceof ObjectValue) {
      if (v.attrs.has(name)) return v.attrs.get(name);
      if (v.isMap) {
        return this.error(
          range,
          "Missing map element",
          `This map does not have an element with the key "${name}".`
        );
      }
      return this.error(
        range,
        "Unsupported attribute",
        `This object does not have an attribute named "${name}".`
      );
    }
    return this.error(
      range,
      "Unsupported attribute",
      `Can't access attributes on a primitive-typed value (${typeName(v)}).`
    );
  }
  index(v, k, range) {
    if (v instanceof UnknownValue || k instanceof UnknownValue) return new UnknownValue();
    if (v === null)
      return this.error(
        range,
        "Attempt to index null value",
        "This value is null, so it does not have any indices."
      );
    if (k === null) return this.error(range, "Invalid index", "Can't use a null value as an indexing key.");
    if (v instanceof ObjectValue) {
      let key;
      try {
        key = convert(k, STRING);
      } catch {
        return this.error(
          range,
          "Invalid index",
          "The given key does not identify an element in this collection value: string required."
        );
      }
      if (v.attrs.has(key)) return v.attrs.get(key);
      return this.error(
        range,
        "Invalid index",
        "The given key does not identify an element in this collection value."
      );
    }
    if (Array.isArray(v)) {
      let n;
      try {
        n = convert(k, NUMBER);
      } catch {
        return this.error(
          range,
          "Invalid index",
          "The given key does not identify an element in this collection value: a number is required."
        );
      }
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= v.length) {
        return this.error(
          range,
          "Invalid index",
          "The given key does not identify an element in this collection value."
        );
      }
      return v[n];
    }
    if (v instanceof SetValue) {
      return this.error(
        range,
        "Invalid index",
        "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set."
      );
    }
    return this.error(range, "Invalid index", `This value does not have any indices.`);
  }
  splat(source, each, ctx, range) {
    const v = this.eval(source, ctx);
    if (v instanceof UnknownValue) return v;
    if (v === null) return [];
    const items = elements(v) ?? [v];
    const apply = /* @__PURE__ */ __name((x) => {
      let cur = x;
      for (const t of each) {
        cur = t.kind === "attr" ? this.getAttr(cur, t.name, t.range) : this.index(cur, this.eval(t.key, ctx), t.range);
      }
      return cur;
    }, "apply");
    void range;
    return items.map(apply);
  }
  /** Evaluates template parts; a lone interpolation (`"${x}"`) yields x's value unconverted. */
  template(parts, ctx, range, top) {
    if (--this.budget.left < 0) throw new BudgetExceeded();
    if (top && parts.length === 1 && parts[0].kind === "interp") return this.eval(parts[0].expr, ctx);
    let out = "";
    let unknown = false;
    for (const p2 of parts) {
      switch (p2.kind) {
        case "literal":
          out += p2.value;
          break;
        case "interp": {
          const v = this.eval(p2.expr, ctx);
          if (isUnknown(v)) {
            unknown = true;
            break;
          }
          if (v === null) {
            this.error(
              p2.expr.range,
              "Invalid template interpolation value",
              "The expression result is null. Cannot include a null value in a string template."
            );
            unknown = true;
            break;
          }
          try {
            out += convert(v, STRING);
          } catch {
            this.error(
              p2.expr.range,
              "Invalid template interpolation value",
              `Cannot include the given value in a string template: string required.`
            );
            unknown = true;
          }
          break;
        }
        case "if": {
          const c = this.eval(p2.cond, ctx);
          if (c instanceof UnknownValue) {
            unknown = true;
            break;
          }
          let b;
          try {
            b = c === null ? null : convert(c, BOOL);
          } catch {
            b = null;
          }
          if (b === null) {
            this.error(p2.cond.range, "Invalid template if condition", "The condition must be of type bool.");
            unknown = true;
            break;
          }
          const r = this.template(b ? p2.whenTrue : p2.whenFalse, ctx, range, false);
          if (typeof r === "string") out += r;
          else unknown = true;
          break;
        }
        case "for": {
          const coll = this.eval(p2.coll, ctx);
          if (coll instanceof UnknownValue) {
            unknown = true;
            break;
          }
          const pairs = this.iterate(coll, p2.coll.range);
          if (!pairs) {
            unknown = true;
            break;
          }
          for (const [k, v] of pairs) {
            const vars = { [p2.valVar]: v };
            if (p2.keyVar) vars[p2.keyVar] = k;
            const r = this.template(p2.body, childContext(ctx, vars), range, false);
            if (typeof r === "string") out += r;
            else unknown = true;
          }
          break;
        }
      }
    }
    return unknown ? new UnknownValue(STRING) : out;
  }
  iterate(coll, range) {
    if (coll === null) {
      this.error(
        range,
        "Iteration over null value",
        "A null value cannot be used as the collection in a 'for' expression."
      );
      return void 0;
    }
    if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
    if (coll instanceof SetValue) return coll.items.map((v) => [v, v]);
    if (coll instanceof ObjectValue) return sortedKeys(coll).map((k) => [k, coll.attrs.get(k)]);
    this.error(
      range,
      "Iteration over non-iterable value",
      `A value of type ${typeName(coll)} cannot be used as the collection in a 'for' expression.`
    );
    return void 0;
  }
  forExpr(e, ctx) {
    const coll = this.eval(e.coll, ctx);
    if (coll instanceof UnknownValue) return new UnknownValue();
    const pairs = this.iterate(coll, e.coll.range);
    if (!pairs) return new UnknownValue();
    if (pairs.length > MAX_ITEMS)
      return this.error(e.range, "Collection too large", `More than ${MAX_ITEMS} elements.`);
    const items = [];
    const obj2 = /* @__PURE__ */ new Map();
    for (const [k, v] of pairs) {
      const vars = { [e.valVar]: v };
      if (e.keyVar) vars[e.keyVar] = k;
      const c = childContext(ctx, vars);
      if (e.cond) {
        const cv = this.eval(e.cond, c);
        if (cv instanceof UnknownValue) return new UnknownValue();
        let b;
        try {
          b = cv === null ? null : convert(cv, BOOL);
        } catch {
          b = null;
        }
        if (b === null)
          return this.error(
            e.cond.range,
            "Invalid 'for' condition",
            "The 'if' clause value is invalid: bool required."
          );
        if (!b) continue;
      }
      if (e.keyExpr) {
        const kv = this.eval(e.keyExpr, c);
        if (kv instanceof UnknownValue) return new UnknownValue();
        let key;
        try {
          key = kv === null ? null : convert(kv, STRING);
        } catch {
          key = null;
        }
        if (key === null)
          return this.error(
            e.keyExpr.range,
            "Invalid object key",
            "The key expression produced an invalid result: string required."
          );
        const val = this.eval(e.valExpr, c);
        if (e.group) {
          const list = obj2.get(key) ?? [];
          list.push(val);
          obj2.set(key, list);
        } else {
          if (obj2.has(key)) {
            return this.error(
              e.keyExpr.range,
              "Duplicate object key",
              `Two different items produced the key "${key}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`
            );
          }
          obj2.set(key, val);
        }
      } else {
        items.push(this.eval(e.valExpr, c));
      }
    }
    return e.keyExpr ? new ObjectValue(obj2) : items;
  }
  call(e, ctx) {
    if (e.name === "can" || e.name === "try") return this.lazyCall(e, ctx);
    const fn = ctx.functions.get(e.name);
    if (!fn) {
      return this.error(e.nameRange, "Call to unknown function", `There is no function named "${e.name}".`);
    }
    let args = e.args.map((a) => this.eval(a, ctx));
    const argRanges = e.args.map((a) => a.range);
    if (e.expandFinal && args.length > 0) {
      const last = args[args.length - 1];
      if (last instanceof UnknownValue) return new UnknownValue();
      const els = elements(last);
      if (!els) {
        return this.error(
          e.args[e.args.length - 1].range,
          "Invalid expanding argument value",
          "The expanding argument (indicated by ...) must be of a tuple, list, or set type."
        );
      }
      const r = argRanges[argRanges.length - 1];
      args = [...args.slice(0, -1), ...els];
      while (argRanges.length < args.length) argRanges.push(r);
    }
    const min = fn.params.length;
    if (args.length < min || !fn.variadic && args.length > min) {
      const summary = args.length < min ? "Not enough function arguments" : "Too many function arguments";
      const detail = args.length < min ? `Function "${e.name}" expects ${min} argument(s). Missing value for "${fn.params[args.length].name}".` : `Function "${e.name}" expects only ${min} argument(s).`;
      return this.error(e.range, summary, detail);
    }
    const converted = [];
    for (let i = 0; i < args.length; i++) {
      const p2 = i < min ? fn.params[i] : fn.variadic;
      const a = args[i];
      if (a === null && !p2.allowNull) {
        return this.error(
          argRanges[i],
          "Invalid function argument",
          `Invalid value for "${p2.name}" parameter: argument must not be null.`
        );
      }
      if (isUnknown(a) && !p2.allowUnknown) return new UnknownValue();
      try {
        converted.push(convert(a, p2.type));
      } catch (err) {
        const msg = err instanceof ConversionError ? err.message : String(err);
        return this.error(
          argRanges[i],
          "Invalid function argument",
          `Invalid value for "${p2.name}" parameter: ${msg}.`
        );
      }
    }
    try {
      return fn.impl(converted);
    } catch (err) {
      if (err instanceof FunctionError) {
        if (err.arg !== void 0 && err.arg < args.length) {
          const p2 = err.arg < min ? fn.params[err.arg] : fn.variadic;
          return this.error(
            argRanges[err.arg],
            "Invalid function argument",
            `Invalid value for "${p2?.name}" parameter: ${err.message}.`
          );
        }
        return this.error(
          e.range,
          "Error in function call",
          `Call to function "${e.name}" failed: ${err.message}.`
        );
      }
      const msg = err instanceof Error ? err.message : String(err);
      return this.error(e.range, "Error in function call", `Call to function "${e.name}" failed: ${msg}.`);
    }
  }
  /** `can(expr)` and `try(a, b, ...)`: errors in their arguments are caught, not reported. */
  lazyCall(e, ctx) {
    if (e.name === "can" && e.args.length !== 1) {
      return this.error(
        e.range,
        e.args.length ? "Too many function arguments" : "Not enough function arguments",
        `Function "can" expects 1 argument(s).`
      );
    }
    if (e.name === "try" && e.args.length === 0) {
      return this.error(
        e.range,
        "Not enough function arguments",
        'Function "try" expects at least 1 argument(s). Missing value for "expressions".'
      );
    }
    for (const a of e.args) {
      const sub = new _Evaluator(this.budget);
      const v = sub.eval(a, ctx);
      if (sub.diags.length === 0) {
        if (isUnknown(v)) return new UnknownValue();
        return e.name === "can" ? true : v;
      }
      if (e.name === "can") return false;
    }
    return this.error(
      e.range,
      "Error in function call",
      'Call to function "try" failed: no expression succeeded.'
    );
  }
};

// src/template/hcl2/functions/helpers.ts
function p(name, t = ANY, extra = {}) {
  return { name, type: t, ...extra };
}
__name(p, "p");
function strFn(f) {
  return { params: [p("str", STRING)], impl: /* @__PURE__ */ __name(([s]) => f(s), "impl") };
}
__name(strFn, "strFn");
function numFn(f) {
  return { params: [p("num", NUMBER)], impl: /* @__PURE__ */ __name(([n]) => f(n), "impl") };
}
__name(numFn, "numFn");

// src/template/hcl2/functions/collections.ts
function seq(v, arg, what = "list, set, or tuple") {
  const els = elements(v);
  if (!els) throw new FunctionError(`a ${what} is required`, arg);
  return els;
}
__name(seq, "seq");
function uniq(items) {
  const out = [];
  for (const x of items) if (!out.some((y) => valuesEqual(x, y))) out.push(x);
  return out;
}
__name(uniq, "uniq");
function objOf(v, arg) {
  if (!(v instanceof ObjectValue)) throw new FunctionError("a map or object is required", arg);
  return v;
}
__name(objOf, "objOf");
var collectionFunctions = {
  length: {
    params: [p("value")],
    impl: /* @__PURE__ */ __name(([v]) => {
      if (typeof v === "string")
        return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(v)].length;
      if (v instanceof ObjectValue) return v.attrs.size;
      const els = elements(v);
      if (els) return els.length;
      throw new FunctionError("value must be a string, list, set, tuple, map or object", 0);
    }, "impl")
  },
  element: {
    params: [p("list"), p("index", NUMBER)],
    impl: /* @__PURE__ */ __name(([l, i]) => {
      const els = seq(l, 0, "list or tuple");
      if (els.length === 0) throw new FunctionError("cannot use element function with an empty list");
      const n = Math.floor(i);
      if (n < 0) throw new FunctionError("cannot use element function with a negative index");
      return els[n % els.length];
    }, "impl")
  },
  concat: {
    params: [],
    variadic: p("seqs"),
    impl: /* @__PURE__ */ __name((ls) => {
      if (ls.length === 0) throw new FunctionError("at least one argument is required");
      return ls.flatMap((l, i) => seq(l, i));
    }, "impl")
  },
  contains: {
    params: [p("list"), p("value")],
    impl: /* @__PURE__ */ __name(([l, v]) => seq(l, 0).some((x) => valuesEqual(x, v)), "impl")
  },
  distinct: { params: [p("list")], impl: /* @__PURE__ */ __name(([l]) => uniq(seq(l, 0)), "impl") },
  flatten: {
    params: [p("list")],
    impl: /* @__PURE__ */ __name(([l]) => {
      const out = [];
      const walk = /* @__PURE__ */ __name((xs) => {
        for (const x of xs) {
          const e = elements(x);
          if (e) walk(e);
          else out.push(x);
        }
      }, "walk");
      walk(seq(l, 0));
      return out;
    }, "impl")
  },
  index: {
    params: [p("list"), p("value")],
    impl: /* @__PURE__ */ __name(([l, v]) => {
      const i = seq(l, 0).findIndex((x) => valuesEqual(x, v));
      if (i < 0) throw new FunctionError("item not found");
      return i;
    }, "impl")
  },
  keys: { params: [p("inputMap")], impl: /* @__PURE__ */ __name(([m]) => sortedKeys(objOf(m, 0)), "impl") },
  values: {
    params: [p("mapping")],
    impl: /* @__PURE__ */ __name(([m]) => {
      const o = objOf(m, 0);
      return sortedKeys(o).map((k) => o.attrs.get(k));
    }, "impl")
  },
  lookup: {
    params: [p("inputMap"), p("key", STRING)],
    variadic: p("default", ANY, { allowNull: true }),
    impl: /* @__PURE__ */ __name(([m, k, ...d]) => {
      const o = objOf(m, 0);
      if (d.length > 1) throw new FunctionError("lookup() takes no more than three arguments");
      if (o.attrs.has(k)) return o.attrs.get(k);
      if (d.length === 1) return d[0];
      throw new FunctionError(`lookup failed to find key ${JSON.stringify(k)}`);
    }, "impl")
  },
  merge: {
    params: [],
    variadic: p("maps", ANY, { allowNull: true }),
    impl: /* @__PURE__ */ __name((ms) => {
      const out = /* @__PURE__ */ new Map();
      let allMaps = ms.length > 0;
      ms.forEach((m, i) => {
        if (m === null) return;
        const o = objOf(m, i);
        if (!o.isMap) allMaps = false;
        for (const [k, v] of o.attrs) out.set(k, v);
      });
      return new ObjectValue(out, allMaps);
    }, "impl")
  },
  range: {
    params: [],
    variadic: p("params", NUMBER),
    impl: /* @__PURE__ */ __name((args) => {
      const ns = args;
      let [start, end, step] = [0, 0, 1];
      if (ns.length === 1) end = ns[0];
      else if (ns.length === 2) [start, end] = ns;
      else if (ns.length === 3) [start, end, step] = ns;
      else throw new FunctionError("must have one, two, or three arguments");
      if (step === 0) throw new FunctionError("step must not be zero", 2);
      if ((end - start) / step > 1024)
        throw new FunctionError(
          "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step"
        );
      const out = [];
      if (step > 0) for (let x = start; x < end; x += step) out.push(x);
      else for (let x = start; x > end; x += step) out.push(x);
      return out;
    }, "impl")
  },
  reverse: { params: [p("list")], impl: /* @__PURE__ */ __name(([l]) => [...seq(l, 0)].reverse(), "impl") },
  slice: {
    params: [p("list"), p("start_index", NUMBER), p("end_index", NUMBER)],
    impl: /* @__PURE__ */ __name(([l, a, b]) => {
      const els = seq(l, 0);
      const s = a;
      const e = b;
      if (s < 0) throw new FunctionError("the starting index must not be negative", 1);
      if (e > els.length)
        throw new FunctionError("end index must not be greater than the length of the list", 2);
      if (s > e) throw new FunctionError("the start index must not be greater than the end index", 1);
      return els.slice(s, e);
    }, "impl")
  },
  sort: {
    params: [p("list", { k: "list", el: STRING })],
    impl: /* @__PURE__ */ __name(([l]) => [...l].sort((a, b) => a < b ? -1 : a > b ? 1 : 0), "impl")
  },
  sum: {
    params: [p("list")],
    impl: /* @__PURE__ */ __name(([l]) => {
      const els = seq(l, 0);
      if (els.length === 0) throw new FunctionError("cannot sum an empty list", 0);
      return els.reduce((acc, x) => {
        try {
          return acc + convert(x, NUMBER);
        } catch {
          throw new FunctionError("argument must be list, set, or tuple of number values", 0);
        }
      }, 0);
    }, "impl")
  },
  chunklist: {
    params: [p("list"), p("size", NUMBER)],
    impl: /* @__PURE__ */ __name(([l, n]) => {
      const els = seq(l, 0);
      const size = n;
      if (size < 0) throw new FunctionError("the size argument must be positive", 1);
      if (size === 0) return [els];
      const out = [];
      for (let i = 0; i < els.length; i += size) out.push(els.slice(i, i + size));
      return out;
    }, "impl")
  },
  coalesce: {
    params: [],
    variadic: p("vals", ANY, { allowNull: true }),
    impl: /* @__PURE__ */ __name((vs) => {
      for (const v of vs) if (v !== null && v !== "") return v;
      throw new FunctionError("no non-null, non-empty-string arguments");
    }, "impl")
  },
  coalescelist: {
    params: [],
    variadic: p("vals", ANY, { allowNull: true }),
    impl: /* @__PURE__ */ __name((vs) => {
      for (const [i, v] of vs.entries()) {
        if (v === null) continue;
        if (seq(v, i).length > 0) return v;
      }
      throw new FunctionError("no non-null arguments");
    }, "impl")
  },
  compact: {
    params: [p("list", { k: "list", el: STRING })],
    impl: /* @__PURE__ */ __name(([l]) => l.filter((x) => x !== null && x !== ""), "impl")
  },
  zipmap: {
    params: [p("keys", { k: "list", el: STRING }), p("values")],
    impl: /* @__PURE__ */ __name(([k, v]) => {
      const ks = k;
      const vs = seq(v, 1, "list or tuple");
      if (ks.length !== vs.length)
        throw new FunctionError(
          `number of keys (${ks.length}) does not match number of values (${vs.length})`
        );
      return new ObjectValue(new Map(ks.map((x, i) => [x, vs[i]])));
    }, "impl")
  },
  transpose: {
    params: [p("values", { k: "map", el: { k: "list", el: STRING } })],
    impl: /* @__PURE__ */ __name(([m]) => {
      const o = m;
      const out = /* @__PURE__ */ new Map();
      for (const k of sortedKeys(o)) {
        for (const v of o.attrs.get(k)) {
          if (!out.has(v)) out.set(v, []);
          out.get(v).push(k);
        }
      }
      return new ObjectValue(new Map([...out].sort(([a], [b]) => a < b ? -1 : 1)), true);
    }, "impl")
  },
  one: {
    params: [p("list")],
    impl: /* @__PURE__ */ __name(([l]) => {
      const els = seq(l, 0);
      if (els.length === 0) return null;
      if (els.length > 1)
        throw new FunctionError("must be a list, set, or tuple value with either zero or one elements", 0);
      return els[0];
    }, "impl")
  },
  alltrue: {
    params: [p("list", { k: "list", el: { k: "bool" } })],
    impl: /* @__PURE__ */ __name(([l]) => l.every((x) => x === true), "impl")
  },
  anytrue: {
    params: [p("list", { k: "list", el: { k: "bool" } })],
    impl: /* @__PURE__ */ __name(([l]) => l.some((x) => x === true), "impl")
  },
  setunion: {
    params: [],
    variadic: p("sets"),
    impl: /* @__PURE__ */ __name((ss) => new SetValue(uniq(ss.flatMap((s, i) => seq(s, i, "set")))), "impl")
  },
  setintersection: {
    params: [],
    variadic: p("sets"),
    impl: /* @__PURE__ */ __name((ss) => {
      if (ss.length === 0) throw new FunctionError("at least one set is required");
      const [first, ...rest] = ss.map((s, i) => seq(s, i, "set"));
      return new SetValue(uniq(first.filter((x) => rest.every((r) => r.some((y) => valuesEqual(x, y))))));
    }, "impl")
  },
  setsubtract: {
    params: [p("a"), p("b")],
    impl: /* @__PURE__ */ __name(([a, b]) => {
      const bs = seq(b, 1, "set");
      return new SetValue(uniq(seq(a, 0, "set").filter((x) => !bs.some((y) => valuesEqual(x, y)))));
    }, "impl")
  },
  setproduct: {
    params: [],
    variadic: p("sets"),
    impl: /* @__PURE__ */ __name((ss) => {
      if (ss.length < 2) throw new FunctionError("at least two arguments are required");
      let acc = [[]];
      ss.forEach((s, i) => {
        const els = seq(s, i);
        if (acc.length * els.length > 1e6)
          throw new FunctionError("the product has more than 1000000 elements");
        acc = acc.flatMap((prefix) => els.map((x) => [...prefix, x]));
      });
      return acc;
    }, "impl")
  }
};

// src/template/hcl2/functions/conversion.ts
function unify(items) {
  if (items.every((x) => x === null || typeof x === "string" || typeof x === "number" || typeof x === "boolean")) {
    const kinds = new Set(items.filter((x) => x !== null).map((x) => typeof x));
    if (kinds.size > 1) return STRING;
  }
  return ANY;
}
__name(unify, "unify");
function conv(t) {
  return {
    params: [p("v", ANY, { allowNull: true })],
    impl: /* @__PURE__ */ __name(([v]) => {
      try {
        return convert(v, t);
      } catch (err) {
        if (err instanceof ConversionError)
          throw new FunctionError(`cannot convert ${describe(v)} to ${t.k}`, 0);
        throw err;
      }
    }, "impl")
  };
}
__name(conv, "conv");
function describe(v) {
  if (typeof v === "string") return `${JSON.stringify(v)}`;
  if (Array.isArray(v)) return "tuple";
  if (v instanceof ObjectValue) return v.isMap ? "map" : "object";
  return String(v);
}
__name(describe, "describe");
var conversionFunctions = {
  tostring: conv(STRING),
  tonumber: conv(NUMBER),
  tobool: conv(BOOL),
  tolist: {
    params: [p("v", ANY, { allowNull: true })],
    impl: /* @__PURE__ */ __name(([v]) => {
      const els = elements(v);
      if (!els) throw new FunctionError(`cannot convert ${describe(v)} to list of any single type`, 0);
      const t = unify(els);
      return els.map((x) => convert(x, t));
    }, "impl")
  },
  toset: {
    params: [p("v", ANY, { allowNull: true })],
    impl: /* @__PURE__ */ __name(([v]) => {
      const els = elements(v);
      if (!els) throw new FunctionError(`cannot convert ${describe(v)} to set of any single type`, 0);
      return convert(
        els.map((x) => convert(x, unify(els))),
        { k: "set", el: ANY }
      );
    }, "impl")
  },
  tomap: {
    params: [p("v", ANY, { allowNull: true })],
    impl: /* @__PURE__ */ __name(([v]) => {
      if (!(v instanceof ObjectValue))
        throw new FunctionError(`cannot convert ${describe(v)} to map of any single type`, 0);
      const t = unify([...v.attrs.values()]);
      return new ObjectValue(new Map([...v.attrs].map(([k, x]) => [k, convert(x, t)])), true);
    }, "impl")
  }
};

// src/template/hcl2/functions/crypto.ts
import { createHash, randomUUID } from "node:crypto";

// node_modules/bcryptjs/index.js
import nodeCrypto from "crypto";
var randomFallback = null;
function randomBytes(len) {
  try {
    return crypto.getRandomValues(new Uint8Array(len));
  } catch {
  }
  try {
    return nodeCrypto.randomBytes(len);
  } catch {
  }
  if (!randomFallback) {
    throw Error(
      "Neither WebCryptoAPI nor a crypto module is available. Use bcrypt.setRandomFallback to set an alternative"
    );
  }
  return randomFallback(len);
}
__name(randomBytes, "randomBytes");
function setRandomFallback(random) {
  randomFallback = random;
}
__name(setRandomFallback, "setRandomFallback");
function genSaltSync(rounds, seed_length) {
  rounds = rounds || GENSALT_DEFAULT_LOG2_ROUNDS;
  if (typeof rounds !== "number")
    throw Error(
      "Illegal arguments: " + typeof rounds + ", " + typeof seed_length
    );
  if (rounds < 4) rounds = 4;
  else if (rounds > 31) rounds = 31;
  var salt = [];
  salt.push("$2b$");
  if (rounds < 10) salt.push("0");
  salt.push(rounds.toString());
  salt.push("$");
  salt.push(base64_encode(randomBytes(BCRYPT_SALT_LEN), BCRYPT_SALT_LEN));
  return salt.join("");
}
__name(genSaltSync, "genSaltSync");
function genSalt(rounds, seed_length, callback) {
  if (typeof seed_length === "function")
    callback = seed_length, seed_length = void 0;
  if (typeof rounds === "function") callback = rounds, rounds = void 0;
  if (typeof rounds === "undefined") rounds = GENSALT_DEFAULT_LOG2_ROUNDS;
  else if (typeof rounds !== "number")
    throw Error("illegal arguments: " + typeof rounds);
  function _async(callback2) {
    nextTick(function() {
      try {
        callback2(null, genSaltSync(rounds));
      } catch (err) {
        callback2(err);
      }
    });
  }
  __name(_async, "_async");
  if (callback) {
    if (typeof callback !== "function")
      throw Error("Illegal callback: " + typeof callback);
    _async(callback);
  } else
    return new Promise(function(resolve9, reject) {
      _async(function(err, res) {
        if (err) {
          reject(err);
          return;
        }
        resolve9(res);
      });
    });
}
__name(genSalt, "genSalt");
function hashSync(password, salt) {
  if (typeof salt === "undefined") salt = GENSALT_DEFAULT_LOG2_ROUNDS;
  if (typeof salt === "number") salt = genSaltSync(salt);
  if (typeof password !== "string" || typeof salt !== "string")
    throw Error("Illegal arguments: " + typeof password + ", " + typeof salt);
  return _hash(password, salt);
}
__name(hashSync, "hashSync");
function hash(password, salt, callback, progressCallback) {
  function _async(callback2) {
    if (typeof password === "string" && typeof salt === "number")
      genSalt(salt, function(err, salt2) {
        _hash(password, salt2, callback2, progressCallback);
      });
    else if (typeof password === "string" && typeof salt === "string")
      _hash(password, salt, callback2, progressCallback);
    else
      nextTick(
        callback2.bind(
          this,
          Error("Illegal arguments: " + typeof password + ", " + typeof salt)
        )
      );
  }
  __name(_async, "_async");
  if (callback) {
    if (typeof callback !== "function")
      throw Error("Illegal callback: " + typeof callback);
    _async(callback);
  } else
    return new Promise(function(resolve9, reject) {
      _async(function(err, res) {
        if (err) {
          reject(err);
          return;
        }
        resolve9(res);
      });
    });
}
__name(hash, "hash");
function safeStringCompare(known, unknown) {
  var diff = known.length ^ unknown.length;
  for (var i = 0; i < known.length; ++i) {
    diff |= known.charCodeAt(i) ^ unknown.charCodeAt(i);
  }
  return diff === 0;
}
__name(safeStringCompare, "safeStringCompare");
function compareSync(password, hash3) {
  if (typeof password !== "string" || typeof hash3 !== "string")
    throw Error("Illegal arguments: " + typeof password + ", " + typeof hash3);
  if (hash3.length !== 60) return false;
  return safeStringCompare(
    hashSync(password, hash3.substring(0, hash3.length - 31)),
    hash3
  );
}
__name(compareSync, "compareSync");
function compare(password, hashValue, callback, progressCallback) {
  function _async(callback2) {
    if (typeof password !== "string" || typeof hashValue !== "string") {
      nextTick(
        callback2.bind(
          this,
          Error(
            "Illegal arguments: " + typeof password + ", " + typeof hashValue
          )
        )
      );
      return;
    }
    if (hashValue.length !== 60) {
      nextTick(callback2.bind(this, null, false));
      return;
    }
    hash(
      password,
      hashValue.substring(0, 29),
      function(err, comp) {
        if (err) callback2(err);
        else callback2(null, safeStringCompare(comp, hashValue));
      },
      progressCallback
    );
  }
  __name(_async, "_async");
  if (callback) {
    if (typeof callback !== "function")
      throw Error("Illegal callback: " + typeof callback);
    _async(callback);
  } else
    return new Promise(function(resolve9, reject) {
      _async(function(err, res) {
        if (err) {
          reject(err);
          return;
        }
        resolve9(res);
      });
    });
}
__name(compare, "compare");
function getRounds(hash3) {
  if (typeof hash3 !== "string")
    throw Error("Illegal arguments: " + typeof hash3);
  return parseInt(hash3.split("$")[2], 10);
}
__name(getRounds, "getRounds");
function getSalt(hash3) {
  if (typeof hash3 !== "string")
    throw Error("Illegal arguments: " + typeof hash3);
  if (hash3.length !== 60)
    throw Error("Illegal hash length: " + hash3.length + " != 60");
  return hash3.substring(0, 29);
}
__name(getSalt, "getSalt");
function truncates(password) {
  if (typeof password !== "string")
    throw Error("Illegal arguments: " + typeof password);
  return utf8Length(password) > 72;
}
__name(truncates, "truncates");
var nextTick = typeof setImmediate === "function" ? setImmediate : typeof scheduler === "object" && typeof scheduler.postTask === "function" ? scheduler.postTask.bind(scheduler) : setTimeout;
function utf8Length(string) {
  var len = 0, c = 0;
  for (var i = 0; i < string.length; ++i) {
    c = string.charCodeAt(i);
    if (c < 128) len += 1;
    else if (c < 2048) len += 2;
    else if ((c & 64512) === 55296 && (string.charCodeAt(i + 1) & 64512) === 56320) {
      ++i;
      len += 4;
    } else len += 3;
  }
  return len;
}
__name(utf8Length, "utf8Length");
function utf8Array(string) {
  var offset = 0, c1, c2;
  var buffer = new Array(utf8Length(string));
  for (var i = 0, k = string.length; i < k; ++i) {
    c1 = string.charCodeAt(i);
    if (c1 < 128) {
      buffer[offset++] = c1;
    } else if (c1 < 2048) {
      buffer[offset++] = c1 >> 6 | 192;
      buffer[offset++] = c1 & 63 | 128;
    } else if ((c1 & 64512) === 55296 && ((c2 = string.charCodeAt(i + 1)) & 64512) === 56320) {
      c1 = 65536 + ((c1 & 1023) << 10) + (c2 & 1023);
      ++i;
      buffer[offset++] = c1 >> 18 | 240;
      buffer[offset++] = c1 >> 12 & 63 | 128;
      buffer[offset++] = c1 >> 6 & 63 | 128;
      buffer[offset++] = c1 & 63 | 128;
    } else {
      buffer[offset++] = c1 >> 12 | 224;
      buffer[offset++] = c1 >> 6 & 63 | 128;
      buffer[offset++] = c1 & 63 | 128;
    }
  }
  return buffer;
}
__name(utf8Array, "utf8Array");
var BASE64_CODE = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".split("");
var BASE64_INDEX = [
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  0,
  1,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  -1,
  -1,
  -1,
  -1,
  -1,
  -1,
  28,
  29,
  30,
  31,
  32,
  33,
  34,
  35,
  36,
  37,
  38,
  39,
  40,
  41,
  42,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  -1,
  -1,
  -1,
  -1,
  -1
];
function base64_encode(b, len) {
  var off = 0, rs = [], c1, c2;
  if (len <= 0 || len > b.length) throw Error("Illegal len: " + len);
  while (off < len) {
    c1 = b[off++] & 255;
    rs.push(BASE64_CODE[c1 >> 2 & 63]);
    c1 = (c1 & 3) << 4;
    if (off >= len) {
      rs.push(BASE64_CODE[c1 & 63]);
      break;
    }
    c2 = b[off++] & 255;
    c1 |= c2 >> 4 & 15;
    rs.push(BASE64_CODE[c1 & 63]);
    c1 = (c2 & 15) << 2;
    if (off >= len) {
      rs.push(BASE64_CODE[c1 & 63]);
      break;
    }
    c2 = b[off++] & 255;
    c1 |= c2 >> 6 & 3;
    rs.push(BASE64_CODE[c1 & 63]);
    rs.push(BASE64_CODE[c2 & 63]);
  }
  return rs.join("");
}
__name(base64_encode, "base64_encode");
function base64_decode(s, len) {
  var off = 0, slen = s.length, olen = 0, rs = [], c1, c2, c3, c4, o, code;
  if (len <= 0) throw Error("Illegal len: " + len);
  while (off < slen - 1 && olen < len) {
    code = s.charCodeAt(off++);
    c1 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    code = s.charCodeAt(off++);
    c2 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    if (c1 == -1 || c2 == -1) break;
    o = c1 << 2 >>> 0;
    o |= (c2 & 48) >> 4;
    rs.push(String.fromCharCode(o));
    if (++olen >= len || off >= slen) break;
    code = s.charCodeAt(off++);
    c3 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    if (c3 == -1) break;
    o = (c2 & 15) << 4 >>> 0;
    o |= (c3 & 60) >> 2;
    rs.push(String.fromCharCode(o));
    if (++olen >= len || off >= slen) break;
    code = s.charCodeAt(off++);
    c4 = code < BASE64_INDEX.length ? BASE64_INDEX[code] : -1;
    o = (c3 & 3) << 6 >>> 0;
    o |= c4;
    rs.push(String.fromCharCode(o));
    ++olen;
  }
  var res = [];
  for (off = 0; off < olen; off++) res.push(rs[off].charCodeAt(0));
  return res;
}
__name(base64_decode, "base64_decode");
var BCRYPT_SALT_LEN = 16;
var GENSALT_DEFAULT_LOG2_ROUNDS = 10;
var BLOWFISH_NUM_ROUNDS = 16;
var MAX_EXECUTION_TIME = 100;
var P_ORIG = [
  608135816,
  2242054355,
  320440878,
  57701188,
  2752067618,
  698298832,
  137296536,
  3964562569,
  1160258022,
  953160567,
  3193202383,
  887688300,
  3232508343,
  3380367581,
  1065670069,
  3041331479,
  2450970073,
  2306472731
];
var S_ORIG = [
  3509652390,
  2564797868,
  805139163,
  3491422135,
  3101798381,
  1780907670,
  3128725573,
  4046225305,
  614570311,
  3012652279,
  134345442,
  2240740374,
  1667834072,
  1901547113,
  2757295779,
  4103290238,
  227898511,
  1921955416,
  1904987480,
  2182433518,
  2069144605,
  3260701109,
  2620446009,
  720527379,
  3318853667,
  677414384,
  3393288472,
  3101374703,
  2390351024,
  1614419982,
  1822297739,
  2954791486,
  3608508353,
  3174124327,
  2024746970,
  1432378464,
  3864339955,
  2857741204,
  1464375394,
  1676153920,
  1439316330,
  715854006,
  3033291828,
  289532110,
  2706671279,
  2087905683,
  3018724369,
  1668267050,
  732546397,
  1947742710,
  3462151702,
  2609353502,
  2950085171,
  1814351708,
  2050118529,
  680887927,
  999245976,
  1800124847,
  3300911131,
  1713906067,
  1641548236,
  4213287313,
  1216130144,
  1575780402,
  4018429277,
  3917837745,
  3693486850,
  3949271944,
  596196993,
  3549867205,
  258830323,
  2213823033,
  772490370,
  2760122372,
  1774776394,
  2652871518,
  566650946,
  4142492826,
  1728879713,
  2882767088,
  1783734482,
  3629395816,
  2517608232,
  2874225571,
  1861159788,
  326777828,
  3124490320,
  2130389656,
  2716951837,
  967770486,
  1724537150,
  2185432712,
  2364442137,
  1164943284,
  2105845187,
  998989502,
  3765401048,
  2244026483,
  1075463327,
  1455516326,
  1322494562,
  910128902,
  469688178,
  1117454909,
  936433444,
  3490320968,
  3675253459,
  1240580251,
  122909385,
  2157517691,
  634681816,
  4142456567,
  3825094682,
  3061402683,
  2540495037,
  79693498,
  3249098678,
  1084186820,
  1583128258,
  426386531,
  1761308591,
  1047286709,
  322548459,
  995290223,
  1845252383,
  2603652396,
  3431023940,
  2942221577,
  3202600964,
  3727903485,
  1712269319,
  422464435,
  3234572375,
  1170764815,
  3523960633,
  3117677531,
  1434042557,
  442511882,
  3600875718,
  1076654713,
  1738483198,
  4213154764,
  2393238008,
  3677496056,
  1014306527,
  4251020053,
  793779912,
  2902807211,
  842905082,
  4246964064,
  1395751752,
  1040244610,
  2656851899,
  3396308128,
  445077038,
  3742853595,
  3577915638,
  679411651,
  2892444358,
  2354009459,
  1767581616,
  3150600392,
  3791627101,
  3102740896,
  284835224,
  4246832056,
  1258075500,
  768725851,
  2589189241,
  3069724005,
  3532540348,
  1274779536,
  3789419226,
  2764799539,
  1660621633,
  3471099624,
  4011903706,
  913787905,
  3497959166,
  737222580,
  2514213453,
  2928710040,
  3937242737,
  1804850592,
  3499020752,
  2949064160,
  2386320175,
  2390070455,
  2415321851,
  4061277028,
  2290661394,
  2416832540,
  1336762016,
  1754252060,
  3520065937,
  3014181293,
  791618072,
  3188594551,
  3933548030,
  2332172193,
  3852520463,
  3043980520,
  413987798,
  3465142937,
  3030929376,
  4245938359,
  2093235073,
  3534596313,
  375366246,
  2157278981,
  2479649556,
  555357303,
  3870105701,
  2008414854,
  3344188149,
  4221384143,
  3956125452,
  2067696032,
  3594591187,
  2921233993,
  2428461,
  544322398,
  577241275,
  1471733935,
  610547355,
  4027169054,
  1432588573,
  1507829418,
  2025931657,
  3646575487,
  545086370,
  48609733,
  2200306550,
  1653985193,
  298326376,
  1316178497,
  3007786442,
  2064951626,
  458293330,
  2589141269,
  3591329599,
  3164325604,
  727753846,
  2179363840,
  146436021,
  1461446943,
  4069977195,
  705550613,
  3059967265,
  3887724982,
  4281599278,
  3313849956,
  1404054877,
  2845806497,
  146425753,
  1854211946,
  1266315497,
  3048417604,
  3681880366,
  3289982499,
  290971e4,
  1235738493,
  2632868024,
  2414719590,
  3970600049,
  1771706367,
  1449415276,
  3266420449,
  422970021,
  1963543593,
  2690192192,
  3826793022,
  1062508698,
  1531092325,
  1804592342,
  2583117782,
  2714934279,
  4024971509,
  1294809318,
  4028980673,
  1289560198,
  2221992742,
  1669523910,
  35572830,
  157838143,
  1052438473,
  1016535060,
  1802137761,
  1753167236,
  1386275462,
  3080475397,
  2857371447,
  1040679964,
  2145300060,
  2390574316,
  1461121720,
  2956646967,
  4031777805,
  4028374788,
  33600511,
  2920084762,
  1018524850,
  629373528,
  3691585981,
  3515945977,
  2091462646,
  2486323059,
  586499841,
  988145025,
  935516892,
  3367335476,
  2599673255,
  2839830854,
  265290510,
  3972581182,
  2759138881,
  3795373465,
  1005194799,
  847297441,
  406762289,
  1314163512,
  1332590856,
  1866599683,
  4127851711,
  750260880,
  613907577,
  1450815602,
  3165620655,
  3734664991,
  3650291728,
  3012275730,
  3704569646,
  1427272223,
  778793252,
  1343938022,
  2676280711,
  2052605720,
  1946737175,
  3164576444,
  3914038668,
  3967478842,
  3682934266,
  1661551462,
  3294938066,
  4011595847,
  840292616,
  3712170807,
  616741398,
  312560963,
  711312465,
  1351876610,
  322626781,
  1910503582,
  271666773,
  2175563734,
  1594956187,
  70604529,
  3617834859,
  1007753275,
  1495573769,
  4069517037,
  2549218298,
  2663038764,
  504708206,
  2263041392,
  3941167025,
  2249088522,
  1514023603,
  1998579484,
  1312622330,
  694541497,
  2582060303,
  2151582166,
  1382467621,
  776784248,
  2618340202,
  3323268794,
  2497899128,
  2784771155,
  503983604,
  4076293799,
  907881277,
  423175695,
  432175456,
  1378068232,
  4145222326,
  3954048622,
  3938656102,
  3820766613,
  2793130115,
  2977904593,
  26017576,
  3274890735,
  3194772133,
  1700274565,
  1756076034,
  4006520079,
  3677328699,
  720338349,
  1533947780,
  354530856,
  688349552,
  3973924725,
  1637815568,
  332179504,
  3949051286,
  53804574,
  2852348879,
  3044236432,
  1282449977,
  3583942155,
  3416972820,
  4006381244,
  1617046695,
  2628476075,
  3002303598,
  1686838959,
  431878346,
  2686675385,
  1700445008,
  1080580658,
  1009431731,
  832498133,
  3223435511,
  2605976345,
  2271191193,
  2516031870,
  1648197032,
  4164389018,
  2548247927,
  300782431,
  375919233,
  238389289,
  3353747414,
  2531188641,
  2019080857,
  1475708069,
  455242339,
  2609103871,
  448939670,
  3451063019,
  1395535956,
  2413381860,
  1841049896,
  1491858159,
  885456874,
  4264095073,
  4001119347,
  1565136089,
  3898914787,
  1108368660,
  540939232,
  1173283510,
  2745871338,
  3681308437,
  4207628240,
  3343053890,
  4016749493,
  1699691293,
  1103962373,
  3625875870,
  2256883143,
  3830138730,
  1031889488,
  3479347698,
  1535977030,
  4236805024,
  3251091107,
  2132092099,
  1774941330,
  1199868427,
  1452454533,
  157007616,
  2904115357,
  342012276,
  595725824,
  1480756522,
  206960106,
  497939518,
  591360097,
  863170706,
  2375253569,
  3596610801,
  1814182875,
  2094937945,
  3421402208,
  1082520231,
  3463918190,
  2785509508,
  435703966,
  3908032597,
  1641649973,
  2842273706,
  3305899714,
  1510255612,
  2148256476,
  2655287854,
  3276092548,
  4258621189,
  236887753,
  3681803219,
  274041037,
  1734335097,
  3815195456,
  3317970021,
  1899903192,
  1026095262,
  4050517792,
  356393447,
  2410691914,
  3873677099,
  3682840055,
  3913112168,
  2491498743,
  4132185628,
  2489919796,
  1091903735,
  1979897079,
  3170134830,
  3567386728,
  3557303409,
  857797738,
  1136121015,
  1342202287,
  507115054,
  2535736646,
  337727348,
  3213592640,
  1301675037,
  2528481711,
  1895095763,
  1721773893,
  3216771564,
  62756741,
  2142006736,
  835421444,
  2531993523,
  1442658625,
  3659876326,
  2882144922,
  676362277,
  1392781812,
  170690266,
  3921047035,
  1759253602,
  3611846912,
  1745797284,
  664899054,
  1329594018,
  3901205900,
  3045908486,
  2062866102,
  2865634940,
  3543621612,
  3464012697,
  1080764994,
  553557557,
  3656615353,
  3996768171,
  991055499,
  499776247,
  1265440854,
  648242737,
  3940784050,
  980351604,
  3713745714,
  1749149687,
  3396870395,
  4211799374,
  3640570775,
  1161844396,
  3125318951,
  1431517754,
  545492359,
  4268468663,
  3499529547,
  1437099964,
  2702547544,
  3433638243,
  2581715763,
  2787789398,
  1060185593,
  1593081372,
  2418618748,
  4260947970,
  69676912,
  2159744348,
  86519011,
  2512459080,
  3838209314,
  1220612927,
  3339683548,
  133810670,
  1090789135,
  1078426020,
  1569222167,
  845107691,
  3583754449,
  4072456591,
  1091646820,
  628848692,
  1613405280,
  3757631651,
  526609435,
  236106946,
  48312990,
  2942717905,
  3402727701,
  1797494240,
  859738849,
  992217954,
  4005476642,
  2243076622,
  3870952857,
  3732016268,
  765654824,
  3490871365,
  2511836413,
  1685915746,
  3888969200,
  1414112111,
  2273134842,
  3281911079,
  4080962846,
  172450625,
  2569994100,
  980381355,
  4109958455,
  2819808352,
  2716589560,
  2568741196,
  3681446669,
  3329971472,
  1835478071,
  660984891,
  3704678404,
  4045999559,
  3422617507,
  3040415634,
  1762651403,
  1719377915,
  3470491036,
  2693910283,
  3642056355,
  3138596744,
  1364962596,
  2073328063,
  1983633131,
  926494387,
  3423689081,
  2150032023,
  4096667949,
  1749200295,
  3328846651,
  309677260,
  2016342300,
  1779581495,
  3079819751,
  111262694,
  1274766160,
  443224088,
  298511866,
  1025883608,
  3806446537,
  1145181785,
  168956806,
  3641502830,
  3584813610,
  1689216846,
  3666258015,
  3200248200,
  1692713982,
  2646376535,
  4042768518,
  1618508792,
  1610833997,
  3523052358,
  4130873264,
  2001055236,
  3610705100,
  2202168115,
  4028541809,
  2961195399,
  1006657119,
  2006996926,
  3186142756,
  1430667929,
  3210227297,
  1314452623,
  4074634658,
  4101304120,
  2273951170,
  1399257539,
  3367210612,
  3027628629,
  1190975929,
  2062231137,
  2333990788,
  2221543033,
  2438960610,
  1181637006,
  548689776,
  2362791313,
  3372408396,
  3104550113,
  3145860560,
  296247880,
  1970579870,
  3078560182,
  3769228297,
  1714227617,
  3291629107,
  3898220290,
  166772364,
  1251581989,
  493813264,
  448347421,
  195405023,
  2709975567,
  677966185,
  3703036547,
  1463355134,
  2715995803,
  1338867538,
  1343315457,
  2802222074,
  2684532164,
  233230375,
  2599980071,
  2000651841,
  3277868038,
  1638401717,
  4028070440,
  3237316320,
  6314154,
  819756386,
  300326615,
  590932579,
  1405279636,
  3267499572,
  3150704214,
  2428286686,
  3959192993,
  3461946742,
  1862657033,
  1266418056,
  963775037,
  2089974820,
  2263052895,
  1917689273,
  448879540,
  3550394620,
  3981727096,
  150775221,
  3627908307,
  1303187396,
  508620638,
  2975983352,
  2726630617,
  1817252668,
  1876281319,
  1457606340,
  908771278,
  3720792119,
  3617206836,
  2455994898,
  1729034894,
  1080033504,
  976866871,
  3556439503,
  2881648439,
  1522871579,
  1555064734,
  1336096578,
  3548522304,
  2579274686,
  3574697629,
  3205460757,
  3593280638,
  3338716283,
  3079412587,
  564236357,
  2993598910,
  1781952180,
  1464380207,
  3163844217,
  3332601554,
  1699332808,
  1393555694,
  1183702653,
  3581086237,
  1288719814,
  691649499,
  2847557200,
  2895455976,
  3193889540,
  2717570544,
  1781354906,
  1676643554,
  2592534050,
  3230253752,
  1126444790,
  2770207658,
  2633158820,
  2210423226,
  2615765581,
  2414155088,
  3127139286,
  673620729,
  2805611233,
  1269405062,
  4015350505,
  3341807571,
  4149409754,
  1057255273,
  2012875353,
  2162469141,
  2276492801,
  2601117357,
  993977747,
  3918593370,
  2654263191,
  753973209,
  36408145,
  2530585658,
  25011837,
  3520020182,
  2088578344,
  530523599,
  2918365339,
  1524020338,
  1518925132,
  3760827505,
  3759777254,
  1202760957,
  3985898139,
  3906192525,
  674977740,
  4174734889,
  2031300136,
  2019492241,
  3983892565,
  4153806404,
  3822280332,
  352677332,
  2297720250,
  60907813,
  90501309,
  3286998549,
  1016092578,
  2535922412,
  2839152426,
  457141659,
  509813237,
  4120667899,
  652014361,
  1966332200,
  2975202805,
  55981186,
  2327461051,
  676427537,
  3255491064,
  2882294119,
  3433927263,
  1307055953,
  942726286,
  933058658,
  2468411793,
  3933900994,
  4215176142,
  1361170020,
  2001714738,
  2830558078,
  3274259782,
  1222529897,
  1679025792,
  2729314320,
  3714953764,
  1770335741,
  151462246,
  3013232138,
  1682292957,
  1483529935,
  471910574,
  1539241949,
  458788160,
  3436315007,
  1807016891,
  3718408830,
  978976581,
  1043663428,
  3165965781,
  1927990952,
  4200891579,
  2372276910,
  3208408903,
  3533431907,
  1412390302,
  2931980059,
  4132332400,
  1947078029,
  3881505623,
  4168226417,
  2941484381,
  1077988104,
  1320477388,
  886195818,
  18198404,
  3786409e3,
  2509781533,
  112762804,
  3463356488,
  1866414978,
  891333506,
  18488651,
  661792760,
  1628790961,
  3885187036,
  3141171499,
  876946877,
  2693282273,
  1372485963,
  791857591,
  2686433993,
  3759982718,
  3167212022,
  3472953795,
  2716379847,
  445679433,
  3561995674,
  3504004811,
  3574258232,
  54117162,
  3331405415,
  2381918588,
  3769707343,
  4154350007,
  1140177722,
  4074052095,
  668550556,
  3214352940,
  367459370,
  261225585,
  2610173221,
  4209349473,
  3468074219,
  3265815641,
  314222801,
  3066103646,
  3808782860,
  282218597,
  3406013506,
  3773591054,
  379116347,
  1285071038,
  846784868,
  2669647154,
  3771962079,
  3550491691,
  2305946142,
  453669953,
  1268987020,
  3317592352,
  3279303384,
  3744833421,
  2610507566,
  3859509063,
  266596637,
  3847019092,
  517658769,
  3462560207,
  3443424879,
  370717030,
  4247526661,
  2224018117,
  4143653529,
  4112773975,
  2788324899,
  2477274417,
  1456262402,
  2901442914,
  1517677493,
  1846949527,
  2295493580,
  3734397586,
  2176403920,
  1280348187,
  1908823572,
  3871786941,
  846861322,
  1172426758,
  3287448474,
  3383383037,
  1655181056,
  3139813346,
  901632758,
  1897031941,
  2986607138,
  3066810236,
  3447102507,
  1393639104,
  373351379,
  950779232,
  625454576,
  3124240540,
  4148612726,
  2007998917,
  544563296,
  2244738638,
  2330496472,
  2058025392,
  1291430526,
  424198748,
  50039436,
  29584100,
  3605783033,
  2429876329,
  2791104160,
  1057563949,
  3255363231,
  3075367218,
  3463963227,
  1469046755,
  985887462
];
var C_ORIG = [
  1332899944,
  1700884034,
  1701343084,
  1684370003,
  1668446532,
  1869963892
];
function _encipher(lr, off, P, S) {
  var n, l = lr[off], r = lr[off + 1];
  l ^= P[0];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[1];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[2];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[3];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[4];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[5];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[6];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[7];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[8];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[9];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[10];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[11];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[12];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[13];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[14];
  n = S[l >>> 24];
  n += S[256 | l >> 16 & 255];
  n ^= S[512 | l >> 8 & 255];
  n += S[768 | l & 255];
  r ^= n ^ P[15];
  n = S[r >>> 24];
  n += S[256 | r >> 16 & 255];
  n ^= S[512 | r >> 8 & 255];
  n += S[768 | r & 255];
  l ^= n ^ P[16];
  lr[off] = r ^ P[BLOWFISH_NUM_ROUNDS + 1];
  lr[off + 1] = l;
  return lr;
}
__name(_encipher, "_encipher");
function _streamtoword(data, offp) {
  for (var i = 0, word = 0; i < 4; ++i)
    word = word << 8 | data[offp] & 255, offp = (offp + 1) % data.length;
  return { key: word, offp };
}
__name(_streamtoword, "_streamtoword");
function _key(key, P, S) {
  var offset = 0, lr = [0, 0], plen = P.length, slen = S.length, sw;
  for (var i = 0; i < plen; i++)
    sw = _streamtoword(key, offset), offset = sw.offp, P[i] = P[i] ^ sw.key;
  for (i = 0; i < plen; i += 2)
    lr = _encipher(lr, 0, P, S), P[i] = lr[0], P[i + 1] = lr[1];
  for (i = 0; i < slen; i += 2)
    lr = _encipher(lr, 0, P, S), S[i] = lr[0], S[i + 1] = lr[1];
}
__name(_key, "_key");
function _ekskey(data, key, P, S) {
  var offp = 0, lr = [0, 0], plen = P.length, slen = S.length, sw;
  for (var i = 0; i < plen; i++)
    sw = _streamtoword(key, offp), offp = sw.offp, P[i] = P[i] ^ sw.key;
  offp = 0;
  for (i = 0; i < plen; i += 2)
    sw = _streamtoword(data, offp), offp = sw.offp, lr[0] ^= sw.key, sw = _streamtoword(data, offp), offp = sw.offp, lr[1] ^= sw.key, lr = _encipher(lr, 0, P, S), P[i] = lr[0], P[i + 1] = lr[1];
  for (i = 0; i < slen; i += 2)
    sw = _streamtoword(data, offp), offp = sw.offp, lr[0] ^= sw.key, sw = _streamtoword(data, offp), offp = sw.offp, lr[1] ^= sw.key, lr = _encipher(lr, 0, P, S), S[i] = lr[0], S[i + 1] = lr[1];
}
__name(_ekskey, "_ekskey");
function _crypt(b, salt, rounds, callback, progressCallback) {
  var cdata = C_ORIG.slice(), clen = cdata.length, err;
  if (rounds < 4 || rounds > 31) {
    err = Error("Illegal number of rounds (4-31): " + rounds);
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  if (salt.length !== BCRYPT_SALT_LEN) {
    err = Error(
      "Illegal salt length: " + salt.length + " != " + BCRYPT_SALT_LEN
    );
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  rounds = 1 << rounds >>> 0;
  var P, S, i = 0, j;
  if (typeof Int32Array === "function") {
    P = new Int32Array(P_ORIG);
    S = new Int32Array(S_ORIG);
  } else {
    P = P_ORIG.slice();
    S = S_ORIG.slice();
  }
  _ekskey(salt, b, P, S);
  function next() {
    if (progressCallback) progressCallback(i / rounds);
    if (i < rounds) {
      var start = Date.now();
      for (; i < rounds; ) {
        i = i + 1;
        _key(b, P, S);
        _key(salt, P, S);
        if (Date.now() - start > MAX_EXECUTION_TIME) break;
      }
    } else {
      for (i = 0; i < 64; i++)
        for (j = 0; j < clen >> 1; j++) _encipher(cdata, j << 1, P, S);
      var ret = [];
      for (i = 0; i < clen; i++)
        ret.push((cdata[i] >> 24 & 255) >>> 0), ret.push((cdata[i] >> 16 & 255) >>> 0), ret.push((cdata[i] >> 8 & 255) >>> 0), ret.push((cdata[i] & 255) >>> 0);
      if (callback) {
        callback(null, ret);
        return;
      } else return ret;
    }
    if (callback) nextTick(next);
  }
  __name(next, "next");
  if (typeof callback !== "undefined") {
    next();
  } else {
    var res;
    while (true) if (typeof (res = next()) !== "undefined") return res || [];
  }
}
__name(_crypt, "_crypt");
function _hash(password, salt, callback, progressCallback) {
  var err;
  if (typeof password !== "string" || typeof salt !== "string") {
    err = Error("Invalid string / salt: Not a string");
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  var minor, offset;
  if (salt.charAt(0) !== "$" || salt.charAt(1) !== "2") {
    err = Error("Invalid salt version: " + salt.substring(0, 2));
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  if (salt.charAt(2) === "$") minor = String.fromCharCode(0), offset = 3;
  else {
    minor = salt.charAt(2);
    if (minor !== "a" && minor !== "b" && minor !== "y" || salt.charAt(3) !== "$") {
      err = Error("Invalid salt revision: " + salt.substring(2, 4));
      if (callback) {
        nextTick(callback.bind(this, err));
        return;
      } else throw err;
    }
    offset = 4;
  }
  if (salt.charAt(offset + 2) > "$") {
    err = Error("Missing salt rounds");
    if (callback) {
      nextTick(callback.bind(this, err));
      return;
    } else throw err;
  }
  var r1 = parseInt(salt.substring(offset, offset + 1), 10) * 10, r2 = parseInt(salt.substring(offset + 1, offset + 2), 10), rounds = r1 + r2, real_salt = salt.substring(offset + 3, offset + 25);
  password += minor >= "a" ? "\0" : "";
  var passwordb = utf8Array(password), saltb = base64_decode(real_salt, BCRYPT_SALT_LEN);
  function finish(bytes) {
    var res = [];
    res.push("$2");
    if (minor >= "a") res.push(minor);
    res.push("$");
    if (rounds < 10) res.push("0");
    res.push(rounds.toString());
    res.push("$");
    res.push(base64_encode(saltb, saltb.length));
    res.push(base64_encode(bytes, C_ORIG.length * 4 - 1));
    return res.join("");
  }
  __name(finish, "finish");
  if (typeof callback == "undefined")
    return finish(_crypt(passwordb, saltb, rounds));
  else {
    _crypt(
      passwordb,
      saltb,
      rounds,
      function(err2, bytes) {
        if (err2) callback(err2, null);
        else callback(null, finish(bytes));
      },
      progressCallback
    );
  }
}
__name(_hash, "_hash");
function encodeBase64(bytes, length) {
  return base64_encode(bytes, length);
}
__name(encodeBase64, "encodeBase64");
function decodeBase64(string, length) {
  return base64_decode(string, length);
}
__name(decodeBase64, "decodeBase64");
var bcryptjs_default = {
  setRandomFallback,
  genSaltSync,
  genSalt,
  hashSync,
  hash,
  compareSync,
  compare,
  getRounds,
  getSalt,
  truncates,
  encodeBase64,
  decodeBase64
};

// src/template/hcl2/functions/crypto.ts
var hash2 = /* @__PURE__ */ __name((alg) => strFn((s) => createHash(alg).update(s, "utf8").digest("hex")), "hash");
var NAMESPACES = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
function uuidv5(namespace, name) {
  const ns = NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(ns)) {
    throw new FunctionError(`uuidv5() doesn't support namespace ${namespace}`, 0);
  }
  const bytes = Buffer.from(ns.replace(/-/g, ""), "hex");
  const h = createHash("sha1").update(bytes).update(name, "utf8").digest().subarray(0, 16);
  h[6] = h[6] & 15 | 80;
  h[8] = h[8] & 63 | 128;
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
__name(uuidv5, "uuidv5");
var cryptoFunctions = {
  md5: hash2("md5"),
  sha1: hash2("sha1"),
  sha256: hash2("sha256"),
  sha512: hash2("sha512"),
  bcrypt: {
    params: [p("str", STRING)],
    variadic: p("cost", NUMBER),
    impl: /* @__PURE__ */ __name(([s, ...cost]) => {
      if (cost.length > 1) throw new FunctionError("bcrypt() takes no more than two arguments");
      const c = cost.length ? cost[0] : 10;
      if (!Number.isInteger(c) || c < 4 || c > 31)
        throw new FunctionError(`crypto/bcrypt: cost ${c} is outside allowed range (4,31)`, 1);
      return bcryptjs_default.hashSync(s, bcryptjs_default.genSaltSync(c)).replace(/^\$2b\$/, () => "$2a$");
    }, "impl")
  },
  uuidv4: { params: [], impl: /* @__PURE__ */ __name(() => randomUUID(), "impl") },
  uuidv5: {
    params: [p("namespace", STRING), p("name", STRING)],
    impl: /* @__PURE__ */ __name(([ns, n]) => uuidv5(ns, n), "impl")
  }
};

// src/template/hcl2/functions/datetime.ts
var RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function parseRfc3339(s, arg) {
  const m = RFC3339_RE.exec(s);
  if (!m)
    throw new FunctionError(`not a valid RFC3339 timestamp: cannot use ${JSON.stringify(s)} as year`, arg);
  const offset = /^[zZ]$/.test(m[8]) ? 0 : (m[8][0] === "-" ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
  const frac = m[7] ? m[7].slice(1).padEnd(9, "0").slice(0, 9) : "0";
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) - offset * 6e4;
  return { date: new Date(utc + Math.floor(Number(frac) / 1e6)), offset, nanos: Number(frac) };
}
__name(parseRfc3339, "parseRfc3339");
function formatDate(spec, ts) {
  const { date, offset } = parseRfc3339(ts, 1);
  const t = new Date(date.getTime() + offset * 6e4);
  const pad = /* @__PURE__ */ __name((n, w = 2) => String(n).padStart(w, "0"), "pad");
  const off = /* @__PURE__ */ __name((sep2) => {
    const a = Math.abs(offset);
    return `${offset < 0 ? "-" : "+"}${pad(Math.floor(a / 60))}${sep2}${pad(a % 60)}`;
  }, "off");
  let out = "";
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      const end = spec.indexOf("'", i + 1);
      if (end < 0) throw new FunctionError("unterminated literal '", 0);
      if (end === i + 1) out += "'";
      else out += spec.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (spec[j] === c) j++;
    const tok = spec.slice(i, j);
    i = j;
    const h = t.getUTCHours();
    switch (tok) {
      case "YYYY":
        out += pad(t.getUTCFullYear(), 4);
        break;
      case "YY":
        out += pad(t.getUTCFullYear() % 100);
        break;
      case "MMMM":
        out += LONG_MONTHS[t.getUTCMonth()];
        break;
      case "MMM":
        out += LONG_MONTHS[t.getUTCMonth()].slice(0, 3);
        break;
      case "MM":
        out += pad(t.getUTCMonth() + 1);
        break;
      case "M":
        out += String(t.getUTCMonth() + 1);
        break;
      case "DD":
        out += pad(t.getUTCDate());
        break;
      case "D":
        out += String(t.getUTCDate());
        break;
      case "EEEE":
        out += LONG_DAYS[t.getUTCDay()];
        break;
      case "EEE":
        out += LONG_DAYS[t.getUTCDay()].slice(0, 3);
        break;
      case "hh":
        out += pad(h);
        break;
      case "h":
        out += String(h);
        break;
      case "HH":
        out += pad(h % 12 === 0 ? 12 : h % 12);
        break;
      case "H":
        out += String(h % 12 === 0 ? 12 : h % 12);
        break;
      case "AA":
        out += h < 12 ? "AM" : "PM";
        break;
      case "aa":
        out += h < 12 ? "am" : "pm";
        break;
      case "mm":
        out += pad(t.getUTCMinutes());
        break;
      case "m":
        out += String(t.getUTCMinutes());
        break;
      case "ss":
        out += pad(t.getUTCSeconds());
        break;
      case "s":
        out += String(t.getUTCSeconds());
        break;
      case "ZZZZZ":
        out += off(":");
        break;
      case "ZZZZ":
        out += off("");
        break;
      case "ZZZ":
        out += offset === 0 ? "UTC" : off("");
        break;
      case "Z":
        out += offset === 0 ? "Z" : off(":");
        break;
      default:
        throw new FunctionError(`invalid date format verb ${JSON.stringify(tok)}: unsupported sequence`, 0);
    }
  }
  return out;
}
__name(formatDate, "formatDate");
function rfc3339(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
__name(rfc3339, "rfc3339");
function datetimeFunctions(now) {
  return {
    timestamp: { params: [], impl: /* @__PURE__ */ __name(() => rfc3339(now), "impl") },
    formatdate: {
      params: [p("format", STRING), p("time", STRING)],
      impl: /* @__PURE__ */ __name(([f, t]) => formatDate(f, t), "impl")
    },
    timeadd: {
      params: [p("timestamp", STRING), p("duration", STRING)],
      impl: /* @__PURE__ */ __name(([t, d]) => {
        const { date, offset } = parseRfc3339(t, 0);
        let ns;
        try {
          ns = parseGoDuration(d);
        } catch (err) {
          if (err instanceof DurationError) throw new FunctionError(err.message, 1);
          throw err;
        }
        const res = new Date(date.getTime() + Number(ns / 1000000n));
        if (offset === 0) return rfc3339(res);
        const local = new Date(res.getTime() + offset * 6e4);
        const a = Math.abs(offset);
        return `${local.toISOString().slice(0, 19)}${offset < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
      }, "impl")
    },
    legacy_isotime: {
      params: [p("format", STRING)],
      impl: /* @__PURE__ */ __name(([f]) => goTimeFormat(now, f), "impl")
    },
    legacy_strftime: {
      params: [p("format", STRING)],
      impl: /* @__PURE__ */ __name(([f]) => strftime(f, now), "impl")
    }
  };
}
__name(datetimeFunctions, "datetimeFunctions");

// src/template/hcl2/functions/encoding.ts
var import_yaml = __toESM(require_dist(), 1);
import { gzipSync } from "node:zlib";
function jsonEncode(v) {
  return JSON.stringify(toJson(v)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
__name(jsonEncode, "jsonEncode");
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field2 = "";
  let quoted = false;
  let i = 0;
  let atStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field2 += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field2 += c;
        i++;
      }
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
      i++;
    } else if (c === ",") {
      row.push(field2);
      field2 = "";
      atStart = true;
      i++;
    } else if (c === "\n" || c === "\r" && text[i + 1] === "\n") {
      row.push(field2);
      rows.push(row);
      row = [];
      field2 = "";
      atStart = true;
      i += c === "\r" ? 2 : 1;
    } else {
      field2 += c;
      atStart = false;
      i++;
    }
  }
  if (quoted) throw new FunctionError('extraneous or missing " in quoted-field');
  if (field2 !== "" || row.length > 0) {
    row.push(field2);
    rows.push(row);
  }
  return rows;
}
__name(parseCsv, "parseCsv");
var encodingFunctions = {
  base64encode: strFn((s) => Buffer.from(s, "utf8").toString("base64")),
  base64decode: {
    params: [p("str", STRING)],
    impl: /* @__PURE__ */ __name(([s]) => {
      const str2 = s;
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(str2) || str2.length % 4 !== 0) {
        throw new FunctionError(`failed to decode base64 data "${str2}"`, 0);
      }
      const buf = Buffer.from(str2, "base64");
      const out = buf.toString("utf8");
      if (!Buffer.from(out, "utf8").equals(buf))
        throw new FunctionError("the result of decoding the provided string is not valid UTF-8", 0);
      return out;
    }, "impl")
  },
  base64gzip: strFn((s) => gzipSync(Buffer.from(s, "utf8")).toString("base64")),
  textencodebase64: {
    params: [p("string", STRING), p("encoding", STRING)],
    impl: /* @__PURE__ */ __name(([s, enc]) => {
      const e = enc.toLowerCase().replace(/[-_]/g, "");
      const map = {
        utf8: "utf8",
        utf16le: "utf16le",
        latin1: "latin1",
        iso88591: "latin1"
      };
      if (!map[e])
        throw new FunctionError(
          `"${enc}" is not a supported IANA encoding name or alias in this Packer version`,
          1
        );
      return Buffer.from(s, map[e]).toString("base64");
    }, "impl")
  },
  textdecodebase64: {
    params: [p("source", STRING), p("encoding", STRING)],
    impl: /* @__PURE__ */ __name(([s, enc]) => {
      const e = enc.toLowerCase().replace(/[-_]/g, "");
      const map = {
        utf8: "utf8",
        utf16le: "utf16le",
        latin1: "latin1",
        iso88591: "latin1"
      };
      if (!map[e])
        throw new FunctionError(
          `"${enc}" is not a supported IANA encoding name or alias in this Packer version`,
          1
        );
      return Buffer.from(s, "base64").toString(map[e]);
    }, "impl")
  },
  jsonencode: { params: [p("val", ANY, { allowNull: true })], impl: /* @__PURE__ */ __name(([v]) => jsonEncode(v), "impl") },
  jsondecode: {
    params: [p("str", STRING)],
    impl: /* @__PURE__ */ __name(([s]) => {
      try {
        return fromJson(JSON.parse(s));
      } catch (err) {
        throw new FunctionError(err.message, 0);
      }
    }, "impl")
  },
  yamlencode: {
    params: [p("value", ANY, { allowNull: true })],
    // go-yaml as cty's yamlencode drives it: every string double-quoted, sequences not indented.
    impl: /* @__PURE__ */ __name(([v]) => (0, import_yaml.stringify)(toJson(v), {
      lineWidth: 0,
      defaultStringType: "QUOTE_DOUBLE",
      defaultKeyType: "QUOTE_DOUBLE",
      indentSeq: false
    }), "impl")
  },
  yamldecode: {
    params: [p("src", STRING)],
    impl: /* @__PURE__ */ __name(([s]) => {
      try {
        return fromJson((0, import_yaml.parse)(s, { maxAliasCount: 100 }));
      } catch (err) {
        throw new FunctionError(err.message.split("\n")[0], 0);
      }
    }, "impl")
  },
  csvdecode: {
    params: [p("str", STRING)],
    impl: /* @__PURE__ */ __name(([s]) => {
      const rows = parseCsv(s);
      if (rows.length === 0) throw new FunctionError("missing header line");
      const [head, ...body] = rows;
      return body.map((r, i) => {
        if (r.length !== head.length)
          throw new FunctionError(`record on line ${i + 2}: wrong number of fields`);
        return new ObjectValue(new Map(head.map((h, j) => [h, r[j]])));
      });
    }, "impl")
  },
  urlencode: strFn(
    (s) => (
      // Go's url.QueryEscape: space becomes +, and only unreserved characters are kept.
      encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, "+")
    )
  )
};

// src/template/hcl2/functions/filesystem.ts
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { posix, resolve } from "node:path";

// src/template/hcl2/parser.ts
var MAX_DEPTH = 128;
var MAX_DIAGNOSTICS = 50;
var SyntaxAbort = class extends Error {
  static {
    __name(this, "SyntaxAbort");
  }
};
var BINARY_LEVELS = [
  ["||"],
  ["&&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["+", "-"],
  ["*", "/", "%"]
];
var PUNCT3 = ["..."];
var PUNCT2 = ["==", "!=", "<=", ">=", "&&", "||", "=>"];
var PUNCT1 = "{}[]()=,.?:!+-*/%<>~";
function isIdStart(c) {
  return /^[\p{L}\p{Nl}_]$/u.test(c);
}
__name(isIdStart, "isIdStart");
function isIdContinue(c) {
  return /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_-]$/u.test(c);
}
__name(isIdContinue, "isIdContinue");
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
__name(isDigit, "isDigit");
function parseHcl(src, file) {
  return new Parser(src, file).parseFile();
}
__name(parseHcl, "parseHcl");
function parseHclExpression(src, file) {
  return new Parser(src, file).parseLoneExpression();
}
__name(parseHclExpression, "parseHclExpression");
function parseHclTemplate(src, file) {
  return new Parser(src, file).parseBareTemplate();
}
__name(parseHclTemplate, "parseHclTemplate");
var Parser = class {
  constructor(src, file) {
    this.src = src;
    this.file = file;
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }
  src;
  file;
  static {
    __name(this, "Parser");
  }
  pos = 0;
  lineStarts = [0];
  diags = [];
  nlIgnore = [false];
  depth = 0;
  // ---- positions ---------------------------------------------------------------------------
  at(offset) {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - ls[lo] + 1, offset };
  }
  range(s, e) {
    return { file: this.file, start: this.at(s), end: this.at(Math.max(s, e)) };
  }
  fail(s, e, summary, detail) {
    this.report(s, e, summary, detail);
    throw new SyntaxAbort(summary);
  }
  report(s, e, summary, detail) {
    if (this.diags.length < MAX_DIAGNOSTICS) {
      this.diags.push({ severity: "error", summary, detail, range: this.range(s, e) });
    }
  }
  // ---- lexer -------------------------------------------------------------------------------
  skipSpace(p2, ignoreNl) {
    const src = this.src;
    for (; ; ) {
      const c = src[p2];
      if (c === " " || c === "	" || c === "\r" || ignoreNl && c === "\n") {
        p2++;
      } else if (c === "#" || c === "/" && src[p2 + 1] === "/") {
        while (p2 < src.length && src[p2] !== "\n") p2++;
      } else if (c === "/" && src[p2 + 1] === "*") {
        const end = src.indexOf("*/", p2 + 2);
        if (end < 0)
          this.fail(p2, p2 + 2, "Unterminated template string", "No closing marker was found for the comment.");
        p2 = end + 2;
      } else {
        return p2;
      }
    }
  }
  lex(p2, ignoreNl) {
    const src = this.src;
    p2 = this.skipSpace(p2, ignoreNl);
    if (p2 >= src.length) return { t: "eof", s: p2, e: p2 };
    const c = src[p2];
    if (c === "\n") return { t: "nl", s: p2, e: p2 + 1 };
    const cp = String.fromCodePoint(src.codePointAt(p2) ?? 0);
    if (isIdStart(cp)) {
      let e = p2 + cp.length;
      for (; ; ) {
        const n = String.fromCodePoint(src.codePointAt(e) ?? 0);
        if (e < src.length && isIdContinue(n)) e += n.length;
        else break;
      }
      return { t: "id", s: p2, e };
    }
    if (isDigit(c)) {
      let e = p2;
      while (isDigit(src[e])) e++;
      if (src[e] === "." && isDigit(src[e + 1])) {
        e++;
        while (isDigit(src[e])) e++;
      }
      if ((src[e] === "e" || src[e] === "E") && (isDigit(src[e + 1]) || "+-".includes(src[e + 1] ?? "x") && isDigit(src[e + 2]))) {
        e += 2;
        while (isDigit(src[e])) e++;
      }
      return { t: "num", s: p2, e };
    }
    if (c === '"') return { t: "str", s: p2, e: p2 + 1 };
    if (c === "<" && src[p2 + 1] === "<") {
      let q = p2 + 2;
      if (src[q] === "-") q++;
      if (isIdStart(src[q] ?? "")) return { t: "heredoc", s: p2, e: q };
    }
    for (const x of PUNCT3) if (src.startsWith(x, p2)) return { t: x, s: p2, e: p2 + 3 };
    for (const x of PUNCT2) if (src.startsWith(x, p2)) return { t: x, s: p2, e: p2 + 2 };
    if (PUNCT1.includes(c)) return { t: c, s: p2, e: p2 + 1 };
    return { t: "bad", s: p2, e: p2 + cp.length };
  }
  peek() {
    return this.lex(this.pos, this.nlIgnore[this.nlIgnore.length - 1]);
  }
  next() {
    const t = this.peek();
    this.pos = t.e;
    return t;
  }
  text(t) {
    return this.src.slice(t.s, t.e);
  }
  describe(t) {
    if (t.t === "eof") return "end of file";
    if (t.t === "nl") return "newline";
    return `"${this.text(t)}"`;
  }
  expect(type, summary, detail) {
    const t = this.peek();
    if (t.t !== type) this.fail(t.s, t.e, summary, detail);
    return this.next();
  }
  withNl(ignore, f) {
    this.nlIgnore.push(ignore);
    try {
      return f();
    } finally {
      this.nlIgnore.pop();
    }
  }
  enter(s) {
    if (++this.depth > MAX_DEPTH) {
      this.fail(
        s,
        s + 1,
        "Nesting too deep",
        `Expressions and blocks may be nested at most ${MAX_DEPTH} levels deep.`
      );
    }
  }
  // ---- bodies ------------------------------------------------------------------------------
  parseFile() {
    let body;
    try {
      body = this.parseBody(true, 0);
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      body = { attributes: [], blocks: [], range: this.range(0, this.src.length) };
    }
    return { body, diagnostics: this.diags };
  }
  parseLoneExpression() {
    try {
      const expr = this.withNl(true, () => this.parseExpr());
      const t = this.withNl(true, () => this.peek());
      if (t.t !== "eof")
        this.fail(
          t.s,
          t.e,
          "Extra characters after expression",
          "An expression was successfully parsed, but extra characters were found after it."
        );
      return { expr, diagnostics: this.diags };
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      return { diagnostics: this.diags };
    }
  }
  parseBareTemplate() {
    try {
      const items = this.scanTemplate(0, "heredoc", this.src.length, 0);
      const parts = this.buildTemplate(items);
      return {
        expr: { kind: "template", parts, range: this.range(0, this.src.length) },
        diagnostics: this.diags
      };
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      return { diagnostics: this.diags };
    }
  }
  parseBody(top, start) {
    const attributes = [];
    const blocks = [];
    const seen = /* @__PURE__ */ new Map();
    for (; ; ) {
      if (this.diags.length >= MAX_DIAGNOSTICS) throw new SyntaxAbort("too many errors");
      const t = this.peek();
      if (t.t === "nl") {
        this.next();
        continue;
      }
      if (t.t === "eof") {
        if (!top)
          this.fail(
            t.s,
            t.e,
            "Unclosed configuration block",
            "There is no closing brace for this block before the end of the file."
          );
        return { attributes, blocks, range: this.range(start, t.s) };
      }
      if (t.t === "}") {
        if (top) {
          this.report(
            t.s,
            t.e,
            "Argument or block definition required",
            "An argument or block definition is required here."
          );
          this.next();
          continue;
        }
        return { attributes, blocks, range: this.range(start, t.e) };
      }
      try {
        const item = this.parseBodyItem();
        if ("expr" in item) {
          const prev = seen.get(item.name);
          if (prev) {
            this.report(
              item.nameRange.start.offset,
              item.nameRange.end.offset,
              "Attribute redefined",
              `The argument "${item.name}" was already set at ${prev.file}:${prev.start.line},${prev.start.column}-${prev.end.column}. Each argument may be set only once.`
            );
          } else {
            seen.set(item.name, item.nameRange);
            attributes.push(item);
          }
        } else {
          blocks.push(item);
        }
      } catch (err) {
        if (!(err instanceof SyntaxAbort)) throw err;
        if (this.diags.length >= MAX_DIAGNOSTICS) throw err;
        this.recover();
      }
    }
  }
  /** Skips to the end of the current line at this nesting level (not past a closing brace). */
  recover() {
    this.nlIgnore.length = 1;
    this.depth = 0;
    let depth = 0;
    for (; ; ) {
      let t;
      try {
        t = this.lex(this.pos, false);
      } catch (err) {
        if (!(err instanceof SyntaxAbort)) throw err;
        this.pos = this.src.length;
        return;
      }
      if (t.t === "eof") return;
      if (t.t === "nl" && depth <= 0) return;
      if (t.t === "}" && depth <= 0) return;
      if (t.t === "{" || t.t === "[" || t.t === "(") depth++;
      if (t.t === "}" || t.t === "]" || t.t === ")") depth--;
      if (t.t === "str") {
        let p2 = t.e;
        while (p2 < this.src.length && this.src[p2] !== '"' && this.src[p2] !== "\n")
          p2 += this.src[p2] === "\\" ? 2 : 1;
        this.pos = this.src[p2] === '"' ? p2 + 1 : p2;
        continue;
      }
      this.pos = t.e;
    }
  }
  parseBodyItem() {
    const name = this.next();
    if (name.t !== "id") {
      this.fail(
        name.s,
        name.e,
        "Argument or block definition required",
        "An argument or block definition is required here."
      );
    }
    const nameText = this.text(name);
    const t = this.peek();
    if (t.t === "=") {
      this.next();
      const expr = this.parseExpr();
      this.endOfItem("argument definition", "An argument definition must end with a newline.");
      return {
        name: nameText,
        nameRange: this.range(name.s, name.e),
        expr,
        range: this.range(name.s, expr.range.end.offset)
      };
    }
    const labels = [];
    const labelRanges = [];
    for (; ; ) {
      const l = this.peek();
      if (l.t === "id") {
        this.next();
        labels.push(this.text(l));
        labelRanges.push(this.range(l.s, l.e));
      } else if (l.t === "str") {
        this.next();
        const { value, end } = this.parseLabelString(l.s);
        labels.push(value);
        labelRanges.push(this.range(l.s, end));
      } else if (l.t === "{") {
        break;
      } else {
        const hint = l.t === "nl" || l.t === "eof" ? "newline" : this.describe(l);
        this.fail(
          l.s,
          l.e,
          "Invalid block definition",
          `Either a quoted string block label or an opening brace ("{") is expected here, found ${hint}. To set an argument, use the equals sign "=".`
        );
      }
    }
    const open2 = this.next();
    this.enter(open2.s);
    const inner = this.peek();
    let body;
    if (inner.t === "nl" || inner.t === "}") {
      body = this.parseBody(false, open2.s);
    } else {
      const attr = this.parseBodyItem1Line();
      const close2 = this.expect(
        "}",
        "Invalid single-argument block definition",
        "A single-line block definition must end with a closing brace immediately after its single argument definition."
      );
      body = { attributes: attr ? [attr] : [], blocks: [], range: this.range(open2.s, close2.e) };
      this.pos = close2.s;
    }
    const close = this.next();
    this.depth--;
    this.endOfItem("block definition", "A block definition must end with a newline.");
    return {
      type: nameText,
      typeRange: this.range(name.s, name.e),
      labels,
      labelRanges,
      body,
      range: this.range(name.s, close.e)
    };
  }
  parseBodyItem1Line() {
    const name = this.next();
    if (name.t !== "id" || this.peek().t !== "=") {
      this.fail(
        name.s,
        name.e,
        "Invalid single-argument block definition",
        "A single-line block definition can contain only a single argument. If you meant to define argument, use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block."
      );
    }
    this.next();
    const expr = this.parseExpr();
    return {
      name: this.text(name),
      nameRange: this.range(name.s, name.e),
      expr,
      range: this.range(name.s, expr.range.end.offset)
    };
  }
  endOfItem(what, detail) {
    const t = this.peek();
    if (t.t === "nl") {
      this.next();
    } else if (t.t !== "eof" && t.t !== "}") {
      this.fail(t.s, t.e, `Missing newline after ${what}`, detail);
    }
  }
  parseLabelString(start) {
    const items = this.scanTemplate(start + 1, "quoted", this.src.length, 0);
    const parts = items.filter((i) => i.k !== "lit");
    if (parts.length > 0) {
      this.fail(
        parts[0].s,
        parts[0].e,
        "Invalid block label",
        "Block labels may not contain interpolation or directives."
      );
    }
    return { value: items.map((i) => i.k === "lit" ? i.value : "").join(""), end: this.pos };
  }
  // ---- expressions -------------------------------------------------------------------------
  parseExpr() {
    const start = this.peek().s;
    this.enter(start);
    try {
      const cond = this.parseBinary(0);
      if (this.peek().t !== "?") return cond;
      this.next();
      const then = this.parseExpr();
      this.expect(
        ":",
        "Missing false expression in conditional",
        "The conditional operator (...?...:...) requires a false expression, delimited by a colon."
      );
      const els = this.parseExpr();
      return {
        kind: "conditional",
        cond,
        whenTrue: then,
        whenFalse: els,
        range: this.range(cond.range.start.offset, els.range.end.offset)
      };
    } finally {
      this.depth--;
    }
  }
  parseBinary(level) {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    const ops = BINARY_LEVELS[level];
    for (; ; ) {
      const t = this.peek();
      if (!ops.includes(t.t)) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      left = {
        kind: "binary",
        op: t.t,
        left,
        right,
        range: this.range(left.range.start.offset, right.range.end.offset)
      };
    }
  }
  parseUnary() {
    const t = this.peek();
    if (t.t === "-" || t.t === "!") {
      this.next();
      this.enter(t.s);
      try {
        const operand = this.parseUnary();
        return { kind: "unary", op: t.t, operand, range: this.range(t.s, operand.range.end.offset) };
      } finally {
        this.depth--;
      }
    }
    return this.parsePostfix(this.parsePrimary());
  }
  parsePostfix(expr) {
    for (; ; ) {
      const t = this.peek();
      if (t.t === ".") {
        this.next();
        const attrOrIndex = this.parseDotTraverser(t.s);
        if (attrOrIndex === "splat") {
          const each = [];
          let end = this.pos;
          for (; ; ) {
            const n = this.peek();
            if (n.t !== ".") break;
            this.next();
            const tr = this.parseDotTraverser(n.s);
            if (tr === "splat")
              this.fail(
                n.s,
                this.pos,
                "Nested splat expression not allowed",
                "A splat expression (*) cannot be used inside another attribute-only splat expression."
              );
            each.push(tr);
            end = this.pos;
          }
          expr = { kind: "splat", source: expr, each, range: this.range(expr.range.start.offset, end) };
        } else if (attrOrIndex.kind === "attr") {
          expr = {
            kind: "getattr",
            source: expr,
            name: attrOrIndex.name,
            range: this.range(expr.range.start.offset, this.pos)
          };
        } else {
          expr = {
            kind: "index",
            source: expr,
            key: attrOrIndex.key,
            range: this.range(expr.range.start.offset, this.pos)
          };
        }
      } else if (t.t === "[") {
        this.next();
        const inner = this.withNl(true, () => {
          const star = this.peek();
          if (star.t === "*") {
            const save = this.pos;
            this.next();
            if (this.peek().t === "]") {
              this.next();
              return "splat";
            }
            this.pos = save;
          }
          const key = this.parseExpr();
          this.expect(
            "]",
            "Missing close bracket on index",
            'The index operator must end with a closing bracket ("]").'
          );
          return key;
        });
        if (inner === "splat") {
          const each = [];
          let end = this.pos;
          for (; ; ) {
            const n = this.peek();
            if (n.t === ".") {
              this.next();
              const tr = this.parseDotTraverser(n.s);
              if (tr === "splat")
                this.fail(
                  n.s,
                  this.pos,
                  "Nested splat expression not allowed",
                  "A splat expression (*) cannot be used inside another splat expression."
                );
              each.push(tr);
            } else if (n.t === "[") {
              this.next();
              const key = this.withNl(true, () => {
                const k = this.parseExpr();
                this.expect(
                  "]",
                  "Missing close bracket on index",
                  'The index operator must end with a closing bracket ("]").'
                );
                return k;
              });
              each.push({ kind: "index", key, range: this.range(n.s, this.pos) });
            } else {
              break;
            }
            end = this.pos;
          }
          expr = { kind: "splat", source: expr, each, range: this.range(expr.range.start.offset, end) };
        } else {
          expr = {
            kind: "index",
            source: expr,
            key: inner,
            range: this.range(expr.range.start.offset, this.pos)
          };
        }
      } else {
        return expr;
      }
    }
  }
  /** After a `.`: an attribute name, a legacy numeric index (`.0`) or `*`. */
  parseDotTraverser(dot) {
    const p2 = this.pos;
    if (isDigit(this.src[p2])) {
      let e = p2;
      while (isDigit(this.src[e])) e++;
      this.pos = e;
      const key = { kind: "literal", value: Number(this.src.slice(p2, e)), range: this.range(p2, e) };
      return { kind: "index", key, range: this.range(dot, e) };
    }
    const t = this.peek();
    if (t.t === "*") {
      this.next();
      return "splat";
    }
    if (t.t !== "id") {
      this.fail(t.s, t.e, "Invalid attribute name", "An attribute name is required after a dot.");
    }
    this.next();
    return { kind: "attr", name: this.text(t), range: this.range(dot, t.e) };
  }
  parsePrimary() {
    const t = this.peek();
    switch (t.t) {
      case "num": {
        this.next();
        return { kind: "literal", value: Number(this.text(t)), range: this.range(t.s, t.e) };
      }
      case "id": {
        this.next();
        const name = this.text(t);
        if (this.peek().t === "(") return this.parseCall(name, t);
        if (name === "true" || name === "false")
          return { kind: "literal", value: name === "true", range: this.range(t.s, t.e) };
        if (name === "null") return { kind: "literal", value: null, range: this.range(t.s, t.e) };
        return { kind: "variable", name, range: this.range(t.s, t.e) };
      }
      case "str": {
        this.next();
        const items = this.scanTemplate(t.e, "quoted", this.src.length, 0);
        return { kind: "template", parts: this.buildTemplate(items), range: this.range(t.s, this.pos) };
      }
      case "heredoc":
        return this.parseHeredoc(t);
      case "(": {
        this.next();
        const expr = this.withNl(true, () => {
          const e = this.parseExpr();
          this.expect(
            ")",
            "Unbalanced parentheses",
            "Expected a closing parenthesis to terminate the expression."
          );
          return e;
        });
        return { kind: "paren", expr, range: this.range(t.s, this.pos) };
      }
      case "[":
        return this.parseTuple(t);
      case "{":
        return this.parseObject(t);
      default:
        this.fail(
          t.s,
          t.e,
          "Invalid expression",
          "Expected the start of an expression, but found an invalid expression token."
        );
    }
  }
  parseCall(name, nameTok) {
    this.next();
    return this.withNl(true, () => {
      const args = [];
      let expandFinal = false;
      for (; ; ) {
        const t = this.peek();
        if (t.t === ")") break;
        if (expandFinal)
          this.fail(
            t.s,
            t.e,
            "Missing closing parenthesis",
            "An expanded function argument (with ...) must be immediately followed by closing parentheses."
          );
        args.push(this.parseExpr());
        const n = this.peek();
        if (n.t === "...") {
          this.next();
          expandFinal = true;
        }
        const sep2 = this.peek();
        if (sep2.t === ",") {
          this.next();
          continue;
        }
        if (sep2.t !== ")") {
          this.fail(
            sep2.s,
            sep2.e,
            "Missing argument separator",
            "A comma is required to separate each function argument from the next."
          );
        }
      }
      const close = this.next();
      return {
        kind: "call",
        name,
        args,
        expandFinal,
        nameRange: this.range(nameTok.s, nameTok.e),
        range: this.range(nameTok.s, close.e)
      };
    });
  }
  isForIntro() {
    const t = this.peek();
    if (t.t !== "id" || this.text(t) !== "for") return false;
    const n = this.lex(t.e, true);
    return n.t === "id";
  }
  parseTuple(open2) {
    this.next();
    return this.withNl(true, () => {
      if (this.isForIntro()) return this.parseFor(open2, "]");
      const items = [];
      for (; ; ) {
        const t = this.peek();
        if (t.t === "]") break;
        items.push(this.parseExpr());
        const sep2 = this.peek();
        if (sep2.t === ",") {
          this.next();
          continue;
        }
        if (sep2.t !== "]")
          this.fail(
            sep2.s,
            sep2.e,
            "Missing item separator",
            "Expected a comma to mark the beginning of the next item."
          );
      }
      const close = this.next();
      return { kind: "tuple", items, range: this.range(open2.s, close.e) };
    });
  }
  parseObject(open2) {
    this.next();
    if (this.withNl(true, () => this.isForIntro())) {
      return this.withNl(true, () => this.parseFor(open2, "}"));
    }
    return this.withNl(false, () => {
      const items = [];
      for (; ; ) {
        let t = this.peek();
        while (t.t === "nl") {
          this.next();
          t = this.peek();
        }
        if (t.t === "}") break;
        let key;
        if (t.t === "id" && ["=", ":"].includes(this.lex(t.e, false).t)) {
          this.next();
          key = { kind: "literal", value: this.text(t), range: this.range(t.s, t.e) };
        } else {
          key = this.withNl(true, () => this.parseExpr());
        }
        const eq = this.peek();
        if (eq.t !== "=" && eq.t !== ":") {
          this.fail(
            eq.s,
            eq.e,
            "Missing key/value separator",
            'Expected an equals sign ("=") to mark the beginning of the attribute value.'
          );
        }
        this.next();
        const value = this.parseExpr();
        items.push({ key, value });
        const sep2 = this.peek();
        if (sep2.t === "," || sep2.t === "nl") {
          this.next();
          continue;
        }
        if (sep2.t !== "}")
          this.fail(
            sep2.s,
            sep2.e,
            "Missing attribute separator",
            "Expected a newline or comma to mark the beginning of the next attribute."
          );
      }
      const close = this.next();
      return { kind: "object", items, range: this.range(open2.s, close.e) };
    });
  }
  parseFor(open2, close) {
    this.next();
    const first = this.expect(
      "id",
      "Invalid 'for' expression",
      "For expression requires variable name after 'for'."
    );
    let keyVar;
    let valVar = this.text(first);
    if (this.peek().t === ",") {
      this.next();
      const second = this.expect(
        "id",
        "Invalid 'for' expression",
        "For expression requires value variable name after comma."
      );
      keyVar = valVar;
      valVar = this.text(second);
    }
    const inTok = this.next();
    if (inTok.t !== "id" || this.text(inTok) !== "in") {
      this.fail(
        inTok.s,
        inTok.e,
        "Invalid 'for' expression",
        "For expression requires the 'in' keyword after its name declarations."
      );
    }
    const coll = this.parseExpr();
    this.expect(
      ":",
      "Invalid 'for' expression",
      "For expression requires a colon after the collection expression."
    );
    let keyExpr;
    let valExpr = this.parseExpr();
    let group = false;
    if (close === "}") {
      this.expect("=>", "Invalid 'for' expression", "Key expression is required when building an object.");
      keyExpr = valExpr;
      valExpr = this.parseExpr();
      if (this.peek().t === "...") {
        this.next();
        group = true;
      }
    } else if (this.peek().t === "=>") {
      const t = this.peek();
      this.fail(t.s, t.e, "Invalid 'for' expression", "Key expression is not valid when building a tuple.");
    }
    let cond;
    const ifTok = this.peek();
    if (ifTok.t === "id" && this.text(ifTok) === "if") {
      this.next();
      cond = this.parseExpr();
    }
    const end = this.peek();
    if (end.t !== close) {
      this.fail(
        end.s,
        end.e,
        "Invalid 'for' expression",
        `Extra characters after the end of the 'for' expression; expected "${close}".`
      );
    }
    this.next();
    return {
      kind: "for",
      keyVar,
      valVar,
      coll,
      keyExpr,
      valExpr,
      cond,
      group,
      range: this.range(open2.s, end.e)
    };
  }
  // ---- templates ---------------------------------------------------------------------------
  parseHeredoc(t) {
    const src = this.src;
    const flush = src[t.s + 2] === "-";
    let e = t.e;
    while (e < src.length && isIdContinue(src[e])) e++;
    const marker = src.slice(t.e, e);
    let p2 = e;
    if (src[p2] === "\r") p2++;
    if (src[p2] !== "\n") {
      this.fail(
        t.s,
        e,
        "Invalid heredoc introduction",
        `A heredoc introduction must be followed immediately by a newline; the marker "${marker}" is not.`
      );
    }
    const bodyStart = p2 + 1;
    let lineStart = bodyStart;
    let termStart = -1;
    let termEnd = -1;
    while (lineStart <= src.length) {
      let lineEnd = src.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = src.length;
      const line = src.slice(lineStart, lineEnd).replace(/\r$/, "");
      if (line.trim() === marker) {
        termStart = lineStart;
        termEnd = lineStart + line.indexOf(marker) + marker.length;
        break;
      }
      if (lineEnd >= src.length) break;
      lineStart = lineEnd + 1;
    }
    if (termStart < 0) {
      this.fail(
        t.s,
        e,
        "Unterminated template string",
        `No closing marker was found for the heredoc "${marker}" before the end of the file.`
      );
    }
    let indent = 0;
    if (flush) {
      indent = Number.POSITIVE_INFINITY;
      for (const line of src.slice(bodyStart, termStart).split("\n")) {
        if (line.trim() === "") continue;
        const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
        indent = Math.min(indent, lead);
      }
      if (!Number.isFinite(indent)) indent = 0;
    }
    const items = this.scanTemplate(bodyStart, "heredoc", termStart, indent);
    this.pos = termEnd;
    return { kind: "template", parts: this.buildTemplate(items), range: this.range(t.s, termEnd) };
  }
  /**
   * Scans template characters from `p`: up to the closing quote (quoted) or `end` (heredoc). Leaves
   * `this.pos` after the template.
   */
  scanTemplate(p2, mode, end, indent) {
    const src = this.src;
    const items = [];
    let lit = "";
    let litStart = p2;
    let lineStart = mode === "heredoc";
    const flushLit = /* @__PURE__ */ __name((e) => {
      if (lit !== "") items.push({ k: "lit", value: lit, s: litStart, e });
      lit = "";
    }, "flushLit");
    for (; ; ) {
      if (lineStart && indent > 0) {
        let n = 0;
        while (n < indent && (src[p2] === " " || src[p2] === "	") && p2 < end) {
          p2++;
          n++;
        }
      }
      lineStart = false;
      if (p2 >= end) {
        if (mode === "quoted") {
          this.fail(
            litStart,
            p2,
            "Unterminated template string",
            "No closing marker was found for the string."
          );
        }
        flushLit(p2);
        this.pos = p2;
        return items;
      }
      const c = src[p2];
      if (mode === "quoted" && c === '"') {
        flushLit(p2);
        this.pos = p2 + 1;
        return items;
      }
      if (mode === "quoted" && c === "\n") {
        this.fail(litStart, p2, "Unterminated template string", "No closing marker was found for the string.");
      }
      if ((c === "$" || c === "%") && src[p2 + 1] === c && src[p2 + 2] === "{") {
        if (lit === "") litStart = p2;
        lit += `${c}{`;
        p2 += 3;
        continue;
      }
      if ((c === "$" || c === "%") && src[p2 + 1] === "{") {
        flushLit(p2);
        p2 = this.scanTemplateSequence(p2, c === "$", items);
        litStart = p2;
        continue;
      }
      if (lit === "") litStart = p2;
      if (mode === "quoted" && c === "\\") {
        const [value, n] = this.escape(p2);
        lit += value;
        p2 += n;
        continue;
      }
      lit += c;
      p2++;
      if (c === "\n") lineStart = true;
    }
  }
  escape(p2) {
    const src = this.src;
    const c = src[p2 + 1];
    const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
    if (c !== void 0 && c in simple) return [simple[c], 2];
    if (c === "u" || c === "U") {
      const len = c === "u" ? 4 : 8;
      const hex = src.slice(p2 + 2, p2 + 2 + len);
      if (/^[0-9A-Fa-f]+$/.test(hex) && hex.length === len) {
        const code = Number.parseInt(hex, 16);
        if (code <= 1114111 && !(code >= 55296 && code <= 57343))
          return [String.fromCodePoint(code), 2 + len];
      }
      this.fail(
        p2,
        p2 + 2,
        "Invalid escape sequence",
        `The \\${c} escape sequence must be followed by ${len} hexadecimal digits naming a Unicode character.`
      );
    }
    this.fail(
      p2,
      p2 + 2,
      "Invalid escape sequence",
      `The symbol ${JSON.stringify(c ?? "")} is not a valid escape sequence selector.`
    );
  }
  /** Parses `${ expr }` or `%{ directive }` starting at `p`; returns the offset after it. */
  scanTemplateSequence(p2, interp, items) {
    const s = p2;
    p2 += 2;
    let sl = false;
    if (this.src[p2] === "~") {
      sl = true;
      p2++;
    }
    this.pos = p2;
    const closeSeq = /* @__PURE__ */ __name(() => {
      let sr = false;
      if (this.peek().t === "~") {
        this.next();
        sr = true;
      }
      this.expect(
        "}",
        interp ? "Extra characters after interpolation expression" : "Extra characters in template directive",
        interp ? "Expected a closing brace to end the interpolation expression, but found extra characters." : "Expected a closing brace to end the directive."
      );
      return sr;
    }, "closeSeq");
    this.enter(s);
    try {
      return this.withNl(true, () => {
        if (interp) {
          const expr = this.parseExpr();
          const sr = closeSeq();
          items.push({ k: "interp", expr, sl, sr, s, e: this.pos });
          return this.pos;
        }
        const kw = this.next();
        const word = kw.t === "id" ? this.text(kw) : "";
        if (word === "if") {
          const cond = this.parseExpr();
          const sr = closeSeq();
          items.push({ k: "if", cond, sl, sr, s, e: this.pos });
        } else if (word === "else" || word === "endif" || word === "endfor") {
          const sr = closeSeq();
          items.push({ k: word, sl, sr, s, e: this.pos });
        } else if (word === "for") {
          const a = this.expect(
            "id",
            "Invalid 'for' directive",
            "For directive requires variable name after 'for'."
          );
          let keyVar;
          let valVar = this.text(a);
          if (this.peek().t === ",") {
            this.next();
            const b = this.expect(
              "id",
              "Invalid 'for' directive",
              "For directive requires value variable name after comma."
            );
            keyVar = valVar;
            valVar = this.text(b);
          }
          const inTok = this.next();
          if (inTok.t !== "id" || this.text(inTok) !== "in") {
            this.fail(
              inTok.s,
              inTok.e,
              "Invalid 'for' directive",
              "For directive requires 'in' keyword after names."
            );
          }
          const coll = this.parseExpr();
          const sr = closeSeq();
          items.push({ k: "for", keyVar, valVar, coll, sl, sr, s, e: this.pos });
        } else {
          this.fail(
            kw.s,
            kw.e,
            "Invalid template directive",
            'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.'
          );
        }
        return this.pos;
      });
    } finally {
      this.depth--;
    }
  }
  /** Applies strip markers and nests `if`/`for` directives. */
  buildTemplate(items) {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.k === "lit") continue;
      const prev = items[i - 1];
      const next = items[i + 1];
      if (it.sl && prev?.k === "lit") prev.value = prev.value.replace(/\s+$/u, "");
      if (it.sr && next?.k === "lit") next.value = next.value.replace(/^\s+/u, "");
    }
    const stack = [{ parts: [] }];
    const cur = /* @__PURE__ */ __name(() => {
      const f = stack[stack.length - 1];
      return f.elseParts ?? f.parts;
    }, "cur");
    for (const it of items) {
      const range = this.range(it.s, it.e);
      switch (it.k) {
        case "lit":
          if (it.value !== "") cur().push({ kind: "literal", value: it.value, range });
          break;
        case "interp":
          cur().push({ kind: "interp", expr: it.expr, range });
          break;
        case "if":
        case "for":
          stack.push({ open: it, parts: [] });
          break;
        case "else": {
          const f = stack[stack.length - 1];
          if (f.open?.k !== "if" || f.elseParts)
            this.fail(
              it.s,
              it.e,
              "Unexpected else directive",
              "An else directive must be inside an if directive, and only one is allowed."
            );
          f.elseParts = [];
          break;
        }
        case "endif":
        case "endfor": {
          const f = stack[stack.length - 1];
          const want = it.k === "endif" ? "if" : "for";
          if (stack.length === 1 || f.open?.k !== want) {
            this.fail(
              it.s,
              it.e,
              `Unexpected ${it.k} directive`,
              `An ${it.k} directive must close a ${want} directive.`
            );
          }
          stack.pop();
          const open2 = f.open;
          const r = this.range(open2.s, it.e);
          if (open2.k === "if") {
            cur().push({
              kind: "if",
              cond: open2.cond,
              whenTrue: f.parts,
              whenFalse: f.elseParts ?? [],
              range: r
            });
          } else if (open2.k === "for") {
            cur().push({
              kind: "for",
              keyVar: open2.keyVar,
              valVar: open2.valVar,
              coll: open2.coll,
              body: f.parts,
              range: r
            });
          }
          break;
        }
      }
    }
    if (stack.length > 1) {
      const open2 = stack[stack.length - 1].open;
      const end = open2.k === "if" ? "endif" : "endfor";
      this.fail(
        open2.s,
        open2.e,
        `Unterminated template ${open2.k} directive`,
        `The ${open2.k} directive has no matching %{ ${end} }.`
      );
    }
    return stack[0].parts;
  }
};

// src/template/hcl2/functions/filesystem.ts
var MAX_FILE = 64 * 1024 * 1024;
var MAX_FILESET = 1e5;
function clean(s) {
  if (s === "") return ".";
  const n = posix.normalize(s);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
__name(clean, "clean");
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      if (pattern[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) throw new FunctionError("syntax error in pattern", 1);
      re += `[${pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
      i = end;
    } else if (c === "{") {
      const end = pattern.indexOf("}", i + 1);
      if (end < 0) throw new FunctionError("syntax error in pattern", 1);
      re += `(?:${pattern.slice(i + 1, end).split(",").map(
        (x) => x.replace(/[.+^$()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")
      ).join("|")})`;
      i = end;
    } else if (c === "\\" && i + 1 < pattern.length) {
      re += `\\${pattern[++i]}`;
    } else re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
__name(globToRegExp, "globToRegExp");
function readText(opts, path3, fn) {
  const full = resolve(opts.cwd, pathExpand(path3));
  if (!existsSync(full)) {
    throw new FunctionError(
      `no file exists at ${path3}; this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource`,
      0
    );
  }
  const st = statSync(full);
  if (st.isDirectory()) throw new FunctionError(`${fn}: ${path3} is a directory, not a file`, 0);
  if (st.size > MAX_FILE) throw new FunctionError(`${path3} is larger than ${MAX_FILE} bytes`, 0);
  opts.onRead?.(full);
  return readFileSync(full);
}
__name(readText, "readText");
function utf8(buf, path3, fn) {
  const s = buf.toString("utf8");
  if (!Buffer.from(s, "utf8").equals(buf)) {
    throw new FunctionError(
      `contents of ${path3} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`,
      0
    );
  }
  void fn;
  return s;
}
__name(utf8, "utf8");
function pathExpand(s) {
  if (s === "~") return homedir();
  if (s.startsWith("~/")) return posix.join(homedir(), s.slice(2));
  return s;
}
__name(pathExpand, "pathExpand");
function filesystemFunctions(opts, base) {
  return {
    file: {
      params: [p("path", STRING)],
      impl: /* @__PURE__ */ __name(([f]) => utf8(readText(opts, f, "file"), f, "file"), "impl")
    },
    filebase64: {
      params: [p("path", STRING)],
      impl: /* @__PURE__ */ __name(([f]) => readText(opts, f, "filebase64").toString("base64"), "impl")
    },
    fileexists: {
      params: [p("path", STRING)],
      impl: /* @__PURE__ */ __name(([f]) => {
        const full = resolve(opts.cwd, pathExpand(f));
        if (!existsSync(full)) return false;
        const st = statSync(full);
        if (st.isDirectory()) throw new FunctionError(`${f} is not a regular file, but "directory"`, 0);
        return st.isFile();
      }, "impl")
    },
    fileset: {
      params: [p("path", STRING), p("pattern", STRING)],
      impl: /* @__PURE__ */ __name(([d, pat]) => {
        const root = resolve(opts.cwd, pathExpand(d));
        const re = globToRegExp(pat);
        const out = [];
        let seen = 0;
        const walk = /* @__PURE__ */ __name((rel) => {
          let entries;
          try {
            entries = readdirSync(rel ? `${root}/${rel}` : root, { withFileTypes: true });
          } catch {
            return;
          }
          for (const e of entries) {
            if (++seen > MAX_FILESET) throw new FunctionError(`more than ${MAX_FILESET} files under ${d}`);
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) walk(r);
            else if (e.isFile() && re.test(r)) out.push(r);
          }
        }, "walk");
        walk("");
        return out.sort();
      }, "impl")
    },
    templatefile: {
      params: [p("path", STRING), p("vars", ANY)],
      impl: /* @__PURE__ */ __name(([f, vars]) => {
        const text = utf8(readText(opts, f, "templatefile"), f, "templatefile");
        if (!(vars instanceof ObjectValue)) throw new FunctionError("invalid vars value: must be a map", 1);
        const parsed = parseHclTemplate(text, f);
        if (!parsed.expr) throw new FunctionError(parsed.diagnostics.map(formatHclDiagnostic).join("; "), 0);
        const fns = new Map(base());
        fns.delete("templatefile");
        const r = evaluate(parsed.expr, { variables: new Map(vars.attrs), functions: fns });
        if (r.diagnostics.length) throw new FunctionError(r.diagnostics.map(formatHclDiagnostic).join("; "));
        return r.value;
      }, "impl")
    },
    abspath: strFn((s) => resolve(opts.cwd, s).replace(/\\/g, "/")),
    basename: strFn((s) => {
      if (s === "") return ".";
      const t = s.replace(/\/+$/, "");
      if (t === "") return "/";
      return t.slice(t.lastIndexOf("/") + 1);
    }),
    dirname: strFn((s) => clean(s.slice(0, s.lastIndexOf("/") + 1))),
    pathexpand: strFn(pathExpand)
  };
}
__name(filesystemFunctions, "filesystemFunctions");

// src/template/hcl2/functions/network.ts
import { isIPv4, isIPv6 } from "node:net";
function parseIp(s) {
  if (isIPv4(s)) {
    const parts = s.split(".").map(Number);
    return { addr: parts.reduce((a, x) => a << 8n | BigInt(x), 0n), bits: 32 };
  }
  if (isIPv6(s)) {
    let [head, tail] = s.includes("::") ? s.split("::") : [s, void 0];
    const expand = /* @__PURE__ */ __name((x) => {
      if (x === "") return [];
      const groups = x.split(":");
      const last = groups[groups.length - 1];
      if (last.includes(".")) {
        const v4 = last.split(".").map(Number);
        groups.splice(-1, 1, (v4[0] << 8 | v4[1]).toString(16), (v4[2] << 8 | v4[3]).toString(16));
      }
      return groups;
    }, "expand");
    const h = expand(head);
    const t = tail === void 0 ? [] : expand(tail);
    head = "";
    const all = tail === void 0 ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
    return { addr: all.reduce((a, x) => a << 16n | BigInt(Number.parseInt(x, 16)), 0n), bits: 128 };
  }
  return void 0;
}
__name(parseIp, "parseIp");
function parseCidr(s, arg) {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  const ip = m ? parseIp(m[1]) : void 0;
  if (!m || !ip || Number(m[2]) > ip.bits)
    throw new FunctionError(`invalid CIDR expression: invalid CIDR address: ${s}`, arg);
  const prefix = Number(m[2]);
  const mask = (1n << BigInt(prefix)) - 1n << BigInt(ip.bits - prefix);
  return { addr: ip.addr & mask, bits: ip.bits, prefix };
}
__name(parseCidr, "parseCidr");
function formatIp(addr, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String(addr >> s & 255n)).join(".");
  const groups = [];
  for (let i = 7; i >= 0; i--) groups.push((addr >> BigInt(i * 16) & 0xffffn).toString(16));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}
__name(formatIp, "formatIp");
function subnet(net, newbits, num) {
  if (!Number.isInteger(newbits) || !Number.isInteger(num))
    throw new FunctionError("newbits and netnum must be whole numbers");
  const prefix = net.prefix + newbits;
  if (prefix > net.bits)
    throw new FunctionError(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
  const max = 1n << BigInt(newbits);
  if (BigInt(num) >= max || num < 0)
    throw new FunctionError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${num}`);
  return { addr: net.addr | BigInt(num) << BigInt(net.bits - prefix), bits: net.bits, prefix };
}
__name(subnet, "subnet");
var networkFunctions = {
  cidrhost: {
    params: [p("prefix", STRING), p("hostnum", NUMBER)],
    impl: /* @__PURE__ */ __name(([c, n]) => {
      const net = parseCidr(c, 0);
      const size = 1n << BigInt(net.bits - net.prefix);
      if (!Number.isInteger(n)) throw new FunctionError("hostnum must be a whole number", 1);
      let h = BigInt(n);
      if (h < 0n) h += size;
      if (h < 0n || h >= size)
        throw new FunctionError(`prefix of ${net.prefix} does not accommodate a host numbered ${n}`, 1);
      return formatIp(net.addr + h, net.bits);
    }, "impl")
  },
  cidrnetmask: {
    params: [p("prefix", STRING)],
    impl: /* @__PURE__ */ __name(([c]) => {
      const net = parseCidr(c, 0);
      if (net.bits !== 32) throw new FunctionError("only IPv4 networks are supported", 0);
      return formatIp((1n << BigInt(net.prefix)) - 1n << BigInt(32 - net.prefix), 32);
    }, "impl")
  },
  cidrsubnet: {
    params: [p("prefix", STRING), p("newbits", NUMBER), p("netnum", NUMBER)],
    impl: /* @__PURE__ */ __name(([c, b, n]) => {
      const s = subnet(parseCidr(c, 0), b, n);
      return `${formatIp(s.addr, s.bits)}/${s.prefix}`;
    }, "impl")
  },
  cidrsubnets: {
    params: [p("prefix", STRING)],
    variadic: p("newbits", NUMBER),
    impl: /* @__PURE__ */ __name(([c, ...bits]) => {
      const net = parseCidr(c, 0);
      let next = net.addr;
      return bits.map((b, i) => {
        const prefix = net.prefix + b;
        if (b < 1 || prefix > net.bits)
          throw new FunctionError(
            `would extend prefix to ${prefix} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`,
            i + 1
          );
        const size = 1n << BigInt(net.bits - prefix);
        const start = (next + size - 1n) / size * size;
        if (start + size > net.addr + (1n << BigInt(net.bits - net.prefix)))
          throw new FunctionError(
            `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${formatIp(next, net.bits)}`,
            i + 1
          );
        next = start + size;
        return `${formatIp(start, net.bits)}/${prefix}`;
      });
    }, "impl")
  }
};

// src/template/hcl2/functions/numeric.ts
var numericFunctions = {
  abs: numFn(Math.abs),
  ceil: numFn(Math.ceil),
  floor: numFn(Math.floor),
  signum: numFn((n) => n > 0 ? 1 : n < 0 ? -1 : 0),
  log: {
    params: [p("num", NUMBER), p("base", NUMBER)],
    impl: /* @__PURE__ */ __name(([n, b]) => Math.log(n) / Math.log(b), "impl")
  },
  pow: { params: [p("num", NUMBER), p("power", NUMBER)], impl: /* @__PURE__ */ __name(([n, e]) => n ** e, "impl") },
  max: {
    params: [],
    variadic: p("numbers", NUMBER),
    impl: /* @__PURE__ */ __name((ns) => {
      if (ns.length === 0) throw new FunctionError("must pass at least one number");
      return Math.max(...ns);
    }, "impl")
  },
  min: {
    params: [],
    variadic: p("numbers", NUMBER),
    impl: /* @__PURE__ */ __name((ns) => {
      if (ns.length === 0) throw new FunctionError("must pass at least one number");
      return Math.min(...ns);
    }, "impl")
  },
  parseint: {
    params: [p("number", STRING), p("base", NUMBER)],
    impl: /* @__PURE__ */ __name(([s, b]) => {
      const base = b;
      if (!Number.isInteger(base) || base < 2 || base > 62)
        throw new FunctionError("base must be a whole number between 2 and 62 inclusive", 1);
      const str2 = s;
      const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".slice(0, base);
      const m = /^([-+]?)(.+)$/.exec(str2);
      const body = m?.[2] ?? "";
      const ok = [...body].every((c) => digits.includes(base <= 36 ? c.toLowerCase() : c));
      if (!m || !ok)
        throw new FunctionError(`cannot parse ${JSON.stringify(str2)} as a base ${base} integer`, 0);
      let n = 0n;
      for (const c of body) n = n * BigInt(base) + BigInt(digits.indexOf(base <= 36 ? c.toLowerCase() : c));
      return Number(m[1] === "-" ? -n : n);
    }, "impl")
  }
};

// src/template/hcl2/functions/packer.ts
function envFunction(env) {
  return { params: [p("key", STRING)], impl: /* @__PURE__ */ __name(([k]) => env[k] ?? "", "impl") };
}
__name(envFunction, "envFunction");
function unavailable(name, service, arity) {
  return {
    params: Array.from({ length: arity }, (_, i) => p(`arg${i + 1}`, STRING)),
    impl: /* @__PURE__ */ __name(() => {
      throw new FunctionError(
        `${name}() is not available in image-build: it reads ${service}, which image-build does not connect to; pass the value in a variable instead (-var, a var file or PKR_VAR_<name>)`
      );
    }, "impl")
  };
}
__name(unavailable, "unavailable");
var unavailableFunctions = {
  vault: unavailable("vault", "HashiCorp Vault", 2),
  consul_key: unavailable("consul_key", "HashiCorp Consul", 1),
  aws_secretsmanager: unavailable("aws_secretsmanager", "AWS Secrets Manager", 2),
  aws_secretsmanager_raw: unavailable("aws_secretsmanager_raw", "AWS Secrets Manager", 1)
};

// src/template/hcl2/functions/strings.ts
var MAX_PAD = 65536;
var graphemes = /* @__PURE__ */ __name((s) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(s)].map((x) => x.segment), "graphemes");
function goRegex(pattern, arg) {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), "gu");
  } catch (err) {
    throw new FunctionError(`invalid regular expression pattern: ${err.message}`, arg);
  }
}
__name(goRegex, "goRegex");
function regexResult(m) {
  if (m.groups) return new ObjectValue(new Map(Object.entries(m.groups).map(([k, v]) => [k, v ?? null])));
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}
__name(regexResult, "regexResult");
function goFormat(fmt, args) {
  let out = "";
  let argi = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*))?(?:\[(\d+)\])?([a-zA-Z%])/gy;
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    re.lastIndex = pct;
    const m = re.exec(fmt);
    if (!m) throw new FunctionError(`unrecognized format verb at offset ${pct}`, 0);
    i = re.lastIndex;
    const [, flags, width, prec, , verb] = m;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (argi >= args.length)
      throw new FunctionError(
        `not enough arguments for "%${verb}" at ${pct}: need index ${argi + 1} but have ${args.length} total`
      );
    const a = args[argi++];
    let s;
    const num = /* @__PURE__ */ __name(() => {
      if (typeof a === "number") return a;
      const n = typeof a === "string" ? Number(a) : Number.NaN;
      if (Number.isNaN(n))
        throw new FunctionError(`unsupported value for "%${verb}" at ${pct}: number required`);
      return n;
    }, "num");
    const precision = prec !== void 0 ? Number(prec) : void 0;
    switch (verb) {
      case "v":
        s = flags.includes("#") ? JSON.stringify(toPlainForFormat(a)) : typeof a === "string" ? a : a === null ? "null" : showValue(a);
        if (typeof a === "number") s = numberToString(a);
        break;
      case "t":
        if (typeof a !== "boolean" && a !== "true" && a !== "false")
          throw new FunctionError(`unsupported value for "%t" at ${pct}: bool required`);
        s = String(a);
        break;
      case "d": {
        const n = num();
        if (!Number.isInteger(n))
          throw new FunctionError(`unsupported value for "%d" at ${pct}: an integer is required`);
        s = numberToString(n);
        if (flags.includes("+") && n >= 0) s = `+${s}`;
        break;
      }
      case "b":
        s = Math.trunc(num()).toString(2);
        break;
      case "o":
        s = Math.trunc(num()).toString(8);
        break;
      case "x":
      case "X":
        s = typeof a === "string" && Number.isNaN(Number(a)) ? Buffer.from(a).toString("hex") : Math.trunc(num()).toString(16);
        if (verb === "X") s = s.toUpperCase();
        break;
      case "e":
      case "E":
        s = num().toExponential(precision ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
        if (verb === "E") s = s.toUpperCase();
        break;
      case "f":
      case "F":
        s = num().toFixed(precision ?? 6);
        break;
      case "g":
      case "G":
        s = precision !== void 0 ? String(Number(num().toPrecision(precision))) : numberToString(num());
        break;
      case "s":
        if (a === null || typeof a === "object")
          throw new FunctionError(`unsupported value for "%s" at ${pct}: string required`);
        s = typeof a === "number" ? numberToString(a) : String(a);
        if (precision !== void 0) s = graphemes(s).slice(0, precision).join("");
        break;
      case "q":
        if (a === null || typeof a === "object")
          throw new FunctionError(`unsupported value for "%q" at ${pct}: string required`);
        s = JSON.stringify(typeof a === "number" ? numberToString(a) : String(a));
        break;
      default:
        throw new FunctionError(`unsupported format verb "%${verb}" at ${pct}`);
    }
    if (width !== void 0 && width !== "*") {
      const w = Number(width);
      if (w > MAX_PAD) throw new FunctionError(`width ${w} is larger than ${MAX_PAD}`);
      const len = graphemes(s).length;
      if (len < w) {
        const pad = (flags.includes("0") && !flags.includes("-") ? "0" : " ").repeat(w - len);
        s = flags.includes("-") ? s + pad : pad + s;
      }
    }
    out += s;
  }
  if (argi < args.length) throw new FunctionError(`too many arguments; only ${argi} used by format string`);
  return out;
}
__name(goFormat, "goFormat");
function toPlainForFormat(v) {
  if (Array.isArray(v)) return v.map(toPlainForFormat);
  if (v instanceof SetValue) return v.items.map(toPlainForFormat);
  if (v instanceof ObjectValue)
    return Object.fromEntries([...v.attrs].map(([k, x]) => [k, toPlainForFormat(x)]));
  return v;
}
__name(toPlainForFormat, "toPlainForFormat");
var stringFunctions = {
  chomp: strFn((s) => s.replace(/(\r\n|\n|\r)+$/, "")),
  lower: strFn((s) => s.toLowerCase()),
  upper: strFn((s) => s.toUpperCase()),
  title: strFn(
    (s) => s.replace(new RegExp("(^|[^\\p{L}\\p{N}_'])(\\p{L})", "gu"), (_m, a, b) => a + b.toUpperCase())
  ),
  strrev: strFn((s) => graphemes(s).reverse().join("")),
  trimspace: strFn((s) => s.replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/gu, "")),
  trim: {
    params: [p("str", STRING), p("cutset", STRING)],
    impl: /* @__PURE__ */ __name(([s, cut]) => {
      const set = /* @__PURE__ */ new Set([...cut]);
      const chars = [...s];
      let a = 0;
      let b = chars.length;
      while (a < b && set.has(chars[a])) a++;
      while (b > a && set.has(chars[b - 1])) b--;
      return chars.slice(a, b).join("");
    }, "impl")
  },
  trimprefix: {
    params: [p("str", STRING), p("prefix", STRING)],
    impl: /* @__PURE__ */ __name(([s, x]) => s.startsWith(x) ? s.slice(x.length) : s, "impl")
  },
  trimsuffix: {
    params: [p("str", STRING), p("suffix", STRING)],
    impl: /* @__PURE__ */ __name(([s, x]) => x !== "" && s.endsWith(x) ? s.slice(0, -x.length) : s, "impl")
  },
  startswith: {
    params: [p("str", STRING), p("prefix", STRING)],
    impl: /* @__PURE__ */ __name(([s, x]) => s.startsWith(x), "impl")
  },
  endswith: {
    params: [p("str", STRING), p("suffix", STRING)],
    impl: /* @__PURE__ */ __name(([s, x]) => s.endsWith(x), "impl")
  },
  strcontains: {
    params: [p("str", STRING), p("substr", STRING)],
    impl: /* @__PURE__ */ __name(([s, x]) => s.includes(x), "impl")
  },
  indent: {
    params: [p("spaces", NUMBER), p("str", STRING)],
    impl: /* @__PURE__ */ __name(([n, s]) => {
      const k = n;
      if (!Number.isInteger(k) || k < 0 || k > MAX_PAD)
        throw new FunctionError(`spaces must be a whole number between 0 and ${MAX_PAD}`, 0);
      return s.replace(/\n/g, `
${" ".repeat(k)}`);
    }, "impl")
  },
  join: {
    params: [p("separator", STRING)],
    variadic: p("lists", { k: "list", el: STRING }),
    impl: /* @__PURE__ */ __name(([sep2, ...lists]) => {
      if (lists.length === 0) throw new FunctionError("at least one list is required");
      const items = [];
      for (const l of lists) {
        for (const x of elements(l) ?? []) {
          if (x === null) throw new FunctionError("element must not be null");
          items.push(x);
        }
      }
      return items.join(sep2);
    }, "impl")
  },
  split: {
    params: [p("separator", STRING), p("str", STRING)],
    impl: /* @__PURE__ */ __name(([sep2, s]) => s === "" ? [""] : s.split(sep2), "impl")
  },
  replace: {
    params: [p("str", STRING), p("substr", STRING), p("replace", STRING)],
    impl: /* @__PURE__ */ __name(([s, sub, rep]) => {
      const str2 = s;
      const pat = sub;
      if (pat.length > 2 && pat.startsWith("/") && pat.endsWith("/")) {
        const re = goRegex(pat.slice(1, -1), 1);
        return str2.replace(
          re,
          rep.replace(/\$\{?(\w+)\}?/g, "$$<$1>").replace(/\$<(\d+)>/g, "$$$1")
        );
      }
      return str2.split(pat).join(rep);
    }, "impl")
  },
  regex_replace: {
    params: [p("str", STRING), p("substr", STRING), p("replace", STRING)],
    impl: /* @__PURE__ */ __name(([s, pat, rep]) => {
      const re = goRegex(pat, 1);
      return s.replace(
        re,
        rep.replace(/\$\{?(\w+)\}?/g, "$$<$1>").replace(/\$<(\d+)>/g, "$$$1")
      );
    }, "impl")
  },
  regex: {
    params: [p("pattern", STRING), p("string", STRING)],
    impl: /* @__PURE__ */ __name(([pat, s]) => {
      const re = goRegex(pat, 0);
      const m = re.exec(s);
      if (!m) throw new FunctionError("pattern did not match any part of the given string");
      return regexResult(m);
    }, "impl")
  },
  regexall: {
    params: [p("pattern", STRING), p("string", STRING)],
    impl: /* @__PURE__ */ __name(([pat, s]) => {
      const re = goRegex(pat, 0);
      return [...s.matchAll(re)].map((m) => regexResult(m));
    }, "impl")
  },
  substr: {
    params: [p("str", STRING), p("offset", NUMBER), p("length", NUMBER)],
    impl: /* @__PURE__ */ __name(([s, o, l]) => {
      const g = graphemes(s);
      let off = o;
      let len = l;
      if (off < 0) off = Math.max(0, g.length + off);
      if (off > g.length) return "";
      if (len < 0) len = g.length - off;
      return g.slice(off, off + len).join("");
    }, "impl")
  },
  format: {
    params: [p("format", STRING)],
    variadic: p("args", ANY, { allowNull: true }),
    impl: /* @__PURE__ */ __name(([f, ...args]) => goFormat(f, args), "impl")
  },
  formatlist: {
    params: [p("format", STRING)],
    variadic: p("args", ANY, { allowNull: true }),
    impl: /* @__PURE__ */ __name(([f, ...args]) => {
      let n = -1;
      args.forEach((a, i) => {
        const els = elements(a);
        if (els) {
          if (n >= 0 && els.length !== n)
            throw new FunctionError(
              `argument ${i + 1} has length ${els.length}, which is inconsistent with argument 1 of length ${n}`
            );
          n = els.length;
        }
      });
      if (n < 0) return [goFormat(f, args)];
      const out = [];
      for (let i = 0; i < n; i++)
        out.push(
          goFormat(
            f,
            args.map((a) => elements(a)?.[i] ?? a)
          )
        );
      return out;
    }, "impl")
  }
};

// src/template/hcl2/functions/index.ts
function packerFunctions(opts) {
  const general = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((fns) => {
    for (const [k, v] of Object.entries(fns)) general.set(k, v);
  }, "add");
  add(stringFunctions);
  add(numericFunctions);
  add(collectionFunctions);
  add(encodingFunctions);
  add(filesystemFunctions(opts, () => general));
  add(datetimeFunctions(opts.now));
  add(cryptoFunctions);
  add(networkFunctions);
  add(conversionFunctions);
  add(unavailableFunctions);
  const variableDefaults = new Map(general);
  variableDefaults.set("env", envFunction(opts.env));
  return { general, variableDefaults };
}
__name(packerFunctions, "packerFunctions");

// node_modules/@humanwhocodes/momoa/dist/momoa.js
var CHAR_0 = 48;
var CHAR_1 = 49;
var CHAR_9 = 57;
var CHAR_BACKSLASH = 92;
var CHAR_DOLLAR = 36;
var CHAR_DOT = 46;
var CHAR_DOUBLE_QUOTE = 34;
var CHAR_LOWER_A = 97;
var CHAR_LOWER_E = 101;
var CHAR_LOWER_F = 102;
var CHAR_LOWER_N = 110;
var CHAR_LOWER_T = 116;
var CHAR_LOWER_U = 117;
var CHAR_LOWER_X = 120;
var CHAR_LOWER_Z = 122;
var CHAR_MINUS = 45;
var CHAR_NEWLINE = 10;
var CHAR_PLUS = 43;
var CHAR_RETURN = 13;
var CHAR_SINGLE_QUOTE = 39;
var CHAR_SLASH = 47;
var CHAR_SPACE = 32;
var CHAR_TAB = 9;
var CHAR_UNDERSCORE = 95;
var CHAR_UPPER_A = 65;
var CHAR_UPPER_E = 69;
var CHAR_UPPER_F = 70;
var CHAR_UPPER_N = 78;
var CHAR_UPPER_X = 88;
var CHAR_UPPER_Z = 90;
var CHAR_LOWER_B = 98;
var CHAR_LOWER_R = 114;
var CHAR_LOWER_V = 118;
var CHAR_LINE_SEPARATOR = 8232;
var CHAR_PARAGRAPH_SEPARATOR = 8233;
var CHAR_UPPER_I = 73;
var CHAR_STAR = 42;
var CHAR_VTAB = 11;
var CHAR_FORM_FEED = 12;
var CHAR_NBSP = 160;
var CHAR_BOM = 65279;
var CHAR_NON_BREAKING_SPACE = 160;
var CHAR_EN_QUAD = 8192;
var CHAR_EM_QUAD = 8193;
var CHAR_EN_SPACE = 8194;
var CHAR_EM_SPACE = 8195;
var CHAR_THREE_PER_EM_SPACE = 8196;
var CHAR_FOUR_PER_EM_SPACE = 8197;
var CHAR_SIX_PER_EM_SPACE = 8198;
var CHAR_FIGURE_SPACE = 8199;
var CHAR_PUNCTUATION_SPACE = 8200;
var CHAR_THIN_SPACE = 8201;
var CHAR_HAIR_SPACE = 8202;
var CHAR_NARROW_NO_BREAK_SPACE = 8239;
var CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
var CHAR_IDEOGRAPHIC_SPACE = 12288;
var LBRACKET = "[";
var RBRACKET = "]";
var LBRACE = "{";
var RBRACE = "}";
var COLON = ":";
var COMMA = ",";
var TRUE = "true";
var FALSE = "false";
var NULL = "null";
var NAN$1 = "NaN";
var INFINITY$1 = "Infinity";
var QUOTE = '"';
var escapeToChar = /* @__PURE__ */ new Map([
  [CHAR_DOUBLE_QUOTE, QUOTE],
  [CHAR_BACKSLASH, "\\"],
  [CHAR_SLASH, "/"],
  [CHAR_LOWER_B, "\b"],
  [CHAR_LOWER_N, "\n"],
  [CHAR_LOWER_F, "\f"],
  [CHAR_LOWER_R, "\r"],
  [CHAR_LOWER_T, "	"]
]);
var json5EscapeToChar = new Map([
  ...escapeToChar,
  [CHAR_LOWER_V, "\v"],
  [CHAR_0, "\0"]
]);
var charToEscape = /* @__PURE__ */ new Map([
  [QUOTE, QUOTE],
  ["\\", "\\"],
  ["/", "/"],
  ["\b", "b"],
  ["\n", "n"],
  ["\f", "f"],
  ["\r", "r"],
  ["	", "t"]
]);
var json5CharToEscape = new Map([
  ...charToEscape,
  ["\v", "v"],
  ["\0", "0"],
  ["\u2028", "u2028"],
  ["\u2029", "u2029"]
]);
var knownTokenTypes = /* @__PURE__ */ new Map([
  [LBRACKET, "LBracket"],
  [RBRACKET, "RBracket"],
  [LBRACE, "LBrace"],
  [RBRACE, "RBrace"],
  [COLON, "Colon"],
  [COMMA, "Comma"],
  [TRUE, "Boolean"],
  [FALSE, "Boolean"],
  [NULL, "Null"]
]);
var knownJSON5TokenTypes = new Map([
  ...knownTokenTypes,
  [NAN$1, "Number"],
  [INFINITY$1, "Number"]
]);
var json5LineTerminators = /* @__PURE__ */ new Set([
  CHAR_NEWLINE,
  CHAR_RETURN,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR
]);
var ErrorWithLocation = class extends Error {
  static {
    __name(this, "ErrorWithLocation");
  }
  /**
   * Creates a new instance.
   * @param {string} message The error message to report. 
   * @param {Location} loc The location information for the error.
   */
  constructor(message, { line, column, offset }) {
    super(`${message} (${line}:${column})`);
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
};
var UnexpectedChar = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedChar");
  }
  /**
   * Creates a new instance.
   * @param {number} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected character '${String.fromCharCode(unexpected)}' found.`, loc);
  }
};
var UnexpectedIdentifier = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedIdentifier");
  }
  /**
   * Creates a new instance.
   * @param {string} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected identifier '${unexpected}' found.`, loc);
  }
};
var UnexpectedToken = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedToken");
  }
  /**
   * Creates a new instance.
   * @param {Token} token The token that was found. 
   */
  constructor(token) {
    super(`Unexpected token ${token.type} found.`, token.loc.start);
  }
};
var UnexpectedEOF = class extends ErrorWithLocation {
  static {
    __name(this, "UnexpectedEOF");
  }
  /**
   * Creates a new instance.
   * @param {Location} loc The location information for the found character.
   */
  constructor(loc) {
    super("Unexpected end of input found.", loc);
  }
};
var ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
var ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
var CHAR_CR = 13;
var CHAR_LF = 10;
var CharCodeReader = class {
  static {
    __name(this, "CharCodeReader");
  }
  /**
   * The text to read from.
   * @type {string}
   */
  #text = "";
  /**
   * The current line number.
   * @type {number}
   */
  #line = 1;
  /**
   * The current column number.
   * @type {number}
   */
  #column = 0;
  /**
   * The current offset in the text.
   * @type {number}
   */
  #offset = -1;
  /**
   * Whether the last character read was a new line.
   * @type {boolean}
   */
  #newLine = false;
  /**
   * The last character code read.
   * @type {number}
   */
  #last = -1;
  /**
   * Whether the reader has ended.
   * @type {boolean}
   */
  #ended = false;
  /**
   * Creates a new instance.
   * @param {string} text The text to read from
   */
  constructor(text) {
    this.#text = text;
  }
  /**
   * Ends the reader.
   * @returns {void}
   */
  #end() {
    if (this.#ended) {
      return;
    }
    this.#column++;
    this.#offset++;
    this.#last = -1;
    this.#ended = true;
  }
  /**
   * Returns the current position of the reader.
   * @returns {Location} An object with line, column, and offset properties.
   */
  locate() {
    return {
      line: this.#line,
      column: this.#column,
      offset: this.#offset
    };
  }
  /**
   * Reads the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  next() {
    if (this.#offset >= this.#text.length - 1) {
      this.#end();
      return -1;
    }
    this.#offset++;
    const charCode = this.#text.charCodeAt(this.#offset);
    if (this.#newLine) {
      this.#line++;
      this.#column = 1;
      this.#newLine = false;
    } else {
      this.#column++;
    }
    if (charCode === CHAR_CR) {
      this.#newLine = true;
      if (this.peek() === CHAR_LF) {
        this.#offset++;
      }
    } else if (charCode === CHAR_LF) {
      this.#newLine = true;
    }
    this.#last = charCode;
    return charCode;
  }
  /**
   * Peeks at the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  peek() {
    if (this.#offset === this.#text.length - 1) {
      return -1;
    }
    return this.#text.charCodeAt(this.#offset + 1);
  }
  /**
   * Determines if the next character code in the text matches a specific character code.
   * @param {(number) => boolean} fn A function to call on the next character.
   * @returns {boolean} True if the next character code matches, false if not.
   */
  match(fn) {
    if (fn(this.peek())) {
      this.next();
      return true;
    }
    return false;
  }
  /**
   * Returns the last character code read.
   * @returns {number} The last character code read.
   */
  current() {
    return this.#last;
  }
};
var INFINITY = "Infinity";
var NAN = "NaN";
var keywordStarts = /* @__PURE__ */ new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
var whitespace = /* @__PURE__ */ new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
var json5Whitespace = /* @__PURE__ */ new Set([
  ...whitespace,
  CHAR_VTAB,
  CHAR_FORM_FEED,
  CHAR_NBSP,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR,
  CHAR_BOM,
  CHAR_NON_BREAKING_SPACE,
  CHAR_EN_QUAD,
  CHAR_EM_QUAD,
  CHAR_EN_SPACE,
  CHAR_EM_SPACE,
  CHAR_THREE_PER_EM_SPACE,
  CHAR_FOUR_PER_EM_SPACE,
  CHAR_SIX_PER_EM_SPACE,
  CHAR_FIGURE_SPACE,
  CHAR_PUNCTUATION_SPACE,
  CHAR_THIN_SPACE,
  CHAR_HAIR_SPACE,
  CHAR_NARROW_NO_BREAK_SPACE,
  CHAR_MEDIUM_MATHEMATICAL_SPACE,
  CHAR_IDEOGRAPHIC_SPACE
]);
var DEFAULT_OPTIONS$1 = {
  mode: "json",
  ranges: false
};
var jsonKeywords = /* @__PURE__ */ new Set(["true", "false", "null"]);
var tt = {
  EOF: 0,
  Number: 1,
  String: 2,
  Boolean: 3,
  Null: 4,
  NaN: 5,
  Infinity: 6,
  Identifier: 7,
  Colon: 20,
  LBrace: 21,
  RBrace: 22,
  LBracket: 23,
  RBracket: 24,
  Comma: 25,
  LineComment: 40,
  BlockComment: 41
};
function isDigit2(c) {
  return c >= CHAR_0 && c <= CHAR_9;
}
__name(isDigit2, "isDigit");
function isHexDigit(c) {
  return isDigit2(c) || c >= CHAR_UPPER_A && c <= CHAR_UPPER_F || c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}
__name(isHexDigit, "isHexDigit");
function isPositiveDigit(c) {
  return c >= CHAR_1 && c <= CHAR_9;
}
__name(isPositiveDigit, "isPositiveDigit");
function isKeywordStart(c) {
  return keywordStarts.has(c);
}
__name(isKeywordStart, "isKeywordStart");
function isNumberStart(c) {
  return isDigit2(c) || c === CHAR_DOT || c === CHAR_MINUS;
}
__name(isNumberStart, "isNumberStart");
function isJSON5NumberStart(c) {
  return isNumberStart(c) || c === CHAR_PLUS;
}
__name(isJSON5NumberStart, "isJSON5NumberStart");
function isStringStart(c, json5) {
  return c === CHAR_DOUBLE_QUOTE || json5 && c === CHAR_SINGLE_QUOTE;
}
__name(isStringStart, "isStringStart");
function isJSON5IdentifierStart(c) {
  if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
    return true;
  }
  if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
    return true;
  }
  if (c === 8204 || c === 8205) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Start.test(ct);
}
__name(isJSON5IdentifierStart, "isJSON5IdentifierStart");
function isJSON5IdentifierPart(c) {
  if (isJSON5IdentifierStart(c) || isDigit2(c)) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Continue.test(ct);
}
__name(isJSON5IdentifierPart, "isJSON5IdentifierPart");
var Tokenizer = class {
  static {
    __name(this, "Tokenizer");
  }
  /**
   * Options for the tokenizer.
   * @type {TokenizeOptions}
   */
  #options;
  /**
   * The source text to tokenize.
   * @type {string}
   */
  #text;
  /**
   * The reader for the source text.
   * @type {CharCodeReader}
   */
  #reader;
  /**
   * Indicates if the tokenizer is in JSON5 mode.
   * @type {boolean}
   */
  #json5;
  /**
   * Indicates if comments are allowed.
   * @type {boolean}
   */
  #allowComments;
  /**
   * Indicates if ranges should be included in the tokens.
   * @type {boolean}
   */
  #ranges;
  /**
   * The last token type read.
   * @type {Token}
   */
  #token;
  /**
   * Determines if a character is an escaped character.
   * @type {(c:number) => boolean}
   */
  #isEscapedCharacter;
  /**
   * Determines if a character is a JSON5 line terminator.
   * @type {(c:number) => boolean}
   */
  #isJSON5LineTerminator;
  /**
   * Determines if a character is a JSON5 hex escape.
   * @type {(c:number) => boolean}
   */
  #isJSON5HexEscape;
  /**
   * Determines if a character is whitespace.
   * @type {(c:number) => boolean}
   */
  #isWhitespace;
  /**
   * Creates a new instance of the tokenizer.
   * @param {string} text The source text
   * @param {TokenizeOptions} [options] Options for the tokenizer.
   */
  constructor(text, options) {
    this.#text = text;
    this.#options = {
      ...DEFAULT_OPTIONS$1,
      ...options
    };
    this.#reader = new CharCodeReader(text);
    this.#json5 = this.#options.mode === "json5";
    this.#allowComments = this.#options.mode !== "json";
    this.#ranges = this.#options.ranges;
    this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
    this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
    this.#isJSON5HexEscape = this.#json5 ? (c) => c === CHAR_LOWER_X : () => false;
    this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
  }
  // #region Errors
  /**
   * Convenience function for throwing unexpected character errors.
   * @param {number} c The unexpected character.
   * @param {Location} [loc] The location of the unexpected character.
   * @returns {never}
   * @throws {UnexpectedChar} always.
   */
  #unexpected(c, loc = this.#reader.locate()) {
    throw new UnexpectedChar(c, loc);
  }
  /**
   * Convenience function for throwing unexpected identifier errors.
   * @param {string} identifier The unexpected identifier.
   * @param {Location} [loc] The location of the unexpected identifier.
   * @returns {never}
   * @throws {UnexpectedIdentifier} always.
   */
  #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
    throw new UnexpectedIdentifier(identifier, loc);
  }
  /**
  * Convenience function for throwing unexpected EOF errors.
  * @returns {never}
  * @throws {UnexpectedEOF} always.
  */
  #unexpectedEOF() {
    throw new UnexpectedEOF(this.#reader.locate());
  }
  // #endregion
  // #region Helpers
  /**
   * Creates a new token.
   * @param {TokenType} tokenType The type of token to create.
   * @param {number} length The length of the token.
   * @param {Location} startLoc The start location for the token.
   * @param {Location} [endLoc] The end location for the token.
   * @returns {Token} The token.
   */
  #createToken(tokenType, length, startLoc, endLoc) {
    const endOffset = startLoc.offset + length;
    let range = this.#options.ranges ? {
      range: (
        /** @type {Range} */
        [startLoc.offset, endOffset]
      )
    } : void 0;
    return {
      type: tokenType,
      loc: {
        start: startLoc,
        end: endLoc || {
          line: startLoc.line,
          column: startLoc.column + length,
          offset: endOffset
        }
      },
      ...range
    };
  }
  /**
   * Reads in a specific number of hex digits.
   * @param {number} count The number of hex digits to read.
   * @returns {string} The hex digits read.
   */
  #readHexDigits(count) {
    let value = "";
    let c;
    for (let i = 0; i < count; i++) {
      c = this.#reader.peek();
      if (isHexDigit(c)) {
        this.#reader.next();
        value += String.fromCharCode(c);
        continue;
      }
      this.#unexpected(c);
    }
    return value;
  }
  /**
   * Reads in a JSON5 identifier. Also used for JSON but we validate
   * the identifier later.
   * @param {number} c The first character of the identifier.
   * @returns {string} The identifier read.
   * @throws {UnexpectedChar} when the identifier cannot be read.
   */
  #readIdentifier(c) {
    let value = "";
    do {
      value += String.fromCharCode(c);
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.next();
        if (c !== CHAR_LOWER_U) {
          this.#unexpected(c);
        }
        value += String.fromCharCode(c);
        const hexDigits = this.#readHexDigits(4);
        const charCode = parseInt(hexDigits, 16);
        if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        } else if (!isJSON5IdentifierPart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        }
        value += hexDigits;
      }
      c = this.#reader.peek();
      if (!isJSON5IdentifierPart(c)) {
        break;
      }
      this.#reader.next();
    } while (true);
    return value;
  }
  /**
   * Reads in a string. Works for both JSON and JSON5.
   * @param {number} c The first character of the string (either " or ').
   * @returns {number} The length of the string.
   * @throws {UnexpectedChar} when the string cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
   */
  #readString(c) {
    const delimiter = c;
    let length = 1;
    c = this.#reader.peek();
    while (c !== -1 && c !== delimiter) {
      this.#reader.next();
      length++;
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.peek();
        if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
          this.#reader.next();
          length++;
        } else if (c === CHAR_LOWER_U) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(4);
          length += result.length;
        } else if (this.#isJSON5HexEscape(c)) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(2);
          length += result.length;
        } else if (this.#json5) {
          this.#reader.next();
          length++;
        } else {
          this.#unexpected(c);
        }
      }
      c = this.#reader.peek();
    }
    if (c === -1) {
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    length++;
    return length;
  }
  /**
   * Reads a number. Works for both JSON and JSON5.
   * @param {number} c The first character of the number.
   * @returns {number} The length of the number.
   * @throws {UnexpectedChar} when the number cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
   */
  #readNumber(c) {
    let length = 1;
    if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
      c = this.#reader.peek();
      if (this.#json5) {
        if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
          this.#reader.next();
          const identifier = this.#readIdentifier(c);
          if (identifier !== INFINITY && identifier !== NAN) {
            this.#unexpected(c);
          }
          return length + identifier.length;
        }
      }
      if (!isDigit2(c)) {
        this.#unexpected(c);
      }
      this.#reader.next();
      length++;
    }
    if (c === CHAR_0) {
      c = this.#reader.peek();
      if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
        if (!isHexDigit(c)) {
          this.#reader.next();
          this.#unexpected(c);
        }
        do {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        } while (isHexDigit(c));
      } else if (isDigit2(c)) {
        this.#unexpected(c);
      }
    } else {
      if (!this.#json5 || c !== CHAR_DOT) {
        if (!isPositiveDigit(c)) {
          this.#unexpected(c);
        }
        c = this.#reader.peek();
        while (isDigit2(c)) {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        }
      }
    }
    if (c === CHAR_DOT) {
      let digitCount = -1;
      this.#reader.next();
      length++;
      digitCount++;
      c = this.#reader.peek();
      while (isDigit2(c)) {
        this.#reader.next();
        length++;
        digitCount++;
        c = this.#reader.peek();
      }
      if (!this.#json5 && digitCount === 0) {
        this.#reader.next();
        if (c) {
          this.#unexpected(c);
        } else {
          this.#unexpectedEOF();
        }
      }
    }
    if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {
      this.#reader.next();
      length++;
      c = this.#reader.peek();
      if (c === CHAR_PLUS || c === CHAR_MINUS) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
      if (c === -1) {
        this.#reader.next();
        this.#unexpectedEOF();
      }
      if (!isDigit2(c)) {
        this.#reader.next();
        this.#unexpected(c);
      }
      while (isDigit2(c)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
    }
    return length;
  }
  /**
   * Reads a comment. Works for both JSON and JSON5.
   * @param {number} c The first character of the comment.
   * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
   * @throws {UnexpectedChar} when the comment cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
   */
  #readComment(c) {
    let length = 1;
    c = this.#reader.peek();
    if (c === CHAR_SLASH) {
      do {
        this.#reader.next();
        length += 1;
        c = this.#reader.peek();
      } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);
      return { length, multiline: false };
    }
    if (c === CHAR_STAR) {
      this.#reader.next();
      length += 1;
      while (c > -1) {
        c = this.#reader.peek();
        if (c === CHAR_STAR) {
          this.#reader.next();
          length += 1;
          c = this.#reader.peek();
          if (c === CHAR_SLASH) {
            this.#reader.next();
            length += 1;
            return { length, multiline: true };
          }
        } else {
          this.#reader.next();
          length += 1;
        }
      }
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    this.#unexpected(c);
  }
  // #endregion
  /**
   * Returns the next token in the source text.
   * @returns {number} The code for the next token.
   */
  next() {
    let c = this.#reader.next();
    while (this.#isWhitespace(c)) {
      c = this.#reader.next();
    }
    if (c === -1) {
      return tt.EOF;
    }
    const start = this.#reader.locate();
    const ct = String.fromCharCode(c);
    if (this.#json5) {
      if (knownJSON5TokenTypes.has(ct)) {
        this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
      } else if (isJSON5IdentifierStart(c)) {
        const value = this.#readIdentifier(c);
        if (knownJSON5TokenTypes.has(value)) {
          this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
        } else {
          this.#token = this.#createToken("Identifier", value.length, start);
        }
      } else if (isJSON5NumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken("String", result, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    } else {
      if (knownTokenTypes.has(ct)) {
        this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
      } else if (isKeywordStart(c)) {
        const value = this.#readIdentifier(c);
        if (!jsonKeywords.has(value)) {
          this.#unexpectedIdentifier(value, start);
        }
        this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
      } else if (isNumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        this.#token = this.#createToken("String", result, start);
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    }
    return tt[this.#token.type];
  }
  /**
   * Returns the current token in the source text.
   * @returns {Token} The current token.
   */
  get token() {
    return this.#token;
  }
};
var types = {
  /**
   * Creates a document node.
   * @param {ValueNode} body The body of the document.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {DocumentNode} The document node.
   */
  document(body, parts = {}) {
    return {
      type: "Document",
      body,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a string node.
   * @param {string} value The value for the string.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {StringNode} The string node.
   */
  string(value, parts = {}) {
    return {
      type: "String",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a number node.
   * @param {number} value The value for the number.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NumberNode} The number node.
   */
  number(value, parts = {}) {
    return {
      type: "Number",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a boolean node.
   * @param {boolean} value The value for the boolean.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {BooleanNode} The boolean node.
   */
  boolean(value, parts = {}) {
    return {
      type: "Boolean",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a null node.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NullNode} The null node.
   */
  null(parts = {}) {
    return {
      type: "Null",
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an array node.
   * @param {Array<ElementNode>} elements The elements to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ArrayNode} The array node.
   */
  array(elements2, parts = {}) {
    return {
      type: "Array",
      elements: elements2,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an element node.
   * @param {ValueNode} value The value for the element.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ElementNode} The element node.
   */
  element(value, parts = {}) {
    return {
      type: "Element",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an object node.
   * @param {Array<MemberNode>} members The members to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ObjectNode} The object node.
   */
  object(members, parts = {}) {
    return {
      type: "Object",
      members,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a member node.
   * @param {StringNode|IdentifierNode} name The name for the member.
   * @param {ValueNode} value The value for the member.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {MemberNode} The member node.
   */
  member(name, value, parts = {}) {
    return {
      type: "Member",
      name,
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an identifier node.
   * @param {string} name The name for the identifier.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {IdentifierNode} The identifier node.
   */
  identifier(name, parts = {}) {
    return {
      type: "Identifier",
      name,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a NaN node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {NaNNode} The NaN node.
   */
  nan(sign = "", parts = {}) {
    return {
      type: "NaN",
      sign,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an Infinity node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {InfinityNode} The Infinity node.
   */
  infinity(sign = "", parts = {}) {
    return {
      type: "Infinity",
      sign,
      loc: parts.loc,
      ...parts
    };
  }
};
var DEFAULT_OPTIONS = {
  mode: "json",
  ranges: false,
  tokens: false,
  allowTrailingCommas: false
};
var UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;
function normalizeIdentifier(identifier) {
  return identifier.replace(UNICODE_SEQUENCE, (unicodeEscape) => {
    return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
  });
}
__name(normalizeIdentifier, "normalizeIdentifier");
function getEndLocation(text) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      line++;
      column = 1;
    } else if (char === "\r") {
      if (text[i + 1] === "\n") {
        i++;
      }
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    line,
    column,
    offset: text.length
  };
}
__name(getEndLocation, "getEndLocation");
function getStringValue(value, token, json5 = false) {
  let result = "";
  let escapeIndex = value.indexOf("\\");
  let lastIndex = 0;
  while (escapeIndex >= 0) {
    result += value.slice(lastIndex, escapeIndex);
    const escapeChar = value.charAt(escapeIndex + 1);
    const escapeCharCode = escapeChar.charCodeAt(0);
    if (json5 && json5EscapeToChar.has(escapeCharCode)) {
      result += json5EscapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeToChar.has(escapeCharCode)) {
      result += escapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeChar === "u") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
      if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid unicode escape \\u${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 6;
    } else if (json5 && escapeChar === "x") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
      if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid hex escape \\x${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 4;
    } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
      lastIndex = escapeIndex + 2;
      if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
        lastIndex++;
      }
    } else {
      if (json5) {
        result += escapeChar;
        lastIndex = escapeIndex + 2;
      } else {
        throw new ErrorWithLocation(
          `Invalid escape \\${escapeChar}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
    }
    escapeIndex = value.indexOf("\\", lastIndex);
  }
  result += value.slice(lastIndex);
  return result;
}
__name(getStringValue, "getStringValue");
function getLiteralValue(value, token, json5 = false) {
  switch (token.type) {
    case "Boolean":
      return value === "true";
    case "Number":
      if (json5) {
        if (value.charCodeAt(0) === 45) {
          return -Number(value.slice(1));
        }
        if (value.charCodeAt(0) === 43) {
          return Number(value.slice(1));
        }
      }
      return Number(value);
    case "String":
      return getStringValue(value.slice(1, -1), token, json5);
    default:
      throw new TypeError(`Unknown token type "${token.type}.`);
  }
}
__name(getLiteralValue, "getLiteralValue");
function parse(text, options) {
  options = Object.freeze({
    ...DEFAULT_OPTIONS,
    ...options
  });
  const tokens = [];
  const tokenizer = new Tokenizer(text, {
    mode: options.mode,
    ranges: options.ranges
  });
  const json5 = options.mode === "json5";
  const allowTrailingCommas = options.allowTrailingCommas || json5;
  function nextNoComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    return nextType;
  }
  __name(nextNoComments, "nextNoComments");
  function nextSkipComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    if (nextType >= tt.LineComment) {
      return nextSkipComments();
    }
    return nextType;
  }
  __name(nextSkipComments, "nextSkipComments");
  const next = options.mode === "json" ? nextNoComments : nextSkipComments;
  function assertTokenType(token, type) {
    if (token !== type) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  __name(assertTokenType, "assertTokenType");
  function assertTokenTypes(token, types2) {
    if (!types2.includes(token)) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  __name(assertTokenTypes, "assertTokenTypes");
  function createRange(start, end) {
    return options.ranges ? {
      range: [start.offset, end.offset]
    } : void 0;
  }
  __name(createRange, "createRange");
  function createLiteralNode(tokenType) {
    const token = tokenizer.token;
    const range = createRange(token.loc.start, token.loc.end);
    const value = getLiteralValue(
      text.slice(token.loc.start.offset, token.loc.end.offset),
      token,
      json5
    );
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    switch (tokenType) {
      case tt.String:
        return types.string(
          /** @type {string} */
          value,
          parts
        );
      case tt.Number:
        return types.number(
          /** @type {number} */
          value,
          parts
        );
      case tt.Boolean:
        return types.boolean(
          /** @type {boolean} */
          value,
          parts
        );
      default:
        throw new TypeError(`Unknown token type ${token.type}.`);
    }
  }
  __name(createLiteralNode, "createLiteralNode");
  function createJSON5IdentifierNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    if (token.type !== "Identifier") {
      let sign = "";
      if (identifier[0] === "+" || identifier[0] === "-") {
        sign = identifier[0];
      }
      return types[identifier.includes("NaN") ? "nan" : "infinity"](
        /** @type {Sign} */
        sign,
        parts
      );
    }
    return types.identifier(normalizeIdentifier(identifier), parts);
  }
  __name(createJSON5IdentifierNode, "createJSON5IdentifierNode");
  function createNullNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    return types.null({
      loc: {
        start: {
          ...token.loc.start
        },
        end: {
          ...token.loc.end
        }
      },
      ...range
    });
  }
  __name(createNullNode, "createNullNode");
  function parseProperty(tokenType) {
    if (json5) {
      assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
    } else {
      assertTokenType(tokenType, tt.String);
    }
    const token = tokenizer.token;
    if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
      throw new UnexpectedToken(token);
    }
    let key = tokenType === tt.String ? (
      /** @type {StringNode} */
      createLiteralNode(tokenType)
    ) : (
      /** @type {IdentifierNode|NaNNode|InfinityNode} */
      createJSON5IdentifierNode(token)
    );
    if (json5 && (key.type === "NaN" || key.type === "Infinity")) {
      if (key.sign !== "") {
        throw new UnexpectedToken(tokenizer.token);
      }
      key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
    }
    tokenType = next();
    assertTokenType(tokenType, tt.Colon);
    const value = parseValue();
    const range = createRange(key.loc.start, value.loc.end);
    return types.member(
      /** @type {StringNode|IdentifierNode} */
      key,
      /** @type {ValueNode} */
      value,
      {
        loc: {
          start: {
            ...key.loc.start
          },
          end: {
            ...value.loc.end
          }
        },
        ...range
      }
    );
  }
  __name(parseProperty, "parseProperty");
  function parseObject(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBrace);
    const firstToken = tokenizer.token;
    const members = [];
    let tokenType = next();
    if (tokenType !== tt.RBrace) {
      do {
        members.push(parseProperty(tokenType));
        tokenType = next();
        if (!tokenType) {
          throw new UnexpectedEOF(members[members.length - 1].loc.end);
        }
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBrace) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBrace);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.object(members, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  __name(parseObject, "parseObject");
  function parseArray(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBracket);
    const firstToken = tokenizer.token;
    const elements2 = [];
    let tokenType = next();
    if (tokenType !== tt.RBracket) {
      do {
        const value = parseValue(tokenType);
        elements2.push(types.element(
          /** @type {ValueNode} */
          value,
          { loc: value.loc }
        ));
        tokenType = next();
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBracket) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBracket);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.array(elements2, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  __name(parseArray, "parseArray");
  function parseValue(tokenType) {
    tokenType = tokenType ?? next();
    const token = tokenizer.token;
    if (!tokenType) {
      throw new UnexpectedEOF({
        line: 1,
        column: 1,
        offset: 0
      });
    }
    switch (tokenType) {
      case tt.String:
      case tt.Boolean:
        return createLiteralNode(tokenType);
      case tt.Number:
        if (json5) {
          let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
          if (tokenText[0] === "+" || tokenText[0] === "-") {
            tokenText = tokenText.slice(1);
          }
          if (tokenText === "NaN" || tokenText === "Infinity") {
            return createJSON5IdentifierNode(token);
          }
        }
        return createLiteralNode(tokenType);
      case tt.Null:
        return createNullNode(token);
      case tt.LBrace:
        return parseObject(tokenType);
      case tt.LBracket:
        return parseArray(tokenType);
      default:
        throw new UnexpectedToken(token);
    }
  }
  __name(parseValue, "parseValue");
  const docBody = parseValue();
  const unexpectedToken = next();
  if (unexpectedToken) {
    throw new UnexpectedToken(tokenizer.token);
  }
  const textEndLocation = getEndLocation(text);
  const docParts = {
    loc: {
      start: {
        line: 1,
        column: 1,
        offset: 0
      },
      end: {
        ...textEndLocation
      }
    }
  };
  if (options.tokens) {
    docParts.tokens = tokens;
  }
  if (options.ranges) {
    docParts.range = [
      docParts.loc.start.offset,
      docParts.loc.end.offset
    ];
  }
  return types.document(
    /** @type {ValueNode} */
    docBody,
    docParts
  );
}
__name(parse, "parse");

// src/template/json/parse.ts
var JsonSyntaxError = class extends Error {
  static {
    __name(this, "JsonSyntaxError");
  }
  pos;
  constructor(message, pos) {
    super(message);
    this.name = "JsonSyntaxError";
    this.pos = pos;
  }
};
function toPos(p2) {
  return { line: p2.line, column: p2.column, offset: p2.offset };
}
__name(toPos, "toPos");
function convert2(node, path3, text) {
  const pos = toPos(node.loc.start);
  switch (node.type) {
    case "String":
      return { kind: "string", value: node.value, pos, path: path3 };
    case "Number":
      return {
        kind: "number",
        value: node.value,
        raw: text.slice(node.loc.start.offset, node.loc.end.offset),
        pos,
        path: path3
      };
    case "Boolean":
      return { kind: "boolean", value: node.value, pos, path: path3 };
    case "Null":
      return { kind: "null", value: null, pos, path: path3 };
    case "Array":
      return {
        kind: "array",
        pos,
        path: path3,
        items: node.elements.map((el, i) => convert2(el.value, childPath(path3, i), text))
      };
    case "Object":
      return {
        kind: "object",
        pos,
        path: path3,
        members: node.members.map((m) => {
          const key = m.name.type === "String" ? m.name.value : m.name.name;
          const p2 = childPath(path3, key);
          return {
            key,
            keyPos: toPos(m.name.loc.start),
            path: p2,
            value: convert2(m.value, p2, text)
          };
        })
      };
    default:
      throw new JsonSyntaxError(`unexpected JSON node ${node.type}`, pos);
  }
}
__name(convert2, "convert");
function parseJson(text) {
  let ast;
  try {
    ast = parse(text, { mode: "json", ranges: false, tokens: false });
  } catch (err) {
    const e = err;
    const message = (e.message ?? String(err)).replace(/\s*\(\d+:\d+\)\s*$/, "");
    throw new JsonSyntaxError(message, { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset ?? 0 });
  }
  return convert2(ast.body, "", text);
}
__name(parseJson, "parseJson");

// src/template/hcl2/json-syntax.ts
var SCHEMA = {
  "": { packer: 0, variable: 1, locals: 0, local: 1, data: 2, source: 2, build: 0 },
  packer: { required_plugins: 0 },
  variable: { validation: 0 },
  build: {
    source: 1,
    provisioner: 1,
    "error-cleanup-provisioner": 1,
    "post-processor": 1,
    "post-processors": 0
  },
  "post-processors": { "post-processor": 1 },
  source: { system_disk_mapping: 0, image_disk_mappings: 0, tag: 0, dynamic: 1 },
  provisioner: { dynamic: 1 },
  "error-cleanup-provisioner": { dynamic: 1 },
  "post-processor": { dynamic: 1 },
  dynamic: { content: 0 },
  locals: {},
  local: {},
  data: {},
  required_plugins: {},
  validation: {}
};
var EXPRESSION_ATTRS = { variable: ["type"], dynamic: ["iterator"] };
function parseHclJson(text, file, varFile = false) {
  const diags = [];
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    const pos = err instanceof JsonSyntaxError ? err.pos : { line: 1, column: 1, offset: 0 };
    diags.push({
      severity: "error",
      summary: "Invalid JSON",
      detail: err.message,
      range: { file, start: pos, end: pos }
    });
    return { diagnostics: diags };
  }
  const at = /* @__PURE__ */ __name((pos) => ({ file, start: pos, end: pos }), "at");
  const error = /* @__PURE__ */ __name((pos, summary, detail) => diags.push({ severity: "error", summary, detail, range: at(pos) }), "error");
  const relocate = /* @__PURE__ */ __name((x, pos) => {
    if (Array.isArray(x)) {
      for (const y of x) relocate(y, pos);
    } else if (x && typeof x === "object") {
      for (const [k, v] of Object.entries(x)) {
        if ((k === "range" || k === "nameRange") && v && typeof v === "object" && "start" in v) {
          x[k] = at(pos);
        } else relocate(v, pos);
      }
    }
    return x;
  }, "relocate");
  const expr = /* @__PURE__ */ __name((n, asExpression) => {
    const range = at(n.pos);
    switch (n.kind) {
      case "string": {
        const r = asExpression ? parseHclExpression(n.value, file) : parseHclTemplate(n.value, file);
        for (const d of r.diagnostics) diags.push({ ...d, range });
        if (!r.expr) return { kind: "literal", value: null, range };
        return relocate(r.expr, n.pos);
      }
      case "number":
      case "boolean":
      case "null":
        return { kind: "literal", value: n.value, range };
      case "array":
        return { kind: "tuple", items: n.items.map((i) => expr(i, false)), range };
      case "object":
        return {
          kind: "object",
          items: n.members.filter((m) => m.key !== "//").map((m) => ({
            key: { kind: "literal", value: m.key, range: at(m.keyPos) },
            value: expr(m.value, false)
          })),
          range
        };
    }
  }, "expr");
  const body = /* @__PURE__ */ __name((n, blockType) => {
    const out = { attributes: [], blocks: [], range: at(n.pos) };
    if (n.kind !== "object") {
      error(
        n.pos,
        "Incorrect JSON value type",
        "A JSON object is required here, since it is defining a block body."
      );
      return out;
    }
    const schema = varFile ? {} : SCHEMA[blockType] ?? (blockType === "dynamic" ? SCHEMA.dynamic : { dynamic: 1 });
    for (const m of n.members) {
      if (m.key === "//") continue;
      const labels = schema[m.key];
      if (labels === void 0) {
        const a = {
          name: m.key,
          nameRange: at(m.keyPos),
          expr: expr(m.value, (EXPRESSION_ATTRS[blockType] ?? []).includes(m.key)),
          range: at(m.keyPos)
        };
        if (out.attributes.some((x) => x.name === m.key)) {
          error(
            m.keyPos,
            "Duplicate argument",
            `The argument "${m.key}" was already set. Each argument may be set only once.`
          );
        } else out.attributes.push(a);
        continue;
      }
      const collect = /* @__PURE__ */ __name((v, got, gotRanges) => {
        if (got.length < labels) {
          if (v.kind !== "object") {
            error(
              v.pos,
              "Incorrect JSON value type",
              `A JSON object is required here, whose properties are the "${m.key}" block labels.`
            );
            return;
          }
          for (const lm of v.members) {
            if (lm.key === "//") continue;
            collect(lm.value, [...got, lm.key], [...gotRanges, at(lm.keyPos)]);
          }
          return;
        }
        const bodies = v.kind === "array" ? v.items : [v];
        for (const b2 of bodies) {
          const block = {
            type: m.key,
            typeRange: at(m.keyPos),
            labels: got,
            labelRanges: gotRanges,
            body: body(b2, m.key),
            range: at(b2.pos)
          };
          out.blocks.push(block);
        }
      }, "collect");
      collect(m.value, [], []);
    }
    return out;
  }, "body");
  const b = body(root, "");
  return { body: b, diagnostics: diags };
}
__name(parseHclJson, "parseHclJson");

// src/template/hcl2/typeexpr.ts
var PRIMITIVES = ["string", "number", "bool", "any"];
function parseTypeExpr(e, allowOptional = false) {
  if (e.kind === "variable") {
    if (PRIMITIVES.includes(e.name)) return { k: e.name };
    if (["list", "set", "map", "tuple", "object"].includes(e.name)) {
      return `The ${e.name} type constructor requires one argument specifying the element type.`;
    }
    return `The keyword "${e.name}" is not a valid type specification.`;
  }
  if (e.kind === "paren") return parseTypeExpr(e.expr, allowOptional);
  if (e.kind !== "call")
    return "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).";
  const one = /* @__PURE__ */ __name(() => e.args.length === 1 ? e.args[0] : `The ${e.name} type constructor requires one argument specifying the element type.`, "one");
  switch (e.name) {
    case "list":
    case "set":
    case "map": {
      const a = one();
      if (typeof a === "string") return a;
      const el = parseTypeExpr(a);
      return typeof el === "string" ? el : { k: e.name, el };
    }
    case "tuple": {
      const a = one();
      if (typeof a === "string") return a;
      if (a.kind !== "tuple") return "The tuple type constructor requires a list of element types.";
      const els = [];
      for (const x of a.items) {
        const t = parseTypeExpr(x);
        if (typeof t === "string") return t;
        els.push(t);
      }
      return { k: "tuple", els };
    }
    case "object": {
      const a = one();
      if (typeof a === "string") return a;
      if (a.kind !== "object")
        return "The object type constructor requires one argument specifying the attribute types as a map.";
      const attrs = /* @__PURE__ */ new Map();
      for (const it of a.items) {
        const key = it.key.kind === "literal" ? String(it.key.value) : it.key.kind === "variable" ? it.key.name : void 0;
        if (key === void 0) return "Object constructor map keys must be attribute names.";
        const v = it.value;
        if (v.kind === "call" && v.name === "optional") {
          if (v.args.length < 1 || v.args.length > 2)
            return "Optional attribute modifier expects one or two arguments.";
          const t = parseTypeExpr(v.args[0]);
          if (typeof t === "string") return t;
          let def;
          if (v.args[1]) {
            const r = evaluate(v.args[1], { variables: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() });
            if (r.diagnostics.length) return "Invalid default value for optional attribute.";
            def = r.value;
          }
          attrs.set(key, { type: t, optional: true, default: def });
        } else {
          const t = parseTypeExpr(v);
          if (typeof t === "string") return t;
          attrs.set(key, { type: t, optional: false });
        }
      }
      return { k: "object", attrs };
    }
    case "optional":
      return allowOptional ? parseTypeExpr(e.args[0] ?? e) : 'Keyword "optional" is valid only as a modifier for object type attributes.';
    default:
      return `Keyword "${e.name}" is not a valid type constructor.`;
  }
}
__name(parseTypeExpr, "parseTypeExpr");

// src/template/hcl2/load.ts
var BUILD_VARIABLES = [...BUILD_DATA_KEYS, "WinRMPassword"];
var MAX_HTTP_BODY = 10 * 1024 * 1024;
function pointRange(file) {
  const p2 = { line: 1, column: 1, offset: 0 };
  return { file, start: p2, end: p2 };
}
__name(pointRange, "pointRange");
async function loadHcl2(path3, opts) {
  return new Loader(path3, opts).load();
}
__name(loadHcl2, "loadHcl2");
var Loader = class {
  constructor(path3, opts) {
    this.path = path3;
    this.opts = opts;
    this.env = opts.env ?? process.env;
    this.cwd = opts.cwd ?? process.cwd();
    this.fns = packerFunctions({
      cwd: this.cwd,
      now: opts.now ?? /* @__PURE__ */ new Date(),
      env: this.env,
      onRead: /* @__PURE__ */ __name((f) => {
        if (!this.readFiles.includes(f)) this.readFiles.push(f);
      }, "onRead")
    });
  }
  path;
  opts;
  static {
    __name(this, "Loader");
  }
  diags = [];
  env;
  cwd;
  readFiles = [];
  fns;
  files = [];
  sensitiveNames = [];
  sensitiveValues = /* @__PURE__ */ new Set();
  rootDir = ".";
  /** Built-in plugins already announced (one warning each). */
  saidPlugins = /* @__PURE__ */ new Set();
  pkrVars = {};
  error(range, summary, detail) {
    this.diags.push({ severity: "error", summary, detail, range });
  }
  warning(range, summary, detail) {
    this.diags.push({ severity: "warning", summary, detail, range });
  }
  /** The Packer plugins of the source types given (each once). */
  builtInPlugins() {
    const out = [];
    for (const spec of Object.values(this.opts.sources))
      if (!out.some((p2) => p2.name === spec.plugin.name)) out.push(spec.plugin);
    return out;
  }
  eval(expr, ctx) {
    const r = evaluate(expr, ctx);
    this.diags.push(...r.diagnostics);
    return r.value;
  }
  // ---- files -------------------------------------------------------------------------------
  discover() {
    const full = resolve2(this.cwd, this.path);
    if (!existsSync2(full)) {
      this.error(
        pointRange(this.path),
        "Template not found",
        `There is no file or directory at ${this.path}.`
      );
      return { templates: [], autoVarFiles: [] };
    }
    if (statSync2(full).isDirectory()) {
      this.rootDir = full;
      const names = readdirSync2(full).sort();
      const pick = /* @__PURE__ */ __name((suffix) => names.filter((n) => n.endsWith(suffix)).map((n) => join(this.path, n)), "pick");
      const templates = [...pick(".pkr.hcl"), ...pick(".pkr.json")];
      if (templates.length === 0) {
        this.error(
          pointRange(this.path),
          "No HCL2 template files",
          `The directory ${this.path} has no *.pkr.hcl or *.pkr.json files.`
        );
      }
      return { templates, autoVarFiles: [...pick(".auto.pkrvars.hcl"), ...pick(".auto.pkrvars.json")] };
    }
    this.rootDir = dirname(full);
    return { templates: [this.path], autoVarFiles: [] };
  }
  parseFile(file, varFile = false) {
    let text;
    try {
      text = readFileSync2(resolve2(this.cwd, file), "utf8");
    } catch (err) {
      this.error(pointRange(file), "Failed to read file", err.message);
      return void 0;
    }
    this.files.push(file);
    const r = file.endsWith(".json") ? parseHclJson(text, file, varFile) : parseHcl(text, file);
    this.diags.push(...r.diagnostics);
    return r.diagnostics.length ? void 0 : r.body;
  }
  // ---- load --------------------------------------------------------------------------------
  async load() {
    const { templates, autoVarFiles } = this.discover();
    const bodies = templates.map((f) => this.parseFile(f)).filter((b) => b !== void 0);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };
    const variables = /* @__PURE__ */ new Map();
    const localDefs = [];
    const dataDefs = [];
    const sources = /* @__PURE__ */ new Map();
    const builds = [];
    const packerBlocks = [];
    for (const body of bodies) {
      for (const a of body.attributes) {
        this.error(
          a.nameRange,
          "Unsupported argument",
          `An argument named "${a.name}" is not expected here.`
        );
      }
      for (const b of body.blocks) {
        switch (b.type) {
          case "packer":
            packerBlocks.push(b);
            break;
          case "variable":
          case "variables":
            if (b.type === "variables") {
              for (const a of b.body.attributes) {
                this.declareVariable(variables, a.name, {
                  ...b,
                  labels: [a.name],
                  body: { attributes: [{ ...a, name: "default" }], blocks: [], range: a.range }
                });
              }
            } else if (this.labels(b, 1, ["name"])) {
              this.declareVariable(variables, b.labels[0], b);
            }
            break;
          case "locals":
            for (const bl of b.body.blocks)
              this.error(
                bl.typeRange,
                "Unsupported block type",
                `Blocks of type "${bl.type}" are not expected here.`
              );
            for (const a of b.body.attributes) this.addLocal(localDefs, a.name, a.expr, false, a.nameRange);
            break;
          case "local": {
            if (!this.labels(b, 1, ["name"])) break;
            const attrs = this.attrs(b.body, ["expression", "sensitive"], ["expression"]);
            const sens = attrs.sensitive ? this.eval(attrs.sensitive.expr, this.staticCtx()) === true : false;
            if (attrs.expression)
              this.addLocal(localDefs, b.labels[0], attrs.expression.expr, sens, b.labelRanges[0]);
            break;
          }
          case "data":
            if (this.labels(b, 2, ["type", "name"])) dataDefs.push(b);
            break;
          case "source": {
            if (!this.labels(b, 2, ["type", "name"])) break;
            const [type, name] = b.labels;
            if (!Object.hasOwn(this.opts.sources, type)) {
              const known = Object.keys(this.opts.sources);
              this.error(
                b.labelRanges[0],
                "Unsupported source type",
                `The source type "${type}" is not available in image-build: only ${known.map((s) => `"${s}"`).join(", ")} sources are built in.`
              );
              break;
            }
            const key = `${type}.${name}`;
            if (sources.has(key)) {
              const prev = sources.get(key);
              this.error(
                b.labelRanges[1],
                "Duplicate source block",
                `This source block has the same builder type and name as a previous block declared at ${prev.block.range.file}:${prev.block.range.start.line},${prev.block.range.start.column}-${prev.block.range.end.line === prev.block.range.start.line ? prev.block.range.end.column : `${prev.block.range.end.line},${prev.block.range.end.column}`}. Each source must have a unique name per builder type.`
              );
              break;
            }
            sources.set(key, { type, name, block: b });
            break;
          }
          case "build":
            builds.push(b);
            break;
          default:
            this.error(
              b.typeRange,
              "Unsupported block type",
              `Blocks of type "${b.type}" are not expected here.`
            );
        }
      }
    }
    for (const b of packerBlocks) this.packerBlock(b);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };
    this.assignVariables(variables, autoVarFiles);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };
    const varObj = new ObjectValue(new Map([...variables].map(([k, v]) => [k, v.value ?? null])));
    this.validateVariables(variables, varObj);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };
    const ctx = await this.evaluateLocalsAndData(varObj, localDefs, dataDefs);
    if (hasErrors(this.diags)) return { diagnostics: this.diags };
    const out = [];
    for (const b of builds) out.push(...this.build(b, ctx, sources));
    if (builds.length === 0) {
      this.error(
        pointRange(this.path),
        "Missing build block",
        "A build block with one or more sources is required for executing a build."
      );
    }
    if (hasErrors(this.diags)) return { diagnostics: this.diags };
    const variablesJson = {};
    for (const [k, v] of variables) variablesJson[k] = toJson(v.value ?? null);
    return {
      template: {
        path: this.path,
        files: this.files,
        readFiles: this.readFiles,
        builds: out,
        variables: variablesJson,
        sensitiveNames: this.sensitiveNames,
        sensitiveValues: [...this.sensitiveValues],
        pkrVarEnv: this.pkrVars,
        diagnostics: this.diags
      },
      diagnostics: this.diags
    };
  }
  labels(b, n, names) {
    if (b.labels.length === n) return true;
    const r = b.labels.length > n ? b.labelRanges[n] : b.typeRange;
    this.error(
      r,
      b.labels.length > n ? "Extraneous label" : "Missing name for " + b.type,
      `A ${b.type} block requires ${n} label(s): ${names.join(", ")}.`
    );
    return false;
  }
  /** The attributes of `body`, checking that only `allowed` ones appear and `required` ones do. */
  attrs(body, allowed, required = []) {
    const out = {};
    for (const a of body.attributes) {
      if (!allowed.includes(a.name))
        this.error(
          a.nameRange,
          "Unsupported argument",
          `An argument named "${a.name}" is not expected here.`
        );
      else out[a.name] = a;
    }
    for (const r of required) {
      if (!out[r])
        this.error(
          body.range,
          "Missing required argument",
          `The argument "${r}" is required, but no definition was found.`
        );
    }
    return out;
  }
  staticCtx() {
    return { variables: /* @__PURE__ */ new Map(), functions: this.fns.general };
  }
  baseVars(varObj) {
    return /* @__PURE__ */ new Map([
      ["var", varObj],
      ["path", obj({ root: this.rootDir, cwd: this.cwd })],
      ["packer", obj({ version: PACKER_VERSION })]
    ]);
  }
  // ---- packer block ------------------------------------------------------------------------
  packerBlock(b) {
    const a = this.attrs(b.body, ["required_version"]);
    if (a.required_version) {
      const v = this.eval(a.required_version.expr, this.staticCtx());
      if (typeof v === "string") {
        let ok = true;
        try {
          ok = satisfies(PACKER_VERSION, v);
        } catch (err) {
          this.error(a.required_version.expr.range, "Invalid version constraint", err.message);
        }
        if (!ok) {
          this.error(
            a.required_version.expr.range,
            "Unsupported Packer Core version",
            `This configuration does not support Packer version ${PACKER_VERSION}. To proceed, either choose another supported Packer version or update the root module's version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.`
          );
        }
      } else {
        this.error(
          a.required_version.expr.range,
          "Invalid version constraint",
          "required_version must be a string."
        );
      }
    }
    for (const rp of b.body.blocks) {
      if (rp.type !== "required_plugins") {
        this.error(
          rp.typeRange,
          "Unsupported block type",
          `Blocks of type "${rp.type}" are not expected here.`
        );
        continue;
      }
      for (const plugin of rp.body.attributes) {
        const v = this.eval(plugin.expr, this.staticCtx());
        const src = v instanceof ObjectValue ? v.attrs.get("source") : void 0;
        const ver = v instanceof ObjectValue ? v.attrs.get("version") : void 0;
        const desc = `${typeof src === "string" ? src : plugin.name}${typeof ver === "string" ? ` ${ver}` : ""}`;
        const builtIn = this.builtInPlugins();
        const isBuiltIn = builtIn.some(
          (p2) => plugin.name === p2.name && (src === void 0 || String(src) === p2.source || String(src).endsWith(`/${p2.source}`))
        );
        if (isBuiltIn) {
          if (this.saidPlugins.has(plugin.name)) continue;
          this.saidPlugins.add(plugin.name);
          this.warning(
            plugin.nameRange,
            "Built-in plugin",
            `The ${plugin.name} plugin (${desc}) is built into image-build; nothing is installed and the version constraint is not checked.`
          );
        } else {
          const names = builtIn.map((p2) => p2.name);
          const only = names.length === 1 ? `only the ${names[0]} plugin is` : `only the ${names.join(", ")} plugins are`;
          this.error(
            plugin.nameRange,
            "Plugin not available",
            `The plugin "${plugin.name}" (${desc}) is not available in image-build: ${only} built in. Remove the blocks that need it, or run this template with Packer.`
          );
        }
      }
    }
  }
  // ---- variables ---------------------------------------------------------------------------
  declareVariable(vars, name, b) {
    if (vars.has(name)) {
      const prev = vars.get(name).block.range;
      this.error(
        b.labelRanges[0] ?? b.typeRange,
        "Duplicate variable",
        `Duplicate ${name} variable definition found at ${prev.file}:${prev.start.line},${prev.start.column}.`
      );
      return;
    }
    const a = this.attrs(b.body, ["type", "default", "description", "sensitive", "nullable"]);
    const decl = {
      name,
      block: b,
      type: ANY,
      typeGiven: false,
      hasDefault: false,
      sensitive: false,
      nullable: true,
      validations: [],
      assigned: false,
      valueRange: b.range
    };
    if (a.type) {
      const t = parseTypeExpr(a.type.expr);
      if (typeof t === "string") this.error(a.type.expr.range, "Invalid type specification", t);
      else {
        decl.type = t;
        decl.typeGiven = true;
      }
    }
    const defCtx = { variables: /* @__PURE__ */ new Map(), functions: this.fns.variableDefaults };
    if (a.default) {
      decl.hasDefault = true;
      decl.default = this.eval(a.default.expr, defCtx);
      decl.valueRange = a.default.expr.range;
      if (!decl.typeGiven && decl.default !== null) decl.type = inferType(decl.default);
    }
    for (const k of ["sensitive", "nullable"]) {
      if (!a[k]) continue;
      const v = this.eval(a[k].expr, this.staticCtx());
      if (typeof v !== "boolean")
        this.error(
          a[k].expr.range,
          "Incorrect attribute value type",
          `Inappropriate value for attribute "${k}": bool required.`
        );
      else decl[k] = v;
    }
    for (const vb of b.body.blocks) {
      if (vb.type !== "validation") {
        this.error(
          vb.typeRange,
          "Unsupported block type",
          `Blocks of type "${vb.type}" are not expected here.`
        );
        continue;
      }
      const va = this.attrs(vb.body, ["condition", "error_message"], ["condition", "error_message"]);
      if (va.condition && va.error_message) {
        const refs = references(va.condition.expr);
        if (!refs.some((r) => r.root === "var" && r.attr === name)) {
          this.error(
            va.condition.expr.range,
            "Invalid variable validation condition",
            `The condition for variable "${name}" must refer to var.${name} in order to test incoming values.`
          );
        }
        decl.validations.push({
          condition: va.condition.expr,
          message: va.error_message.expr,
          range: vb.range
        });
      }
    }
    vars.set(name, decl);
  }
  setValue(decl, value, range, source) {
    decl.assigned = true;
    try {
      decl.value = convert(value, decl.type);
      decl.valueRange = range;
    } catch (err) {
      const msg = err instanceof ConversionError ? err.message : String(err);
      this.error(
        range,
        "Invalid value for variable",
        `The value for ${decl.name} (from ${source}) is not compatible with the variable's type constraint: ${msg}.`
      );
    }
  }
  /** A `-var` or `PKR_VAR_` text: literal for string variables, an HCL expression otherwise. */
  parseTextValue(decl, text, label) {
    if (decl.type.k === "string" || decl.type.k === "any" && !decl.typeGiven) return text;
    const r = parseHclExpression(text, label);
    this.diags.push(...r.diagnostics);
    if (!r.expr) return void 0;
    return this.eval(r.expr, { variables: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() });
  }
  assignVariables(vars, autoVarFiles) {
    for (const decl of vars.values()) {
      if (decl.hasDefault) {
        try {
          decl.value = convert(decl.default ?? null, decl.type);
        } catch (err) {
          this.error(
            decl.valueRange,
            "Invalid default value for variable",
            `This default value is not compatible with the variable's type constraint: ${err.message}.`
          );
        }
      }
    }
    for (const [k, v] of Object.entries(this.env)) {
      if (!k.startsWith("PKR_VAR_") || v === void 0) continue;
      const decl = vars.get(k.slice(8));
      if (!decl) continue;
      const value = this.parseTextValue(decl, v, k);
      if (value !== void 0) this.setValue(decl, value, pointRange(k), `the environment variable ${k}`);
      if (!decl.sensitive) this.pkrVars[k] = v;
    }
    for (const f of [...autoVarFiles, ...this.opts.varFiles ?? []]) this.applyVarFile(vars, f);
    for (const [name, text] of this.opts.vars ?? []) {
      const decl = vars.get(name);
      const r = pointRange(`-var ${name}`);
      if (!decl) {
        this.error(
          r,
          "Undefined -var variable",
          `A "${name}" variable was passed in but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl`
        );
        continue;
      }
      const value = this.parseTextValue(decl, text, `-var ${name}`);
      if (value !== void 0) this.setValue(decl, value, r, "-var");
    }
    for (const decl of vars.values()) {
      if (decl.value === void 0 && !decl.hasDefault && !decl.assigned) {
        this.error(
          decl.block.labelRanges[0] ?? decl.block.range,
          `Unset variable "${decl.name}"`,
          "A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details."
        );
      } else if ((decl.value ?? null) === null && !decl.nullable) {
        this.error(
          decl.valueRange,
          "Invalid variable value",
          `The variable "${decl.name}" is non-nullable, but its value is null.`
        );
      }
      if (decl.sensitive) {
        this.sensitiveNames.push(decl.name);
        this.collectSensitive(decl.value ?? null);
      }
    }
  }
  applyVarFile(vars, file) {
    const body = this.parseFile(file, true);
    if (!body) return;
    for (const b of body.blocks)
      this.error(
        b.typeRange,
        "Unexpected block",
        `Blocks are not allowed here: a var file sets variables with name = value.`
      );
    for (const a of body.attributes) {
      const decl = vars.get(a.name);
      if (!decl) {
        this.warning(
          a.nameRange,
          "Undefined variable",
          `A "${a.name}" variable was set but was not found in known variables. To declare variable "${a.name}", place this block in one of your .pkr.hcl files, such as variables.pkr.hcl`
        );
        continue;
      }
      const v = this.eval(a.expr, { variables: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() });
      this.setValue(decl, v, a.expr.range, basename(file));
    }
  }
  validateVariables(vars, varObj) {
    const ctx = { variables: /* @__PURE__ */ new Map([["var", varObj]]), functions: this.fns.general };
    for (const decl of vars.values()) {
      for (const v of decl.validations) {
        const ok = this.eval(v.condition, ctx);
        if (ok instanceof UnknownValue) continue;
        if (typeof ok !== "boolean") {
          this.error(
            v.condition.range,
            "Invalid variable validation result",
            "Validation condition expression must return either true or false."
          );
          continue;
        }
        if (!ok) {
          const msg = this.eval(v.message, ctx);
          this.error(
            decl.valueRange,
            "Invalid value for variable",
            `${typeof msg === "string" ? msg : "(the error_message is not a string)"}

This was checked by the validation rule at ${v.range.file}:${v.range.start.line},${v.range.start.column}.`
          );
        }
      }
    }
  }
  collectSensitive(v) {
    if (typeof v === "string") {
      if (v !== "") this.sensitiveValues.add(v);
    } else if (typeof v === "number") {
      this.sensitiveValues.add(String(v));
    } else if (Array.isArray(v) || v instanceof SetValue) {
      for (const x of elements(v) ?? []) this.collectSensitive(x);
    } else if (v instanceof ObjectValue) {
      for (const x of v.attrs.values()) this.collectSensitive(x);
    }
  }
  // ---- locals and data sources -------------------------------------------------------------
  addLocal(defs, name, expr, sensitive, range) {
    const prev = defs.find((d) => d.name === name);
    if (prev) {
      this.error(
        range,
        "Duplicate local definition",
        `Duplicate ${name} local definition found at ${prev.range.file}:${prev.range.start.line},${prev.range.start.column}.`
      );
      return;
    }
    defs.push({ name, expr, sensitive, range });
  }
  async evaluateLocalsAndData(varObj, localDefs, dataDefs) {
    const locals = /* @__PURE__ */ new Map();
    const data = /* @__PURE__ */ new Map();
    const vars = this.baseVars(varObj);
    const ctx = { variables: vars, functions: this.fns.general };
    const refresh = /* @__PURE__ */ __name(() => {
      vars.set("local", new ObjectValue(locals));
      vars.set("data", new ObjectValue(new Map([...data].map(([t, m]) => [t, new ObjectValue(m)]))));
    }, "refresh");
    refresh();
    let pending = [
      ...localDefs.map((def) => ({ kind: "local", def })),
      ...dataDefs.map((block) => ({ kind: "data", block }))
    ];
    const pendingData = /* @__PURE__ */ __name((type) => pending.some((p2) => p2.kind === "data" && (type === void 0 || p2.block.labels[0] === type)), "pendingData");
    const ready = /* @__PURE__ */ __name((exprs, self) => exprs.every(
      (e) => references(e).every((r) => {
        if (r.root === "local")
          return !pending.some((p2) => p2 !== self && p2.kind === "local" && p2.def.name === r.attr);
        if (r.root === "data")
          return !pending.some(
            (p2) => p2 !== self && p2.kind === "data" && (r.attr === void 0 || p2.block.labels[0] === r.attr)
          );
        return true;
      })
    ), "ready");
    let force = false;
    while (pending.length > 0) {
      let progressed = false;
      for (const item of [...pending]) {
        const exprs = item.kind === "local" ? [item.def.expr] : [...item.block.body.attributes.map((a) => a.expr)];
        if (!force && !ready(exprs, item)) continue;
        pending = pending.filter((p2) => p2 !== item);
        progressed = true;
        if (item.kind === "local") {
          const v = this.eval(item.def.expr, ctx);
          locals.set(item.def.name, v);
          if (item.def.sensitive) {
            this.sensitiveNames.push(item.def.name);
            this.collectSensitive(v);
          }
        } else {
          const [type, name] = item.block.labels;
          const out = await this.dataSource(item.block, ctx);
          if (!data.has(type)) data.set(type, /* @__PURE__ */ new Map());
          data.get(type).set(name, out);
        }
        refresh();
        if (force) break;
      }
      if (!progressed) force = true;
    }
    void pendingData;
    return ctx;
  }
  async dataSource(b, ctx) {
    const [type] = b.labels;
    if (type === "null") {
      const a = this.attrs(b.body, ["input"], ["input"]);
      const input = a.input ? this.eval(a.input.expr, ctx) : null;
      return obj({ input, output: input });
    }
    if (type === "http") {
      const a = this.attrs(b.body, ["url", "request_headers", "method", "request_body"], ["url"]);
      if (!a.url) return new UnknownValue();
      const url = this.eval(a.url.expr, ctx);
      const headers = a.request_headers ? this.eval(a.request_headers.expr, ctx) : null;
      const method = a.method ? this.eval(a.method.expr, ctx) : "GET";
      const body = a.request_body ? this.eval(a.request_body.expr, ctx) : null;
      if (typeof url !== "string" || isUnknown(url)) return new UnknownValue();
      const h = {};
      if (headers instanceof ObjectValue) for (const [k, v] of headers.attrs) h[k] = String(v);
      try {
        const res = await fetch(url, {
          method: typeof method === "string" ? method : "GET",
          headers: h,
          body: typeof body === "string" ? body : void 0,
          signal: AbortSignal.timeout(6e4)
        });
        const buf = Buffer.from(await res.arrayBuffer());
        if (res.status < 200 || res.status > 299) {
          this.error(
            a.url.expr.range,
            "HTTP request failed",
            `data "http" "${b.labels[1]}": HTTP request error. Response code: ${res.status}`
          );
          return new UnknownValue();
        }
        if (buf.length > MAX_HTTP_BODY) {
          this.error(
            a.url.expr.range,
            "HTTP response too large",
            `data "http" "${b.labels[1]}": the response body is larger than ${MAX_HTTP_BODY} bytes.`
          );
          return new UnknownValue();
        }
        const rh = {};
        res.headers.forEach((v, k) => {
          rh[k.replace(/(^|-)([a-z])/g, (_m, s, c) => s + c.toUpperCase())] = v;
        });
        return obj({
          url,
          request_headers: headers ?? null,
          response_headers: obj(rh, true),
          body: buf.toString("utf8"),
          status_code: res.status
        });
      } catch (err) {
        this.error(
          a.url.expr.range,
          "HTTP request failed",
          `data "http" "${b.labels[1]}": error making the request to ${url}: ${err.message}`
        );
        return new UnknownValue();
      }
    }
    this.error(
      b.labelRanges[0],
      "Unsupported data source type",
      `The data source "${type}" is not available in image-build: only the "null" and "http" data sources are built in.`
    );
    return new UnknownValue();
  }
  // ---- builds ------------------------------------------------------------------------------
  build(b, ctx, sources) {
    const a = this.attrs(b.body, ["name", "description", "sources"]);
    const str2 = /* @__PURE__ */ __name((x) => {
      if (!x) return "";
      const v = this.eval(x.expr, ctx);
      return typeof v === "string" ? v : "";
    }, "str");
    const buildName = str2(a.name);
    const description = str2(a.description);
    const uses = [];
    if (a.sources) {
      const v = this.eval(a.sources.expr, ctx);
      const items = elements(v);
      if (!items)
        this.error(
          a.sources.expr.range,
          "Invalid sources",
          `sources must be a list of source references such as "source.${Object.keys(this.opts.sources)[0] ?? "type"}.example".`
        );
      else for (const s of items) uses.push({ ref: String(s), range: a.sources.expr.range });
    }
    const provisioners = [];
    const postProcessors = [];
    let cleanup;
    for (const bl of b.body.blocks) {
      switch (bl.type) {
        case "source":
          if (this.labels(bl, 1, ["reference"]))
            uses.push({ ref: bl.labels[0], range: bl.labelRanges[0], block: bl });
          break;
        case "provisioner":
          if (this.labels(bl, 1, ["type"])) provisioners.push(bl);
          break;
        case "error-cleanup-provisioner":
          if (this.labels(bl, 1, ["type"])) cleanup = bl;
          break;
        case "post-processor":
          if (this.labels(bl, 1, ["type"])) postProcessors.push([bl]);
          break;
        case "post-processors": {
          const chain = [];
          for (const pp of bl.body.blocks) {
            if (pp.type !== "post-processor")
              this.error(
                pp.typeRange,
                "Unsupported block type",
                `Blocks of type "${pp.type}" are not expected here.`
              );
            else if (this.labels(pp, 1, ["type"])) chain.push(pp);
          }
          for (const at of bl.body.attributes)
            this.error(
              at.nameRange,
              "Unsupported argument",
              `An argument named "${at.name}" is not expected here.`
            );
          if (chain.length) postProcessors.push(chain);
          break;
        }
        default:
          this.error(
            bl.typeRange,
            "Unsupported block type",
            `Blocks of type "${bl.type}" are not expected here.`
          );
      }
    }
    if (uses.length === 0) {
      this.error(
        b.typeRange,
        "Missing sources",
        "A build block must reference at least one source, with sources = [...] or a source block."
      );
    }
    const out = [];
    for (const use of uses) {
      const parts = use.ref.split(".");
      const [type, name] = parts.length > 2 ? parts.slice(1) : parts;
      const decl = sources.get(`${type}.${name}`);
      if (!decl || parts.length < 2) {
        const ref = parts.length >= 2 ? `${type}.${name}` : use.ref;
        const known = [...sources.keys()];
        const sugg = known.find((k) => levenshtein(k, ref) < 3);
        this.error(
          use.range,
          `Unknown source ${ref}`,
          sugg ? `Did you mean to use "${sugg}"?` : `Known: [${known.join(" ")}]`
        );
        continue;
      }
      let sourceName = name;
      const overrides = [];
      if (use.block) {
        for (const at of use.block.body.attributes) {
          if (at.name === "name") {
            const v = this.eval(at.expr, ctx);
            if (typeof v === "string") sourceName = v;
          } else overrides.push(at);
        }
      }
      const full = `${type}.${sourceName}`;
      const srcCtx = childContext(ctx, { source: obj({ type, name: sourceName }) });
      const body = {
        ...decl.block.body,
        attributes: [
          ...decl.block.body.attributes.filter((x) => !overrides.some((o) => o.name === x.name)),
          ...overrides
        ],
        blocks: [...decl.block.body.blocks, ...use.block?.body.blocks ?? []]
      };
      const blocks = this.opts.sources[type]?.blocks ?? {};
      const builderCfg = this.decodeBody(body, srcCtx, decl.block.range, blocks, true, /* @__PURE__ */ new Set());
      builderCfg.members.unshift(
        {
          key: "type",
          keyRange: decl.block.labelRanges[0],
          value: { kind: "string", value: type, range: decl.block.labelRanges[0] }
        },
        {
          key: "name",
          keyRange: decl.block.labelRanges[1],
          value: { kind: "string", value: sourceName, range: decl.block.labelRanges[1] }
        }
      );
      const buildVars = { name: buildName };
      for (const k of BUILD_VARIABLES) buildVars[k] = `{{ build \`${k}\` }}`;
      const bctx = childContext(srcCtx, { build: obj(buildVars) });
      const provs = provisioners.map((p2) => this.plugin(p2, bctx, full, "provisioner")).filter((x) => x !== void 0);
      const pps = postProcessors.map(
        (chain) => chain.map((p2) => this.plugin(p2, bctx, full, "post-processor")).filter((x) => x !== void 0)
      ).filter((c) => c.length > 0);
      out.push({
        buildName,
        description,
        sourceType: type,
        sourceName,
        sourceLabel: name,
        name: buildName ? `${buildName}.${full}` : full,
        builder: builderCfg,
        provisioners: provs,
        errorCleanupProvisioner: cleanup ? this.plugin(cleanup, bctx, full, "provisioner") : void 0,
        postProcessors: pps
      });
    }
    return out;
  }
  /** A provisioner or post-processor for one source, or undefined when `only`/`except` skip it. */
  plugin(b, ctx, sourceName, kind) {
    const metaNames = kind === "provisioner" ? ["only", "except", "pause_before", "max_retries", "timeout", "override", "name"] : ["only", "except", "keep_input_artifact", "name"];
    const meta = {};
    for (const a of b.body.attributes) if (metaNames.includes(a.name)) meta[a.name] = a;
    const list = /* @__PURE__ */ __name((a) => {
      if (!a) return void 0;
      const v = this.eval(a.expr, ctx);
      const els = elements(v);
      if (!els) {
        this.error(
          a.expr.range,
          "Incorrect attribute value type",
          `Inappropriate value for attribute "${a.name}": list of string required.`
        );
        return [];
      }
      return els.map(String);
    }, "list");
    const only = list(meta.only);
    const except = list(meta.except);
    const matches = /* @__PURE__ */ __name((names) => names.some((n) => n === sourceName || n === `source.${sourceName}`), "matches");
    if (only && !matches(only)) return void 0;
    if (except && matches(except)) return void 0;
    const cfg = this.decodeBody(b.body, ctx, b.range, {}, false, new Set(metaNames));
    const head = [
      {
        key: "type",
        keyRange: b.labelRanges[0],
        value: { kind: "string", value: b.labels[0], range: b.labelRanges[0] }
      }
    ];
    for (const k of metaNames) {
      const a = meta[k];
      if (!a || k === "only" || k === "except" || k === "override") continue;
      head.push({ key: k, keyRange: a.nameRange, value: toPNode(this.eval(a.expr, ctx), a.expr) });
    }
    cfg.members.unshift(...head);
    if (meta.override) {
      const ov = this.eval(meta.override.expr, ctx);
      if (ov instanceof ObjectValue) {
        const mine = ov.attrs.get(sourceName) ?? ov.attrs.get(sourceName.split(".")[1] ?? "");
        if (mine instanceof ObjectValue) {
          for (const [k, v] of mine.attrs) {
            const node = toPNode(v, meta.override.expr);
            const i = cfg.members.findIndex((m) => m.key === k);
            if (i >= 0) cfg.members[i] = { ...cfg.members[i], value: node };
            else cfg.members.push({ key: k, keyRange: meta.override.nameRange, value: node });
          }
        }
      } else if (ov !== null) {
        this.error(
          meta.override.expr.range,
          "Incorrect attribute value type",
          'Inappropriate value for attribute "override": object required.'
        );
      }
    }
    return cfg;
  }
  /** Expands `dynamic` blocks into the blocks they generate, each with its iterator in scope. */
  expandBlocks(blocks, ctx) {
    const out = [];
    for (const b of blocks) {
      if (b.type !== "dynamic") {
        out.push({
          type: b.type,
          labels: b.labels,
          body: b.body,
          ctx,
          range: b.range,
          typeRange: b.typeRange
        });
        continue;
      }
      if (!this.labels(b, 1, ["type"])) continue;
      const a = this.attrs(b.body, ["for_each", "iterator", "labels"], ["for_each"]);
      const content = b.body.blocks.filter((x) => x.type === "content");
      for (const x of b.body.blocks)
        if (x.type !== "content")
          this.error(
            x.typeRange,
            "Unsupported block type",
            `Blocks of type "${x.type}" are not expected here.`
          );
      if (content.length !== 1) {
        this.error(
          b.range,
          content.length ? "Duplicate content block" : "Missing content block",
          'A dynamic block must have exactly one nested "content" block.'
        );
        continue;
      }
      if (!a.for_each) continue;
      let iterName = b.labels[0];
      if (a.iterator) {
        if (a.iterator.expr.kind === "variable") iterName = a.iterator.expr.name;
        else
          this.error(
            a.iterator.expr.range,
            "Invalid dynamic iterator name",
            "Dynamic iterator must be a single variable name."
          );
      }
      const coll = this.eval(a.for_each.expr, ctx);
      let pairs = [];
      if (coll instanceof ObjectValue) pairs = sortedKeys(coll).map((k) => [k, coll.attrs.get(k)]);
      else if (coll instanceof SetValue) pairs = coll.items.map((v) => [v, v]);
      else if (Array.isArray(coll)) pairs = coll.map((v, i) => [i, v]);
      else {
        if (!(coll instanceof UnknownValue))
          this.error(
            a.for_each.expr.range,
            "Invalid dynamic for_each value",
            "Cannot use a value of this type in for_each. An iterable collection is required."
          );
        continue;
      }
      for (const [k, v] of pairs) {
        const ictx = childContext(ctx, { [iterName]: obj({ key: k, value: v }) });
        let labels = [];
        if (a.labels) {
          const lv = elements(this.eval(a.labels.expr, ictx)) ?? [];
          labels = lv.map(String);
        }
        out.push({
          type: b.labels[0],
          labels,
          body: content[0].body,
          ctx: ictx,
          range: content[0].range,
          typeRange: b.labelRanges[0]
        });
      }
    }
    return out;
  }
  /**
   * Evaluates a plugin body into a positioned object: attributes (except `skip`), then nested
   * blocks per `spec` (`single` → object, `list` → array; unknown ones are arrays unless `strict`).
   */
  decodeBody(body, ctx, range, spec, strict, skip) {
    const members = [];
    for (const a of body.attributes) {
      if (skip.has(a.name)) continue;
      if (Object.hasOwn(spec, a.name)) {
        this.error(
          a.nameRange,
          "Unsupported argument",
          `An argument named "${a.name}" is not expected here. Did you mean to define a block of type "${a.name}"?`
        );
        continue;
      }
      members.push({ key: a.name, keyRange: a.nameRange, value: toPNode(this.eval(a.expr, ctx), a.expr) });
    }
    const grouped = /* @__PURE__ */ new Map();
    for (const b of this.expandBlocks(body.blocks, ctx)) {
      const mode = Object.hasOwn(spec, b.type) ? spec[b.type] : void 0;
      if (!mode && strict) {
        this.error(
          b.typeRange,
          "Unsupported block type",
          `Blocks of type "${b.type}" are not expected here.`
        );
        continue;
      }
      if (members.some((m) => m.key === b.type)) {
        this.error(
          b.typeRange,
          "Unsupported block type",
          `Blocks of type "${b.type}" are not expected here: "${b.type}" is already set as an argument.`
        );
        continue;
      }
      const node = this.decodeBody(b.body, b.ctx, b.range, {}, false, /* @__PURE__ */ new Set());
      const g = grouped.get(b.type);
      if (g) {
        if (mode === "single") {
          this.error(
            b.typeRange,
            "Duplicate block",
            `Only one "${b.type}" block is allowed. Another was defined at ${g.range.file}:${g.range.start.line},${g.range.start.column}.`
          );
          continue;
        }
        g.items.push(node);
      } else grouped.set(b.type, { items: [node], keyRange: b.typeRange, range: b.range });
    }
    for (const [type, g] of grouped) {
      const value = spec[type] === "single" ? g.items[0] : { kind: "array", items: g.items, range: g.range };
      members.push({ key: type, keyRange: g.keyRange, value });
    }
    return { kind: "object", members, range };
  }
};
function levenshtein(a, b) {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}
__name(levenshtein, "levenshtein");
function inferType(v) {
  if (typeof v === "string") return STRING;
  if (typeof v === "boolean") return BOOL;
  if (typeof v === "number") return { k: "number" };
  return ANY;
}
__name(inferType, "inferType");
function toPNode(v, expr) {
  const range = expr.range;
  const inner = expr?.kind === "paren" ? expr.expr : expr;
  if (v === null || v instanceof UnknownValue) return { kind: "null", range };
  if (typeof v === "string") return { kind: "string", value: v, range };
  if (typeof v === "number") return { kind: "number", value: v, range };
  if (typeof v === "boolean") return { kind: "bool", value: v, range };
  if (Array.isArray(v) || v instanceof SetValue) {
    const items = elements(v) ?? [];
    const sub = inner?.kind === "tuple" && inner.items.length === items.length ? inner.items : void 0;
    return { kind: "array", items: items.map((x, i) => toPNode(x, sub?.[i] ?? expr)), range };
  }
  const members = [];
  for (const [k, x] of v.attrs) {
    let item;
    if (inner?.kind === "object") {
      item = inner.items.find((it) => {
        if (it.key.kind === "literal") return it.key.value === k;
        if (it.key.kind === "template" && it.key.parts.length === 1 && it.key.parts[0].kind === "literal")
          return it.key.parts[0].value === k;
        return false;
      });
    }
    members.push({ key: k, keyRange: item?.key.range ?? range, value: toPNode(x, item?.value ?? expr) });
  }
  return { kind: "object", members, range };
}
__name(toPNode, "toPNode");

// src/template/hcl2/index.ts
function isHcl2Template(path3) {
  if (path3.endsWith(".pkr.hcl") || path3.endsWith(".pkr.json")) return true;
  try {
    return statSync3(path3).isDirectory();
  } catch {
    return false;
  }
}
__name(isHcl2Template, "isHcl2Template");
function isHcl2VarFile(path3) {
  return path3.endsWith(".pkrvars.hcl") || path3.endsWith(".pkrvars.json");
}
__name(isHcl2VarFile, "isHcl2VarFile");

// src/template/hcl2/template.ts
import { readFileSync as readFileSync3, statSync as statSync5 } from "node:fs";
import { dirname as dirname2, relative, resolve as resolve4, sep } from "node:path";

// src/template/json/meta-decode.ts
function goKindName(node) {
  switch (node.kind) {
    case "array":
      return "slice";
    case "object":
      return "map";
    case "null":
      return "invalid";
    default:
      return goTypeName(node);
  }
}
__name(goKindName, "goKindName");
function unconvertible(name, node, want) {
  return `'${name}' expected type '${want}', got unconvertible type '${goTypeName(node)}', value: '${goPrintValue(toPlain(node))}'`;
}
__name(unconvertible, "unconvertible");
function findMember(obj2, name, claimed) {
  let exact;
  for (const m of obj2.members) if (m.key === name) exact = m;
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const m of obj2.members) if (!claimed.has(m) && m.key.toLowerCase() === lower) return m;
  return void 0;
}
__name(findMember, "findMember");
function decodeString(name, node, weak, errors) {
  switch (node.kind) {
    case "null":
      return void 0;
    case "string":
      return node.value;
    case "boolean":
      if (weak) return node.value ? "1" : "0";
      break;
    case "number":
      if (weak) return goFormatFloatF(node.value);
      break;
  }
  errors.push({ node, message: unconvertible(name, node, "string") });
  return void 0;
}
__name(decodeString, "decodeString");
function decodeStringSlice(name, node, weak, errors) {
  if (node.kind === "null") return void 0;
  let items;
  if (node.kind === "array") items = node.items;
  else if (!weak) {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`
    });
    return void 0;
  } else if (node.kind === "object" && node.members.length === 0) return [];
  else items = [node];
  const out = [];
  const before = errors.length;
  items.forEach((item, i) => {
    const s = decodeString(`${name}[${i}]`, item, weak, errors);
    out.push(s ?? "");
  });
  return errors.length > before ? void 0 : out;
}
__name(decodeStringSlice, "decodeStringSlice");
function decodeMap(name, node, weak, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind === "object") return node;
  if (node.kind === "array" && weak) {
    const merged = { kind: "object", pos: node.pos, path: node.path, members: [] };
    const before = errors.length;
    node.items.forEach((item, i) => {
      const m = decodeMap(`${name}[${i}]`, item, weak, errors);
      if (m) merged.members.push(...m.members);
    });
    return errors.length > before ? void 0 : merged;
  }
  errors.push({ node, message: `'${name}' expected a map, got '${goKindName(node)}'` });
  return void 0;
}
__name(decodeMap, "decodeMap");
function decodeDuration(name, node, weak, errors) {
  switch (node.kind) {
    case "null":
      return void 0;
    case "string":
      try {
        return parseGoDuration(node.value);
      } catch (err) {
        const msg = err instanceof DurationError ? err.message : String(err);
        errors.push({ node, message: `error decoding '${name}': ${msg}` });
        return void 0;
      }
    case "number":
      return BigInt(Math.trunc(Number.isFinite(node.value) ? node.value : 0));
    case "boolean":
      if (weak) return node.value ? 1n : 0n;
      break;
  }
  errors.push({ node, message: unconvertible(name, node, "time.Duration") });
  return void 0;
}
__name(decodeDuration, "decodeDuration");
function decodeBool(name, node, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind === "boolean") return node.value;
  errors.push({ node, message: unconvertible(name, node, "bool") });
  return void 0;
}
__name(decodeBool, "decodeBool");
function decodeMapSlice(name, node, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind !== "array") {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`
    });
    return void 0;
  }
  const out = [];
  node.items.forEach((item, i) => {
    const m = decodeMap(`${name}[${i}]`, item, false, errors);
    if (!m) return;
    for (const mem of m.members) decodeString(`${name}[${i}][${mem.key}]`, mem.value, false, errors);
    out.push(m);
  });
  return out;
}
__name(decodeMapSlice, "decodeMapSlice");
function decodeByteSlice(name, node, errors) {
  if (node.kind === "null") return void 0;
  if (node.kind !== "array") {
    errors.push({
      node,
      message: `'${name}': source data must be an array or slice, got ${goKindName(node)}`
    });
    return void 0;
  }
  node.items.forEach((item, i) => {
    if (item.kind !== "number" && item.kind !== "null") {
      errors.push({ node: item, message: unconvertible(`${name}[${i}]`, item, "uint8") });
    }
  });
  return void 0;
}
__name(decodeByteSlice, "decodeByteSlice");
function decodeValue(field2, node, weak, errors) {
  switch (field2.kind) {
    case "string":
      return decodeString(field2.name, node, weak, errors);
    case "bool":
      return decodeBool(field2.name, node, errors);
    case "stringSlice":
      return decodeStringSlice(field2.name, node, weak, errors);
    case "map":
      return decodeMap(field2.name, node, weak, errors);
    case "mapSlice":
      return decodeMapSlice(field2.name, node, errors);
    case "duration":
      return decodeDuration(field2.name, node, weak, errors);
    case "byteSlice":
      return decodeByteSlice(field2.name, node, errors);
    case "any":
      return node;
  }
}
__name(decodeValue, "decodeValue");
function decodeMeta(obj2, fields, weak) {
  const values = /* @__PURE__ */ new Map();
  const errors = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const field2 of fields) {
    const member2 = findMember(obj2, field2.name, claimed);
    if (!member2) continue;
    for (const m of obj2.members) if (m.key === member2.key) claimed.add(m);
    const value = decodeValue(field2, member2.value, weak, errors);
    if (value !== void 0) values.set(field2.name, { value, node: member2.value, member: member2 });
  }
  const unused = obj2.members.filter((m) => !claimed.has(m));
  return { values, errors, unused };
}
__name(decodeMeta, "decodeMeta");
function notAMap(node) {
  return `'' expected a map, got '${goKindName(node)}'`;
}
__name(notAMap, "notAMap");

// src/template/json/template.ts
var genericKeyNodes = /* @__PURE__ */ new WeakMap();
var ROOT_FIELDS = [
  { name: "min_packer_version", kind: "string" },
  { name: "Description", kind: "string" },
  { name: "builders", kind: "any" },
  { name: "Comments", kind: "mapSlice" },
  { name: "Push", kind: "map" },
  { name: "post-processors", kind: "any" },
  { name: "Provisioners", kind: "any" },
  { name: "error-cleanup-provisioner", kind: "any" },
  { name: "Variables", kind: "map" },
  { name: "sensitive-variables", kind: "stringSlice" },
  { name: "RawContents", kind: "byteSlice" }
];
var BUILDER_FIELDS = [
  { name: "Name", kind: "string" },
  { name: "Type", kind: "string" },
  { name: "Config", kind: "map" }
];
var PROVISIONER_FIELDS = [
  { name: "Only", kind: "stringSlice" },
  { name: "Except", kind: "stringSlice" },
  { name: "Type", kind: "string" },
  { name: "Config", kind: "map" },
  { name: "Override", kind: "map" },
  { name: "pause_before", kind: "duration" },
  { name: "max_retries", kind: "string" },
  { name: "timeout", kind: "duration" }
];
var POST_PROCESSOR_FIELDS = [
  { name: "Only", kind: "stringSlice" },
  { name: "Except", kind: "stringSlice" },
  { name: "Name", kind: "string" },
  { name: "Type", kind: "string" },
  { name: "keep_input_artifact", kind: "bool" },
  { name: "Config", kind: "map" }
];
var PROVISIONER_GENERIC_KEYS = /* @__PURE__ */ new Set([
  "except",
  "only",
  "override",
  "pause_before",
  "max_retries",
  "type",
  "timeout"
]);
var POST_PROCESSOR_GENERIC_KEYS = /* @__PURE__ */ new Set(["except", "only", "keep_input_artifact", "type", "name"]);
var BUILDER_GENERIC_KEYS = /* @__PURE__ */ new Set(["name", "type"]);
function withoutKeys(obj2, keys) {
  return { ...obj2, members: obj2.members.filter((m) => !keys.has(m.key)) };
}
__name(withoutKeys, "withoutKeys");
function keyAt(m) {
  return { pos: m.keyPos, path: m.path };
}
__name(keyAt, "keyAt");
function checkDuplicateFields(node, bag) {
  if (node.kind === "number" && !Number.isFinite(node.value)) {
    bag.error(node, `json: cannot unmarshal number ${node.raw} into Go value of type float64`);
    return;
  }
  if (node.kind === "array") {
    for (const item of node.items) checkDuplicateFields(item, bag);
    return;
  }
  if (node.kind !== "object") return;
  const seen = /* @__PURE__ */ new Set();
  for (const m of node.members) {
    if (seen.has(m.key)) bag.error(keyAt(m), `template has duplicate field: ${m.key}`);
    seen.add(m.key);
    checkDuplicateFields(m.value, bag);
  }
}
__name(checkDuplicateFields, "checkDuplicateFields");
function report(bag, prefix, errors) {
  for (const e of errors) bag.error(e.node, `${prefix}${e.message}`);
}
__name(report, "report");
function emptyObjectAt(node) {
  return { kind: "object", pos: node.pos, path: node.path, members: [] };
}
__name(emptyObjectAt, "emptyObjectAt");
function parseVariables(node, sensitive, bag) {
  const out = /* @__PURE__ */ new Map();
  for (const m of node.members) {
    const v = m.value;
    if (v.kind !== "string" && v.kind !== "null") {
      bag.error(v, `variable ${m.key}: ${unconvertible("", v, "string")}`);
      out.delete(m.key);
      continue;
    }
    out.set(m.key, {
      name: m.key,
      default: v.kind === "string" ? v.value : "",
      required: v.kind === "null",
      sensitive: sensitive.includes(m.key),
      pos: m.keyPos,
      path: m.path
    });
  }
  return [...out.values()];
}
__name(parseVariables, "parseVariables");
function parseBuilders(node, bag) {
  if (node.kind === "null") return [];
  if (node.kind !== "array") {
    bag.error(node, `'builders': source data must be an array or slice, got ${kindOf(node)}`);
    return [];
  }
  const out = [];
  const names = /* @__PURE__ */ new Set();
  node.items.forEach((item, i) => {
    const n = i + 1;
    if (item.kind === "null") {
      bag.error(item, `builder ${n}: missing 'type'`);
      return;
    }
    if (item.kind !== "object") {
      bag.error(item, `builder ${n}: ${notAMap(item)}`);
      return;
    }
    const r = decodeMeta(item, BUILDER_FIELDS, true);
    if (r.errors.length > 0) {
      report(bag, `builder ${n}: `, r.errors);
      return;
    }
    const type = r.values.get("Type")?.value ?? "";
    if (type === "") {
      bag.error(item, `builder ${n}: missing 'type'`);
      return;
    }
    const name = r.values.get("Name")?.value || type;
    if (names.has(name)) {
      const at = r.values.get("Name")?.node ?? item;
      bag.error(at, `builder ${n}: builder with name '${name}' already exists`);
      return;
    }
    names.add(name);
    out.push({
      index: i,
      type,
      rawName: name,
      name,
      config: withoutKeys(item, BUILDER_GENERIC_KEYS),
      node: item,
      pos: item.pos,
      path: item.path
    });
  });
  return out;
}
__name(parseBuilders, "parseBuilders");
function kindOf(node) {
  switch (node.kind) {
    case "array":
      return "slice";
    case "object":
      return "map";
    case "number":
      return "float64";
    case "boolean":
      return "bool";
    default:
      return node.kind;
  }
}
__name(kindOf, "kindOf");
function parseProvisioner(node, index, prefix, bag) {
  if (node.kind !== "object" && node.kind !== "null") {
    bag.error(node, `${prefix}Error decoding provisioner: ${notAMap(node)}`);
    return void 0;
  }
  const obj2 = node.kind === "object" ? node : emptyObjectAt(node);
  const r = decodeMeta(obj2, PROVISIONER_FIELDS, true);
  if (r.errors.length > 0) {
    report(bag, `${prefix}Error decoding provisioner: `, r.errors);
    return void 0;
  }
  const type = r.values.get("Type")?.value ?? "";
  if (type === "") {
    bag.error(node, `${prefix}Provisioner missing 'type'`);
    return void 0;
  }
  const overrideNode = r.values.get("Override")?.value;
  const override = {};
  if (overrideNode) {
    for (const m of overrideNode.members) {
      if (m.value.kind === "object") override[m.key] = m.value;
      else if (m.value.kind === "null") override[m.key] = emptyObjectAt(m.value);
      else bag.error(m.value, `${prefix}Error decoding config: ${notAMap(m.value)}`);
    }
  }
  const maxRetries = r.values.get("max_retries");
  const p2 = {
    index,
    type,
    config: withoutKeys(obj2, PROVISIONER_GENERIC_KEYS),
    node: obj2,
    only: r.values.get("Only")?.value ?? [],
    except: r.values.get("Except")?.value ?? [],
    override,
    pauseBefore: millis(r.values.get("pause_before")?.value),
    maxRetries: 0,
    maxRetriesRaw: maxRetries?.value ?? "",
    timeout: millis(r.values.get("timeout")?.value),
    pos: obj2.pos,
    path: obj2.path
  };
  genericKeyNodes.set(p2, {
    only: r.values.get("Only")?.node,
    except: r.values.get("Except")?.node,
    override: overrideNode,
    maxRetries: maxRetries?.node
  });
  return p2;
}
__name(parseProvisioner, "parseProvisioner");
function millis(ns) {
  return typeof ns === "bigint" ? nanosToMillis(ns) : 0;
}
__name(millis, "millis");
function parsePostProcessors(node, bag) {
  if (node.kind === "null") return [];
  if (node.kind !== "array") {
    bag.error(node, `'post-processors': source data must be an array or slice, got ${kindOf(node)}`);
    return [];
  }
  const out = [];
  node.items.forEach((raw, i) => {
    const n = i + 1;
    let entries;
    if (raw.kind === "string" || raw.kind === "object") entries = [raw];
    else if (raw.kind === "array") {
      let bad = false;
      raw.items.forEach((inner, j) => {
        if (inner.kind === "array") {
          bag.error(inner, `post-processor ${n}.${j + 1}: sequence not allowed to be nested in a sequence`);
          bad = true;
        } else if (inner.kind !== "string" && inner.kind !== "object") {
          bag.error(inner, `post-processor ${n}.${j + 1}: unknown format`);
          bad = true;
        }
      });
      if (bad) return;
      entries = raw.items;
    } else {
      bag.error(raw, `post-processor ${n}: bad format`);
      return;
    }
    const seq2 = [];
    entries.forEach((entry, j) => {
      const prefix = `post-processor ${n}.${j + 1}: `;
      if (entry.kind === "string") {
        if (entry.value === "") {
          bag.error(entry, `${prefix}type is required`);
          return;
        }
        seq2.push(stringPostProcessor(entry, i, j));
        return;
      }
      const obj2 = entry;
      const r = decodeMeta(obj2, POST_PROCESSOR_FIELDS, false);
      if (r.errors.length > 0) {
        report(bag, prefix, r.errors);
        return;
      }
      const type = r.values.get("Type")?.value ?? "";
      if (type === "") {
        bag.error(obj2, `${prefix}type is required`);
        return;
      }
      const pp = {
        index: i,
        subIndex: j,
        type,
        name: r.values.get("Name")?.value || type,
        only: r.values.get("Only")?.value ?? [],
        except: r.values.get("Except")?.value ?? [],
        keepInputArtifact: r.values.get("keep_input_artifact")?.value,
        config: withoutKeys(obj2, POST_PROCESSOR_GENERIC_KEYS),
        node: obj2,
        pos: obj2.pos,
        path: obj2.path
      };
      genericKeyNodes.set(pp, { only: r.values.get("Only")?.node, except: r.values.get("Except")?.node });
      seq2.push(pp);
    });
    out.push(seq2);
  });
  return out;
}
__name(parsePostProcessors, "parsePostProcessors");
function stringPostProcessor(node, index, subIndex) {
  return {
    index,
    subIndex,
    type: node.value,
    name: node.value,
    only: [],
    except: [],
    config: emptyObjectAt(node),
    node,
    pos: node.pos,
    path: node.path
  };
}
__name(stringPostProcessor, "stringPostProcessor");
function parseTemplate(root, bag) {
  checkDuplicateFields(root, bag);
  if (root.kind !== "object") {
    bag.error(root, notAMap(root));
    return void 0;
  }
  const r = decodeMeta(root, ROOT_FIELDS, false);
  report(bag, "", r.errors);
  const comments = {};
  const unknown = [...r.unused].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  for (const m of unknown) {
    if (m.key.startsWith("_")) {
      if (m.value.kind === "string") comments[m.key] = m.value.value;
      else bag.error(m.value, `Failed to cast root level comment value in comment "${m.key}" to string.`);
      continue;
    }
    bag.error(keyAt(m), `Unknown root level key in template: '${m.key}'`);
  }
  for (const c of r.values.get("Comments")?.value ?? []) {
    for (const m of c.members) if (m.value.kind === "string") comments[m.key] = m.value.value;
  }
  const get = /* @__PURE__ */ __name((name) => r.values.get(name)?.value, "get");
  const sensitiveVariables = get("sensitive-variables") ?? [];
  const variablesNode = get("Variables");
  const variables = variablesNode ? parseVariables(variablesNode, sensitiveVariables, bag) : [];
  const buildersValue = r.values.get("builders");
  const builders = buildersValue ? parseBuilders(buildersValue.node, bag) : [];
  const ppValue = r.values.get("post-processors");
  const postProcessors = ppValue ? parsePostProcessors(ppValue.node, bag) : [];
  const provisioners = [];
  const provValue = r.values.get("Provisioners");
  if (provValue && provValue.node.kind !== "null") {
    const node = provValue.node;
    if (node.kind !== "array") {
      bag.error(node, `'Provisioners': source data must be an array or slice, got ${kindOf(node)}`);
    } else {
      node.items.forEach((item, i) => {
        const p2 = parseProvisioner(item, i, `provisioner ${i + 1}: `, bag);
        if (p2) provisioners.push(p2);
      });
    }
  }
  let errorCleanupProvisioner;
  const cleanup = r.values.get("error-cleanup-provisioner");
  if (cleanup && cleanup.node.kind !== "null") {
    errorCleanupProvisioner = parseProvisioner(cleanup.node, -1, "On Error Cleanup Provisioner error: ", bag);
  }
  const minAt = r.values.get("min_packer_version");
  return {
    root,
    description: get("Description") ?? "",
    minPackerVersion: get("min_packer_version") ?? "",
    minPackerVersionAt: minAt ? { pos: minAt.node.pos, path: minAt.node.path } : void 0,
    comments,
    variables,
    sensitiveVariables,
    builders,
    buildersAt: buildersValue ? keyAt(buildersValue.member) : void 0,
    builderEntries: buildersValue?.node.kind === "array" ? buildersValue.node.items.length : 0,
    provisioners,
    postProcessors,
    errorCleanupProvisioner,
    push: get("Push")
  };
}
__name(parseTemplate, "parseTemplate");
function nameAt(listNode, i, fallback) {
  if (listNode?.kind === "array" && listNode.items[i]) return listNode.items[i];
  return listNode ?? fallback;
}
__name(nameAt, "nameAt");
function validateOnlyExcept(thing, prefix, builderNames, bag) {
  const nodes = genericKeyNodes.get(thing) ?? {};
  if (thing.only.length > 0 && thing.except.length > 0) {
    bag.error(nodes.except ?? thing, `${prefix}only one of 'only' or 'except' may be specified`);
    return;
  }
  thing.only.forEach((n, i) => {
    if (!builderNames.has(n))
      bag.error(nameAt(nodes.only, i, thing), `${prefix}'only' specified builder '${n}' not found`);
  });
  thing.except.forEach((n, i) => {
    if (!builderNames.has(n)) {
      bag.error(nameAt(nodes.except, i, thing), `${prefix}'except' specified builder '${n}' not found`);
    }
  });
}
__name(validateOnlyExcept, "validateOnlyExcept");
function validateTemplate(t, bag) {
  if (t.builderEntries === 0) {
    bag.error(t.buildersAt ?? t.root, "at least one builder must be defined");
  }
  const names = new Set(t.builders.map((b) => b.rawName));
  for (const p2 of t.provisioners) {
    const prefix = `provisioner ${p2.index + 1}: `;
    validateOnlyExcept(p2, prefix, names, bag);
    const overrideNode = genericKeyNodes.get(p2)?.override;
    for (const m of overrideNode?.members ?? []) {
      if (!names.has(m.key)) bag.error(keyAt(m), `${prefix}override '${m.key}' doesn't exist`);
    }
  }
  for (const seq2 of t.postProcessors) {
    for (const pp of seq2)
      validateOnlyExcept(pp, `post-processor ${pp.index + 1}.${pp.subIndex + 1}: `, names, bag);
  }
}
__name(validateTemplate, "validateTemplate");

// src/template/load.ts
import { statSync as statSync4 } from "node:fs";
import path from "node:path";

// src/template/json/syntax.ts
var isSpace = /* @__PURE__ */ __name((c) => c === 32 || c === 9 || c === 13 || c === 10, "isSpace");
var isDigit3 = /* @__PURE__ */ __name((c) => c >= 48 && c <= 57, "isDigit");
var isHex = /* @__PURE__ */ __name((c) => isDigit3(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70, "isHex");
function goQuoteChar(c) {
  if (c === 39) return "'\\''";
  if (c === 34) return `'"'`;
  const named = {
    7: "\\a",
    8: "\\b",
    12: "\\f",
    10: "\\n",
    13: "\\r",
    9: "\\t",
    11: "\\v"
  };
  if (named[c]) return `'${named[c]}'`;
  if (c === 92) return "'\\\\'";
  if (c < 32 || c === 127) return `'\\x${c.toString(16).padStart(2, "0")}'`;
  if (c >= 128 && c < 160) return `'\\u${c.toString(16).padStart(4, "0")}'`;
  if (c === 173) return "'\\u00ad'";
  return `'${String.fromCharCode(c)}'`;
}
__name(goQuoteChar, "goQuoteChar");
function checkGoJson(input, opts = {}) {
  return scanGoJson(input, opts).error;
}
__name(checkGoJson, "checkGoJson");
function scanGoJson(input, opts = {}) {
  const data = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const trailing = opts.trailing ?? true;
  const stack = [];
  let err;
  let endTop = false;
  let endAt = -1;
  let pos = 0;
  const fail = /* @__PURE__ */ __name((c, context) => {
    err = { message: `invalid character ${goQuoteChar(c)} ${context}`, byteOffset: pos, eof: false };
    return null;
  }, "fail");
  const pop = /* @__PURE__ */ __name(() => {
    stack.pop();
    if (stack.length === 0) {
      endTop = true;
      if (endAt < 0) endAt = pos + 1;
      return endTopStep;
    }
    return endValue;
  }, "pop");
  const endTopStep = /* @__PURE__ */ __name((c) => isSpace(c) ? endTopStep : fail(c, "after top-level value"), "endTopStep");
  const endValue = /* @__PURE__ */ __name((c) => {
    const n = stack.length;
    if (n === 0) {
      endTop = true;
      if (endAt < 0) endAt = pos;
      return trailing ? endTopStep(c) : endTopStep;
    }
    if (isSpace(c)) return endValue;
    switch (stack[n - 1]) {
      case "objKey":
        if (c === 58) {
          stack[n - 1] = "objValue";
          return beginValue;
        }
        return fail(c, "after object key");
      case "objValue":
        if (c === 44) {
          stack[n - 1] = "objKey";
          return beginString;
        }
        if (c === 125) return pop();
        return fail(c, "after object key:value pair");
      default:
        if (c === 44) return beginValue;
        if (c === 93) return pop();
        return fail(c, "after array element");
    }
  }, "endValue");
  const beginValue = /* @__PURE__ */ __name((c) => {
    if (isSpace(c)) return beginValue;
    switch (c) {
      case 123:
        stack.push("objKey");
        return beginStringOrEmpty;
      case 91:
        stack.push("arrValue");
        return beginValueOrEmpty;
      case 34:
        return inString;
      case 45:
        return neg;
      case 48:
        return zero;
      case 116:
        return literal("true", 1);
      case 102:
        return literal("false", 1);
      case 110:
        return literal("null", 1);
    }
    if (c >= 49 && c <= 57) return one;
    return fail(c, "looking for beginning of value");
  }, "beginValue");
  const beginValueOrEmpty = /* @__PURE__ */ __name((c) => {
    if (isSpace(c)) return beginValueOrEmpty;
    if (c === 93) return pop();
    return beginValue(c);
  }, "beginValueOrEmpty");
  const beginStringOrEmpty = /* @__PURE__ */ __name((c) => {
    if (isSpace(c)) return beginStringOrEmpty;
    if (c === 125) return pop();
    return beginString(c);
  }, "beginStringOrEmpty");
  const beginString = /* @__PURE__ */ __name((c) => {
    if (isSpace(c)) return beginString;
    if (c === 34) return inString;
    return fail(c, "looking for beginning of object key string");
  }, "beginString");
  const inString = /* @__PURE__ */ __name((c) => {
    if (c === 34) return endValue;
    if (c === 92) return inStringEsc;
    if (c < 32) return fail(c, "in string literal");
    return inString;
  }, "inString");
  const inStringEsc = /* @__PURE__ */ __name((c) => {
    if ([98, 102, 110, 114, 116, 92, 47, 34].includes(c)) return inString;
    if (c === 117) return hexEsc(4);
    return fail(c, "in string escape code");
  }, "inStringEsc");
  const hexEsc = /* @__PURE__ */ __name((left) => (c) => {
    if (!isHex(c)) return fail(c, "in \\u hexadecimal character escape");
    return left === 1 ? inString : hexEsc(left - 1);
  }, "hexEsc");
  const neg = /* @__PURE__ */ __name((c) => {
    if (c === 48) return zero;
    if (c >= 49 && c <= 57) return one;
    return fail(c, "in numeric literal");
  }, "neg");
  const one = /* @__PURE__ */ __name((c) => isDigit3(c) ? one : zero(c), "one");
  const zero = /* @__PURE__ */ __name((c) => {
    if (c === 46) return dot;
    if (c === 101 || c === 69) return exp;
    return endValue(c);
  }, "zero");
  const dot = /* @__PURE__ */ __name((c) => isDigit3(c) ? dot0 : fail(c, "after decimal point in numeric literal"), "dot");
  const dot0 = /* @__PURE__ */ __name((c) => {
    if (isDigit3(c)) return dot0;
    if (c === 101 || c === 69) return exp;
    return endValue(c);
  }, "dot0");
  const exp = /* @__PURE__ */ __name((c) => c === 43 || c === 45 ? expSign : expSign(c), "exp");
  const expSign = /* @__PURE__ */ __name((c) => isDigit3(c) ? exp0 : fail(c, "in exponent of numeric literal"), "expSign");
  const exp0 = /* @__PURE__ */ __name((c) => isDigit3(c) ? exp0 : endValue(c), "exp0");
  const literal = /* @__PURE__ */ __name((word, i) => (c) => {
    const want = word.charCodeAt(i);
    if (c !== want) return fail(c, `in literal ${word} (expecting '${word[i]}')`);
    return i === word.length - 1 ? endValue : literal(word, i + 1);
  }, "literal");
  let step = beginValue;
  for (pos = 0; pos < data.length; pos++) {
    if (!trailing && endTop) return { end: endAt };
    step = step(data[pos]);
    if (step === null) return { error: err, end: pos };
  }
  if (endTop) return { end: endAt };
  const last = step(32);
  if (last !== null && endTop) return { end: data.length };
  return {
    error: { message: "unexpected end of JSON input", byteOffset: data.length, eof: true },
    end: data.length
  };
}
__name(scanGoJson, "scanGoJson");
function positionOfByte(text, byteOffset) {
  const index = Buffer.from(text, "utf8").subarray(0, byteOffset).toString("utf8").length;
  const clamped = Math.min(index, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}
__name(positionOfByte, "positionOfByte");

// src/template/variables.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var COMMAND_LINE = "<command line>";
var START = { pos: { line: 1, column: 1, offset: 0 }, path: "" };
function diag(file, at, message) {
  return { file, line: at.pos.line, column: at.pos.column, path: at.path, message, severity: "error" };
}
__name(diag, "diag");
function parseVarArgs(args) {
  const values = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const arg of args) {
    const i = arg.indexOf("=");
    if (i < 0) {
      diagnostics.push(
        diag(COMMAND_LINE, START, `invalid value ${goQuote(arg)} for flag -var: No '=' value in arg: ${arg}`)
      );
      continue;
    }
    values.set(arg.slice(0, i), arg.slice(i + 1));
  }
  return { values, diagnostics };
}
__name(parseVarArgs, "parseVarArgs");
function kindWord(node) {
  switch (node.kind) {
    case "number":
      return "number";
    case "boolean":
      return "bool";
    case "array":
      return "array";
    case "object":
      return "object";
    default:
      return node.kind;
  }
}
__name(kindWord, "kindWord");
function parseVarFile(file, text) {
  const values = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const fail = /* @__PURE__ */ __name((at, message) => diagnostics.push(diag(file, at, `Error reading variables in '${file}': ${message}`)), "fail");
  const bytes = Buffer.from(text, "utf8");
  const scan = scanGoJson(bytes, { trailing: false });
  if (scan.error) {
    const e = scan.error;
    const message = e.eof ? text.trim() === "" ? "EOF" : "unexpected EOF" : e.message;
    const pos = positionOfByte(text, e.byteOffset);
    fail({ pos, path: "" }, message);
    return { values, diagnostics };
  }
  let root;
  try {
    root = parseJson(bytes.subarray(0, scan.end).toString("utf8"));
  } catch (err) {
    const e = err;
    const deep = err instanceof RangeError || /call stack/i.test(e.message);
    fail({ pos: e.pos ?? START.pos, path: "" }, deep ? "the document nests too deeply" : e.message);
    return { values, diagnostics };
  }
  if (root.kind === "null") return { values, diagnostics };
  if (root.kind !== "object") {
    fail(root, `json: cannot unmarshal ${kindWord(root)} into Go value of type kvflag.FlagJSON`);
    return { values, diagnostics };
  }
  for (const m of root.members) {
    const v = m.value;
    if (v.kind === "string") values.set(m.key, { value: v.value, at: v });
    else if (v.kind === "null") values.set(m.key, { value: "", at: v });
    else fail(v, `json: cannot unmarshal ${kindWord(v)} into Go value of type string`);
  }
  return { values, diagnostics };
}
__name(parseVarFile, "parseVarFile");
var DOT_REF = /\{\{([\t\n\f\r ]|)\.([^\n]*?)([\t\n\f\r ]|)\}\}/g;
var USER_CALL = /\{\{[\t\n\f\r ]*user[\t\n\f\r ]*`[^\n]*`[\t\n\f\r ]*\}\}/;
var VARIABLE_NOT_SET = "Error: variable not set:";
function renderExcludingDotRefs(text, userVariables, render) {
  const excluded = /* @__PURE__ */ new Map();
  let v = text;
  for (const match of text.match(DOT_REF) ?? []) {
    const id = randomUUID2();
    v = v.split(match).join(id);
    excluded.set(id, match);
  }
  let rendered = render(v, userVariables);
  for (const [id, match] of excluded) rendered = rendered.split(id).join(match);
  return rendered;
}
__name(renderExcludingDotRefs, "renderExcludingDotRefs");
function sortBytewise(keys) {
  if (!keys.some((k) => /[\uD800-\uDFFF]/.test(k))) {
    keys.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    return;
  }
  const encoded = keys.map((k) => ({ k, b: Buffer.from(k, "utf8") }));
  encoded.sort((x, y) => Buffer.compare(x.b, y.b));
  encoded.forEach((e, i) => {
    keys[i] = e.k;
  });
}
__name(sortBytewise, "sortBytewise");
function isExecError(err) {
  return err?.kind === "exec";
}
__name(isExecError, "isExecError");
function resolveVariables(defaults, cli, render) {
  const variables = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of cli) variables[k] = v;
  const repeat = /* @__PURE__ */ new Map();
  const allKeys = [];
  for (const [k, v] of defaults) {
    repeat.set(k, v);
    allKeys.push(k);
  }
  for (const [k, v] of cli) {
    repeat.set(k, v);
    allKeys.push(k);
  }
  sortBytewise(allKeys);
  let entries = [
    ...Array.from({ length: repeat.size }, () => ({ key: "", value: "" })),
    ...allKeys.map((key) => ({ key, value: repeat.get(key) ?? "" }))
  ];
  let shouldRetry = true;
  let changed = false;
  let failed = "";
  let failedKey = "";
  for (let pass = 0; pass < 100; pass++) {
    shouldRetry = false;
    changed = false;
    let moved = false;
    let retryFailed = false;
    const done = [];
    for (const kv of entries) {
      let rendered;
      try {
        rendered = renderExcludingDotRefs(kv.value, variables, render);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (isExecError(err)) {
          if (message.includes(VARIABLE_NOT_SET)) {
            shouldRetry = true;
            retryFailed = true;
            failed = `"${kv.key}": "${kv.value}"; error: ${message}`;
            failedKey = kv.key;
            continue;
          }
          return { values: publicValues(variables, repeat), error: { key: kv.key, message } };
        }
        return {
          values: publicValues(variables, repeat),
          error: { key: kv.key, message: `error interpolating default value for '${kv.key}': ${message}` }
        };
      }
      changed = true;
      if (variables[kv.key] !== rendered) moved = true;
      variables[kv.key] = rendered;
      if (USER_CALL.test(kv.value)) shouldRetry = true;
      else done.push(kv.key);
    }
    if (!shouldRetry) break;
    if (!moved && !retryFailed) break;
    const toDrop = /* @__PURE__ */ new Map();
    for (const k of done) toDrop.set(k, (toDrop.get(k) ?? 0) + 1);
    entries = entries.filter((e) => {
      const n = toDrop.get(e.key);
      if (!n) return true;
      toDrop.set(e.key, n - 1);
      return false;
    });
  }
  if (!changed && shouldRetry) {
    return {
      values: publicValues(variables, repeat),
      error: {
        key: failedKey,
        message: `Failed to interpolate ${failed}: Please make sure that the variable you're referencing has been defined; Packer treats all variables used to interpolate other user variables as required.`
      }
    };
  }
  return { values: publicValues(variables, repeat) };
}
__name(resolveVariables, "resolveVariables");
function publicValues(variables, declared) {
  const out = {};
  for (const [k, v] of Object.entries(variables)) if (k !== "" || declared.has("")) out[k] = v;
  return out;
}
__name(publicValues, "publicValues");

// src/template/load.ts
var START2 = { pos: { line: 1, column: 1, offset: 0 }, path: "" };
function ioMessage(op, file, err) {
  const code = err.code;
  const text = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    ELOOP: "too many levels of symbolic links"
  };
  const reason = (code && text[code]) ?? (err instanceof Error ? err.message : String(err));
  return `${code === "EISDIR" ? "read" : op} ${file}: ${reason}`;
}
__name(ioMessage, "ioMessage");
function readVarFiles(files, cwd, diagnostics) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    let text;
    try {
      text = readBoundedSync(file, { cwd, limit: LIMITS.varFile, what: "var file" }).toString("utf8");
    } catch (err) {
      if (err instanceof BoundedInputError) {
        diagnostics.push(diagAt(file, START2, `Error reading variables in '${file}': ${err.message}`));
        continue;
      }
      const message = ioMessage("open", file, err);
      diagnostics.push(
        diagAt(
          file,
          START2,
          err.code === "EISDIR" ? `Error reading variables in '${file}': ${message}` : message
        )
      );
      continue;
    }
    const r = parseVarFile(file, text);
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.values) out.set(k, { value: v.value, origin: { file, at: v.at } });
  }
  return out;
}
__name(readVarFiles, "readVarFiles");
function diagAt(file, at, message) {
  return { file, line: at.pos.line, column: at.pos.column, path: at.path, message, severity: "error" };
}
__name(diagAt, "diagAt");
function goAtoi(s) {
  const syntax = `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  if (!/^[+-]?[0-9]+$/.test(s)) return syntax;
  const n = BigInt(s);
  if (n > (1n << 63n) - 1n || n < -(1n << 63n))
    return `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  return Number(n);
}
__name(goAtoi, "goAtoi");
function renderUntilStable(text, ctx) {
  let v = text;
  for (let i = 0; i < 100; i++) {
    const rendered = interpolate(v, ctx);
    if (rendered === v) return rendered;
    v = rendered;
  }
  return v;
}
__name(renderUntilStable, "renderUntilStable");
function goCompare(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
__name(goCompare, "goCompare");
function skips(thing, rawName) {
  if (thing.only.length > 0) return !thing.only.includes(rawName);
  if (thing.except.length > 0) return thing.except.includes(rawName);
  return false;
}
__name(skips, "skips");
function selectBuilds(t, only = [], except = []) {
  const byName = /* @__PURE__ */ new Map();
  for (const b of t.builders) byName.set(b.name, b);
  const names = [...byName.keys()].filter((n) => (only.length === 0 || only.includes(n)) && !except.includes(n)).sort(goCompare);
  return names.map((name) => {
    const builder = byName.get(name);
    const provisioners = t.provisioners.filter((p2) => !skips(p2, builder.rawName));
    const postProcessors = [];
    for (const seq2 of t.postProcessors) {
      const current = [];
      for (const pp of seq2) {
        if (skips(pp, builder.rawName)) continue;
        if (except.some((e) => e !== "" && e === pp.name)) break;
        current.push(pp);
      }
      if (current.length > 0) postProcessors.push(current);
    }
    return {
      name,
      builder,
      provisioners,
      errorCleanupProvisioner: t.errorCleanupProvisioner,
      postProcessors
    };
  });
}
__name(selectBuilds, "selectBuilds");
function readTemplate(opts, abs, file, diagnostics) {
  if (opts.text !== void 0) return opts.text;
  try {
    if (statSync4(abs).isDirectory() || /\.pkr\.(hcl|json)$/.test(abs)) {
      diagnostics.push(
        diagAt(
          file,
          START2,
          `HCL2 templates are not supported: ${file} (image-build reads Packer JSON templates)`
        )
      );
      return void 0;
    }
    return readBoundedSync(abs, { shown: file, limit: LIMITS.template, what: "template" }).toString("utf8");
  } catch (err) {
    if (err instanceof BoundedInputError) {
      diagnostics.push(diagAt(file, START2, err.message));
      return void 0;
    }
    diagnostics.push(diagAt(file, START2, `${goQuote(file)}: ${ioMessage("stat", file, err)}`));
    return void 0;
  }
}
__name(readTemplate, "readTemplate");
function loadTemplate(opts) {
  try {
    return loadUnsafe(opts);
  } catch (err) {
    const message = err instanceof RangeError ? "the document nests too deeply" : `internal error: ${err?.message ?? err}`;
    return { diagnostics: [diagAt(opts.path, START2, message)] };
  }
}
__name(loadTemplate, "loadTemplate");
function loadUnsafe(opts) {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const startTime = opts.startTime ?? /* @__PURE__ */ new Date();
  const file = opts.path;
  const abs = path.resolve(cwd, opts.path);
  const diagnostics = [];
  const fileValues = readVarFiles(opts.varFiles ?? [], cwd, diagnostics);
  const cli = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  for (const [k, v] of fileValues) {
    cli.set(k, v.value);
    origins.set(k, v.origin);
  }
  if (Array.isArray(opts.vars)) {
    const r = parseVarArgs(opts.vars);
    diagnostics.push(...r.diagnostics);
    for (const [k, v] of r.values) {
      cli.set(k, v);
      origins.set(k, { file: COMMAND_LINE, at: START2 });
    }
  } else {
    for (const [k, v] of Object.entries(opts.vars ?? {})) {
      cli.set(k, v);
      origins.set(k, { file: COMMAND_LINE, at: START2 });
    }
  }
  const text = readTemplate(opts, abs, file, diagnostics);
  if (text === void 0) return { diagnostics };
  const syntax = checkGoJson(text);
  if (syntax) {
    const pos = positionOfByte(text, syntax.byteOffset);
    diagnostics.push(diagAt(file, { pos, path: "" }, `Error parsing JSON: ${syntax.message}`));
    return { diagnostics };
  }
  let root;
  try {
    root = parseJson(text);
  } catch (err) {
    const pos = err instanceof JsonSyntaxError ? err.pos : START2.pos;
    const raw = err.message;
    const message = err instanceof RangeError || /call stack/i.test(raw) ? "the document nests too deeply" : raw;
    diagnostics.push(diagAt(file, { pos, path: "" }, `Error parsing JSON: ${message}`));
    return { diagnostics };
  }
  const bag = new DiagnosticBag(file);
  const parsed = parseTemplate(root, bag);
  if (!parsed) return { diagnostics: [...diagnostics, ...bag.items] };
  const valueNodes = variableValueNodes(parsed);
  for (const v of parsed.variables) {
    if (!origins.has(v.name)) origins.set(v.name, { file, at: valueNodes.get(v.name) ?? v });
  }
  const template = resolve3(parsed, {
    opts,
    abs,
    file,
    env,
    cwd,
    startTime,
    text,
    cli,
    origins,
    bag,
    diagnostics
  });
  return { template, diagnostics: [...diagnostics, ...bag.items] };
}
__name(loadUnsafe, "loadUnsafe");
function variableValueNodes(parsed) {
  const out = /* @__PURE__ */ new Map();
  const vars = parsed.root.members.find((m) => m.key.toLowerCase() === "variables")?.value;
  if (vars?.kind !== "object") return out;
  for (const m of vars.members) out.set(m.key, m.value);
  return out;
}
__name(variableValueNodes, "variableValueNodes");
function resolve3(parsed, input) {
  const { opts, abs, env, cwd, startTime, cli, origins, bag } = input;
  const base = { templatePath: abs, env, cwd, startTime };
  const defaults = new Map(parsed.variables.map((v) => [v.name, v.default]));
  let values;
  if (opts.syntaxOnly) {
    values = Object.fromEntries([...defaults, ...cli]);
  } else {
    validateTemplate(parsed, bag);
    const minError = checkMinPackerVersion(parsed.minPackerVersion);
    if (minError) bag.error(parsed.minPackerVersionAt ?? parsed.root, minError);
    for (const v of parsed.variables) {
      if (v.required && !cli.has(v.name)) bag.error(v, `required variable not set: ${v.name}`);
    }
    let ctx;
    const r = resolveVariables(defaults, cli, (t2, userVariables) => {
      if (ctx?.userVariables !== userVariables)
        ctx = { ...base, userVariables, enableEnv: true, strictUserVariables: true };
      return interpolate(t2, ctx);
    });
    values = r.values;
    if (r.error) {
      const origin = origins.get(r.error.key) ?? { file: input.file, at: START2 };
      input.diagnostics.push(diagAt(origin.file, origin.at, r.error.message));
    }
  }
  const secrets = /* @__PURE__ */ new Set();
  for (const v of parsed.variables) {
    const value = values[v.name];
    if (v.sensitive && value) secrets.add(value);
  }
  const renderName = /* @__PURE__ */ __name((s) => renderUntilStable(s, { ...base, userVariables: values }), "renderName");
  const seen = /* @__PURE__ */ new Map();
  for (const b of parsed.builders) {
    if (!opts.syntaxOnly) {
      try {
        b.name = renderName(b.rawName);
      } catch (err) {
        const at = b.node.members.find((m) => m.key.toLowerCase() === "name")?.value ?? b;
        bag.error(at, `Error interpolating builder '${b.rawName}': ${err.message}`);
      }
    }
    const prev = seen.get(b.name);
    if (prev !== void 0 && !opts.syntaxOnly) {
      bag.error(b, `builder ${b.index + 1}: builder with name '${b.name}' already exists`);
    }
    seen.set(b.name, b.index);
  }
  const provisioners = [...parsed.provisioners];
  if (parsed.errorCleanupProvisioner) provisioners.push(parsed.errorCleanupProvisioner);
  for (const p2 of provisioners) {
    if (p2.maxRetriesRaw === "") continue;
    const at = genericKeyNodes.get(p2)?.maxRetries ?? p2;
    let rendered = p2.maxRetriesRaw;
    if (!opts.syntaxOnly) {
      try {
        rendered = renderName(p2.maxRetriesRaw);
      } catch (err) {
        bag.error(at, `failed to interpolate \`max_retries\`: ${err.message}`);
        continue;
      }
    }
    const n = goAtoi(rendered);
    if (typeof n === "number") p2.maxRetries = n;
    else if (!opts.syntaxOnly) bag.error(at, `\`max_retries\` must be a valid integer: ${n}`);
  }
  const t = {
    path: abs,
    dir: path.dirname(abs),
    text: input.text,
    root: parsed.root,
    description: parsed.description,
    minPackerVersion: parsed.minPackerVersion,
    comments: parsed.comments,
    variables: parsed.variables,
    sensitiveVariables: parsed.sensitiveVariables,
    values,
    secrets: [...secrets],
    builders: parsed.builders,
    provisioners: parsed.provisioners,
    postProcessors: parsed.postProcessors,
    errorCleanupProvisioner: parsed.errorCleanupProvisioner,
    push: parsed.push,
    builds: [],
    env,
    cwd,
    startTime
  };
  t.builds = selectBuilds(t, opts.only, opts.except);
  return t;
}
__name(resolve3, "resolve");

// src/template/hcl2/template.ts
function globRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "{") re += "(?:";
    else if (c === "}") re += ")";
    else if (c === "," && re.includes("(?:")) re += "|";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        const body = pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, "\\$&");
  }
  try {
    return new RegExp(`^${re}$`, "s");
  } catch {
    return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`, "s");
  }
}
__name(globRegExp, "globRegExp");
function nameMatches(p2, b) {
  const re = globRegExp(p2);
  return re.test(b.name) || re.test(`${b.sourceType}.${b.sourceName}`);
}
__name(nameMatches, "nameMatches");
function isDirectory(p2) {
  try {
    return statSync5(p2).isDirectory();
  } catch {
    return false;
  }
}
__name(isDirectory, "isDirectory");
function valueText(v) {
  if (typeof v === "string") return v;
  return v === null || v === void 0 ? "" : JSON.stringify(v);
}
__name(valueText, "valueText");
function fingerprintText(t, cwd) {
  const parts = [];
  const rel = /* @__PURE__ */ __name((f) => relative(cwd, resolve4(cwd, f)).split(sep).join("/"), "rel");
  const varFiles = new Set(t.files.filter((f) => /\.pkrvars\.(hcl|json)$/.test(f)));
  for (const f of [...t.files.filter((f2) => !varFiles.has(f2)), ...t.readFiles]) {
    let text = "";
    try {
      text = readFileSync3(resolve4(cwd, f), "utf8").replace(/\r\n/g, "\n");
    } catch {
      text = "<unreadable>";
    }
    parts.push(`--- ${rel(f)}
${text}`);
  }
  const sensitive = new Set(t.sensitiveNames);
  const values = Object.keys(t.variables).filter((k) => !sensitive.has(k)).sort().map((k) => `${k}=${JSON.stringify(t.variables[k])}`);
  parts.push(`--- variables
${values.join("\n")}`);
  return parts.join("\n");
}
__name(fingerprintText, "fingerprintText");
function buildRoot(b) {
  const base = `source.${b.sourceType}.${b.sourceName}`;
  const builder = toConfigNode(b.builder, base);
  const arr = /* @__PURE__ */ __name((items, path3) => ({
    kind: "array",
    items: items.map((p2, i) => toConfigNode(p2, `${path3}[${i}]`)),
    pos: builder.pos,
    path: path3
  }), "arr");
  const members = [
    {
      key: "builders",
      keyPos: builder.pos,
      path: "builders",
      value: { kind: "array", items: [builder], pos: builder.pos, path: "builders" }
    }
  ];
  if (b.provisioners.length)
    members.push({
      key: "provisioners",
      keyPos: builder.pos,
      path: "build.provisioner",
      value: arr(b.provisioners, "build.provisioner")
    });
  if (b.postProcessors.length)
    members.push({
      key: "post-processors",
      keyPos: builder.pos,
      path: "build.post-processors",
      value: {
        kind: "array",
        items: b.postProcessors.map((seq2, i) => arr(seq2, `build.post-processors[${i}]`)),
        pos: builder.pos,
        path: "build.post-processors"
      }
    });
  if (b.errorCleanupProvisioner)
    members.push({
      key: "error-cleanup-provisioner",
      keyPos: builder.pos,
      path: "build.error-cleanup-provisioner",
      value: toConfigNode(b.errorCleanupProvisioner, "build.error-cleanup-provisioner")
    });
  return { kind: "object", members, pos: builder.pos, path: "" };
}
__name(buildRoot, "buildRoot");
function setMaxRetries(p2, bag) {
  if (p2.maxRetriesRaw === "") return;
  const n = goAtoi(p2.maxRetriesRaw);
  if (typeof n === "number") p2.maxRetries = n;
  else bag.error(p2, `\`max_retries\` must be a valid integer: ${n}`);
}
__name(setMaxRetries, "setMaxRetries");
var NAME = /* @__PURE__ */ new Set(["name"]);
function takeName(p2) {
  p2.config = withoutKeys(p2.config, NAME);
}
__name(takeName, "takeName");
function hcl2Template(t, o, bag) {
  const builders = [];
  const provisioners = [];
  const seenProvisioners = /* @__PURE__ */ new Set();
  const postProcessors = [];
  const seenChains = /* @__PURE__ */ new Set();
  const all = [];
  t.builds.forEach((hb, i) => {
    const parsed = parseTemplate(buildRoot(hb), bag);
    const builder = parsed?.builders[0];
    if (!parsed || !builder) return;
    builder.index = i;
    builder.name = hb.name;
    builder.rawName = hb.name;
    builders.push(builder);
    for (const p2 of [
      ...parsed.provisioners,
      ...parsed.errorCleanupProvisioner ? [parsed.errorCleanupProvisioner] : []
    ]) {
      setMaxRetries(p2, bag);
      takeName(p2);
    }
    const key = /* @__PURE__ */ __name((n) => `${n.pos.file}:${n.pos.offset}`, "key");
    for (const p2 of parsed.provisioners) {
      if (seenProvisioners.has(key(p2))) continue;
      seenProvisioners.add(key(p2));
      provisioners.push(p2);
    }
    for (const seq2 of parsed.postProcessors) {
      const k = seq2.map(key).join(",");
      if (seenChains.has(k)) continue;
      seenChains.add(k);
      postProcessors.push(seq2);
    }
    all.push({
      name: hb.name,
      variableName: hb.sourceLabel,
      builder,
      provisioners: parsed.provisioners,
      errorCleanupProvisioner: parsed.errorCleanupProvisioner,
      postProcessors: parsed.postProcessors
    });
  });
  const sensitive = new Set(t.sensitiveNames);
  const start = { line: 1, column: 1, offset: 0 };
  const variables = Object.keys(t.variables).map((name) => ({
    name,
    default: sensitive.has(name) ? "" : valueText(t.variables[name]),
    required: false,
    sensitive: sensitive.has(name),
    pos: start,
    path: `var.${name}`
  }));
  const only = o.only ?? [];
  const except = o.except ?? [];
  const builds = all.filter((b) => {
    const hb = t.builds[b.builder.index];
    if (only.length && !only.some((p2) => nameMatches(p2, hb))) return false;
    return !except.some((p2) => nameMatches(p2, hb));
  }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const description = t.builds.find((b) => b.description)?.description ?? "";
  return {
    path: o.abs,
    // `{{template_dir}}`: a directory template's own directory, a file's directory (`path.root`)
    dir: isDirectory(o.abs) ? o.abs : dirname2(o.abs),
    text: fingerprintText(t, o.cwd),
    root: { kind: "object", members: [], pos: start, path: "" },
    description,
    minPackerVersion: "",
    comments: {},
    variables,
    sensitiveVariables: t.sensitiveNames,
    values: Object.fromEntries(Object.entries(t.variables).map(([k, v]) => [k, valueText(v)])),
    secrets: t.sensitiveValues.filter((s) => s !== ""),
    builders,
    provisioners,
    postProcessors,
    builds,
    env: o.env,
    cwd: o.cwd,
    startTime: o.startTime
  };
}
__name(hcl2Template, "hcl2Template");

// src/template/load-any.ts
function isHcl2Path(file, cwd = process.cwd()) {
  return isHcl2Template(path2.resolve(cwd, file));
}
__name(isHcl2Path, "isHcl2Path");
async function loadAnyTemplate(opts) {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.text !== void 0 || !isHcl2Path(opts.path, cwd)) {
    const hclVarFiles = (opts.varFiles ?? []).filter(isHcl2VarFile);
    if (hclVarFiles.length === 0) return loadTemplate(opts);
    return {
      diagnostics: hclVarFiles.map((f) => ({
        file: f,
        line: 1,
        column: 1,
        path: "",
        message: `${f} is an HCL2 var file, but ${opts.path} is a JSON template: use a JSON var file (a flat object of strings), or an HCL2 template`,
        severity: "error"
      }))
    };
  }
  try {
    return await loadHcl2Template(opts, cwd);
  } catch (err) {
    const message = err instanceof RangeError ? "the document nests too deeply" : `internal error: ${err?.message ?? err}`;
    return {
      diagnostics: [{ file: opts.path, line: 1, column: 1, path: "", message, severity: "error" }]
    };
  }
}
__name(loadAnyTemplate, "loadAnyTemplate");
async function loadHcl2Template(opts, cwd) {
  const env = opts.env ?? process.env;
  const startTime = opts.startTime ?? /* @__PURE__ */ new Date();
  const diagnostics = [];
  let vars = [];
  if (Array.isArray(opts.vars)) {
    const r2 = parseVarArgs(opts.vars);
    diagnostics.push(...r2.diagnostics);
    vars = [...r2.values];
  } else vars = Object.entries(opts.vars ?? {});
  const r = await loadHcl2(opts.path, {
    varFiles: opts.varFiles,
    vars,
    env,
    cwd,
    now: startTime,
    sources: opts.hcl2Sources
  });
  diagnostics.push(...r.diagnostics.map(toDiagnostic));
  if (!r.template) return { diagnostics };
  const bag = new DiagnosticBag(opts.path);
  const template = hcl2Template(
    r.template,
    { abs: path2.resolve(cwd, opts.path), cwd, env, startTime, only: opts.only, except: opts.except },
    bag
  );
  return { template, diagnostics: [...diagnostics, ...bag.items] };
}
__name(loadHcl2Template, "loadHcl2Template");

// src/provisioners/local-path.ts
import { statSync as statSync6 } from "node:fs";
import { isAbsolute, resolve as resolve5 } from "node:path";
var ERRNO_TEXT = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EPERM: "operation not permitted"
};
function resolveLocal(path3, cwd) {
  return isAbsolute(path3) ? path3 : resolve5(cwd, path3);
}
__name(resolveLocal, "resolveLocal");
function goStatError(path3, cwd) {
  if (path3 === "") return "stat : no such file or directory";
  try {
    statSync6(resolveLocal(path3, cwd));
    return void 0;
  } catch (err) {
    const code = err.code ?? "";
    return `stat ${path3}: ${ERRNO_TEXT[code] ?? err.message}`;
  }
}
__name(goStatError, "goStatError");

// src/provisioners/plugin.ts
var PROVISIONER_CORE_KEYS = [
  "only",
  "except",
  "override",
  "pause_before",
  "max_retries",
  "timeout"
];
var POST_PROCESSOR_CORE_KEYS = ["only", "except", "keep_input_artifact", "name"];
function goosOf(platform = process.platform) {
  return platform === "win32" ? "windows" : platform === "sunos" ? "solaris" : platform;
}
__name(goosOf, "goosOf");
function withOverride(config, override) {
  if (!override) return config;
  return mergeObjects(config, override);
}
__name(withOverride, "withOverride");
function mergeObjects(base, over) {
  const members = [...base.members];
  for (const m of over.members) {
    const prior = member(base, m.key);
    members.push(prior ? { ...m, value: mergeValues(prior.value, m.value) } : m);
  }
  return { ...over, pos: base.pos, path: base.path, members };
}
__name(mergeObjects, "mergeObjects");
function mergeValues(base, over) {
  if (base.kind === "array" && over.kind === "array") {
    return { ...over, items: [...over.items, ...base.items.slice(over.items.length)] };
  }
  if (base.kind === "object" && over.kind === "object")
    return { ...mergeObjects(base, over), pos: over.pos, path: over.path };
  return over;
}
__name(mergeValues, "mergeValues");

// src/post-processors/manifest/config.ts
var MANIFEST_SPEC = {
  output: { type: "string" },
  strip_path: { type: "bool" },
  strip_time: { type: "bool" },
  custom_data: { type: "stringMap" }
};
var MANIFEST_DEFAULT_OUTPUT = "packer-manifest.json";
function decodeManifestConfig(node, ctx) {
  const decoded = decodeConfig(node, MANIFEST_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: POST_PROCESSOR_CORE_KEYS,
    pluginType: MANIFEST_PLUGIN_TYPE
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const output = v.output || MANIFEST_DEFAULT_OUTPUT;
  if (ctx.parseTemplate) {
    try {
      ctx.parseTemplate(output);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      bag.error(decoded.positionOf("output"), `Error parsing target template: ${msg}`);
      return { diagnostics: bag.items };
    }
  }
  return {
    diagnostics: bag.items,
    config: {
      output,
      stripPath: v.strip_path,
      stripTime: v.strip_time,
      customData: v.custom_data
    }
  };
}
__name(decodeManifestConfig, "decodeManifestConfig");

// src/post-processors/manifest/run.ts
import { open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename as basename2 } from "node:path";

// src/post-processors/artifact.ts
function artifactId(a) {
  return typeof a.id === "function" ? a.id() : a.id;
}
__name(artifactId, "artifactId");
function artifactFiles(a) {
  const f = a.files;
  return (typeof f === "function" ? f.call(a) : f) ?? [];
}
__name(artifactFiles, "artifactFiles");

// src/post-processors/manifest/go-json.ts
function goJsonString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (c < 32 || ch === "<" || ch === ">" || ch === "&")
      out += `\\u00${c.toString(16).padStart(2, "0")}`;
    else if (c === 8232 || c === 8233) out += `\\u${c.toString(16)}`;
    else if (c >= 55296 && c <= 57343) out += "\\ufffd";
    else out += ch;
  }
  return `${out}"`;
}
__name(goJsonString, "goJsonString");
function bytewise(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
__name(bytewise, "bytewise");
function goMarshalIndent(v, depth = 0) {
  const pad = "  ".repeat(depth);
  const inner = "  ".repeat(depth + 1);
  if (v === null) return "null";
  if (typeof v === "string") return goJsonString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return `[
${v.map((x) => inner + goMarshalIndent(x, depth + 1)).join(",\n")}
${pad}]`;
  }
  const entries = v.kind === "map" ? [...v.entries].sort(([a], [b]) => bytewise(a, b)) : v.entries;
  if (entries.length === 0) return "{}";
  const body = entries.map(([k, x]) => `${inner}${goJsonString(k)}: ${goMarshalIndent(x, depth + 1)}`).join(",\n");
  return `{
${body}
${pad}}`;
}
__name(goMarshalIndent, "goMarshalIndent");

// src/post-processors/manifest/run.ts
function buildToGo(b) {
  const entries = [
    ["name", b.name],
    ["builder_type", b.builder_type]
  ];
  if (b.build_time !== 0) entries.push(["build_time", b.build_time]);
  entries.push(
    [
      "files",
      b.files === null ? null : b.files.map((f) => ({
        kind: "struct",
        entries: [
          ["name", f.name],
          ["size", f.size]
        ]
      }))
    ],
    ["artifact_id", b.artifact_id],
    ["packer_run_uuid", b.packer_run_uuid],
    ["custom_data", b.custom_data === null ? null : { kind: "map", entries: Object.entries(b.custom_data) }]
  );
  return { kind: "struct", entries };
}
__name(buildToGo, "buildToGo");
function encodeManifest(m) {
  return goMarshalIndent({
    kind: "struct",
    entries: [
      ["builds", m.builds.map(buildToGo)],
      ["last_run_uuid", m.last_run_uuid]
    ]
  });
}
__name(encodeManifest, "encodeManifest");
function field(o, name) {
  if (Object.hasOwn(o, name)) return o[name];
  const key = Object.keys(o).find((k) => k.toLowerCase() === name);
  return key === void 0 ? void 0 : o[key];
}
__name(field, "field");
function str(v) {
  return typeof v === "string" ? v : "";
}
__name(str, "str");
function parseManifest(text) {
  const raw = JSON.parse(text);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error("json: cannot unmarshal into Go value of type manifest.ManifestFile");
  }
  const o = raw;
  const list = field(o, "builds");
  const builds = Array.isArray(list) ? list.map((b) => {
    const r = b ?? {};
    const files = field(r, "files");
    const custom = field(r, "custom_data");
    return {
      name: str(field(r, "name")),
      builder_type: str(field(r, "builder_type")),
      build_time: typeof field(r, "build_time") === "number" ? field(r, "build_time") : 0,
      files: Array.isArray(files) ? files.map((f) => {
        const fr = f ?? {};
        return { name: str(field(fr, "name")), size: Number(field(fr, "size") ?? 0) };
      }) : null,
      artifact_id: str(field(r, "artifact_id")),
      packer_run_uuid: str(field(r, "packer_run_uuid")),
      custom_data: custom && typeof custom === "object" && !Array.isArray(custom) ? Object.fromEntries(
        Object.entries(custom).map(([k, v]) => [k, str(v)])
      ) : null
    };
  }) : [];
  return { builds, last_run_uuid: str(field(o, "last_run_uuid")) };
}
__name(parseManifest, "parseManifest");
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
async function runManifestPostProcessor(config, artifact, options) {
  const data = options.generatedData ?? {};
  const customEntries = Object.entries(config.customData ?? {});
  const customData = customEntries.length === 0 ? null : Object.fromEntries(
    customEntries.map(([k, v]) => [
      k,
      interpolate(v, { ...options.interpolation, data, buildData: data })
    ])
  );
  const files = [];
  const artifactFileNames = artifactFiles(artifact);
  for (const name of artifactFileNames) {
    let size = 0;
    try {
      size = (await stat(name)).size;
    } catch {
      size = 0;
    }
    files.push({ name: config.stripPath ? basename2(name) : name, size });
  }
  const build = {
    name: options.buildName,
    builder_type: options.builderType,
    build_time: config.stripTime ? 0 : Math.floor((options.now?.() ?? /* @__PURE__ */ new Date()).getTime() / 1e3),
    files: artifactFileNames.length > 0 ? files : null,
    artifact_id: artifactId(artifact),
    packer_run_uuid: options.runUuid,
    custom_data: customData
  };
  const output = resolveLocal(config.output, options.cwd ?? process.cwd());
  const lock = `${output}.lock`;
  const waits = options.lockWaitsMs ?? [0, 200, 400];
  for (const wait of waits) {
    await sleep(wait);
    try {
      await (await open(lock, "wx", 436)).close();
      break;
    } catch {
    }
  }
  try {
    let contents = "";
    try {
      contents = await readFile(output, "utf8");
    } catch (e) {
      if (e.code !== "ENOENT") {
        throw new Error(`Unable to open ${config.output} for reading: ${e.message}`);
      }
    }
    let manifest = { builds: [], last_run_uuid: "" };
    if (contents.length > 0) {
      try {
        manifest = parseManifest(contents);
      } catch (e) {
        throw new Error(`Unable to parse content from ${config.output}: ${e.message}`);
      }
    }
    if (options.force && options.runUuid !== manifest.last_run_uuid)
      manifest = { builds: [], last_run_uuid: "" };
    manifest.builds = [...manifest.builds, build];
    manifest.last_run_uuid = options.runUuid;
    try {
      await writeFile(output, encodeManifest(manifest), { mode: 436 });
    } catch (e) {
      throw new Error(`Unable to write ${config.output}: ${e.message}`);
    }
  } finally {
    await rm(lock, { force: true });
  }
  return { artifact, keep: true, forceOverride: true };
}
__name(runManifestPostProcessor, "runManifestPostProcessor");

// src/post-processors/manifest/index.ts
var manifestPostProcessor = {
  type: "manifest",
  decode: decodeManifestConfig,
  run: /* @__PURE__ */ __name((config, artifact, ctx) => runManifestPostProcessor(config, artifact, {
    buildName: ctx.buildName,
    builderType: ctx.builderType,
    runUuid: ctx.runUuid,
    force: ctx.force,
    cwd: ctx.cwd,
    interpolation: ctx.interpolation
  }), "run"),
  output: /* @__PURE__ */ __name((config, cwd) => resolveLocal(config.output, cwd), "output")
};

// src/provisioners/int-list.ts
function weakIntList(value, name, at, error) {
  if (value === void 0 || value === null) return [];
  let items;
  if (Array.isArray(value)) items = value;
  else if (typeof value === "string") items = value === "" ? [] : value.split(",");
  else items = [value];
  const out = [];
  let ok = true;
  items.forEach((item, i) => {
    const n = `${name}[${i}]`;
    const where = at(Array.isArray(value) ? n : name);
    if (item === null) {
      out.push(0);
    } else if (typeof item === "number") {
      out.push(Math.trunc(item));
    } else if (typeof item === "boolean") {
      out.push(item ? 1 : 0);
    } else if (typeof item === "string") {
      const parsed = goParseInt(item === "" ? "0" : item);
      if (typeof parsed === "string") {
        error(where, `cannot parse '${n}' as int: strconv.ParseInt: parsing ${goQuote(item)}: ${parsed}`);
        ok = false;
      } else out.push(parsed);
    } else {
      error(
        where,
        `'${n}' expected type 'int', got unconvertible type '${goTypeOf(item)}', value: '${goPrintValue(item)}'`
      );
      ok = false;
    }
  });
  return ok ? out : void 0;
}
__name(weakIntList, "weakIntList");

// src/provisioners/shell/config.ts
var SHELL_SPEC = {
  inline: { type: "stringList" },
  script: { type: "string" },
  scripts: { type: "stringList" },
  valid_exit_codes: { type: "any" },
  environment_vars: { type: "stringList" },
  env_var_format: { type: "string" },
  binary: { type: "bool" },
  remote_path: { type: "string" },
  execute_command: { type: "string", noRender: true },
  inline_shebang: { type: "string" },
  pause_after: { type: "duration" },
  use_env_var_file: { type: "bool" },
  remote_folder: { type: "string" },
  remote_file: { type: "string" },
  start_retry_timeout: { type: "duration" },
  skip_clean: { type: "bool" },
  expect_disconnect: { type: "bool" }
};
var SHELL_DEFAULT_EXECUTE_COMMAND = "chmod +x {{.Path}}; {{.Vars}} {{.Path}}";
var SHELL_ENV_VAR_FILE_EXECUTE_COMMAND = "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}";
function envVarFormatError(kv) {
  const eq = kv.indexOf("=");
  if (eq <= 0) return `Environment variable not in format 'key=value': ${kv}`;
  return void 0;
}
__name(envVarFormatError, "envVarFormatError");
function decodeShellConfig(node, ctx) {
  const decoded = decodeConfig(node, SHELL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: SHELL_PLUGIN_TYPE
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  const v = decoded.value;
  const at = decoded.positionOf;
  const validExitCodes = weakIntList(v.valid_exit_codes, "valid_exit_codes", at, (w, m) => bag.error(w, m));
  if (bag.hasErrors || validExitCodes === void 0) return { diagnostics: bag.items };
  const useEnvVarFile = v.use_env_var_file;
  const envVarFormat = v.env_var_format || (useEnvVarFile ? "export %s='%s'\n" : "%s='%s' ");
  const executeCommand = v.execute_command || (useEnvVarFile ? SHELL_ENV_VAR_FILE_EXECUTE_COMMAND : SHELL_DEFAULT_EXECUTE_COMMAND);
  const inlineList = v.inline;
  const inline = decoded.isSet("inline") && inlineList.length > 0 ? inlineList : void 0;
  const remoteFolder = v.remote_folder || "/tmp";
  const randomInt2 = ctx.randomInt ?? ((n) => Math.floor(Math.random() * n));
  const remoteFile = v.remote_file || `script_${randomInt2(9999)}.sh`;
  const remotePath = v.remote_path || `${remoteFolder}/${remoteFile}`;
  const script = v.script;
  let scripts = v.scripts;
  if (script !== "" && scripts.length > 0) {
    bag.error(at("script"), "Only one of script or scripts can be specified.");
  }
  let scriptNames = scripts.map((_, i) => `scripts[${i}]`);
  if (script !== "") {
    scripts = [script];
    scriptNames = ["script"];
  }
  if (scripts.length === 0 && inline === void 0) {
    bag.error({ pos: node.pos, path: node.path }, "Either a script file or inline script must be specified.");
  } else if (scripts.length > 0 && inline !== void 0) {
    bag.error(at("inline"), "Only a script file or an inline script can be specified, not both.");
  }
  scripts.forEach((path3, i) => {
    const err = checkFile(path3, ctx.cwd, { limit: LIMITS.script, what: "script" });
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path3}': ${err}`);
  });
  const environmentVars = v.environment_vars;
  environmentVars.forEach((kv, i) => {
    const err = envVarFormatError(kv);
    if (err) bag.error(at(`environment_vars[${i}]`), err);
  });
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      inline,
      scripts,
      environmentVars,
      envVarFormat,
      executeCommand,
      inlineShebang: v.inline_shebang || "/bin/sh -e",
      remoteFolder,
      remoteFile,
      remotePath,
      useEnvVarFile,
      expectDisconnect: v.expect_disconnect,
      validExitCodes: validExitCodes.length > 0 ? validExitCodes : [0],
      skipClean: v.skip_clean,
      startRetryTimeoutMs: v.start_retry_timeout || 5 * 6e4,
      pauseAfterMs: v.pause_after,
      binary: v.binary
    }
  };
}
__name(decodeShellConfig, "decodeShellConfig");

// src/provisioners/shell-local/config.ts
var SHELL_LOCAL_SPEC = {
  inline: { type: "stringList" },
  script: { type: "string" },
  scripts: { type: "stringList" },
  valid_exit_codes: { type: "any" },
  environment_vars: { type: "stringList" },
  env_var_format: { type: "string" },
  command: { type: "string" },
  execute_command: { type: "stringList", noRender: true },
  inline_shebang: { type: "string" },
  only_on: { type: "stringList" },
  tempfile_extension: { type: "string" },
  use_linux_pathing: { type: "bool" }
};
var SHELL_LOCAL_SUPPORTED_OS = ["darwin", "freebsd", "linux", "openbsd", "solaris", "windows"];
var TOO_MANY = "You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.";
function convertToLinuxPath(winAbsPath) {
  const p2 = winAbsPath.replaceAll("\\", "/");
  const at = p2.indexOf(":/");
  if (at !== -1) return { path: `/mnt/${p2.slice(0, at).toLowerCase()}/${p2.slice(at + 2)}` };
  return {
    error: `There was an error splitting your absolute path; expected to find a drive following the format ':/' but did not: absolute path: ${p2}`
  };
}
__name(convertToLinuxPath, "convertToLinuxPath");
function decodeShellLocalCommon(node, ctx, variant) {
  const decoded = decodeConfig(node, SHELL_LOCAL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: variant.ignoreKeys
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  const v = decoded.value;
  const at = decoded.positionOf;
  const self = { pos: node.pos, path: node.path };
  const validExitCodes = weakIntList(v.valid_exit_codes, "valid_exit_codes", at, (w, m) => bag.error(w, m));
  if (bag.hasErrors || validExitCodes === void 0) return { diagnostics: bag.items };
  const goos = ctx.goos ?? goosOf();
  let executeCommand = v.execute_command;
  if (variant.postProcessor && executeCommand.length === 1) executeCommand = ["sh", "-c", ...executeCommand];
  let inlineShebang = v.inline_shebang;
  let tempfileExtension = v.tempfile_extension;
  if (goos === "windows") {
    if (executeCommand.length === 0) executeCommand = ["cmd", "/V", "/C", "{{.Vars}}", "call", "{{.Script}}"];
    if (tempfileExtension === "") tempfileExtension = ".cmd";
  } else {
    if (inlineShebang === "") inlineShebang = "/bin/sh -e";
    if (executeCommand.length === 0) executeCommand = ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"];
  }
  const command = v.command;
  const script = v.script;
  let scripts = v.scripts;
  let scriptNames = scripts.map((_, i) => `scripts[${i}]`);
  let inline = decoded.isSet("inline") ? v.inline : void 0;
  if (command === "" && (inline?.length ?? 0) === 0 && scripts.length === 0 && script === "") {
    bag.error(self, "Command, Inline, Script and Scripts options cannot all be empty.");
  }
  if (command !== "") {
    if ((inline?.length ?? 0) !== 0 || scripts.length !== 0 || script !== "")
      bag.error(at("command"), TOO_MANY);
    else inline = [command];
  }
  if (script !== "") {
    if (scripts.length > 0 || (inline?.length ?? 0) > 0) bag.error(at("script"), TOO_MANY);
    else {
      scripts = [script];
      scriptNames = ["script"];
    }
  }
  if (scripts.length > 0 && inline !== void 0) bag.error(at("inline"), TOO_MANY);
  scripts.forEach((path3, i) => {
    const err = checkFile(path3, ctx.cwd, { limit: LIMITS.script, what: "script" });
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path3}': ${err}`);
  });
  const onlyOn = v.only_on;
  onlyOn.forEach((os, i) => {
    if (!SHELL_LOCAL_SUPPORTED_OS.includes(os)) {
      bag.error(
        at(`only_on[${i}]`),
        `Invalid OS specified in only_on: '${os}'
Supported OS names: ${SHELL_LOCAL_SUPPORTED_OS.join(", ")}`
      );
    }
  });
  const useLinuxPathing = v.use_linux_pathing;
  if (useLinuxPathing) {
    scripts = scripts.map((path3, i) => {
      const converted = convertToLinuxPath(resolveLocal(path3, ctx.cwd));
      if ("error" in converted) {
        bag.error(at(scriptNames[i]), converted.error);
        return path3;
      }
      return converted.path;
    });
    if ((inline?.length ?? 0) > 0) {
      bag.error(
        at(decoded.isSet("inline") ? "inline" : "command"),
        "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead"
      );
    }
  }
  let envVarFormat = v.env_var_format;
  if (envVarFormat === "")
    envVarFormat = goos === "windows" && !useLinuxPathing ? "set %s=%s && " : "%s='%s' ";
  if (tempfileExtension.startsWith(".")) tempfileExtension = tempfileExtension.slice(1);
  const environmentVars = v.environment_vars;
  environmentVars.forEach((kv, i) => {
    const err = envVarFormatError(kv);
    if (err) bag.error(at(`environment_vars[${i}]`), err);
  });
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      inline,
      scripts,
      environmentVars,
      envVarFormat,
      executeCommand,
      inlineShebang,
      onlyOn,
      tempfileExtension,
      useLinuxPathing,
      validExitCodes: validExitCodes.length > 0 ? validExitCodes : [0]
    }
  };
}
__name(decodeShellLocalCommon, "decodeShellLocalCommon");
function decodeShellLocalConfig(node, ctx) {
  return decodeShellLocalCommon(node, ctx, { ignoreKeys: PROVISIONER_CORE_KEYS, postProcessor: false });
}
__name(decodeShellLocalConfig, "decodeShellLocalConfig");

// src/post-processors/shell-local/config.ts
function decodeShellLocalPostProcessorConfig(node, ctx) {
  return decodeShellLocalCommon(node, ctx, { ignoreKeys: POST_PROCESSOR_CORE_KEYS, postProcessor: true });
}
__name(decodeShellLocalPostProcessorConfig, "decodeShellLocalPostProcessorConfig");

// src/provisioners/shell-local/run.ts
import { spawn } from "node:child_process";
import { chmod, rename, rm as rm3, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";

// src/provisioners/env-vars.ts
function escapeEnvVars(inputs) {
  const env = /* @__PURE__ */ new Map();
  env.set("PACKER_BUILD_NAME", inputs.buildName);
  env.set("PACKER_BUILDER_TYPE", inputs.builderType);
  if (inputs.http?.addr) env.set("PACKER_HTTP_ADDR", inputs.http.addr);
  if (inputs.http?.ip) env.set("PACKER_HTTP_IP", inputs.http.ip);
  if (inputs.http?.port) env.set("PACKER_HTTP_PORT", inputs.http.port);
  for (const kv of inputs.vars) {
    const eq = kv.indexOf("=");
    const key = eq < 0 ? kv : kv.slice(0, eq);
    const value = eq < 0 ? "" : kv.slice(eq + 1);
    env.set(key, value.replaceAll("'", `'"'"'`));
  }
  const bytes = /* @__PURE__ */ __name((s) => Buffer.from(s, "utf8"), "bytes");
  return [...env.entries()].sort(([a], [b]) => Buffer.compare(bytes(a), bytes(b)));
}
__name(escapeEnvVars, "escapeEnvVars");
function flattenEnvVars(inputs) {
  return escapeEnvVars(inputs).map(([k, v]) => sprintf(inputs.format, [k, v])).join("");
}
__name(flattenEnvVars, "flattenEnvVars");

// src/provisioners/runtime.ts
function renderRuntime(ctx, text, extra = {}) {
  const data = { ...ctx.buildData, ...extra };
  return interpolate(text, { ...ctx.interpolation, data, buildData: ctx.buildData });
}
__name(renderRuntime, "renderRuntime");
var CancelledError = class extends Error {
  static {
    __name(this, "CancelledError");
  }
  constructor(message = "context canceled") {
    super(message);
    this.name = "CancelledError";
  }
};
function sleep2(ms, signal) {
  return new Promise((resolve9, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const onAbort = /* @__PURE__ */ __name(() => {
      clearTimeout(t);
      reject(new CancelledError());
    }, "onAbort");
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve9();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
__name(sleep2, "sleep");
async function retryWithin(startTimeoutMs, fn, signal, delayMs = 2e3) {
  const deadline = Date.now() + startTimeoutMs;
  for (; ; ) {
    try {
      return await fn();
    } catch (e) {
      if (signal?.aborted || e instanceof CancelledError) throw e;
      if (startTimeoutMs > 0 && Date.now() >= deadline) throw e;
      await sleep2(delayMs, signal).catch(() => {
        throw e;
      });
    }
  }
}
__name(retryWithin, "retryWithin");
function invalidExitCode(code, allowed) {
  const codes = allowed.length > 0 ? allowed : [0];
  if (codes.includes(code)) return void 0;
  return `Script exited with non-zero exit status: ${code}.Allowed exit codes are: [${codes.join(" ")}]`;
}
__name(invalidExitCode, "invalidExitCode");

// src/provisioners/shell/run.ts
import { rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/communicator/communicator.ts
var CMD_DISCONNECT = 2300218;

// src/provisioners/shell/run.ts
var DISCONNECT_MESSAGE = 'Script disconnected unexpectedly. If you expected your script to disconnect, i.e. from a restart, you can try adding `"expect_disconnect": true` or `"valid_exit_codes": [0, 2300218]` to the shell provisioner parameters.';
function unixLineEndings(data) {
  if (data.length === 0) return data;
  const out = [];
  let start = 0;
  while (start < data.length) {
    let nl = data.indexOf(10, start);
    const end = nl < 0 ? data.length : nl;
    let line = data.subarray(start, end);
    if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
    out.push(line, Buffer.from([10]));
    if (nl < 0) nl = data.length;
    start = nl + 1;
  }
  return Buffer.concat(out);
}
__name(unixLineEndings, "unixLineEndings");
function goOpenError(path3, e) {
  const reasons = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory"
  };
  const code = e.code ?? "";
  return `open ${path3}: ${reasons[code] ?? errorText(e)}`;
}
__name(goOpenError, "goOpenError");
function tempScriptPath(dir, prefix) {
  return join2(dir, `${prefix}${Math.floor(Math.random() * 4294967295)}`);
}
__name(tempScriptPath, "tempScriptPath");
function need(ctx) {
  if (!ctx.comm) {
    throw new Error(
      "No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator."
    );
  }
  return ctx.comm;
}
__name(need, "need");
async function cleanupRemoteFile(comm, path3, config, signal, delayMs) {
  await retryWithin(
    config.startRetryTimeoutMs,
    async () => {
      let status;
      try {
        status = await comm.start(`rm -f ${path3}`, { signal });
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        throw new Error(`Error removing temporary script at ${path3}: ${errorText(e)}`);
      }
      if (status === CMD_DISCONNECT) throw new Error("Disconnect while removing temporary script.");
      if (status !== 0) throw new Error(`Error removing temporary script at ${path3}!`);
    },
    signal,
    delayMs
  );
}
__name(cleanupRemoteFile, "cleanupRemoteFile");
async function runShellProvisioner(config, ctx, options = {}) {
  const comm = need(ctx);
  const { ui, signal } = ctx;
  const dir = ctx.tempDir ?? tmpdir();
  const randomInt2 = ctx.randomInt ?? ((n) => Math.floor(Math.random() * n));
  const scripts = [...config.scripts];
  const temps = [];
  try {
    if (config.inline !== void 0) {
      const lines = [`#!${config.inlineShebang}
`];
      for (const command of config.inline) {
        let rendered;
        try {
          rendered = renderRuntime(ctx, command);
        } catch (e) {
          throw new Error(`Error interpolating Inline: ${errorText(e)}`);
        }
        lines.push(`${rendered}
`);
      }
      const path3 = tempScriptPath(dir, "packer-shell");
      await writeFile2(path3, lines.join(""), { mode: 384 });
      temps.push(path3);
      scripts.push(path3);
    }
    let envVarFile = "";
    const envInputs = {
      buildName: ctx.buildName,
      builderType: ctx.builderType,
      vars: config.environmentVars,
      format: config.envVarFormat
    };
    if (config.useEnvVarFile) {
      const content = Buffer.from(flattenEnvVars(envInputs), "utf8");
      const body = config.binary ? content : unixLineEndings(content);
      await retryWithin(
        config.startRetryTimeoutMs,
        async () => {
          const remote = `${config.remoteFolder}/varfile_${randomInt2(9999)}.sh`;
          try {
            await comm.upload(remote, { data: body });
          } catch (e) {
            throw new Error(`Error uploading envVarFile: ${errorText(e)}`);
          }
          try {
            await comm.start(`chmod 0600 ${remote}`, { signal });
          } catch (e) {
            if (signal.aborted) throw new CancelledError();
            throw new Error(`Error chmodding script file to 0600 in remote machine: ${errorText(e)}`);
          }
          envVarFile = remote;
        },
        signal,
        options.retryDelayMs
      );
    }
    const vars = flattenEnvVars(envInputs);
    for (const path3 of scripts) {
      ui.say(`Provisioning with shell script: ${path3}`);
      let content;
      try {
        content = await readBounded(resolveLocal(path3, ctx.cwd ?? process.cwd()), {
          shown: path3,
          limit: LIMITS.script,
          what: "script",
          signal
        });
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        throw new Error(
          `Error opening shell script: ${e instanceof BoundedInputError ? e.message : goOpenError(path3, e)}`
        );
      }
      let command;
      try {
        command = renderRuntime(ctx, config.executeCommand, {
          Vars: vars,
          EnvVarFile: envVarFile,
          Path: config.remotePath
        });
      } catch (e) {
        throw new Error(`Error processing command: ${errorText(e)}`);
      }
      const body = config.binary ? content : unixLineEndings(content);
      const status = await retryWithin(
        config.startRetryTimeoutMs,
        async () => {
          try {
            await comm.upload(config.remotePath, { data: body });
          } catch (e) {
            throw new Error(`Error uploading script: ${errorText(e)}`);
          }
          try {
            await comm.start(`chmod 0755 ${config.remotePath}`, { signal });
          } catch (e) {
            if (signal.aborted) throw new CancelledError();
            throw new Error(`Error chmodding script file to 0755 in remote machine: ${errorText(e)}`);
          }
          try {
            return await runWithUi(comm, command, ui, signal);
          } catch (e) {
            if (signal.aborted) throw new CancelledError();
            throw e;
          }
        },
        signal,
        options.retryDelayMs
      );
      if (status === CMD_DISCONNECT) {
        if (!config.expectDisconnect) throw new Error(DISCONNECT_MESSAGE);
      } else {
        const invalid = invalidExitCode(status, config.validExitCodes);
        if (invalid) throw new Error(invalid);
      }
      if (config.skipClean) continue;
      await cleanupRemoteFile(comm, config.remotePath, config, signal, options.retryDelayMs);
    }
    if (!config.skipClean) {
      await cleanupRemoteFile(comm, envVarFile, config, signal, options.retryDelayMs);
    }
    if (config.pauseAfterMs !== 0) {
      ui.say(`Pausing ${formatGoDuration(config.pauseAfterMs)} after this provisioner...`);
      await sleep2(config.pauseAfterMs, signal);
    }
  } finally {
    for (const t of temps) await rm2(t, { force: true });
  }
}
__name(runShellProvisioner, "runShellProvisioner");

// src/provisioners/shell-local/run.ts
function runLocal(argv, ctx) {
  return new Promise((resolve9, reject) => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: ["ignore", "pipe", "pipe"],
      // Packer's own environment, which holds its PACKER_RUN_UUID.
      env: ctx.buildData.PackerRunUUID ? { ...process.env, PACKER_RUN_UUID: ctx.buildData.PackerRunUUID } : process.env,
      cwd: ctx.cwd,
      signal: ctx.signal
    });
    const out = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
    const err = new LineSplitter((l) => ctx.ui.error(cleanOutputLine(l)));
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.once("error", (e) => reject(ctx.signal.aborted ? new CancelledError() : e));
    child.once("close", (code) => {
      out.flush();
      err.flush();
      if (ctx.signal.aborted) reject(new CancelledError());
      else resolve9(code ?? -1);
    });
  });
}
__name(runLocal, "runLocal");
function localScriptError(message) {
  return Object.assign(new Error(message), { runsOn: "local" });
}
__name(localScriptError, "localScriptError");
async function runShellLocal(config, ctx) {
  const { ui } = ctx;
  if (config.onlyOn.length > 0 && !config.onlyOn.includes(goosOf())) {
    ui.say("Skipping shell-local due to runtime OS");
    return;
  }
  const scripts = [...config.scripts];
  const temps = [];
  try {
    if (scripts.length === 0 && config.inline !== void 0) {
      let text = config.inlineShebang !== "" ? `#!${config.inlineShebang}
` : "";
      for (const command of config.inline) text += `${renderRuntime(ctx, command)}
`;
      let path3 = tempScriptPath(ctx.tempDir ?? tmpdir2(), "packer-shell");
      await writeFile3(path3, text, { mode: 384 });
      await chmod(path3, 448);
      if (config.tempfileExtension !== "") {
        const renamed = `${path3}.${config.tempfileExtension}`;
        await rename(path3, renamed);
        path3 = renamed;
      }
      temps.push(path3);
      scripts.push(path3);
    }
    const vars = flattenEnvVars({
      buildName: ctx.buildName,
      builderType: ctx.builderType,
      vars: config.environmentVars.map((v) => renderRuntime(ctx, v)),
      format: config.envVarFormat
    });
    for (const script of scripts) {
      const absolute = resolveLocal(script, ctx.cwd ?? process.cwd());
      let argv;
      try {
        argv = config.executeCommand.map(
          (c) => renderRuntime(ctx, c, {
            Vars: vars,
            Script: absolute,
            Command: absolute,
            WinRMPassword: ctx.buildData.WinRMPassword ?? ""
          })
        );
      } catch (e) {
        throw new Error(`Error processing command: ${errorText(e)}`);
      }
      ui.say(`Running local shell script: ${script}`);
      let status;
      try {
        status = await runLocal(argv, ctx);
      } catch (e) {
        if (e instanceof CancelledError) throw e;
        throw localScriptError(
          `Error executing script: ${script}

Please see output above for more information.`
        );
      }
      const invalid = invalidExitCode(status, config.validExitCodes);
      if (invalid) throw localScriptError(invalid);
    }
  } finally {
    for (const t of temps) await rm3(t, { force: true });
  }
}
__name(runShellLocal, "runShellLocal");

// src/post-processors/shell-local/run.ts
async function runShellLocalPostProcessor(config, artifact, ctx) {
  await runShellLocal(config, ctx);
  return { artifact, keep: true, forceOverride: true };
}
__name(runShellLocalPostProcessor, "runShellLocalPostProcessor");

// src/post-processors/shell-local/index.ts
var shellLocalPostProcessor = {
  type: "shell-local",
  decode: decodeShellLocalPostProcessorConfig,
  run: runShellLocalPostProcessor
};

// src/post-processors/index.ts
var POST_PROCESSORS = [manifestPostProcessor, shellLocalPostProcessor];
var SUPPORTED_POST_PROCESSORS = POST_PROCESSORS.map((p2) => p2.type);
function postProcessorOf(config) {
  const plugin = POST_PROCESSORS.find((p2) => p2.type === config.type);
  if (!plugin) throw new Error(`post-processor type ${JSON.stringify(config.type)} is not registered`);
  return plugin;
}
__name(postProcessorOf, "postProcessorOf");
function unsupported(type, at, ctx) {
  const bag = new DiagnosticBag(ctx.file);
  bag.error(
    at,
    `post-processor type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_POST_PROCESSORS.join(", ")})`
  );
  return { diagnostics: bag.items };
}
__name(unsupported, "unsupported");
function decodePostProcessor(p2, ctx) {
  let config;
  let typeNode;
  let type;
  if (!("kind" in p2)) {
    type = p2.type;
    config = p2.config;
    typeNode = p2.node.kind === "object" ? member(p2.node, "type")?.value ?? p2.node : p2.node;
  } else if (p2.kind === "string") {
    type = p2.value;
    typeNode = p2;
    config = { kind: "object", pos: p2.pos, path: p2.path, members: [] };
  } else {
    const typeMember = member(p2, "type");
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : p2, "type is required");
      return { diagnostics: bag.items };
    }
    config = p2;
    typeNode = typeMember.value;
    type = typeMember.value.value;
  }
  const plugin = POST_PROCESSORS.find((x) => x.type === type);
  if (!plugin) return unsupported(type, typeNode, ctx);
  const result = plugin.decode(config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config !== void 0 ? { type, config: result.config } : void 0
  };
}
__name(decodePostProcessor, "decodePostProcessor");

// src/provisioners/ansible/config.ts
import { execFileSync } from "node:child_process";
import { statSync as statSync7 } from "node:fs";
import { userInfo } from "node:os";
var ANSIBLE_SPEC = {
  command: { type: "string", default: "ansible-playbook" },
  extra_arguments: { type: "stringList" },
  ansible_env_vars: { type: "stringList" },
  playbook_file: { type: "string" },
  ansible_ssh_extra_args: { type: "stringList" },
  groups: { type: "stringList" },
  empty_groups: { type: "stringList" },
  host_alias: { type: "string", default: "default" },
  user: { type: "string" },
  local_port: { type: "int" },
  ssh_host_key_file: { type: "string" },
  ssh_authorized_key_file: { type: "string" },
  sftp_command: { type: "string" },
  skip_version_check: { type: "bool" },
  use_sftp: { type: "bool" },
  inventory_directory: { type: "string" },
  inventory_file_template: { type: "string", noRender: true },
  inventory_file: { type: "string" },
  keep_inventory_file: { type: "bool" },
  galaxy_file: { type: "string" },
  galaxy_command: { type: "string", default: "ansible-galaxy" },
  galaxy_force_install: { type: "bool" },
  roles_path: { type: "string" },
  collections_path: { type: "string" },
  use_proxy: { type: "trilean" }
};
var INSTALL_HINT = 'Install Ansible on the machine running the build (for example `pipx install ansible-core`, `pip install ansible-core==2.14.*` or `apt-get install ansible-core`), or set "skip_version_check": true if a previous step installs it.';
function fileConfigError(name, key, cwd, required) {
  if (required && name === "") return `${key} must be specified.`;
  const err = goStatError(name, cwd);
  if (err) return `${key}: ${name} is invalid: ${err}`;
  if (statSync7(resolveLocal(name, cwd)).isDirectory()) return `${key}: ${name} must point to a file`;
  return checkFile(name, cwd, { limit: LIMITS.script, what: key });
}
__name(fileConfigError, "fileConfigError");
function ansibleVersion(command, cwd) {
  let out;
  try {
    out = execFileSync(command, ["--version"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 6e4,
      maxBuffer: 1 << 20
    });
  } catch (e) {
    const err = e;
    const reason = err.code === "ENOENT" ? `exec: ${JSON.stringify(command)}: executable file not found in $PATH` : typeof err.status === "number" ? `exit status ${err.status}` : err.message;
    return `Error running "${command} --version": ${reason}
${INSTALL_HINT}`;
  }
  const m = /\w (\d+\.\d+[.\d+]*)/.exec(out);
  if (!m) return `Could not find ${command} version in output:
${out}`;
  const major = Number.parseInt(m[1].split(".")[0], 10);
  if (!Number.isFinite(major)) return `Could not parse major version from "${m[1]}".`;
  return major;
}
__name(ansibleVersion, "ansibleVersion");
function decodeAnsibleConfig(node, ctx) {
  const decoded = decodeConfig(node, ANSIBLE_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: "ansible"
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const self = { pos: node.pos, path: node.path };
  const at = /* @__PURE__ */ __name((key) => decoded.isSet(key) ? decoded.positionOf(key) : self, "at");
  const str2 = /* @__PURE__ */ __name((key) => v[key], "str");
  const check = /* @__PURE__ */ __name((key, required) => {
    const err = fileConfigError(str2(key), key, ctx.cwd, required);
    if (err) bag.error(at(key), err);
  }, "check");
  check("playbook_file", true);
  if (str2("galaxy_file") !== "") check("galaxy_file", true);
  if (str2("ssh_authorized_key_file") !== "") check("ssh_authorized_key_file", true);
  const envVars = [...v.ansible_env_vars];
  if (str2("ssh_host_key_file") !== "") check("ssh_host_key_file", true);
  else envVars.push("ANSIBLE_HOST_KEY_CHECKING=False");
  if (!v.use_sftp) envVars.push("ANSIBLE_SCP_IF_SSH=True");
  const localPort = v.local_port;
  if (localPort > 65535) bag.error(at("local_port"), `local_port: ${localPort} must be a valid port`);
  const inventoryDirectory = str2("inventory_directory");
  if (inventoryDirectory !== "") {
    const err = goStatError(inventoryDirectory, ctx.cwd);
    if (err)
      bag.error(at("inventory_directory"), `inventory_directory: ${inventoryDirectory} is invalid: ${err}`);
    else if (!statSync7(resolveLocal(inventoryDirectory, ctx.cwd)).isDirectory())
      bag.error(
        at("inventory_directory"),
        `inventory_directory: ${inventoryDirectory} must point to a directory`
      );
  }
  let major = 2;
  if (!v.skip_version_check) {
    const version = ansibleVersion(str2("command"), ctx.cwd);
    if (typeof version === "string") bag.error(at("command"), version);
    else major = version;
  }
  let user = str2("user");
  const userWasEmpty = user === "";
  if (userWasEmpty) {
    try {
      user = userInfo().username;
    } catch {
      user = process.env.USER ?? "";
    }
    if (user === "") bag.error(self, "user: could not determine current user from environment.");
  }
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      command: str2("command"),
      extraArguments: v.extra_arguments,
      ansibleEnvVars: envVars,
      playbookFile: str2("playbook_file"),
      ansibleSshExtraArgs: v.ansible_ssh_extra_args,
      groups: v.groups,
      emptyGroups: v.empty_groups,
      hostAlias: str2("host_alias"),
      user,
      userWasEmpty,
      localPort,
      sshHostKeyFile: str2("ssh_host_key_file"),
      sshAuthorizedKeyFile: str2("ssh_authorized_key_file"),
      sftpCommand: str2("sftp_command"),
      useSftp: v.use_sftp,
      inventoryDirectory,
      inventoryFileTemplate: str2("inventory_file_template"),
      inventoryFile: str2("inventory_file"),
      keepInventoryFile: v.keep_inventory_file,
      galaxyFile: str2("galaxy_file"),
      galaxyCommand: str2("galaxy_command"),
      galaxyForceInstall: v.galaxy_force_install,
      rolesPath: str2("roles_path"),
      collectionsPath: str2("collections_path"),
      useProxy: v.use_proxy,
      ansibleMajorVersion: major
    }
  };
}
__name(decodeAnsibleConfig, "decodeAnsibleConfig");

// src/provisioners/ansible/files.ts
import { dirname as dirname3, join as join3 } from "node:path";
var PLAYBOOK_SIBLINGS = [
  "roles",
  "group_vars",
  "host_vars",
  "tasks",
  "handlers",
  "vars",
  "defaults",
  "templates",
  "files",
  "library",
  "module_utils",
  "filter_plugins",
  "collections",
  "ansible.cfg"
];
function ansibleFiles(c) {
  const out = [c.playbookFile];
  const dir = dirname3(c.playbookFile);
  for (const s of PLAYBOOK_SIBLINGS) out.push(join3(dir, s));
  if (c.galaxyFile !== "") out.push(c.galaxyFile);
  if (c.inventoryFile !== "") out.push(c.inventoryFile);
  const inv = c.inventoryDirectory !== "" ? c.inventoryDirectory : c.inventoryFile !== "" ? dirname3(c.inventoryFile) : "";
  if (inv !== "") for (const s of ["group_vars", "host_vars"]) out.push(join3(inv, s));
  return out;
}
__name(ansibleFiles, "ansibleFiles");

// src/provisioners/ansible/run.ts
var import_ssh22 = __toESM(require_lib(), 1);
import { spawn as spawn2 } from "node:child_process";
import { randomInt } from "node:crypto";
import { readFile as readFile3, rm as rm5, writeFile as writeFile5 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import { join as join5, resolve as resolve6 } from "node:path";

// src/provisioners/ansible/adapter.ts
var import_ssh2 = __toESM(require_lib(), 1);

// src/provisioners/ansible/scp-serve.ts
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile as readFile2, rm as rm4, writeFile as writeFile4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { basename as basename3, join as join4 } from "node:path";

// src/communicator/byte-reader.ts
var EofError = class extends Error {
  static {
    __name(this, "EofError");
  }
  constructor() {
    super("EOF");
    this.name = "EofError";
  }
};
var HIGH_WATER = 1 << 20;
var ByteReader = class {
  constructor(stream) {
    this.stream = stream;
    stream.on("data", (c) => {
      this.chunks.push(c);
      this.length += c.length;
      if (this.length > HIGH_WATER) stream.pause();
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
  stream;
  static {
    __name(this, "ByteReader");
  }
  chunks = [];
  length = 0;
  ended = false;
  failure;
  wake;
  notify() {
    const w = this.wake;
    this.wake = void 0;
    w?.();
  }
  /** Waits until at least one byte is buffered; throws EofError at the end of the stream. */
  async fill() {
    while (this.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended) throw new EofError();
      await new Promise((r) => {
        this.wake = r;
      });
    }
  }
  take(n) {
    const out = [];
    let need2 = n;
    while (need2 > 0) {
      const head = this.chunks[0];
      if (head.length <= need2) {
        out.push(head);
        this.chunks.shift();
        need2 -= head.length;
      } else {
        out.push(head.subarray(0, need2));
        this.chunks[0] = head.subarray(need2);
        need2 = 0;
      }
    }
    this.length -= n;
    if (this.length <= HIGH_WATER && this.stream.isPaused()) this.stream.resume();
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
    for (; ; ) {
      try {
        await this.fill();
      } catch (e) {
        if (e instanceof EofError && parts.length > 0) return Buffer.concat(parts).toString("utf8");
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
    for (; ; ) {
      try {
        await this.fill();
      } catch (e) {
        if (e instanceof EofError) return Buffer.concat(out);
        throw e;
      }
      out.push(this.take(this.length));
    }
  }
};

// src/provisioners/ansible/scp-serve.ts
var OK = Buffer.from([0]);
var EMPTY_ERROR = Buffer.from("\n");
function scpOptions(s) {
  let end = 0;
  let opt = false;
  let opts = "";
  for (const c of s) {
    if (c === " ") opt = false;
    else if (c === "-") opt = true;
    else if (opt) opts += c;
    else break;
    end++;
  }
  return { opts, rest: s.slice(end) };
}
__name(scpOptions, "scpOptions");
function isScpSession(command) {
  return command.startsWith("scp ") && /[tf]/.test(scpOptions(command.slice(4)).opts);
}
__name(isScpSession, "isScpSession");
function unquote(s) {
  let out = "";
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = void 0;
      else if (c === "\\" && quote === '"' && i + 1 < s.length) out += s[++i];
      else out += c;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "\\" && i + 1 < s.length) out += s[++i];
    else if (!/\s/.test(c)) out += c;
  }
  return out;
}
__name(unquote, "unquote");
async function response(r) {
  const code = await r.readByte();
  if (code === 0) return;
  const message = await r.readLine();
  if (code > 1) throw new Error(message);
}
__name(response, "response");
async function serveScp(command, input, out, comm) {
  const { opts, rest: quoted } = scpOptions(command.slice(4));
  const rest = unquote(quoted).trim();
  const reader = new ByteReader(input);
  const dir = await mkdtemp(join4(tmpdir3(), opts.includes("t") ? "ansible-upload" : "ansible-download"));
  try {
    if (rest === "") throw new Error("no scp target specified");
    if (opts.includes("t")) {
      out.write(OK);
      for (; ; ) {
        const b = String.fromCharCode(await reader.readByte());
        if (b === "T") {
          await reader.readLine();
          out.write(OK);
        } else if (b === "C") {
          const m = /^([0-7]{4}) (\d+) (.+)\n?$/.exec(await reader.readLine());
          if (!m) throw new Error("invalid file message");
          out.write(OK);
          const chunks = [];
          await reader.copyN(Number(m[2]), (c) => {
            chunks.push(Buffer.from(c));
          });
          const local2 = join4(dir, "file");
          await writeFile4(local2, Buffer.concat(chunks), { mode: Number.parseInt(m[1], 8) });
          await comm.upload(rest, { path: local2 });
          await response(reader);
          out.write(OK);
          return 0;
        } else if (b === "E") {
          out.write(OK);
          return 0;
        } else throw new Error(`unexpected message: ${b}`);
      }
    }
    if (opts.includes("d")) throw new Error("directory downloads not supported");
    const local = join4(dir, basename3(rest));
    const file = createWriteStream(local, { mode: 420 });
    await new Promise((resolve9, reject) => {
      file.once("open", () => resolve9());
      file.once("error", reject);
    });
    try {
      await comm.download(rest, file);
    } finally {
      await new Promise((r) => file.end(r));
    }
    const data = await readFile2(local);
    await response(reader);
    out.write(`C0644 ${data.length} ${basename3(rest)}
`);
    await response(reader);
    out.write(data);
    out.write(OK);
    await response(reader);
    return 0;
  } catch {
    if (out.writable) out.write(EMPTY_ERROR);
    return 1;
  } finally {
    await rm4(dir, { recursive: true, force: true });
  }
}
__name(serveScp, "serveScp");

// src/provisioners/ansible/adapter.ts
var { Server, utils } = import_ssh2.default;
var DEFAULT_SFTP_COMMAND = "/usr/lib/sftp-server -e";
function parsePublic(text) {
  const parsed = utils.parseKey(text);
  const key = parsed instanceof Error ? void 0 : Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key) throw new Error("Failed to parse authorized key");
  return key;
}
__name(parsePublic, "parsePublic");
async function startAdapter(o) {
  const allowed = parsePublic(o.authorizedKey);
  const allowedBlob = allowed.getPublicSSH();
  const connections = /* @__PURE__ */ new Set();
  const sftpCommand = o.sftpCommand || DEFAULT_SFTP_COMMAND;
  const server = new Server({ hostKeys: [o.hostKey] }, (client) => {
    connections.add(client);
    client.on("error", () => {
    });
    client.on("close", () => connections.delete(client));
    client.on("authentication", (ctx) => {
      if (ctx.method !== "publickey" || ctx.username !== o.user || !ctx.key.data.equals(allowedBlob))
        return ctx.reject(["publickey"]);
      if (!ctx.signature) {
        if (ctx.key.algo === "ssh-rsa" && ctx.hashAlgo)
          ctx.key.algo = ctx.hashAlgo === "sha256" ? "rsa-sha2-256" : "rsa-sha2-512";
        return ctx.accept();
      }
      let ok = false;
      try {
        ok = allowed.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true;
      } catch {
        ok = false;
      }
      return ok ? ctx.accept() : ctx.reject(["publickey"]);
    });
    client.on("ready", () => {
      client.on("session", (acceptSession) => {
        const session = acceptSession();
        session.on("pty", (accept) => accept?.());
        session.on("env", (accept) => accept?.());
        session.on("window-change", (accept) => accept?.());
        session.on("exec", (accept, _reject, info) => {
          const channel = accept();
          if (isScpSession(info.command)) {
            void serveScp(info.command, channel, channel, o.comm).then((status) => {
              if (channel.destroyed) return;
              channel.exit(status);
              channel.end();
            });
          } else serve(channel, info.command);
        });
        session.on("subsystem", (accept, reject, info) => {
          if (info.name !== "sftp") {
            o.ui.error(`unsupported subsystem requested: ${info.name}`);
            return reject?.();
          }
          serve(accept(), sftpCommand);
        });
        session.on("shell", (_accept, reject) => reject?.());
      });
      client.on("tcpip", (_accept, reject) => reject());
    });
  });
  const serve = /* @__PURE__ */ __name((channel, command) => {
    o.comm.start(command, {
      stdin: channel,
      stdout: /* @__PURE__ */ __name((c) => channel.write(c), "stdout"),
      stderr: /* @__PURE__ */ __name((c) => channel.stderr.write(c), "stderr")
    }).catch((e) => {
      o.ui.error(errorText(e));
      return 255;
    }).then((status) => {
      if (channel.destroyed) return;
      channel.exit(status);
      channel.end();
    });
  }, "serve");
  const tries = o.port !== 0 ? 10 : 1;
  let port = o.port;
  for (let i = 0; i < tries; i++, port++) {
    try {
      await new Promise((resolve9, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve9();
        });
      });
      const bound = server.address().port;
      return {
        port: bound,
        close: /* @__PURE__ */ __name(async () => {
          for (const c of connections) c.end();
          await new Promise((r) => {
            const t = setTimeout(r, 5e3);
            t.unref();
            server.close(() => {
              clearTimeout(t);
              r();
            });
          });
        }, "close")
      };
    } catch (e) {
      o.ui.say(errorText(e));
    }
  }
  throw new Error("Error setting up SSH proxy connection");
}
__name(startAdapter, "startAdapter");

// src/provisioners/ansible/run.ts
var DEFAULT_SSH_INVENTORY_V2 = "{{ .HostAlias }} ansible_host={{ .Host }} ansible_user={{ .User }} ansible_port={{ .Port }}\n";
var DEFAULT_SSH_INVENTORY_V1 = "{{ .HostAlias }} ansible_ssh_host={{ .Host }} ansible_ssh_user={{ .User }} ansible_ssh_port={{ .Port }}\n";
async function tempFile(dir, prefix, content) {
  for (; ; ) {
    const path3 = join5(dir, `${prefix}${randomInt(1e9)}`);
    try {
      await writeFile5(path3, content, { flag: "wx", mode: 384 });
      return path3;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
}
__name(tempFile, "tempFile");
function checkArg(name, args) {
  return args.some((a) => a.split("=").includes(name));
}
__name(checkArg, "checkArg");
function runLocalCommand(argv, env, ctx) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn2(argv[0], argv.slice(1), {
      stdio: ["ignore", "pipe", "pipe"],
      env,
      cwd: ctx.cwd,
      signal: ctx.signal
    });
    const out = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
    const err = new LineSplitter((l) => ctx.ui.message(cleanOutputLine(l)));
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.once("error", (e) => reject(ctx.signal.aborted ? new CancelledError() : e));
    child.once("close", (code, signal) => {
      out.flush();
      err.flush();
      if (ctx.signal.aborted) reject(new CancelledError());
      else resolvePromise(code ?? (signal ? -1 : 0));
    });
  });
}
__name(runLocalCommand, "runLocalCommand");
function exitText(code) {
  return code < 0 ? "signal: killed" : `exit status ${code}`;
}
__name(exitText, "exitText");
async function runGalaxy(config, ctx) {
  const cwd = ctx.cwd ?? process.cwd();
  const galaxyFile = config.galaxyFile;
  const roleArgs = ["install", "-r", galaxyFile];
  const collectionArgs = ["collection", "install", "-r", galaxyFile];
  if (config.galaxyForceInstall) {
    roleArgs.push("-f");
    collectionArgs.push("-f");
  }
  if (config.rolesPath !== "") roleArgs.push("-p", config.rolesPath);
  if (config.collectionsPath !== "") collectionArgs.push("-p", config.collectionsPath);
  const text = await readFile3(resolveLocal(galaxyFile, cwd), "utf8");
  const hasRoles = /^roles:/m.test(text);
  const hasCollections = /^collections:/m.test(text);
  const invoke = /* @__PURE__ */ __name(async (args) => {
    ctx.ui.message("Executing Ansible Galaxy");
    const code = await runLocalCommand([config.galaxyCommand, ...args], process.env, ctx);
    if (code !== 0) throw new Error(`Non-zero exit status: ${exitText(code)}`);
  }, "invoke");
  if (hasRoles || !hasCollections) await invoke(roleArgs);
  if (hasCollections) await invoke(collectionArgs);
}
__name(runGalaxy, "runGalaxy");
function ansibleArgs(config, extraArguments, ctx, inventory, playbook, privKeyFile) {
  const args = [];
  if (ctx.buildName !== "") args.push("-e", `packer_build_name=${goQuote(ctx.buildName)}`);
  args.push("-e", `packer_builder_type=${ctx.builderType}`);
  const httpAddr = ctx.buildData.PackerHTTPAddr ?? "";
  if (httpAddr !== "" && httpAddr !== HTTP_NOT_IMPLEMENTED.PackerHTTPAddr)
    args.push("-e", `packer_http_addr=${httpAddr}`);
  if (ctx.buildData.ConnType === "ssh" && privKeyFile !== "") {
    const extra = config.ansibleSshExtraArgs.length > 0 ? config.ansibleSshExtraArgs.join("") : "-o IdentitiesOnly=yes";
    args.push("--ssh-extra-args", `'${extra}'`);
  }
  args.push(...extraArguments);
  if (!checkArg("ansible_password", args) && privKeyFile !== "")
    args.push("-e", `ansible_ssh_private_key_file=${privKeyFile}`);
  if (checkArg("ansible_password", args) && ctx.buildData.ConnType === "ssh") {
    if (!checkArg("ansible_host_key_checking", args) && !checkArg("ANSIBLE_HOST_KEY_CHECKING", config.ansibleEnvVars))
      args.push("-e", "ansible_host_key_checking=False");
  }
  args.push("-i", inventory, playbook);
  return args;
}
__name(ansibleArgs, "ansibleArgs");
async function runAnsible(config, ctx) {
  const { ui } = ctx;
  const cwd = ctx.cwd ?? process.cwd();
  const temp = ctx.tempDir ?? tmpdir4();
  ui.say("Provisioning with Ansible...");
  const envVars = config.ansibleEnvVars.map((e) => {
    try {
      return renderRuntime(ctx, e);
    } catch (err) {
      throw new Error(`Could not interpolate ansible env vars: ${errorText(err)}`);
    }
  });
  const extraArguments = config.extraArguments.map((a) => {
    try {
      return renderRuntime(ctx, a);
    } catch (err) {
      throw new Error(`Could not interpolate ansible env vars: ${errorText(err)}`);
    }
  });
  let useProxy = config.useProxy !== false;
  if (!useProxy) {
    if ((ctx.buildData.Host ?? "") === "") {
      ui.error(
        "Warning: use_proxy is false, but instance does not have an IP address to give to Ansible. Falling back to use localhost proxy."
      );
      useProxy = true;
    }
    const connType = ctx.buildData.ConnType;
    if (connType !== "ssh" && connType !== "winrm") {
      ui.error(
        "Warning: use_proxy is false, but communicator is neither ssh nor winrm, so without the proxy ansible will not function. Falling back to localhost proxy."
      );
      useProxy = true;
    }
  }
  const removeAfter = [];
  let adapter;
  let user = config.user;
  let host = ctx.buildData.Host ?? "";
  let port = ctx.buildData.Port ?? "";
  let privKeyFile = "";
  try {
    if (useProxy) {
      if (!ctx.comm) throw new Error("No communicator found for provisioners!");
      ui.message("Setting up proxy adapter for Ansible....");
      let authorizedKey;
      if (config.sshAuthorizedKeyFile !== "") {
        try {
          authorizedKey = await readFile3(resolveLocal(config.sshAuthorizedKeyFile, cwd), "utf8");
        } catch {
          throw new Error("Failed to read public key");
        }
      } else {
        const pair = import_ssh22.default.utils.generateKeyPairSync("ed25519");
        authorizedKey = pair.public;
        privKeyFile = await tempFile(temp, "ansible-key", pair.private);
        removeAfter.push(privKeyFile);
      }
      let hostKey;
      if (config.sshHostKeyFile !== "") {
        try {
          hostKey = await readFile3(resolveLocal(config.sshHostKeyFile, cwd), "utf8");
        } catch {
          throw new Error("error creating host signer: Failed to load private host key");
        }
      } else hostKey = import_ssh22.default.utils.generateKeyPairSync("ed25519").private;
      adapter = await startAdapter({
        comm: ctx.comm,
        ui,
        user,
        authorizedKey,
        hostKey,
        port: config.localPort,
        sftpCommand: config.sftpCommand
      });
      host = "127.0.0.1";
      port = String(adapter.port);
    } else if (ctx.buildData.ConnType === "ssh") {
      ui.message("Not using Proxy adapter for Ansible run:\n	Using ssh keys from Packer communicator...");
      privKeyFile = await tempFile(temp, "ansible-key", ctx.buildData.SSHPrivateKey ?? "");
      removeAfter.push(privKeyFile);
      if (config.userWasEmpty) user = ctx.buildData.User ?? "";
    } else {
      ui.message(
        "Not using Proxy adapter for Ansible run:\n	Using WinRM Password from Packer communicator..."
      );
    }
    let inventory = config.inventoryFile;
    if (inventory === "") {
      const template = config.inventoryFileTemplate !== "" ? config.inventoryFileTemplate : config.ansibleMajorVersion < 2 ? DEFAULT_SSH_INVENTORY_V1 : DEFAULT_SSH_INVENTORY_V2;
      let line;
      try {
        line = renderRuntime(ctx, template, {
          HostAlias: config.hostAlias,
          User: user,
          Host: host,
          Port: port
        });
      } catch (e) {
        throw new Error(`Error generating inventory file from template: ${errorText(e)}`);
      }
      let text = line;
      for (const g of config.groups) text += `[${g}]
${line}`;
      for (const g of config.emptyGroups) text += `[${g}]
`;
      const dir = config.inventoryDirectory !== "" ? resolveLocal(config.inventoryDirectory, cwd) : temp;
      try {
        inventory = await tempFile(dir, "packer-provisioner-ansible", text);
      } catch (e) {
        throw new Error(`Error preparing inventory file: ${errorText(e)}`);
      }
      if (!config.keepInventoryFile) removeAfter.push(inventory);
    }
    try {
      if (config.galaxyFile !== "") {
        try {
          await runGalaxy(config, ctx);
        } catch (e) {
          if (e instanceof CancelledError) throw e;
          throw new Error(`Error executing Ansible Galaxy: ${errorText(e)}`);
        }
      }
      const playbook = resolve6(cwd, config.playbookFile);
      const args = ansibleArgs(config, extraArguments, ctx, inventory, playbook, privKeyFile);
      let shown = [config.command, ...args].join(" ");
      const password = ctx.buildData.Password ?? "";
      if (checkArg("ansible_password", args) && password !== "") shown = shown.replaceAll(password, "*****");
      const winrm = ctx.buildData.WinRMPassword ?? "";
      if (winrm !== "") shown = shown.replaceAll(winrm, "*****");
      ui.say(`Executing Ansible: ${shown}`);
      const env = { ...process.env };
      for (const kv of envVars) {
        const eq = kv.indexOf("=");
        if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
      const code = await runLocalCommand([config.command, ...args], env, ctx);
      if (code !== 0) throw new Error(`Non-zero exit status: ${exitText(code)}`);
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      throw new Error(`Error executing Ansible: ${errorText(e)}`);
    }
  } finally {
    await adapter?.close();
    for (const f of removeAfter) await rm5(f, { force: true });
  }
}
__name(runAnsible, "runAnsible");

// src/provisioners/ansible/index.ts
var ansibleProvisioner = {
  type: "ansible",
  decode: decodeAnsibleConfig,
  run: /* @__PURE__ */ __name((config, ctx) => runAnsible(config, ctx), "run"),
  localFiles: /* @__PURE__ */ __name((config) => ansibleFiles(config), "localFiles")
};

// src/provisioners/ansible-local/config.ts
import { statSync as statSync8 } from "node:fs";
var DEFAULT_STAGING_DIR = "/tmp/packer-provisioner-ansible-local";
var ANSIBLE_LOCAL_SPEC = {
  command: { type: "string", default: "ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook" },
  extra_arguments: { type: "stringList" },
  group_vars: { type: "string" },
  host_vars: { type: "string" },
  playbook_dir: { type: "string" },
  playbook_file: { type: "string" },
  playbook_files: { type: "stringList" },
  playbook_paths: { type: "stringList" },
  role_paths: { type: "stringList" },
  staging_directory: { type: "string" },
  clean_staging_directory: { type: "bool" },
  inventory_file: { type: "string" },
  inventory_groups: { type: "stringList" },
  galaxy_file: { type: "string" },
  galaxy_command: { type: "string", default: "ansible-galaxy" }
};
function dirConfigError(path3, key, cwd) {
  const err = goStatError(path3, cwd);
  if (err) return `${key}: ${path3} is invalid: ${err}`;
  if (!statSync8(resolveLocal(path3, cwd)).isDirectory()) return `${key}: ${path3} must point to a directory`;
  return void 0;
}
__name(dirConfigError, "dirConfigError");
function decodeAnsibleLocalConfig(node, ctx) {
  const decoded = decodeConfig(node, ANSIBLE_LOCAL_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: "ansible-local"
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const self = { pos: node.pos, path: node.path };
  const at = /* @__PURE__ */ __name((key) => decoded.isSet(key) ? decoded.positionOf(key) : self, "at");
  const str2 = /* @__PURE__ */ __name((key) => v[key], "str");
  const list = /* @__PURE__ */ __name((key) => v[key], "list");
  const playbookFile = str2("playbook_file");
  const files = list("playbook_files");
  if (files.length !== 0 && playbookFile !== "")
    bag.error(self, "Either playbook_file or playbook_files can be specified, not both");
  if (files.length === 0 && playbookFile === "")
    bag.error(self, "Either playbook_file or playbook_files must be specified");
  if (playbookFile !== "") {
    const err = fileConfigError(playbookFile, "playbook_file", ctx.cwd, true);
    if (err) bag.error(at("playbook_file"), err);
  }
  const playbookFiles = [];
  files.forEach((f, i) => {
    const err = fileConfigError(f, "playbook_files", ctx.cwd, true);
    if (err) bag.error(decoded.positionOf(`playbook_files[${i}]`), err);
    else playbookFiles.push(resolveLocal(f, ctx.cwd));
  });
  for (const key of ["inventory_file", "galaxy_file"]) {
    if (str2(key) === "") continue;
    const err = fileConfigError(str2(key), key, ctx.cwd, true);
    if (err) bag.error(at(key), err);
  }
  for (const key of ["playbook_dir", "group_vars", "host_vars"]) {
    if (str2(key) === "") continue;
    const err = dirConfigError(str2(key), key, ctx.cwd);
    if (err) bag.error(at(key), err);
  }
  for (const key of ["playbook_paths", "role_paths"]) {
    list(key).forEach((p2, i) => {
      const err = dirConfigError(p2, key, ctx.cwd);
      if (err) bag.error(decoded.positionOf(`${key}[${i}]`), err);
    });
  }
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      command: str2("command"),
      extraArguments: list("extra_arguments"),
      groupVars: str2("group_vars"),
      hostVars: str2("host_vars"),
      playbookDir: str2("playbook_dir"),
      playbookFile,
      playbookFiles,
      playbookPaths: list("playbook_paths"),
      rolePaths: list("role_paths"),
      stagingDirectory: str2("staging_directory") || `${DEFAULT_STAGING_DIR}/${timeOrderedUUID()}`,
      cleanStagingDirectory: v.clean_staging_directory,
      inventoryFile: str2("inventory_file"),
      inventoryGroups: list("inventory_groups"),
      galaxyFile: str2("galaxy_file"),
      galaxyCommand: str2("galaxy_command")
    }
  };
}
__name(decodeAnsibleLocalConfig, "decodeAnsibleLocalConfig");

// src/provisioners/ansible-local/files.ts
function ansibleLocalFiles(c) {
  const out = [c.playbookFile, ...c.playbookFiles, c.playbookDir, c.groupVars, c.hostVars];
  out.push(...c.rolePaths, ...c.playbookPaths, c.inventoryFile, c.galaxyFile);
  return out.filter((p2) => p2 !== "");
}
__name(ansibleLocalFiles, "ansibleLocalFiles");

// src/provisioners/ansible-local/run.ts
import { readFile as readFile4, rm as rm6 } from "node:fs/promises";
import { tmpdir as tmpdir5 } from "node:os";
import { basename as basename4, dirname as dirname4, posix as posix2 } from "node:path";
async function runAnsibleLocal(config, ctx) {
  const comm = ctx.comm;
  if (!comm) {
    throw new Error(
      "No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator."
    );
  }
  const { ui, signal } = ctx;
  const cwd = ctx.cwd ?? process.cwd();
  const staging = config.stagingDirectory;
  const join9 = posix2.join;
  const createDir = /* @__PURE__ */ __name(async (dir) => {
    ui.message(`Creating directory: ${dir}`);
    const status = await runWithUi(comm, `mkdir -p '${dir}'`, ui, signal);
    if (status !== 0) throw new Error("Non-zero exit status. See output above for more information.");
  }, "createDir");
  const uploadFile = /* @__PURE__ */ __name(async (dst, src) => {
    let data;
    try {
      data = await readFile4(resolveLocal(src, cwd));
    } catch (e) {
      throw new Error(`Error opening: open ${src}: ${errorText(e)}`);
    }
    try {
      await comm.upload(dst, { data });
    } catch (e) {
      throw new Error(`Error uploading ${src}: ${errorText(e)}`);
    }
  }, "uploadFile");
  const uploadDir = /* @__PURE__ */ __name(async (dst, src) => {
    await createDir(dst);
    const local = resolveLocal(src, cwd);
    await comm.uploadDir(dst, local.endsWith("/") ? local : `${local}/`);
  }, "uploadDir");
  const wrap = /* @__PURE__ */ __name(async (message, fn) => {
    try {
      await fn();
    } catch (e) {
      if (signal.aborted) throw e;
      throw new Error(`${message}: ${errorText(e)}`);
    }
  }, "wrap");
  ui.say("Provisioning with Ansible...");
  if (config.playbookDir !== "") {
    ui.message("Uploading Playbook directory to Ansible staging directory...");
    await wrap("Error uploading playbook_dir directory", () => uploadDir(staging, config.playbookDir));
  } else {
    ui.message("Creating Ansible staging directory...");
    await wrap("Error creating staging directory", () => createDir(staging));
  }
  const playbookFiles = [...config.playbookFiles];
  if (config.playbookFile !== "") {
    ui.message("Uploading main Playbook file...");
    const src = config.playbookFile;
    await wrap("Error uploading main playbook", () => uploadFile(join9(staging, basename4(src)), src));
  } else {
    const playbookDir = config.playbookDir !== "" ? resolveLocal(config.playbookDir, cwd) : "";
    for (const [i, file] of playbookFiles.entries()) {
      if (playbookDir !== "" && file.startsWith(playbookDir)) {
        playbookFiles[i] = file.slice(playbookDir.length);
        continue;
      }
      ui.message(`Uploading playbook file: ${file}`);
      try {
        await createDir(join9(staging, dirname4(file)));
      } catch (e) {
        throw new Error(`Error uploading playbook file: ${file} [${errorText(e)}]`);
      }
      try {
        await uploadFile(join9(staging, file), file);
      } catch (e) {
        throw new Error(`Error uploading playbook: ${file} [${errorText(e)}]`);
      }
    }
  }
  let inventory = config.inventoryFile;
  let localInventory;
  try {
    if (inventory === "") {
      const content = config.inventoryGroups.length > 0 ? config.inventoryGroups.map((g) => `[${g}]
127.0.0.1
`).join("") : "127.0.0.1";
      try {
        localInventory = await tempFile(ctx.tempDir ?? tmpdir5(), "packer-provisioner-ansible-local", content);
      } catch (e) {
        throw new Error(`Error preparing inventory file: ${errorText(e)}`);
      }
      inventory = localInventory;
    }
    if (config.galaxyFile !== "") {
      ui.message("Uploading galaxy file...");
      const src = config.galaxyFile;
      await wrap("Error uploading galaxy file", () => uploadFile(join9(staging, basename4(src)), src));
    }
    ui.message("Uploading inventory file...");
    await wrap(
      "Error uploading inventory file",
      () => uploadFile(join9(staging, basename4(inventory)), inventory)
    );
  } finally {
    if (localInventory) await rm6(localInventory, { force: true });
  }
  if (config.groupVars !== "") {
    ui.message("Uploading group_vars directory...");
    await wrap(
      "Error uploading group_vars directory",
      () => uploadDir(join9(staging, "group_vars"), config.groupVars)
    );
  }
  if (config.hostVars !== "") {
    ui.message("Uploading host_vars directory...");
    await wrap(
      "Error uploading host_vars directory",
      () => uploadDir(join9(staging, "host_vars"), config.hostVars)
    );
  }
  if (config.rolePaths.length > 0) {
    ui.message("Uploading role directories...");
    for (const src of config.rolePaths)
      await wrap("Error uploading roles", () => uploadDir(join9(staging, "roles", basename4(src)), src));
  }
  if (config.playbookPaths.length > 0) {
    ui.message("Uploading additional Playbooks...");
    const dir = join9(staging, "playbooks");
    await wrap("Error creating playbooks directory", () => createDir(dir));
    for (const src of config.playbookPaths)
      await wrap("Error uploading playbooks", () => uploadDir(join9(dir, basename4(src)), src));
  }
  await wrap("Error executing Ansible", async () => {
    const remoteInventory = join9(staging, basename4(inventory));
    let extraArgs = ` --extra-vars "packer_build_name=${ctx.buildName} packer_builder_type=${ctx.builderType} packer_http_addr=${ctx.buildData.PackerHTTPAddr ?? ""} -o IdentitiesOnly=yes" `;
    if (config.extraArguments.length > 0) extraArgs += config.extraArguments.join(" ");
    if (config.galaxyFile !== "") {
      await wrap("Error executing Ansible Galaxy", async () => {
        const command = `cd ${staging} && ${config.galaxyCommand} install -r ${join9(staging, basename4(config.galaxyFile))} -p ${join9(staging, "roles")}`;
        ui.message(`Executing Ansible Galaxy: ${command}`);
        const status = await runWithUi(comm, command, ui, signal);
        if (status !== 0) throw new Error(`Non-zero exit status: ${status}`);
      });
    }
    const playbooks = config.playbookFile !== "" ? [join9(staging, basename4(config.playbookFile))] : playbookFiles.map((f) => join9(staging, f));
    for (const playbook of playbooks) {
      const command = `cd ${staging} && ${config.command} ${playbook}${extraArgs} -c local -i ${remoteInventory}`;
      ui.message(`Executing Ansible: ${command}`);
      const status = await runWithUi(comm, command, ui, signal);
      if (status === 127)
        throw new Error(
          `${config.command} could not be found. Verify that it is available on the
PATH after connecting to the machine.`
        );
      if (status !== 0) throw new Error(`Non-zero exit status: ${status}`);
    }
  });
  if (config.cleanStagingDirectory) {
    ui.message("Removing staging directory...");
    await wrap("Error removing staging directory", async () => {
      ui.message(`Removing directory: ${staging}`);
      const status = await runWithUi(comm, `rm -rf '${staging}'`, ui, signal);
      if (status !== 0) throw new Error("Non-zero exit status. See output above for more information.");
    });
  }
}
__name(runAnsibleLocal, "runAnsibleLocal");

// src/provisioners/ansible-local/index.ts
var ansibleLocalProvisioner = {
  type: "ansible-local",
  decode: decodeAnsibleLocalConfig,
  run: /* @__PURE__ */ __name((config, ctx) => runAnsibleLocal(config, ctx), "run"),
  localFiles: /* @__PURE__ */ __name((config) => ansibleLocalFiles(config), "localFiles")
};

// src/files/walk.ts
import { readdirSync as readdirSync3, statSync as statSync9 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join6, resolve as resolve7 } from "node:path";
function walkTreeSync(root, shown, o) {
  const maxDepth = o.maxDepth ?? WALK_LIMITS.maxDepth;
  const maxEntries = o.maxEntries ?? WALK_LIMITS.maxEntries;
  const fileLimit = o.fileLimit ?? LIMITS.upload;
  let entries = 0;
  const onPath = /* @__PURE__ */ new Set();
  const visit = /* @__PURE__ */ __name((path3, label, depth) => {
    let st;
    try {
      st = statSync9(path3, { bigint: false });
    } catch (err) {
      throw new BoundedInputError(pathErrorText("stat", label, err), "EIO");
    }
    if (++entries > maxEntries) {
      throw new BoundedInputError(
        `${shown} has more than ${maxEntries} entries (the limit for a ${o.what})`,
        "ETOOMANY"
      );
    }
    if (!st.isDirectory()) {
      assertAcceptable(label, st, { limit: fileLimit, what: `file in a ${o.what}` });
      o.onFile?.(label, path3, st);
      return;
    }
    const id = `${st.dev}:${st.ino}`;
    if (onPath.has(id)) {
      throw new BoundedInputError(
        `${label} is a symbolic link loop (it leads back to a directory above it in ${shown})`,
        "ELOOP"
      );
    }
    if (depth > maxDepth) {
      throw new BoundedInputError(
        `${shown} nests deeper than ${maxDepth} directories (at ${label})`,
        "EDEPTH"
      );
    }
    let names;
    try {
      names = readdirSync3(path3).sort();
    } catch (err) {
      throw new BoundedInputError(pathErrorText("open", label, err), "EIO");
    }
    onPath.add(id);
    for (const name of names) visit(join6(path3, name), join6(label, name), depth + 1);
    onPath.delete(id);
  }, "visit");
  visit(root, shown, 0);
}
__name(walkTreeSync, "walkTreeSync");
function checkUploadSource(path3, cwd, what) {
  const problem = checkFile(path3, cwd, { limit: LIMITS.upload, what, allowDirectory: true });
  if (problem !== void 0) return problem;
  const absolute = isAbsolute2(path3) ? path3 : resolve7(cwd, path3);
  if (!statSync9(absolute).isDirectory()) return void 0;
  try {
    walkTreeSync(absolute, path3, { what });
    return void 0;
  } catch (err) {
    return err.message;
  }
}
__name(checkUploadSource, "checkUploadSource");

// src/provisioners/file/config.ts
var FILE_SPEC = {
  source: { type: "string" },
  sources: { type: "stringList" },
  destination: { type: "string" },
  direction: { type: "string" },
  generated: { type: "bool" }
};
function decodeFileConfig(node, ctx) {
  const decoded = decodeConfig(node, FILE_SPEC, {
    file: ctx.file,
    render: ctx.render,
    ignoreKeys: PROVISIONER_CORE_KEYS,
    pluginType: FILE_PLUGIN_TYPE
  });
  const bag = new DiagnosticBag(ctx.file);
  bag.items.push(...decoded.diagnostics);
  if (bag.hasErrors) return { diagnostics: bag.items };
  const v = decoded.value;
  const at = decoded.positionOf;
  const self = { pos: node.pos, path: node.path };
  const direction = v.direction || "upload";
  if (direction !== "download" && direction !== "upload") {
    bag.error(at("direction"), "Direction must be one of: download, upload.");
  }
  const sources = [...v.sources];
  const where = sources.map((_, i) => `sources[${i}]`);
  const source = v.source;
  if (source !== "") {
    sources.push(source);
    where.push("source");
  }
  if (direction === "upload" && !v.generated) {
    sources.forEach((src, i) => {
      const err = checkUploadSource(src, ctx.cwd, "file provisioner source");
      if (err) bag.error(at(where[i]), `Bad source '${src}': ${err}`);
    });
  }
  if (sources.length < 1) bag.error(self, "Source must be specified.");
  const destination = v.destination;
  if (destination === "")
    bag.error(decoded.isSet("destination") ? at("destination") : self, "Destination must be specified.");
  if (bag.hasErrors) return { diagnostics: bag.items };
  return {
    diagnostics: bag.items,
    config: {
      sources,
      destination,
      direction,
      generated: v.generated
    }
  };
}
__name(decodeFileConfig, "decodeFileConfig");

// src/provisioners/file/run.ts
import { createWriteStream as createWriteStream2 } from "node:fs";
import { mkdir, stat as stat2 } from "node:fs/promises";
import { basename as basename5, dirname as dirname5, join as join7 } from "node:path";
function statText(path3, e) {
  const code = e.code;
  return code === "ENOENT" ? `stat ${path3}: no such file or directory` : `stat ${path3}: ${errorText(e)}`;
}
__name(statText, "statText");
async function runFileProvisioner(config, ctx) {
  const comm = ctx.comm;
  if (!comm) {
    throw new Error(
      "No communicator found for provisioners! This is usually because the\nprovisioning step has a bug or the builder doesn't support a communicator."
    );
  }
  const { ui } = ctx;
  const cwd = ctx.cwd ?? process.cwd();
  const render = /* @__PURE__ */ __name((text, what) => {
    try {
      return renderRuntime(ctx, text);
    } catch (e) {
      throw new Error(`Error interpolating ${what}: ${errorText(e)}`);
    }
  }, "render");
  const dstTemplate = render(config.destination, "destination");
  if (config.direction === "download") {
    for (const srcTemplate of config.sources) {
      let dst = dstTemplate;
      const src = render(srcTemplate, "source");
      ui.say(`Downloading ${src} => ${dst}`);
      let dir = dst;
      if (!dst.endsWith("/")) dir = dirname5(dir);
      else if (!src.endsWith("/") && !src.endsWith("*")) dst = join7(dst, basename5(src));
      if (dir !== "") await mkdir(resolveLocal(dir, cwd), { recursive: true, mode: 493 });
      if (src.endsWith("/") || /[*?[]/.test(src)) {
        await comm.downloadDir(src, resolveLocal(dst, cwd));
        return;
      }
      const out = createWriteStream2(resolveLocal(dst, cwd), { mode: 420 });
      await new Promise((resolve9, reject) => {
        out.once("open", () => resolve9());
        out.once("error", reject);
      });
      try {
        await comm.download(src, out);
      } catch (e) {
        ui.error(`Download failed: ${errorText(e)}`);
        throw e;
      } finally {
        await new Promise((r) => out.end(r));
      }
    }
    return;
  }
  for (const srcTemplate of config.sources) {
    const src = render(srcTemplate, "source");
    ui.say(`Uploading ${src} => ${dstTemplate}`);
    const local = resolveLocal(src, cwd);
    let info;
    try {
      info = await stat2(local);
    } catch (e) {
      throw new Error(statText(src, e));
    }
    if (info.isDirectory()) {
      try {
        await comm.uploadDir(dstTemplate, src.endsWith("/") ? `${local}/` : local);
      } catch (e) {
        ui.error(`Upload failed: ${errorText(e)}`);
        throw e;
      }
      continue;
    }
    const fileDst = dstTemplate.endsWith("/") ? dstTemplate + basename5(src) : dstTemplate;
    try {
      await comm.upload(fileDst, { path: local });
    } catch (e) {
      const text = errorText(e);
      if (text.includes("Error restoring file")) {
        ui.error(
          `Upload failed: ${text}; this can occur when your file destination is a folder without a trailing slash.`
        );
      }
      ui.error(`Upload failed: ${text}`);
      throw e;
    }
  }
}
__name(runFileProvisioner, "runFileProvisioner");

// src/provisioners/file/index.ts
var fileProvisioner = {
  type: "file",
  decode: decodeFileConfig,
  run: runFileProvisioner,
  // A download reads nothing local.
  localFiles: /* @__PURE__ */ __name((config) => config.direction === "upload" ? config.sources : [], "localFiles")
};

// src/provisioners/shell/index.ts
var shellProvisioner = {
  type: "shell",
  decode: decodeShellConfig,
  run: /* @__PURE__ */ __name((config, ctx) => runShellProvisioner(config, ctx), "run"),
  localFiles: /* @__PURE__ */ __name((config) => config.scripts, "localFiles")
};

// src/provisioners/shell-local/index.ts
var shellLocalProvisioner = {
  type: "shell-local",
  decode: decodeShellLocalConfig,
  run: runShellLocal,
  localFiles: /* @__PURE__ */ __name((config) => config.scripts, "localFiles")
};

// src/provisioners/index.ts
var PROVISIONERS = [
  shellProvisioner,
  fileProvisioner,
  shellLocalProvisioner,
  ansibleProvisioner,
  ansibleLocalProvisioner
];
var SUPPORTED_PROVISIONERS = PROVISIONERS.map((p2) => p2.type);
function provisionerOf(config) {
  const plugin = PROVISIONERS.find((p2) => p2.type === config.type);
  if (!plugin) throw new Error(`provisioner type ${JSON.stringify(config.type)} is not registered`);
  return plugin;
}
__name(provisionerOf, "provisionerOf");
function decodeProvisioner(p2, ctx, override) {
  const node = "kind" in p2 ? p2 : p2.node;
  const typeMember = member(node, "type");
  let type;
  if ("kind" in p2) {
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : node, "Provisioner missing 'type'");
      return { diagnostics: bag.items };
    }
    type = typeMember.value.value;
  } else type = p2.type;
  const plugin = PROVISIONERS.find((x) => x.type === type);
  if (!plugin) {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(
      typeMember ? typeMember.value : node,
      `provisioner type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_PROVISIONERS.join(", ")})`
    );
    return { diagnostics: bag.items };
  }
  const config = withOverride("kind" in p2 ? p2 : p2.config, override);
  const result = plugin.decode(config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config !== void 0 ? { type, config: result.config } : void 0
  };
}
__name(decodeProvisioner, "decodeProvisioner");

// src/template/context.ts
import { join as join8 } from "node:path";
function buildNameVariable(t, name) {
  return t?.builds.find((b) => b.name === name)?.variableName ?? name;
}
__name(buildNameVariable, "buildNameVariable");
function templateContext(t, extra = {}) {
  return {
    userVariables: t.values,
    strictUserVariables: false,
    enableEnv: false,
    env: t.env,
    // A directory template (HCL2): a name inside it, so that `{{template_dir}}` is the directory.
    templatePath: t.path === t.dir ? join8(t.dir, "template") : t.path,
    cwd: t.cwd,
    startTime: t.startTime,
    packerVersion: PACKER_VERSION,
    ...extra,
    ...extra.buildName !== void 0 ? { buildName: buildNameVariable(t, extra.buildName) } : {}
  };
}
__name(templateContext, "templateContext");

// src/template/json/render.ts
function goTemplateRender(ctx) {
  return (text) => interpolate(text, ctx);
}
__name(goTemplateRender, "goTemplateRender");

// src/engine/prepare.ts
function prepareBuilds(template, opts) {
  const diagnostics = [];
  const secrets = new Set(template.secrets);
  const builds = [];
  const file = template.path;
  for (const build of template.builds) {
    const ctx = templateContext(template, {
      buildName: build.name,
      buildType: build.builder.type,
      buildData: placeholderBuildData()
    });
    const render = goTemplateRender(ctx);
    const before = diagnostics.length;
    const plugin = builderOf(build.builder.type);
    let builderConfig;
    if (!plugin) {
      const bag = new DiagnosticBag(file);
      const typeNode = build.builder.node.members.find((m) => m.key === "type")?.value ?? build.builder.node;
      bag.error(
        typeNode,
        `builder type ${JSON.stringify(build.builder.type)} is not supported by image-build (supported: ${SUPPORTED_BUILDERS.join(", ")})`
      );
      diagnostics.push(...bag.items);
    } else {
      const r = plugin.decode(build.builder.config, {
        file,
        render,
        env: template.env,
        cwd: opts.cwd,
        force: opts.force
      });
      diagnostics.push(...r.diagnostics);
      builderConfig = r.config;
      for (const s of r.config?.secrets ?? []) secrets.add(s);
    }
    const pluginRenderCtx = { ...ctx, data: placeholderBuildData() };
    const pluginCtx = {
      file,
      render: goTemplateRender(pluginRenderCtx),
      cwd: opts.cwd,
      parseTemplate: /* @__PURE__ */ __name((text) => {
        const err = checkSyntax(text);
        if (err) throw err;
      }, "parseTemplate")
    };
    const prepareProvisioner = /* @__PURE__ */ __name((p2) => {
      const r = decodeProvisioner(p2, pluginCtx, p2.override[build.builder.rawName]);
      diagnostics.push(...r.diagnostics);
      for (const s of r.secrets ?? []) secrets.add(s);
      return r.config ? { source: p2, config: r.config } : void 0;
    }, "prepareProvisioner");
    const provisioners = build.provisioners.map(prepareProvisioner);
    const errorCleanup = build.errorCleanupProvisioner ? prepareProvisioner(build.errorCleanupProvisioner) : void 0;
    const postProcessors = build.postProcessors.map(
      (seq2) => seq2.map((pp) => {
        const r = decodePostProcessor(pp, pluginCtx);
        diagnostics.push(...r.diagnostics);
        for (const s of r.secrets ?? []) secrets.add(s);
        return r.config ? { source: pp, config: r.config } : void 0;
      })
    );
    if (diagnostics.length === before && builderConfig && plugin) {
      builds.push({
        name: build.name,
        build,
        builder: { type: build.builder.type, config: builderConfig, plugin },
        provisioners,
        errorCleanupProvisioner: errorCleanup,
        postProcessors
      });
    }
  }
  secrets.delete("");
  return { builds, diagnostics, secrets: [...secrets] };
}
__name(prepareBuilds, "prepareBuilds");

// src/engine/validate.ts
async function validateTemplate2(opts) {
  const cwd = resolve8(opts.cwd ?? process.cwd());
  const loaded = await loadAnyTemplate({
    hcl2Sources: HCL2_SOURCES,
    path: opts.path,
    vars: opts.vars,
    varFiles: opts.varFiles,
    only: opts.only,
    except: opts.except,
    env: opts.env ?? process.env,
    cwd,
    startTime: opts.startTime,
    syntaxOnly: opts.syntaxOnly
  });
  const diagnostics = [...loaded.diagnostics];
  const template = loaded.template;
  let prepared = [];
  const secrets = new Set(template?.secrets ?? []);
  const loadErrors = diagnostics.some((d) => d.severity === "error");
  if (template && !opts.syntaxOnly && !loadErrors) {
    const r = prepareBuilds(template, { cwd, force: opts.force });
    diagnostics.push(...r.diagnostics);
    prepared = r.builds;
    for (const s of r.secrets) secrets.add(s);
  }
  const byName = new Map(prepared.map((b) => [b.name, b]));
  const builds = (template?.builds ?? []).map((b) => {
    const p2 = byName.get(b.name);
    const o = p2?.builder.plugin.overview(p2.builder.config);
    return {
      name: b.name,
      type: b.builder.type,
      region: o?.region,
      instanceType: o?.instanceType,
      sourceImage: o?.sourceImage ?? (o?.sourceImageFamily ? `family ${o.sourceImageFamily}` : void 0),
      imageName: o?.imageName,
      provisioners: b.provisioners.map((x) => x.type),
      postProcessors: b.postProcessors.map((seq2) => seq2.map((x) => x.type))
    };
  });
  return {
    ok: !diagnostics.some((d) => d.severity === "error"),
    diagnostics,
    secrets: [...secrets],
    template,
    prepared,
    builds
  };
}
__name(validateTemplate2, "validateTemplate");

export {
  toPlain,
  resolveLocal,
  withOverride,
  CancelledError,
  sleep2 as sleep,
  EofError,
  ByteReader,
  walkTreeSync,
  CMD_DISCONNECT,
  provisionerOf,
  parseVarArgs,
  parseVarFile,
  runManifestPostProcessor,
  postProcessorOf,
  buildNameVariable,
  templateContext,
  loadTemplate,
  loadAnyTemplate,
  validateTemplate2 as validateTemplate
};
