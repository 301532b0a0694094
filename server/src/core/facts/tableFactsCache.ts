// The facts and grid of a table, kept from the last re-check that read it: a one-character edit
// leaves every other table as it was, and reading a table's grid and facts again was most of the
// fact extraction. A table is taken from here only when everything its grid and facts are made
// from is provably unchanged, so the result is the one a fresh reading would give, object for
// object:
// - its rows: the same header and row objects, which the model keeps only for a block unchanged at
//   the same offset (model/chunkItems.ts), so the same cell texts at the same offsets;
// - the numbers in it: the same objects (numbers are kept only while a block stays on its lines);
// - the entity mentions in it: the same kinds, ids, texts and offsets (its grid labels);
// - its index among the tables, the table's own unit note, and where its facts start in the list;
// - the entity the caller gives its facts (tableSubject in extractFacts.ts), checked by the caller.
// The facts are handed out again as they are, never changed: index and entity are those they had.
import type { EntityMention } from '../entities/recogniseEntities';
import type { NumberInReport } from '../features/numberReadings';
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
  rows: Row[];
  index: number;
  /** The index of its first fact in the report's list. */
  firstFact: number;
  unit: string;
  numbers: readonly NumberInReport[];
  mentions: readonly EntityMention[];
}

// By the header row: it goes with the block's placed items, so an entry lives no longer than they do.
const entries = new WeakMap<Row, Entry>();

/** The table as read last time, if nothing it was read from has changed; the caller checks the subject. */
export function readTableAgain(
  table: Table, index: number, firstFact: number, numbers: readonly NumberInReport[], mentions: readonly EntityMention[],
): ReadTable | undefined {
  const entry = entries.get(table.header);
  if (!entry || entry.rows !== table.rows || entry.index !== index || entry.firstFact !== firstFact || entry.unit !== unitKey(table)) return undefined;
  if (entry.numbers.length !== numbers.length || entry.mentions.length !== mentions.length) return undefined;
  for (let i = 0; i < numbers.length; i++) if (entry.numbers[i] !== numbers[i]) return undefined;
  for (let i = 0; i < mentions.length; i++) if (!sameMention(entry.mentions[i], mentions[i])) return undefined;
  return entry;
}

export function rememberTable(
  table: Table, index: number, firstFact: number, numbers: readonly NumberInReport[], mentions: readonly EntityMention[], read: ReadTable,
): void {
  entries.set(table.header, { ...read, rows: table.rows, index, firstFact, unit: unitKey(table), numbers, mentions });
}

function unitKey(table: Table): string {
  const u = table.unit;
  return u ? `${u.scale}|${u.currency ?? ''}|${u.unit ?? ''}` : '';
}

/** What a grid label reads of a mention (model/company/metric, id, its text for the qualifier, where it stands). */
function sameMention(a: EntityMention, b: EntityMention): boolean {
  return a === b || (a.kind === b.kind && a.id === b.id && a.text === b.text && a.start === b.start && a.end === b.end);
}
