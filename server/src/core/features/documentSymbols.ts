// The outline: the heading tree, each section with its tables and figures named by their captions.
import { countStartingBy } from '../text/spans';
import type { Figure, ReportModel, Section, Table } from '../model/reportModel';
import type { EntityMention } from '../entities/recogniseEntities';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import { SymbolKind, type DocumentSymbol, type SymbolKindValue } from './symbolTypes';

/** Outline symbols; with entity mentions, each section also lists the entities it names. */
export function provideDocumentSymbols(model: ReportModel, entities?: { mentions: EntityMention[]; index: KnowledgeIndex }): DocumentSymbol[] {
  const bySection = new Map<Section | undefined, EntityMention[]>();
  if (entities) {
    for (const m of entities.mentions) {
      const owner = innermostSection(model.sections, m.start);
      const mentions = bySection.get(owner);
      if (mentions) mentions.push(m);
      else bySection.set(owner, [m]);
    }
  }
  const groupOf = (section: Section | undefined) => (entities ? entityGroup(model, bySection.get(section) ?? [], entities.index) : []);
  return [
    ...model.preamble.tables.map((t) => tableSymbol(model, t)),
    ...model.preamble.figures.map((f) => figureSymbol(model, f)),
    ...groupOf(undefined),
    ...model.sections.map((s) => sectionSymbol(model, s, groupOf)),
  ].sort(byStart);
}

function sectionSymbol(model: ReportModel, section: Section, groupOf: (s: Section) => DocumentSymbol[]): DocumentSymbol {
  const children = [
    ...section.children.map((s) => sectionSymbol(model, s, groupOf)),
    ...section.tables.map((t) => tableSymbol(model, t)),
    ...section.figures.map((f) => figureSymbol(model, f)),
    ...groupOf(section),
  ].sort(byStart);
  const tables = countTables(section);
  return {
    name: section.heading.text || '(untitled section)',
    ...(tables > 0 ? { detail: tables === 1 ? '1 table' : `${tables} tables` } : {}),
    kind: SymbolKind.String,
    range: model.lines.range(section.start, section.end),
    selectionRange: model.lines.range(section.heading.start, section.heading.end),
    children,
  };
}

export function tableName(table: Table): string {
  if (table.caption) return table.caption.text;
  if (table.title) return table.title;
  const head = table.header.cells.map((c) => c.text).filter((t) => t.length > 0).slice(0, 3);
  return head.length > 0 ? `Table: ${head.join(' | ')}` : 'Table';
}

function tableSymbol(model: ReportModel, table: Table): DocumentSymbol {
  const start = Math.min(table.start, table.caption?.start ?? table.start);
  const end = Math.max(table.end, table.source?.end ?? table.end, ...table.otherCaptions.map((c) => c.end));
  const size = `${table.columnCount} columns × ${table.rows.length} rows`;
  const unit = table.unit ? ` · ${table.unit.text}` : '';
  return {
    name: tableName(table),
    detail: `${table.format === 'gfm' ? 'table' : 'tab-separated table'} · ${size}${unit}`,
    kind: SymbolKind.Struct,
    range: model.lines.range(start, end),
    selectionRange: table.caption ? model.lines.range(table.caption.start, table.caption.end) : model.lines.range(table.header.start, table.header.end),
    children: [],
  };
}

function figureSymbol(model: ReportModel, figure: Figure): DocumentSymbol {
  return {
    name: figure.caption.text,
    detail: figure.source ? `figure · ${figure.source.sources}` : 'figure',
    kind: SymbolKind.Object,
    range: model.lines.range(figure.start, figure.end),
    selectionRange: model.lines.range(figure.caption.start, figure.caption.end),
    children: [],
  };
}

/** Sibling sections follow each other: a binary search keeps a report of thousands of sections linear. */
function innermostSection(sections: Section[], offset: number): Section | undefined {
  const low = countStartingBy(sections, offset);
  // The last section starting at or before the offset, or its predecessor first when they share the boundary.
  for (let i = Math.max(0, low - 2); i < low; i++) {
    const outer = sections[i];
    if (outer.start <= offset && offset <= outer.end) return innermostSection(outer.children, offset) ?? outer;
  }
  return undefined;
}

export const entitySymbolKind: Record<EntityMention['kind'], SymbolKindValue> = {
  ticker: SymbolKind.Class, company: SymbolKind.Class, model: SymbolKind.Function, metric: SymbolKind.Property,
};

/** One `Entities` node per section: one child per entity (a ticker and its company are one), not per mention. */
function entityGroup(model: ReportModel, mentions: EntityMention[], index: KnowledgeIndex): DocumentSymbol[] {
  if (mentions.length === 0) return [];
  const byId = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = byId.get(m.id);
    if (list) list.push(m);
    else byId.set(m.id, [m]);
  }
  const children = [...byId.values()].map((list): DocumentSymbol => {
    const first = list[0];
    const kind = list.some((m) => m.kind === 'company') ? 'company' : first.kind;
    return {
      name: index.displayName(kind, first.id),
      detail: `${kind} · ${list.length} mention${list.length === 1 ? '' : 's'}`,
      kind: entitySymbolKind[kind],
      range: first.range,
      selectionRange: first.range,
      children: [],
    };
  });
  const counts = (['company', 'ticker', 'model', 'metric'] as const)
    .map((k) => [k, children.filter((c) => c.detail!.startsWith(k)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k === 'company' ? (n === 1 ? 'company' : 'companies') : `${k}${n === 1 ? '' : 's'}`}`);
  // A loop, not Math.min(...spread): a section of a hundred thousand mentions would overflow the stack.
  let start = Infinity;
  let end = -Infinity;
  for (const m of mentions) {
    start = Math.min(start, m.start);
    end = Math.max(end, m.end);
  }
  return [{
    name: 'Entities',
    detail: counts.join(', '),
    kind: SymbolKind.Namespace,
    range: model.lines.range(start, end),
    selectionRange: mentions[0].range,
    children,
  }];
}

function countTables(section: Section): number {
  return section.tables.length + section.children.reduce((n, s) => n + countTables(s), 0);
}

function byStart(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
