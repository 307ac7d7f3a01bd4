/**
 * `strftime` as Packer 1.6.6 ships it (github.com/jehiah/go-strftime): each `%X` with a known
 * letter becomes the matching Go layout element, `%%` is a percent sign and anything else is
 * copied unchanged (an unknown `%q` stays `%q`, a trailing `%` stays). The supported letters were
 * checked against the `packer` binary: a A b B d H I L m M p S y Y z Z.
 */
import { goTimeFormat } from "./timefmt.js";

const CONVERSION: Record<string, string> = {
  B: "January",
  b: "Jan",
  m: "01",
  A: "Monday",
  a: "Mon",
  d: "02",
  H: "15",
  I: "03",
  M: "04",
  S: "05",
  Y: "2006",
  y: "06",
  p: "PM",
  Z: "MST",
  z: "-0700",
  L: ".000",
};

/** Formats a UTC time with a strftime pattern. */
export function strftime(format: string, t: Date, nanos?: number): string {
  let out = "";
  for (let i = 0; i < format.length; ) {
    let ni = format.indexOf("%", i);
    if (ni < 0) ni = format.length;
    out += format.slice(i, ni);
    if (ni + 1 < format.length) {
      const c = format[ni + 1];
      if (c === "%") out += "%";
      else if (Object.hasOwn(CONVERSION, c)) out += goTimeFormat(t, CONVERSION[c], nanos);
      else out += "%" + c;
    } else if (ni < format.length) {
      out += "%";
    }
    i = ni + 2;
  }
  return out;
}
