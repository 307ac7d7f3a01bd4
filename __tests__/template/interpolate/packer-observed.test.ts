import { describe, expect, it } from "vitest";
import {
  type InterpolateContext,
  InterpolateError,
  interpolate,
} from "../../../src/template/interpolate/index.js";
import { OBSERVED as OBSERVED_1 } from "./packer-observed-1.data.js";
import { OBSERVED as OBSERVED_2 } from "./packer-observed-2.data.js";
import { OBSERVED as OBSERVED_3 } from "./packer-observed-3.data.js";
import { OBSERVED as OBSERVED_4 } from "./packer-observed-4.data.js";
import { OBSERVED as OBSERVED_5 } from "./packer-observed-5.data.js";
import { OBSERVED as OBSERVED_FUZZ } from "./packer-observed-fuzz.data.js";

const OBSERVED = [
  ...OBSERVED_1,
  ...OBSERVED_2,
  ...OBSERVED_3,
  ...OBSERVED_4,
  ...OBSERVED_5,
  ...OBSERVED_FUZZ,
];

// The same context `packer console t.json` renders with (see the data file's header).
const ctx: InterpolateContext = {
  userVariables: { a: "x" },
  startTime: new Date(Date.UTC(2026, 10, 21, 6, 0, 47, 893)),
  cwd: "/tmp/ip",
  templatePath: "/tmp/ip/t.json",
  packerVersion: "",
};

function render(expr: string): { out?: string; error?: string } {
  try {
    return { out: interpolate(expr, ctx).replace(/\n+$/, "").replaceAll("\n", " ") };
  } catch (e) {
    expect(e).toBeInstanceOf(InterpolateError);
    return { error: (e as Error).message.replaceAll("\n", " ") };
  }
}

describe("matches Packer 1.6.6 (packer console) output", () => {
  for (const o of OBSERVED) {
    it(o.expr, () => {
      const got = render(o.expr);
      if (o.error !== undefined) expect(got).toEqual({ error: o.error });
      else expect(got).toEqual({ out: o.out!.replaceAll("\n", " ") });
    });
  }
});
