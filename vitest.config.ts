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

/**
 * Suites whose files share one module graph per worker (no re-import per file): the engine, API
 * and eval tests open their own indexes and set no process-wide state, and most of an isolated
 * file's time was loading the same modules again (measured on 2 cores: server/engine 463 s → 107 s).
 */
const SHARED_MODULES = ["server/**/*.test.ts", "eval/**/*.test.ts", "lib/**/*.test.ts"];

/** A throwaway PostgreSQL, and the run's cache of prepared documents for the test harness's ingests. */
const GLOBAL_SETUP = [
  "ingest/store/testing/postgres-global-setup.ts",
  "server/testing/prepared-cache-global-setup.ts",
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
          include: SHARED_MODULES,
          isolate: false,
          globalSetup: GLOBAL_SETUP,
        },
      },
      {
        // Store internals, ingest processes and the browser: each file in a fresh module graph
        // (the store contract's PostgreSQL specifics spy on module-level clients).
        extends: true,
        test: {
          name: "isolated",
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**", "data/**", ...SHARED_MODULES],
          globalSetup: GLOBAL_SETUP,
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: STORE_SUITES,
          isolate: false,
          env: { STORE: "postgres" },
          globalSetup: GLOBAL_SETUP,
        },
      },
    ],
  },
});
