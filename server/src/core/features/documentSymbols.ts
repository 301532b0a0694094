// The outline: the heading tree, each section with its tables and figures named by their captions.
import type { Figure, ReportModel, Section, Table } from '../model/reportModel';
import { SymbolKind, type DocumentSymbol } from './symbolTypes';

export function provideDocumentSymbols(model: ReportModel): DocumentSymbol[] {
  return [
    ...model.preamble.tables.map((t) => tableSymbol(model, t)),
    ...model.preamble.figures.map((f) => figureSymbol(model, f)),
    ...model.sections.map((s) => sectionSymbol(model, s)),
  ].sort(byStart);
}

function sectionSymbol(model: ReportModel, section: Section): DocumentSymbol {
  const children = [
    ...section.children.map((s) => sectionSymbol(model, s)),
    ...section.tables.map((t) => tableSymbol(model, t)),
    ...section.figures.map((f) => figureSymbol(model, f)),
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

function countTables(section: Section): number {
  return section.tables.length + section.children.reduce((n, s) => n + countTables(s), 0);
}

function byStart(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
