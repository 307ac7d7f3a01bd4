// The GitHub Ui: groups for one build, prefixed lines for parallel builds, rate-limited progress,
// masking, and no workflow command injected by what a provisioner prints.
import { describe, expect, it } from "vitest";
import { GithubUi, type GithubUiSink } from "../../src/github/ui.js";
import { prefixedUi } from "../../src/ui/prefixed.js";

function sink() {
  const lines: string[] = [];
  const s: GithubUiSink = {
    info: (l) => lines.push(l),
    startGroup: (t) => lines.push(`::group::${t}`),
    endGroup: () => lines.push("::endgroup::"),
  };
  return { lines, s };
}

describe("GithubUi", () => {
  it("one build: a headline with lines under it is a group; one without is a plain line; errors outside groups", () => {
    const { lines, s } = sink();
    const ui = new GithubUi({ grouped: true, sink: s });
    const web = prefixedUi(ui, "web");
    web.say("Creating instance...");
    web.message("Created instance: i-1");
    web.say("Connected to SSH!");
    web.say("Provisioning with shell script: install.sh");
    web.message("installed web\nsecond line");
    web.error('Step "provision" failed: boom');
    web.say("Cleaning up 'instance'");
    ui.close();
    expect(lines).toEqual([
      "::group::web: Creating instance...",
      "    web: Created instance: i-1",
      "::endgroup::",
      "web: Connected to SSH!",
      "::group::web: Provisioning with shell script: install.sh",
      "    web: installed web",
      "    web: second line",
      "::endgroup::",
      '==> web: Step "provision" failed: boom',
      "web: Cleaning up 'instance'",
    ]);
  });

  it("parallel builds: no groups, every line names its build", () => {
    const { lines, s } = sink();
    const ui = new GithubUi({ grouped: false, sink: s });
    prefixedUi(ui, "a").say("Creating instance...");
    prefixedUi(ui, "b").say("Creating instance...");
    prefixedUi(ui, "a").message("Created instance: i-1");
    prefixedUi(ui, "b").error("failed");
    ui.close();
    expect(lines).toEqual([
      "==> a: Creating instance...",
      "==> b: Creating instance...",
      "    a: Created instance: i-1",
      "==> b: failed",
    ]);
  });

  it("masks secrets (also ones learnt later) and never lets a line start a workflow command", () => {
    const { lines, s } = sink();
    const ui = new GithubUi({ grouped: false, sink: s, secrets: new Set(["hunter2"]) });
    ui.mask("s3cr3t-token-value");
    ui.message("password hunter2 and s3cr3t-token-value");
    ui.message("::set-output name=x::y\n  ::add-mask::z");
    expect(lines).toEqual([
      "    password *** and ***",
      "    :\u200b:set-output name=x::y",
      "      :\u200b:add-mask::z",
    ]);
  });

  it("progress: at 10-point steps or every 15 s, and the last report only after one was shown", () => {
    const { lines, s } = sink();
    let now = 0;
    const ui = new GithubUi({ grouped: false, sink: s, now: () => now });
    const p = (percent: number | undefined, elapsedMs: number, done = false) =>
      ui.progress({ id: "img", label: "image m-1", percent, elapsedMs, done });
    p(0, 0);
    p(5, 1000);
    p(10, 2000);
    p(12, 3000);
    now = 20_000;
    p(13, 20_000);
    p(100, 21_000, true);
    ui.progress({ id: "other", label: "never shown", elapsedMs: 1, done: true });
    expect(lines).toEqual([
      "    image m-1 (0%), 0s",
      "    image m-1 (10%), 2s",
      "    image m-1 (13%), 20s",
      "    image m-1 (100%), 21s",
    ]);
  });
});
