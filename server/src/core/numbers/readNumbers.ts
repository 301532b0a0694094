// Finds every numeric expression in a piece of text and reads it as CONSISTENCY.md §1 says: a value,
// a unit, a scale and the interval its written precision stands for.
//
// The reader is a left-to-right scanner: at each run of digits it first rules out identifiers
// (GPT-4o, H800, 005930 KS, 표 1), then tries periods and dates (1Q25, 2025년 1월 20일, 01-22),
// then reads a quantity with its prefixes (US$, ▲, ~, 약) and suffixes (억, bn, %, 배, 개, 이상)
// and joins two quantities into a range (60~65, $60~65B). Every pattern is anchored at the scan
// position with bounded repetition, so reading is linear in the length of the text.
import type { Approximation, NumberKind, ReadNumber, ReadingContext } from './numberTypes';
import { readPeriodAt } from './readPeriods';
import {
  approxPrefixSymbols, approxPrefixWords, approxSuffixWords, currencyPrefixes, currencySuffixes, englishScales,
  koreanParticles, koreanScales, labelWords, indexNames, indexMemberCounts, nativeKoreanNumerals, numericTickerExchanges, unitSuffixes,
  versionedNames, type UnitKind,
} from './vocabulary';
import { isAsciiAlnum, isAsciiLetter, isDigit, isHangul, cleanFloat } from './characters';

export function readNumbers(text: string, context: ReadingContext = 'prose'): ReadNumber[] {
  return new NumberScanner(text, context).scan();
}

interface Quantity {
  start: number;
  end: number;
  value: number;
  decimals: number;
  scale: number;
  /** True when a scale word was written (6,710억, 65B); a bare range end may inherit one. */
  scaled: boolean;
  currency?: string;
  /** The currency was written before the number ($60), so it covers a range's second end too. */
  currencyPrefix?: boolean;
  unit?: string;
  unitKind?: UnitKind;
  approx?: Approximation;
}

const coreNumber = /(?:\d{1,3}(?:,\d{3}){1,6}(?!\d)|\d{1,30})(?:\.(\d{1,20}))?/y;
const rangeConnector = /[ \t]{0,3}(?:~|∼|〜|–|—|-)[ \t]{0,3}/y;
const timeOfDay = /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y;
// 오후 7시 50분 is a time of day; 3시간 is a duration (a count of 시간).
const koreanTimeOfDay = /\d{1,2}시(?!간)(?:[ ]?\d{1,2}분)?/y;
// Spans that are never quantities, each tried only when its anchor is in the text (a run of digits and
// dashes would otherwise make the e-mail and domain patterns try hundreds of characters at every position).
const skipZonePatterns: Array<{ anchor: RegExp; pattern: RegExp }> = [
  { anchor: /\d[ )-]\d/, pattern: /\b0\d{1,2}[ )-]\d{3,4}[ -]\d{4}\b|\b1[5-9]\d{2}[ -]\d{4}\b/g },
  { anchor: /:\/\/|www\./, pattern: /https?:\/\/[^\s)\]>]{1,2000}|www\.[^\s)\]>]{1,2000}/g },
  { anchor: /@/, pattern: /[\w.+-]{1,200}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10}|@[A-Za-z_][\w]{0,50}/g },
  { anchor: /\.(?:com|ai|io|org|net|kr|cn|co|dev)\b/, pattern: /\b[a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){0,5}\.(?:com|ai|io|org|net|kr|cn|co|dev)\b/g },
];

class NumberScanner {
  private readonly found: ReadNumber[] = [];
  private readonly skipZones: Array<[number, number]> = [];
  /** End of the last expression read; prefixes never reach back past it. */
  private lastEnd = 0;

  constructor(private readonly text: string, private readonly context: ReadingContext) {
    for (const { anchor, pattern } of skipZonePatterns) {
      if (!anchor.test(text)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) this.skipZones.push([m.index, m.index + m[0].length]);
    }
    this.skipZones.sort((a, b) => a[0] - b[0]);
  }

  scan(): ReadNumber[] {
    const { text } = this;
    let i = 0;
    while (i < text.length) {
      if (!isDigit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const next = this.readAt(i);
      i = Math.max(next, i + 1);
      // Skip the rest of a digit run we did not consume, so that we never start inside one.
      while (i < text.length && isDigit(text.charCodeAt(i)) && i > 0 && isDigit(text.charCodeAt(i - 1))) i++;
    }
    this.readNativeMultiples();
    this.found.sort((a, b) => a.start - b.start);
    return this.found;
  }

  /** Reads whatever starts with the digit at `d`; returns where scanning continues. */
  private readAt(d: number): number {
    const { text } = this;
    const zone = this.skipZones.find(([s, e]) => d >= s && d < e);
    if (zone) return zone[1];

    const identifierEnd = this.identifierOnLeft(d);
    if (identifierEnd !== undefined) return identifierEnd;

    const period = readPeriodAt(text, d, this.context, this.lastEnd);
    if (period) {
      this.push({
        text: text.slice(period.start, period.end), start: period.start, end: period.end, kind: period.kind,
        value: period.count?.value ?? null,
        low: period.count ? period.count.value - 0.5 : null,
        high: period.count ? period.count.value + 0.5 : null,
        unit: period.count?.unit ?? null, scale: 1, decimals: 0,
        ...(period.range ? { isRange: true } : {}),
        ...(period.period ? { period: period.period } : {}),
      });
      return period.end;
    }

    timeOfDay.lastIndex = d;
    if (timeOfDay.test(text)) return timeOfDay.lastIndex;
    koreanTimeOfDay.lastIndex = d;
    if (koreanTimeOfDay.test(text)) return koreanTimeOfDay.lastIndex;

    const first = this.quantityAt(d);
    if (!first) return this.skipToken(d);
    if ('skip' in first) return first.skip;

    const range = this.rangeAfter(first);
    const high = range?.high ?? first;
    this.suffixApproximation(high);
    this.push(this.toReadNumber(range?.low ?? first, high, range !== undefined));
    return high.end;
  }

  /**
   * A number glued to letters on its left is part of an identifier (GPT-4o, o1-1217, H800, Pass@1,
   * V3); after a model family or a caption word it is a version or a label (Gemini 1.5, 표 1).
   */
  private identifierOnLeft(d: number): number | undefined {
    const { text } = this;
    const prev = text[d - 1];
    if (prev === undefined) return this.enumerator(d);
    if (isAsciiLetter(prev.charCodeAt(0))) {
      let ls = d;
      while (ls > 0 && isAsciiLetter(text.charCodeAt(ls - 1))) ls--;
      const letters = text.slice(ls, d);
      // FY25, CY4Q24, Q1, H1 are periods, read from the letters.
      if (/^(?:FY|CY|Q|H)$/.test(letters) && (ls === 0 || !isAsciiAlnum(text.charCodeAt(ls - 1)))) {
        const period = readPeriodAt(text, ls, this.context, this.lastEnd);
        if (period) {
          this.push({
            text: text.slice(period.start, period.end), start: period.start, end: period.end, kind: period.kind,
            value: null, low: null, high: null, unit: null, scale: 1, decimals: 0,
            ...(period.range ? { isRange: true } : {}), ...(period.period ? { period: period.period } : {}),
          });
          return period.end;
        }
      }
      return this.skipToken(d);
    }
    // 빅4, 제2의, 톱10: a Hangul prefix glued to the digits names a rank or a group.
    if (isHangul(prev.charCodeAt(0))) return this.skipToken(d);
    if ('-_.@/#+'.includes(prev) && d >= 2) {
      const before = text.charCodeAt(d - 2);
      if (prev === '#') return this.skipToken(d);
      if (isAsciiLetter(before) || (prev !== '-' && prev !== '/' && isDigit(before))) return this.skipToken(d);
    }
    // A word right before, separated by one space: a model family's version or a caption's label.
    if (prev === ' ' || prev === '\u00a0') {
      let ws = d - 1;
      while (ws > 0 && !/\s/.test(text[ws - 1])) ws--;
      const word = text.slice(ws, d - 1).toLowerCase();
      const bare = word.replace(/^[(\[<*_"'“‘]+/, '').replace(/[*_]+$/, '');
      if (versionedNames.has(bare) && this.looksLikeVersion(d)) return this.skipToken(d);
      if (labelWords.has(bare)) return this.skipToken(d);
      if (indexNames.has(bare)) {
        coreNumber.lastIndex = d;
        const digits = coreNumber.exec(text)?.[0];
        if (digits && indexMemberCounts.has(digits)) return this.skipToken(d);
      }
    }
    return this.enumerator(d);
  }

  /**
   * Item and section markers, not quantities: `1) AI 산업은 …, 2) …`, `(1) 어떤 … (2) …` in prose,
   * and a heading's or line's leading `1.` (`1. 중국의 AI 굴기`).
   */
  private enumerator(d: number): number | undefined {
    const { text } = this;
    const prev = text[d - 1];
    const closing = /\d{1,2}\)/y;
    closing.lastIndex = d;
    if (closing.test(text)) {
      if (prev === undefined || /[\s,;:]/.test(prev)) return closing.lastIndex;
      if (prev === '(' && this.context === 'prose' && (d < 2 || /[\s,;:]/.test(text[d - 2]))) return closing.lastIndex;
    }
    const leading = /\d{1,2}\.(?=\s)/y;
    leading.lastIndex = d;
    if ((prev === undefined || prev === '\n') && leading.test(text)) return leading.lastIndex;
    return undefined;
  }

  /** Gemini 1.5 Pro, Claude 3.5 Sonnet, Mythos 5: a version has no unit or scale after it. */
  private looksLikeVersion(d: number): boolean {
    coreNumber.lastIndex = d;
    const m = coreNumber.exec(this.text);
    if (!m) return false;
    const after = this.text.slice(coreNumber.lastIndex, coreNumber.lastIndex + 3);
    return !/^\s?(?:%|배|[BMK](?![A-Za-z])|bn|억|조|만)/.test(after);
  }

  /** Skips an identifier-like token (letters, digits and joiners) that contains position `d`. */
  private skipToken(d: number): number {
    const { text } = this;
    let e = d;
    while (e < text.length && (isAsciiAlnum(text.charCodeAt(e)) || ('-_.@/'.includes(text[e]) && isAsciiAlnum(text.charCodeAt(e + 1))))) e++;
    return e;
  }

  /**
   * Reads one quantity whose first digit is at `d`, with its prefixes and suffixes (but not a
   * range or a trailing approximation word). Returns `{ skip }` for a number that is an identifier
   * on its right (4o, 5G, 005930 KS).
   */
  private quantityAt(d: number): Quantity | { skip: number } | undefined {
    const { text } = this;
    coreNumber.lastIndex = d;
    const core = coreNumber.exec(text);
    if (!core) return undefined;
    const digits = core[0].replace(/,/g, '');
    let pos = d + core[0].length;
    let decimals = core[1]?.length ?? 0;
    let value = Number(digits);
    let scale = 1;
    let scaled = false;

    // 005930 KS, 2330 TT, 9988.HK, 9988:HKG; a six-digit code with a leading zero is a Korean listing.
    if (!core[1] && !core[0].includes(',')) {
      const ticker = /[ .:]([A-Z]{1,3})(?![A-Za-z])/y;
      ticker.lastIndex = pos;
      const t = ticker.exec(text);
      if (t && numericTickerExchanges.has(t[1])) return { skip: ticker.lastIndex };
      if (digits.length >= 4 && digits[0] === '0') return { skip: pos };
    }

    // Korean scale words, possibly compound: 6,710억, 1조 2,000억, 2백만, 1천억.
    const korean = matchKoreanScale(text, pos);
    if (korean) {
      scale = korean.scale;
      scaled = true;
      value = value * scale;
      pos = korean.end;
      for (;;) {
        const more = /[ ]?(\d{1,3}(?:,\d{3}){0,6}|\d{1,30})(?:\.(\d{1,20}))?/y;
        more.lastIndex = pos;
        const m = more.exec(text);
        if (!m) break;
        const smaller = matchKoreanScale(text, more.lastIndex);
        if (!smaller || smaller.scale >= scale) break;
        value += Number(m[1].replace(/,/g, '') + (m[2] ? '.' + m[2] : '')) * smaller.scale;
        scale = smaller.scale;
        decimals = m[2]?.length ?? 0;
        pos = smaller.end;
      }
    }

    // Prefixes: currency, sign, accounting parentheses, qualifying symbols.
    let start = d;
    let currency: string | undefined;
    let negative = false;
    let approx: Approximation | undefined;
    const prefixCurrency = this.currencyBefore(start);
    if (prefixCurrency) {
      currency = prefixCurrency.code;
      start = prefixCurrency.start;
    }
    let currencyWrittenBefore = prefixCurrency !== undefined;
    const sign = this.signBefore(start);
    if (sign) {
      negative = sign.negative;
      start = sign.start;
      if (!currency) {
        const afterSignCurrency = this.currencyBefore(start);
        if (afterSignCurrency) {
          currency = afterSignCurrency.code;
          start = afterSignCurrency.start;
          currencyWrittenBefore = true;
        }
      }
    }
    const symbol = this.approxSymbolBefore(start);
    if (symbol) {
      approx = symbol.approx;
      start = symbol.start;
    } else {
      approx = this.approxWordBefore(start);
    }

    // English scale: 671B, 2664K, $5.576M, 5.35bn, 3 billion.
    if (!korean) {
      const english = matchEnglishScale(text, pos, currency !== undefined);
      if (english) {
        scale = english.scale;
        scaled = true;
        value = value * scale;
        pos = english.end;
      }
    }

    // Unit or currency after the number.
    let unit: string | undefined;
    let unitKind: UnitKind | undefined;
    const suffixCurrency = matchCurrencySuffix(text, pos);
    if (suffixCurrency && !currency) {
      currency = suffixCurrency.code;
      pos = suffixCurrency.end;
    } else {
      const suffixUnit = matchUnitSuffix(text, pos);
      if (suffixUnit) {
        unit = suffixUnit.unit;
        unitKind = suffixUnit.kind;
        pos = suffixUnit.end;
      }
    }

    // An unknown word glued on the right makes the whole token an identifier: 4o, 5G, 3D, 3-shot, 01.AI.
    const after = text.charCodeAt(pos);
    if (isAsciiLetter(after) && !unit && !currency && !scaled) return { skip: this.skipToken(d) };
    if (isAsciiLetter(after) && (unit || scaled) && /[A-Za-z]$/.test(text.slice(d, pos))) return { skip: this.skipToken(d) };
    if ((text[pos] === '-' || text[pos] === '.' || text[pos] === '_') && isAsciiLetter(text.charCodeAt(pos + 1))) {
      return { skip: this.skipToken(d) };
    }

    // (8.8) alone in a table cell is a negative number, as accountants write it.
    let end = pos;
    if (this.context !== 'prose' && text[start - 1] === '(' && text[pos] === ')' && !negative) {
      const trimmed = text.trim();
      if (trimmed.startsWith('(') && trimmed.endsWith(')') && trimmed.length === pos + 1 - (start - 1)) {
        negative = true;
        start -= 1;
        end = pos + 1;
      }
    }

    if (negative) value = -value;
    return {
      start, end, value: cleanFloat(value), decimals, scale, scaled,
      ...(currency ? { currency, currencyPrefix: currencyWrittenBefore } : {}),
      ...(unit ? { unit, unitKind } : {}), ...(approx ? { approx } : {}),
    };
  }

  private currencyBefore(start: number): { code: string; start: number } | undefined {
    const { text } = this;
    for (const { word, code } of currencyPrefixes) {
      const alphabetic = /^[A-Z]+$/.test(word);
      // Codes are written with a space (USD 5bn), symbols are glued ($5) or spaced (US$ 3bn).
      for (const gap of alphabetic ? [' ', ''] : ['', ' ']) {
        const s = start - gap.length - word.length;
        if (s < this.lastEnd || !text.startsWith(word + gap, s)) continue;
        if (alphabetic && s > 0 && isAsciiAlnum(text.charCodeAt(s - 1))) continue;
        // `US$` must not be read as `$` preceded by a stray `US`.
        return { code, start: s };
      }
    }
    return undefined;
  }

  private signBefore(start: number): { negative: boolean; start: number } | undefined {
    const { text } = this;
    const c = text[start - 1];
    if (start - 1 < this.lastEnd) return undefined;
    if (c === '▲' || c === '△' || c === '▼' || c === '▽') return { negative: c !== '▲', start: start - 1 };
    if (c === '-' || c === '−' || c === '+') {
      const before = text[start - 2];
      if (before === undefined || /[\s(\[:=|,;/]/.test(before)) return { negative: c !== '+', start: start - 1 };
    }
    return undefined;
  }

  private approxSymbolBefore(start: number): { approx: Approximation; start: number } | undefined {
    const { text } = this;
    for (const { symbol, approx } of approxPrefixSymbols) {
      for (const gap of ['', ' ']) {
        const s = start - gap.length - symbol.length;
        if (s < this.lastEnd || !text.startsWith(symbol + gap, s)) continue;
        const before = text[s - 1];
        // `60~65` is a range, read from its first number; a `~` glued to a word is not a qualifier.
        if (before !== undefined && !/[\s(\[:=|,;]/.test(before)) continue;
        return { approx, start: s };
      }
    }
    return undefined;
  }

  /** 약 133, 최소 2,200억 위안, about $5bn: the word qualifies the number but is not part of its text. */
  private approxWordBefore(start: number): Approximation | undefined {
    const { text } = this;
    for (const { word, approx } of approxPrefixWords) {
      const s = start - word.length - 1;
      if (s < this.lastEnd || !text.startsWith(word, s) || !/\s/.test(text[start - 1])) continue;
      const before = text.charCodeAt(s - 1);
      if (isAsciiLetter(before) || isHangul(before)) continue;
      return approx;
    }
    return undefined;
  }

  /**
   * `60~65`, `25-30배`, `$60~65B`, `250억 달러 ~ 258억 달러`, `57% ~ 59%`: the low end and the high
   * end, the high end carrying the range's extent, unit and scale.
   */
  private rangeAfter(first: Quantity): { low: Quantity; high: Quantity } | undefined {
    const { text } = this;
    rangeConnector.lastIndex = first.end;
    const connector = rangeConnector.exec(text);
    if (!connector) return undefined;
    let d = rangeConnector.lastIndex;
    const currency = this.currencyAfterConnector(d);
    if (currency) d = currency.end;
    if (!isDigit(text.charCodeAt(d))) return undefined;
    if (readPeriodAt(text, d, this.context, first.end)) return undefined;
    const saved = this.lastEnd;
    this.lastEnd = d;
    const second = this.quantityAt(d);
    this.lastEnd = saved;
    if (!second || 'skip' in second || second.approx) return undefined;
    const secondCurrency = second.currency ?? currency?.code ?? (first.currencyPrefix ? first.currency : undefined);
    if (first.currency && secondCurrency !== first.currency) return undefined;
    // `57% ~ 59%` restates the unit; `5% - 3` is not a range. A bare first end inherits (96~98%).
    if (first.unit && second.unit !== first.unit) return undefined;
    if (!first.unit && !first.currency && second.currency && !second.currencyPrefix && first.scaled !== second.scaled && first.scaled) return undefined;
    let low = first;
    if (!first.scaled && second.scaled) {
      // A bare first end takes the second end's scale: $60~65B is 60B to 65B.
      low = { ...first, value: cleanFloat(first.value * second.scale), scale: second.scale, scaled: true };
    }
    if (!(second.value > low.value)) return undefined;
    const high: Quantity = {
      ...second,
      start: first.start,
      ...(secondCurrency ? { currency: secondCurrency } : {}),
      ...(second.unit ?? first.unit ? { unit: second.unit ?? first.unit, unitKind: second.unitKind ?? first.unitKind } : {}),
      ...(first.approx ? { approx: first.approx } : {}),
    };
    return { low, high };
  }

  private currencyAfterConnector(d: number): { code: string; end: number } | undefined {
    for (const { word, code } of currencyPrefixes) {
      if (!/^[A-Z]+$/.test(word) && this.text.startsWith(word, d)) return { code, end: d + word.length };
    }
    return undefined;
  }

  /** 이상, 이하, 수준, 가량 after the number (not part of its text), or a glued `+` (10+, part of it). */
  private suffixApproximation(q: Quantity): void {
    const { text } = this;
    if (text[q.end] === '+' && !isDigit(text.charCodeAt(q.end + 1))) {
      q.approx = q.approx ?? 'atLeast';
      q.end += 1;
      return;
    }
    let p = q.end;
    if (text[p] === ' ') p++;
    for (const { word, approx } of approxSuffixWords) {
      if (!text.startsWith(word, p)) continue;
      const next = text.charCodeAt(p + word.length);
      if (isHangul(next) && !koreanParticles.has(text[p + word.length]) && text[p + word.length] !== '으') continue;
      if (isAsciiLetter(next)) continue;
      q.approx = q.approx ?? approx;
      return;
    }
  }

  /** `low` and `high` are the same quantity unless it is a range. */
  private toReadNumber(low: Quantity, high: Quantity, isRange: boolean): ReadNumber {
    const kind: NumberKind = high.currency ? 'currency' : (high.unitKind ?? 'quantity');
    const halfLow = halfStep(low);
    const halfHigh = halfStep(high);
    let lowBound: number | null = low.value - halfLow;
    let highBound: number | null = high.value + halfHigh;
    if (high.approx === 'approximate') {
      lowBound = low.value - Math.max(halfLow, 0.05 * Math.abs(low.value));
      highBound = high.value + Math.max(halfHigh, 0.05 * Math.abs(high.value));
    } else if (high.approx === 'atLeast' || high.approx === 'moreThan') {
      highBound = null;
    } else if (high.approx === 'atMost' || high.approx === 'lessThan') {
      lowBound = null;
    }
    return {
      text: this.text.slice(high.start, high.end),
      start: high.start,
      end: high.end,
      kind,
      value: isRange ? null : high.value === 0 ? 0 : high.value,
      low: lowBound === null ? null : cleanFloat(lowBound),
      high: highBound === null ? null : cleanFloat(highBound),
      unit: high.currency ?? high.unit ?? null,
      scale: high.scale,
      decimals: high.decimals,
      ...(high.approx ? { approx: high.approx } : {}),
      ...(isRange ? { isRange: true } : {}),
    };
  }

  /** 두 배, 세 배 이상, twice: multiples written in words. */
  private readNativeMultiples(): void {
    const { text } = this;
    if (!text.includes('배') && !/twice/i.test(text)) return;
    const pattern = /(다섯|여섯|일곱|여덟|아홉|두|세|네|열)[ ]?배|\btwice\b/gi;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && isHangul(text.charCodeAt(start - 1))) continue;
      const next = text[end];
      if (next !== undefined && isHangul(next.charCodeAt(0)) && !koreanParticles.has(next)) continue;
      if (this.found.some((n) => n.start < end && start < n.end)) continue;
      const value = m[1] ? nativeKoreanNumerals.find((n) => n.word === m![1])!.value : 2;
      const q: Quantity = { start, end, value, decimals: 0, scale: 1, scaled: false, unit: 'x', unitKind: 'multiple' };
      this.suffixApproximation(q);
      const read = this.toReadNumber(q, q, false);
      // Words are exact: 두 배 is 2, not 1.5 to 2.5.
      if (read.low !== null) read.low = value;
      if (read.high !== null) read.high = value;
      this.found.push(read);
    }
  }

  private push(read: ReadNumber): void {
    this.found.push(read);
    this.lastEnd = read.end;
  }
}

function halfStep(q: Quantity): number {
  return 0.5 * Math.pow(10, -q.decimals) * q.scale;
}

function matchKoreanScale(text: string, pos: number): { scale: number; end: number } | undefined {
  for (const { word, scale } of koreanScales) {
    if (!text.startsWith(word, pos)) continue;
    // 천 alone could start a word; every scale word here is one syllable or a fixed compound.
    return { scale, end: pos + word.length };
  }
  return undefined;
}

function matchEnglishScale(text: string, pos: number, hasCurrency: boolean): { scale: number; end: number } | undefined {
  for (const { word, scale, glued, spaced, needsCurrency } of englishScales) {
    if (needsCurrency && !hasCurrency) continue;
    for (const gap of [...(glued ? [''] : []), ...(spaced ? [' '] : [])]) {
      const at = pos + gap.length;
      if (!text.startsWith(word, at)) continue;
      const next = text.charCodeAt(at + word.length);
      if (isAsciiLetter(next) || isDigit(next)) continue;
      return { scale, end: at + word.length };
    }
  }
  return undefined;
}

function matchCurrencySuffix(text: string, pos: number): { code: string; end: number } | undefined {
  for (const gap of ['', ' ']) {
    const at = pos + gap.length;
    for (const { word, code } of currencySuffixes) {
      if (!text.startsWith(word, at)) continue;
      if (!wordEndsCleanly(text, at + word.length, word)) continue;
      return { code, end: at + word.length };
    }
  }
  return undefined;
}

function matchUnitSuffix(text: string, pos: number): { unit: string; kind: UnitKind; end: number } | undefined {
  for (const gap of ['', ' ']) {
    const at = pos + gap.length;
    for (const u of unitSuffixes) {
      if (gap && !u.spaced) continue;
      if (!text.startsWith(u.word, at)) continue;
      if (!wordEndsCleanly(text, at + u.word.length, u.word)) continue;
      return { unit: u.unit, kind: u.kind, end: at + u.word.length };
    }
  }
  return undefined;
}

/**
 * A unit word ends where the next character does not continue it: no letter after an English
 * word (`GB` in `GBP` is not GB), only a particle after a Korean word (`5기에`, not `원전`).
 */
function wordEndsCleanly(text: string, end: number, word: string): boolean {
  const next = text.charCodeAt(end);
  if (Number.isNaN(next)) return true;
  const last = word.charCodeAt(word.length - 1);
  if (isAsciiLetter(last)) return !isAsciiLetter(next) && !isDigit(next);
  if (isHangul(last)) return !isHangul(next) || koreanParticles.has(text[end]) || text[end] === '으';
  if (word === '%' || word === '％') return true;
  return true;
}
