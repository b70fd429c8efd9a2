import type { TestProject } from "vitest/node";
import { loadConfig } from "../../../lib/config.js";
import { postgresAvailable, startPostgres } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A throwaway PostgreSQL for the `postgres` test project; empty elsewhere. */
    databaseUrl: string;
  }
}

/**
 * Global setup of the `postgres` test project: the engine, API and eval suites run a second time
 * against PostgreSQL. Uses DATABASE_URL when given, else starts a throwaway server from Debian's
 * package (required in CI; elsewhere the project is skipped with a message when there is none).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    project.provide("databaseUrl", config.DATABASE_URL);
    return undefined;
  }
  if (!postgresAvailable()) {
    if (config.CI)
      throw new Error("The postgres test project needs Debian's postgresql package (.ci/run installs it)");
    process.stderr.write(
      "postgres test project: no PostgreSQL server here (apt-get install postgresql); using SQLite\n",
    );
    project.provide("databaseUrl", "");
    return undefined;
  }
  const server = await startPostgres();
  project.provide("databaseUrl", server.url);
  return () => server.stop();
}
