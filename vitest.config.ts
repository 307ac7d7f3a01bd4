import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["__tests__/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Tests never reach beyond 127.0.0.1: see __tests__/setup.ts.
    setupFiles: ["__tests__/setup.ts"],
  },
});
