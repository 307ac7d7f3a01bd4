// Shared pieces of the provisioner run-time tests: a ProvisionContext over a communicator, and a
// local tree of files to upload.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Communicator } from "../../src/communicator/communicator.js";
import type { ProvisionContext } from "../../src/provisioners/runtime.js";
import { RecordingUi } from "../../src/ui/recording.js";

/** A context as the alicloud-ecs build gives it, recording the Ui. */
export function provisionContext(
  comm: Communicator | undefined,
  extra: Partial<ProvisionContext> = {},
): ProvisionContext & { ui: RecordingUi } {
  const ui = new RecordingUi();
  return {
    ui,
    comm,
    signal: new AbortController().signal,
    buildName: "alicloud-ecs",
    builderType: "alicloud-ecs",
    buildData: {
      ID: "i-test",
      Host: "127.0.0.1",
      Port: "22",
      User: "root",
      ConnType: "ssh",
      PackerRunUUID: "uuid-1",
    },
    interpolation: {
      userVariables: { who: "world" },
      startTime: new Date(0),
      buildName: "alicloud-ecs",
      buildType: "alicloud-ecs",
    },
    ...extra,
  } as ProvisionContext & { ui: RecordingUi };
}

/** `src/f1` (0600), `src/sub/f2` (0644) and `a.txt` (CRLF, 0644) under a new directory. */
export function localTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "image-build-local-"));
  mkdirSync(join(dir, "src", "sub"), { recursive: true });
  writeFileSync(join(dir, "src", "f1"), "A\n");
  chmodSync(join(dir, "src", "f1"), 0o600);
  writeFileSync(join(dir, "src", "sub", "f2"), "B\n");
  chmodSync(join(dir, "src", "sub", "f2"), 0o644);
  writeFileSync(join(dir, "a.txt"), "x\r\ny");
  chmodSync(join(dir, "a.txt"), 0o644);
  return dir;
}
