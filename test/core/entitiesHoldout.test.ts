// Entity recognition on held-out reports (test/fixtures/entities): written and annotated without
// looking at the knowledge base or the recogniser, so recall here is what a new report gets, not
// what the seeds (which the knowledge base was written beside) get.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '../../server/src/core/languageService';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import type { EntityMention } from '../../server/src/core/entities/recogniseEntities';
import { doc, findRoot } from '../helpers';

const dir = join(findRoot(), 'test', 'fixtures', 'entities');
const gold = JSON.parse(readFileSync(join(dir, 'holdout.gold.json'), 'utf8')) as {
  mentions: Array<{ file: string; line: number; text: string; kind: string }>;
  traps: Array<{ file: string; line: number; text: string; note: string }>;
};
const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));

describe('entity recognition: held-out reports', () => {
  const service = createLanguageService({ knowledgeBase });
  const found = new Map<string, { mentions: EntityMention[]; lines: string[] }>();
  for (const file of new Set(gold.mentions.map((m) => m.file))) {
    const text = readFileSync(join(dir, file), 'utf8');
    found.set(file, { mentions: service.provideEntities(doc(text, `file:///holdout/${file}`)), lines: text.split('\n') });
  }
  const recall: Record<string, { hit: number; all: number; missed: string[] }> = {};

  it('recalls most annotated mentions of each kind', () => {
    const used = new Set<EntityMention>();
    for (const g of gold.mentions) {
      const r = (recall[g.kind] ??= { hit: 0, all: 0, missed: [] });
      r.all++;
      const hit = found.get(g.file)!.mentions.find((m) => !used.has(m) && m.range.start.line === g.line - 1 && m.text === g.text &&
        (m.kind === g.kind || (m.kind === 'ticker') === (g.kind === 'ticker') && g.kind !== 'metric' && m.kind !== 'metric'));
      if (hit) {
        used.add(hit);
        r.hit++;
      } else {
        r.missed.push(`${g.file}:${g.line} ${g.text}`);
      }
    }
    const summary = Object.entries(recall).map(([k, r]) => `${k} ${r.hit}/${r.all} (${((100 * r.hit) / r.all).toFixed(0)}%)`).join(', ');
    console.log(`      held-out recall: ${summary}`);
    // Floors below the measured figures: a regression fails, the rest is in the log and the notes.
    const floors: Record<string, number> = { ticker: 0.9, company: 0.8, model: 0.7, metric: 0.85 };
    for (const [kind, r] of Object.entries(recall)) assert.ok(r.hit / r.all >= floors[kind], `${kind}: ${r.hit}/${r.all}; missed ${r.missed.slice(0, 12).join(', ')}`);
  });

  it('falls into few traps (upper-case words, names inside words, model-like strings)', () => {
    let fallen = 0;
    const hits: string[] = [];
    for (const t of gold.traps) {
      const { mentions, lines } = found.get(t.file)!;
      const line = lines[t.line - 1] ?? '';
      const at = line.indexOf(t.text);
      if (at < 0) continue;
      const annotated = gold.mentions.filter((g) => g.file === t.file && g.line === t.line).map((g) => g.text);
      const wrong = mentions.filter((m) => m.range.start.line === t.line - 1 && m.kind !== 'metric' &&
        m.range.start.character < at + t.text.length && at < m.range.end.character && !annotated.includes(m.text));
      if (wrong.length > 0) {
        fallen++;
        hits.push(`${t.file}:${t.line} ${t.text} → ${wrong.map((m) => `${m.kind} ${m.text}`).join(', ')}`);
      }
    }
    console.log(`      held-out traps fallen into: ${fallen}/${gold.traps.length}${hits.length ? `\n        ${hits.join('\n        ')}` : ''}`);
    assert.ok(fallen / gold.traps.length <= 0.1, hits.join('; '));
  });
});
