// The Tickmark view: the outline of a report (sections, their tables, figures and entities) with each
// open inconsistency filed under the innermost section it sits in. Built from the outline symbols
// and the diagnostics the editor already has, so the view can never disagree with either.
import type { Position, Range, Severity, TickmarkDiagnostic } from '../text/types';
import { SymbolKind, type DocumentSymbol } from './symbolTypes';

export type ReportTreeKind = 'section' | 'table' | 'figure' | 'entities' | 'entity' | 'problems' | 'problem';

export interface ReportTreeNode {
  kind: ReportTreeKind;
  label: string;
  description?: string;
  /** Where a click takes the reader (the heading, caption, first mention or flagged number). */
  selectionRange: Range;
  range: Range;
  /** Problems only: for the icon. */
  severity?: Severity;
  /** Problems only: the rule code, e.g. `fact-conflict`. */
  code?: string;
  children: ReportTreeNode[];
}

const kindOfSymbol = new Map<number, ReportTreeKind>([
  [SymbolKind.String, 'section'],
  [SymbolKind.Struct, 'table'],
  [SymbolKind.Object, 'figure'],
  [SymbolKind.Namespace, 'entities'],
]);

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Report tree for one document. Problems outside every section go in a top-level group. */
export function buildReportTree(symbols: DocumentSymbol[], diagnostics: TickmarkDiagnostic[]): ReportTreeNode[] {
  const roots = symbols.map(toNode);
  const unplaced: TickmarkDiagnostic[] = [];
  const bySection = new Map<ReportTreeNode, TickmarkDiagnostic[]>();
  for (const d of diagnostics) {
    const owner = innermostSection(roots, d.range.start);
    if (owner) bySection.set(owner, [...(bySection.get(owner) ?? []), d]);
    else unplaced.push(d);
  }
  for (const [section, list] of bySection) {
    section.children.unshift(problemsGroup(list));
    const count = countLabel(list.length, 'problem', 'problems');
    section.description = section.description ? `${section.description} · ${count}` : count;
  }
  return unplaced.length > 0 ? [problemsGroup(unplaced), ...roots] : roots;
}

function toNode(symbol: DocumentSymbol): ReportTreeNode {
  return {
    kind: kindOfSymbol.get(symbol.kind) ?? 'entity',
    label: symbol.name,
    ...(symbol.detail ? { description: symbol.detail } : {}),
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toNode),
  };
}

function problemsGroup(list: TickmarkDiagnostic[]): ReportTreeNode {
  const sorted = [...list].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || compare(a.range.start, b.range.start));
  const worst = sorted[0].severity;
  return {
    kind: 'problems',
    label: 'Inconsistencies',
    description: String(list.length),
    severity: worst,
    range: sorted[0].range,
    selectionRange: sorted[0].range,
    children: sorted.map((d) => ({
      kind: 'problem' as const,
      label: d.message,
      description: `${d.code} · line ${d.range.start.line + 1}`,
      severity: d.severity,
      code: d.code,
      range: d.range,
      selectionRange: d.range,
      children: [],
    })),
  };
}

function innermostSection(nodes: ReportTreeNode[], at: Position): ReportTreeNode | undefined {
  const outer = nodes.find((n) => n.kind === 'section' && contains(n.range, at));
  if (!outer) return undefined;
  return innermostSection(outer.children, at) ?? outer;
}

function contains(range: Range, at: Position): boolean {
  return compare(range.start, at) <= 0 && compare(at, range.end) <= 0;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function countLabel(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
