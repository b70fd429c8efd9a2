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
  DOCS_DIR: z.string().default("data/docs"),
  ALIAS_FILE: z.string().default("data/aliases.json"),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  EMBEDDING_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
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
