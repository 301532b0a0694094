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
/** Scans per text (one cache per context, keyed by the text itself), per knowledge index: an edit re-scans only the blocks it changed. */
const scans = new WeakMap<KnowledgeIndex, Record<'cell' | 'prose', ContentCache<Scan>>>();

/**
 * The candidates of a block's text as last placed in a report, by its offset map (which the block
 * keeps wherever it is placed, model/chunkItems.ts). An unchanged block keeps its candidates
 * (and the mentions made from them) while it stands on the same lines; a block an edit moved along
 * its lines keeps their ranges and moves only their offsets. Never modified once made.
 */
let placedCandidates = new WeakMap<readonly number[], { index: KnowledgeIndex; where: EntityMention['where']; offset: number; line: number; candidates: Candidate[] }>();
// Emptied with the content caches: a cold check must not find what an earlier check placed.
registerContentCache({ clear: () => (placedCandidates = new WeakMap()) });

export function recogniseEntities(model: ReportModel, index: KnowledgeIndex): EntityMention[] {
  const candidates: Candidate[] = [];
  let cache = scans.get(index);
  if (!cache) scans.set(index, (cache = { cell: new ContentCache(), prose: new ContentCache() }));
  const read = (content: MappedText, where: EntityMention['where']) => {
    const { text } = content;
    if (text.length === 0) return;
    const placed = placedCandidates.get(content.map);
    if (placed && placed.index === index && placed.where === where) {
      if (placed.candidates.length === 0) return;
      const by = content.offset - placed.offset;
      // The block's lines are its own: if its first candidate stands on the same line, all do.
      if (model.lines.positionAt(placed.candidates[0].start + by).line === placed.line) {
        const moved = by === 0 ? placed.candidates : placed.candidates.map((c): Candidate => ({
          kind: c.kind, id: c.id, text: c.text, start: c.start + by, end: c.end + by, range: c.range, where: c.where, weak: c.weak,
        }));
        if (by !== 0) placedCandidates.set(content.map, { ...placed, offset: content.offset, candidates: moved });
        for (const c of moved) candidates.push(c);
        return;
      }
    }
    const found: Candidate[] = [];
    readCandidates(content, where, found);
    placedCandidates.set(content.map, { index, where, offset: content.offset, line: found.length > 0 ? found[0].range.start.line : 0, candidates: found });
    for (const c of found) candidates.push(c);
  };
  const readCandidates = (content: MappedText, where: EntityMention['where'], candidates: Candidate[]) => {
    const { text } = content;
    const context = where === 'cell' ? 'cell' : 'prose';
    const { tickers, aliases } = cache![context].get(text, (own) => ({ tickers: findTickers(own, index, context), aliases: index.trie.scan(own) }));
    const taken = (s: number, e: number) => tickers.some((t) => t.start < e && s < t.end);
    const at = (s: number, e: number) => {
      const start = sourceStart(content, s);
      const end = sourceEnd(content, e);
      return { text: text.slice(s, e), start, end, range: model.lines.range(start, end), where };
    };
    for (const t of tickers) candidates.push({ kind: 'ticker', id: t.id, weak: false, ...at(t.start, t.end) });
    for (const m of aliases) {
      if (taken(m.start, m.end)) continue;
      // One name may belong to several entries (a model and its developer share `DeepSeek`): prefer a
      // strong target, then models over companies over metrics, as reports name models most precisely.
      const target = [...m.targets].sort((a, b) => Number(a.weak) - Number(b.weak) || rank(a.kind) - rank(b.kind))[0];
      candidates.push({ kind: target.kind, id: target.id, weak: target.weak, ...at(m.start, m.end) });
    }
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
