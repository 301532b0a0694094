// A fact is one statement of a value: (entity, metric, period, value interval, unit, where). Rules
// compare facts with each other and with what formulas compute from them.
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Range } from '../text/types';

export interface Fact {
  /** Position in the report's fact list (stable within one analysis). */
  index: number;
  /** Company or model id (`000660-ks`, `deepseek-r1`), or a row/column label when the knowledge base has none. */
  entity?: string;
  /** Metric id (`revenue`, `gross-margin`), or `label:<row label>` when the knowledge base does not know the row. */
  metric?: string;
  /** How the report names the metric here: `매출총이익`, `Revenue`, `(YoY, %)`. */
  metricLabel: string;
  /**
   * What the label says beyond the metric's name: a scoring mode or variant (`pass1` for
   * `AIME 2024 (Pass@1)`, `cons64`, `rating`, `percentile`); empty when none. Two facts with
   * different qualifiers are different facts.
   */
  qualifier?: string;
  /** Normalised period (`2025`, `2025-Q2`, `2026E`); undefined when the statement names none. */
  period?: string;
  /** `value`: a stated amount; `change`: a % change with a direction; `date`: an event date. */
  kind: 'value' | 'change' | 'date';
  value: number | null;
  low: number | null;
  high: number | null;
  /** Unit after table notes: USD, KRW, %, x, 개 … */
  unit: string | null;
  /** Decimals as written (for quick fixes that keep the author's precision). */
  decimals: number;
  /** The multiplier from the number to the fact's value (a table's `(십억달러)` makes 3.7 mean 3.7e9). */
  factor: number;
  text: string;
  start: number;
  end: number;
  range: Range;
  source: 'table' | 'prose' | 'calendar';
  /** Cell coordinates for table facts (row −1 is the header). */
  cell?: { table: number; row: number; column: number };
  /** For change facts: the direction its words state, and what it compares with (YoY by default). */
  direction?: 'up' | 'down';
  basis?: 'yoy' | 'qoq';
  /** For date facts: the event (`earnings`) and the date (`--01-22`, `2025-01-22`, `---23`). */
  event?: string;
  date?: string;
  /** For calendar facts: the day of the month and how many month boundaries the calendar crossed before it. */
  calendar?: { day: number; monthOffset: number };
  reading: NumberInReport;
}
