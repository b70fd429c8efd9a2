import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import { ChatRequest } from "../http/schemas.js";
import { engineCitations, McpCitation } from "./mcp-citations.js";
import { engineOf, type EngineSource } from "./resolve-scope.js";
import { READ_ONLY, toolResult, type ToolRunner } from "./tool-result.js";

const Turn = z.object({ role: z.enum(["user", "assistant"]), content: z.string().min(1).max(4000) });

export function registerAnswerTool(server: McpServer, source: EngineSource, run: ToolRunner): void {
  server.registerTool(
    "answer_question",
    {
      title: "Answer a question about the disclosures",
      description:
        "Answers a question in Chinese about the departments' budgets and final accounts (三公经费, 人员经费, " +
        "budget vs actual, year on year, rankings, reasons) the way the chat page does: figures only from the " +
        "documents and the exact calculator, each marked [n] and listed under 来源. Pass earlier turns as " +
        "history for follow-ups that leave out the unit, year or figure asked before (one part of it, another year).",
      inputSchema: {
        question: z.string().min(1).max(4000),
        history: z.array(Turn).max(38).optional().describe("Earlier turns, oldest first"),
      },
      outputSchema: {
        answer: z.string(),
        status: z.enum(["answered", "not_found", "clarify"]),
        facts: z.array(
          z.object({
            label: z.string(),
            value: z.string(),
            measure: z.string(),
            formula: z.string().optional(),
            sourceIds: z.array(z.string()),
          }),
        ),
        citations: z.array(McpCitation),
        chart: z
          .object({
            type: z.enum(["bar", "line"]),
            title: z.string(),
            measure: z.string(),
            points: z.array(z.object({ label: z.string(), value: z.string() })),
          })
          .optional(),
      },
      annotations: READ_ONLY,
    },
    ({ question, history }) =>
      run(async () => {
        const checked = ChatRequest.safeParse({
          messages: [...(history ?? []), { role: "user", content: question }],
        });
        if (!checked.success)
          throw new AppError("BAD_REQUEST", checked.error.issues[0]?.message ?? "invalid question");
        const result = await engineOf(source).answer(checked.data.messages);
        return toolResult(result.answer, {
          answer: result.answer,
          status: result.status,
          facts: result.facts,
          citations: engineCitations(result.citations),
          ...(result.chart ? { chart: result.chart } : {}),
        });
      }),
  );
}
