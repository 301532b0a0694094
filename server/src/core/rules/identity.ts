// Rules `identity` and `ratio`: the knowledge base's metric formulas (gross profit = revenue − cost
// of revenue; gross margin = gross profit / revenue × 100; YoY from the prior period) recomputed
// on intervals from the table's own rows, period by period.
import type { Fact } from '../facts/factTypes';
import { periodsInColumns, type TableGrid } from '../facts/tableGrid';
import { tableValuesOf, valueCells } from './factIndex';
import { evaluate, describe } from './formula';
import { formulasOf } from './knowledgeFormulas';
import { consistentWith, fixed, div, sub, mul, point, type Interval } from './interval';
import { factName, type Finding, type Rule, type RuleContext } from './ruleTypes';
import { formatLike, round } from './tableSum';
import { priorPeriod } from './periods';

export const identityRule: Rule = { code: 'identity', run: (context) => formulaFindings(context, false) };
export const ratioRule: Rule = {
  code: 'ratio',
  run: (context) => [...formulaFindings(context, true), ...growthFindings(context), ...changesAgainstTables(context)],
};

/**
 * `매출은 전년 대비 15% 증가`, `Revenue rose 13.3% QoQ in 2Q25`: a change stated in prose against the
 * table's own values for that metric (and entity) in the period and the one before it.
 */
function changesAgainstTables(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const c of context.facts.filter((f) => f.kind === 'change' && f.source === 'prose' && f.metric && f.period && f.low !== null)) {
    const pair = tablePair(context, c);
    if (!pair) continue;
    const { before, now } = pair;
    const ratio = div({ low: now.low!, high: now.high! }, { low: before.low!, high: before.high! });
    if (!ratio) continue;
    const computed = mul(sub(ratio, point(1)), point(100));
    const actual = computed.high < 0 ? 'down' : computed.low > 0 ? 'up' : undefined;
    // A change in the wrong direction is the direction rule's finding, even when the size is right.
    if (c.direction && actual && c.direction !== actual) continue;
    const magnitude = { low: Math.min(Math.abs(computed.low), Math.abs(computed.high)), high: Math.max(Math.abs(computed.low), Math.abs(computed.high)) };
    if (consistentWith(c.value!, c.decimals, magnitude)) {
      context.verified(c, `${before.text} → ${now.text} in the table`);
      continue;
    }
    const point_ = Math.abs((now.value! / before.value! - 1) * 100);
    findings.push({
      rule: 'ratio', severity: 'error', at: c, fact: c,
      message: `${c.metricLabel} ${c.basis === 'qoq' ? 'QoQ' : 'YoY'} ${c.period} is ${c.text} but ${now.text} ÷ ${before.text} − 1 = ${fixed(point_, c.decimals)}% (${before.period} → ${now.period}; tolerance ±${round((magnitude.high - magnitude.low) / 2 + 0.5 * Math.pow(10, -c.decimals))}).`,
      related: [{ at: before, message: `${before.metricLabel} ${before.period}: ${before.text}` }, { at: now, message: `${now.metricLabel} ${now.period}: ${now.text}` }],
      inputs: [before, now],
      fix: { newText: formatLike(c.text, point_, c.decimals), title: `Replace ${c.text} with ${fixed(point_, c.decimals)}%` },
    });
  }
  return findings;
}

/** The table values a prose change compares: the period it names and the one before it (YoY or QoQ). */
export function tablePair(context: RuleContext, c: Fact): { before: Fact; now: Fact } | undefined {
  const values = tableValuesOf(context.facts, c.metric ?? '').filter((f) => f.entity === c.entity || !c.entity || !f.entity);
  const now = values.find((f) => f.period === c.period);
  const prior = priorPeriod(c.period!, c.basis ?? 'yoy');
  const before = prior ? values.find((f) => f.period !== undefined && prior.test(f.period)) : undefined;
  if (!now || !before || before.low! <= 0) return undefined;
  return { before, now };
}

interface Outcome {
  target: Fact;
  inputs: Fact[];
  computed: Interval;
  pointValue: number;
  ok: boolean;
  how: string;
}

function formulaFindings(context: RuleContext, ratios: boolean): Finding[] {
  const identities = formulasOf(context.index, ratios);
  const findings: Finding[] = [];
  for (const grid of context.grids) {
    if (!periodsInColumns(grid)) continue;
    const rowOf = new Map<string, number>();
    for (const i of grid.dataRows) {
      const m = grid.rows[i].metric;
      if (m && !grid.rows[i].growth && !rowOf.has(m)) rowOf.set(m, i);
    }
    for (const identity of identities) {
      const targetRow = rowOf.get(identity.target);
      if (targetRow === undefined || identity.inputs.some((m) => !rowOf.has(m))) continue;
      const outcomes: Outcome[] = [];
      for (let j = 1; j < grid.columns.length; j++) {
        const target = cellFact(context, grid, targetRow, j);
        const inputs = identity.inputs.map((m) => cellFact(context, grid, rowOf.get(m)!, j));
        if (!target || inputs.some((x) => !x)) continue;
        const byMetric = new Map(identity.inputs.map((m, k) => [m, inputs[k]!]));
        const computed = evaluate(identity.expression, (m) => ({ low: byMetric.get(m)!.low!, high: byMetric.get(m)!.high! }));
        const pointValue = evaluate(identity.expression, (m) => point(byMetric.get(m)!.value!));
        if (!computed || !pointValue) continue;
        const f = target.factor;
        const ok = consistentWith(target.value! / f, target.decimals, { low: computed.low / f, high: computed.high / f });
        const how = `${describe(identity.expression, (m) => grid.rows[rowOf.get(m)!].text.replace(/\s*\([^)]*\)\s*$/, ''))} = ${describe(identity.expression, (m) => byMetric.get(m)!.text)}`;
        outcomes.push({ target, inputs: inputs as Fact[], computed, pointValue: pointValue.low, ok, how });
      }
      report(context, findings, outcomes, ratios ? 'ratio' : 'identity');
    }
  }
  return findings;
}

/** `(YoY, %)` rows: growth of the row above from the prior period's column. */
function growthFindings(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const grid of context.grids) {
    if (!periodsInColumns(grid)) continue;
    for (const i of grid.dataRows) {
      const growth = grid.rows[i].growth;
      if (!growth) continue;
      const baseRow = [...grid.dataRows].reverse().find((r) => r < i && !grid.rows[r].growth);
      if (baseRow === undefined) continue;
      const outcomes: Outcome[] = [];
      for (let j = 1; j < grid.columns.length; j++) {
        const target = cellFact(context, grid, i, j);
        const period = grid.columns[j].period;
        const prior = period ? priorPeriod(period, growth) : undefined;
        if (!target || !prior) continue;
        const k = grid.columns.findIndex((c, n) => n > 0 && c.period !== undefined && prior.test(c.period));
        const now = cellFact(context, grid, baseRow, j);
        const before = k > 0 ? cellFact(context, grid, baseRow, k) : undefined;
        // A prior at or below zero is a turnaround (흑자전환), never a percentage.
        if (!now || !before || before.low! <= 0) continue;
        const ratio = div({ low: now.low!, high: now.high! }, { low: before.low!, high: before.high! });
        if (!ratio) continue;
        const computed = mul(sub(ratio, point(1)), point(100));
        const pointValue = (now.value! / before.value! - 1) * 100;
        const ok = consistentWith(target.value!, target.decimals, computed);
        outcomes.push({ target, inputs: [now, before], computed, pointValue, ok, how: `(${now.text} ÷ ${before.text} − 1) × 100 (${grid.columns[j].text} over ${grid.columns[k].text})` });
      }
      report(context, findings, outcomes, 'ratio');
    }
  }
  return findings;
}

/**
 * An identity that fails in every one of several periods says the report defines a row differently
 * (a loss written as a positive number), not that every period is wrong: only mixed outcomes, or a
 * single period, are reported.
 */
function report(context: RuleContext, findings: Finding[], outcomes: Outcome[], rule: 'identity' | 'ratio'): void {
  if (outcomes.length >= 2 && outcomes.every((o) => !o.ok)) return;
  for (const o of outcomes) {
    if (o.ok) {
      context.verified(o.target, o.how);
      continue;
    }
    const f = o.target.factor;
    const computed = fixed(o.pointValue / f, o.target.decimals);
    const tolerance = (o.computed.high - o.computed.low) / 2 / f + 0.5 * Math.pow(10, -o.target.decimals);
    findings.push({
      rule,
      severity: 'error',
      at: o.target,
      fact: o.target,
      message: `${factName(o.target)} is ${o.target.text} but ${o.how} = ${computed} (tolerance ±${round(tolerance)}).`,
      related: o.inputs.map((x) => ({ at: x, message: `input ${factName(x)}: ${x.text}` })),
      inputs: o.inputs,
      fix: { newText: formatLike(o.target.text, o.pointValue / f, o.target.decimals), title: `Replace ${o.target.text} with the computed ${computed}` },
    });
  }
}

function cellFact(context: RuleContext, grid: TableGrid, row: number, column: number): Fact | undefined {
  return valueCells(context.facts, grid.index).get(`${row}:${column}`)?.find((f) => f.value !== null);
}
