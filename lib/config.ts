import { z } from "zod";

/**
 * The one place that reads the environment. Every variable is documented in .env.example.
 * The LLM path switches on when OPENAI_API_KEY or OPENAI_BASE_URL is set (OpenAI, DeepSeek,
 * Qwen, a local Ollama or vLLM); everything else works offline.
 */
const ConfigSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  INDEX_DIR: z.string().default("data/index"),
  /** postgres://… selects the PostgreSQL store; otherwise the index is SQLite in INDEX_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// URL")
    .optional(),
  /** The PostgreSQL schema of the index (several indexes can share one database). */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "a lower-case SQL identifier")
    .default("budget_qa"),
  /** sqlite | postgres; postgres needs DATABASE_URL (tests start a throwaway server instead). */
  STORE: z.enum(["sqlite", "postgres"]).optional(),
  /** How long a second ingest waits for the writer lock before giving up. */
  /**
   * Memory the hnswlib vector segments may take for searches over the whole store (about their
   * size on disk). Past it they are not loaded: such searches are lexical only; searches within a
   * unit are unaffected. 256 MiB holds the segments of about 2,000 documents of the samples' size.
   */
  VECTOR_MEMORY_MB: z.coerce.number().int().min(0).default(256),
  INGEST_LOCK_WAIT_MS: z.coerce.number().int().min(0).default(0),
  /** Folders (comma-separated) that `npm start` ingests when the store is empty. */
  DOCS_DIR: z
    .string()
    .default("data/docs,data/pdf")
    .transform((value) =>
      value
        .split(",")
        .map((folder) => folder.trim())
        .filter(Boolean),
    ),
  ALIAS_FILE: z.string().default("data/aliases.json"),
  /** Where the chat page's 👍/👎 feedback is appended, one JSON line per rating. */
  FEEDBACK_FILE: z.string().default("data/feedback/feedback.jsonl"),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  EMBEDDING_MODEL: z.string().optional(),
  /** Longest single call to the model (each call also stops at the question's budget). */
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  /** Deterministic answers kept in memory per conversation, per server process (0 turns it off). */
  ANSWER_CACHE: z.coerce.number().int().min(0).default(500),
  /** Time budget per question across every LLM stage; the deterministic answer stands after it. */
  LLM_BUDGET_MS: z.coerce.number().int().positive().default(8_000),
  /** Consecutive failed calls that open the circuit breaker, and how long it stays open. */
  LLM_BREAKER_FAILURES: z.coerce.number().int().positive().default(3),
  LLM_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(0).default(30_000),
  /** How the plan is requested: OpenAI strict JSON schema, JSON mode, or a tool call. */
  LLM_STRUCTURED_OUTPUT: z.enum(["jsonSchema", "jsonMode", "functionCalling"]).default("jsonSchema"),
  /** Server processes (node:cluster workers) sharing the port; 1 serves from the main process. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /**
   * POST /api/admin/reload needs `Authorization: Bearer <ADMIN_TOKEN>` (and a same-origin,
   * loopback request); unset, the route answers 403 and reloads nothing.
   */
  ADMIN_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  /** Largest request body POST /api/chat accepts (the whole conversation a client sends). */
  CHAT_MAX_BODY_MB: z.coerce.number().positive().max(64).default(8),
  /** How long SIGTERM waits for requests in flight before it exits anyway (exit code 1). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Ingest refuses a file larger than this (reported like any unreadable file). */
  MAX_FILE_MB: z.coerce.number().positive().default(50),
  /** Set by CI runners: tests that would skip for a missing tool fail instead. */
  CI: z
    .string()
    .optional()
    .transform((value) => !!value && value !== "false" && value !== "0"),
  /** Set by vitest in its workers: the test harness then reads what the run's global setup provides. */
  VITEST: z
    .string()
    .optional()
    .transform((value) => !!value && value !== "false"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** text: one readable line per event on stderr (and the URL on stdout); json: pino's JSON lines on stdout. */
  LOG_FORMAT: z.enum(["text", "json"]).default("text"),
  /**
   * Bearer keys (comma-separated) for the OpenAI-compatible API (/v1) and MCP (/mcp). Set: every
   * request needs one. Empty: those answer only clients on this machine (loopback address and Host).
   */
  API_KEYS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((key) => key.trim())
        .filter(Boolean),
    ),
});

export type Config = z.infer<typeof ConfigSchema> & { llmEnabled: boolean };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "unset".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  return { ...parsed.data, llmEnabled: Boolean(parsed.data.OPENAI_API_KEY || parsed.data.OPENAI_BASE_URL) };
}
