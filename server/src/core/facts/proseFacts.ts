// Facts from prose: a number with the metric it stands next to in the same sentence (`2분기
// 영업이익은 10.8조원`, `6,710억 개의 파라미터`, `R1 scores 79.8% on AIME 2024`), the entity the
// sentence (or its paragraph) is about, and the period it names. A percentage with a direction word
// (`30% 적은 메모리`, `15% 상승`) is a change; a date next to an earnings word is an earnings date.
import type { ReportModel } from '../model/reportModel';
import { notInside, within } from '../text/spans';
import type { ProseCell } from './tableFacts';
import type { EntityMention } from '../entities/recogniseEntities';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Fact } from './factTypes';
import { fromToPairs, lookAround } from './fromToPairs';
import { sectionSubjects } from './sectionSubject';
import { proseFactsAgain, rememberProseFacts } from './proseFactsCache';

const upWords = /^(?:증가|상승|개선|확대|성장|늘어|늘었|늘린|높|많|올라|올랐|급등|급증|상향|higher|more|up|increase|increased|grew|grown|rose|risen|gain|gained|improve|improved)/i;
const downWords = /^(?:감소|하락|축소|줄어|줄었|줄인|적은|적게|낮|떨어|떨어졌|급락|하향|절감|저렴|lower|less|fewer|down|decrease|decreased|declined|fell|fallen|drop|dropped|cut|reduction|cheaper)/i;
const earningsWord = /실적|earnings|results/i;
/** What may stand between a number and its metric: particles, spaces, a few function words. */
/** What may stand between a number and a metric after it: `6,710억 개의 파라미터`, `30% 적은 메모리`. */
const following = /^\s*(?:의|of|더\s)?\s*(?:적은|많은|낮은|높은|less|more|lower|higher|fewer)?\s*$/;
const joiner = /^[\s은는이가을를의에도로서,:=]*(?:총\s?|약\s?|of\s|was\s|is\s|at\s|on\s|in\s|reached\s|hit\s)?[\s은는이가을를의에도로서:=]*$|^\s*(?:[A-Za-z']+\s){0,3}(?:at|of|was|were|to|reached|totaled|totalled|hit|is|by)\s*$/;
/** An English change verb right before the number: `rose 13.3%`, `declined 11.3%`. */
const verbBefore = /(?:^|\s)(rose|grew|increased|jumped|climbed|gained|declined|fell|dropped|decreased|slid|shrank|up|down)\s+(?:by\s+)?$/i;
const basisWords = /QoQ|q\/q|q-q|전분기|sequential/i;

export function proseFacts(
  model: ReportModel, numbers: NumberInReport[], mentions: EntityMention[], add: (f: Omit<Fact, 'index'>) => void, cells: ProseCell[] = [],
): void {
  // Prose cells read as one-sentence blocks.
  const units: Array<{ start: number; end: number; sentences: Array<{ start: number; end: number }>; entity?: string }> = [
    ...model.blocks,
    ...cells.map((c) => ({ ...c, sentences: [{ start: c.start, end: c.end }] })),
  ];
  // A report or section about one company (`# SK하이닉스 (000660 KS): 2Q25 실적 리뷰`) is the subject of its sentences.
  const sectionSubject = sectionSubjects(model, mentions);
  for (let u = 0; u < units.length; u++) {
    const block = units[u];
    const blockMentions = within(mentions, block.start, block.end);
    // A paragraph unchanged since the last re-check gives the facts it gave then (proseFactsCache.ts).
    const textBlock = u < model.blocks.length ? model.blocks[u] : undefined;
    let kept: { numbers: NumberInReport[]; context: string; facts: Fact[] } | undefined;
    if (textBlock) {
      const numbersHere = within(numbers, block.start, block.end);
      // The section's entity for each number, and what is read around the block (see the cache).
      const context = [
        ...numbersHere.map((n) => sectionSubject(n.start) ?? ''),
        model.text.slice(Math.max(0, block.start - lookAround), block.start), model.text.slice(block.end, block.end + lookAround),
      ].join('\u0000');
      const again = proseFactsAgain(textBlock, numbersHere, blockMentions, context);
      if (again) {
        for (const f of again) add(f);
        continue;
      }
      kept = { numbers: numbersHere, context, facts: [] };
    }
    const add_ = kept ? (f: Omit<Fact, 'index'>) => {
      add(f);
      kept!.facts.push(f as Fact);
    } : add;
    // A year inside a name (`AIME 2024`, `CNMO 2024`) is part of the name, not the paragraph's period.
    const inBlock = notInside(within(numbers, block.start, block.end), blockMentions);
    const blockSubject = blockMentions.find((m) => m.kind !== 'metric');
    const blockPeriod = inBlock.find((n) => n.kind === 'period')?.period;
    for (const sentence of block.sentences) {
      const sentenceMentions = within(blockMentions, sentence.start, sentence.end);
      // A year inside a name (`AIME 2024`, `CNMO 2024`) is part of the name, not the sentence's period.
      const inSentence = within(inBlock, sentence.start, sentence.end);
      const text = (a: number, b: number) => model.text.slice(Math.min(a, b), Math.max(a, b));
      const period = inSentence.find((n) => n.kind === 'period')?.period ?? blockPeriod;
      // `15억에서 700억`, `46.8% → 51.7%`: a span or a change, not two values of one fact.
      const paired = new Set(fromToPairs(model, sentence, inSentence).flatMap((p) => [p.from, p.to]));
      for (const n of inSentence) {
        if (n.kind === 'period' || paired.has(n)) continue;
        // The subject is the entity named in the same clause before the number (no comma, no sentence-joining ending between).
        // Only mentions near the number can be its subject or metric: a long sentence stays linear.
        const near = within(sentenceMentions, Math.max(sentence.start, n.start - 80), Math.min(sentence.end, n.end + 40));
        const subject = [...near].reverse().find((m) => m.kind !== 'metric' && m.end <= n.start && n.start - m.end <= 60 && !/[,;]|(?:고|며|지만|는데|으며)\s/.test(text(m.end, n.start)));
        if (n.kind === 'date') {
          const who = subject ?? sentenceMentions.find((m) => m.kind !== 'metric');
          if (who && earningsWord.test(text(sentence.start, sentence.end)) && n.period) {
            add_({ entity: who.id, metric: 'earnings-date', metricLabel: '실적', kind: 'date', event: 'earnings', date: n.period,
              value: null, low: null, high: null, unit: null, decimals: 0, factor: 1, text: n.text, start: n.start, end: n.end, range: n.range, source: 'prose', reading: n });
          }
          continue;
        }
        if (n.isRange) continue;
        // The metric right before the number (`매출은 3.7조원`, `AIME 2024에서 55.5%`), or right after it
        // when only `의`/`of` stands between (`6,710억 개의 파라미터`).
        const metric = near
          .filter((m) => m.kind === 'metric')
          .map((m) => ({ m, gap: m.end <= n.start ? text(m.end, n.start) : m.start >= n.end ? text(n.end, m.start) : null, before: m.end <= n.start }))
          .filter((x) => x.gap !== null && x.gap.length <= 12 && (x.before ? joiner.test(x.gap) : following.test(x.gap)))
          .sort((a, b) => a.gap!.length - b.gap!.length)[0]?.m;
        if (!metric) continue;
        const after = model.text.slice(n.end, n.end + 14).replace(/^[\s의가을를이]+/, '');
        const before = model.text.slice(Math.max(sentence.start, n.start - lookAround), n.start);
        const verb = verbBefore.exec(before)?.[1]?.toLowerCase();
        const verbDirection = verb ? (/^(rose|grew|increased|jumped|climbed|gained|up)$/.test(verb) ? 'up' : 'down') : undefined;
        const direction = n.kind === 'percent' ? (upWords.test(after) ? 'up' : downWords.test(after) ? 'down' : verbDirection) : undefined;
        // `13.3% QoQ`: a growth word names the kind of change; the metric is the one before the number.
        let metricId = metric.id;
        let metricLabel = metric.text;
        let basis: 'yoy' | 'qoq' | undefined;
        if (metric.id === 'yoy' || metric.id === 'qoq') {
          basis = metric.id;
          const owner = [...near].reverse().find((m) => m.kind === 'metric' && m.end <= n.start && m.id !== 'yoy' && m.id !== 'qoq');
          if (!owner || !direction) continue;
          metricId = owner.id;
          metricLabel = owner.text;
        } else if (direction) {
          basis = basisWords.test(model.text.slice(sentence.start, sentence.end)) ? 'qoq' : 'yoy';
        }
        // `370억 개의 파라미터가 활성화`: the active parameters, not the total.
        if (metricId === 'parameters' && /^[\s가이는은]*(?:상시\s*|언제든\s*)?(?:활성|activ)/i.test(model.text.slice(metric.end, metric.end + 12))) metricId = 'active-parameters';
        const cellEntity = 'entity' in block ? block.entity : undefined;
        // The section's company stands in only when the sentence names no entity of its own.
        const fallback = sentenceMentions.some((m) => m.kind !== 'metric') ? undefined : sectionSubject(n.start);
        const changeSubject = subject ?? (cellEntity ? { id: cellEntity } : undefined) ?? (fallback ? { id: fallback } : undefined) ?? (direction ? blockSubject : undefined);
        add_({
          ...(changeSubject ? { entity: changeSubject.id } : {}), metric: metricId, metricLabel, ...(period ? { period } : {}),
          kind: direction ? 'change' : 'value', ...(direction ? { direction } : {}), ...(basis ? { basis } : {}),
          value: n.value, low: n.low, high: n.high, unit: n.unit, decimals: n.decimals, factor: 1,
          text: n.text, start: n.start, end: n.end, range: n.range, source: 'prose', reading: n,
        });
      }
    }
    if (kept && textBlock) rememberProseFacts(textBlock, kept.numbers, blockMentions, kept.context, kept.facts);
  }
}
