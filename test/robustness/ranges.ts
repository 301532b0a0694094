// Range checks shared by the robustness tests: lines counted as LSP counts them (\n, \r\n or a lone
// \r ends a line; characters are UTF-16 code units), independently of the server's own LineIndex.
import * as assert from 'node:assert/strict';

export interface Lines {
  count: number;
  /** Length of each line in UTF-16 code units, without its line break. */
  lengths: number[];
}

export function linesOf(text: string): Lines {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lengths.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lengths.push(text.length - start);
  return { count: lengths.length, lengths };
}

interface Position { line: number; character: number }

function assertPositionInside(lines: Lines, p: Position, what: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: integer position ${JSON.stringify(p)}`);
  assert.ok(p.line >= 0 && p.line < lines.count, `${what}: line ${p.line} outside 0..${lines.count - 1}`);
  assert.ok(p.character >= 0 && p.character <= lines.lengths[p.line], `${what}: character ${p.character} past the end of line ${p.line} (length ${lines.lengths[p.line]})`);
}

/** The range lies inside the document and does not run backwards. */
export function assertRangeInside(lines: Lines, range: { start: Position; end: Position }, what: string): void {
  assertPositionInside(lines, range.start, `${what} start`);
  assertPositionInside(lines, range.end, `${what} end`);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: range runs backwards ${JSON.stringify(range)}`);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** `inner` lies within `outer` (LSP requires a symbol's selection range and children inside its range). */
export function assertRangeContains(outer: { start: Position; end: Position }, inner: { start: Position; end: Position }, what: string): void {
  assert.ok(before(outer.start, inner.start) && before(inner.end, outer.end), `${what}: ${JSON.stringify(inner)} is not inside ${JSON.stringify(outer)}`);
}
