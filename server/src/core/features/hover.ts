// Hover: an entity's card, or how a number was read (`6,710억 개 = 671,000,000,000 개 ≈ 671B`).
import type { ReportModel } from '../model/reportModel';
import type { EntityMention } from '../entities/recogniseEntities';
import type { KnowledgeIndex } from '../entities/knowledgeIndex';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { Range } from '../text/types';
import type { Fact } from '../facts/factTypes';
import { entityCard } from './entityCards';
import { grouped, shortScale } from './formatNumber';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

export interface HoverFacts {
  facts: Fact[];
  verified: Map<Fact, string[]>;
}

export function provideHover(
  model: ReportModel, mentions: EntityMention[], numbers: NumberInReport[], index: KnowledgeIndex, offset: number, facts?: HoverFacts,
): HoverResult | undefined {
  const mention = mentions.find((m) => m.start <= offset && offset < m.end);
  if (mention) return { contents: entityCard(model, mentions, mention, index, facts?.facts ?? []), range: mention.range };
  const number = numbers.find((n) => n.start <= offset && offset < n.end);
  if (!number) return undefined;
  const fact = facts?.facts.find((f) => f.start === number.start && f.end === number.end);
  let contents = numberCard(number);
  if (fact) {
    const metric = fact.metric && index.metrics.has(fact.metric) ? index.displayName('metric', fact.metric) : fact.metricLabel;
    const about = [fact.entity ? index.displayName(index.models.has(fact.entity) ? 'model' : 'company', fact.entity) : '', metric, fact.period].filter(Boolean).join(' · ');
    contents += `\n\nfact: ${about}${fact.factor !== 1 ? ` (× ${grouped(fact.factor)} from the table's unit note)` : ''}`;
    const checks = facts!.verified.get(fact);
    if (checks) contents += `\n\n✓ checked against ${checks.map((c) => `\`${c}\``).join(', ')}`;
  }
  return { contents, range: number.range };
}

const kindNames: Record<string, string> = {
  quantity: 'number', currency: 'currency amount', percent: 'percentage', percentagePoints: 'percentage points',
  basisPoints: 'basis points', multiple: 'multiple', count: 'count', measure: 'measurement', period: 'period', date: 'date',
};

export function numberCard(n: NumberInReport): string {
  const unit = n.unit ? ` ${n.unit}` : '';
  if (n.period) return `**${n.text}** · ${kindNames[n.kind]} \`${n.period}\``;
  const lines: string[] = [];
  if (n.value !== null) {
    const short = n.scale > 1 || Math.abs(n.value) >= 1e6 ? shortScale(n.value) : undefined;
    lines.push(`**${n.text}** = ${grouped(n.value)}${unit}${short ? ` ≈ ${short}` : ''}`);
  } else {
    lines.push(`**${n.text}** · range`);
  }
  const low = n.low === null ? '−∞' : grouped(n.low);
  const high = n.high === null ? '+∞' : grouped(n.high);
  const qualifier = n.approx ? ` · ${n.approx === 'approximate' ? 'approximate (±5 % at least)' : n.approx}` : '';
  lines.push('', `${kindNames[n.kind]}${unit ? ` in${unit}` : ''} · stands for [${low}, ${high}]${qualifier}`);
  return lines.join('\n');
}
