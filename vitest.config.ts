import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Most tests wait on sockets, SSH sessions and child processes (Packer, sshd), not on the CPU:
    // four workers on a 2-core machine take the suite from about 5 minutes to about 2.
    maxWorkers: 4,
    minWorkers: 1,
    // Tests never reach beyond 127.0.0.1: see __tests__/setup.ts.
    setupFiles: ["__tests__/setup.ts"],
    // @actions/workflow-parser imports its JSON schemas without an import attribute, which Node
    // refuses: vite transforms it instead (__tests__/docs/workflow-check.ts).
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
