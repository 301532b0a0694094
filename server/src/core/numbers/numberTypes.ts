// What the number reader returns. `tickmark numbers --format json` prints these (with a source range
// instead of offsets), and later features (facts, rules, hovers) consume them.

export type NumberKind =
  | 'quantity' // a plain number, possibly scaled: 671B, 6,710억, 88.3
  | 'currency' // $5.576M, 2,200억 원, 268.8억 달러, ¥10,640
  | 'percent' // 45.7%, 96~98%
  | 'percentagePoints' // 1.2%p, 30pp
  | 'basisPoints' // 25bp
  | 'multiple' // 25-30배, 2x, 두 배
  | 'count' // 370억 개, 12만 대, 8,000 스텝, 5년간 (a counted unit)
  | 'measure' // a physical unit: 6 GB, 5GW, 43.8 TWh, 7나노/7nm
  | 'period' // 1Q25, FY25, 1H25, 2025E, 2025년, 2분기
  | 'date'; // 2025-01-29, 2025년 1월 20일, 1월 20일, 01-22, 1/30, January 30

/** How an approximation word or sign qualifies the number (CONSISTENCY.md §1). */
export type Approximation =
  | 'approximate' // 약, ~, about, 수준, 가량, 내외, 정도: the interval is widened
  | 'atLeast' // 이상, at least, 최소, ≥ : [low, +∞)
  | 'atMost' // 이하, at most, up to, 최대, ≤ : (−∞, high]
  | 'moreThan' // 초과, over, more than, > : (low, +∞)
  | 'lessThan'; // 미만, under, less than, < : (−∞, high)

export interface ReadNumber {
  /** The expression as it stands in the text (after Markdown unescaping), e.g. `$60~65B`. */
  text: string;
  /** Offsets of `text` in the string that was read (end exclusive). */
  start: number;
  end: number;
  kind: NumberKind;
  /**
   * The stated value with its scale word applied (6,710억 → 671000000000, 45.7% → 45.7, $5.576M →
   * 5576000). Null for ranges (`low`/`high` carry them), periods and dates.
   */
  value: number | null;
  /**
   * The precision interval (CONSISTENCY.md §1) with the scale applied: a value written with d
   * decimals stands for value ± 0.5·10^-d·scale. Ranges span both ends' intervals; approximations
   * widen it; one-sided words leave one end null (unbounded). Null for periods and dates.
   */
  low: number | null;
  high: number | null;
  /**
   * Normalised unit: ISO currency codes (USD, KRW, CNY, JPY, EUR, GBP, TWD, HKD, INR), '%', 'pp',
   * 'bp', 'x' for multiples, the counter word for counts (개, 대, 명, 스텝, 년, …), the physical unit
   * for measures (GB, GPa, eV/atom, GW, TWh, nm, …). Null for plain quantities, periods and dates.
   */
  unit: string | null;
  /** The multiplier the scale word applied (억 → 1e8, 조 → 1e12, B/bn → 1e9, M/mn → 1e6, K → 1e3); 1 if none. */
  scale: number;
  /** Decimal places as written (1,135.00 → 2; 6,710억 → 0). */
  decimals: number;
  /** Set when a word or sign qualifies the value. */
  approx?: Approximation;
  /** True for ranges such as 60~65, 25-30배, $60~65B, 250억 달러 ~ 258억 달러. */
  isRange?: boolean;
  /**
   * For periods and dates, a normalised id: `2025-Q1` (1Q25), `2025-H1` (1H25), `FY2025` (FY25),
   * `FY2025-Q2` (FY2Q25), `2025` (2025년, CY2025), `2025E`/`2026F` (estimates keep their letter),
   * `Q2` (2분기, no year), `2024/2025` ('24~25년), `2025-01-29`, `2025-01` (2025년 1월), `--01-20`
   * (1월 20일, 01-22, 1/30, January 30: month and day without a year), `--06` (6월), `--04/--06`
   * (4~6월), `---20` (20일: a day of the month).
   */
  period?: string;
}

/** Where the text comes from; a lone four-digit number in a data cell is a value, in prose a year. */
export type ReadingContext = 'prose' | 'cell' | 'header';
