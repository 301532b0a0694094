// Facts from tables: every data cell with a number becomes a fact keyed by its row and column
// labels; unit notes scale it; a `(YoY, %)` row states the growth of the row above; a date in an
// earnings-date column is an earnings date.
import type { NumberInReport } from '../numbers/reportNumbers';
import { within } from '../text/spans';
import type { Fact } from './factTypes';
import { cellUnit, labelKey, periodsInColumns, type TableGrid } from './tableGrid';

const earningsHeader = /실적|earnings|발표|report date/i;
const absent = /^(?:-|–|—|N\/A|n\/a|NA|n\.a\.)$/;

/** A cell of prose (`필요 없음 → 메모리 사용량 50% 감소`): read like a sentence, about the row's or column's entity. */
export interface ProseCell {
  start: number;
  end: number;
  entity?: string;
}

export function tableFacts(grid: TableGrid, numbers: NumberInReport[], add: (f: Omit<Fact, 'index'>) => void, proseCells: ProseCell[] = []): void {
  const { table } = grid;
  const periodsAcross = periodsInColumns(grid);
  // What depends only on the column or the row is worked out once, not per cell.
  const earningsColumn = grid.columns.map((c) => earningsHeader.test(c.text));
  const columnKey = grid.columns.map((c) => labelKey(c.text));
  let base: { metric?: string; label: string } | undefined;
  for (const i of grid.dataRows) {
    const row = table.rows[i];
    const rowLabel = grid.rows[i];
    const rowKey = labelKey(rowLabel.text);
    if (!rowLabel.growth) base = { ...(rowLabel.metric ? { metric: rowLabel.metric } : {}), label: rowLabel.text };
    const growthMetric = rowLabel.growth ? `${rowLabel.growth}:${base?.metric ?? `label:${labelKey(base?.label ?? '')}`}` : undefined;
    for (let j = 1; j < row.cells.length && j < grid.columns.length; j++) {
      const cell = row.cells[j];
      if (!cell.text || absent.test(cell.text)) continue;
      const inCell = within(numbers, cell.start, cell.end);
      if (inCell.length === 0) continue;
      const column = grid.columns[j];
      const entity = rowLabel.entity ?? column.entity;
      const where = { table: grid.index, row: i, column: j };
      const date = inCell.find((n) => n.kind === 'date' && n.period);
      if (date && earningsColumn[j]) {
        add({
          ...(entity ? { entity } : {}), metric: 'earnings-date', metricLabel: column.text, kind: 'date', event: 'earnings', date: date.period,
          value: null, low: null, high: null, unit: null, decimals: 0, factor: 1, text: date.text, start: date.start, end: date.end, range: date.range,
          source: 'table', cell: where, reading: date,
        });
        continue;
      }
      const values = inCell.filter((n) => n.kind !== 'period' && n.kind !== 'date' && !n.isRange);
      if (values.length === 0) continue;
      if (cell.text.length >= 8 && cell.text.replace(/[\d.,%~\-+()$\s]/g, '').length >= 6) {
        proseCells.push({ start: cell.start, end: cell.end, ...(entity ? { entity } : {}) });
        continue;
      }
      if (values.length !== 1) continue;
      const n = values[0];
      // The label that is not the entity names the metric: the row in a time series, the column in a peer table.
      const metricLabel = rowLabel.growth ? rowLabel.text : periodsAcross ? rowLabel.text : column.text || rowLabel.text;
      let metric = periodsAcross ? rowLabel.metric ?? column.metric : column.metric ?? rowLabel.metric;
      if (!metric && metricLabel) metric = `label:${metricLabel === rowLabel.text ? rowKey : columnKey[j]}`;
      if (growthMetric) metric = growthMetric;
      const period = column.period ?? rowLabel.period;
      const qualifier = (periodsAcross ? rowLabel.qualifier ?? column.qualifier : column.qualifier ?? rowLabel.qualifier) ?? (rowLabel.metric ? undefined : column.qualifier);
      const note = cellUnit(grid, i, j);
      const percent = n.unit === '%' || note?.unit === '%' || rowLabel.growth !== undefined;
      // A number with its own scale or unit says it all; a bare one takes the note's scale and unit.
      const bare = n.scale === 1 && n.unit === null;
      const factor = bare && note && !percent ? note.scale : 1;
      const unit = percent ? '%' : n.unit ?? (bare ? note?.currency ?? note?.unit ?? null : null);
      // One object shape for every fact (absent fields undefined, not missing): a table has hundreds of cells.
      add({
        entity: entity || undefined, metric: metric || undefined, metricLabel, qualifier: qualifier || undefined, period: period || undefined, kind: 'value',
        value: n.value === null ? null : n.value * factor, low: n.low === null ? null : n.low * factor, high: n.high === null ? null : n.high * factor,
        unit, decimals: n.decimals, factor, text: n.text, start: n.start, end: n.end, range: n.range, source: 'table', cell: where, reading: n,
      });
    }
  }
}

/** Keys a fact by what it is about; two facts with one key state the same thing. */
export function factKey(f: Pick<Fact, 'entity' | 'metric' | 'period' | 'kind' | 'event' | 'direction'>): string {
  return [f.kind, f.entity ?? '', f.metric ?? '', f.period ?? '', f.event ?? '', f.direction ?? ''].join('|');
}
