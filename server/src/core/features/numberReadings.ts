// Every number the report states, read in its context (prose, header cell, data cell), with its
// source range. `tickmark numbers` prints these; hovers and facts build on them.
import type { ReportModel } from '../model/reportModel';
import { readNumbers } from '../numbers/readNumbers';
import type { ReadNumber, ReadingContext } from '../numbers/numberTypes';
import { sourceEnd, sourceStart, type MappedText } from '../text/mappedText';
import type { Range } from '../text/types';
import { ContentCache } from '../text/contentCache';

// Readings depend only on a block's text and context; an edit leaves the other blocks' readings valid.
const readings = new ContentCache<ReadNumber[]>();

/** The numbers of a piece of text read in a context, from the cache when that text was read before. Do not modify the result. */
export function readNumbersOnce(text: string, context: ReadingContext): readonly ReadNumber[] {
  return readings.get(`${context}\u0000${text}`, () => readNumbers(text, context));
}

export interface NumberInReport extends Omit<ReadNumber, 'start' | 'end'> {
  range: Range;
  /** Source offsets of the expression (end exclusive). */
  start: number;
  end: number;
  context: ReadingContext;
}

export function readReportNumbers(model: ReportModel): NumberInReport[] {
  const out: NumberInReport[] = [];
  const read = (content: MappedText, context: ReadingContext) => {
    if (content.text.length === 0) return;
    for (const n of readNumbersOnce(content.text, context)) {
      const start = sourceStart(content, n.start);
      const end = sourceEnd(content, n.end);
      out.push({ ...n, start, end, range: model.lines.range(start, end), context });
    }
  };
  for (const heading of model.headings) read(heading.content, 'prose');
  for (const block of model.blocks) read(block.content, 'prose');
  for (const table of model.tables) {
    table.header.cells.forEach((cell) => read(cell.content, 'header'));
    for (const row of table.rows) {
      // The first column names the row (a metric, a company, a model): its numbers are labels' numbers.
      row.cells.forEach((cell, column) => read(cell.content, column === 0 ? 'header' : 'cell'));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
