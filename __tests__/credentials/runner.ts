// A stand-in for the GitHub runner around the action's credential code: INPUT_* variables, the
// GITHUB_ENV/GITHUB_STATE/GITHUB_OUTPUT files, everything written to stdout/stderr, and the OIDC
// token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN) issuing JWTs
// signed with a key the emulator's OIDC provider trusts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestKey } from "../emulator/identity/jwt-helpers.js";
import { githubToken } from "./helpers.js";

/** The runner's OIDC token endpoint. */
export interface TokenServer {
  url: string;
  requestToken: string;
  /** Audiences asked for, in order. */
  audiences: string[];
  /** Every token issued. */
  issued: string[];
  /** Drop the next N connections without an answer. */
  dropNext: number;
  stop(): Promise<void>;
}

export async function startTokenServer(
  key: TestKey,
  claims: Record<string, unknown> = {},
): Promise<TokenServer> {
  const requestToken = `runner-request-token-${Math.random().toString(36).slice(2)}`;
  const state: Omit<TokenServer, "url" | "stop"> = { requestToken, audiences: [], issued: [], dropNext: 0 };
  const server = http.createServer((req, res) => {
    if (state.dropNext > 0) {
      state.dropNext--;
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? "/", "http://x");
    if (req.headers.authorization !== `Bearer ${requestToken}`) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"message":"bad request token"}');
      return;
    }
    const audience = url.searchParams.get("audience") ?? "";
    state.audiences.push(audience);
    const token = githubToken(key, { aud: audience, ...claims });
    state.issued.push(token);
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ count: 1, value: token }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/_apis/distributedtask/token?api-version=2.0`,
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  });
}

/** A runner step environment: sets variables, captures output; `restore()` undoes everything. */
export interface Step {
  dir: string;
  out: string[];
  set(vars: Record<string, string | undefined>): void;
  inputs(inputs: Record<string, string>): void;
  file(name: "GITHUB_ENV" | "GITHUB_STATE" | "GITHUB_OUTPUT"): string;
  restore(): void;
}

export function step(): Step {
  const dir = mkdtempSync(join(tmpdir(), "image-build-step-"));
  const saved = new Map<string, string | undefined>();
  const before = { ...process.env };
  const out: string[] = [];
  const set = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (!saved.has(k)) saved.set(k, process.env[k]);
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  const files: Record<string, string> = {};
  for (const name of ["GITHUB_ENV", "GITHUB_STATE", "GITHUB_OUTPUT"]) {
    files[name] = join(dir, name.toLowerCase());
    writeFileSync(files[name], "");
  }
  set(files);
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const grab = (chunk: unknown) => {
    out.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
    return true;
  };
  process.stdout.write = grab as typeof process.stdout.write;
  process.stderr.write = grab as typeof process.stderr.write;
  return {
    dir,
    out,
    set,
    inputs: (inputs) =>
      set(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))),
    file: (name) => readFileSync(files[name], "utf8"),
    restore: () => {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      // core.exportVariable also sets process.env: drop what the step added.
      for (const k of Object.keys(process.env)) if (!(k in before)) delete process.env[k];
    },
  };
}
