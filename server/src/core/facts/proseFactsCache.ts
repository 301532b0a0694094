// The facts of a prose block, kept from the last re-check that read it, as tableFactsCache.ts keeps
// a table's: a one-character edit leaves every other paragraph as it was, and reading each
// paragraph's facts again (with its from→to pairs) was a large part of a re-check. A block's facts
// are taken from here only when everything they are read from is unchanged:
// - its text: the key is the block's offset map, which only the same block reading has
//   (model/chunkItems.ts), wherever an edit moved it;
// - the numbers and entity mentions in it, at the same places in the block (which mentions a
//   report accepts depends on the rest of it);
// - the entity its section is about at each number, and the few characters before and after it,
//   which the words around a paragraph's first and last numbers are looked for in (`증가` after a
//   number, `rose` before one).
// The facts are handed out as copies, on the readings that stand where theirs stood.
import type { EntityMention } from '../entities/recogniseEntities';
import type { NumberInReport } from '../numbers/reportNumbers';
import type { TextBlock } from '../model/reportModel';
import type { Fact } from './factTypes';
import { allMoved, moveFacts, sameMention, sameNumber } from './movedFacts';

interface Entry {
  start: number;
  numbers: readonly NumberInReport[];
  mentions: readonly EntityMention[];
  /** The section entities and the text around the block, as proseFacts.ts joins them. */
  context: string;
  facts: readonly Fact[];
}

const entries = new WeakMap<readonly number[], Entry>();

/** The block's facts as read last time, moved to where it stands now, if nothing they were read from has changed. */
export function proseFactsAgain(
  block: TextBlock, numbers: readonly NumberInReport[], mentions: readonly EntityMention[], context: string,
): Fact[] | undefined {
  if (block.content.text.length === 0) return undefined;
  const entry = entries.get(block.content.map);
  if (!entry || entry.context !== context) return undefined;
  const by = block.start - entry.start;
  if (!allMoved(entry.numbers, numbers, by, sameNumber) || !allMoved(entry.mentions, mentions, by, sameMention)) return undefined;
  const facts = moveFacts(entry.facts, entry.numbers, numbers);
  if (facts) entries.set(block.content.map, { start: block.start, numbers, mentions, context, facts });
  return facts;
}

export function rememberProseFacts(
  block: TextBlock, numbers: readonly NumberInReport[], mentions: readonly EntityMention[], context: string, facts: readonly Fact[],
): void {
  if (block.content.text.length === 0) return;
  entries.set(block.content.map, { start: block.start, numbers, mentions, context, facts });
}
