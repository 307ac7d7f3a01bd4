// The build data provisioners render with in a real alicloud-ecs build (engine, builder and
// emulator): the values Packer 1.6.6 gives (observed with packer build, recorded in
// __tests__/template/interpolate/packer-observed-data.test.ts and __tests__/provisioners/runtime.test.ts):
// the HTTP fields of a builder without an HTTP server read ERR_HTTP_*_NOT_IMPLEMENTED_BY_BUILDER,
// ID is the instance, PackerRunUUID the run, ConnType the communicator.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../emulator/index.js";
import { builder, buildTemplate } from "./helpers.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ profile: "zero", imds: false, tls: false });
});
afterAll(async () => {
  await emu?.stop();
});

it("gives provisioners Packer's build data, HTTP fields included", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "image-build-data-")), "data.txt");
  const keys = ["ID", "ConnType", "PackerRunUUID", "PackerHTTPIP", "PackerHTTPPort", "PackerHTTPAddr"];
  const line = keys.map((k) => `${k}={{ build \`${k}\` }}`).join(" ");
  const r = await buildTemplate(
    emu,
    {
      builders: [builder({ image_name: "build-data", skip_create_image: true })],
      provisioners: [{ type: "shell-local", inline: [`echo '${line}' > ${out}`] }],
    },
    { runId: "build-data-run" },
  );
  expect(r.builds[0].status).toBe("succeeded");
  const got = Object.fromEntries(
    readFileSync(out, "utf8")
      .trim()
      .split(" ")
      .map((kv) => kv.split("=") as [string, string]),
  );
  expect(got).toEqual({
    ID: r.builds[0].details?.machine?.id,
    ConnType: "none",
    PackerRunUUID: "build-data-run",
    PackerHTTPIP: "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER",
    PackerHTTPPort: "ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER",
    PackerHTTPAddr: "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER",
  });
  expect(got.ID).toMatch(/^i-/);
}, 60_000);

it("gives post-processors the builder's machine as the build ID", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "image-build-data-")), "id.txt");
  const r = await buildTemplate(emu, {
    builders: [builder({ image_name: "build-data-pp" })],
    "post-processors": [{ type: "shell-local", inline: [`echo 'ID={{ build \`ID\` }}' > ${out}`] }],
  });
  expect(r.builds[0].status).toBe("succeeded");
  expect(r.builds[0].postProcessors.map((p) => p.status)).toEqual(["succeeded"]);
  const id = r.builds[0].details?.machine?.id;
  expect(id).toMatch(/^i-/);
  expect(readFileSync(out, "utf8").trim()).toBe(`ID=${id}`);
}, 60_000);
