// Rule `claim`: what prose says about its own numbers — `N배`, `X% 증가` from a from→to pair, a
// discount against a multiple (`96~98% 저렴` vs `25~30배 저렴`), a change stated against a table's values.
import type { NumberInReport } from '../numbers/reportNumbers';
import { within } from '../text/spans';
import { forEachSentence } from './sentences';
import { div, intersects, mul, point, sub, type Interval } from './interval';
import { round } from './tableSum';
import { fromToPairs } from '../facts/fromToPairs';
import type { Finding, Rule, RuleContext } from './ruleTypes';
import type { Fact } from '../facts/factTypes';
import type { TextBlock } from '../model/reportModel';

const cheaper = /^[\s]*(?:더\s)?(?:저렴|싸|할인|cheaper|less expensive|discount|lower cost)/i;

export const claimRule: Rule = {
  code: 'claim',
  run(context) {
    const findings: Finding[] = [];
    const { model } = context;
    forEachSentence(context, (sentence, inBlock) => {
      multipleClaims(context, sentence, inBlock, findings);
      for (const pair of fromToPairs(model, sentence, inBlock)) {
        if (!pair.change || pair.from.low === null || pair.to.low === null) continue;
        const change = pair.change;
        const computed = stated(pair.from, pair.to, change);
        if (!computed || change.low === null) continue;
        const claimed: Interval = { low: Math.abs(change.low), high: Math.abs(change.high ?? change.low) };
        const magnitude = { low: Math.min(Math.abs(computed.low), Math.abs(computed.high)), high: Math.max(Math.abs(computed.low), Math.abs(computed.high)) };
        if (computed.low <= 0 && computed.high >= 0) magnitude.low = 0;
        if (intersects(claimed, magnitude)) continue;
        findings.push({
          rule: 'claim', severity: 'error', at: change,
          message: `${change.text} is claimed but ${pair.from.text} → ${pair.to.text} is ${describeChange(computed, change)} (${round(magnitude.low)} to ${round(magnitude.high)}).`,
          related: [{ at: pair.from, message: `from ${pair.from.text}` }, { at: pair.to, message: `to ${pair.to.text}` }],
          inputs: [],
        });
      }
    });
    let tableValues: TableValues | undefined;
    for (const block of model.blocks) {
      discountClaims(context, within(context.numbers, block.start, block.end), findings);
      if (mayCompare(model.text, block)) comparativeClaims(context, block, () => (tableValues ??= indexTableValues(context.facts)), findings);
    }
    return findings;
  },
};

/** The change a pair shows, in the claim's terms: % change, %p difference, or a multiple. */
function stated(from: NumberInReport, to: NumberInReport, change: NumberInReport): Interval | undefined {
  const a = { low: from.low!, high: from.high! };
  const b = { low: to.low!, high: to.high! };
  if (change.kind === 'multiple') return a.low > 0 ? div(b, a) : undefined;
  if (change.kind === 'percentagePoints' || (from.kind === 'percent' && change.kind === 'percent' && from.unit === '%')) {
    // `46.8% → 51.7%, 4.9%p` is a difference; a % of a % may also be relative: accept either.
    const difference = sub(b, a);
    const relative = a.low > 0 ? div(b, a) : undefined;
    if (change.kind === 'percentagePoints' || !relative) return difference;
    const rel = mul(sub(relative, point(1)), point(100));
    const claimedLow = Math.abs(change.low ?? 0);
    return Math.abs((difference.low + difference.high) / 2 - claimedLow) < Math.abs((rel.low + rel.high) / 2 - claimedLow) ? difference : rel;
  }
  const ratio = a.low > 0 ? div(b, a) : undefined;
  return ratio ? mul(sub(ratio, point(1)), point(100)) : undefined;
}

function describeChange(computed: Interval, change: NumberInReport): string {
  const mid = (computed.low + computed.high) / 2;
  if (change.kind === 'multiple') return `${round(mid)}배 (×${round(mid)})`;
  return `${mid >= 0 ? '+' : ''}${round(mid)}${change.kind === 'percentagePoints' ? '%p' : '%'}`;
}

/** `A는 B의 3배`: a multiple with exactly two values of one kind beside it in the sentence. */
function multipleClaims(context: RuleContext, sentence: { start: number; end: number }, numbers: NumberInReport[], findings: Finding[]): void {
  const inSentence = within(numbers, sentence.start, sentence.end);
  const multiples = inSentence.filter((n) => n.kind === 'multiple');
  if (multiples.length !== 1) return;
  const m = multiples[0];
  const values = inSentence.filter((n) => n !== m && n.kind !== 'period' && n.kind !== 'date' && n.kind !== 'multiple' && !n.isRange && n.low !== null && n.high !== null);
  if (values.length !== 2 || values[0].unit !== values[1].unit || values[0].kind !== values[1].kind) return;
  if (context.model.text.slice(values[0].end, values[1].start).match(/에서|→|->|to/)) return;
  const [a, b] = values[0].value! <= values[1].value! ? [values[0], values[1]] : [values[1], values[0]];
  if (a.low! <= 0) return;
  const ratio = div({ low: b.low!, high: b.high! }, { low: a.low!, high: a.high! });
  if (!ratio || m.low === null) return;
  const claimed = { low: m.low, high: m.high ?? Number.POSITIVE_INFINITY };
  if (intersects(claimed, ratio)) return;
  findings.push({
    rule: 'claim', severity: 'error', at: m,
    message: `${m.text} is claimed but ${b.text} ÷ ${a.text} = ${round(b.value! / a.value!)}× (${round(ratio.low)} to ${round(ratio.high)}).`,
    related: [{ at: a, message: `${a.text}` }, { at: b, message: `${b.text}` }],
    inputs: [],
  });
}

/** `96~98% 저렴` and `25~30배 저렴` in one paragraph: a discount d is a multiple 1 / (1 − d). */
function discountClaims(context: RuleContext, numbers: NumberInReport[], findings: Finding[]): void {
  const after = (n: NumberInReport) => context.model.text.slice(n.end, n.end + 12);
  const discounts = numbers.filter((n) => n.kind === 'percent' && cheaper.test(after(n).replace(/^[의가은는이"'”’\s]+/, '')) || (n.kind === 'percent' && /파격|세일|discount|cheaper/.test(after(n) + context.model.text.slice(n.end, n.end + 20))));
  const multiples = numbers.filter((n) => n.kind === 'multiple' && cheaper.test(after(n)));
  for (const d of discounts) {
    for (const m of multiples) {
      if (d.low === null || d.high === null || m.low === null || d.high >= 100) continue;
      const implied = { low: 1 / (1 - d.low / 100), high: 1 / (1 - d.high / 100) };
      const claimed = { low: m.low, high: m.high ?? Number.POSITIVE_INFINITY };
      if (intersects(implied, claimed)) continue;
      findings.push({
        rule: 'claim', severity: 'error', at: m,
        message: `${m.text} cheaper does not match ${d.text} cheaper: a ${d.text} discount is ${round(implied.low)}–${round(implied.high)}× cheaper.`,
        related: [{ at: d, message: `discount ${d.text}` }], inputs: [],
      });
    }
  }
}

const ahead = /능가|앞서|앞선|앞질|뛰어넘|우위|outperform[a-z]*|surpass[a-z]*|beats?\b|exceed[a-z]*|ahead of|better than|higher than/i;
const behind = /뒤처|뒤쳐|못 미치|못미치|열세|trail[a-z]*|lag[a-z]*|behind|worse than|lower than/i;

/**
 * Whether a prose block's source has a comparative word at all (most have none), kept by the
 * block's offset map: a block keeps its map wherever an edit moves it, and only the block that
 * changed is searched again. A sentence's word is a word of its block (sentences end between words).
 */
const comparesByBlock = new WeakMap<readonly number[], boolean>();
function mayCompare(source: string, block: TextBlock): boolean {
  const search = () => {
    const text = source.slice(block.start, block.end);
    return ahead.test(text) || behind.test(text);
  };
  if (block.content.text.length === 0) return search();
  let found = comparesByBlock.get(block.content.map);
  if (found === undefined) comparesByBlock.set(block.content.map, (found = search()));
  return found;
}

/**
 * `R1은 … o1 모델을 능가`, `R1 outperforms o1 on AIME`: two entities, a comparative word and the
 * metrics the sentence names, against the values one table gives both. Silent unless the values'
 * intervals say the opposite.
 */
function comparativeClaims(context: RuleContext, block: { sentences: Array<{ start: number; end: number }> }, tableValues: () => TableValues, findings: Finding[]): void {
  const { model, mentions, index } = context;
  for (const sentence of block.sentences) {
    const text = model.text.slice(sentence.start, sentence.end);
    const word = ahead.exec(text) ?? behind.exec(text);
    if (!word) continue;
    const wordStart = sentence.start + word.index;
    const inSentence = within(mentions, sentence.start, sentence.end);
    // `A은 B를 능가` names both before the verb; `A outperforms B` names B after it.
    const named = inSentence.filter((m) => m.kind === 'model' || m.kind === 'company');
    const before = [...new Set(named.filter((m) => m.end <= wordStart).map((m) => m.id))];
    const after = [...new Set(named.filter((m) => m.start >= wordStart).map((m) => m.id))].filter((id) => !before.includes(id));
    const ids = before.length >= 2 ? before.slice(0, 2) : before.length === 1 && after.length >= 1 ? [before[0], after[0]] : [];
    if (ids.length !== 2 || before.length > 2) continue;
    const [a, b] = ids;
    const metrics = [...new Set(inSentence.filter((m) => m.kind === 'metric').map((m) => m.id))];
    const claimsAhead = ahead.test(word[0]);
    for (const metric of metrics) {
      const { byEntity, byCell } = tableValues();
      for (const fa of byEntity.get(`${metric}|${a}`) ?? []) {
        const fb = byCell.get(`${metric}|${b}|${fa.cell?.table}|${fa.qualifier}`);
        if (!fb) continue;
        const [hi, lo] = claimsAhead ? [fa, fb] : [fb, fa];
        if (hi.high! >= lo.low!) {
          context.verified(hi, `${word[0]}: ${hi.text} against ${lo.text}`);
          continue;
        }
        const at = { start: wordStart, end: wordStart + word[0].length, range: model.lines.range(wordStart, wordStart + word[0].length) };
        const name = (id: string) => index.displayName(index.models.has(id) ? 'model' : 'company', id);
        findings.push({
          rule: 'claim', severity: 'error', at,
          message: `“${word[0]}” says ${name(a)} is ${claimsAhead ? 'ahead of' : 'behind'} ${name(b)}, but ${index.displayName('metric', metric)} gives ${fa.text} against ${fb.text} (line ${fa.range.start.line + 1}).`,
          related: [{ at: fa, message: `${name(a)}: ${fa.text}` }, { at: fb, message: `${name(b)}: ${fb.text}` }],
          inputs: [],
        });
        break;
      }
    }
  }
}

/** Table values by metric and entity (and by table and qualifier), built once per check: a report of many comparative sentences must not scan every fact for each. */
interface TableValues {
  byEntity: Map<string, Fact[]>;
  byCell: Map<string, Fact>;
}

function indexTableValues(facts: Fact[]): TableValues {
  const byEntity = new Map<string, Fact[]>();
  const byCell = new Map<string, Fact>();
  for (const f of facts) {
    if (f.kind !== 'value' || f.source !== 'table' || f.low === null || f.high === null) continue;
    const key = `${f.metric}|${f.entity}`;
    const list = byEntity.get(key);
    if (list) list.push(f);
    else byEntity.set(key, [f]);
    // The first in the fact order, as a scan would find it.
    const cell = `${key}|${f.cell?.table}|${f.qualifier}`;
    if (!byCell.has(cell)) byCell.set(cell, f);
  }
  return { byEntity, byCell };
}
