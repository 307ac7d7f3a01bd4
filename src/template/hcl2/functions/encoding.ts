/**
 * Encoding functions: base64encode/decode, base64gzip, jsonencode/decode, yamlencode/decode,
 * csvdecode, urlencode, textencodebase64/textdecodebase64.
 */
import { gzipSync } from "node:zlib";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { FunctionError } from "../function.js";
import { fromJson, ObjectValue, toJson, type Value } from "../values.js";
import { ANY, type HclFunction, p, STRING, strFn } from "./helpers.js";

function jsonEncode(v: Value): string {
  // Go's encoding/json escapes <, > and & in strings.
  return JSON.stringify(toJson(v)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  let atStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      atStart = true;
      i++;
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atStart = true;
      i += c === "\r" ? 2 : 1;
    } else {
      field += c;
      atStart = false;
      i++;
    }
  }
  if (quoted) throw new FunctionError('extraneous or missing " in quoted-field');
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The encoding functions, by name. */
export const encodingFunctions: Record<string, HclFunction> = {
  base64encode: strFn((s) => Buffer.from(s, "utf8").toString("base64")),
  base64decode: {
    params: [p("str", STRING)],
    impl: ([s]) => {
      const str = s as string;
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(str) || str.length % 4 !== 0) {
        throw new FunctionError(`failed to decode base64 data "${str}"`, 0);
      }
      const buf = Buffer.from(str, "base64");
      const out = buf.toString("utf8");
      if (!Buffer.from(out, "utf8").equals(buf))
        throw new FunctionError("the result of decoding the provided string is not valid UTF-8", 0);
      return out;
    },
  },
  base64gzip: strFn((s) => gzipSync(Buffer.from(s, "utf8")).toString("base64")),
  textencodebase64: {
    params: [p("string", STRING), p("encoding", STRING)],
    impl: ([s, enc]) => {
      const e = (enc as string).toLowerCase().replace(/[-_]/g, "");
      const map: Record<string, BufferEncoding> = {
        utf8: "utf8",
        utf16le: "utf16le",
        latin1: "latin1",
        iso88591: "latin1",
      };
      if (!map[e])
        throw new FunctionError(
          `"${enc}" is not a supported IANA encoding name or alias in this Packer version`,
          1,
        );
      return Buffer.from(s as string, map[e]).toString("base64");
    },
  },
  textdecodebase64: {
    params: [p("source", STRING), p("encoding", STRING)],
    impl: ([s, enc]) => {
      const e = (enc as string).toLowerCase().replace(/[-_]/g, "");
      const map: Record<string, BufferEncoding> = {
        utf8: "utf8",
        utf16le: "utf16le",
        latin1: "latin1",
        iso88591: "latin1",
      };
      if (!map[e])
        throw new FunctionError(
          `"${enc}" is not a supported IANA encoding name or alias in this Packer version`,
          1,
        );
      return Buffer.from(s as string, "base64").toString(map[e]);
    },
  },
  jsonencode: { params: [p("val", ANY, { allowNull: true })], impl: ([v]) => jsonEncode(v) },
  jsondecode: {
    params: [p("str", STRING)],
    impl: ([s]) => {
      try {
        return fromJson(JSON.parse(s as string));
      } catch (err) {
        throw new FunctionError((err as Error).message, 0);
      }
    },
  },
  yamlencode: {
    params: [p("value", ANY, { allowNull: true })],
    // go-yaml as cty's yamlencode drives it: every string double-quoted, sequences not indented.
    impl: ([v]) =>
      stringifyYaml(toJson(v), {
        lineWidth: 0,
        defaultStringType: "QUOTE_DOUBLE",
        defaultKeyType: "QUOTE_DOUBLE",
        indentSeq: false,
      }),
  },
  yamldecode: {
    params: [p("src", STRING)],
    impl: ([s]) => {
      try {
        return fromJson(parseYaml(s as string, { maxAliasCount: 100 }));
      } catch (err) {
        throw new FunctionError((err as Error).message.split("\n")[0], 0);
      }
    },
  },
  csvdecode: {
    params: [p("str", STRING)],
    impl: ([s]) => {
      const rows = parseCsv(s as string);
      if (rows.length === 0) throw new FunctionError("missing header line");
      const [head, ...body] = rows;
      return body.map((r, i) => {
        if (r.length !== head.length)
          throw new FunctionError(`record on line ${i + 2}: wrong number of fields`);
        return new ObjectValue(new Map(head.map((h, j) => [h, r[j]])));
      });
    },
  },
  urlencode: strFn((s) =>
    // Go's url.QueryEscape: space becomes +, and only unreserved characters are kept.
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, "+"),
  ),
};
