// Provenance tags from the workflow context, the `tags` input, and Alibaba Cloud's tag rules.
import { afterEach, describe, expect, it, vi } from "vitest";
import { tagProblems } from "../../src/cloud/tag-rules.js";
import {
  PROVENANCE_KEYS,
  type ProvenanceContext,
  parseTagsInput,
  provenanceTags,
  runImageTags,
} from "../../src/github/provenance.js";

const context: ProvenanceContext = {
  repo: { owner: "octo", repo: "images" },
  sha: "0123456789abcdef0123456789abcdef01234567",
  ref: "refs/heads/main",
  workflow: "Build images",
  runId: 1234567890,
  runAttempt: 2,
  actor: "dependabot[bot]",
};

describe("provenance tags", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("name the repository, commit, ref, workflow, run id and attempt, and actor", () => {
    const r = provenanceTags(context);
    expect(r.tags).toEqual({
      "image-build:repository": "octo/images",
      "image-build:commit": "0123456789abcdef0123456789abcdef01234567",
      "image-build:ref": "refs/heads/main",
      "image-build:workflow": "Build images",
      "image-build:run-id": "1234567890",
      "image-build:run-attempt": "2",
      "image-build:actor": "dependabot[bot]",
    });
    expect(r.warnings).toEqual([]);
    expect(tagProblems(r.tags)).toEqual([]);
  });

  it("come from the runner's environment (read when called) through @actions/github's context", () => {
    vi.stubEnv("GITHUB_REPOSITORY", "octo/from-env");
    vi.stubEnv("GITHUB_SHA", "feedface");
    vi.stubEnv("GITHUB_REF", "refs/tags/v1.2.3");
    vi.stubEnv("GITHUB_WORKFLOW", "release");
    vi.stubEnv("GITHUB_RUN_ID", "42");
    vi.stubEnv("GITHUB_RUN_ATTEMPT", "1");
    vi.stubEnv("GITHUB_ACTOR", "octocat");
    vi.stubEnv("GITHUB_EVENT_PATH", "");
    expect(provenanceTags().tags).toEqual({
      "image-build:repository": "octo/from-env",
      "image-build:commit": "feedface",
      "image-build:ref": "refs/tags/v1.2.3",
      "image-build:workflow": "release",
      "image-build:run-id": "42",
      "image-build:run-attempt": "1",
      "image-build:actor": "octocat",
    });
  });

  it("outside a workflow, the parts that are missing are left out", () => {
    for (const k of [
      "GITHUB_REPOSITORY",
      "GITHUB_SHA",
      "GITHUB_REF",
      "GITHUB_WORKFLOW",
      "GITHUB_RUN_ID",
      "GITHUB_RUN_ATTEMPT",
      "GITHUB_ACTOR",
      "GITHUB_EVENT_PATH",
    ])
      vi.stubEnv(k, "");
    expect(provenanceTags()).toEqual({ tags: {}, warnings: [] });
  });

  it("a long ref is cut to 128 characters keeping its end, and a warning says so", () => {
    const ref = `refs/heads/${"feature/".repeat(20)}the-end`;
    const r = provenanceTags({ ...context, ref });
    const v = r.tags[PROVENANCE_KEYS.ref];
    expect(v).toHaveLength(128);
    expect(v.startsWith("...")).toBe(true);
    expect(v.endsWith("feature/the-end")).toBe(true);
    expect(r.warnings).toEqual([
      expect.stringContaining(
        `Tag image-build:ref: the value is ${ref.length} characters, Alibaba Cloud allows 128; cut to '...`,
      ),
    ]);
    expect(tagProblems(r.tags)).toEqual([]);
  });

  it("a workflow name with a URL is written without '://', with a warning", () => {
    const r = provenanceTags({ ...context, workflow: "see https://example.test/x" });
    expect(r.tags[PROVENANCE_KEYS.workflow]).toBe("see https:/example.test/x");
    expect(r.warnings[0]).toContain("'http://' and 'https://' are not allowed");
    expect(tagProblems(r.tags)).toEqual([]);
  });
});

describe("the tags input", () => {
  it("reads key=value lines, skipping blanks and comments; values may be empty or hold '='", () => {
    expect(parseTagsInput("team=images\n\n# a comment\n  cost-center = 42 \nnote=a=b\nempty=\n")).toEqual({
      team: "images",
      "cost-center": "42",
      note: "a=b",
      empty: "",
    });
  });

  it.each([
    ["team", "Input 'tags', line 2: expected key=value, got 'team'"],
    ["=v", "Input 'tags', line 2: the tag key is empty"],
    [
      "image-build:commit=x",
      "Input 'tags', line 2: tag keys starting with 'image-build:' are image-build's own",
    ],
    ["aliyun-team=x", "Input 'tags', line 2: tag key 'aliyun-team' must not start with 'aliyun' or 'acs:'"],
    ["acs:rm=x", "Input 'tags', line 2: tag key 'acs:rm' must not start with 'aliyun' or 'acs:'"],
    [
      "docs=https://example.test",
      "Input 'tags', line 2: the value of tag 'docs' must not contain 'http://' or 'https://'",
    ],
    [
      `long=${"x".repeat(129)}`,
      "Input 'tags', line 2: the value of tag 'long' is 129 characters (at most 128)",
    ],
    [
      `${"k".repeat(129)}=v`,
      "Input 'tags', line 2: tag key 'kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...' is 129 characters (at most 128)",
    ],
    ["ok=1", "Input 'tags', line 2: tag 'ok' is given twice"],
  ])("%s fails naming the input and line", (line, message) => {
    expect(() => parseTagsInput(`ok=1\n${line}`)).toThrow(message);
  });

  it("with provenance, more than 16 tags (image-build's own need four) is an error", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `t${i}=v`).join("\n");
    expect(Object.keys(runImageTags({ tagsInput: lines(9), context }).tags)).toHaveLength(16);
    expect(() => runImageTags({ tagsInput: lines(10), context })).toThrow(
      "Input 'tags': 10 tags plus 7 provenance tags and image-build's 4 (image-build:fingerprint, image-build:final, image-build:template, image-build:build) make 21; Alibaba Cloud allows 20 per image. Remove 1.",
    );
  });

  it("the run's tags are provenance then the user's", () => {
    const r = runImageTags({ tagsInput: "team=images", context });
    expect(r.tags).toMatchObject({ team: "images", "image-build:commit": context.sha });
  });
});
