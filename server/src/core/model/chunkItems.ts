// The model's blocks (headings, prose, tables, captions, notes) of each chunk of a report
// (topLevelBlocks.ts), kept by the chunk's text: after an edit only the chunk that changed is parsed
// and read again, and a chunk other reports share (a disclaimer, a copied table) is read once. A
// chunk is read alone, with offsets from its own start; placing it in a report moves its blocks to
// the chunk's offset, sharing their text and offset maps (MappedText.offset), so moving is cheap.
import type { Caption, Cell, CodeBlock, Heading, Row, SourceNote, TextBlock, UnitNote } from './reportModel';
import type { TableBody } from './tables';
import { chunkBlocks, topLevelBlocks } from './topLevelBlocks';
import { shiftMapped } from '../text/mappedText';
import { registerContentCache } from '../text/contentCache';

/** One block of the report in document order, classified. */
export type Item =
  | { type: 'heading'; heading: Heading }
  | { type: 'prose'; block: TextBlock }
  | { type: 'caption'; caption: Caption; pipe: boolean }
  | { type: 'source'; note: SourceNote }
  | { type: 'unit'; note: UnitNote }
  | { type: 'note'; start: number; end: number }
  | { type: 'table'; body: TableBody }
  | { type: 'code'; code: CodeBlock }
  | { type: 'quiet'; start: number; end: number }; // images, HTML blocks, rules: never end a figure

interface ChunkEntry {
  /** The chunk's items, offsets from the chunk's start. */
  items: Item[];
  /** The model build that last used it: the chunks of the report being built are never evicted. */
  usedBy: number;
  /** Where they were last placed, and the placed copies (reused while the chunk stays there). */
  placedAt: number;
  placed: Item[];
}

/**
 * Items by chunk text, least recently used first, bounded by the text they stand for (the items
 * take some 40 bytes per character): the open reports and a workspace's shared chunks, not every
 * report ever read. The report being built stays whole even when it alone is larger than the
 * bound, or each re-check of it would evict its own first chunks and read them again.
 */
class ChunkCache {
  private readonly entries = new Map<string, ChunkEntry>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(text: string): ChunkEntry | undefined {
    const hit = this.entries.get(text);
    if (hit) {
      this.entries.delete(text);
      this.entries.set(text, hit);
    }
    return hit;
  }

  set(text: string, entry: ChunkEntry): void {
    this.entries.set(text, entry);
    this.chars += text.length;
    for (const [oldest, { usedBy }] of this.entries) {
      // The least recently used come first; once one belongs to the current build, all later ones do.
      if (this.chars <= this.maxChars || usedBy === entry.usedBy) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

const cache = new ChunkCache(512 * 1024);
registerContentCache(cache);
let builds = 0;

/**
 * The items of the whole text in document order: `read` reads one chunk's text alone (parse and
 * classify), and is called only for chunks not read before.
 */
export function itemsByChunk(text: string, read: (chunkText: string) => Item[]): Item[] {
  const items: Item[] = [];
  const build = ++builds;
  for (const chunk of chunkBlocks(topLevelBlocks(text))) {
    let entry = cache.get(chunk.text);
    if (entry) {
      entry.usedBy = build;
    } else {
      const fresh = read(chunk.text);
      entry = { items: fresh, usedBy: build, placedAt: 0, placed: fresh };
      cache.set(chunk.text, entry);
    }
    if (entry.placedAt !== chunk.start) {
      entry.placed = entry.items.map((item) => shiftItem(item, chunk.start));
      entry.placedAt = chunk.start;
    }
    for (const item of entry.placed) items.push(item);
  }
  return items;
}

/** A copy of the item `by` characters further; text and offset maps are shared, never modified. */
function shiftItem(item: Item, by: number): Item {
  switch (item.type) {
    case 'heading':
      return { type: 'heading', heading: { ...item.heading, start: item.heading.start + by, end: item.heading.end + by, content: shiftMapped(item.heading.content, by) } };
    case 'prose': {
      const b = item.block;
      return {
        type: 'prose',
        block: {
          kind: b.kind, start: b.start + by, end: b.end + by, content: shiftMapped(b.content, by),
          sentences: b.sentences.map((s) => ({ text: s.text, textStart: s.textStart, start: s.start + by, end: s.end + by })), depth: b.depth,
        },
      };
    }
    case 'caption':
      return { type: 'caption', caption: { ...item.caption, start: item.caption.start + by, end: item.caption.end + by, content: shiftMapped(item.caption.content, by) }, pipe: item.pipe };
    case 'source':
      return { type: 'source', note: { ...item.note, start: item.note.start + by, end: item.note.end + by } };
    case 'unit':
      return { type: 'unit', note: shiftUnit(item.note, by) };
    case 'note':
    case 'quiet':
      return { type: item.type, start: item.start + by, end: item.end + by };
    case 'table': {
      const t = item.body;
      return { type: 'table', body: { format: t.format, start: t.start + by, end: t.end + by, header: shiftRow(t.header, by), rows: t.rows.map((r) => shiftRow(r, by)), columnCount: t.columnCount } };
    }
    case 'code':
      return { type: 'code', code: { start: item.code.start + by, end: item.code.end + by, fenced: item.code.fenced } };
  }
}

function shiftRow(row: Row, by: number): Row {
  return { start: row.start + by, end: row.end + by, cells: row.cells.map((c) => shiftCell(c, by)), isGroupLabel: row.isGroupLabel };
}

function shiftCell(cell: Cell, by: number): Cell {
  const shifted: Cell = { start: cell.start + by, end: cell.end + by, text: cell.text, content: shiftMapped(cell.content, by) };
  if (cell.unit) shifted.unit = shiftUnit(cell.unit, by);
  return shifted;
}

function shiftUnit(note: UnitNote, by: number): UnitNote {
  return { ...note, start: note.start + by, end: note.end + by };
}
