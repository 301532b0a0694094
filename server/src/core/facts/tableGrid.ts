// What each row and column of a table is about: the entity, metric and period its label names,
// the unit note that scales it, and which rows are YoY/QoQ rows of the row above.
import type { Table, UnitNote } from '../model/reportModel';
import { within } from '../text/spans';
import type { EntityMention } from '../entities/recogniseEntities';
import { readNumbersOnce } from '../numbers/reportNumbers';
import { findCellUnitNote } from '../model/unitNotes';

export interface AxisLabel {
  text: string;
  entity?: string;
  metric?: string;
  period?: string;
  unit?: Omit<UnitNote, 'start' | 'end' | 'text'>;
  /** `(YoY, %)`, `YoY`, `% y-y`: growth of the row above. */
  growth?: 'yoy' | 'qoq';
  /** `합계`, `Total`, `총계`: a total by its name. */
  total: boolean;
  /** The label without the metric's name: a scoring mode (`pass1`, `cons64`, `rating`), normalised. */
  qualifier?: string;
}

export interface TableGrid {
  table: Table;
  index: number;
  rows: AxisLabel[];
  columns: AxisLabel[];
  /** Rows that hold data (not a group label, not the sub-header). */
  dataRows: number[];
  /** The sub-header row (`1W 1M 3M` under `기간별 수익률(%)`), if any. */
  subHeader?: number;
}

const totalLabel = /^(?:합계|총계|계|소계|총합|Total|Sum|Subtotal|Grand total)\b|^Total\s/i;
const growthLabel = /^\(?\s*(?:%\s*)?(YoY|y-y|y\/y|QoQ|q-q|q\/q|전년\s?대비|전년비|전분기\s?대비)\b/i;

export function buildGrid(table: Table, index: number, mentions: EntityMention[]): TableGrid {
  const mentionIn = (start: number, end: number, kinds: string[]) => within(mentions, start, end).find((m) => kinds.includes(m.kind));
  const label = (text: string, start: number, end: number, context: 'header' | 'row'): AxisLabel => {
    // `OpenAI o1-mini`: a label that names a developer and its model is about the model.
    const entity = mentionIn(start, end, ['model']) ?? mentionIn(start, end, ['company', 'ticker']);
    const metric = mentionIn(start, end, ['metric']);
    const readings = readNumbersOnce(text, 'header');
    const period = readings.length === 1 && (readings[0].kind === 'period' || readings[0].kind === 'date') && readings[0].period &&
      readings[0].end - readings[0].start >= text.trim().length - 2 ? readings[0].period : undefined;
    const note = findCellUnitNote(text)?.note;
    const growth = growthLabel.exec(text.trim())?.[1]?.toLowerCase();
    const qualifier = metric ? qualifierOf(text, metric.text) : horizonOf(text);
    return {
      ...(qualifier ? { qualifier } : {}),
      text,
      ...(entity ? { entity: entity.id } : {}),
      ...(metric && (!entity || metric.start < entity.start || context === 'row') ? { metric: metric.id } : {}),
      ...(period ? { period } : {}),
      ...(note ? { unit: note } : {}),
      ...(growth ? { growth: growth.startsWith('q') || growth.includes('분기') ? 'qoq' : 'yoy' } : {}),
      total: totalLabel.test(text.trim()),
    };
  };

  const first = table.rows[0];
  const subHeader = first && !first.cells[0]?.text && !first.isGroupLabel && first.cells.some((c) => c.text) ? 0 : undefined;
  const columns = table.header.cells.map((cell, j) => {
    const sub = subHeader !== undefined ? table.rows[0].cells[j] : undefined;
    const text = [cell.text, sub?.text].filter(Boolean).join(' ');
    const main = label(cell.text, cell.start, cell.end, 'header');
    const under = sub ? label(sub.text, sub.start, sub.end, 'header') : undefined;
    // A spanning header (기간별 수익률(%)) leaves later header cells empty: they inherit its metric and unit.
    // A sub-header's horizon (`1W 1M 3M` under `기간별 수익률(%)`) tells the spanning header's columns apart.
    const qualifier = under?.qualifier ?? main.qualifier;
    return { ...under, ...main, ...(qualifier ? { qualifier } : {}), text, period: under?.period ?? main.period, total: main.total || (under?.total ?? false) } as AxisLabel;
  });
  for (let j = 1; j < columns.length; j++) {
    if (!table.header.cells[j].text && columns[j - 1] && !columns[j].metric) {
      if (columns[j - 1].metric) columns[j].metric = columns[j - 1].metric;
      if (columns[j - 1].unit) columns[j].unit = columns[j - 1].unit;
    }
  }
  const rows = table.rows.map((row) => {
    const cell = row.cells[0];
    return cell ? label(cell.text, cell.start, cell.end, 'row') : { text: '', total: false };
  });
  const dataRows = table.rows.map((_, i) => i).filter((i) => i !== subHeader && !table.rows[i].isGroupLabel);
  return { table, index, rows, columns, dataRows, ...(subHeader !== undefined ? { subHeader } : {}) };
}

/** The unit note that governs a cell: its row's, else its column's, else the table's. */
export function cellUnit(grid: TableGrid, row: number, column: number): AxisLabel['unit'] | undefined {
  return grid.rows[row]?.unit ?? grid.columns[column]?.unit ?? tableUnit(grid.table);
}

// The table's own note as a unit, made once per table rather than once per cell.
const tableUnits = new WeakMap<Table, AxisLabel['unit']>();
function tableUnit(table: Table): AxisLabel['unit'] | undefined {
  if (!table.unit) return undefined;
  let unit = tableUnits.get(table);
  if (!unit) {
    unit = { scale: table.unit.scale, ...(table.unit.currency ? { currency: table.unit.currency } : {}), ...(table.unit.unit ? { unit: table.unit.unit } : {}) };
    tableUnits.set(table, unit);
  }
  return unit;
}

/** The periods run along the header (the usual layout) when at least two header cells are periods. */
export function periodsInColumns(grid: TableGrid): boolean {
  return grid.columns.filter((c) => c.period).length >= 2;
}

/** A normalised label to key facts by when the knowledge base does not know the row. */
export function labelKey(text: string): string {
  return text.replace(/\([^)]*\)/g, '').replace(/[\s*_·:]+/g, ' ').trim().toLowerCase();
}

// How far back a return is measured, as peer tables head their columns: 1W 1M 3M 6M 1Y YTD, 1주 1개월 1년, 연초 이후.
const horizon = /^(?:\d{1,2}\s?(?:[DWMY]|주|개월|년)|[MQY]TD|연초\s?(?:이후|대비)?)$/i;

/** A label that is only a return horizon (`1M`, `YTD`, `3개월`): its qualifier (`1m`, `ytd`, `3개월`), as `qualifierOf` spells one. */
export function horizonOf(label: string): string | undefined {
  const text = label.trim();
  return horizon.test(text) ? text.toLowerCase().replace(/[^a-z0-9가-힣]+/g, '') : undefined;
}

/** `AIME 2024 (Pass@1)` without `AIME 2024`: `pass1`. Unit notes are not qualifiers (they scale, not qualify). */
export function qualifierOf(label: string, metricText: string): string | undefined {
  const rest = label.replace(metricText, ' ').replace(/\((?:[^()]*(?:원|달러|%|US\$|USD|KRW|m|bn|기준))\)/gi, ' ');
  const key = rest.toLowerCase().replace(/[^a-z0-9가-힣]+/g, '');
  return key.length > 0 ? key : undefined;
}
