import { describe, expect, it } from "vitest";
import { goTimeFormat, strftime } from "../../../src/template/interpolate/index.js";
import { OBSERVED_LAYOUTS } from "./packer-observed-layouts.data.js";
import { OBSERVED_STRFTIME } from "./packer-observed-strftime.data.js";

function at(unix: number, nanos: number): Date {
  return new Date(unix * 1000 + Math.floor(nanos / 1e6));
}

describe("Go time layouts (isotime) match Packer 1.6.6", () => {
  for (const [unix, nanos, layout, expected] of OBSERVED_LAYOUTS) {
    it(layout, () => {
      expect(goTimeFormat(at(unix, nanos), layout, nanos)).toBe(expected);
    });
  }
});

describe("strftime matches Packer 1.6.6 (jehiah/go-strftime)", () => {
  for (const [unix, nanos, format, expected] of OBSERVED_STRFTIME) {
    it(format, () => {
      expect(strftime(format, at(unix, nanos), nanos)).toBe(expected);
    });
  }
});

// Go's reference semantics at other times of day and year (Go's own documented examples use
// 2009-11-10 23:00:00 UTC; the rest follows time.Format's rules: 12-hour clock, AM/PM, year days).
const FIXED: [string, string, string][] = [
  ["2009-11-10T23:00:00.000Z", "2006-01-02T15:04:05Z07:00", "2009-11-10T23:00:00Z"],
  ["2009-11-10T23:00:00.000Z", "Mon Jan _2 15:04:05 MST 2006", "Tue Nov 10 23:00:00 UTC 2009"],
  ["2009-11-10T23:00:00.000Z", "3:04PM", "11:00PM"],
  ["2009-11-10T23:00:00.000Z", "03:04:05 pm", "11:00:00 pm"],
  ["2009-11-10T23:00:00.000Z", ".000 .999 ,9", ".000  "],
  ["2000-01-01T00:00:00.000Z", "3 03 15 PM", "12 12 00 AM"],
  ["2000-01-01T12:00:00.000Z", "3 03 15 PM pm", "12 12 12 PM pm"],
  [
    "2000-01-01T00:00:00.000Z",
    "06 2006 1 01 Jan January 2 02 _2 002 __2",
    "00 2000 1 01 Jan January 1 01  1 001   1",
  ],
  ["2024-12-31T13:05:09.120Z", "002 __2 Monday Mon", "366 366 Tuesday Tue"],
  ["2024-12-31T13:05:09.120Z", "4 04 5 05 .9 .99 .999 .000", "5 05 9 09 .1 .12 .12 .120"],
  ["0999-03-04T05:06:07.000Z", "2006 06", "0999 99"],
];

describe("Go time layouts at fixed instants", () => {
  for (const [iso, layout, expected] of FIXED) {
    it(`${iso} ${layout}`, () => {
      expect(goTimeFormat(new Date(iso), layout)).toBe(expected);
    });
  }
  it("strftime at a fixed instant", () => {
    expect(
      strftime("%a %A %b %B %d %H %I %M %S %Y %y %p %Z %z %L", new Date("2024-12-31T13:05:09.120Z")),
    ).toBe("Tue Tuesday Dec December 31 13 01 05 09 2024 24 PM UTC +0000 .120");
  });
});
