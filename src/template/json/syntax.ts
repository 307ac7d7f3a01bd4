/**
 * Go's `encoding/json` syntax checker, so that a broken template or var file is reported with the
 * very text Packer 1.6.6 prints (`invalid character '}' looking for beginning of object key
 * string`, `unexpected end of JSON input`), at the byte that Go stopped on.
 */

/** A syntax error: Go's message and the byte offset of the offending byte (or the length at EOF). */
export interface GoJsonSyntaxError {
  message: string;
  /** Byte offset of the offending byte in the UTF-8 text; equals the length for an early end. */
  byteOffset: number;
  /** True when the input ended early (`unexpected end of JSON input`). */
  eof: boolean;
}

type Step = (c: number) => Step | null;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** Go's `quoteChar`: a byte shown as a quoted rune (`'}'`, `'\''`, `'ï'` for the byte 0xEF). */
export function goQuoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  const named: Record<number, string> = {
    7: "\\a",
    8: "\\b",
    12: "\\f",
    10: "\\n",
    13: "\\r",
    9: "\\t",
    11: "\\v",
  };
  if (named[c]) return `'${named[c]}'`;
  if (c === 0x5c) return "'\\\\'";
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, "0")}'`;
  if (c >= 0x80 && c < 0xa0) return `'\\u${c.toString(16).padStart(4, "0")}'`;
  if (c === 0xad) return "'\\u00ad'";
  return `'${String.fromCharCode(c)}'`;
}

/**
 * Checks JSON text as Go's `json.Unmarshal` does (`trailing: true`: anything but spaces after the
 * value is an error) or as `json.Decoder.Decode` does (`trailing: false`: the first value only).
 * Returns `undefined` for valid input.
 */
export function checkGoJson(
  input: string | Uint8Array,
  opts: { trailing?: boolean } = {},
): GoJsonSyntaxError | undefined {
  return scanGoJson(input, opts).error;
}

/**
 * Scans like {@link checkGoJson} and also tells where the first top-level value ends (a byte
 * offset), which is all of the input that `json.Decoder.Decode` reads.
 */
export function scanGoJson(
  input: string | Uint8Array,
  opts: { trailing?: boolean } = {},
): { error?: GoJsonSyntaxError; end: number } {
  const data = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const trailing = opts.trailing ?? true;
  type Parse = "objKey" | "objValue" | "arrValue";
  const stack: Parse[] = [];
  let err: GoJsonSyntaxError | undefined;
  let endTop = false;
  let endAt = -1;
  let pos = 0;

  const fail = (c: number, context: string): null => {
    err = { message: `invalid character ${goQuoteChar(c)} ${context}`, byteOffset: pos, eof: false };
    return null;
  };

  const pop = (): Step => {
    stack.pop();
    if (stack.length === 0) {
      endTop = true;
      if (endAt < 0) endAt = pos + 1;
      return endTopStep;
    }
    return endValue;
  };

  const endTopStep: Step = (c) => (isSpace(c) ? endTopStep : fail(c, "after top-level value"));

  const endValue: Step = (c) => {
    const n = stack.length;
    if (n === 0) {
      // A top-level scalar ends at this byte (a decoder stops here without judging it).
      endTop = true;
      if (endAt < 0) endAt = pos;
      return trailing ? endTopStep(c) : endTopStep;
    }
    if (isSpace(c)) return endValue;
    switch (stack[n - 1]) {
      case "objKey":
        if (c === 0x3a) {
          stack[n - 1] = "objValue";
          return beginValue;
        }
        return fail(c, "after object key");
      case "objValue":
        if (c === 0x2c) {
          stack[n - 1] = "objKey";
          return beginString;
        }
        if (c === 0x7d) return pop();
        return fail(c, "after object key:value pair");
      default:
        if (c === 0x2c) return beginValue;
        if (c === 0x5d) return pop();
        return fail(c, "after array element");
    }
  };

  const beginValue: Step = (c) => {
    if (isSpace(c)) return beginValue;
    switch (c) {
      case 0x7b:
        stack.push("objKey");
        return beginStringOrEmpty;
      case 0x5b:
        stack.push("arrValue");
        return beginValueOrEmpty;
      case 0x22:
        return inString;
      case 0x2d:
        return neg;
      case 0x30:
        return zero;
      case 0x74:
        return literal("true", 1);
      case 0x66:
        return literal("false", 1);
      case 0x6e:
        return literal("null", 1);
    }
    if (c >= 0x31 && c <= 0x39) return one;
    return fail(c, "looking for beginning of value");
  };

  const beginValueOrEmpty: Step = (c) => {
    if (isSpace(c)) return beginValueOrEmpty;
    if (c === 0x5d) return pop();
    return beginValue(c);
  };

  const beginStringOrEmpty: Step = (c) => {
    if (isSpace(c)) return beginStringOrEmpty;
    if (c === 0x7d) return pop();
    return beginString(c);
  };

  const beginString: Step = (c) => {
    if (isSpace(c)) return beginString;
    if (c === 0x22) return inString;
    return fail(c, "looking for beginning of object key string");
  };

  const inString: Step = (c) => {
    if (c === 0x22) return endValue;
    if (c === 0x5c) return inStringEsc;
    if (c < 0x20) return fail(c, "in string literal");
    return inString;
  };

  const inStringEsc: Step = (c) => {
    if ([0x62, 0x66, 0x6e, 0x72, 0x74, 0x5c, 0x2f, 0x22].includes(c)) return inString;
    if (c === 0x75) return hexEsc(4);
    return fail(c, "in string escape code");
  };

  const hexEsc =
    (left: number): Step =>
    (c) => {
      if (!isHex(c)) return fail(c, "in \\u hexadecimal character escape");
      return left === 1 ? inString : hexEsc(left - 1);
    };

  const neg: Step = (c) => {
    if (c === 0x30) return zero;
    if (c >= 0x31 && c <= 0x39) return one;
    return fail(c, "in numeric literal");
  };
  const one: Step = (c) => (isDigit(c) ? one : zero(c));
  const zero: Step = (c) => {
    if (c === 0x2e) return dot;
    if (c === 0x65 || c === 0x45) return exp;
    return endValue(c);
  };
  const dot: Step = (c) => (isDigit(c) ? dot0 : fail(c, "after decimal point in numeric literal"));
  const dot0: Step = (c) => {
    if (isDigit(c)) return dot0;
    if (c === 0x65 || c === 0x45) return exp;
    return endValue(c);
  };
  const exp: Step = (c) => (c === 0x2b || c === 0x2d ? expSign : expSign(c));
  const expSign: Step = (c) => (isDigit(c) ? exp0 : fail(c, "in exponent of numeric literal"));
  const exp0: Step = (c) => (isDigit(c) ? exp0 : endValue(c));

  const literal =
    (word: string, i: number): Step =>
    (c) => {
      const want = word.charCodeAt(i);
      if (c !== want) return fail(c, `in literal ${word} (expecting '${word[i]}')`);
      return i === word.length - 1 ? endValue : literal(word, i + 1);
    };

  let step: Step | null = beginValue;
  for (pos = 0; pos < data.length; pos++) {
    if (!trailing && endTop) return { end: endAt };
    step = step(data[pos]);
    if (step === null) return { error: err, end: pos };
  }
  if (endTop) return { end: endAt };
  // Go feeds a space at EOF: a number at top level ends there.
  const last = step(0x20);
  if (last !== null && endTop) return { end: data.length };
  return {
    error: { message: "unexpected end of JSON input", byteOffset: data.length, eof: true },
    end: data.length,
  };
}

/** Line and column (1-based, in UTF-16 units as the rest of the positions) of a byte offset. */
export function positionOfByte(
  text: string,
  byteOffset: number,
): { line: number; column: number; offset: number } {
  const index = Buffer.from(text, "utf8").subarray(0, byteOffset).toString("utf8").length;
  const clamped = Math.min(index, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1, offset: clamped };
}
