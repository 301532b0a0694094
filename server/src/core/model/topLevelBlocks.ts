// Cuts a Markdown document into pieces that parse the same alone as in the whole document, so that
// after an edit only the piece that changed is parsed again (see incrementalParse.ts).
//
// A cut goes before a line that starts at column 0 right after a blank line, where nothing that
// the blank line cannot end is still open. CommonMark ends every container there (a list item or a
// block quote needs indentation or `>` to go on, and a blank line stops lazy continuation), and
// also paragraphs, tables, indented code and HTML blocks of kinds 6 and 7. What a blank line does
// not end is tracked: fenced code and HTML blocks of kinds 1–5 (`<!--`, `<pre`, `<?`, `<!X`,
// `<![CDATA[`), opened at column 0. No cut goes before a list marker, so that a loose list stays one
// list. When such a block may open anywhere else (indented, inside a list item or a quote), or the
// document has link reference or footnote definitions (which reach every other block), there is
// no safe cut and the document is one piece.

/** A run of whole lines of the document, from `start` (a line start, 0-based `line`) to `end`. */
export interface Piece {
  text: string;
  start: number;
  line: number;
}

/** Only spaces and tabs (what `/^[ \t]*$/` matches). */
function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** `-`, `*`, `+` or a digit: what `listMarker` needs first. */
function mayStartListItem(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
}

/** A character of `[ \t>*+\-0-9.)]`: what `nestedOpener` needs first. */
function mayStartNested(c: number): boolean {
  return c === 32 || c === 9 || c === 62 || c === 46 || c === 41 || mayStartListItem(c);
}
// A list item here may continue a list above the blank line: keep the list in one piece.
const listMarker = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const fenceOpen = /^(`{3,}|~{3,})(.*)$/;
// HTML blocks that a blank line does not end (CommonMark kinds 1–5), with what ends them.
const htmlOpeners: Array<{ open: RegExp; close: RegExp }> = [
  { open: /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^<!--/, close: /-->/ },
  { open: /^<\?/, close: /\?>/ },
  { open: /^<!\[CDATA\[/, close: /\]\]>/ },
  { open: /^<![A-Za-z]/, close: />/ },
];
// The same openers after indentation or a container marker (`- `, `> `, `1. `): their extent
// depends on the container, which this scan does not follow.
const nestedOpener = /^[ \t>*+\-0-9.)]+(?:`{3,}|~{3,}|<(?:script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i;
// `[label]: destination` and `[^note]: text`, also after a container marker; a label may span lines.
const definition = /^[ \t>*+\-0-9.)]*\[[^\]]*\]:/m;

/**
 * The document's top-level blocks at safe cuts, in order; concatenated they are the text. One piece
 * when no cut is safe.
 */
export function topLevelBlocks(text: string): Piece[] {
  // Asked twice per version (the nesting check before the analysis, then the model): cut once.
  if (last?.text === text) return last.pieces;
  const pieces = cut(text);
  last = { text, pieces };
  return pieces;
}

let last: { text: string; pieces: Piece[] } | undefined;

function cut(text: string): Piece[] {
  const whole = [{ text, start: 0, line: 0 }];
  // The parser drops a leading byte-order mark and counts offsets without it: not in a later chunk.
  if (definition.test(text) || text.charCodeAt(0) === 0xfeff) return whole;
  const pieces: Piece[] = [];
  let pieceStart = 0;
  let pieceLine = 0;
  let previousBlank = false;
  // What is open and must close before a cut: a fence (its character and length) or an HTML block.
  let fence: { char: string; length: number } | undefined;
  let html: RegExp | undefined;
  // Since the last blank line, a line that may start an HTML block a blank line ends (`<div>`), or a
  // table row: either may take a fence-like line that follows as its content.
  let swallowing = false;
  let line = 0;
  for (let start = 0; start < text.length; line++) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const content = text.slice(start, end);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      previousBlank = false;
    } else if (html) {
      if (html.test(content)) html = undefined;
      previousBlank = false;
    } else {
      // Most lines start with a letter or Hangul: the patterns below are tried only where their first character allows.
      const first = content.charCodeAt(0);
      const isBlank = isBlankLine(content);
      if (!isBlank && previousBlank && start > pieceStart && first !== 32 && first !== 9 && first !== 0xfeff && !(mayStartListItem(first) && listMarker.test(content))) {
        pieces.push({ text: text.slice(pieceStart, start), start: pieceStart, line: pieceLine });
        pieceStart = start;
        pieceLine = line;
      }
      const opened = first === 96 || first === 126 ? fenceOpen.exec(content) : null;
      const kind = opened || first !== 60 ? undefined : htmlOpeners.find((h) => h.open.test(content));
      // Whether such a line opens a fence or is the content of the block above depends on that block.
      if ((opened || kind) && swallowing) return whole;
      // A backtick fence's info string has no backtick; otherwise the line is a paragraph.
      if (opened && !(opened[1][0] === '`' && opened[2].includes('`'))) {
        fence = { char: opened[1][0], length: opened[1].length };
      } else if (kind) {
        const after = content.slice(kind.open.exec(content)![0].length);
        if (!kind.close.test(after)) html = kind.close;
      } else if (mayStartNested(first) && nestedOpener.test(content)) {
        return whole;
      }
      swallowing = isBlank ? false : swallowing || /^ {0,3}</.test(content) || content.includes('|');
      previousBlank = isBlank;
    }
    start = next;
  }
  pieces.push({ text: text.slice(pieceStart), start: pieceStart, line: pieceLine });
  return pieces;
}

/** A few consecutive blocks, parsed together when they are new. */
export interface Chunk extends Piece {
  blocks: Piece[];
}

/**
 * Groups blocks into chunks of a few blocks each, to parse together: each parser call has a fixed
 * cost, and a report has hundreds of short blocks. A chunk ends after a block whose text hashes to
 * a multiple of `blocksPerChunk` (or once it is long), so the cuts depend on the blocks' own text:
 * an edit changes the chunk it falls in, and the chunks before and after it stay as they were.
 */
export function chunkBlocks(blocks: Piece[], blocksPerChunk = 8, maxLength = 8192): Chunk[] {
  const chunks: Chunk[] = [];
  let first = 0;
  let length = 0;
  for (let k = 0; k < blocks.length; k++) {
    length += blocks[k].text.length;
    if (k === blocks.length - 1 || hash(blocks[k].text) % blocksPerChunk === 0 || length >= maxLength) {
      const members = blocks.slice(first, k + 1);
      // Joined only when the chunk is parsed: a re-check finds most chunks' blocks cached.
      let joined: string | undefined;
      chunks.push({ start: members[0].start, line: members[0].line, blocks: members, get text() { return (joined ??= members.map((b) => b.text).join('')); } });
      first = k + 1;
      length = 0;
    }
  }
  return chunks;
}

/** FNV-1a over the text's UTF-16 code units, unsigned. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
