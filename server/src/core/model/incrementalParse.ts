// Parses a document chunk by chunk (topLevelBlocks.ts), keeping each chunk's tree by its text: after
// an edit only the chunk that changed is parsed again, and a chunk the workspace's other reports
// share (a disclaimer, a table of one report copied into another) is parsed once. The chunks' trees
// are moved to their place in the document (line and offset) and joined under one root, the same
// tree the whole-document parse gives (test/core/incrementalParse.test.ts checks it).
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { parseMarkdown } from './parseMarkdown';
import { chunkBlocks, topLevelBlocks } from './topLevelBlocks';
import { registerContentCache } from '../text/contentCache';

interface ParsedChunk {
  children: RootContent[];
  /** Where the trees' positions currently point: the chunk's 0-based first line and its offset. */
  line: number;
  offset: number;
  /** The parse that last placed this chunk: a chunk twice in one document needs a second tree. */
  placedBy: number;
  /** The point after the chunk's last character, where the document's root ends if it is the last. */
  end: Point;
}

/**
 * Trees by chunk text, least recently used first. Bounded by the text they hold (a tree takes
 * some 40 bytes per character of its source): a few large reports, not every report ever opened.
 */
class ChunkTrees {
  private readonly entries = new Map<string, ParsedChunk>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(text: string): ParsedChunk | undefined {
    const hit = this.entries.get(text);
    if (hit) {
      this.entries.delete(text);
      this.entries.set(text, hit);
    }
    return hit;
  }

  set(text: string, chunk: ParsedChunk): void {
    if (text.length > this.maxChars) return;
    this.entries.set(text, chunk);
    this.chars += text.length;
    for (const [oldest] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

const trees = new ChunkTrees(2 * 1024 * 1024);
registerContentCache(trees);
let parses = 0;

/**
 * The mdast tree of `text`, as `parseMarkdown(text)` gives it, from the chunks' cached trees where it
 * can. The nodes are shared with the cache: read them before the next call, which may move them.
 */
export function parseIncrementally(text: string): Root {
  const chunks = chunkBlocks(topLevelBlocks(text));
  if (chunks.length === 1) return parseMarkdown(text);
  const parse = ++parses;
  const children: RootContent[] = [];
  let end: Point = { line: 1, column: 1, offset: 0 };
  for (const chunk of chunks) {
    let parsed = trees.get(chunk.text);
    if (!parsed || parsed.placedBy === parse) {
      const tree = parseMarkdown(chunk.text);
      const fresh: ParsedChunk = { children: tree.children, line: 0, offset: 0, placedBy: parse, end: { ...tree.position!.end } };
      if (!parsed) trees.set(chunk.text, fresh);
      parsed = fresh;
    }
    if (parsed.line !== chunk.line || parsed.offset !== chunk.start) {
      const lines = chunk.line - parsed.line;
      const offset = chunk.start - parsed.offset;
      for (const node of parsed.children) shift(node, lines, offset);
      parsed.end.line += lines;
      parsed.end.offset! += offset;
      parsed.line = chunk.line;
      parsed.offset = chunk.start;
    }
    parsed.placedBy = parse;
    children.push(...parsed.children);
    end = parsed.end;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { ...end } } };
}

/** Moves a tree down by `lines` lines and `offset` characters; columns stay (chunks start lines). */
function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}
