// Tables as the model holds them, from GFM pipe tables and from tab-separated blocks.
import type { Table as MdastTable } from 'mdast';
import type { Cell, Row, Span } from './reportModel';
import { inlineText } from './inlineText';
import { MappedTextBuilder, cleanRawInline, sourceEnd, sourceStart, type MappedText } from '../text/mappedText';
import type { LineIndex } from '../text/lineIndex';
import { findCellUnitNote } from './unitNotes';

export interface TableBody {
  format: 'gfm' | 'tab-separated';
  start: number;
  end: number;
  header: Row;
  rows: Row[];
  columnCount: number;
}

export function gfmTable(source: string, node: MdastTable): TableBody {
  const rows = node.children.map((row): Row => {
    const cells = row.children.map((cell) => {
      const start = cell.position!.start.offset!;
      const end = cell.position!.end.offset!;
      return makeCell(source, inlineText(source, cell, start, end), { start, end });
    });
    return finishRow(cells, row.position!.start.offset!, row.position!.end.offset!);
  });
  return finishTable('gfm', rows, node.position!.start.offset!, node.position!.end.offset!);
}

/**
 * A tab-separated block (copied from a spreadsheet or a PDF): each line a row, each tab a cell
 * boundary. The lines are read from the source because the parser may have split the block into
 * paragraphs, headings (`# Activated Params\t…`) and indented code (a line starting with a tab).
 */
export function tabSeparatedTable(source: string, lines: LineIndex, firstLine: number, lastLine: number): TableBody {
  const rows: Row[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const cells: Cell[] = [];
    let cellStart = lineStart;
    for (let i = lineStart; i <= lineEnd; i++) {
      if (i < lineEnd && source.charCodeAt(i) !== 9) continue;
      const builder = new MappedTextBuilder();
      cleanRawInline(source.slice(cellStart, i), cellStart, builder);
      cells.push(makeCell(source, builder.build(i), { start: cellStart, end: i }));
      cellStart = i + 1;
    }
    rows.push(finishRow(cells, lineStart, lineEnd));
  }
  return finishTable('tab-separated', rows, lines.lineStart(firstLine), lines.lineEnd(lastLine));
}

function makeCell(source: string, raw: MappedText, span: Span): Cell {
  const content = trimMapped(raw);
  const text = content.text;
  // The cell's range is its source without the pipes and padding, so `\$5.328M` keeps its backslash.
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s|]/.test(source[start])) start++;
  while (end > start && (/\s/.test(source[end - 1]) || (source[end - 1] === '|' && source[end - 2] !== '\\'))) end--;
  const cell: Cell = { start, end, text, content };
  const note = findCellUnitNote(text);
  if (note) {
    cell.unit = {
      start: sourceStart(content, note.start),
      end: sourceEnd(content, note.end),
      text: text.slice(note.start, note.end),
      ...note.note,
    };
  }
  return cell;
}

function finishRow(cells: Cell[], start: number, end: number): Row {
  const nonEmpty = cells.filter((c) => c.text.length > 0).length;
  return { start, end, cells, isGroupLabel: cells.length > 1 && nonEmpty === 1 && cells[0].text.length > 0 };
}

function finishTable(format: TableBody['format'], rows: Row[], start: number, end: number): TableBody {
  const [header, ...rest] = rows;
  return { format, start, end, header, rows: rest, columnCount: header.cells.length };
}

/** Drops leading and trailing white space (and the `<b>` gaps that became spaces) from mapped text. */
export function trimMapped(mapped: MappedText): MappedText {
  let s = 0;
  let e = mapped.text.length;
  while (s < e && /\s/.test(mapped.text[s])) s++;
  while (e > s && /\s/.test(mapped.text[e - 1])) e--;
  if (s === 0 && e === mapped.text.length) return mapped;
  return {
    text: mapped.text.slice(s, e),
    map: mapped.map.slice(s, e),
    sourceEnd: e > s ? mapped.map[e - 1] + 1 : mapped.sourceEnd,
    offset: mapped.offset,
  };
}
