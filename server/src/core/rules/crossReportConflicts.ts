// Rule `fact-conflict` across reports: the same fact (entity, metric, period) stated with values that
// do not overlap in two reports of the workspace. A warning, with both reports' dates: a later report
// may revise an earlier one, and only a reader can tell.
import type { Fact } from '../facts/factTypes';
import type { ReportModel } from '../model/reportModel';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { TickmarkDiagnostic } from '../text/types';
import { intersects } from './interval';
import { factName } from './ruleTypes';

/** What another report contributes to the comparison: its facts that can be compared, and its date. */
export type ComparableFact = Pick<Fact, 'entity' | 'metric' | 'metricLabel' | 'period' | 'unit' | 'qualifier' | 'low' | 'high' | 'text' | 'range' | 'kind'>;

export interface ReportFactsForComparison {
  uri: string;
  facts: ComparableFact[];
  /** When the report was written (`2026-01-22`), if it says. */
  date?: string;
}

/** The report's own date: the first full date in its opening lines (`**Date:** 2026-01-22`, `2025년 1월 24일`). */
export function reportDate(model: ReportModel, numbers: NumberInReport[]): string | undefined {
  const opening = model.lines.lineStart(Math.min(model.lines.lineCount - 1, 15));
  return numbers.find((n) => n.kind === 'date' && n.start < opening && /^\d{4}-\d{2}-\d{2}$/.test(n.period ?? ''))?.period;
}

/** The facts a report can be compared on: values with an entity and a known metric. Small, and safe to send between threads. */
export function comparableFacts(facts: Fact[]): ComparableFact[] {
  return facts
    .filter((f) => f.kind === 'value' && f.entity && f.metric && !f.metric.startsWith('label:') && f.low !== null && f.high !== null)
    .map(({ entity, metric, metricLabel, period, unit, qualifier, low, high, text, range, kind }) => ({ entity, metric, metricLabel, period, unit, qualifier, low, high, text, range, kind }));
}

const key = (f: ComparableFact) => [f.entity, f.metric, f.period ?? '', f.unit === '개' ? '' : f.unit ?? '', f.qualifier ?? ''].join('|');

const maxRelated = 5;

export type FactIndex = Map<string, Array<{ report: ReportFactsForComparison; fact: ComparableFact }>>;

/** One index over every report's facts, so each report is compared with all others in one pass. */
export function indexReports(reports: ReportFactsForComparison[]): FactIndex {
  const index: FactIndex = new Map();
  for (const report of reports) {
    for (const f of report.facts) {
      const k = key(f);
      const list = index.get(k);
      if (list) list.push({ report, fact: f });
      else index.set(k, [{ report, fact: f }]);
    }
  }
  return index;
}

/**
 * Keys a report states with values that do not overlap: two different facts under one loose key
 * (a label the knowledge base reads as one metric). Such a key says nothing across reports.
 */
function ambiguousKeys(report: ReportFactsForComparison): Set<string> {
  // Intervals that pairwise overlap share a point (Helly in one dimension): some pair is disjoint
  // exactly when the highest low lies above the lowest high. One pass, however often a fact is stated.
  const spans = new Map<string, { low: number; high: number }>();
  for (const f of report.facts) {
    const k = key(f);
    const span = spans.get(k);
    if (!span) spans.set(k, { low: f.low!, high: f.high! });
    else spans.set(k, { low: Math.max(span.low, f.low!), high: Math.min(span.high, f.high!) });
  }
  const out = new Set<string>();
  for (const [k, span] of spans) if (span.low > span.high) out.add(k);
  return out;
}

const ambiguity = new WeakMap<ReportFactsForComparison, Set<string>>();
const ambiguousIn = (r: ReportFactsForComparison) => {
  let keys = ambiguity.get(r);
  if (!keys) ambiguity.set(r, (keys = ambiguousKeys(r)));
  return keys;
};

/**
 * Per index, the other statements that conflict with a value under a key, by key and interval: in a
 * workspace of related reports hundreds state the same fact with the same value, and each would
 * otherwise go through every other statement of it (quadratic in the reports).
 */
const conflictsByIndex = new WeakMap<FactIndex, Map<string, Array<{ report: ReportFactsForComparison; fact: ComparableFact }>>>();

function conflictingStatements(index: FactIndex, k: string, f: ComparableFact): Array<{ report: ReportFactsForComparison; fact: ComparableFact }> {
  let memo = conflictsByIndex.get(index);
  if (!memo) conflictsByIndex.set(index, (memo = new Map()));
  const at = `${k}\u0000${f.low}\u0000${f.high}`;
  let found = memo.get(at);
  if (!found) {
    found = (index.get(k) ?? []).filter((o) => !ambiguousIn(o.report).has(k) && !intersects({ low: f.low!, high: f.high! }, { low: o.fact.low!, high: o.fact.high! }));
    memo.set(at, found);
  }
  return found;
}

export function crossReportConflicts(here: ReportFactsForComparison, index: FactIndex, kb: KnowledgeIndex): TickmarkDiagnostic[] {
  const out: TickmarkDiagnostic[] = [];
  const mine = ambiguousIn(here);
  const name = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const dated = (r: ReportFactsForComparison) => (r.date ? `dated ${r.date}` : 'undated');
  for (const f of here.facts) {
    const k = key(f);
    if (mine.has(k)) continue;
    const conflicting = conflictingStatements(index, k, f).filter((o) => o.report.uri !== here.uri);
    if (conflicting.length === 0) continue;
    const first = conflicting[0];
    const entity = kb.displayName(kb.models.has(f.entity!) ? 'model' : 'company', f.entity!);
    out.push({
      range: f.range,
      severity: 'warning',
      code: 'fact-conflict',
      message: `${entity} ${factName(f)} is ${f.text} here (${dated(here)}) but ${first.fact.text} in ${name(first.report.uri)} (${dated(first.report)})` +
        `${conflicting.length > 1 ? ` and ${conflicting.length - 1} more report${conflicting.length > 2 ? 's' : ''}` : ''}: one may revise the other.`,
      // The first few other statements; the message counts the rest (a workspace of variants would list hundreds).
      relatedInformation: conflicting.slice(0, maxRelated).map((o) => ({ uri: o.report.uri, range: o.fact.range, message: `${name(o.report.uri)} (${dated(o.report)}): ${o.fact.text}` })),
    });
  }
  return out;
}
