// Periods and dates: 1Q25, FY2Q25, 1H25, 2025E, 2025년, 2025년 1월 20일, 1월 20일, 01-22, 1/30,
// 2025-01-29, 2024.12.27, January 30, '24~25년, 27년 상반기, 2분기. Tried before quantities at every
// digit, so a date is never read as a subtraction or a range.
import type { ReadingContext } from './numberTypes';
import { englishMonths, koreanParticles } from './vocabulary';
import { isDigit, isHangul, isAsciiLetter } from './characters';

export interface PeriodMatch {
  start: number;
  end: number;
  kind: 'period' | 'date' | 'count';
  period?: string;
  range?: boolean;
  /** Durations (5년간, 3개월) are counts, not periods. */
  count?: { value: number; unit: string };
}

const monthNames = englishMonths.join('|') + '|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

const notContinued = '(?![A-Za-z0-9])';
const patterns: Array<{ re: RegExp; build: (m: RegExpExecArray) => Omit<PeriodMatch, 'start' | 'end'> | undefined }> = [
  // 2025-01-29, 2024.12.27, 2025/01/29
  {
    re: /((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/y,
    build: (m) => date(+m[1], +m[3], +m[4]),
  },
  // 2025년 1월 20일, 2023년 10월, 23년 11월
  {
    re: /['’]?((?:19|20)?\d{2})년[ ]?(\d{1,2})월(?:[ ]?(\d{1,2})일)?/y,
    build: (m) => (m[3] ? date(+year(m[1]), +m[2], +m[3]) : month(+year(m[1]), +m[2])),
  },
  // 2025년 1분기, 25년 2분기, 27년 상반기
  {
    re: /['’]?((?:19|20)?\d{2})년[ ]?([1-4])분기/y,
    build: (m) => ({ kind: 'period', period: `${year(m[1])}-Q${m[2]}` }),
  },
  {
    re: /['’]?((?:19|20)?\d{2})년[ ]?(상반기|하반기)/y,
    build: (m) => ({ kind: 'period', period: `${year(m[1])}-H${m[2] === '상반기' ? 1 : 2}` }),
  },
  // '24~25년, 23~24년, 2024~2025년
  {
    re: /['’]?((?:19|20)?\d{2})[ ]?[~∼〜\-–][ ]?['’]?((?:19|20)?\d{2})년/y,
    build: (m) => yearRange(m[1], m[2]),
  },
  // 2025-2029 (years), 2025~2030
  {
    re: /((?:19|20)\d{2})[ ]?[~∼〜\-–][ ]?((?:19|20)\d{2})(?![\d.,%]|[ ]?(?:년|배|개|%|억|조|만))/y,
    build: (m) => yearRange(m[1], m[2]),
  },
  // FY2Q25, CY4Q24, 1Q25, 4Q24E, 1H25, 2H24
  {
    re: new RegExp(`(FY|CY)?([1-4])Q['’]?(\\d{4}|\\d{2})([EFAP])?${notContinued}`, 'y'),
    build: (m) => quarter(m[1], m[2], m[3], m[4]),
  },
  {
    re: new RegExp(`(FY|CY)?([12])H['’]?(\\d{4}|\\d{2})([EFAP])?${notContinued}`, 'y'),
    build: (m) => ({ kind: 'period', period: `${m[1] === 'FY' ? 'FY' : ''}${year(m[3])}-H${m[2]}${m[4] ?? ''}` }),
  },
  // Q1 2025, Q1'25, Q4
  {
    re: new RegExp(`Q([1-4])(?:[ ]?['’](\\d{2})|[ ]((?:19|20)\\d{2})(?!\\d))?${notContinued}`, 'y'),
    build: (m) => ({ kind: 'period', period: m[2] || m[3] ? `${year(m[2] ?? m[3])}-Q${m[1]}` : `Q${m[1]}` }),
  },
  {
    re: new RegExp(`H([12])(?:[ ]((?:19|20)\\d{2})(?!\\d))?${notContinued}`, 'y'),
    build: (m) => ({ kind: 'period', period: m[2] ? `${m[2]}-H${m[1]}` : `H${m[1]}` }),
  },
  // 2Q, 1H without a year
  { re: new RegExp(`([1-4])Q${notContinued}`, 'y'), build: (m) => ({ kind: 'period', period: `Q${m[1]}` }) },
  // FY25, FY2025, FY25E, CY2024
  {
    re: new RegExp(`(FY|CY)['’]?(\\d{4}|\\d{2})([EFAP])?${notContinued}`, 'y'),
    build: (m) => ({ kind: 'period', period: `${m[1] === 'FY' ? 'FY' : ''}${year(m[2])}${m[3] ?? ''}` }),
  },
  // 2025E, 2026F
  {
    re: new RegExp(`((?:19|20)\\d{2})([EFAP])${notContinued}`, 'y'),
    build: (m) => ({ kind: 'period', period: `${m[1]}${m[2]}` }),
  },
  // 25E, 26F
  { re: new RegExp(`(\\d{2})([EF])${notContinued}`, 'y'), build: (m) => ({ kind: 'period', period: `20${m[1]}${m[2]}` }) },
  // 4~6월: a span of months
  {
    re: /(\d{1,2})[ ]?[~∼〜\-–][ ]?(\d{1,2})월/y,
    build: (m) => (+m[1] >= 1 && +m[2] <= 12 && +m[1] < +m[2] ? { kind: 'date', period: `--${pad(+m[1])}/--${pad(+m[2])}`, range: true } : undefined),
  },
  // 1월 20일, 6월
  {
    re: /(\d{1,2})월(?:[ ]?(\d{1,2})일)?/y,
    build: (m) => (m[2] ? monthDay(+m[1], +m[2]) : +m[1] >= 1 && +m[1] <= 12 ? { kind: 'date', period: `--${pad(+m[1])}` } : undefined),
  },
  // 20일 (a day of the month named without it); 3일간 is a duration, read as a count
  {
    re: /(\d{1,2})일(?!간)/y,
    build: (m) => (+m[1] >= 1 && +m[1] <= 31 ? { kind: 'date', period: `---${pad(+m[1])}` } : undefined),
  },
  // 2분기, 1분기
  { re: /([1-4])분기/y, build: (m) => ({ kind: 'period', period: `Q${m[1]}` }) },
  // 20240122 in model tags and file names
  { re: /((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/y, build: (m) => date(+m[1], +m[2], +m[3]) },
];

/** The patterns that may start with the apostrophe of a two-digit year ('24~25년), found once. */
const periodForms = patterns.map((p) => ({ ...p, takesApostrophe: p.re.source.startsWith("['’]") }));

/** Tries every period and date form at `start`; `floor` is where the previous reading ended. */
export function readPeriodAt(text: string, start: number, context: ReadingContext, floor: number): PeriodMatch | undefined {
  const english = englishDateAt(text, start, floor);
  if (english) return english;

  if (mayStartPeriod(text, start)) {
    const found = periodAt(text, start, floor);
    if (found) return found;
  }
  return yearOrDuration(text, start, context) ?? shortDate(text, start, context);
}

/**
 * Whether any pattern above may match at the digits at `start`: each needs what follows the run of
 * digits to be a date separator, 년, 월, 일, 분(기), a range or a space before one, Q, H or an
 * estimate letter (E, F, A, P), or the run to be eight digits (20240122). Most numbers are followed
 * by none of these, and trying twenty patterns at each was most of reading them.
 */
function mayStartPeriod(text: string, start: number): boolean {
  // Letters first (FY25, CY2024, Q1, H1, read from the letters): every pattern that starts so is tried.
  if (!isDigit(text.charCodeAt(start))) return true;
  let end = start;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  return end - start === 8 || (end < text.length && periodFollowers.has(text[end]));
}

const periodFollowers = new Set(['-', '.', '/', ' ', '~', '∼', '〜', '–', '년', '월', '일', '분', 'Q', 'H', 'E', 'F', 'A', 'P']);

/** The first of the patterns above that matches at `start` and ends cleanly. */
function periodAt(text: string, start: number, floor: number): PeriodMatch | undefined {
  // An apostrophe before a two-digit year belongs to it ('24~25년).
  const apostrophe = (text[start - 1] === "'" || text[start - 1] === '’') && start - 1 >= floor;
  for (const { re, build, takesApostrophe } of periodForms) {
    const from = apostrophe && takesApostrophe ? start - 1 : start;
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    const end = re.lastIndex;
    if (!endsCleanly(text, end)) continue;
    const built = build(m);
    if (!built) continue;
    return { start: from, end, ...built };
  }
  return undefined;
}

function endsCleanly(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  const c = next.charCodeAt(0);
  if (isAsciiLetter(c) || isDigit(c)) return false;
  if (isHangul(c) && !koreanParticles.has(next) && !'말초중순경부터까지'.includes(next)) {
    return false;
  }
  return true;
}

/**
 * 2025년, 2024 (a year in prose or a header), 27년 (a two-digit year). A duration (5년간, 10년 이상,
 * 향후 3년) is left to the quantity reader, which reads it as a count of 년.
 */
function yearOrDuration(text: string, start: number, context: ReadingContext): PeriodMatch | undefined {
  const withYearWord = /(\d{1,4})년/y;
  withYearWord.lastIndex = start;
  const m = withYearWord.exec(text);
  if (m) {
    const n = +m[1];
    const end = withYearWord.lastIndex;
    if (m[1].length === 4 && n >= 1900 && n <= 2100) return { start, end, kind: 'period', period: String(n) };
    const rest = text.slice(end, end + 4);
    const before = text.slice(Math.max(0, start - 4), start);
    const duration = /^(?:간|[ ]?동안|[ ]?이내|[ ]?만에|[ ]?전|[ ]?후|[ ]?째|[ ]?이상|[ ]?이하|[ ]?넘|[ ]?가까이|[ ]?정도)/.test(rest) ||
      /(?:지난|향후|최근|과거|앞으로|약|총|매)[ ]?$/.test(before);
    if (m[1].length === 2 && n >= 10 && !duration) return { start, end, kind: 'period', period: `20${m[1]}` };
    return undefined;
  }
  if (context === 'cell') return undefined;
  const bare = /((?:19|20)\d{2})(?![\d,.]|[ ]?(?:%|배|개|억|조|만|원|달러|[KMBkm](?![A-Za-z])|bn|mn))/y;
  bare.lastIndex = start;
  const y = bare.exec(text);
  if (y && endsCleanly(text, bare.lastIndex)) return { start, end: bare.lastIndex, kind: 'period', period: y[1] };
  return undefined;
}

/** 01-22 and 1/30 as the peer and calendar tables write them (month and day, no year). */
function shortDate(text: string, start: number, _context: ReadingContext): PeriodMatch | undefined {
  const prev = text[start - 1];
  if (prev !== undefined && (isDigit(prev.charCodeAt(0)) || prev === '-' || prev === '/' || prev === '.')) return undefined;
  const dash = /(\d{2})-(\d{2})(?![\d.,%\-~])/y;
  dash.lastIndex = start;
  let m = dash.exec(text);
  let end = dash.lastIndex;
  if (!m) {
    const slash = /(\d{1,2})\/(\d{1,2})(?![\d/.,%~])/y;
    slash.lastIndex = start;
    m = slash.exec(text);
    end = slash.lastIndex;
  }
  if (!m) return undefined;
  if (/^[ ]?(?:배|개|%|억|조|만|원|달러|x|nm|GB|bp)/.test(text.slice(end, end + 3))) return undefined;
  if (!endsCleanly(text, end)) return undefined;
  const built = monthDay(+m[1], +m[2]);
  return built ? { start, end, ...built } : undefined;
}

// Compiled once: these are tried at every run of digits.
const monthBefore = new RegExp(`(?:^|[^A-Za-z])(${monthNames})(\\.?[ ])$`, 'i');
const dayAndYearAfterMonth = /(\d{1,2})(?:st|nd|rd|th)?(?:,?[ ]((?:19|20)\d{2}))?(?!\d)|((?:19|20)\d{2})(?!\d)/y;
const dayFirst = new RegExp(`(\\d{1,2})[ ](${monthNames})\\.?(?:[ ]((?:19|20)\\d{2}))?(?![A-Za-z0-9])`, 'iy');

/** January 30, Jan. 30, 2025, 30 January 2025, January 2025. */
function englishDateAt(text: string, start: number, floor: number): PeriodMatch | undefined {
  // A month name ends with a letter, then an optional dot and a space, right before the digits.
  const before = start >= 2 && start - 2 >= floor ? text.charCodeAt(start - 2) : 0;
  const monthFirst = text.charCodeAt(start - 1) === 32 && (isAsciiLetter(before) || before === 46)
    ? monthBefore.exec(text.slice(Math.max(floor, start - 11), start))
    : null;
  if (monthFirst) {
    const monthStart = start - monthFirst[1].length - monthFirst[2].length;
    const monthIndex = monthOf(monthFirst[1]);
    const rest = dayAndYearAfterMonth;
    rest.lastIndex = start;
    const m = rest.exec(text);
    if (m && endsCleanly(text, rest.lastIndex)) {
      const built = m[3] ? month(+m[3], monthIndex) : m[2] ? date(+m[2], monthIndex, +m[1]) : monthDay(monthIndex, +m[1]);
      if (built) return { start: monthStart, end: rest.lastIndex, ...built };
    }
  }
  dayFirst.lastIndex = start;
  const d = dayFirst.exec(text);
  if (d) {
    const monthIndex = monthOf(d[2]);
    const built = d[3] ? date(+d[3], monthIndex, +d[1]) : monthDay(monthIndex, +d[1]);
    if (built) return { start, end: dayFirst.lastIndex, ...built };
  }
  return undefined;
}

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return englishMonths.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function year(digits: string): string {
  return digits.length === 2 ? `20${digits}` : digits;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDay(month: number, day: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

function date(y: number, m: number, d: number): Omit<PeriodMatch, 'start' | 'end'> | undefined {
  return validDay(m, d) ? { kind: 'date', period: `${y}-${pad(m)}-${pad(d)}` } : undefined;
}

function month(y: number, m: number): Omit<PeriodMatch, 'start' | 'end'> | undefined {
  return m >= 1 && m <= 12 ? { kind: 'date', period: `${y}-${pad(m)}` } : undefined;
}

function monthDay(m: number, d: number): Omit<PeriodMatch, 'start' | 'end'> | undefined {
  return validDay(m, d) ? { kind: 'date', period: `--${pad(m)}-${pad(d)}` } : undefined;
}

function quarter(prefix: string | undefined, q: string, y: string, estimate: string | undefined): Omit<PeriodMatch, 'start' | 'end'> {
  return { kind: 'period', period: `${prefix === 'FY' ? 'FY' : ''}${year(y)}-Q${q}${estimate ?? ''}` };
}

function yearRange(a: string, b: string): Omit<PeriodMatch, 'start' | 'end'> | undefined {
  const from = +year(a);
  const to = +year(b);
  return to > from ? { kind: 'period', period: `${from}/${to}`, range: true } : undefined;
}
