// Reads the comparisons a sentence makes: a from→to pair (`100에서 130으로`, `46.8% → 51.7%`,
// `from 3.7 to 13.1`), the change it states (`15% 증가`, `2배`), and the direction its words give.
import type { NumberInReport } from '../numbers/reportNumbers';
import { within } from '../text/spans';
import type { ReportModel } from '../model/reportModel';

export type Direction = 'up' | 'down';

/** How far from a number its direction words are looked for (`15% 증가`, `rising 141%`); what reads around a kept sentence or paragraph checks this far. */
export const lookAround = 16;

const up = /^(?:증가|상승|개선|확대|성장|늘어|늘었|늘|높아|높은|많|올라|올랐|급등|급증|상향|향상|higher|more|up|increase|increased|grew|grown|rose|risen|gain|gained|improve|improved|jump|jumped)/i;
const down = /^(?:감소|하락|축소|줄어|줄었|줄|적은|적게|낮아|낮은|떨어|급락|하향|절감|악화|lower|less|fewer|down|decrease|decreased|declined|fell|fallen|drop|dropped|cut|reduction|shrank|slid)/i;

/** The direction word right after `offset` (particles and spaces skipped), if any. */
export function directionAfter(model: ReportModel, offset: number): Direction | undefined {
  const after = model.text.slice(offset, offset + lookAround).replace(/^[\s)으로로의가을를이는은,]+/, '');
  return up.test(after) ? 'up' : down.test(after) ? 'down' : undefined;
}

export interface FromTo {
  from: NumberInReport;
  to: NumberInReport;
  /** The stated change, when the sentence gives one (`15% 증가`, `2배`). */
  change?: NumberInReport;
  /** The direction the words state, from the change or the pair. */
  direction?: Direction;
}

const between = /^\s*(?:에서|→|->|⇒|➝|to|부터|from)\s*$|^\s*(?:에서|부터)\s.{0,8}?$/;

/**
 * The pairs last read of a sentence (asked by the facts, the direction rule and the claim rule, at
 * every re-check), by the sentence object: a block an edit did not touch keeps its sentences. Valid
 * while the numbers are the same readings and the words read around the sentence are the same.
 */
const pairsOf = new WeakMap<object, { numbers: NumberInReport[]; around: string; pairs: FromTo[] }>();

export function fromToPairs(model: ReportModel, sentence: { start: number; end: number }, numbers: NumberInReport[]): FromTo[] {
  const inSentence = within(numbers, sentence.start, sentence.end).filter((n) => n.kind !== 'period' && n.kind !== 'date' && !n.isRange);
  if (inSentence.length < 2) return [];
  const around = model.text.slice(Math.max(0, sentence.start - lookAround), sentence.start) + '\u0000' + model.text.slice(sentence.end, sentence.end + lookAround);
  const kept = pairsOf.get(sentence);
  if (kept && kept.around === around && kept.numbers.length === inSentence.length && kept.numbers.every((n, i) => n === inSentence[i])) return kept.pairs;
  const pairs = readPairs(model, sentence, inSentence);
  pairsOf.set(sentence, { numbers: inSentence, around, pairs });
  return pairs;
}

function readPairs(model: ReportModel, sentence: { start: number; end: number }, inSentence: NumberInReport[]): FromTo[] {
  const pairs: FromTo[] = [];
  for (let k = 0; k + 1 < inSentence.length; k++) {
    const a = inSentence[k];
    const b = inSentence[k + 1];
    const gap = model.text.slice(a.end, b.start);
    const fromWord = /^\s*from\s*$/i.test(model.text.slice(Math.max(sentence.start, a.start - 6), a.start));
    if (!between.test(gap) && !(fromWord && /^\s*to\s*$/i.test(gap))) continue;
    if (a.unit !== b.unit || a.kind !== b.kind || a.kind === 'multiple') continue;
    const rest = inSentence.slice(k + 2);
    const isChange = (n: NumberInReport) => n.kind === 'percent' || n.kind === 'percentagePoints' || n.kind === 'multiple';
    // The change after the pair (`100에서 130으로 15% 증가`) or right before it (`rising 141% from $60.9bn to $130.5bn`).
    const change = rest.find((n) => isChange(n) && model.text.slice(b.end, n.start).length < 30) ??
      [...inSentence.slice(0, k)].reverse().find((n) => isChange(n) && a.kind !== 'percent' && model.text.slice(n.end, a.start).length < 12);
    const direction = (change ? directionAfter(model, change.end) ?? directionBefore(model, change.start) : undefined) ?? directionAfter(model, b.end);
    pairs.push({ from: a, to: b, ...(change ? { change } : {}), ...(direction ? { direction } : {}) });
    k++;
  }
  return pairs;
}

const verbBefore = /(?:^|\s)(rose|rising|grew|growing|increased|jumped|climbed|gained|up|declined|declining|fell|falling|dropped|decreased|slid|shrank|down)\s+(?:by\s+)?$/i;

/** An English change verb right before a number: `rising 141%`, `declined 11.3%`. */
export function directionBefore(model: ReportModel, offset: number): Direction | undefined {
  const verb = verbBefore.exec(model.text.slice(Math.max(0, offset - lookAround), offset))?.[1]?.toLowerCase();
  if (!verb) return undefined;
  return /^(rose|rising|grew|growing|increased|jumped|climbed|gained|up)$/.test(verb) ? 'up' : 'down';
}
