/**
 * Text as a reader sees it (escapes resolved, tags and emphasis markers gone) together with the
 * source offset of each of its characters, so that whatever is found in the text can be given an
 * exact range in the document.
 */
export interface MappedText {
  readonly text: string;
  /** map[i] is the source offset of text[i]. */
  readonly map: readonly number[];
  /** Source offset just past the mapped source (where an empty selection at the end points). */
  readonly sourceEnd: number;
  /**
   * Added to `map` and `sourceEnd`: text read from a block (or chunk) of the document alone has offsets from
   * where its reading started, and is placed in the document by this offset (the map is shared, not copied).
   */
  readonly offset: number;
}

export function sourceStart(mapped: MappedText, index: number): number {
  if (index < mapped.map.length) return mapped.map[index] + mapped.offset;
  return mapped.sourceEnd + mapped.offset;
}

/** Source offset just past text[index - 1]: the exclusive end of a match ending at `index`. */
export function sourceEnd(mapped: MappedText, index: number): number {
  if (index <= 0) return (mapped.map.length > 0 ? mapped.map[0] : mapped.sourceEnd) + mapped.offset;
  return mapped.map[Math.min(index, mapped.map.length) - 1] + 1 + mapped.offset;
}

/** The same text `by` characters further in the source. */
export function shiftMapped(mapped: MappedText, by: number): MappedText {
  return { text: mapped.text, map: mapped.map, sourceEnd: mapped.sourceEnd, offset: mapped.offset + by };
}

/** Builds mapped text piece by piece, in source order. */
export class MappedTextBuilder {
  private text = '';
  private readonly map: number[] = [];

  /** Appends `value` whose characters stand at the given source offsets. */
  pushMapped(value: string, offsets: readonly number[]): void {
    this.text += value;
    for (const offset of offsets) this.map.push(offset);
  }

  /** Appends a separator (a space for `<br>`, a newline for a hard break) that stands at one offset. */
  pushSeparator(value: string, offset: number): void {
    if (this.text.length === 0 || this.text.endsWith(value)) return;
    this.text += value;
    for (let i = 0; i < value.length; i++) this.map.push(offset);
  }

  get length(): number {
    return this.text.length;
  }

  build(sourceEnd: number): MappedText {
    return { text: this.text, map: this.map, sourceEnd, offset: 0 };
  }
}

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·', hellip: '…',
  ndash: '–', mdash: '—', times: '×', rarr: '→', larr: '←', le: '≤', ge: '≥', deg: '°',
};
const entityPattern = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

/** Decodes the character reference at `index` in `source`, if one stands there. */
export function entityAt(source: string, index: number): { value: string; length: number } | undefined {
  entityPattern.lastIndex = index;
  const match = entityPattern.exec(source);
  if (!match) return undefined;
  const body = match[1];
  let value: string | undefined;
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    value = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  } else {
    value = namedEntities[body];
  }
  return value === undefined ? undefined : { value, length: match[0].length };
}

/**
 * Maps a parser-produced `value` (escapes resolved, entities decoded, line indentation dropped)
 * back onto its `source` slice starting at `sourceOffset`. Walks both once: equal characters map
 * to each other, a character reference maps to its decoded text, anything else in the source
 * (backslashes, indentation, markers) is skipped.
 */
export function alignValueToSource(value: string, source: string, sourceOffset: number): number[] {
  const offsets: number[] = new Array(value.length);
  let i = 0;
  let j = 0;
  while (j < value.length) {
    if (i >= source.length) {
      offsets[j++] = sourceOffset + Math.max(0, source.length - 1);
      continue;
    }
    const entity = source[i] === '&' ? entityAt(source, i) : undefined;
    if (entity && value.startsWith(entity.value, j)) {
      for (let k = 0; k < entity.value.length; k++) offsets[j++] = sourceOffset + i;
      i += entity.length;
      continue;
    }
    if (source[i] === value[j]) {
      offsets[j++] = sourceOffset + i++;
      continue;
    }
    i++;
  }
  return offsets;
}

const blockTags = /^<\/?(br|p|li|ul|ol|div|tr|td|th|table|hr|h[1-6])\b/i;
const anyTag = /^<\/?[a-zA-Z][^<>]*>|^<!--[\s\S]*?-->/;

/**
 * Cleans raw inline Markdown/HTML source that no parser has read (cells of tab-separated tables):
 * resolves backslash escapes and character references and drops HTML tags, turning block-ish tags
 * (`<br>`, `<li>`) into a space.
 */
export function cleanRawInline(source: string, sourceOffset: number, builder: MappedTextBuilder): void {
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1])) {
      builder.pushMapped(source[i + 1], [sourceOffset + i + 1]);
      i += 2;
      continue;
    }
    if (c === '&') {
      const entity = entityAt(source, i);
      if (entity) {
        builder.pushMapped(entity.value, new Array(entity.value.length).fill(sourceOffset + i));
        i += entity.length;
        continue;
      }
    }
    if (c === '<') {
      const rest = source.slice(i, i + 400);
      const tag = anyTag.exec(rest);
      if (tag) {
        if (blockTags.test(tag[0])) builder.pushSeparator(' ', sourceOffset + i);
        i += tag[0].length;
        continue;
      }
    }
    builder.pushMapped(c, [sourceOffset + i]);
    i++;
  }
}
