import type { Logger } from "pino";
import { AppError } from "../../lib/app-error.js";

/** Every tool only reads the index. */
export const READ_ONLY = { readOnlyHint: true, destructiveHint: false, openWorldHint: false } as const;

/** A tool's answer: Markdown for the model or person reading it, and the same data structured. */
export function toolResult<T extends Record<string, unknown>>(text: string, structured: T) {
  return { content: [{ type: "text" as const, text }], structuredContent: structured };
}

/** Runs a tool body; errors other than AppError become a generic message (no paths, no stacks). */
export type ToolRunner = <T>(body: () => Promise<T>) => Promise<T>;

export function toolRunner(log?: Logger): ToolRunner {
  return async (body) => {
    try {
      return await body();
    } catch (error) {
      if (error instanceof AppError) throw error;
      log?.error({ err: error }, "MCP tool failed");
      throw new AppError("INTERNAL", "Internal error while running the tool", undefined, { cause: error });
    }
  };
}
