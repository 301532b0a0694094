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
import type { NumberInReport } from '../numbers/reportNumbers';
import { originalRow } from '../model/chunkItems';
import type { Row, Table } from '../model/reportModel';
import type { Fact } from './factTypes';
import type { ProseCell } from './tableFacts';
import type { TableGrid } from './tableGrid';
import { allMoved, moveFacts, sameMention, sameNumber } from './movedFacts';

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
    return allMoved(entry.mentions, mentions, 0, sameMention) ? entry : undefined;
  }
  if (!allMoved(entry.rows, table.rows, by, (a, b) => a.start + by === b.start)) return undefined;
  if (!allMoved(entry.numbers, numbers, by, sameNumber) || !allMoved(entry.mentions, mentions, by, sameMention)) return undefined;
  const moved = moveFacts(entry.facts, entry.numbers, numbers);
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

function unitKey(table: Table): string {
  const u = table.unit;
  return u ? `${u.scale}|${u.currency ?? ''}|${u.unit ?? ''}` : '';
}
