// What was read from a block's text (its numbers, its entity candidates), as last placed in a
// report, kept by the block's offset map, which the block keeps wherever it is placed
// (model/chunkItems.ts). An unchanged block keeps its items while it stands on the same lines; a
// block an edit moved along its lines (typing before it) keeps their ranges, which count lines and
// characters, and moves only their offsets. Items are never modified once made.
import type { LineIndex } from './lineIndex';
import type { MappedText } from './mappedText';
import type { Range } from './types';

export class PlacedInBlocks<T extends { start: number; range: Range }, K> {
  private entries = new WeakMap<readonly number[], { key: K; offset: number; line: number; items: T[] }>();

  /** `move` makes the item `by` characters further, its range kept. */
  constructor(private readonly move: (item: T, by: number) => T) {}

  /**
   * The items of `content` where it stands now, if kept for it with the same `key` (a reading
   * context): as they are, or moved if the block moved along its lines. Undefined: read them and `set`.
   */
  get(content: MappedText, key: K, lines: LineIndex): T[] | undefined {
    const placed = this.entries.get(content.map);
    if (!placed || placed.key !== key) return undefined;
    if (placed.items.length === 0) return placed.items;
    const by = content.offset - placed.offset;
    // The block's lines are its own: if its first item stands on the same line, all do.
    if (lines.positionAt(placed.items[0].start + by).line !== placed.line) return undefined;
    if (by === 0) return placed.items;
    const items = placed.items.map((item) => this.move(item, by));
    this.entries.set(content.map, { key, offset: content.offset, line: placed.line, items });
    return items;
  }

  /** Keeps the items read from `content` (in report offsets) where it stands now. */
  set(content: MappedText, key: K, items: T[]): void {
    this.entries.set(content.map, { key, offset: content.offset, line: items.length > 0 ? items[0].range.start.line : 0, items });
  }

  clear(): void {
    this.entries = new WeakMap();
  }
}
