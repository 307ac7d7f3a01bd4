// The template identity (image-build:template): the action's <owner>/<repo>:<path>, the CLI's path in
// its git work tree (else in the working directory), overrides, and the digest form for values
// Alibaba Cloud refuses as tag values.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tagValueProblem } from "../../src/cloud/tag-rules.js";
import {
  actionTemplateIdentity,
  cliTemplateIdentity,
  gitRoot,
  retentionTags,
  tagSafeIdentity,
} from "../../src/engine/template-identity.js";

describe("template identity", () => {
  it("the action: <owner>/<repo>:<path relative to the workspace, with />", () => {
    expect(
      actionTemplateIdentity({
        template: "/ws/packer/web.pkr.hcl",
        workspace: "/ws",
        repository: "org/repo",
      }),
    ).toBe("org/repo:packer/web.pkr.hcl");
    expect(actionTemplateIdentity({ template: "packer/web", workspace: "/ws", repository: "org/repo" })).toBe(
      "org/repo:packer/web",
    );
    expect(
      actionTemplateIdentity({
        template: "x.json",
        workspace: "/ws",
        repository: "org/repo",
        override: "shared/web",
      }),
    ).toBe("shared/web");
  });

  it("the CLI: the path in the git work tree holding the template, else in the working directory", () => {
    const repo = mkdtempSync(join(tmpdir(), "identity-"));
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "packer/web"), { recursive: true });
    writeFileSync(join(repo, "packer/web/t.json"), "{}");
    expect(gitRoot(join(repo, "packer/web/t.json"))).toBe(repo);
    // The same identity from any working directory.
    expect(cliTemplateIdentity({ template: "t.json", cwd: join(repo, "packer/web") })).toBe(
      "packer/web/t.json",
    );
    expect(cliTemplateIdentity({ template: "packer/web/t.json", cwd: repo })).toBe("packer/web/t.json");
    expect(cliTemplateIdentity({ template: "web", cwd: join(repo, "packer") })).toBe("packer/web");
    const loose = mkdtempSync(join(tmpdir(), "identity-loose-"));
    writeFileSync(join(loose, "t.json"), "{}");
    if (!gitRoot(loose)) expect(cliTemplateIdentity({ template: "t.json", cwd: loose })).toBe("t.json");
    expect(cliTemplateIdentity({ template: "t.json", cwd: loose, override: "mine" })).toBe("mine");
  });

  it.each([
    "x".repeat(129),
    "acs:ram::1:role/x",
    "aliyun-web",
    "org/repo:https://example.com/t.json",
    "line\nbreak",
  ])("a value Alibaba Cloud refuses (%s) becomes a stable digest", (natural) => {
    const id = tagSafeIdentity(natural);
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(tagSafeIdentity(natural)).toBe(id);
    expect(tagValueProblem("image-build:template", id)).toBeUndefined();
  });

  it("an acceptable value is kept as it is; the retention tags are the identity and the build name", () => {
    expect(tagSafeIdentity("org/repo:packer/web.pkr.hcl")).toBe("org/repo:packer/web.pkr.hcl");
    expect(retentionTags("org/repo:t.json", "web")).toEqual({
      "image-build:template": "org/repo:t.json",
      "image-build:build": "web",
    });
  });
});
