import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

// One processor for the process: building it costs more than parsing a small report.
const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown (CommonMark + GFM tables) into an mdast tree whose positions are string offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
