// The facts and grid of a table, kept from the last re-check that read it: a one-character edit
// leaves every other table as it was, and reading a table's grid and facts again was most of the
// fact extraction. A table is taken from here only when everything its grid and facts are made
// from is provably unchanged, so the result is the one a fresh reading would give:
// - its rows: the rows of the same block reading (model/chunkItems.ts keeps a block's items by its
//   text; `originalRow` names the reading a placed table comes from), so the same cell texts;
// - the numbers in it: the same readings, at the same places in the table;
// - the entity mentions in it: the same kinds, ids and texts at the same places (its grid labels);
// - its index among the tables, the table's own unit note, and where its facts start in the list;
// - the entity the caller gives its facts (tableSubject in extractFacts.ts), checked by the caller.
// A table that stayed where it was gets its facts back as they are, object for object. A table an
// edit moved (typing above it) gets copies that differ only in where they stand: each fact takes the
// number reading now placed where its old one was, with that reading's offsets and range.
import type { EntityMention } from '../entities/recogniseEntities';
import type { NumberInReport } from '../features/numberReadings';
import { originalRow } from '../model/chunkItems';
import type { Row, Table } from '../model/reportModel';
import type { Fact } from './factTypes';
import type { ProseCell } from './tableFacts';
import type { TableGrid } from './tableGrid';

export interface ReadTable {
  grid: TableGrid;
  /** The table's facts as added, the entity of its subject included. */
  facts: Fact[];
  proseCells: ProseCell[];
  /** Some fact names its own entity, so the table takes no subject. */
  namesEntities: boolean;
  subject: string | undefined;
}

interface Entry extends ReadTable {
  /** Where the header row stood when these facts were made. */
  headerStart: number;
  rows: Row[];
  index: number;
  /** The index of its first fact in the report's list. */
  firstFact: number;
  unit: string;
  numbers: readonly NumberInReport[];
  mentions: readonly EntityMention[];
}

// By the header row as its block was read: it goes with the block's cached items, so an entry lives
// no longer than they do.
const entries = new WeakMap<Row, Entry>();

/** The table as read last time, moved to where it stands now, if nothing it was read from has changed; the caller checks the subject. */
export function readTableAgain(
  table: Table, index: number, firstFact: number, numbers: readonly NumberInReport[], mentions: readonly EntityMention[],
): ReadTable | undefined {
  const entry = entries.get(originalRow(table.header));
  if (!entry || entry.index !== index || entry.firstFact !== firstFact || entry.unit !== unitKey(table)) return undefined;
  if (entry.numbers.length !== numbers.length || entry.mentions.length !== mentions.length) return undefined;
  const by = table.header.start - entry.headerStart;
  if (by === 0) {
    if (entry.rows !== table.rows) return undefined;
    for (let i = 0; i < numbers.length; i++) if (entry.numbers[i] !== numbers[i]) return undefined;
    for (let i = 0; i < mentions.length; i++) if (!sameMention(entry.mentions[i], mentions[i], 0)) return undefined;
    return entry;
  }
  if (entry.rows.length !== table.rows.length) return undefined;
  for (let k = 0; k < table.rows.length; k++) if (table.rows[k].start !== entry.rows[k].start + by) return undefined;
  for (let i = 0; i < numbers.length; i++) if (!sameNumber(entry.numbers[i], numbers[i], by)) return undefined;
  for (let i = 0; i < mentions.length; i++) if (!sameMention(entry.mentions[i], mentions[i], by)) return undefined;
  const moved = moveFacts(entry, numbers);
  if (!moved) return undefined;
  const read: ReadTable = {
    grid: entry.grid, facts: moved, namesEntities: entry.namesEntities, subject: entry.subject,
    proseCells: entry.proseCells.map((c) => ({ ...c, start: c.start + by, end: c.end + by })),
  };
  rememberTable(table, index, firstFact, numbers, mentions, read);
  return read;
}

export function rememberTable(
  table: Table, index: number, firstFact: number, numbers: readonly NumberInReport[], mentions: readonly EntityMention[], read: ReadTable,
): void {
  entries.set(originalRow(table.header), { ...read, headerStart: table.header.start, rows: table.rows, index, firstFact, unit: unitKey(table), numbers, mentions });
}

/** The entry's facts, each on the reading that now stands where its reading stood; undefined if one is not among them. */
function moveFacts(entry: Entry, numbers: readonly NumberInReport[]): Fact[] | undefined {
  const position = new Map<NumberInReport, number>();
  entry.numbers.forEach((n, i) => position.set(n, i));
  const moved: Fact[] = [];
  for (const f of entry.facts) {
    const i = position.get(f.reading);
    if (i === undefined) return undefined;
    const reading = numbers[i];
    moved.push(movedFact(f, reading));
  }
  return moved;
}

/**
 * The fact on another reading of the same text, field by field: spreading facts of many shapes was
 * most of a re-check's moving. `satisfies` keeps the list whole when a field is added to Fact.
 */
function movedFact(f: Fact, reading: NumberInReport): Fact {
  // In the order tableFacts.ts writes them (the index last, as it is numbered), so both read alike.
  return {
    entity: f.entity, metric: f.metric, metricLabel: f.metricLabel, qualifier: f.qualifier, period: f.period, kind: f.kind, event: f.event, date: f.date,
    value: f.value, low: f.low, high: f.high, unit: f.unit, decimals: f.decimals, factor: f.factor, text: f.text,
    start: reading.start, end: reading.end, range: reading.range, source: f.source, cell: f.cell, direction: f.direction, basis: f.basis,
    calendar: f.calendar, reading, index: f.index,
  } satisfies Record<keyof Fact, unknown>;
}

function unitKey(table: Table): string {
  const u = table.unit;
  return u ? `${u.scale}|${u.currency ?? ''}|${u.unit ?? ''}` : '';
}

/** The same reading `by` characters further (its value comes from the same text read in the same context). */
function sameNumber(a: NumberInReport, b: NumberInReport, by: number): boolean {
  return a.start + by === b.start && a.end + by === b.end && a.text === b.text && a.context === b.context;
}

/** What a grid label reads of a mention (model/company/metric, id, its text for the qualifier, where it stands). */
function sameMention(a: EntityMention, b: EntityMention, by: number): boolean {
  return a === b || (a.kind === b.kind && a.id === b.id && a.text === b.text && a.start + by === b.start && a.end + by === b.end);
}
