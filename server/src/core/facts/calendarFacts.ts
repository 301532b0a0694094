// A calendar laid out as weeks (`일 월 화 수 목 금 토`, a row of day numbers, then a row of events):
// every `· SK하이닉스 실적` entry is an earnings date on the day above it. The month is not written;
// the day numbers restart at 1 when the calendar crosses into the next month.
import type { Table } from '../model/reportModel';
import { within } from '../text/spans';
import type { EntityMention } from '../entities/recogniseEntities';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Fact } from './factTypes';

const weekdays = [/^(?:일|월|화|수|목|금|토)(?:요일)?$/, /^(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?$/i];

export function isCalendar(table: Table): boolean {
  const head = table.header.cells.map((c) => c.text.trim());
  return head.length >= 5 && weekdays.some((re) => head.filter((h) => re.test(h)).length >= 5);
}

export function calendarFacts(table: Table, mentions: EntityMention[], numbers: NumberInReport[], add: (f: Omit<Fact, 'index'>) => void): void {
  let days: Array<number | undefined> = [];
  let monthOffset = 0;
  let lastDay = 0;
  const dayOf: Array<{ day: number; monthOffset: number } | undefined> = [];
  for (const row of table.rows) {
    const texts = row.cells.map((c) => c.text.trim());
    if (texts.every((t) => t === '' || /^\d{1,2}$/.test(t)) && texts.some((t) => t !== '')) {
      days = texts.map((t) => (t ? Number(t) : undefined));
      for (let j = 0; j < days.length; j++) {
        const day = days[j];
        if (day === undefined) {
          dayOf[j] = undefined;
          continue;
        }
        if (day < lastDay) monthOffset++;
        lastDay = day;
        dayOf[j] = { day, monthOffset };
      }
      continue;
    }
    row.cells.forEach((cell, j) => {
      const when = dayOf[j];
      if (!when || !/실적|earnings/i.test(cell.text)) return;
      // Each `· X 실적` entry: the company named in it, if its entry mentions earnings.
      for (const m of within(mentions, cell.start, cell.end).filter((x) => x.kind === 'company' || x.kind === 'ticker')) {
        const entryEnd = cell.content.text.length;
        const after = entryText(cell.content.text, m, cell.start, entryEnd);
        if (!/실적|earnings/i.test(after)) continue;
        const reading = within(numbers, cell.start, cell.end)[0] ?? syntheticReading(m);
        add({
          entity: m.id, metric: 'earnings-date', metricLabel: '실적', kind: 'date', event: 'earnings', date: `---${String(when.day).padStart(2, '0')}`,
          calendar: when, value: null, low: null, high: null, unit: null, decimals: 0, factor: 1,
          text: m.text, start: m.start, end: m.end, range: m.range, source: 'calendar', reading,
        });
      }
    });
  }
}

/** The text of the `·`-separated entry that holds the mention. */
function entryText(cellText: string, m: EntityMention, cellStart: number, _end: number): string {
  const offset = Math.max(0, m.start - cellStart);
  const from = cellText.lastIndexOf('·', offset);
  const to = cellText.indexOf('·', offset + 1);
  return cellText.slice(from + 1, to === -1 ? undefined : to);
}

function syntheticReading(m: EntityMention): NumberInReport {
  return { text: m.text, start: m.start, end: m.end, range: m.range, kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, context: 'cell' };
}
