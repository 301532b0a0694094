// Facts read from a block that an edit moved (typing above it): the same facts on the number
// readings that now stand where theirs stood. Used by the caches of table and prose facts, which
// hand out copies, never the kept objects: facts are numbered in place as they are added.
import type { NumberInReport } from '../numbers/reportNumbers';
import type { EntityMention } from '../entities/recogniseEntities';
import type { Fact } from './factTypes';

/** `facts` (read on `was`) each on the reading of `now` at its reading's place; undefined if one is not among them. */
export function moveFacts(facts: readonly Fact[], was: readonly NumberInReport[], now: readonly NumberInReport[]): Fact[] | undefined {
  const position = new Map<NumberInReport, number>();
  was.forEach((n, i) => position.set(n, i));
  const moved: Fact[] = [];
  for (const f of facts) {
    const i = position.get(f.reading);
    if (i === undefined) return undefined;
    moved.push(movedFact(f, now[i]));
  }
  return moved;
}

/**
 * The fact on another reading of the same text, field by field: spreading facts of many shapes was
 * most of a re-check's moving. `satisfies` keeps the list whole when a field is added to Fact.
 */
function movedFact(f: Fact, reading: NumberInReport): Fact {
  return {
    entity: f.entity, metric: f.metric, metricLabel: f.metricLabel, qualifier: f.qualifier, period: f.period, kind: f.kind, event: f.event, date: f.date,
    value: f.value, low: f.low, high: f.high, unit: f.unit, decimals: f.decimals, factor: f.factor, text: f.text,
    start: reading.start, end: reading.end, range: reading.range, source: f.source, cell: f.cell, direction: f.direction, basis: f.basis,
    calendar: f.calendar, reading, index: f.index,
  } satisfies Record<keyof Fact, unknown>;
}

/** The same reading `by` characters further (its value comes from the same text read in the same context). */
export function sameNumber(a: NumberInReport, b: NumberInReport, by: number): boolean {
  return a.start + by === b.start && a.end + by === b.end && a.text === b.text && a.context === b.context;
}

/** The same mention `by` characters further: kind, id, text and place (what facts read of a mention). */
export function sameMention(a: EntityMention, b: EntityMention, by: number): boolean {
  return a === b || (a.kind === b.kind && a.id === b.id && a.text === b.text && a.start + by === b.start && a.end + by === b.end);
}

/** Two lists of the same length, each item the other's `by` characters further. */
export function allMoved<T>(was: readonly T[], now: readonly T[], by: number, same: (a: T, b: T, by: number) => boolean): boolean {
  if (was.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) if (!same(was[i], now[i], by)) return false;
  return true;
}
