// Builds the report model from Markdown: the items of each top-level block of the text (parsed and
// classified once per block text, chunkItems.ts), then one pass over them in document order.
import type { Nodes, RootContent, Heading as MdastHeading } from 'mdast';
import { parseMarkdown } from './parseMarkdown';
import { itemEnd, itemsByBlock, type Item } from './chunkItems';
import { inlineText } from './inlineText';
import { splitSentences } from './sentences';
import { gfmTable, tabSeparatedTable, trimMapped } from './tables';
import { parseCaption, parseSourceNote, parseStandaloneUnitNote, isNoteLine } from './captions';
import type {
  Caption, Figure, Heading, ReportModel, Section, Table, TextBlock, UnitNote,
} from './reportModel';
import { LineIndex } from '../text/lineIndex';
import { sourceEnd, sourceStart, type MappedText } from '../text/mappedText';
import type { ITextDocument } from '../text/types';

export function buildReportModel(document: ITextDocument): ReportModel {
  const text = document.getText();
  const lines = new LineIndex(text);
  return assemble(document, text, lines, text.charCodeAt(0) === 0xfeff ? readWithMark(text, lines) : itemsByBlock(text, readPiece));
}

/** The items of a piece of the text (a chunk or a block) read alone, offsets from its start. */
function readPiece(chunk: string): Item[] {
  const items: Item[] = [];
  collectItems(chunk, new LineIndex(chunk), parseMarkdown(chunk).children, 0, 'paragraph', items);
  return items;
}

/**
 * A text that starts with a byte-order mark, read whole. The parser drops the mark and counts from
 * the character after it; a space of the same length keeps its offsets aligned with the text (a
 * heading may be indented by one space).
 */
function readWithMark(text: string, lines: LineIndex): Item[] {
  const items: Item[] = [];
  collectItems(text, lines, parseMarkdown(` ${text.slice(1)}`).children, 0, 'paragraph', items);
  return items;
}

function collectItems(source: string, lines: LineIndex, children: RootContent[], depth: number, proseKind: TextBlock['kind'], out: Item[]): void {
  for (let k = 0; k < children.length; k++) {
    // A tab-separated table may span several parsed blocks; take them together.
    const run = tabSeparatedRun(source, children, k);
    if (run) {
      out.push({ type: 'table', body: tabSeparatedTable(source, lines, run.firstLine, run.lastLine) });
      k = run.lastIndex;
      continue;
    }
    const node = children[k];
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    switch (node.type) {
      case 'heading':
        out.push({ type: 'heading', heading: heading(source, node) });
        break;
      case 'paragraph':
        out.push(classifyParagraph(source, node, depth, proseKind));
        break;
      case 'list':
        for (const listItem of node.children) collectItems(source, lines, listItem.children as RootContent[], depth + 1, 'listItem', out);
        break;
      case 'blockquote':
        collectItems(source, lines, node.children as RootContent[], depth, 'blockquote', out);
        break;
      case 'table':
        out.push({ type: 'table', body: gfmTable(source, node) });
        break;
      case 'code':
        out.push({ type: 'code', code: { start, end, fenced: /^\s{0,3}(```|~~~)/.test(source.slice(start, start + 8)) } });
        break;
      default:
        out.push({ type: 'quiet', start, end });
    }
  }
}

/** Consecutive, line-adjacent paragraphs/headings/indented code whose every line holds a tab. */
function tabSeparatedRun(source: string, children: RootContent[], k: number): { firstLine: number; lastLine: number; lastIndex: number } | undefined {
  let last = k - 1;
  let lineCount = 0;
  for (let j = k; j < children.length; j++) {
    const node = children[j];
    if (!isTabbed(source, node)) break;
    if (j > k && node.position!.start.line !== children[j - 1].position!.end.line + 1) break;
    lineCount += node.position!.end.line - node.position!.start.line + 1;
    last = j;
  }
  if (last < k || lineCount < 2) return undefined;
  return { firstLine: children[k].position!.start.line - 1, lastLine: children[last].position!.end.line - 1, lastIndex: last };
}

function isTabbed(source: string, node: Nodes): boolean {
  if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'code') return false;
  const slice = source.slice(node.position!.start.offset!, node.position!.end.offset!);
  if (node.type === 'code' && /^\s{0,3}(```|~~~)/.test(slice)) return false;
  return slice.split(/\r\n|\r|\n/).every((line) => line.includes('\t'));
}

function heading(source: string, node: MdastHeading): Heading {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const content = trimMapped(inlineText(source, node, start, end));
  return { start, end, level: node.depth, text: content.text.replace(/\s+/g, ' '), content };
}

function classifyParagraph(source: string, node: Nodes, depth: number, kind: TextBlock['kind']): Item {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const content = trimMapped(inlineText(source, node, start, end));
  const text = content.text;
  if (text.length === 0) return { type: 'quiet', start, end };
  const caption = parseCaption(text);
  if (caption) {
    const span = spanOf(content, 0, text.length);
    return { type: 'caption', caption: { ...span, ...caption, content }, pipe: /^\S+\s*\S*\s*\d[^|]{0,6}\|/.test(text) };
  }
  const sources = parseSourceNote(text);
  if (sources !== undefined) return { type: 'source', note: { ...spanOf(content, 0, text.length), sources, text } };
  const unit = parseStandaloneUnitNote(text);
  if (unit) return { type: 'unit', note: { ...spanOf(content, 0, text.length), text, ...unit } };
  if (isNoteLine(text)) return { type: 'note', start, end };
  return { type: 'prose', block: { kind, start, end, content, sentences: splitSentences(content), depth } };
}

function spanOf(content: MappedText, from: number, to: number): { start: number; end: number } {
  return { start: sourceStart(content, from), end: sourceEnd(content, to) };
}

/** Attaches captions, titles, unit notes and sources to tables and figures, and builds the heading tree. */
function assemble(document: ITextDocument, text: string, lines: LineIndex, items: Item[]): ReportModel {
  const model: ReportModel = {
    uri: document.uri, version: document.version, text, lines,
    sections: [], preamble: { tables: [], figures: [], blocks: [] },
    headings: [], blocks: [], tables: [], figures: [], captions: [], sourceNotes: [], unitNotes: [], codeBlocks: [],
  };
  const stack: Section[] = [];
  let lastEnd = 0;
  const container = () => (stack.length > 0 ? stack[stack.length - 1] : model.preamble);
  const closeSections = (level: number) => {
    while (stack.length > 0 && stack[stack.length - 1].heading.level >= level) stack.pop()!.end = lastEnd;
  };

  // What a caption, source or unit note can still attach to.
  let pendingCaption: Caption | undefined;
  let pendingUnit: UnitNote | undefined;
  let open: Table | Figure | undefined;
  let previous: Item | undefined;

  const flushCaptionAsFigure = (): Figure | undefined => {
    if (!pendingCaption) return undefined;
    const figure: Figure = { start: pendingCaption.start, end: pendingCaption.end, caption: pendingCaption, otherCaptions: [] };
    pendingCaption = undefined;
    model.figures.push(figure);
    container().figures.push(figure);
    return figure;
  };

  for (const item of items) {
    switch (item.type) {
      case 'heading': {
        flushCaptionAsFigure();
        open = undefined;
        pendingUnit = undefined;
        closeSections(item.heading.level);
        const section: Section = { start: item.heading.start, end: item.heading.end, heading: item.heading, children: [], tables: [], figures: [], blocks: [] };
        (stack.length > 0 ? stack[stack.length - 1].children : model.sections).push(section);
        stack.push(section);
        model.headings.push(item.heading);
        break;
      }
      case 'caption': {
        model.captions.push(item.caption);
        // The original paper's `Table 1 | …` under a reproduced figure or table belongs to it.
        if (item.pipe && (open || pendingCaption)) {
          const owner = open ?? flushCaptionAsFigure()!;
          owner.otherCaptions.push(item.caption);
          if (!('rows' in owner)) owner.end = Math.max(owner.end, item.caption.end);
          open = owner;
          break;
        }
        flushCaptionAsFigure();
        open = undefined;
        pendingCaption = item.caption;
        break;
      }
      case 'table': {
        const body = item.body;
        const table: Table = { ...body, otherCaptions: [] };
        if (pendingCaption) {
          table.caption = pendingCaption;
          pendingCaption = undefined;
        } else if (previous?.type === 'prose' && isTitleLine(previous.block)) {
          table.title = previous.block.content.text;
        }
        const corner = body.header.cells[0];
        const cornerUnit = corner ? parseStandaloneUnitNote(corner.text) : undefined;
        if (pendingUnit) table.unit = pendingUnit;
        else if (corner && cornerUnit) table.unit = { start: corner.start, end: corner.end, text: corner.text, ...cornerUnit };
        pendingUnit = undefined;
        model.tables.push(table);
        container().tables.push(table);
        open = table;
        break;
      }
      case 'source': {
        model.sourceNotes.push(item.note);
        const owner = open ?? flushCaptionAsFigure();
        if (owner && !owner.source) {
          owner.source = item.note;
          // A figure spans caption to source; a table's span stays its rows (the outline adds the rest).
          if (!('rows' in owner)) owner.end = Math.max(owner.end, item.note.end);
        }
        open = undefined;
        break;
      }
      case 'unit':
        model.unitNotes.push(item.note);
        pendingUnit = item.note;
        break;
      case 'code':
        model.codeBlocks.push(item.code);
        // A caption over a code block (a prompt template, a transcript) is a figure of it.
        if (pendingCaption) open = flushCaptionAsFigure();
        break;
      case 'prose':
        flushCaptionAsFigure();
        open = undefined;
        model.blocks.push(item.block);
        container().blocks.push(item.block);
        break;
      case 'note':
      case 'quiet':
        break;
    }
    previous = item;
    lastEnd = Math.max(lastEnd, itemEnd(item));
  }
  flushCaptionAsFigure();
  closeSections(0);
  trimSectionEnds(model.sections, text);
  return model;
}

/** A short single line right above a table names it: `오픈AI 주요 재무데이터 요약`. */
function isTitleLine(block: TextBlock): boolean {
  const t = block.content.text;
  return t.length <= 80 && !t.includes('\n') && !/[.다]$/.test(t) && block.kind === 'paragraph';
}

function trimSectionEnds(sections: Section[], text: string): void {
  for (const section of sections) {
    trimSectionEnds(section.children, text);
    let end = section.end;
    while (end > section.start && /\s/.test(text[end - 1])) end--;
    // Trailing white space may belong to a table (a last row of tabs): never end before what the section holds.
    const content = [section.heading.end, ...section.tables.map((t) => t.end), ...section.figures.map((f) => f.end), ...section.children.map((c) => c.end)];
    section.end = Math.max(end, ...content);
  }
}
