import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** The engine, API and eval suites, which run once per store. */
const STORE_SUITES = [
  "server/engine/**/*.test.ts",
  "server/routes/**/*.test.ts",
  "server/llm/**/*.test.ts",
  "server/app.test.ts",
  "eval/eval.test.ts",
];

export default defineConfig({
  test: {
    exclude: ["node_modules/**", "data/**"],
    // Two files at a time even on two cores (vitest's default leaves one core idle there): most of
    // a file's time is module loading and index building, which overlap well (measured: a 2-core
    // run 954 s → 817 s of vitest).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Ingest tests build real hnswlib indexes; give slow CI machines room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["**/*.test.ts"],
          globalSetup: ["ingest/store/testing/postgres-global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: STORE_SUITES,
          env: { STORE: "postgres" },
          globalSetup: ["ingest/store/testing/postgres-global-setup.ts"],
        },
      },
    ],
  },
});
