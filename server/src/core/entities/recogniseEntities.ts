// Finds every ticker, company, AI model and metric a report mentions, with its canonical id and
// source range: tickers by their forms, names through the alias trie (longest match wins), weak
// aliases (`R1`, `V3`, `MS`) only where the report names the entity or its developer another way.
import type { ReportModel } from '../model/reportModel';
import { sourceEnd, sourceStart, type MappedText } from '../text/mappedText';
import type { Range } from '../text/types';
import type { EntityKind } from './knowledgeBaseTypes';
import type { KnowledgeIndex } from './knowledgeIndex';
import { findTickers, type TickerMatch } from './tickerForms';
import type { AliasMatch } from './aliasTrie';
import { ContentCache, registerContentCache } from '../text/contentCache';
import { PlacedInBlocks } from '../text/placedInBlocks';

export interface EntityMention {
  kind: EntityKind;
  /** Company id for tickers and companies (`000660-ks`), model id, metric id; `ticker:<form>` for an unknown listing. */
  id: string;
  text: string;
  start: number;
  end: number;
  range: Range;
  /** Where it stands: prose, a heading, a table cell, a caption. */
  where: 'prose' | 'heading' | 'cell' | 'caption';
}

interface Candidate extends EntityMention {
  weak: boolean;
  /** The mention it gives when accepted, made once. */
  mention?: EntityMention;
}

type Scan = { tickers: TickerMatch[]; aliases: AliasMatch[] };

/**
 * What is kept per knowledge index, and goes with it (a new index after every change of the user's
 * knowledge base): the scans of each text, one cache per context keyed by the text itself (an edit
 * re-scans only the blocks it changed), and each block's candidates (and the mentions made from
 * them) as last placed in the report (text/placedInBlocks.ts), by where the text stands.
 */
interface IndexCaches {
  scans: Record<'cell' | 'prose', ContentCache<Scan>>;
  placed: PlacedInBlocks<Candidate, EntityMention['where']>;
}
let byIndex = new WeakMap<KnowledgeIndex, IndexCaches>();
// Emptied with the content caches: a cold check must not find what an earlier check placed.
registerContentCache({ clear: () => (byIndex = new WeakMap()) });

const moveCandidate = (c: Candidate, by: number): Candidate => ({
  kind: c.kind, id: c.id, text: c.text, start: c.start + by, end: c.end + by, range: c.range, where: c.where, weak: c.weak,
});

export function recogniseEntities(model: ReportModel, index: KnowledgeIndex): EntityMention[] {
  const candidates: Candidate[] = [];
  let caches = byIndex.get(index);
  if (!caches) byIndex.set(index, (caches = { scans: { cell: new ContentCache(), prose: new ContentCache() }, placed: new PlacedInBlocks(moveCandidate) }));
  const { scans, placed } = caches;
  const read = (content: MappedText, where: EntityMention['where']) => {
    if (content.text.length === 0) return;
    let found = placed.get(content, where, model.lines);
    if (!found) placed.set(content, where, (found = readCandidates(content, where)));
    for (const c of found) candidates.push(c);
  };
  const readCandidates = (content: MappedText, where: EntityMention['where']): Candidate[] => {
    const found: Candidate[] = [];
    const { text } = content;
    const context = where === 'cell' ? 'cell' : 'prose';
    const { tickers, aliases } = scans[context].get(text, (own) => ({ tickers: findTickers(own, index, context), aliases: index.trie.scan(own) }));
    const taken = (s: number, e: number) => tickers.some((t) => t.start < e && s < t.end);
    const at = (s: number, e: number) => {
      const start = sourceStart(content, s);
      const end = sourceEnd(content, e);
      return { text: text.slice(s, e), start, end, range: model.lines.range(start, end), where };
    };
    for (const t of tickers) found.push({ kind: 'ticker', id: t.id, weak: false, ...at(t.start, t.end) });
    for (const m of aliases) {
      if (taken(m.start, m.end)) continue;
      // One name may belong to several entries (a model and its developer share `DeepSeek`): prefer a
      // strong target, then models over companies over metrics, as reports name models most precisely.
      const target = [...m.targets].sort((a, b) => Number(a.weak) - Number(b.weak) || rank(a.kind) - rank(b.kind))[0];
      found.push({ kind: target.kind, id: target.id, weak: target.weak, ...at(m.start, m.end) });
    }
    return found;
  };
  for (const heading of model.headings) read(heading.content, 'heading');
  for (const block of model.blocks) read(block.content, 'prose');
  for (const caption of model.captions) read(caption.content, 'caption');
  for (const table of model.tables) {
    for (const row of [table.header, ...table.rows]) for (const cell of row.cells) read(cell.content, 'cell');
  }

  const strong = candidates.filter((c) => !c.weak);
  const strongIds = new Set(strong.map((c) => c.id));
  const developers = new Set<string>();
  for (const c of strong) {
    const developer = c.kind === 'model' ? index.models.get(c.id)?.developer : undefined;
    if (developer) developers.add(index.developerCompany(developer));
    if (c.kind === 'company' || c.kind === 'ticker') developers.add(c.id);
  }
  const accepted = candidates.filter((c) => {
    if (!c.weak) return true;
    if (strongIds.has(c.id)) return true;
    if (c.kind === 'model') {
      const developer = index.models.get(c.id)?.developer;
      return developer !== undefined && developers.has(index.developerCompany(developer));
    }
    return false;
  });

  return accepted
    .map((c): EntityMention => (c.mention ??= { kind: c.kind, id: c.id, text: c.text, start: c.start, end: c.end, range: c.range, where: c.where }))
    .sort((a, b) => a.start - b.start);
}

function rank(kind: 'company' | 'model' | 'metric'): number {
  return kind === 'model' ? 0 : kind === 'company' ? 1 : 2;
}
