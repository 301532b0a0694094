// Facts from tables: every data cell with a number becomes a fact keyed by its row and column
// labels; unit notes scale it; a `(YoY, %)` row states the growth of the row above; a date in an
// earnings-date column is an earnings date.
import type { NumberInReport } from '../features/numberReadings';
import type { Fact } from './factTypes';
import { cellUnit, labelKey, periodsInColumns, type TableGrid } from './tableGrid';

const earningsHeader = /실적|earnings|발표|report date/i;

/** A cell of prose (`필요 없음 → 메모리 사용량 50% 감소`): read like a sentence, about the row's or column's entity. */
export interface ProseCell {
  start: number;
  end: number;
  entity?: string;
}

export function tableFacts(grid: TableGrid, numbers: NumberInReport[], add: (f: Omit<Fact, 'index'>) => void, proseCells: ProseCell[] = []): void {
  const { table } = grid;
  const periodsAcross = periodsInColumns(grid);
  let base: { metric?: string; label: string } | undefined;
  for (const i of grid.dataRows) {
    const row = table.rows[i];
    const rowLabel = grid.rows[i];
    if (!rowLabel.growth) base = { ...(rowLabel.metric ? { metric: rowLabel.metric } : {}), label: rowLabel.text };
    for (let j = 1; j < row.cells.length && j < grid.columns.length; j++) {
      const cell = row.cells[j];
      if (!cell.text || /^(?:-|–|—|N\/A|n\/a|NA|n\.a\.)$/.test(cell.text)) continue;
      const column = grid.columns[j];
      const inCell = numbers.filter((n) => n.start >= cell.start && n.end <= cell.end);
      const entity = rowLabel.entity ?? column.entity;
      const where = { table: grid.index, row: i, column: j };
      const date = inCell.find((n) => n.kind === 'date' && n.period);
      if (date && earningsHeader.test(column.text)) {
        add({
          ...(entity ? { entity } : {}), metric: 'earnings-date', metricLabel: column.text, kind: 'date', event: 'earnings', date: date.period,
          value: null, low: null, high: null, unit: null, decimals: 0, factor: 1, text: date.text, start: date.start, end: date.end, range: date.range,
          source: 'table', cell: where, reading: date,
        });
        continue;
      }
      const values = inCell.filter((n) => n.kind !== 'period' && n.kind !== 'date' && !n.isRange);
      const words = cell.text.replace(/[\d.,%~\-+()$]/g, '').replace(/\s+/g, '');
      if (values.length > 0 && words.length >= 6) {
        proseCells.push({ start: cell.start, end: cell.end, ...(entity ? { entity } : {}) });
        continue;
      }
      if (values.length !== 1) continue;
      const n = values[0];
      // The label that is not the entity names the metric: the row in a time series, the column in a peer table.
      const metricLabel = rowLabel.growth ? rowLabel.text : periodsAcross ? rowLabel.text : column.text || rowLabel.text;
      let metric = periodsAcross ? rowLabel.metric ?? column.metric : column.metric ?? rowLabel.metric;
      if (!metric && metricLabel) metric = `label:${labelKey(metricLabel)}`;
      if (rowLabel.growth) metric = `${rowLabel.growth}:${base?.metric ?? `label:${labelKey(base?.label ?? '')}`}`;
      const period = column.period ?? rowLabel.period;
      const qualifier = (periodsAcross ? rowLabel.qualifier ?? column.qualifier : column.qualifier ?? rowLabel.qualifier) ?? (rowLabel.metric ? undefined : column.qualifier);
      const note = cellUnit(grid, i, j);
      const percent = n.unit === '%' || note?.unit === '%' || rowLabel.growth !== undefined;
      // A number with its own scale or unit says it all; a bare one takes the note's scale and unit.
      const bare = n.scale === 1 && n.unit === null;
      const factor = bare && note && !percent ? note.scale : 1;
      const unit = percent ? '%' : n.unit ?? (bare ? note?.currency ?? note?.unit ?? null : null);
      add({
        ...(entity ? { entity } : {}), ...(metric ? { metric } : {}), metricLabel, ...(qualifier ? { qualifier } : {}), ...(period ? { period } : {}), kind: 'value',
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
