import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  BoundedInputError,
  DiagnosticBag,
  DurationError,
  FILE_PLUGIN_TYPE,
  HTTP_NOT_IMPLEMENTED,
  LIMITS,
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
  timeOrderedUUID
} from "./chunk-2C7BJL2D.js";
import {
  require_lib
} from "./chunk-QEDSUNW2.js";
import {
  __name,
  __toESM
} from "./chunk-Q72NFEGJ.js";

// src/engine/validate.ts
import { resolve as resolve5 } from "node:path";

// src/template/load.ts
import { statSync } from "node:fs";
import path from "node:path";

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
function isDigit(c) {
  return c >= CHAR_0 && c <= CHAR_9;
}
__name(isDigit, "isDigit");
function isHexDigit(c) {
  return isDigit(c) || c >= CHAR_UPPER_A && c <= CHAR_UPPER_F || c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
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
  return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
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
  if (isJSON5IdentifierStart(c) || isDigit(c)) {
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
      if (!isDigit(c)) {
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
      } else if (isDigit(c)) {
        this.#unexpected(c);
      }
    } else {
      if (!this.#json5 || c !== CHAR_DOT) {
        if (!isPositiveDigit(c)) {
          this.#unexpected(c);
        }
        c = this.#reader.peek();
        while (isDigit(c)) {
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
      while (isDigit(c)) {
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
      if (!isDigit(c)) {
        this.#reader.next();
        this.#unexpected(c);
      }
      while (isDigit(c)) {
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
  array(elements, parts = {}) {
    return {
      type: "Array",
      elements,
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
    const elements = [];
    let tokenType = next();
    if (tokenType !== tt.RBracket) {
      do {
        const value = parseValue(tokenType);
        elements.push(types.element(
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
    return types.array(elements, {
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
function member(obj, key) {
  for (let i = obj.members.length - 1; i >= 0; i--) if (obj.members[i].key === key) return obj.members[i];
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
function toPos(p) {
  return { line: p.line, column: p.column, offset: p.offset };
}
__name(toPos, "toPos");
function convert(node, path2, text) {
  const pos = toPos(node.loc.start);
  switch (node.type) {
    case "String":
      return { kind: "string", value: node.value, pos, path: path2 };
    case "Number":
      return {
        kind: "number",
        value: node.value,
        raw: text.slice(node.loc.start.offset, node.loc.end.offset),
        pos,
        path: path2
      };
    case "Boolean":
      return { kind: "boolean", value: node.value, pos, path: path2 };
    case "Null":
      return { kind: "null", value: null, pos, path: path2 };
    case "Array":
      return {
        kind: "array",
        pos,
        path: path2,
        items: node.elements.map((el, i) => convert(el.value, childPath(path2, i), text))
      };
    case "Object":
      return {
        kind: "object",
        pos,
        path: path2,
        members: node.members.map((m) => {
          const key = m.name.type === "String" ? m.name.value : m.name.name;
          const p = childPath(path2, key);
          return {
            key,
            keyPos: toPos(m.name.loc.start),
            path: p,
            value: convert(m.value, p, text)
          };
        })
      };
    default:
      throw new JsonSyntaxError(`unexpected JSON node ${node.type}`, pos);
  }
}
__name(convert, "convert");
function parseJson(text) {
  let ast;
  try {
    ast = parse(text, { mode: "json", ranges: false, tokens: false });
  } catch (err) {
    const e = err;
    const message = (e.message ?? String(err)).replace(/\s*\(\d+:\d+\)\s*$/, "");
    throw new JsonSyntaxError(message, { line: e.line ?? 1, column: e.column ?? 1, offset: e.offset ?? 0 });
  }
  return convert(ast.body, "", text);
}
__name(parseJson, "parseJson");

// src/template/json/syntax.ts
var isSpace = /* @__PURE__ */ __name((c) => c === 32 || c === 9 || c === 13 || c === 10, "isSpace");
var isDigit2 = /* @__PURE__ */ __name((c) => c >= 48 && c <= 57, "isDigit");
var isHex = /* @__PURE__ */ __name((c) => isDigit2(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70, "isHex");
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
  const one = /* @__PURE__ */ __name((c) => isDigit2(c) ? one : zero(c), "one");
  const zero = /* @__PURE__ */ __name((c) => {
    if (c === 46) return dot;
    if (c === 101 || c === 69) return exp;
    return endValue(c);
  }, "zero");
  const dot = /* @__PURE__ */ __name((c) => isDigit2(c) ? dot0 : fail(c, "after decimal point in numeric literal"), "dot");
  const dot0 = /* @__PURE__ */ __name((c) => {
    if (isDigit2(c)) return dot0;
    if (c === 101 || c === 69) return exp;
    return endValue(c);
  }, "dot0");
  const exp = /* @__PURE__ */ __name((c) => c === 43 || c === 45 ? expSign : expSign(c), "exp");
  const expSign = /* @__PURE__ */ __name((c) => isDigit2(c) ? exp0 : fail(c, "in exponent of numeric literal"), "expSign");
  const exp0 = /* @__PURE__ */ __name((c) => isDigit2(c) ? exp0 : endValue(c), "exp0");
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
function findMember(obj, name, claimed) {
  let exact;
  for (const m of obj.members) if (m.key === name) exact = m;
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const m of obj.members) if (!claimed.has(m) && m.key.toLowerCase() === lower) return m;
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
function decodeMeta(obj, fields, weak) {
  const values = /* @__PURE__ */ new Map();
  const errors = [];
  const claimed = /* @__PURE__ */ new Set();
  for (const field2 of fields) {
    const member2 = findMember(obj, field2.name, claimed);
    if (!member2) continue;
    for (const m of obj.members) if (m.key === member2.key) claimed.add(m);
    const value = decodeValue(field2, member2.value, weak, errors);
    if (value !== void 0) values.set(field2.name, { value, node: member2.value, member: member2 });
  }
  const unused = obj.members.filter((m) => !claimed.has(m));
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
function withoutKeys(obj, keys) {
  return { ...obj, members: obj.members.filter((m) => !keys.has(m.key)) };
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
  const obj = node.kind === "object" ? node : emptyObjectAt(node);
  const r = decodeMeta(obj, PROVISIONER_FIELDS, true);
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
  const p = {
    index,
    type,
    config: withoutKeys(obj, PROVISIONER_GENERIC_KEYS),
    node: obj,
    only: r.values.get("Only")?.value ?? [],
    except: r.values.get("Except")?.value ?? [],
    override,
    pauseBefore: millis(r.values.get("pause_before")?.value),
    maxRetries: 0,
    maxRetriesRaw: maxRetries?.value ?? "",
    timeout: millis(r.values.get("timeout")?.value),
    pos: obj.pos,
    path: obj.path
  };
  genericKeyNodes.set(p, {
    only: r.values.get("Only")?.node,
    except: r.values.get("Except")?.node,
    override: overrideNode,
    maxRetries: maxRetries?.node
  });
  return p;
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
    const seq = [];
    entries.forEach((entry, j) => {
      const prefix = `post-processor ${n}.${j + 1}: `;
      if (entry.kind === "string") {
        if (entry.value === "") {
          bag.error(entry, `${prefix}type is required`);
          return;
        }
        seq.push(stringPostProcessor(entry, i, j));
        return;
      }
      const obj = entry;
      const r = decodeMeta(obj, POST_PROCESSOR_FIELDS, false);
      if (r.errors.length > 0) {
        report(bag, prefix, r.errors);
        return;
      }
      const type = r.values.get("Type")?.value ?? "";
      if (type === "") {
        bag.error(obj, `${prefix}type is required`);
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
        config: withoutKeys(obj, POST_PROCESSOR_GENERIC_KEYS),
        node: obj,
        pos: obj.pos,
        path: obj.path
      };
      genericKeyNodes.set(pp, { only: r.values.get("Only")?.node, except: r.values.get("Except")?.node });
      seq.push(pp);
    });
    out.push(seq);
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
        const p = parseProvisioner(item, i, `provisioner ${i + 1}: `, bag);
        if (p) provisioners.push(p);
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
  for (const p of t.provisioners) {
    const prefix = `provisioner ${p.index + 1}: `;
    validateOnlyExcept(p, prefix, names, bag);
    const overrideNode = genericKeyNodes.get(p)?.override;
    for (const m of overrideNode?.members ?? []) {
      if (!names.has(m.key)) bag.error(keyAt(m), `${prefix}override '${m.key}' doesn't exist`);
    }
  }
  for (const seq of t.postProcessors) {
    for (const pp of seq)
      validateOnlyExcept(pp, `post-processor ${pp.index + 1}.${pp.subIndex + 1}: `, names, bag);
  }
}
__name(validateTemplate, "validateTemplate");

// src/template/variables.ts
import { randomUUID } from "node:crypto";
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
    const id = randomUUID();
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
    const provisioners = t.provisioners.filter((p) => !skips(p, builder.rawName));
    const postProcessors = [];
    for (const seq of t.postProcessors) {
      const current = [];
      for (const pp of seq) {
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
    if (statSync(abs).isDirectory() || /\.pkr\.(hcl|json)$/.test(abs)) {
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
  const template = resolve(parsed, {
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
function resolve(parsed, input) {
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
  for (const p of provisioners) {
    if (p.maxRetriesRaw === "") continue;
    const at = genericKeyNodes.get(p)?.maxRetries ?? p;
    let rendered = p.maxRetriesRaw;
    if (!opts.syntaxOnly) {
      try {
        rendered = renderName(p.maxRetriesRaw);
      } catch (err) {
        bag.error(at, `failed to interpolate \`max_retries\`: ${err.message}`);
        continue;
      }
    }
    const n = goAtoi(rendered);
    if (typeof n === "number") p.maxRetries = n;
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
__name(resolve, "resolve");

// src/provisioners/local-path.ts
import { statSync as statSync2 } from "node:fs";
import { isAbsolute, resolve as resolve2 } from "node:path";
var ERRNO_TEXT = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EIO: "input/output error",
  EPERM: "operation not permitted"
};
function resolveLocal(path2, cwd) {
  return isAbsolute(path2) ? path2 : resolve2(cwd, path2);
}
__name(resolveLocal, "resolveLocal");
function goStatError(path2, cwd) {
  if (path2 === "") return "stat : no such file or directory";
  try {
    statSync2(resolveLocal(path2, cwd));
    return void 0;
  } catch (err) {
    const code = err.code ?? "";
    return `stat ${path2}: ${ERRNO_TEXT[code] ?? err.message}`;
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
import { basename } from "node:path";

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
    files.push({ name: config.stripPath ? basename(name) : name, size });
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
  scripts.forEach((path2, i) => {
    const err = checkFile(path2, ctx.cwd, { limit: LIMITS.script, what: "script" });
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path2}': ${err}`);
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
  const p = winAbsPath.replaceAll("\\", "/");
  const at = p.indexOf(":/");
  if (at !== -1) return { path: `/mnt/${p.slice(0, at).toLowerCase()}/${p.slice(at + 2)}` };
  return {
    error: `There was an error splitting your absolute path; expected to find a drive following the format ':/' but did not: absolute path: ${p}`
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
  scripts.forEach((path2, i) => {
    const err = checkFile(path2, ctx.cwd, { limit: LIMITS.script, what: "script" });
    if (err) bag.error(at(scriptNames[i]), `Bad script '${path2}': ${err}`);
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
    scripts = scripts.map((path2, i) => {
      const converted = convertToLinuxPath(resolveLocal(path2, ctx.cwd));
      if ("error" in converted) {
        bag.error(at(scriptNames[i]), converted.error);
        return path2;
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
  return new Promise((resolve6, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const onAbort = /* @__PURE__ */ __name(() => {
      clearTimeout(t);
      reject(new CancelledError());
    }, "onAbort");
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve6();
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
import { join } from "node:path";

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
function goOpenError(path2, e) {
  const reasons = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory"
  };
  const code = e.code ?? "";
  return `open ${path2}: ${reasons[code] ?? errorText(e)}`;
}
__name(goOpenError, "goOpenError");
function tempScriptPath(dir, prefix) {
  return join(dir, `${prefix}${Math.floor(Math.random() * 4294967295)}`);
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
async function cleanupRemoteFile(comm, path2, config, signal, delayMs) {
  await retryWithin(
    config.startRetryTimeoutMs,
    async () => {
      let status;
      try {
        status = await comm.start(`rm -f ${path2}`, { signal });
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        throw new Error(`Error removing temporary script at ${path2}: ${errorText(e)}`);
      }
      if (status === CMD_DISCONNECT) throw new Error("Disconnect while removing temporary script.");
      if (status !== 0) throw new Error(`Error removing temporary script at ${path2}!`);
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
      const path2 = tempScriptPath(dir, "packer-shell");
      await writeFile2(path2, lines.join(""), { mode: 384 });
      temps.push(path2);
      scripts.push(path2);
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
    for (const path2 of scripts) {
      ui.say(`Provisioning with shell script: ${path2}`);
      let content;
      try {
        content = await readBounded(resolveLocal(path2, ctx.cwd ?? process.cwd()), {
          shown: path2,
          limit: LIMITS.script,
          what: "script",
          signal
        });
      } catch (e) {
        if (signal.aborted) throw new CancelledError();
        throw new Error(
          `Error opening shell script: ${e instanceof BoundedInputError ? e.message : goOpenError(path2, e)}`
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
  return new Promise((resolve6, reject) => {
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
      else resolve6(code ?? -1);
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
      let path2 = tempScriptPath(ctx.tempDir ?? tmpdir2(), "packer-shell");
      await writeFile3(path2, text, { mode: 384 });
      await chmod(path2, 448);
      if (config.tempfileExtension !== "") {
        const renamed = `${path2}.${config.tempfileExtension}`;
        await rename(path2, renamed);
        path2 = renamed;
      }
      temps.push(path2);
      scripts.push(path2);
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
var SUPPORTED_POST_PROCESSORS = POST_PROCESSORS.map((p) => p.type);
function postProcessorOf(config) {
  const plugin = POST_PROCESSORS.find((p) => p.type === config.type);
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
function decodePostProcessor(p, ctx) {
  let config;
  let typeNode;
  let type;
  if (!("kind" in p)) {
    type = p.type;
    config = p.config;
    typeNode = p.node.kind === "object" ? member(p.node, "type")?.value ?? p.node : p.node;
  } else if (p.kind === "string") {
    type = p.value;
    typeNode = p;
    config = { kind: "object", pos: p.pos, path: p.path, members: [] };
  } else {
    const typeMember = member(p, "type");
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : p, "type is required");
      return { diagnostics: bag.items };
    }
    config = p;
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
import { statSync as statSync3 } from "node:fs";
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
  if (statSync3(resolveLocal(name, cwd)).isDirectory()) return `${key}: ${name} must point to a file`;
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
    else if (!statSync3(resolveLocal(inventoryDirectory, ctx.cwd)).isDirectory())
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
import { dirname, join as join2 } from "node:path";
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
  const dir = dirname(c.playbookFile);
  for (const s of PLAYBOOK_SIBLINGS) out.push(join2(dir, s));
  if (c.galaxyFile !== "") out.push(c.galaxyFile);
  if (c.inventoryFile !== "") out.push(c.inventoryFile);
  const inv = c.inventoryDirectory !== "" ? c.inventoryDirectory : c.inventoryFile !== "" ? dirname(c.inventoryFile) : "";
  if (inv !== "") for (const s of ["group_vars", "host_vars"]) out.push(join2(inv, s));
  return out;
}
__name(ansibleFiles, "ansibleFiles");

// src/provisioners/ansible/run.ts
var import_ssh22 = __toESM(require_lib(), 1);
import { spawn as spawn2 } from "node:child_process";
import { randomInt } from "node:crypto";
import { readFile as readFile3, rm as rm5, writeFile as writeFile5 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import { join as join4, resolve as resolve3 } from "node:path";

// src/provisioners/ansible/adapter.ts
var import_ssh2 = __toESM(require_lib(), 1);

// src/provisioners/ansible/scp-serve.ts
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile as readFile2, rm as rm4, writeFile as writeFile4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { basename as basename2, join as join3 } from "node:path";

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
  const dir = await mkdtemp(join3(tmpdir3(), opts.includes("t") ? "ansible-upload" : "ansible-download"));
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
          const local2 = join3(dir, "file");
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
    const local = join3(dir, basename2(rest));
    const file = createWriteStream(local, { mode: 420 });
    await new Promise((resolve6, reject) => {
      file.once("open", () => resolve6());
      file.once("error", reject);
    });
    try {
      await comm.download(rest, file);
    } finally {
      await new Promise((r) => file.end(r));
    }
    const data = await readFile2(local);
    await response(reader);
    out.write(`C0644 ${data.length} ${basename2(rest)}
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
      await new Promise((resolve6, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve6();
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
    const path2 = join4(dir, `${prefix}${randomInt(1e9)}`);
    try {
      await writeFile5(path2, content, { flag: "wx", mode: 384 });
      return path2;
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
      const playbook = resolve3(cwd, config.playbookFile);
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
import { statSync as statSync4 } from "node:fs";
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
function dirConfigError(path2, key, cwd) {
  const err = goStatError(path2, cwd);
  if (err) return `${key}: ${path2} is invalid: ${err}`;
  if (!statSync4(resolveLocal(path2, cwd)).isDirectory()) return `${key}: ${path2} must point to a directory`;
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
    list(key).forEach((p, i) => {
      const err = dirConfigError(p, key, ctx.cwd);
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
  return out.filter((p) => p !== "");
}
__name(ansibleLocalFiles, "ansibleLocalFiles");

// src/provisioners/ansible-local/run.ts
import { readFile as readFile4, rm as rm6 } from "node:fs/promises";
import { tmpdir as tmpdir5 } from "node:os";
import { basename as basename3, dirname as dirname2, posix } from "node:path";
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
  const join7 = posix.join;
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
    await wrap("Error uploading main playbook", () => uploadFile(join7(staging, basename3(src)), src));
  } else {
    const playbookDir = config.playbookDir !== "" ? resolveLocal(config.playbookDir, cwd) : "";
    for (const [i, file] of playbookFiles.entries()) {
      if (playbookDir !== "" && file.startsWith(playbookDir)) {
        playbookFiles[i] = file.slice(playbookDir.length);
        continue;
      }
      ui.message(`Uploading playbook file: ${file}`);
      try {
        await createDir(join7(staging, dirname2(file)));
      } catch (e) {
        throw new Error(`Error uploading playbook file: ${file} [${errorText(e)}]`);
      }
      try {
        await uploadFile(join7(staging, file), file);
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
      await wrap("Error uploading galaxy file", () => uploadFile(join7(staging, basename3(src)), src));
    }
    ui.message("Uploading inventory file...");
    await wrap(
      "Error uploading inventory file",
      () => uploadFile(join7(staging, basename3(inventory)), inventory)
    );
  } finally {
    if (localInventory) await rm6(localInventory, { force: true });
  }
  if (config.groupVars !== "") {
    ui.message("Uploading group_vars directory...");
    await wrap(
      "Error uploading group_vars directory",
      () => uploadDir(join7(staging, "group_vars"), config.groupVars)
    );
  }
  if (config.hostVars !== "") {
    ui.message("Uploading host_vars directory...");
    await wrap(
      "Error uploading host_vars directory",
      () => uploadDir(join7(staging, "host_vars"), config.hostVars)
    );
  }
  if (config.rolePaths.length > 0) {
    ui.message("Uploading role directories...");
    for (const src of config.rolePaths)
      await wrap("Error uploading roles", () => uploadDir(join7(staging, "roles", basename3(src)), src));
  }
  if (config.playbookPaths.length > 0) {
    ui.message("Uploading additional Playbooks...");
    const dir = join7(staging, "playbooks");
    await wrap("Error creating playbooks directory", () => createDir(dir));
    for (const src of config.playbookPaths)
      await wrap("Error uploading playbooks", () => uploadDir(join7(dir, basename3(src)), src));
  }
  await wrap("Error executing Ansible", async () => {
    const remoteInventory = join7(staging, basename3(inventory));
    let extraArgs = ` --extra-vars "packer_build_name=${ctx.buildName} packer_builder_type=${ctx.builderType} packer_http_addr=${ctx.buildData.PackerHTTPAddr ?? ""} -o IdentitiesOnly=yes" `;
    if (config.extraArguments.length > 0) extraArgs += config.extraArguments.join(" ");
    if (config.galaxyFile !== "") {
      await wrap("Error executing Ansible Galaxy", async () => {
        const command = `cd ${staging} && ${config.galaxyCommand} install -r ${join7(staging, basename3(config.galaxyFile))} -p ${join7(staging, "roles")}`;
        ui.message(`Executing Ansible Galaxy: ${command}`);
        const status = await runWithUi(comm, command, ui, signal);
        if (status !== 0) throw new Error(`Non-zero exit status: ${status}`);
      });
    }
    const playbooks = config.playbookFile !== "" ? [join7(staging, basename3(config.playbookFile))] : playbookFiles.map((f) => join7(staging, f));
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
import { readdirSync, statSync as statSync5 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join5, resolve as resolve4 } from "node:path";
function walkTreeSync(root, shown, o) {
  const maxDepth = o.maxDepth ?? WALK_LIMITS.maxDepth;
  const maxEntries = o.maxEntries ?? WALK_LIMITS.maxEntries;
  const fileLimit = o.fileLimit ?? LIMITS.upload;
  let entries = 0;
  const onPath = /* @__PURE__ */ new Set();
  const visit = /* @__PURE__ */ __name((path2, label, depth) => {
    let st;
    try {
      st = statSync5(path2, { bigint: false });
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
      o.onFile?.(label, path2, st);
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
      names = readdirSync(path2).sort();
    } catch (err) {
      throw new BoundedInputError(pathErrorText("open", label, err), "EIO");
    }
    onPath.add(id);
    for (const name of names) visit(join5(path2, name), join5(label, name), depth + 1);
    onPath.delete(id);
  }, "visit");
  visit(root, shown, 0);
}
__name(walkTreeSync, "walkTreeSync");
function checkUploadSource(path2, cwd, what) {
  const problem = checkFile(path2, cwd, { limit: LIMITS.upload, what, allowDirectory: true });
  if (problem !== void 0) return problem;
  const absolute = isAbsolute2(path2) ? path2 : resolve4(cwd, path2);
  if (!statSync5(absolute).isDirectory()) return void 0;
  try {
    walkTreeSync(absolute, path2, { what });
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
import { basename as basename4, dirname as dirname3, join as join6 } from "node:path";
function statText(path2, e) {
  const code = e.code;
  return code === "ENOENT" ? `stat ${path2}: no such file or directory` : `stat ${path2}: ${errorText(e)}`;
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
      if (!dst.endsWith("/")) dir = dirname3(dir);
      else if (!src.endsWith("/") && !src.endsWith("*")) dst = join6(dst, basename4(src));
      if (dir !== "") await mkdir(resolveLocal(dir, cwd), { recursive: true, mode: 493 });
      if (src.endsWith("/") || /[*?[]/.test(src)) {
        await comm.downloadDir(src, resolveLocal(dst, cwd));
        return;
      }
      const out = createWriteStream2(resolveLocal(dst, cwd), { mode: 420 });
      await new Promise((resolve6, reject) => {
        out.once("open", () => resolve6());
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
    const fileDst = dstTemplate.endsWith("/") ? dstTemplate + basename4(src) : dstTemplate;
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
var SUPPORTED_PROVISIONERS = PROVISIONERS.map((p) => p.type);
function provisionerOf(config) {
  const plugin = PROVISIONERS.find((p) => p.type === config.type);
  if (!plugin) throw new Error(`provisioner type ${JSON.stringify(config.type)} is not registered`);
  return plugin;
}
__name(provisionerOf, "provisionerOf");
function decodeProvisioner(p, ctx, override) {
  const node = "kind" in p ? p : p.node;
  const typeMember = member(node, "type");
  let type;
  if ("kind" in p) {
    if (typeMember?.value.kind !== "string") {
      const bag = new DiagnosticBag(ctx.file);
      bag.error(typeMember ? typeMember.value : node, "Provisioner missing 'type'");
      return { diagnostics: bag.items };
    }
    type = typeMember.value.value;
  } else type = p.type;
  const plugin = PROVISIONERS.find((x) => x.type === type);
  if (!plugin) {
    const bag = new DiagnosticBag(ctx.file);
    bag.error(
      typeMember ? typeMember.value : node,
      `provisioner type ${JSON.stringify(type)} is not supported yet by image-build (supported: ${SUPPORTED_PROVISIONERS.join(", ")})`
    );
    return { diagnostics: bag.items };
  }
  const config = withOverride("kind" in p ? p : p.config, override);
  const result = plugin.decode(config, ctx);
  return {
    diagnostics: result.diagnostics,
    secrets: result.secrets,
    config: result.config !== void 0 ? { type, config: result.config } : void 0
  };
}
__name(decodeProvisioner, "decodeProvisioner");

// src/template/context.ts
function templateContext(t, extra = {}) {
  return {
    userVariables: t.values,
    strictUserVariables: false,
    enableEnv: false,
    env: t.env,
    templatePath: t.path,
    cwd: t.cwd,
    startTime: t.startTime,
    packerVersion: PACKER_VERSION,
    ...extra
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
    const prepareProvisioner = /* @__PURE__ */ __name((p) => {
      const r = decodeProvisioner(p, pluginCtx, p.override[build.builder.rawName]);
      diagnostics.push(...r.diagnostics);
      for (const s of r.secrets ?? []) secrets.add(s);
      return r.config ? { source: p, config: r.config } : void 0;
    }, "prepareProvisioner");
    const provisioners = build.provisioners.map(prepareProvisioner);
    const errorCleanup = build.errorCleanupProvisioner ? prepareProvisioner(build.errorCleanupProvisioner) : void 0;
    const postProcessors = build.postProcessors.map(
      (seq) => seq.map((pp) => {
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
  const cwd = resolve5(opts.cwd ?? process.cwd());
  const loaded = loadTemplate({
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
    const p = byName.get(b.name);
    const o = p?.builder.plugin.overview(p.builder.config);
    return {
      name: b.name,
      type: b.builder.type,
      region: o?.region,
      instanceType: o?.instanceType,
      sourceImage: o?.sourceImage ?? (o?.sourceImageFamily ? `family ${o.sourceImageFamily}` : void 0),
      imageName: o?.imageName,
      provisioners: b.provisioners.map((x) => x.type),
      postProcessors: b.postProcessors.map((seq) => seq.map((x) => x.type))
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
  resolveLocal,
  runManifestPostProcessor,
  CancelledError,
  sleep2 as sleep,
  CMD_DISCONNECT,
  postProcessorOf,
  templateContext,
  EofError,
  ByteReader,
  walkTreeSync,
  provisionerOf,
  parseVarArgs,
  parseVarFile,
  loadTemplate,
  validateTemplate2 as validateTemplate
};
