// Rule `direction`: a word that says up while the numbers go down, or the reverse — an error even
// when the magnitude is within tolerance (statcheck's decision error).
import { fromToPairs } from '../facts/fromToPairs';
import { within } from '../text/spans';
import { tablePair } from './identity';
import { sectionSubjects } from '../facts/sectionSubject';
import { forEachSentence } from './sentences';
import type { Fact } from '../facts/factTypes';
import type { Finding, Rule, RuleContext } from './ruleTypes';

const upWord = /증가|상승|개선|확대|성장|늘었|늘어|급증|급등|rose|grew|increased|improved|expanded|jumped/;
const downWord = /감소|하락|축소|줄었|줄어|악화|급감|급락|fell|declined|decreased|dropped|shrank|contracted/;

/**
 * `2Q25 영업이익은 … 전분기 대비 증가했다`: a metric and a direction word with no number between
 * them, read as a change of that metric in the sentence's period (QoQ when it says so, else YoY).
 */
function wordedChanges(context: RuleContext): Fact[] {
  const out: Fact[] = [];
  const { model, mentions, numbers } = context;
  const sectionSubject = sectionSubjects(model, mentions);
  for (const block of model.blocks) {
    for (const sentence of block.sentences) {
      const text = model.text.slice(sentence.start, sentence.end);
      const inSentence = within(mentions, sentence.start, sentence.end);
      const metric = inSentence.find((m) => m.kind === 'metric' && m.id !== 'yoy' && m.id !== 'qoq');
      if (!metric) continue;
      const rest = model.text.slice(metric.end, sentence.end);
      const word = upWord.exec(rest) ?? downWord.exec(rest);
      if (!word) continue;
      const wordStart = metric.end + word.index;
      if (within(numbers, metric.end, wordStart).some((n) => n.kind !== 'period' && n.kind !== 'date')) continue;
      const period = within(numbers, sentence.start, sentence.end).find((n) => n.kind === 'period')?.period;
      if (!period) continue;
      const entity = inSentence.find((m) => m.kind !== 'metric')?.id ?? sectionSubject(sentence.start);
      const at = { start: wordStart, end: wordStart + word[0].length, range: model.lines.range(wordStart, wordStart + word[0].length) };
      const reading = numbers[0];
      out.push({
        index: -1, ...(entity ? { entity } : {}), metric: metric.id, metricLabel: metric.text, period, kind: 'change', direction: upWord.test(word[0]) ? 'up' : 'down',
        basis: /전분기|QoQ|q\/q|sequential/i.test(text) ? 'qoq' : 'yoy', value: null, low: null, high: null, unit: null, decimals: 0, factor: 1,
        text: word[0], ...at, source: 'prose', reading,
      });
    }
  }
  return out;
}

const words = { up: '증가/상승 (up)', down: '감소/하락 (down)' };

export const directionRule: Rule = {
  code: 'direction',
  run(context) {
    const findings: Finding[] = [];
    const { model } = context;
    forEachSentence(context, (sentence, inBlock) => {
      for (const pair of fromToPairs(model, sentence, inBlock)) {
        if (!pair.direction || pair.from.value === null || pair.to.value === null || pair.from.value === pair.to.value) continue;
        const actual = pair.to.value > pair.from.value ? 'up' : 'down';
        if (actual === pair.direction) continue;
        // Only when the intervals cannot tie either: 13.1 → 13.1 says nothing.
        if (pair.from.high !== null && pair.to.low !== null && pair.from.low !== null && pair.to.high !== null &&
          pair.from.low <= pair.to.high && pair.to.low <= pair.from.high) continue;
        const at = pair.change ?? pair.to;
        findings.push({
          rule: 'direction', severity: 'error', at,
          message: `The text says ${words[pair.direction]} but ${pair.from.text} → ${pair.to.text} goes ${actual}.`,
          related: [{ at: pair.from, message: `from ${pair.from.text}` }, { at: pair.to, message: `to ${pair.to.text}` }],
          inputs: [],
        });
      }
    });
    // A change stated in prose (with or without its size) against the table's values for that metric.
    for (const c of [...context.facts.filter((f) => f.kind === 'change' && f.direction && f.metric && f.period), ...wordedChanges(context)]) {
      const pair = tablePair(context, c);
      if (!pair) continue;
      const { before, now } = pair;
      const actual = now.high! < before.low! ? 'down' : now.low! > before.high! ? 'up' : undefined;
      if (!actual || actual === c.direction) continue;
      findings.push({
        rule: 'direction', severity: 'error', at: c, fact: c,
        message: `The text says ${c.text} (${words[c.direction!]}) but the table gives ${c.metricLabel} ${before.text} (${before.period}) → ${now.text} (${now.period}), which goes ${actual}.`,
        related: [{ at: before, message: `${before.metricLabel} ${before.period}` }, { at: now, message: `${now.metricLabel} ${now.period}` }],
        inputs: [before, now],
      });
    }
    return findings;
  },
};
