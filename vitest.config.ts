import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    {
      // Its published files name source maps whose sources it does not ship: vite would warn about
      // every file it transforms (see server.deps.inline below).
      name: "workflow-parser-without-source-maps",
      load(id) {
        const file = id.split("?")[0];
        if (!file.includes("/@actions/workflow-parser/") || !file.endsWith(".js")) return undefined;
        return { code: readFileSync(file, "utf8").replace(/^\/\/# sourceMappingURL=.*$/m, ""), map: null };
      },
    },
  ],
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
