import type { Embeddings } from "@langchain/core/embeddings";
import { locationAsked } from "./ops/figure-location.js";
import type { Manifest } from "../../ingest/schema.js";
import type { IndexStore } from "../../ingest/store/store.js";
import { compose } from "./compose.js";
import { execute } from "./execute.js";
import { Lru } from "../../lib/lru.js";
import { Knowledge } from "./knowledge.js";
import type { AnswerResult, ChatMessage, QueryPlan } from "./plan-schema.js";
import { planConversation } from "./conversation.js";
import { addYearsSetApart, yearOnlyFollowUp } from "./years-set-apart.js";
import { clausePlans, textClausePlans } from "./compound.js";
import { mergeDrafts } from "./merge-drafts.js";
import { answersCompared, conversationsCompared } from "./answers-compared.js";
import type { Draft } from "./draft.js";

/** What the optional LLM stages get: the deterministic answer already made, and a way to run another plan. */
export interface RefineInput {
  knowledge: Knowledge;
  messages: ChatMessage[];
  rulePlan: QueryPlan;
  ruleResult: AnswerResult;
  run: (plan: QueryPlan) => Promise<AnswerResult>;
}

/**
 * Optional LLM stages: they may replace the deterministic answer with a better one, within
 * their own time budget; every failure keeps the deterministic answer.
 */
export interface LlmStages {
  refine(input: RefineInput): Promise<AnswerResult>;
}

export interface AnswerOptions {
  llm?: LlmStages | false;
  /** Called with the deterministic answer as soon as it exists (before any LLM stage). */
  onDraft?: (result: AnswerResult) => void;
}

export interface EngineOptions {
  /** Deterministic answers kept per conversation (0: none). */
  answerCache?: number;
}

export interface Engine {
  knowledge: Knowledge;
  answer(messages: ChatMessage[], options?: AnswerOptions): Promise<AnswerResult>;
}

/**
 * question → query plan → facts and calculator → cited answer. The rule-based planner always
 * runs and its answer is made first (it costs about a millisecond); an LLM may then refine the
 * plan and phrase the answer, but numbers come only from the executor.
 */
export async function createEngine(
  store: IndexStore,
  embeddings: Embeddings | ((manifest: Manifest) => Embeddings),
  llm?: LlmStages,
  options: EngineOptions = {},
): Promise<Engine> {
  const shared = await Knowledge.open(store, embeddings);
  const cache = options.answerCache ? new Lru<AnswerResult>(options.answerCache) : undefined;
  const engine: Engine = {
    knowledge: shared,
    async answer(messages, answerOptions = {}) {
      const stages = answerOptions.llm === false ? undefined : (answerOptions.llm ?? llm);
      const knowledge = shared.forRequest();
      const run = async (plan: QueryPlan) => compose(await execute(knowledge, plan), plan);
      if (!stages && cache)
        return cachedAnswer(cache, messages, async () => (await ruleAnswer(knowledge, messages)).result);
      const { plan: rulePlan, result: ruleResult } = await ruleAnswer(knowledge, messages);
      if (!stages) return ruleResult;
      answerOptions.onDraft?.(ruleResult);
      return stages.refine({ knowledge, messages, rulePlan, ruleResult, run });
    },
  };
  return engine;
}

/**
 * The rule planner's answer: one plan, or one per question when a message asks several about
 * different figures (answered together, each part planned as a follow-up of the one before).
 */
async function ruleAnswer(
  knowledge: Knowledge,
  messages: ChatMessage[],
): Promise<{ plan: QueryPlan; result: AnswerResult }> {
  const { plan, draft } = await ruleDraft(knowledge, messages);
  return { plan, result: compose(draft, plan) };
}

/** The rule planner's draft of the last turn; "两边对得上吗" sets the two answers before against each other. */
async function ruleDraft(
  knowledge: Knowledge,
  messages: ChatMessage[],
): Promise<{ plan: QueryPlan; draft: Draft }> {
  const made = await planAndExecute(knowledge, messages);
  // "<年甲>… → <年乙>呢": the two years' figures set apart.
  const yearBefore = yearOnlyFollowUp(messages);
  if (yearBefore && made.plan.operation === "value")
    addYearsSetApart(await ruleDraft(knowledge, yearBefore), made);
  const earlier = conversationsCompared(messages);
  if (!earlier) return made;
  const [first, second] = await Promise.all(earlier.map((turns) => ruleDraft(knowledge, turns)));
  const compared = answersCompared(first.draft, second.draft, made.draft);
  return compared ? { plan: made.plan, draft: compared } : made;
}

async function planAndExecute(
  knowledge: Knowledge,
  messages: ChatMessage[],
): Promise<{ plan: QueryPlan; draft: Draft }> {
  const whole = planConversation(knowledge, messages);
  // "<某项> <金额> 出自哪张表？列在<某列>还是<另一列>": the cells found answer every part at once.
  let clauses = locationAsked(whole) ? undefined : clausePlans(knowledge, messages, whole);
  if (!clauses) {
    const draft = await execute(knowledge, whole);
    // A text question the documents do not answer as one message may be several ("…？…？").
    clauses =
      draft.status === "not_found" && whole.operation === "text_lookup"
        ? textClausePlans(knowledge, messages)
        : undefined;
    if (!clauses) return { plan: whole, draft };
  }
  const drafts: Draft[] = [];
  for (const plan of clauses) drafts.push(await execute(knowledge, plan));
  const plan = { ...clauses[0], question: messages.at(-1)?.content ?? clauses[0].question };
  return { plan, draft: mergeDrafts(drafts) };
}

/**
 * Deterministic answers are a function of the conversation and the store's generation (an engine
 * serves one generation): the same conversation is answered from memory. Callers treat answers
 * as read-only.
 */
async function cachedAnswer(
  cache: Lru<AnswerResult>,
  messages: ChatMessage[],
  make: () => Promise<AnswerResult>,
): Promise<AnswerResult> {
  const key = JSON.stringify(messages.map((message) => [message.role, message.content]));
  const hit = cache.get(key);
  if (hit) return hit;
  const result = await make();
  cache.set(key, result);
  return result;
}
