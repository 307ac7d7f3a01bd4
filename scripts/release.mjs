#!/usr/bin/env node
// Cuts a release in one command: `npm run release -- <X.Y.Z|major|minor|patch> [--push]`.
//
// From a clean work tree it checks that dist/ matches the sources (`npm run check-dist`; skip with
// --no-check-dist), moves CHANGELOG.md's "Unreleased" entries under "## [X.Y.Z] - <date>", sets the
// version in package.json and package-lock.json, commits "Release vX.Y.Z", creates the annotated
// tag vX.Y.Z and moves the major tag vX to it. With --push it pushes the branch and vX.Y.Z to
// `origin` (the release workflow then runs the tests, creates the GitHub release and moves vX on
// GitHub once they pass; the major tag is not pushed from here).
//
// `node scripts/release.mjs --notes X.Y.Z` prints that version's changelog section (the release
// workflow's release notes).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const cwd = process.cwd();
const args = process.argv.slice(2);

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function git(...a) {
  return execFileSync("git", a, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** The changelog section of `version` (without its heading), or undefined. */
function changelogSection(text, version) {
  const lines = text.split("\n");
  const head = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (head < 0) return undefined;
  let end = head + 1;
  while (end < lines.length && !/^## /.test(lines[end]) && !/^\[[^\]]+\]: /.test(lines[end])) end++;
  return lines
    .slice(head + 1, end)
    .join("\n")
    .trim();
}

if (args[0] === "--notes") {
  const version = (args[1] ?? "").replace(/^v/, "");
  const text = readFileSync(join(cwd, "CHANGELOG.md"), "utf8");
  const section = changelogSection(text, version);
  if (!section) fail(`CHANGELOG.md has no section "## [${version}]" (or it is empty)`);
  process.stdout.write(`${section}\n`);
  process.exit(0);
}

const push = args.includes("--push");
const checkDist = !args.includes("--no-check-dist");
const wanted = args.find((a) => !a.startsWith("--"));
const unknown = args.filter((a) => a.startsWith("--") && a !== "--push" && a !== "--no-check-dist");
if (!wanted || unknown.length)
  fail(
    `${unknown.length ? `unknown option ${unknown.join(", ")}; ` : ""}usage: npm run release -- <X.Y.Z|major|minor|patch> [--push] [--no-check-dist]`,
  );

const pkgPath = join(cwd, "package.json");
const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
const current = SEMVER.exec(pkg.version);
if (!current) fail(`package.json's version "${pkg.version}" is not X.Y.Z`);
const [maj, min, pat] = current.slice(1).map(Number);
const version =
  wanted === "major"
    ? `${maj + 1}.0.0`
    : wanted === "minor"
      ? `${maj}.${min + 1}.0`
      : wanted === "patch"
        ? `${maj}.${min}.${pat + 1}`
        : wanted.replace(/^v/, "");
const next = SEMVER.exec(version);
if (!next) fail(`"${wanted}" is not a version (X.Y.Z) nor major, minor or patch`);
const newer = next.slice(1).map(Number);
const older = [maj, min, pat];
const cmp = newer.findIndex((n, i) => n !== older[i]);
if (cmp < 0 || newer[cmp] < older[cmp]) fail(`${version} is not after the current version ${pkg.version}`);
const tag = `v${version}`;
const majorTag = `v${newer[0]}`;

if (git("status", "--porcelain")) fail("the work tree has uncommitted changes: commit or stash them first");
const branch = git("rev-parse", "--abbrev-ref", "HEAD");
if (branch === "HEAD") fail("HEAD is detached: release from a branch");
if (git("tag", "--list", tag)) fail(`tag ${tag} exists already`);

const changelogPath = join(cwd, "CHANGELOG.md");
const changelog = readFileSync(changelogPath, "utf8");
const unreleased = changelogSection(changelog, "Unreleased");
if (unreleased === undefined) fail('CHANGELOG.md has no "## [Unreleased]" section');
if (!unreleased) fail('CHANGELOG.md\'s "## [Unreleased]" section is empty: say what this release changes');

if (checkDist) {
  try {
    execFileSync("npm", ["run", "--silent", "check-dist"], { cwd, stdio: "inherit" });
  } catch {
    fail("dist/ does not match the sources: run `npm run build`, commit dist/, then release");
  }
}

const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  changelogPath,
  changelog.replace(/^## \[Unreleased\][^\n]*\n/m, `## [Unreleased]\n\n## [${version}] - ${date}\n`),
);
pkg.version = version;
writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
const files = ["package.json", "CHANGELOG.md"];
try {
  const lockPath = join(cwd, "package-lock.json");
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  lock.version = version;
  if (lock.packages?.[""]) lock.packages[""].version = version;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  files.push("package-lock.json");
} catch (e) {
  if (e.code !== "ENOENT") throw e;
}

git("add", "--", ...files);
git("commit", "-q", "-m", `Release ${tag}`, "--", ...files);
git("tag", "-a", "--cleanup=verbatim", tag, "-m", `${tag}\n\n${unreleased}`);
git("tag", "-f", majorTag, `${tag}^{commit}`);
const sha = git("rev-parse", "HEAD");
console.log(`release: ${tag} at ${sha.slice(0, 12)} (${branch}); ${majorTag} moved to it`);

if (push) {
  git("push", "origin", `HEAD:refs/heads/${branch}`, `refs/tags/${tag}`);
  console.log(
    `release: pushed ${branch} and ${tag}; the release workflow tests it, publishes it and moves ${majorTag}`,
  );
} else {
  console.log(
    `release: push with \`git push origin ${branch} ${tag}\` (the release workflow moves ${majorTag} on GitHub)`,
  );
}
