// How deep a report nests lists and quotes (text/nestingDepth.ts), measured block by block: a cut
// between top-level blocks (topLevelBlocks.ts) ends every list and quote, so the report is as deep
// as its deepest block. Each block's depth is kept by its text, so the check that runs before every
// analysis measures again only the block an edit changed, not the whole report.
import { nestingDepth } from '../text/nestingDepth';
import { ContentCache } from '../text/contentCache';
import { topLevelBlocks } from './topLevelBlocks';

const depths = new ContentCache<number>();

/** The deepest nesting of lists and quotes in the report: `nestingDepth` of the whole text, from its blocks. */
export function reportNestingDepth(text: string): number {
  let deepest = 0;
  for (const block of topLevelBlocks(text)) {
    const depth = depths.get(block.text, (own) => nestingDepth(own));
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
