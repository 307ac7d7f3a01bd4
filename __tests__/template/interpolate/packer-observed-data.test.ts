import { describe, expect, it } from "vitest";
import {
  type InterpolateContext,
  InterpolateError,
  interpolate,
} from "../../../src/template/interpolate/index.js";
import { OBSERVED as OBSERVED_HAND } from "./packer-observed-data.data.js";
import { OBSERVED as OBSERVED_FUZZ } from "./packer-observed-data-fuzz.data.js";

const OBSERVED = [...OBSERVED_HAND, ...OBSERVED_FUZZ];

// The dot Packer 1.6.6's shell-local provisioner renders execute_command with (null builder). Script,
// Command and PackerRunUUID change on every run; the observed expressions never print them.
const data = {
  Command: "/tmp/packer-shell3311378711",
  ID: "Null",
  PackerHTTPAddr: "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER",
  PackerHTTPIP: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER",
  PackerHTTPPort: "ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER",
  PackerRunUUID: "48c8ebbf-7004-1566-b9d6-b3256f61aa22",
  Script: "/tmp/packer-shell3311378711",
  Vars: "PACKER_BUILDER_TYPE='null' PACKER_BUILD_NAME='null' ",
};

const ctx: InterpolateContext = {
  userVariables: {},
  startTime: new Date(0),
  buildName: "null",
  buildType: "null",
  data,
  buildData: data,
  templatePath: "/tmp/ip/bd.json",
  cwd: "/tmp/ip",
};

describe("matches Packer 1.6.6 with a data map as the dot (packer build)", () => {
  for (const o of OBSERVED) {
    it(o.expr, () => {
      try {
        expect({ out: interpolate(o.expr, ctx) }).toEqual({ out: o.out });
      } catch (e) {
        if (!(e instanceof InterpolateError)) throw e;
        expect({ error: e.message }).toEqual({ error: o.error });
      }
    });
  }
});
