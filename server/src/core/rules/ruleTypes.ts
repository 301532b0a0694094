// What a rule sees and what it reports. Rules find; the engine (runRules.ts) decides severity,
// suppression and the one-diagnostic-per-bad-cell policy.
import type { ReportModel } from '../model/reportModel';
import type { EntityMention } from '../entities/recogniseEntities';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Fact } from '../facts/factTypes';
import type { TableGrid } from '../facts/tableGrid';
import type { Range, Severity } from '../text/types';

export const ruleCodes = ['fact-conflict', 'table-sum', 'identity', 'ratio', 'claim', 'date-conflict', 'direction'] as const;
export type RuleCode = (typeof ruleCodes)[number];

export interface Place {
  start: number;
  end: number;
  range: Range;
}

export interface Finding {
  rule: RuleCode;
  severity: Severity;
  /** Where the diagnostic stands: the value that disagrees. */
  at: Place;
  /** The fact at `at`, when there is one (a cell, a prose value). */
  fact?: Fact;
  message: string;
  related: Array<{ at: Place; message: string }>;
  /** Facts the finding computed from; a finding that needs an already-blamed fact is not reported again. */
  inputs: Fact[];
  /** A replacement for the text at `at` that makes it consistent, in the author's format. */
  fix?: { newText: string; title: string };
}

export interface RuleContext {
  model: ReportModel;
  facts: Fact[];
  grids: TableGrid[];
  mentions: EntityMention[];
  numbers: NumberInReport[];
  index: KnowledgeIndex;
  /** Records that a fact was checked and held, with what it was checked against (for tick marks). */
  verified(fact: Fact, against: string): void;
}

export interface Rule {
  code: RuleCode;
  run(context: RuleContext): Finding[];
}

/** How a fact is named in messages: `매출총이익 2Q25`. */
export function factName(f: Pick<Fact, 'metricLabel' | 'period'>): string {
  return [f.metricLabel.replace(/\s+/g, ' ').trim(), f.period].filter(Boolean).join(' ');
}
