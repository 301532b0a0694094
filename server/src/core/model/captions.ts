// Recognises the lines that frame tables and figures: captions (`표 1.`, `Table 1 |`, `Fig. 2:`,
// `그림 3.`, `Focus Chart 1`), source lines (`자료:`, `Source:`) and unit notes (`(조원)`, `단위: 억원`).
import type { CaptionKind } from './reportModel';
import { parseUnitNote, type UnitNoteValue } from './unitNotes';

export interface CaptionText {
  kind: CaptionKind;
  label: string;
  number?: string;
  title: string;
  text: string;
}

const koreanCaption = /^[<\[(【]?\s*(표|그림|차트|도표|사진)\s*(\d{1,3}(?:[-.]\d{1,3})?)\s*[>\])】]?\s*[.:|\-–—]?\s*/;
const englishCaption = /^(Focus Chart|Table|Tab\.|Figure|Fig\.?|Chart|Exhibit|Graph)\s*(\d{1,3}[A-Za-z]?(?:[-.]\d{1,3})?)\s*[.:|\-–—]?\s*/;
const maxCaptionLength = 400;

/** Reads a caption from a block's text, or returns undefined when the text is not one. */
export function parseCaption(text: string): CaptionText | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > maxCaptionLength || trimmed.includes('\n\n')) return undefined;
  const m = koreanCaption.exec(trimmed) ?? englishCaption.exec(trimmed);
  if (!m) return undefined;
  const word = m[1];
  // `Table 1 | …` and `표 1. …` name tables; everything else names a figure until a table follows it.
  const kind: CaptionKind = /^(표|Table|Tab\.)$/.test(word) ? 'table' : 'figure';
  const label = `${word} ${m[2]}`;
  const title = trimmed.slice(m[0].length).replace(/\s+/g, ' ').trim();
  // `표 1에서 보듯` and `Table 1 shows …` are prose that mentions a caption, not a caption.
  const afterNumber = trimmed.slice(m.index + m[0].trimEnd().length).charCodeAt(0);
  const hasSeparator = /[.:|\-–—>\])】]\s*$/.test(m[0].trimEnd());
  if (!hasSeparator && afterNumber >= 0xac00 && afterNumber <= 0xd7a3 && !/\s$/.test(m[0])) return undefined;
  if (!hasSeparator && /^[a-z]/.test(title)) return undefined;
  // `표 4. 에서 보듯, …`: a particle right after the label makes it a sentence about the table.
  if (/^(?:에서|에|의|은|는|이|가|을|를|와|과|도|로|으로|처럼|같이)(?:\s|[,.]|$)/.test(title)) return undefined;
  return { kind, label, number: m[2], title, text: trimmed.replace(/\s+/g, ' ') };
}

const sourcePrefix = /^\s*(?:자료|출처|Source|Sources|Data source|Data)\s*[:：]\s*/i;

/** `자료: Bloomberg, 미래에셋증권 리서치센터` → `Bloomberg, 미래에셋증권 리서치센터`. */
export function parseSourceNote(text: string): string | undefined {
  const m = sourcePrefix.exec(text);
  if (!m) return undefined;
  return text.slice(m[0].length).split('\n')[0].trim();
}

const notePrefix = /^\s*(?:참고|주|Note|Notes|\*)\s*[:：)]/i;

/** `참고: 재무 전망은 2월 말 보도 기준`, `Note: …`: a note under a table or figure. */
export function isNoteLine(text: string): boolean {
  return notePrefix.test(text);
}

/**
 * A block that is only a unit note: `(조원)`, `(단위: 억원)`, `단위: 십억달러`, `[US$ m]`, `in USD`.
 * Returns what it says, or undefined.
 */
export function parseStandaloneUnitNote(text: string): UnitNoteValue | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return undefined;
  const bracketed = /^[(\[]\s*(.+?)\s*[)\]]$/.exec(trimmed);
  const inner = bracketed ? bracketed[1] : trimmed;
  if (!bracketed && !/^(?:단위|unit|units|in)\b|^단위/i.test(inner)) return undefined;
  return parseUnitNote(inner);
}
