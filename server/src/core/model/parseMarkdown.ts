import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';

/**
 * GitHub Flavored Markdown as remark-gfm reads it, less autolink literals: tables, footnotes
 * (`[^1]` is a reference, not text with a number in it), strikethrough and task lists. A bare
 * `www.example.com` or `https://…` stays text instead of becoming a link whose text is the same
 * characters, so the report reads the same; looking for autolink literals at every `w`, `h` and `@`
 * was a quarter of the parse. Only `~~x~~` is strikethrough: reports write ranges with one tilde
 * (`96~98% … 25~30배`), and GFM's single-tilde strikethrough would swallow both tildes of a paragraph.
 */
function gfmAsReportsUseIt(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough({ singleTilde: false }), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}

// One processor for the process: building it costs more than parsing a small report.
const processor = unified().use(remarkParse).use(gfmAsReportsUseIt);

/** Parses Markdown (CommonMark + GFM tables, footnotes, strikethrough, task lists) into an mdast tree whose positions are string offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
