// How deep lists and block quotes nest, read from line starts alone, before the Markdown parser sees
// the text: the parser recurses once per level and takes quadratic time in the depth (a 1,000-level
// list takes it minutes), so a document nested deeper than any report is declined instead.

/** List and quote markers at the start of a line: `> > >`, `- - -`, `1. 2) -`. */
const stackedMarkers = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*){2,}/gm;

/** The deepest nesting of lists and quotes in the text, however it is written. */
export function nestingDepth(text: string): number {
  let deepest = 0;
  for (const m of text.matchAll(stackedMarkers)) {
    const markers = m[0].match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    if (markers > deepest) deepest = markers;
  }
  return Math.max(deepest, indentedListDepth(text));
}

/**
 * Nesting by indentation, one item a line (`- a`, `  - b`, `    - c`): the columns where the open
 * items' content starts, as CommonMark reads them. A line indented to an item's content column is
 * inside that item; a line indented less closes it. Fenced code is skipped (its dashes are text),
 * and a line that is not an item closes what it is not indented into, so the count never runs
 * ahead of the parser's. Read code unit by code unit, without slicing lines: every request on a
 * report asks this before it is analysed.
 */
function indentedListDepth(text: string): number {
  let deepest = 0;
  const open: number[] = [];
  let fenced: { char: number; length: number } | undefined;
  const n = text.length;
  let at = 0;
  while (at < n) {
    // Leading whitespace, a tab to the next multiple of four.
    let indent = 0;
    let i = at;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === space) indent++;
      else if (c === tab) indent += 4 - (indent % 4);
      else break;
    }
    const first = i < n ? text.charCodeAt(i) : newline;
    const blank = first === newline || first === carriageReturn;
    const fenceLength = indent <= 3 && (first === backtick || first === tilde) ? run(text, i, first) : 0;
    if (fenced) {
      // A closing fence has nothing after it but spaces and tabs.
      if (fenceLength >= 3 && first === fenced.char && fenceLength >= fenced.length && restIsBlank(text, i + fenceLength)) fenced = undefined;
    } else if (!blank) {
      // A line indented less than an item's content closes the item, a fence included.
      while (open.length > 0 && indent < open[open.length - 1]) open.pop();
      // A backtick fence's info string has no backtick; otherwise the line is a paragraph.
      if (fenceLength >= 3 && open.length === 0 && !(first === backtick && restHas(text, i + fenceLength, backtick))) {
        fenced = { char: first, length: fenceLength };
        at = nextLine(text, i);
        continue;
      }
      const marker = markerLength(text, i);
      // Four columns past the innermost content is indented code, not an item.
      if (marker > 0 && indent < (open[open.length - 1] ?? 0) + 4) {
        // Content starts after the marker and one to four spaces (more is indented code inside the item: one).
        let gap = 0;
        for (let k = i + marker; k < n && gap <= 4; k++) {
          const c = text.charCodeAt(k);
          if (c === space) gap++;
          else if (c === tab) gap += 4 - ((indent + marker + gap) % 4);
          else break;
        }
        open.push(indent + marker + (gap >= 1 && gap <= 4 ? gap : 1));
        if (open.length > deepest) deepest = open.length;
      }
    }
    at = nextLine(text, i);
  }
  return deepest;
}

const space = 0x20;
const tab = 0x09;
const newline = 0x0a;
const carriageReturn = 0x0d;
const backtick = 0x60;
const tilde = 0x7e;

/** How many times the code unit at `from` repeats. */
function run(text: string, from: number, c: number): number {
  let k = from;
  while (k < text.length && text.charCodeAt(k) === c) k++;
  return k - from;
}

/** The length of a list marker at `at` (`-`, `*`, `+`, `1.`, `12)`) followed by whitespace or the line's end; 0 when there is none. */
function markerLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  let end = at;
  if (c === 0x2d || c === 0x2a || c === 0x2b) end = at + 1;
  else {
    while (end < text.length && end - at < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
    if (end === at || (text.charCodeAt(end) !== 0x2e && text.charCodeAt(end) !== 0x29)) return 0;
    end++;
  }
  const after = end < text.length ? text.charCodeAt(end) : newline;
  return after === space || after === tab || after === newline || after === carriageReturn ? end - at : 0;
}

/** Whether the rest of the line from `from` is only spaces and tabs. */
function restIsBlank(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === newline || c === carriageReturn) return true;
    if (c !== space && c !== tab) return false;
  }
  return true;
}

/** Whether the code unit `c` is on the rest of the line from `from`. */
function restHas(text: string, from: number, c: number): boolean {
  for (let k = from; k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (d === newline || d === carriageReturn) return false;
    if (d === c) return true;
  }
  return false;
}

/** Where the line after the one `from` is in starts (any line ending: CRLF, LF or a lone CR). */
function nextLine(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === newline) return k + 1;
    if (c === carriageReturn) return text.charCodeAt(k + 1) === newline ? k + 2 : k + 1;
  }
  return text.length;
}
