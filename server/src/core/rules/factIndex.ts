// Lookups the rules make for every cell, grid and prose change, answered from indexes built once
// per fact list: scanning every fact for each would make a long report quadratic (a report of a
// hundred tables has a hundred times the facts and a hundred times the lookups).
import type { Fact } from '../facts/factTypes';

interface FactIndex {
  /** Value facts of each table, by `row:column`, in report order (a cell may state more than one). */
  cells: Map<number, Map<string, Fact[]>>;
  /** Value facts read from tables, by metric, in report order. */
  tableValues: Map<string, Fact[]>;
}

// Keyed by the fact list itself: one analysis's rules share it, and it goes with the analysis.
const indexes = new WeakMap<readonly Fact[], FactIndex>();

function indexOf(facts: readonly Fact[]): FactIndex {
  let index = indexes.get(facts);
  if (index) return index;
  index = { cells: new Map(), tableValues: new Map() };
  for (const f of facts) {
    if (f.kind !== 'value') continue;
    if (f.cell) {
      let table = index.cells.get(f.cell.table);
      if (!table) index.cells.set(f.cell.table, (table = new Map()));
      const key = `${f.cell.row}:${f.cell.column}`;
      const list = table.get(key);
      if (list) list.push(f);
      else table.set(key, [f]);
    }
    if (f.source === 'table' && f.metric !== undefined && f.low !== null) {
      const list = index.tableValues.get(f.metric);
      if (list) list.push(f);
      else index.tableValues.set(f.metric, [f]);
    }
  }
  indexes.set(facts, index);
  return index;
}

/** The value facts of one table, by `row:column`. */
export function valueCells(facts: readonly Fact[], table: number): ReadonlyMap<string, readonly Fact[]> {
  return indexOf(facts).cells.get(table) ?? new Map();
}

/** The value facts tables give for a metric, in report order. */
export function tableValuesOf(facts: readonly Fact[], metric: string): readonly Fact[] {
  return indexOf(facts).tableValues.get(metric) ?? [];
}
