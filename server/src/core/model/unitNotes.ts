// Unit notes scale the numbers of a table, a column or a row: `(조원)` means every value is in
// trillions of won, `(US$ m)` in millions of dollars, `웨이퍼 출하량(단위: 천 장)` in thousands of wafers.
import { currencyPrefixes, currencySuffixes, koreanScales, unitSuffixes } from '../numbers/vocabulary';

export interface UnitNoteValue {
  scale: number;
  currency?: string;
  unit?: string;
}

const englishScaleWords: Record<string, number> = {
  k: 1e3, thousand: 1e3, thousands: 1e3, m: 1e6, mn: 1e6, mil: 1e6, mm: 1e6, million: 1e6, millions: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, t: 1e12, tn: 1e12, trillion: 1e12,
};
/** Words a unit note may hold that say nothing about scale or unit. */
const fillerWords = new Set(['단위', '기준', 'unit', 'units', 'in', 'yoy', 'qoq', 'mom', '%yoy', 'y/y', 'q/q', '연간', '누적']);

/**
 * Reads the inside of a unit note. Every word must be a scale, a currency, a unit or a filler word,
 * and at least one must say something; otherwise it is not a unit note (`(Pass@1)`, `(EM)`).
 */
export function parseUnitNote(inner: string): UnitNoteValue | undefined {
  const tokens = inner.split(/[\s,:：/]+/).filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 5) return undefined;
  const result: UnitNoteValue = { scale: 1 };
  let said = false;
  for (const token of tokens) {
    if (fillerWords.has(token.toLowerCase())) continue;
    const read = readToken(token);
    if (!read) return undefined;
    if (read.scale) result.scale *= read.scale;
    if (read.currency) result.currency = read.currency;
    if (read.unit) result.unit = read.unit;
    said = true;
  }
  return said ? result : undefined;
}

/** One token, possibly a Korean compound such as `십억달러`, `조원`, `천장`, or `US$m`. */
function readToken(token: string): Partial<UnitNoteValue> | undefined {
  const out: Partial<UnitNoteValue> = {};
  let rest = token;
  for (const { word, code } of currencyPrefixes) {
    if (rest.startsWith(word)) {
      out.currency = code;
      rest = rest.slice(word.length);
      break;
    }
  }
  const english = englishScaleWords[rest.toLowerCase()];
  if (english !== undefined && rest.length > 0) return { ...out, scale: english };
  for (const { word, scale } of koreanScales) {
    if (rest.startsWith(word)) {
      out.scale = scale;
      rest = rest.slice(word.length);
      break;
    }
  }
  if (rest.length === 0) return out.scale || out.currency ? out : undefined;
  for (const { word, code } of currencySuffixes) {
    if (rest === word || rest.toLowerCase() === word.toLowerCase()) return { ...out, currency: code };
  }
  for (const u of unitSuffixes) {
    if (rest === u.word) return { ...out, unit: u.unit };
  }
  return undefined;
}

/**
 * A unit note at the end of a header or first-column cell: `시가총액 (조원)`, `매출총이익률(%)`,
 * `웨이퍼 출하량(단위: 천 장)`, `매출 (USD 기준)`, or a row label `in USD`.
 */
export function findCellUnitNote(text: string): { note: UnitNoteValue; start: number; end: number } | undefined {
  const paren = /\(([^()]{1,30})\)\s*$/.exec(text);
  if (paren) {
    const note = parseUnitNote(paren[1]);
    if (note) return { note, start: paren.index, end: paren.index + paren[0].trimEnd().length };
  }
  const inWord = /^in\s+([A-Za-z$€£¥₩]{1,5}(?:\s+[A-Za-z]{1,8})?)\s*$/i.exec(text);
  if (inWord) {
    const note = parseUnitNote(inWord[1]);
    if (note) return { note, start: 0, end: text.trimEnd().length };
  }
  return undefined;
}
