// Every fact a report states, from its tables (calendars included) and its prose.
import type { ReportModel } from '../model/reportModel';
import type { EntityMention } from '../entities/recogniseEntities';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Fact } from './factTypes';
import { buildGrid, type TableGrid } from './tableGrid';
import { tableFacts, type ProseCell } from './tableFacts';
import { proseFacts } from './proseFacts';
import { calendarFacts, isCalendar } from './calendarFacts';
import type { Caption } from '../model/reportModel';
import { sectionSubjects } from './sectionSubject';
import { readTableAgain, rememberTable } from './tableFactsCache';
import { countStartingBy, within } from '../text/spans';

export interface ReportFacts {
  facts: Fact[];
  grids: TableGrid[];
}

export function extractFacts(model: ReportModel, numbers: NumberInReport[], mentions: EntityMention[]): ReportFacts {
  const facts: Fact[] = [];
  // Numbered in place: copying every fact into a new object cost more than finding it.
  const add = (f: Omit<Fact, 'index'>) => {
    (f as Fact).index = facts.length;
    facts.push(f as Fact);
  };
  const grids: TableGrid[] = [];
  const proseCells: ProseCell[] = [];
  const sectionSubject = sectionSubjects(model, mentions);
  model.tables.forEach((table, index) => {
    if (isCalendar(table)) {
      calendarFacts(table, mentions, numbers, add);
      return;
    }
    const before = facts.length;
    const numbersIn = within(numbers, table.start, table.end);
    const mentionsIn = within(mentions, table.start, table.end);
    const again = readTableAgain(table, index, before, numbersIn, mentionsIn);
    if (again && (again.namesEntities ? undefined : tableSubject(model, table.start, table.caption, mentions, sectionSubject)) === again.subject) {
      // Unchanged since the last re-check (tableFactsCache.ts): the same facts, a grid of this table object.
      grids.push({ ...again.grid, table });
      for (const f of again.facts) facts.push(f);
      for (const c of again.proseCells) proseCells.push(c);
      return;
    }
    const grid = buildGrid(table, index, mentions);
    grids.push(grid);
    const cellsBefore = proseCells.length;
    tableFacts(grid, numbers, add, proseCells);
    // A table about one company (`오픈AI 주요 재무데이터 요약`) gives its facts that entity.
    // Only a table about one company: a comparison (rows or columns naming entities) keeps its own.
    const namesEntities = facts.slice(before).some((f) => f.entity !== undefined);
    const subject = namesEntities ? undefined : tableSubject(model, table.start, table.caption, mentions, sectionSubject);
    if (subject) for (let k = before; k < facts.length; k++) facts[k].entity ??= subject;
    rememberTable(table, index, before, numbersIn, mentionsIn, { grid, facts: facts.slice(before), proseCells: proseCells.slice(cellsBefore), namesEntities, subject });
  });
  proseFacts(model, numbers, mentions, add, proseCells);
  return { facts, grids };
}

/** The entity a table's caption, or the short title line right above it, names. */
function tableSubject(
  model: ReportModel, tableStart: number, caption: Caption | undefined, mentions: EntityMention[], sectionSubject: (offset: number) => string | undefined,
): string | undefined {
  // Binary searches, not scans of the whole report: a report of a hundred tables would be quadratic.
  const inSpan = (start: number, end: number) => within(mentions, start, end).find((m) => m.kind !== 'metric')?.id;
  const fromCaption = caption ? inSpan(caption.start, caption.end) : undefined;
  if (fromCaption) return fromCaption;
  const title = lastBlockEndingBy(model.blocks, tableStart);
  const fromTitle = title && title.content.text.length <= 80 && tableStart - title.end < 40 ? inSpan(title.start, title.end) : undefined;
  if (fromTitle) return fromTitle;
  // Otherwise the company its section's heading names (`# SK하이닉스 (000660 KS): 2Q25 실적 리뷰`).
  return sectionSubject(tableStart);
}

/** The last block (in report order) that ends by `offset`: blocks follow each other, so search from the last that starts by it. */
function lastBlockEndingBy(blocks: ReportModel['blocks'], offset: number): ReportModel['blocks'][number] | undefined {
  for (let i = countStartingBy(blocks, offset) - 1; i >= 0; i--) if (blocks[i].end <= offset) return blocks[i];
  return undefined;
}
