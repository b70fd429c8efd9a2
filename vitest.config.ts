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
