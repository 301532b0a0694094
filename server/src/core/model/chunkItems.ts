// The model's blocks (headings, prose, tables, captions, notes) of each top-level block of a report
// (topLevelBlocks.ts), kept by the block's text: after an edit only the block that changed is parsed
// and read again, and a block other reports share (a disclaimer, a copied table) is read once. New
// blocks are read a chunk at a time (a parser call has a fixed cost, and a report has hundreds of
// short blocks), a changed block alone. Blocks are read with offsets from where their reading
// started; placing one in a report moves its items to the block's offset, sharing their text and
// offset maps (MappedText.offset), so moving is cheap.
import type { Caption, Cell, CodeBlock, Heading, Row, SourceNote, TextBlock, UnitNote } from './reportModel';
import type { TableBody } from './tables';
import { chunkBlocks, topLevelBlocks } from './topLevelBlocks';
import { shiftMapped } from '../text/mappedText';
import { ownCopy, registerContentCache } from '../text/contentCache';

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

interface BlockEntry {
  /** The block's items, read with the block starting at `base` (its offset in the chunk read with it, or 0). */
  items: Item[];
  base: number;
  /** The model build that last used it: the blocks of the report being built are never evicted. */
  usedBy: number;
  /** Where the block was last placed, and the placed copies (reused while the block stays there). */
  placedAt: number;
  placed: Item[];
}

/**
 * Items by block text, least recently used first, bounded by the text they stand for (the items,
 * with what the caches keyed by their offset maps attach to them, take some 100 bytes per character:
 * about 29 MB when full, measured in a heap snapshot): the open reports and a workspace's shared blocks, not every
 * report ever read. The report being built stays whole even when it alone is larger than the
 * bound, or each re-check of it would evict its own first blocks and read them again.
 */
class BlockCache {
  private readonly entries = new Map<string, BlockEntry>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  get(text: string): BlockEntry | undefined {
    const hit = this.entries.get(text);
    if (hit) {
      this.entries.delete(text);
      this.entries.set(text, hit);
    }
    return hit;
  }

  set(text: string, entry: BlockEntry): void {
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

const cache = new BlockCache(256 * 1024);
registerContentCache(cache);
let builds = 0;

/**
 * The items of the whole text in document order: `read` reads a text alone (parse and classify), and
 * is called only for blocks not read before: a chunk at a time when most of its blocks are new, the
 * new blocks one by one when most are known (an edit).
 */
export function itemsByBlock(text: string, read: (text: string) => Item[]): Item[] {
  const items: Item[] = [];
  const build = ++builds;
  for (const chunk of chunkBlocks(topLevelBlocks(text))) {
    const entries = chunk.blocks.map((block) => {
      const entry = cache.get(block.text);
      if (entry) entry.usedBy = build;
      return entry;
    });
    const missing = entries.filter((e) => !e).length;
    if (missing * 2 > chunk.blocks.length) {
      // Mostly new: one reading of the chunk, its items shared out to the blocks they start in. Read
      // from a copy: the cache outlives the report, and a substring would keep all of its text.
      const chunkText = ownCopy(chunk.text);
      const read_ = read(chunkText);
      let next = 0;
      chunk.blocks.forEach((block, k) => {
        const base = block.start - chunk.start;
        const end = base + block.text.length;
        const own: Item[] = [];
        while (next < read_.length && (k === chunk.blocks.length - 1 || itemStart(read_[next]) < end)) own.push(read_[next++]);
        if (!entries[k]) cache.set(chunkText.slice(base, end), (entries[k] = { items: own, base, usedBy: build, placedAt: base, placed: own }));
      });
    } else if (missing > 0) {
      chunk.blocks.forEach((block, k) => {
        if (entries[k]) return;
        const blockText = ownCopy(block.text);
        const own = read(blockText);
        cache.set(blockText, (entries[k] = { items: own, base: 0, usedBy: build, placedAt: 0, placed: own }));
      });
    }
    chunk.blocks.forEach((block, k) => {
      const entry = entries[k]!;
      if (entry.placedAt !== block.start) {
        entry.placed = entry.items.map((item) => shiftItem(item, block.start - entry.base));
        entry.placedAt = block.start;
      }
      for (const item of entry.placed) items.push(item);
    });
  }
  return items;
}

/** Where an item starts, in the offsets it was read with. */
function itemStart(item: Item): number {
  switch (item.type) {
    case 'heading': return item.heading.start;
    case 'prose': return item.block.start;
    case 'caption': return item.caption.start;
    case 'source': case 'unit': return item.note.start;
    case 'table': return item.body.start;
    case 'code': return item.code.start;
    default: return item.start;
  }
}

/** Where an item ends, in the offsets it was read with. */
export function itemEnd(item: Item): number {
  switch (item.type) {
    case 'heading': return item.heading.end;
    case 'prose': return item.block.end;
    case 'caption': return item.caption.end;
    case 'source': case 'unit': return item.note.end;
    case 'table': return item.body.end;
    case 'code': return item.code.end;
    default: return item.end;
  }
}

/**
 * The header row a placed table was shifted from (its block's reading): the same table wherever an
 * edit moves it, so what was read from it can be moved with it (facts/tableFactsCache.ts).
 */
const shiftedFrom = new WeakMap<Row, Row>();

/** The header row as its block was read, for a table's header row as placed in a report. */
export function originalRow(row: Row): Row {
  return shiftedFrom.get(row) ?? row;
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
      const header = shiftRow(t.header, by);
      shiftedFrom.set(header, t.header);
      return { type: 'table', body: { format: t.format, start: t.start + by, end: t.end + by, header, rows: t.rows.map((r) => shiftRow(r, by)), columnCount: t.columnCount } };
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
