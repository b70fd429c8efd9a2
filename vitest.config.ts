import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "data/**"],
    // Ingest tests build real hnswlib indexes; give slow CI machines room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
