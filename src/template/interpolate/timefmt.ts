/**
 * Go's time.Time.Format for UTC times: the reference-time layout (`2006-01-02T15:04:05Z07:00`),
 * following Go's nextStdChunk rules (Go 1.19), including `002`/`__2` year days, `,000`/`.999`
 * fractional seconds and every zone form (always UTC here, so `Z07:00` prints `Z`).
 */

type Std =
  | "LongMonth"
  | "Month"
  | "NumMonth"
  | "ZeroMonth"
  | "LongWeekDay"
  | "WeekDay"
  | "Day"
  | "UnderDay"
  | "ZeroDay"
  | "UnderYearDay"
  | "ZeroYearDay"
  | "Hour"
  | "Hour12"
  | "ZeroHour12"
  | "Minute"
  | "ZeroMinute"
  | "Second"
  | "ZeroSecond"
  | "LongYear"
  | "Year"
  | "PM"
  | "pm"
  | "TZ"
  | "ISO8601TZ"
  | "ISO8601SecondsTZ"
  | "ISO8601ShortTZ"
  | "ISO8601ColonTZ"
  | "ISO8601ColonSecondsTZ"
  | "NumTZ"
  | "NumSecondsTz"
  | "NumShortTZ"
  | "NumColonTZ"
  | "NumColonSecondsTZ"
  | "Frac0"
  | "Frac9";

interface Chunk {
  prefix: string;
  std?: Std;
  /** For fractional seconds: number of digits and the separator ('.' or ','). */
  digits?: number;
  sep?: string;
  suffix: string;
}

const STD0X: Std[] = ["ZeroMonth", "ZeroDay", "ZeroHour12", "ZeroMinute", "ZeroSecond", "Year"];

function startsWithLowerCase(s: string): boolean {
  if (s.length === 0) return false;
  const c = s[0];
  return c >= "a" && c <= "z";
}

function isDigitAt(s: string, i: number): boolean {
  return i < s.length && s[i] >= "0" && s[i] <= "9";
}

/** Go's nextStdChunk: the text before the first layout element, the element, and the rest. */
function nextStdChunk(layout: string): Chunk {
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const at = (s: string) => layout.startsWith(s, i);
    const ret = (std: Std, len: number, extra?: Partial<Chunk>): Chunk => ({
      prefix: layout.slice(0, i),
      std,
      suffix: layout.slice(i + len),
      ...extra,
    });
    switch (c) {
      case "J":
        if (at("Jan")) {
          if (at("January")) return ret("LongMonth", 7);
          if (!startsWithLowerCase(layout.slice(i + 3))) return ret("Month", 3);
        }
        break;
      case "M":
        if (layout.length >= i + 3) {
          if (at("Mon")) {
            if (at("Monday")) return ret("LongWeekDay", 6);
            if (!startsWithLowerCase(layout.slice(i + 3))) return ret("WeekDay", 3);
          }
          if (at("MST")) return ret("TZ", 3);
        }
        break;
      case "0":
        if (layout.length >= i + 2 && layout[i + 1] >= "1" && layout[i + 1] <= "6") {
          return ret(STD0X[layout.charCodeAt(i + 1) - 0x31], 2);
        }
        if (at("002")) return ret("ZeroYearDay", 3);
        break;
      case "1":
        if (at("15")) return ret("Hour", 2);
        return ret("NumMonth", 1);
      case "2":
        if (at("2006")) return ret("LongYear", 4);
        return ret("Day", 1);
      case "_":
        if (layout.length >= i + 2 && layout[i + 1] === "2") {
          if (layout.startsWith("2006", i + 1)) {
            return { prefix: layout.slice(0, i + 1), std: "LongYear", suffix: layout.slice(i + 5) };
          }
          return ret("UnderDay", 2);
        }
        if (at("__2")) return ret("UnderYearDay", 3);
        break;
      case "3":
        return ret("Hour12", 1);
      case "4":
        return ret("Minute", 1);
      case "5":
        return ret("Second", 1);
      case "P":
        if (at("PM")) return ret("PM", 2);
        break;
      case "p":
        if (at("pm")) return ret("pm", 2);
        break;
      case "-":
        if (at("-070000")) return ret("NumSecondsTz", 7);
        if (at("-07:00:00")) return ret("NumColonSecondsTZ", 9);
        if (at("-0700")) return ret("NumTZ", 5);
        if (at("-07:00")) return ret("NumColonTZ", 6);
        if (at("-07")) return ret("NumShortTZ", 3);
        break;
      case "Z":
        if (at("Z070000")) return ret("ISO8601SecondsTZ", 7);
        if (at("Z07:00:00")) return ret("ISO8601ColonSecondsTZ", 9);
        if (at("Z0700")) return ret("ISO8601TZ", 5);
        if (at("Z07:00")) return ret("ISO8601ColonTZ", 6);
        if (at("Z07")) return ret("ISO8601ShortTZ", 3);
        break;
      case ".":
      case ",":
        if (i + 1 < layout.length && (layout[i + 1] === "0" || layout[i + 1] === "9")) {
          const ch = layout[i + 1];
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          if (!isDigitAt(layout, j)) {
            return {
              prefix: layout.slice(0, i),
              std: ch === "0" ? "Frac0" : "Frac9",
              digits: j - (i + 1),
              sep: c,
              suffix: layout.slice(j),
            };
          }
        }
        break;
    }
  }
  return { prefix: layout, suffix: "" };
}

/** English day names, Sunday first (Go's and Terraform's). */
export const LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** English month names, January first. */
export const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function pad(n: number, width: number, ch = "0"): string {
  return String(n).padStart(width, ch);
}

function yearDay(t: Date): number {
  const start = Date.UTC(t.getUTCFullYear(), 0, 1);
  const day = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
  return Math.round((day - start) / 86400000) + 1;
}

/**
 * Formats `t` (in UTC) with a Go layout. `nanos` overrides the sub-second part (0..999999999);
 * by default it comes from the Date's milliseconds.
 */
export function goTimeFormat(t: Date, layout: string, nanos?: number): string {
  const ns = nanos ?? t.getUTCMilliseconds() * 1_000_000;
  let out = "";
  let rest = layout;
  while (rest !== "") {
    const ch = nextStdChunk(rest);
    out += ch.prefix;
    if (!ch.std) break;
    rest = ch.suffix;
    const year = t.getUTCFullYear();
    const hour = t.getUTCHours();
    switch (ch.std) {
      case "Year": {
        let y = year % 100;
        if (y < 0) y = -y;
        out += pad(y, 2);
        break;
      }
      case "LongYear":
        out += year < 0 ? "-" + pad(-year, 4) : pad(year, 4);
        break;
      case "Month":
        out += LONG_MONTHS[t.getUTCMonth()].slice(0, 3);
        break;
      case "LongMonth":
        out += LONG_MONTHS[t.getUTCMonth()];
        break;
      case "NumMonth":
        out += String(t.getUTCMonth() + 1);
        break;
      case "ZeroMonth":
        out += pad(t.getUTCMonth() + 1, 2);
        break;
      case "WeekDay":
        out += LONG_DAYS[t.getUTCDay()].slice(0, 3);
        break;
      case "LongWeekDay":
        out += LONG_DAYS[t.getUTCDay()];
        break;
      case "Day":
        out += String(t.getUTCDate());
        break;
      case "UnderDay":
        out += pad(t.getUTCDate(), 2, " ");
        break;
      case "ZeroDay":
        out += pad(t.getUTCDate(), 2);
        break;
      case "UnderYearDay":
        out += pad(yearDay(t), 3, " ");
        break;
      case "ZeroYearDay":
        out += pad(yearDay(t), 3);
        break;
      case "Hour":
        out += pad(hour, 2);
        break;
      case "Hour12":
        out += String(hour % 12 === 0 ? 12 : hour % 12);
        break;
      case "ZeroHour12":
        out += pad(hour % 12 === 0 ? 12 : hour % 12, 2);
        break;
      case "Minute":
        out += String(t.getUTCMinutes());
        break;
      case "ZeroMinute":
        out += pad(t.getUTCMinutes(), 2);
        break;
      case "Second":
        out += String(t.getUTCSeconds());
        break;
      case "ZeroSecond":
        out += pad(t.getUTCSeconds(), 2);
        break;
      case "PM":
        out += hour >= 12 ? "PM" : "AM";
        break;
      case "pm":
        out += hour >= 12 ? "pm" : "am";
        break;
      case "ISO8601TZ":
      case "ISO8601ColonTZ":
      case "ISO8601SecondsTZ":
      case "ISO8601ShortTZ":
      case "ISO8601ColonSecondsTZ":
        out += "Z";
        break;
      case "NumTZ":
        out += "+0000";
        break;
      case "NumSecondsTz":
        out += "+000000";
        break;
      case "NumShortTZ":
        out += "+00";
        break;
      case "NumColonTZ":
        out += "+00:00";
        break;
      case "NumColonSecondsTZ":
        out += "+00:00:00";
        break;
      case "TZ":
        out += "UTC";
        break;
      case "Frac0":
      case "Frac9": {
        const digits = String(ns).padStart(9, "0").slice(0, Math.min(ch.digits!, 9));
        if (ch.std === "Frac0") {
          out += ch.sep + digits;
        } else {
          const trimmed = String(ns).padStart(9, "0").slice(0, ch.digits!).replace(/0+$/, "");
          if (trimmed !== "") out += ch.sep + trimmed;
        }
        break;
      }
    }
  }
  return out;
}

/** Go's time.RFC3339 layout, the default of `isotime`. */
export const RFC3339 = "2006-01-02T15:04:05Z07:00";
