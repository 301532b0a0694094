// Rule `fact-conflict` across reports: the same fact (entity, metric, period) stated with values that
// do not overlap in two reports of the workspace. A warning, with both reports' dates: a later report
// may revise an earlier one, and only a reader can tell.
import type { Fact } from '../facts/factTypes';
import type { ReportModel } from '../model/reportModel';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import type { NumberInReport } from '../features/numberReadings';
import type { TickmarkDiagnostic } from '../text/types';
import { intersects } from './interval';
import { factName } from './ruleTypes';

export interface ReportFactsForComparison {
  uri: string;
  facts: Fact[];
  /** When the report was written (`2026-01-22`), if it says. */
  date?: string;
}

/** The report's own date: the first full date in its opening lines (`**Date:** 2026-01-22`, `2025년 1월 24일`). */
export function reportDate(model: ReportModel, numbers: NumberInReport[]): string | undefined {
  const opening = model.lines.lineStart(Math.min(model.lines.lineCount - 1, 15));
  return numbers.find((n) => n.kind === 'date' && n.start < opening && /^\d{4}-\d{2}-\d{2}$/.test(n.period ?? ''))?.period;
}

export function crossReportConflicts(here: ReportFactsForComparison, others: ReportFactsForComparison[], index: KnowledgeIndex): TickmarkDiagnostic[] {
  const out: TickmarkDiagnostic[] = [];
  const comparable = (f: Fact) => f.kind === 'value' && f.entity && f.metric && !f.metric.startsWith('label:') && f.low !== null && f.high !== null;
  const key = (f: Fact) => [f.entity, f.metric, f.period ?? '', f.unit === '개' ? '' : f.unit ?? '', f.qualifier ?? ''].join('|');
  const elsewhere = new Map<string, Array<{ report: ReportFactsForComparison; fact: Fact }>>();
  for (const report of others) {
    if (report.uri === here.uri) continue;
    for (const f of report.facts.filter(comparable)) elsewhere.set(key(f), [...(elsewhere.get(key(f)) ?? []), { report, fact: f }]);
  }
  const name = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const dated = (r: ReportFactsForComparison) => (r.date ? `dated ${r.date}` : 'undated');
  for (const f of here.facts.filter(comparable)) {
    const conflicting = (elsewhere.get(key(f)) ?? []).filter((o) => !intersects({ low: f.low!, high: f.high! }, { low: o.fact.low!, high: o.fact.high! }));
    if (conflicting.length === 0) continue;
    const first = conflicting[0];
    const entity = index.displayName(index.models.has(f.entity!) ? 'model' : 'company', f.entity!);
    out.push({
      range: f.range,
      severity: 'warning',
      code: 'fact-conflict',
      message: `${entity} ${factName(f)} is ${f.text} here (${dated(here)}) but ${first.fact.text} in ${name(first.report.uri)} (${dated(first.report)})` +
        `${conflicting.length > 1 ? ` and ${conflicting.length - 1} more report${conflicting.length > 2 ? 's' : ''}` : ''}: one may revise the other.`,
      relatedInformation: conflicting.map((o) => ({ uri: o.report.uri, range: o.fact.range, message: `${name(o.report.uri)} (${dated(o.report)}): ${o.fact.text}` })),
    });
  }
  return out;
}
