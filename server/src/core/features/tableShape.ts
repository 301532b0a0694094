// Rule `table-shape`: a table row with more or fewer cells than its header. In a pipe table the
// extra cells are dropped by every renderer and missing ones render empty; in a tab-separated table
// a value past the last header column belongs to no column. Either way a reader misreads the row.
import type { ReportModel, Row, Table } from '../model/reportModel';
import type { TickmarkDiagnostic } from '../text/types';
import { tableName } from './documentSymbols';

export const tableShapeCode = 'table-shape';

export function checkTableShapes(model: ReportModel): TickmarkDiagnostic[] {
  const out: TickmarkDiagnostic[] = [];
  for (const table of model.tables) {
    table.rows.forEach((row, index) => {
      const count = cellCount(table, row);
      if (count === table.columnCount) return;
      const fewer = count < table.columnCount;
      // Tab-separated rows often stop early at empty trailing cells; only spill-over misleads there.
      if (fewer && table.format === 'tab-separated') return;
      out.push({
        range: model.lines.range(row.start, row.end),
        severity: 'warning',
        code: tableShapeCode,
        message: `Row ${index + 1} of ${quote(tableName(table))} has ${count} cells but the header has ${table.columnCount}` +
          (fewer ? '; the missing cells render empty.' : '; the extra cells fall outside every column.'),
        relatedInformation: [{ uri: model.uri, range: model.lines.range(table.header.start, table.header.end), message: `header row: ${table.columnCount} cells` }],
      });
    });
  }
  return out;
}

/** Cells up to the last non-empty one for tab-separated rows (trailing tabs are layout), all for pipe rows. */
function cellCount(table: Table, row: Row): number {
  if (table.format === 'gfm') return row.cells.length;
  let count = row.cells.length;
  while (count > table.columnCount && row.cells[count - 1].text.length === 0) count--;
  return count;
}

function quote(name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return `table “${short}”`;
}
