// Words that give a number its scale, currency or unit, in the notations the seed reports use.
// Lists are ordered longest first where one word is a prefix of another (천억 before 천, 개월 before 개).

export interface ScaleWord {
  word: string;
  scale: number;
}

/** Korean scale words written right after the digits (6,710억, 1조, 2백만, 1천억). */
export const koreanScales: readonly ScaleWord[] = [
  { word: '천억', scale: 1e11 }, { word: '백억', scale: 1e10 }, { word: '십억', scale: 1e9 },
  { word: '천만', scale: 1e7 }, { word: '백만', scale: 1e6 }, { word: '십만', scale: 1e5 },
  { word: '조', scale: 1e12 }, { word: '억', scale: 1e8 }, { word: '만', scale: 1e4 }, { word: '천', scale: 1e3 },
];

/** English scale words after a space or glued (5.35bn, 2664K, $60~65B, 3 billion). */
export const englishScales: readonly (ScaleWord & { glued: boolean; spaced: boolean; needsCurrency?: boolean })[] = [
  { word: 'trillion', scale: 1e12, glued: false, spaced: true },
  { word: 'billion', scale: 1e9, glued: false, spaced: true },
  { word: 'million', scale: 1e6, glued: false, spaced: true },
  { word: 'thousand', scale: 1e3, glued: false, spaced: true },
  { word: 'tn', scale: 1e12, glued: true, spaced: true },
  { word: 'bn', scale: 1e9, glued: true, spaced: true },
  { word: 'mn', scale: 1e6, glued: true, spaced: true },
  { word: 'mm', scale: 1e6, glued: true, spaced: false, needsCurrency: true },
  { word: 'MM', scale: 1e6, glued: true, spaced: false },
  { word: 'T', scale: 1e12, glued: true, spaced: false },
  { word: 'B', scale: 1e9, glued: true, spaced: false },
  { word: 'M', scale: 1e6, glued: true, spaced: false },
  { word: 'K', scale: 1e3, glued: true, spaced: false },
  { word: 'k', scale: 1e3, glued: true, spaced: false },
  { word: 'b', scale: 1e9, glued: true, spaced: false, needsCurrency: true },
  { word: 'm', scale: 1e6, glued: true, spaced: false, needsCurrency: true },
];

export interface CurrencyWord {
  word: string;
  code: string;
}

/** Symbols and codes written before the number ($5.576M, US$ 3bn, ¥10,640). */
export const currencyPrefixes: readonly CurrencyWord[] = [
  { word: 'US$', code: 'USD' }, { word: 'NT$', code: 'TWD' }, { word: 'HK$', code: 'HKD' },
  { word: 'A$', code: 'AUD' }, { word: 'C$', code: 'CAD' }, { word: 'S$', code: 'SGD' },
  { word: '$', code: 'USD' }, { word: '€', code: 'EUR' }, { word: '£', code: 'GBP' }, { word: '¥', code: 'JPY' },
  { word: '₩', code: 'KRW' }, { word: '₹', code: 'INR' },
  { word: 'USD', code: 'USD' }, { word: 'KRW', code: 'KRW' }, { word: 'EUR', code: 'EUR' }, { word: 'JPY', code: 'JPY' },
  { word: 'CNY', code: 'CNY' }, { word: 'RMB', code: 'CNY' }, { word: 'TWD', code: 'TWD' }, { word: 'HKD', code: 'HKD' },
  { word: 'INR', code: 'INR' }, { word: 'GBP', code: 'GBP' },
];

/** Currency words written after the number (2,200억 원, 268.8억 달러, 2,200억 위안, 5 USD). */
export const currencySuffixes: readonly CurrencyWord[] = [
  { word: '달러', code: 'USD' }, { word: '위안', code: 'CNY' }, { word: '유로', code: 'EUR' }, { word: '파운드', code: 'GBP' },
  { word: '루피', code: 'INR' }, { word: '엔', code: 'JPY' }, { word: '원', code: 'KRW' },
  { word: 'USD', code: 'USD' }, { word: 'KRW', code: 'KRW' }, { word: 'EUR', code: 'EUR' }, { word: 'JPY', code: 'JPY' },
  { word: 'CNY', code: 'CNY' }, { word: 'RMB', code: 'CNY' }, { word: 'TWD', code: 'TWD' }, { word: 'HKD', code: 'HKD' },
  { word: 'INR', code: 'INR' }, { word: 'GBP', code: 'GBP' },
  { word: 'dollars', code: 'USD' }, { word: 'won', code: 'KRW' }, { word: 'yuan', code: 'CNY' }, { word: 'yen', code: 'JPY' },
  { word: 'euros', code: 'EUR' },
];

export type UnitKind = 'percent' | 'percentagePoints' | 'basisPoints' | 'multiple' | 'count' | 'measure';

export interface UnitWord {
  word: string;
  unit: string;
  kind: UnitKind;
  /** May stand after a space (`8,000 스텝`, `43.8 TWh`); glued-only words must touch the digits. */
  spaced: boolean;
}

/** Units after the number. Korean counters are followed by particles (5기에, 230개의); see koreanParticles. */
export const unitSuffixes: readonly UnitWord[] = [
  { word: '%p', unit: 'pp', kind: 'percentagePoints', spaced: false },
  { word: '%pt', unit: 'pp', kind: 'percentagePoints', spaced: false },
  { word: '%포인트', unit: 'pp', kind: 'percentagePoints', spaced: false },
  { word: '퍼센트포인트', unit: 'pp', kind: 'percentagePoints', spaced: true },
  { word: 'percentage points', unit: 'pp', kind: 'percentagePoints', spaced: true },
  { word: 'pps', unit: 'pp', kind: 'percentagePoints', spaced: true },
  { word: 'ppt', unit: 'pp', kind: 'percentagePoints', spaced: true },
  { word: 'pp', unit: 'pp', kind: 'percentagePoints', spaced: true },
  { word: '%', unit: '%', kind: 'percent', spaced: true },
  { word: '％', unit: '%', kind: 'percent', spaced: true },
  { word: '퍼센트', unit: '%', kind: 'percent', spaced: true },
  { word: 'percent', unit: '%', kind: 'percent', spaced: true },
  { word: 'bps', unit: 'bp', kind: 'basisPoints', spaced: true },
  { word: 'bp', unit: 'bp', kind: 'basisPoints', spaced: true },
  { word: '배', unit: 'x', kind: 'multiple', spaced: true },
  { word: 'x', unit: 'x', kind: 'multiple', spaced: false },
  { word: 'X', unit: 'x', kind: 'multiple', spaced: false },
  { word: '×', unit: 'x', kind: 'multiple', spaced: false },
  { word: 'times', unit: 'x', kind: 'multiple', spaced: true },
  // Physical units seen in the reports.
  { word: 'eV/atom', unit: 'eV/atom', kind: 'measure', spaced: true },
  { word: 'meV/atom', unit: 'meV/atom', kind: 'measure', spaced: true },
  { word: 'TFLOPS', unit: 'TFLOPS', kind: 'measure', spaced: true },
  { word: 'PFLOPS', unit: 'PFLOPS', kind: 'measure', spaced: true },
  { word: 'EFLOPS', unit: 'EFLOPS', kind: 'measure', spaced: true },
  { word: 'Gbps', unit: 'Gbps', kind: 'measure', spaced: true },
  { word: 'Tbps', unit: 'Tbps', kind: 'measure', spaced: true },
  { word: 'GHz', unit: 'GHz', kind: 'measure', spaced: true },
  { word: 'MHz', unit: 'MHz', kind: 'measure', spaced: true },
  { word: 'TWh', unit: 'TWh', kind: 'measure', spaced: true },
  { word: 'GWh', unit: 'GWh', kind: 'measure', spaced: true },
  { word: 'MWh', unit: 'MWh', kind: 'measure', spaced: true },
  { word: 'kWh', unit: 'kWh', kind: 'measure', spaced: true },
  { word: 'GPa', unit: 'GPa', kind: 'measure', spaced: true },
  { word: 'MPa', unit: 'MPa', kind: 'measure', spaced: true },
  { word: 'GiB', unit: 'GiB', kind: 'measure', spaced: true },
  { word: 'TB', unit: 'TB', kind: 'measure', spaced: true },
  { word: 'GB', unit: 'GB', kind: 'measure', spaced: true },
  { word: 'MB', unit: 'MB', kind: 'measure', spaced: true },
  { word: 'PB', unit: 'PB', kind: 'measure', spaced: true },
  { word: 'GW', unit: 'GW', kind: 'measure', spaced: true },
  { word: 'MW', unit: 'MW', kind: 'measure', spaced: true },
  { word: 'kW', unit: 'kW', kind: 'measure', spaced: true },
  { word: 'W', unit: 'W', kind: 'measure', spaced: false },
  { word: 'eV', unit: 'eV', kind: 'measure', spaced: true },
  { word: 'nm', unit: 'nm', kind: 'measure', spaced: true },
  { word: 'μm', unit: 'μm', kind: 'measure', spaced: true },
  { word: 'mm', unit: 'mm', kind: 'measure', spaced: true },
  { word: 'cm', unit: 'cm', kind: 'measure', spaced: true },
  { word: 'km', unit: 'km', kind: 'measure', spaced: true },
  { word: '°C', unit: '°C', kind: 'measure', spaced: true },
  { word: '㎡', unit: 'm²', kind: 'measure', spaced: true },
  { word: 'm²', unit: 'm²', kind: 'measure', spaced: true },
  { word: '제곱미터', unit: 'm²', kind: 'measure', spaced: true },
  { word: '나노', unit: 'nm', kind: 'measure', spaced: false },
  { word: '비트', unit: 'bit', kind: 'measure', spaced: true },
  { word: '기가바이트', unit: 'GB', kind: 'measure', spaced: true },
  { word: '기가와트', unit: 'GW', kind: 'measure', spaced: true },
  // Counters. 개월 before 개, 개국/개사 before 개.
  { word: '개월', unit: '개월', kind: 'count', spaced: true },
  { word: '개국', unit: '개국', kind: 'count', spaced: true },
  { word: '개사', unit: '개사', kind: 'count', spaced: true },
  { word: '개', unit: '개', kind: 'count', spaced: true },
  { word: '스텝', unit: '스텝', kind: 'count', spaced: true },
  { word: '단계', unit: '단계', kind: 'count', spaced: false },
  { word: '가지', unit: '가지', kind: 'count', spaced: true },
  { word: '차례', unit: '차례', kind: 'count', spaced: true },
  { word: '시간', unit: '시간', kind: 'count', spaced: true },
  { word: '일간', unit: '일', kind: 'count', spaced: false },
  { word: '일', unit: '일', kind: 'count', spaced: false },
  { word: '분', unit: '분', kind: 'count', spaced: false },
  { word: '점', unit: '점', kind: 'count', spaced: false },
  { word: '등급', unit: '등급', kind: 'count', spaced: false },
  { word: '층', unit: '층', kind: 'count', spaced: false },
  { word: '호', unit: '호', kind: 'count', spaced: false },
  { word: '티어', unit: '티어', kind: 'count', spaced: false },
  { word: '년간', unit: '년', kind: 'count', spaced: false },
  { word: '년', unit: '년', kind: 'count', spaced: false },
  { word: '명', unit: '명', kind: 'count', spaced: true },
  { word: '대', unit: '대', kind: 'count', spaced: true },
  { word: '장', unit: '장', kind: 'count', spaced: true },
  { word: '종', unit: '종', kind: 'count', spaced: false },
  { word: '기', unit: '기', kind: 'count', spaced: false },
  { word: '곳', unit: '곳', kind: 'count', spaced: true },
  { word: '건', unit: '건', kind: 'count', spaced: true },
  { word: '편', unit: '편', kind: 'count', spaced: false },
  { word: '회', unit: '회', kind: 'count', spaced: false },
  { word: '주', unit: '주', kind: 'count', spaced: false },
  { word: '등', unit: '등', kind: 'count', spaced: false },
  { word: '위', unit: '위', kind: 'count', spaced: false },
  { word: 'tokens', unit: 'tokens', kind: 'count', spaced: true },
  { word: 'parameters', unit: 'parameters', kind: 'count', spaced: true },
  { word: 'params', unit: 'parameters', kind: 'count', spaced: true },
  { word: 'GPUs', unit: 'GPUs', kind: 'count', spaced: true },
  { word: 'GPU hours', unit: 'GPU hours', kind: 'count', spaced: true },
  { word: 'steps', unit: 'steps', kind: 'count', spaced: true },
  { word: 'users', unit: 'users', kind: 'count', spaced: true },
  { word: 'employees', unit: 'employees', kind: 'count', spaced: true },
  { word: 'companies', unit: 'companies', kind: 'count', spaced: true },
];

/**
 * Syllables that may follow a Korean counter or currency word without making it another word
 * (230개의, 2,200억 원을, 5기에): particles and the suffixes 간 (5년간) and 씩.
 */
export const koreanParticles = new Set([
  ...'은는이가을를의에도로과와만씩으나며께서야부터까지간째대여쯤당입인라',
]);

/** Words before a number that qualify it; they are not part of the number's text. */
export const approxPrefixWords: readonly { word: string; approx: 'approximate' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' }[] = [
  { word: 'approximately', approx: 'approximate' }, { word: 'approx.', approx: 'approximate' },
  { word: 'about', approx: 'approximate' }, { word: 'around', approx: 'approximate' }, { word: 'roughly', approx: 'approximate' },
  { word: 'nearly', approx: 'approximate' }, { word: 'almost', approx: 'approximate' }, { word: 'some', approx: 'approximate' },
  { word: 'c.', approx: 'approximate' }, { word: 'ca.', approx: 'approximate' },
  { word: 'at least', approx: 'atLeast' }, { word: 'at most', approx: 'atMost' }, { word: 'up to', approx: 'atMost' },
  { word: 'more than', approx: 'moreThan' }, { word: 'over', approx: 'moreThan' }, { word: 'above', approx: 'moreThan' },
  { word: 'less than', approx: 'lessThan' }, { word: 'under', approx: 'lessThan' }, { word: 'below', approx: 'lessThan' },
  { word: '약', approx: 'approximate' }, { word: '대략', approx: 'approximate' }, { word: '거의', approx: 'approximate' },
  { word: '최소', approx: 'atLeast' }, { word: '최대', approx: 'atMost' },
];

/** Symbols glued before a number that qualify it; they are part of the number's text. */
export const approxPrefixSymbols: readonly { symbol: string; approx: 'approximate' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' }[] = [
  { symbol: '>=', approx: 'atLeast' }, { symbol: '<=', approx: 'atMost' },
  { symbol: '~', approx: 'approximate' }, { symbol: '∼', approx: 'approximate' }, { symbol: '〜', approx: 'approximate' },
  { symbol: '≈', approx: 'approximate' }, { symbol: '≥', approx: 'atLeast' }, { symbol: '≤', approx: 'atMost' },
  { symbol: '>', approx: 'moreThan' }, { symbol: '<', approx: 'lessThan' },
];

/** Words after a number (and its unit) that qualify it. */
export const approxSuffixWords: readonly { word: string; approx: 'approximate' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' }[] = [
  { word: '이상', approx: 'atLeast' }, { word: '이하', approx: 'atMost' }, { word: '초과', approx: 'moreThan' },
  { word: '미만', approx: 'lessThan' }, { word: '수준', approx: 'approximate' }, { word: '내외', approx: 'approximate' },
  { word: '가량', approx: 'approximate' }, { word: '정도', approx: 'approximate' }, { word: '안팎', approx: 'approximate' },
  { word: 'or more', approx: 'atLeast' }, { word: 'or less', approx: 'atMost' }, { word: 'plus', approx: 'atLeast' },
];

/**
 * Names after which a number is a version, not a quantity (Gemini 1.5 Pro, Claude 3.5 Sonnet,
 * SenseTime 5.5, Claude Mythos 5). The entity knowledge base will supersede this list.
 */
export const versionedNames = new Set([
  'gpt', 'claude', 'gemini', 'gemma', 'llama', 'qwen', 'qwq', 'mistral', 'mixtral', 'grok', 'phi', 'ernie', 'hunyuan',
  'kimi', 'glm', 'mythos', 'fable', 'sonnet', 'opus', 'haiku', 'sensetime', 'sensenova', 'yi', 'deepseek', 'doubao',
  'mimo', 'minimax', 'hyperclova', 'exaone', 'iphone', 'windows', 'python', 'android', 'ios', 'macos', 'version',
  'v', 'ver', 'release', 'firefly', 'alphafold', 'alphago', 'o',
  '어니', '제미나이', '클로드', '라마', '큐웬', '딥시크', '하이퍼클로바', '미토스', '엑사원',
]);

/** Index names whose number is part of the name (S&P 500, KOSPI 200), unless it is an index level. */
export const indexNames = new Set(['s&p', 'kospi', 'kosdaq', 'nasdaq', 'russell', 'ftse', 'stoxx', 'nikkei', 'csi', 'msci', 'topix', 'dax', 'cac']);
export const indexMemberCounts = new Set(['30', '40', '50', '100', '150', '200', '225', '250', '300', '400', '500', '600', '1000', '2000', '3000', '5000']);

/** Words after which a number is a label: captions, steps, parts. */
export const labelWords = new Set([
  '표', '그림', '차트', '도표', '사진', '부록', 'table', 'tab.', 'figure', 'fig.', 'fig', 'chart', 'exhibit', 'graph',
  'panel', 'step', 'phase', 'stage', 'part', 'section', 'chapter', 'no.', 'vol.', 'appendix', 'page', 'p.', 'pp.',
  'level', 'tier', 'round', 'series', 'item', 'note', 'line', 'day', '제',
]);

/** Exchange codes that follow a numeric local code: 005930 KS, 2330 TT, 9988 HK, 9984 JP. */
export const numericTickerExchanges = new Set([
  'KS', 'KQ', 'TT', 'TW', 'TWO', 'HK', 'HKG', 'JP', 'JT', 'T', 'CH', 'C1', 'C2', 'SS', 'SZ', 'SH', 'IN', 'IS', 'IB', 'KP',
]);

export const englishMonths: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

export const nativeKoreanNumerals: readonly { word: string; value: number }[] = [
  { word: '다섯', value: 5 }, { word: '여섯', value: 6 }, { word: '일곱', value: 7 }, { word: '여덟', value: 8 },
  { word: '아홉', value: 9 }, { word: '두', value: 2 }, { word: '세', value: 3 }, { word: '네', value: 4 }, { word: '열', value: 10 },
];
