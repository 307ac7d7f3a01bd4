// scripts/release.mjs in a temporary clone of this repository: it bumps the version, dates the
// changelog's Unreleased section, commits, tags vX.Y.Z and moves the major tag; --push sends the
// branch and the tag to origin; it refuses a dirty tree, an empty Unreleased section and a version
// that is not newer. --notes prints a version's section (the release workflow's notes).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
let dir: string;
let clone: string;
let origin: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" }).trim();
}

function release(...args: string[]) {
  return spawnSync(process.execPath, ["scripts/release.mjs", ...args], { cwd: clone, encoding: "utf8" });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "image-build-release-"));
  origin = join(dir, "origin.git");
  clone = join(dir, "clone");
  // A bare "origin" holding this repository's HEAD (a local clone: hard links), and a clone of it.
  execFileSync("git", ["clone", "--quiet", "--bare", ROOT, origin]);
  execFileSync("git", ["clone", "--quiet", origin, clone]);
  git(clone, "config", "user.name", "Release Test");
  git(clone, "config", "user.email", "release-test@example.invalid");
  git(clone, "config", "commit.gpgsign", "false");
  git(clone, "config", "tag.gpgsign", "false");
  // The script and changelog under test are this work tree's (they may be uncommitted here), on
  // top of a project at 1.4.2 whose v1 points at an older commit.
  copyFileSync(join(ROOT, "scripts/release.mjs"), join(clone, "scripts/release.mjs"));
  copyFileSync(join(ROOT, "CHANGELOG.md"), join(clone, "CHANGELOG.md"));
  const pkg = JSON.parse(readFileSync(join(clone, "package.json"), "utf8"));
  pkg.version = "1.4.2";
  writeFileSync(join(clone, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  git(clone, "add", "-A");
  git(clone, "commit", "-q", "-m", "At 1.4.2");
  git(clone, "tag", "v1");
  writeFileSync(join(clone, "NEWS"), "something new\n");
  git(clone, "add", "NEWS");
  git(clone, "commit", "-q", "-m", "Something new");
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scripts/release.mjs", () => {
  it("refuses a dirty work tree, a version that is not newer and an unknown option", () => {
    writeFileSync(join(clone, "NEWS"), "changed\n");
    let r = release("minor", "--no-check-dist");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("release: the work tree has uncommitted changes");
    git(clone, "checkout", "--", "NEWS");
    r = release("1.4.2", "--no-check-dist");
    expect(r.stderr).toContain("release: 1.4.2 is not after the current version 1.4.2");
    r = release("1.3.9", "--no-check-dist");
    expect(r.stderr).toContain("release: 1.3.9 is not after the current version 1.4.2");
    r = release("minor", "--force");
    expect(r.stderr).toContain("unknown option --force; usage: npm run release");
    expect(git(clone, "tag", "--list", "v1.*")).toBe("");
  });

  it("minor: 1.5.0 committed and tagged, the changelog dated, v1 moved; --push sends branch and tag", () => {
    const v1Before = git(clone, "rev-parse", "v1^{commit}");
    const r = release("minor", "--no-check-dist", "--push");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const head = git(clone, "rev-parse", "HEAD");
    expect(r.stdout).toContain(`release: v1.5.0 at ${head.slice(0, 12)}`);
    console.log(`release script output:\n${r.stdout}`);

    expect(git(clone, "log", "-1", "--format=%s")).toBe("Release v1.5.0");
    expect(JSON.parse(readFileSync(join(clone, "package.json"), "utf8")).version).toBe("1.5.0");
    const lock = JSON.parse(readFileSync(join(clone, "package-lock.json"), "utf8"));
    expect([lock.version, lock.packages[""].version]).toEqual(["1.5.0", "1.5.0"]);
    const changelog = readFileSync(join(clone, "CHANGELOG.md"), "utf8");
    const date = new Date().toISOString().slice(0, 10);
    expect(changelog).toContain(`## [Unreleased]\n\n## [1.5.0] - ${date}\n\n### Added`);

    // The tag and the moved major tag.
    expect(git(clone, "cat-file", "-t", "v1.5.0")).toBe("tag");
    expect(git(clone, "rev-parse", "v1.5.0^{commit}")).toBe(head);
    expect(v1Before).not.toBe(head);
    expect(git(clone, "rev-parse", "v1^{commit}")).toBe(head);
    console.log(`tags: ${git(clone, "tag", "--points-at", "HEAD").split("\n").join(", ")}`);

    // Pushed: the branch and v1.5.0; v1 is left to the release workflow (after the tests).
    expect(git(origin, "rev-parse", "v1.5.0^{commit}")).toBe(head);
    const branch = git(clone, "rev-parse", "--abbrev-ref", "HEAD");
    expect(git(origin, "rev-parse", `refs/heads/${branch}`)).toBe(head);
    expect(
      spawnSync("git", ["rev-parse", "--verify", "--quiet", "refs/tags/v1"], { cwd: origin }).status,
    ).not.toBe(0);
  });

  it("--notes prints the release's section, the tag's message carries it; an empty Unreleased is refused", () => {
    const r = release("--notes", "v1.5.0");
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("### Added\n")).toBe(true);
    expect(r.stdout).not.toContain("## [");
    expect(git(clone, "tag", "-l", "--format=%(contents)", "v1.5.0")).toContain("### Added");

    expect(release("--notes", "9.9.9").stderr).toContain('CHANGELOG.md has no section "## [9.9.9]"');
    const again = release("patch", "--no-check-dist");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('"## [Unreleased]" section is empty');
  });

  it("major: 2.0.0 tags v2 and leaves v1 where it was", () => {
    const v1 = git(clone, "rev-parse", "v1^{commit}");
    const changelog = readFileSync(join(clone, "CHANGELOG.md"), "utf8");
    writeFileSync(
      join(clone, "CHANGELOG.md"),
      changelog.replace("## [Unreleased]\n", "## [Unreleased]\n\n### Changed\n\n- Something incompatible.\n"),
    );
    git(clone, "commit", "-q", "-am", "An incompatible change");
    const r = release("major", "--no-check-dist");
    expect(r.status).toBe(0);
    const head = git(clone, "rev-parse", "HEAD");
    expect(git(clone, "rev-parse", "v2^{commit}")).toBe(head);
    expect(git(clone, "rev-parse", "v2.0.0^{commit}")).toBe(head);
    expect(git(clone, "rev-parse", "v1^{commit}")).toBe(v1);
  });
});
