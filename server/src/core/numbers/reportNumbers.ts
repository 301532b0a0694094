// Every number the report states, read in its context (prose, header cell, data cell), with its
// source range. `tickmark numbers` prints these; hovers and facts build on them.
import type { ReportModel } from '../model/reportModel';
import { readNumbers } from './readNumbers';
import type { ReadNumber, ReadingContext } from './numberTypes';
import { sourceEnd, sourceStart, type MappedText } from '../text/mappedText';
import type { Range } from '../text/types';
import { ContentCache, registerContentCache } from '../text/contentCache';
import { PlacedInBlocks } from '../text/placedInBlocks';

// Readings depend only on a block's text and context; an edit leaves the other blocks' readings valid.
// One cache per context, keyed by the text itself: a block's text is the same string from one
// version to the next, so its hash is computed once (a key built per lookup would be hashed each time).
const readings: Record<ReadingContext, ContentCache<ReadNumber[]>> = { prose: new ContentCache(), cell: new ContentCache(), header: new ContentCache() };

/** The numbers of a piece of text read in a context, from the cache when that text was read before. Do not modify the result. */
export function readNumbersOnce(text: string, context: ReadingContext): readonly ReadNumber[] {
  return readings[context].get(text, (own) => readNumbers(own, context));
}

export interface NumberInReport extends Omit<ReadNumber, 'start' | 'end'> {
  range: Range;
  /** Source offsets of the expression (end exclusive). */
  start: number;
  end: number;
  context: ReadingContext;
}

// Each block's numbers as last placed in the report (text/placedInBlocks.ts), by reading context;
// emptied with the content caches: a cold check must not find what an earlier check placed.
const placedNumbers = new PlacedInBlocks<NumberInReport, ReadingContext>((n, by) => placeNumber(n, n.start + by, n.end + by, n.range, n.context));
registerContentCache(placedNumbers);

export function readReportNumbers(model: ReportModel): NumberInReport[] {
  const out: NumberInReport[] = [];
  const read = (content: MappedText, context: ReadingContext) => {
    if (content.text.length === 0) return;
    let numbers = placedNumbers.get(content, context, model.lines);
    if (!numbers) {
      numbers = readNumbersOnce(content.text, context).map((n) => {
        const start = sourceStart(content, n.start);
        const end = sourceEnd(content, n.end);
        return placeNumber(n, start, end, model.lines.range(start, end), context);
      });
      placedNumbers.set(content, context, numbers);
    }
    for (const n of numbers) out.push(n);
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

/**
 * A reading placed in the report. Field by field rather than spread: readings differ in which
 * optional fields they carry, and spreading them made every copy slow (a thousand per check).
 */
function placeNumber(n: ReadNumber, start: number, end: number, range: Range, context: ReadingContext): NumberInReport {
  const placed: NumberInReport = { text: n.text, start, end, kind: n.kind, value: n.value, low: n.low, high: n.high, unit: n.unit, scale: n.scale, decimals: n.decimals, range, context };
  // The optional fields of ReadNumber, when the reading has them.
  if (n.approx !== undefined) placed.approx = n.approx;
  if (n.isRange !== undefined) placed.isRange = n.isRange;
  if (n.period !== undefined) placed.period = n.period;
  return placed;
}
