/**
 * Weak decoding of a `[]int` field (`valid_exit_codes`), as mapstructure does it with Packer's
 * hooks: a string is split on ",", a single value becomes a one-item list, and each item is read
 * like an int field (`"3010"`, `1.0`, `true`). The field is decoded as `any` by decodeConfig
 * (rendered, raw shape kept) and converted here with mapstructure's texts.
 */

import type { Located } from "../template/config/decode.js";
import { goParseInt } from "../template/config/decode.js";
import { type GoValue, goPrintValue, goQuote, goTypeOf } from "../template/gofmt.js";

/** Converts the decoded raw value of an int-list field; `error` places each problem. */
export function weakIntList(
  value: unknown,
  name: string,
  at: (item: string) => Located,
  error: (where: Located, message: string) => void,
): number[] | undefined {
  if (value === undefined || value === null) return [];
  let items: GoValue[];
  if (Array.isArray(value)) items = value as GoValue[];
  else if (typeof value === "string") items = value === "" ? [] : value.split(",");
  else items = [value as GoValue];
  const out: number[] = [];
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
        `'${n}' expected type 'int', got unconvertible type '${goTypeOf(item)}', value: '${goPrintValue(item)}'`,
      );
      ok = false;
    }
  });
  return ok ? out : undefined;
}
