import type { MetricRef } from "../plan-schema.js";
import type { AskedScope } from "../asked-scope.js";
import type { Knowledge } from "../knowledge.js";
import type { Context } from "../conversation.js";
import type { FoundUnits } from "../find-units.js";
import type { FoundMetrics } from "../find-metrics.js";
import type { Subject } from "../read-subject.js";
import { findYears } from "../question-cues.js";

/** What the operation is chosen from besides the words. */
export interface OperationParts {
  units: string[];
  metrics: MetricRef[];
  trend: boolean;
  followUp: boolean;
  asked: AskedScope;
  yearCount: number;
}

/** A message as its first phase reads it: the question as normalised and the units it names. */
export interface Turn {
  k: Knowledge;
  ctx?: Context;
  /** The question, normalised (pinyin names spelled out, a first question's tone particle dropped). */
  q: string;
  found: FoundUnits;
  units: string[];
  /** Names of bodies the index does not have. */
  unknownUnits: string[];
  /** Readings about a shared name left out of a list of units. */
  leftOut: string[];
  /** Table names masked in the question: where and what. */
  tables: [number, string][];
}

/** The figures a message names, as its second phase reads them. */
export interface Figures {
  /** The question less unit names, a neutral mark where they were. */
  unmasked: string;
  /** …also less amounts the asker writes, examples and the table named: where figures are named. */
  rest: string;
  matched: FoundMetrics;
  asked: AskedScope;
  subject: Subject;
  refs: MetricRef[];
  excluding?: "remainder" | "named";
}

/** What the message takes from the conversation: follow-up or not, years, and the figures asked. */
export interface Carried {
  followUp: boolean;
  yearsFound: ReturnType<typeof findYears>;
  metrics: MetricRef[];
  carriesTotal: boolean;
  incomeWhere: boolean;
  /** No figure named: the total is read, and `bareReading` says so. */
  bareBudget: boolean;
  bareReading: string;
}
