import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

// One processor for the process: building it costs more than parsing a small report.
// Only `~~x~~` is strikethrough: reports write ranges with one tilde (`96~98% … 25~30배`), and GFM's
// single-tilde strikethrough would swallow both tildes of a paragraph.
const processor = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

/** Parses Markdown (CommonMark + GFM tables) into an mdast tree whose positions are string offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
