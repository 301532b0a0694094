// Rule `table-sum`: a total that is not the sum of its components beyond rounding. Explicit totals
// are found by name (합계, 총계, 총비용, Total); inferred ones by arithmetic: adjacent rows that add
// up to a row in most periods make it their total, and the periods where they do not are reported.
import type { Fact } from '../facts/factTypes';
import type { TableGrid } from '../facts/tableGrid';
import { periodsInColumns } from '../facts/tableGrid';
import { add, consistentWith, fixed, point, type Interval } from './interval';
import { factName, type Finding, type Rule, type RuleContext } from './ruleTypes';
import { valueCells } from './factIndex';

const explicitTotal = /^(?:합계|총계|소계|계|총\S+|Total|Sum|Subtotal)\b|^total\s/i;

export const tableSum: Rule = {
  code: 'table-sum',
  run(context) {
    const findings: Finding[] = [];
    for (const grid of context.grids) {
      const cells = factsByCell(context.facts, grid.index);
      if (periodsInColumns(grid)) rowTotals(context, grid, cells, findings);
      columnTotals(context, grid, cells, findings);
    }
    return findings;
  },
};

type Cells = Map<string, Fact>;
const at = (cells: Cells, row: number, column: number) => cells.get(`${row}:${column}`);

/** Each cell's value (the last a cell states), from the index shared by the rules rather than a scan of every fact per table. */
function factsByCell(facts: Fact[], table: number): Cells {
  const cells: Cells = new Map();
  for (const [key, list] of valueCells(facts, table)) {
    for (const f of list) if (f.low !== null) cells.set(key, f);
  }
  return cells;
}

/** Rows that are values in the same unit as `total` (not growth rows, not percentages). */
function summable(grid: TableGrid, samples: Map<number, Fact>, row: number, unit: string | null): boolean {
  if (grid.rows[row].growth) return false;
  const sample = samples.get(row);
  return sample !== undefined && sample.unit === unit && unit !== '%';
}

/**
 * The most rows a total is looked for over. Reports sum a handful of segments (a few dozen at
 * most); without a bound a data table of thousands of rows would try every run above and below
 * every row, cubic in its height.
 */
const maxComponents = 40;

function rowTotals(context: RuleContext, grid: TableGrid, cells: Cells, findings: Finding[]): void {
  const rows = grid.dataRows;
  // Each row's first value, which stands for the row's unit.
  const samples = new Map<number, Fact>();
  for (const f of cells.values()) if (!samples.has(f.cell!.row)) samples.set(f.cell!.row, f);
  for (let position = 0; position < rows.length; position++) {
    const t = rows[position];
    const sample = samples.get(t);
    if (!sample || !summable(grid, samples, t, sample.unit)) continue;
    const explicit = explicitTotal.test(grid.rows[t].text.trim());
    // Components: a run of summable rows right above (explicit totals, subtotal layouts) or right below (segments under a total).
    const above: number[] = [];
    for (let k = position - 1; k >= 0 && above.length < maxComponents && summable(grid, samples, rows[k], sample.unit) && !explicitTotal.test(grid.rows[rows[k]].text.trim()); k--) above.unshift(rows[k]);
    const below: number[] = [];
    for (let k = position + 1; k < rows.length && below.length < maxComponents; k++) {
      if (grid.rows[rows[k]].growth) continue;
      if (!summable(grid, samples, rows[k], sample.unit)) break;
      below.push(rows[k]);
    }
    const runs = explicit ? [above] : [...suffixes(above), ...prefixes(below)];
    for (const components of runs) {
      if (components.length < 2) continue;
      const checks = grid.columns.map((_, j) => j).filter((j) => j > 0).map((j) => {
        const total = at(cells, t, j);
        const parts = components.map((r) => at(cells, r, j));
        if (!total || parts.some((p) => !p)) return undefined;
        return check(total, parts as Fact[]);
      }).filter((c): c is Check => c !== undefined);
      if (checks.length === 0) continue;
      const good = checks.filter((c) => c.ok).length;
      // An inferred total must hold in most periods (and at least two) to count as one.
      if (!explicit && !(checks.length >= 3 && good >= 2 && good >= checks.length - 1) && !(good === checks.length && checks.length >= 2)) continue;
      if (good === 0 && explicit && checks.length >= 2) continue;
      for (const c of checks) {
        if (c.ok) {
          context.verified(c.total, `the sum of ${c.parts.map((p) => factName(p)).join(' + ')}`);
          continue;
        }
        findings.push(sumFinding(c, explicit ? 'error' : 'warning', explicit ? '' : ' (it holds in the other periods)'));
      }
      break;
    }
  }
}

function columnTotals(context: RuleContext, grid: TableGrid, cells: Cells, findings: Finding[]): void {
  const totalColumn = grid.columns.findIndex((c, j) => j > 0 && explicitTotal.test(c.text.trim()));
  if (totalColumn < 0) return;
  for (const r of grid.dataRows) {
    const total = at(cells, r, totalColumn);
    const parts = grid.columns.map((_, j) => j).filter((j) => j > 0 && j < totalColumn).map((j) => at(cells, r, j));
    if (!total || parts.length < 2 || parts.some((p) => !p || p.unit !== total.unit)) continue;
    const c = check(total, parts as Fact[]);
    if (c.ok) context.verified(total, `the sum of ${(parts as Fact[]).map((p) => p.text).join(' + ')}`);
    else findings.push(sumFinding(c, 'error', ''));
  }
}

interface Check {
  total: Fact;
  parts: Fact[];
  sum: Interval;
  pointSum: number;
  ok: boolean;
}

function check(total: Fact, parts: Fact[]): Check {
  const sum = parts.reduce<Interval>((acc, p) => add(acc, { low: p.low!, high: p.high! }), point(0));
  const pointSum = parts.reduce((acc, p) => acc + p.value!, 0);
  const f = total.factor;
  const ok = consistentWith(total.value! / f, total.decimals, { low: sum.low / f, high: sum.high / f });
  return { total, parts, sum, pointSum, ok };
}

function sumFinding(c: Check, severity: 'error' | 'warning', note: string): Finding {
  const f = c.total.factor;
  const computed = fixed(c.pointSum / f, c.total.decimals);
  const tolerance = ((c.sum.high - c.sum.low) / 2 / f + 0.5 * Math.pow(10, -c.total.decimals));
  return {
    rule: 'table-sum',
    severity,
    at: c.total,
    fact: c.total,
    message: `${factName(c.total)} is ${c.total.text} but ${c.parts.map((p) => p.text).join(' + ')} = ${computed} (tolerance ±${round(tolerance)})${note}.`,
    related: c.parts.map((p) => ({ at: p, message: `component ${factName(p)}: ${p.text}` })),
    inputs: c.parts,
    fix: { newText: formatLike(c.total.text, c.pointSum / f, c.total.decimals), title: `Replace ${c.total.text} with the sum ${computed}` },
  };
}

function suffixes(rows: number[]): number[][] {
  return rows.map((_, i) => rows.slice(i)).filter((r) => r.length >= 2).sort((a, b) => a.length - b.length);
}

function prefixes(rows: number[]): number[][] {
  return rows.map((_, i) => rows.slice(0, i + 1)).filter((r) => r.length >= 2).reverse();
}

export function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/**
 * The new value written the way the old one was: same decimals, grouping, sign style (`(8.8)` or
 * `-8.8`), prefix and suffix (`$`, `%`, `조원`).
 */
export function formatLike(original: string, value: number, decimals: number): string {
  const core = /[\d,]*\d(?:\.\d+)?/.exec(original);
  if (!core) return fixed(value, decimals);
  let digits = fixed(Math.abs(value), decimals);
  if (core[0].includes(',')) digits = digits.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  const before = original.slice(0, core.index).replace(/[-−]$/, '');
  const after = original.slice(core.index + core[0].length);
  const parenthesised = before.endsWith('(') && after.startsWith(')');
  if (parenthesised) return value < 0 ? `${before}${digits}${after}` : `${before.slice(0, -1)}${digits}${after.slice(1)}`;
  return `${before}${value < 0 ? '-' : ''}${digits}${after}`;
}
