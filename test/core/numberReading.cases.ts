// Hand-derived gold cases for the number reader, taken from the real reports in seeds/*.md.
//
// Every `source` is an exact excerpt of the seed line (Markdown backslash escapes and HTML tags
// removed): a phrase of prose, or the full text of one table cell. `expect` lists every number the
// reader must return for that source, in order; `notQuantities` lists digit-bearing substrings that no
// returned number may overlap. Values follow numberTypes.ts and CONSISTENCY.md §1:
//   value = number × scale; interval = value ± 0.5·10^-decimals·scale;
//   approximate widens to ± max(h, 5%·|v|); atLeast/moreThan leave high null, atMost/lessThan low null;
//   ranges span both ends' intervals (value null); periods and dates have value/low/high/unit null.
// Interval bounds are written as exact decimals: compare them with a small tolerance (float noise,
// e.g. 1.1 − 0.055), and compare the value of `-0.0` as 0.
import type { NumberKind, Approximation, ReadingContext } from '../../server/src/core/numbers/numberTypes';

export interface ExpectedNumber {
  text: string;
  kind: NumberKind;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  scale: number;
  decimals?: number;
  approx?: Approximation;
  range?: boolean;
  period?: string;
}

export interface NumberCase {
  seed: string;
  line: number;
  source: string;
  context: ReadingContext;
  expect: ExpectedNumber[];
}

export interface NonQuantityCase {
  seed: string;
  line: number;
  source: string;
  context: ReadingContext;
  notQuantities: string[];
}

const S000 = '000_769e3c25c3dd0279.md';
const S001 = '001_cb93e14f1339dffe.md';
const S002 = '002_5d00c0ceb4fdecc9.md';
const S003 = '003_5d12a9f6474251b4.md';
const S004 = '004_311725c3b42caac1.md';

export const readingCases: NumberCase[] = [
  // ───────────────────────── 000: AI Weekly (미래에셋) ─────────────────────────
  {
    seed: S000, line: 27, context: 'prose',
    source: 'o1보다 25-30배 저렴한 가격으로 제공',
    expect: [
      { text: '25-30배', kind: 'multiple', value: null, low: 24.5, high: 30.5, unit: 'x', scale: 1, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 27, context: 'prose',
    source: 'R1은 총 6,710억 개의 파라미터 중 370억 개가 상시 활성화되는',
    expect: [
      { text: '6,710억 개', kind: 'count', value: 671000000000, low: 670950000000, high: 671050000000, unit: '개', scale: 1e8, decimals: 0 },
      { text: '370억 개', kind: 'count', value: 37000000000, low: 36950000000, high: 37050000000, unit: '개', scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 35, context: 'prose',
    source: '24종의 제조장비에 대한 수출 통제를 강화',
    expect: [
      { text: '24종', kind: 'count', value: 24, low: 23.5, high: 24.5, unit: '종', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 37, context: 'prose',
    source: 'o3 모델은 GPQA에서 87%의 성능을 달성했다고 알려짐',
    expect: [
      { text: '87%', kind: 'percent', value: 87, low: 86.5, high: 87.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 37, context: 'prose',
    source: 'David Shapiro는 o3의 IQ가 145 수준에 도달했다고 평가하며, o3-pro는 150 수준에 육박할 것으로 전망',
    expect: [
      // 수준: approximate, ± max(0.5, 5% of 145 = 7.25)
      { text: '145', kind: 'quantity', value: 145, low: 137.75, high: 152.25, unit: null, scale: 1, decimals: 0, approx: 'approximate' },
      { text: '150', kind: 'quantity', value: 150, low: 142.5, high: 157.5, unit: null, scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 39, context: 'prose',
    source: 'WEF는 향후 5년간 41%의 기업이 AI로 인한 인력 감축을 예상',
    expect: [
      { text: '5년간', kind: 'count', value: 5, low: 4.5, high: 5.5, unit: '년', scale: 1, decimals: 0 },
      { text: '41%', kind: 'percent', value: 41, low: 40.5, high: 41.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 41, context: 'prose',
    source: 'AGI가 2029년 1월 이전에 개발될 것으로 전망을 수정',
    expect: [
      { text: '2029년 1월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2029-01' },
    ],
  },
  {
    seed: S000, line: 45, context: 'prose',
    source: '탐색 범위도 10만~100만 개 수준에 불과했음',
    expect: [
      // range 10만~100만 개, widened by 수준 at each end: 100000 − max(5000, 5000), 1000000 + max(5000, 50000)
      { text: '10만~100만 개', kind: 'count', value: null, low: 95000, high: 1050000, unit: '개', scale: 1e4, decimals: 0, range: true, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 47, context: 'prose',
    source: '기존 연구 대비 2배 이상 높은 78%의 안정적인 구조 생성 성공률을 보였으며',
    expect: [
      { text: '2배', kind: 'multiple', value: 2, low: 1.5, high: null, unit: 'x', scale: 1, decimals: 0, approx: 'atLeast' },
      { text: '78%', kind: 'percent', value: 78, low: 77.5, high: 78.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 139, context: 'prose',
    source: '96~98%의 "파격 세일"이라 할 수 있다',
    expect: [
      { text: '96~98%', kind: 'percent', value: null, low: 95.5, high: 98.5, unit: '%', scale: 1, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 139, context: 'prose',
    source: 'DeepSeek는 25~30배 저렴한 가격이면서도 o1 성과와 일치한다',
    expect: [
      { text: '25~30배', kind: 'multiple', value: null, low: 24.5, high: 30.5, unit: 'x', scale: 1, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 218, context: 'prose',
    source: '8,000 스텝 정도가 되면 더 긴 사고의 연쇄(CoT)를 생성하는 경향을 보인다',
    expect: [
      // 정도: approximate, ± max(0.5, 400)
      { text: '8,000 스텝', kind: 'count', value: 8000, low: 7600, high: 8400, unit: '스텝', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 234, context: 'prose',
    source: 'PPO 대비 30% 적은 메모리 사용했고',
    expect: [
      { text: '30%', kind: 'percent', value: 30, low: 29.5, high: 30.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 234, context: 'prose',
    source: '정확도가 46.8% → 51.7%로 향상되었다고 논문에 적혀있음',
    expect: [
      { text: '46.8%', kind: 'percent', value: 46.8, low: 46.75, high: 46.85, unit: '%', scale: 1, decimals: 1 },
      { text: '51.7%', kind: 'percent', value: 51.7, low: 51.65, high: 51.75, unit: '%', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 239, context: 'cell',
    source: '필요 없음 → 메모리 사용량 50% 감소',
    expect: [
      { text: '50%', kind: 'percent', value: 50, low: 49.5, high: 50.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 251, context: 'prose',
    source: '대규모 SFT(60만개의 예시)',
    expect: [
      { text: '60만개', kind: 'count', value: 600000, low: 595000, high: 605000, unit: '개', scale: 1e4, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 253, context: 'prose',
    source: '15.6%에서 71.0%로 비약적인 성능 향상을 보였으며, majority voting을 적용할 경우 86.7%의 정확도를 달성하여',
    expect: [
      { text: '15.6%', kind: 'percent', value: 15.6, low: 15.55, high: 15.65, unit: '%', scale: 1, decimals: 1 },
      { text: '71.0%', kind: 'percent', value: 71, low: 70.95, high: 71.05, unit: '%', scale: 1, decimals: 1 },
      { text: '86.7%', kind: 'percent', value: 86.7, low: 86.65, high: 86.75, unit: '%', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 260, context: 'prose',
    source: 'R1을 교사 모델로 사용하여 80만 개의 고품질 데이터를 생성하고',
    expect: [
      { text: '80만 개', kind: 'count', value: 800000, low: 795000, high: 805000, unit: '개', scale: 1e4, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 272, context: 'prose',
    source: '가장 작은 모델은 15억 개의 파라미터를 가지고 있다',
    expect: [
      { text: '15억 개', kind: 'count', value: 1500000000, low: 1450000000, high: 1550000000, unit: '개', scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 272, context: 'prose',
    source: '이 중에서 15억과 70억짜리 모델은 구글의 CoLab 환경에서도 쉽게 실행할 수 있고',
    expect: [
      { text: '15억', kind: 'quantity', value: 1500000000, low: 1450000000, high: 1550000000, unit: null, scale: 1e8, decimals: 0 },
      { text: '70억', kind: 'quantity', value: 7000000000, low: 6950000000, high: 7050000000, unit: null, scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 274, context: 'prose',
    source: 'MATH-500에서 92.8% 정확도를 기록하며',
    expect: [
      { text: '92.8%', kind: 'percent', value: 92.8, low: 92.75, high: 92.85, unit: '%', scale: 1, decimals: 1 },
    ],
  },
  // Table 3 (distilled models and their memory)
  {
    seed: S000, line: 280, context: 'header',
    source: '용량(Ollama 기준 4비트 양자화 적용)',
    expect: [
      { text: '4비트', kind: 'measure', value: 4, low: 3.5, high: 4.5, unit: 'bit', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 281, context: 'cell',
    source: '1.5B (15억)',
    expect: [
      { text: '1.5B', kind: 'quantity', value: 1500000000, low: 1450000000, high: 1550000000, unit: null, scale: 1e9, decimals: 1 },
      { text: '15억', kind: 'quantity', value: 1500000000, low: 1450000000, high: 1550000000, unit: null, scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 281, context: 'cell',
    source: '~6 GB',
    expect: [
      // ± max(0.5, 0.3)
      { text: '~6 GB', kind: 'measure', value: 6, low: 5.5, high: 6.5, unit: 'GB', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 281, context: 'cell',
    source: '~1.1 GB',
    expect: [
      // ± max(0.05, 0.055)
      { text: '~1.1 GB', kind: 'measure', value: 1.1, low: 1.045, high: 1.155, unit: 'GB', scale: 1, decimals: 1, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 282, context: 'cell',
    source: '7B (70억)',
    expect: [
      { text: '7B', kind: 'quantity', value: 7000000000, low: 6500000000, high: 7500000000, unit: null, scale: 1e9, decimals: 0 },
      { text: '70억', kind: 'quantity', value: 7000000000, low: 6950000000, high: 7050000000, unit: null, scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 282, context: 'cell',
    source: '~28 GB',
    expect: [
      { text: '~28 GB', kind: 'measure', value: 28, low: 26.6, high: 29.4, unit: 'GB', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 282, context: 'cell',
    source: '~4.1 GB',
    expect: [
      { text: '~4.1 GB', kind: 'measure', value: 4.1, low: 3.895, high: 4.305, unit: 'GB', scale: 1, decimals: 1, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 284, context: 'cell',
    source: '32B (320억)',
    expect: [
      { text: '32B', kind: 'quantity', value: 32000000000, low: 31500000000, high: 32500000000, unit: null, scale: 1e9, decimals: 0 },
      { text: '320억', kind: 'quantity', value: 32000000000, low: 31950000000, high: 32050000000, unit: null, scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 284, context: 'cell',
    source: '~128 GB',
    expect: [
      { text: '~128 GB', kind: 'measure', value: 128, low: 121.6, high: 134.4, unit: 'GB', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 286, context: 'cell',
    source: '~280 GB',
    expect: [
      { text: '~280 GB', kind: 'measure', value: 280, low: 266, high: 294, unit: 'GB', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 286, context: 'cell',
    source: '~40 GB',
    expect: [
      { text: '~40 GB', kind: 'measure', value: 40, low: 38, high: 42, unit: 'GB', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 289, context: 'prose',
    source: 'Float32 용량은 모델의 파라미터를 부동소수점 32비트 형식으로 저장했을 때의 용량',
    expect: [
      { text: '32비트', kind: 'measure', value: 32, low: 31.5, high: 32.5, unit: 'bit', scale: 1, decimals: 0 },
    ],
  },
  // Figure 9 (distilled models' benchmark scores)
  {
    seed: S000, line: 296, context: 'cell',
    source: '759.0',
    expect: [
      { text: '759.0', kind: 'quantity', value: 759, low: 758.95, high: 759.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 296, context: 'cell',
    source: '13.4',
    expect: [
      { text: '13.4', kind: 'quantity', value: 13.4, low: 13.35, high: 13.45, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 298, context: 'cell',
    source: '1820.0',
    expect: [
      { text: '1820.0', kind: 'quantity', value: 1820, low: 1819.95, high: 1820.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  // Figure 2 (R1 vs frontier models)
  {
    seed: S000, line: 96, context: 'cell',
    source: '37B',
    expect: [
      { text: '37B', kind: 'quantity', value: 37000000000, low: 36500000000, high: 37500000000, unit: null, scale: 1e9, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 97, context: 'cell',
    source: '671B',
    expect: [
      { text: '671B', kind: 'quantity', value: 671000000000, low: 670500000000, high: 671500000000, unit: null, scale: 1e9, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 96, context: 'cell',
    source: '-',
    expect: [],
  },
  {
    seed: S000, line: 104, context: 'cell',
    source: '7.0',
    expect: [
      { text: '7.0', kind: 'quantity', value: 7, low: 6.95, high: 7.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 111, context: 'cell',
    source: '2029',
    expect: [
      // a lone four-digit integer in a data cell is a value (Codeforces rating), not a year
      { text: '2029', kind: 'quantity', value: 2029, low: 2028.5, high: 2029.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 111, context: 'cell',
    source: '1134',
    expect: [
      { text: '1134', kind: 'quantity', value: 1134, low: 1133.5, high: 1134.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 117, context: 'cell',
    source: '13.1',
    expect: [
      { text: '13.1', kind: 'quantity', value: 13.1, low: 13.05, high: 13.15, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 323, context: 'prose',
    source: '2025년 1월 20일, DeepSeek의 CEO인 량원펑(梁文锋)은',
    expect: [
      { text: '2025년 1월 20일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-01-20' },
    ],
  },
  {
    seed: S000, line: 331, context: 'prose',
    source: '중국은 지난 12월 26일 모택동 탄생일을 맞아',
    expect: [
      { text: '12월 26일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--12-26' },
    ],
  },
  {
    seed: S000, line: 333, context: 'prose',
    source: '스푸트니크 모멘트는 1957년 10월 4일 소련이 지구 궤도에 진입한 최초의 인공위성',
    expect: [
      { text: '1957년 10월 4일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '1957-10-04' },
    ],
  },
  {
    seed: S000, line: 339, context: 'prose',
    source: '이 규제들은 5월 15일부터 본격 시행될 예정이며',
    expect: [
      { text: '5월 15일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--05-15' },
    ],
  },
  {
    seed: S000, line: 345, context: 'prose',
    source: '먼저 첫째는 1월 13일 발표된 AI 칩과 모델 가중치',
    expect: [
      { text: '1월 13일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-13' },
    ],
  },
  {
    seed: S000, line: 345, context: 'prose',
    source: '전 세계를 3개 등급으로 나누어 규제를 차등 적용했는데',
    expect: [
      { text: '3개', kind: 'count', value: 3, low: 2.5, high: 3.5, unit: '개', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 347, context: 'prose',
    source: '정책의 핵심은 반도체 제조장비 24종과 소프트웨어 도구 3종에 대한 새로운 통제가 도입된 것과',
    expect: [
      { text: '24종', kind: 'count', value: 24, low: 23.5, high: 24.5, unit: '종', scale: 1, decimals: 0 },
      { text: '3종', kind: 'count', value: 3, low: 2.5, high: 3.5, unit: '종', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 364, context: 'prose',
    source: '반도체 수출 통제 범위를 7nm 이하에서',
    expect: [
      { text: '7nm', kind: 'measure', value: 7, low: null, high: 7.5, unit: 'nm', scale: 1, decimals: 0, approx: 'atMost' },
    ],
  },
  {
    seed: S000, line: 366, context: 'prose',
    source: '2022년 4분기, 미국의 대중국 규제는',
    expect: [
      { text: '2022년 4분기', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2022-Q4' },
    ],
  },
  {
    seed: S000, line: 366, context: 'prose',
    source: 'SemiAnalysis가 2023년 9월 당시에 한 여러 예측들을',
    expect: [
      { text: '2023년 9월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2023-09' },
    ],
  },
  {
    seed: S000, line: 369, context: 'prose',
    source: '엔비디아 A100 성능 기준 100만 개 이상의 칩을 보유할 것이라고 했다',
    expect: [
      { text: '100만 개', kind: 'count', value: 1000000, low: 995000, high: null, unit: '개', scale: 1e4, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 371, context: 'prose',
    source: '만약 SMIC가 5나노 공정에 성공한다면',
    expect: [
      { text: '5나노', kind: 'measure', value: 5, low: 4.5, high: 5.5, unit: 'nm', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 375, context: 'prose',
    source: '중국은 28nm용 장비를 수입하여 멀티 패터닝 기술 통해 7nm 칩 생산에 활용해 왔다',
    expect: [
      { text: '28nm', kind: 'measure', value: 28, low: 27.5, high: 28.5, unit: 'nm', scale: 1, decimals: 0 },
      { text: '7nm', kind: 'measure', value: 7, low: 6.5, high: 7.5, unit: 'nm', scale: 1, decimals: 0 },
    ],
  },
  // Table 5 (TSMC results and guidance)
  {
    seed: S000, line: 395, context: 'header',
    source: '4Q24',
    expect: [
      { text: '4Q24', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024-Q4' },
    ],
  },
  {
    seed: S000, line: 395, context: 'header',
    source: '2024년',
    expect: [
      { text: '2024년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024' },
    ],
  },
  {
    seed: S000, line: 396, context: 'cell',
    source: '268.8억 달러',
    expect: [
      { text: '268.8억 달러', kind: 'currency', value: 26880000000, low: 26875000000, high: 26885000000, unit: 'USD', scale: 1e8, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 396, context: 'cell',
    source: '900.8억 달러',
    expect: [
      { text: '900.8억 달러', kind: 'currency', value: 90080000000, low: 90075000000, high: 90085000000, unit: 'USD', scale: 1e8, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 396, context: 'cell',
    source: '1Q25: 250억 달러 ~ 258억 달러',
    expect: [
      { text: '1Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-Q1' },
      { text: '250억 달러 ~ 258억 달러', kind: 'currency', value: null, low: 24950000000, high: 25850000000, unit: 'USD', scale: 1e8, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 397, context: 'cell',
    source: '59%',
    expect: [
      { text: '59%', kind: 'percent', value: 59, low: 58.5, high: 59.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 397, context: 'cell',
    source: '56.1%',
    expect: [
      { text: '56.1%', kind: 'percent', value: 56.1, low: 56.05, high: 56.15, unit: '%', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 397, context: 'cell',
    source: '1Q25: 57% ~ 59%',
    expect: [
      { text: '1Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-Q1' },
      { text: '57% ~ 59%', kind: 'percent', value: null, low: 56.5, high: 59.5, unit: '%', scale: 1, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 398, context: 'cell',
    source: '1Q25: 46.5% ~ 48.5%',
    expect: [
      { text: '1Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-Q1' },
      { text: '46.5% ~ 48.5%', kind: 'percent', value: null, low: 46.45, high: 48.55, unit: '%', scale: 1, decimals: 1, range: true },
    ],
  },
  {
    seed: S000, line: 399, context: 'cell',
    source: '3,418',
    expect: [
      { text: '3,418', kind: 'quantity', value: 3418, low: 3417.5, high: 3418.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 399, context: 'cell',
    source: '12,910',
    expect: [
      { text: '12,910', kind: 'quantity', value: 12910, low: 12909.5, high: 12910.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 400, context: 'cell',
    source: '3나노 매출비중',
    expect: [
      { text: '3나노', kind: 'measure', value: 3, low: 2.5, high: 3.5, unit: 'nm', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 402, context: 'cell',
    source: 'AI 관련 매출비중은 2025-2029 CAGR 40% 예상',
    expect: [
      { text: '2025-2029', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, range: true, period: '2025/2029' },
      { text: '40%', kind: 'percent', value: 40, low: 39.5, high: 40.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 403, context: 'cell',
    source: 'N/A',
    expect: [],
  },
  {
    seed: S000, line: 403, context: 'cell',
    source: '8% 이상',
    expect: [
      { text: '8%', kind: 'percent', value: 8, low: 7.5, high: null, unit: '%', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 403, context: 'cell',
    source: '2025년: 10% 이상',
    expect: [
      { text: '2025년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025' },
      { text: '10%', kind: 'percent', value: 10, low: 9.5, high: null, unit: '%', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 404, context: 'cell',
    source: '298억 달러',
    expect: [
      { text: '298억 달러', kind: 'currency', value: 29800000000, low: 29750000000, high: 29850000000, unit: 'USD', scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 404, context: 'cell',
    source: '2025년: 380억 달러 - 420억 달러',
    expect: [
      { text: '2025년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025' },
      { text: '380억 달러 - 420억 달러', kind: 'currency', value: null, low: 37950000000, high: 42050000000, unit: 'USD', scale: 1e8, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 420, context: 'prose',
    source: '정말로 2025년에 무언가를 해야 한다고 생각합니다',
    expect: [
      { text: '2025년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025' },
    ],
  },
  {
    seed: S000, line: 440, context: 'prose',
    source: '이는 그가 10년 이상의 공직 생활 동안',
    expect: [
      { text: '10년', kind: 'count', value: 10, low: 9.5, high: null, unit: '년', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 443, context: 'prose',
    source: '지난 12월에 공개된 o3 모델은 87%의 성능을 기록했기 때문이다',
    expect: [
      { text: '12월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--12' },
      { text: '87%', kind: 'percent', value: 87, low: 86.5, high: 87.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 447, context: 'prose',
    source: 'o1-pro의 인간 수준 IQ가 약 133 정도로 보입니다',
    expect: [
      // 약 … 정도: approximate, ± max(0.5, 6.65)
      { text: '133', kind: 'quantity', value: 133, low: 126.35, high: 139.65, unit: null, scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 449, context: 'prose',
    source: '아마도 145 정도의 IQ에 도달했을 것입니다',
    expect: [
      { text: '145', kind: 'quantity', value: 145, low: 137.75, high: 152.25, unit: null, scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 481, context: 'prose',
    source: '지난 2016년, 인간이 나쁜 수',
    expect: [
      { text: '2016년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2016' },
    ],
  },
  {
    seed: S000, line: 485, context: 'prose',
    source: '2025년 1월 10일 "조 로건 쇼"에 출연한',
    expect: [
      { text: '2025년 1월 10일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-01-10' },
    ],
  },
  {
    seed: S000, line: 487, context: 'prose',
    source: '이제 2%의 인류만이 농부이지 않나',
    expect: [
      { text: '2%', kind: 'percent', value: 2, low: 1.5, high: 2.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 489, context: 'prose',
    source: '엔지니어링 팀의 생산성을 30% 이상 향상시켰다면서',
    expect: [
      { text: '30%', kind: 'percent', value: 30, low: 29.5, high: null, unit: '%', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 489, context: 'prose',
    source: '"2025년에는 더 이상 소프트웨어 엔지니어를 채용하지 않을 것이고 대신 영업직 1,000-2,000명을 신규 채용할 계획"',
    expect: [
      // `더 이상` (any more) does not qualify the year
      { text: '2025년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025' },
      { text: '1,000-2,000명', kind: 'count', value: null, low: 999.5, high: 2000.5, unit: '명', scale: 1, decimals: 0, range: true },
    ],
  },
  {
    seed: S000, line: 491, context: 'prose',
    source: '최초의 10억 달러 규모의 회사가 탄생할 것',
    expect: [
      { text: '10억 달러', kind: 'currency', value: 1000000000, low: 950000000, high: 1050000000, unit: 'USD', scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 493, context: 'prose',
    source: '2024년 11월, 샘 알트만은',
    expect: [
      { text: '2024년 11월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024-11' },
    ],
  },
  {
    seed: S000, line: 497, context: 'prose',
    source: '총 5,000억 달러 규모를 쏟아부어 10개의 데이터센터를 건설하겠다는',
    expect: [
      { text: '5,000억 달러', kind: 'currency', value: 500000000000, low: 499950000000, high: 500050000000, unit: 'USD', scale: 1e8, decimals: 0 },
      { text: '10개', kind: 'count', value: 10, low: 9.5, high: 10.5, unit: '개', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 503, context: 'prose',
    source: '트럼프의 임기 종료일은 2029년 1월 20일이다.',
    expect: [
      { text: '2029년 1월 20일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2029-01-20' },
    ],
  },
  {
    seed: S000, line: 505, context: 'prose',
    source: '표 6. OpenAI가 2024년 9월에',
    expect: [
      { text: '2024년 9월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024-09' },
    ],
  },
  // Table 6 (OpenAI infrastructure blueprint)
  {
    seed: S000, line: 512, context: 'cell',
    source: 'AI 모델 개발 위한 1천억 달러 규모의 데이터센터 캠퍼스 구축',
    expect: [
      // 천억 is one scale word (1e11), so the precision step is 1e11
      { text: '1천억 달러', kind: 'currency', value: 100000000000, low: 50000000000, high: 150000000000, unit: 'USD', scale: 1e11, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 513, context: 'cell',
    source: '5GW 데이터 센터 규모',
    expect: [
      { text: '5GW', kind: 'measure', value: 5, low: 4.5, high: 5.5, unit: 'GW', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 513, context: 'cell',
    source: '부지: 약 279만 제곱미터 GPU: 2백만 개 연간 43.8 TWh 전력 (현재 데이터 센터 전력 사용량의 약 15%)',
    expect: [
      // 약: ± max(5000, 5% of 2,790,000 = 139,500)
      { text: '279만 제곱미터', kind: 'measure', value: 2790000, low: 2650500, high: 2929500, unit: 'm²', scale: 1e4, decimals: 0, approx: 'approximate' },
      { text: '2백만 개', kind: 'count', value: 2000000, low: 1500000, high: 2500000, unit: '개', scale: 1e6, decimals: 0 },
      { text: '43.8 TWh', kind: 'measure', value: 43.8, low: 43.75, high: 43.85, unit: 'TWh', scale: 1, decimals: 1 },
      { text: '15%', kind: 'percent', value: 15, low: 14.25, high: 15.75, unit: '%', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 513, context: 'cell',
    source: '5GW급 데이터센터는 원전 5기에 해당하는 엄청난 규모',
    expect: [
      { text: '5GW', kind: 'measure', value: 5, low: 4.5, high: 5.5, unit: 'GW', scale: 1, decimals: 0 },
      { text: '5기', kind: 'count', value: 5, low: 4.5, high: 5.5, unit: '기', scale: 1, decimals: 0 },
    ],
  },
  // Table 7: the model names in this cell are not numbers; only the two counts are.
  {
    seed: S000, line: 525, context: 'cell',
    source: '230개 이상 LLM 개발, 180개 이상 정부 승인 주목할 만한 모델로는, 알리바바의 Qwen2, 01.AI의 Yi-34b, 센스타임의 SenseTime 5.5, 바이두의 어니 4.0가 있음 특히 DeepSeek-Coder-V2는 평가에서 GPT-4 Turbo 능가',
    expect: [
      { text: '230개', kind: 'count', value: 230, low: 229.5, high: null, unit: '개', scale: 1, decimals: 0, approx: 'atLeast' },
      { text: '180개', kind: 'count', value: 180, low: 179.5, high: null, unit: '개', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 571, context: 'prose',
    source: '생성된 구조 중 무려 78%가 ‘안정적’이라고 판단되는 ‘껍질 위 에너지 0.1 eV/atom',
    expect: [
      { text: '78%', kind: 'percent', value: 78, low: 77.5, high: 78.5, unit: '%', scale: 1, decimals: 0 },
      { text: '0.1 eV/atom', kind: 'measure', value: 0.1, low: 0.05, high: 0.15, unit: 'eV/atom', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 571, context: 'prose',
    source: '이는 기존 연구 대비 2배 이상 높은 성공률로',
    expect: [
      { text: '2배', kind: 'multiple', value: 2, low: 1.5, high: null, unit: 'x', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S000, line: 580, context: 'prose',
    source: 'MatterGen은 1,000개의 구조를 생성했을 때 모든 구조가 서로 달랐으며(100% 고유성)',
    expect: [
      { text: '1,000개', kind: 'count', value: 1000, low: 999.5, high: 1000.5, unit: '개', scale: 1, decimals: 0 },
      { text: '100%', kind: 'percent', value: 100, low: 99.5, high: 100.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 593, context: 'prose',
    source: '이 물질의 목표는 200GPa의 체적 탄성률이었는 데 계산 결과 222GPa로 예측되었다',
    expect: [
      { text: '200GPa', kind: 'measure', value: 200, low: 199.5, high: 200.5, unit: 'GPa', scale: 1, decimals: 0 },
      { text: '222GPa', kind: 'measure', value: 222, low: 221.5, high: 222.5, unit: 'GPa', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 593, context: 'prose',
    source: '실험 때 측정한 값인 최대 169GPa과',
    expect: [
      { text: '169GPa', kind: 'measure', value: 169, low: null, high: 169.5, unit: 'GPa', scale: 1, decimals: 0, approx: 'atMost' },
    ],
  },
  // Tables 8 and 9 (peer tables)
  {
    seed: S000, line: 608, context: 'cell',
    source: '223.83',
    expect: [
      { text: '223.83', kind: 'quantity', value: 223.83, low: 223.825, high: 223.835, unit: null, scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S000, line: 608, context: 'cell',
    source: '4,834',
    expect: [
      { text: '4,834', kind: 'quantity', value: 4834, low: 4833.5, high: 4834.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 608, context: 'cell',
    source: '-5.9',
    expect: [
      { text: '-5.9', kind: 'quantity', value: -5.9, low: -5.95, high: -5.85, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 608, context: 'cell',
    source: '-12.0',
    expect: [
      { text: '-12.0', kind: 'quantity', value: -12, low: -12.05, high: -11.95, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 608, context: 'cell',
    source: '01-30 엔드유저 데이터 보유 및 서비스 배포능력',
    expect: [
      // `30 엔드유저` is not 30 yen
      { text: '01-30', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-30' },
    ],
  },
  {
    seed: S000, line: 610, context: 'cell',
    source: '53,800',
    expect: [
      { text: '53,800', kind: 'quantity', value: 53800, low: 53799.5, high: 53800.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 613, context: 'cell',
    source: '337,000',
    expect: [
      { text: '337,000', kind: 'quantity', value: 337000, low: 336999.5, high: 337000.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 617, context: 'cell',
    source: '1,125.17',
    expect: [
      { text: '1,125.17', kind: 'quantity', value: 1125.17, low: 1125.165, high: 1125.175, unit: null, scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S000, line: 619, context: 'cell',
    source: '-0.0',
    expect: [
      { text: '-0.0', kind: 'quantity', value: 0, low: -0.05, high: 0.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 619, context: 'cell',
    source: '01-29 기업 고객 대상 AI 모델 개발, 배포 플랫폼(watsonx)',
    expect: [
      { text: '01-29', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-29' },
    ],
  },
  {
    seed: S000, line: 625, context: 'cell',
    source: '-68.6',
    expect: [
      { text: '-68.6', kind: 'quantity', value: -68.6, low: -68.65, high: -68.55, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 630, context: 'cell',
    source: '336.8',
    expect: [
      { text: '336.8', kind: 'quantity', value: 336.8, low: 336.75, high: 336.85, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 644, context: 'cell',
    source: '1.41',
    expect: [
      { text: '1.41', kind: 'quantity', value: 1.41, low: 1.405, high: 1.415, unit: null, scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S000, line: 650, context: 'cell',
    source: '10,640.00',
    expect: [
      { text: '10,640.00', kind: 'quantity', value: 10640, low: 10639.995, high: 10640.005, unit: null, scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S000, line: 653, context: 'cell',
    source: '100.0',
    expect: [
      { text: '100.0', kind: 'quantity', value: 100, low: 99.95, high: 100.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S000, line: 657, context: 'cell',
    source: '01-22 HBM 부문 전세계 최강자',
    expect: [
      { text: '01-22', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-22' },
    ],
  },
  {
    seed: S000, line: 663, context: 'cell',
    source: '02-06 7나노 공정을 달성한 중국 유일의 미세공정 파운드리',
    expect: [
      { text: '02-06', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--02-06' },
      { text: '7나노', kind: 'measure', value: 7, low: 6.5, high: 7.5, unit: 'nm', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 664, context: 'cell',
    source: '1,135.00',
    expect: [
      { text: '1,135.00', kind: 'quantity', value: 1135, low: 1134.995, high: 1135.005, unit: null, scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S000, line: 664, context: 'cell',
    source: '1,290',
    expect: [
      { text: '1,290', kind: 'quantity', value: 1290, low: 1289.5, high: 1290.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  // Tables 10 and 11 (rankings): `rank(change)`
  {
    seed: S000, line: 699, context: 'cell',
    source: '1(New)',
    expect: [
      { text: '1', kind: 'quantity', value: 1, low: 0.5, high: 1.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 700, context: 'cell',
    source: '2(▼1)',
    expect: [
      { text: '2', kind: 'quantity', value: 2, low: 1.5, high: 2.5, unit: null, scale: 1, decimals: 0 },
      { text: '▼1', kind: 'quantity', value: -1, low: -1.5, high: -0.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 701, context: 'cell',
    source: '3(▼2)',
    expect: [
      { text: '3', kind: 'quantity', value: 3, low: 2.5, high: 3.5, unit: null, scale: 1, decimals: 0 },
      { text: '▼2', kind: 'quantity', value: -2, low: -2.5, high: -1.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 702, context: 'cell',
    source: '4(-)',
    expect: [
      { text: '4', kind: 'quantity', value: 4, low: 3.5, high: 4.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 704, context: 'cell',
    source: '6(▲1)',
    expect: [
      { text: '6', kind: 'quantity', value: 6, low: 5.5, high: 6.5, unit: null, scale: 1, decimals: 0 },
      { text: '▲1', kind: 'quantity', value: 1, low: 0.5, high: 1.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 708, context: 'cell',
    source: '10(▼1)',
    expect: [
      { text: '10', kind: 'quantity', value: 10, low: 9.5, high: 10.5, unit: null, scale: 1, decimals: 0 },
      { text: '▼1', kind: 'quantity', value: -1, low: -1.5, high: -0.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 699, context: 'cell',
    source: '1379',
    expect: [
      { text: '1379', kind: 'quantity', value: 1379, low: 1378.5, high: 1379.5, unit: null, scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S000, line: 702, context: 'cell',
    source: '2023년 10월',
    expect: [
      { text: '2023년 10월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2023-10' },
    ],
  },
  {
    seed: S000, line: 703, context: 'cell',
    source: '2024년 8월',
    expect: [
      { text: '2024년 8월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024-08' },
    ],
  },
  {
    seed: S000, line: 718, context: 'cell',
    source: '75.67',
    expect: [
      { text: '75.67', kind: 'quantity', value: 75.67, low: 75.665, high: 75.675, unit: null, scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S000, line: 733, context: 'prose',
    source: '인간 전문가들도 약 65%의 정확도를 보임',
    expect: [
      { text: '65%', kind: 'percent', value: 65, low: 61.75, high: 68.25, unit: '%', scale: 1, decimals: 0, approx: 'approximate' },
    ],
  },
  {
    seed: S000, line: 696, context: 'prose',
    source: '표 10. LLM 벤치마크 챗봇아레나의 “Hard Prompts” 기준 성능 상위 모델 10개(동일 모델 생략)',
    expect: [
      { text: '10개', kind: 'count', value: 10, low: 9.5, high: 10.5, unit: '개', scale: 1, decimals: 0 },
    ],
  },

  // ───────────────────────── 001: 반도체 (다올투자증권) ─────────────────────────
  {
    seed: S001, line: 13, context: 'prose',
    source: '2) 1H25 중 AI 수요 서프라이즈가 확인될 것이라는 점에서',
    expect: [
      { text: '1H25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-H1' },
    ],
  },
  {
    seed: S001, line: 13, context: 'prose',
    source: '1월 단기 급등 후 가격 부담+DeepSeek 영향으로 변동성이 만들어질 수 있는 2월',
    expect: [
      { text: '1월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01' },
      { text: '2월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--02' },
    ],
  },
  {
    seed: S001, line: 48, context: 'prose',
    source: 'Focus Chart 2 Microsoft & Meta FY25 투자 기조 정리',
    expect: [
      { text: 'FY25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: 'FY2025' },
    ],
  },
  {
    seed: S001, line: 63, context: 'prose',
    source: 'DeepSeek는 2023년 설립된 중국의 AI 모델 개발 스타트업이다',
    expect: [
      { text: '2023년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2023' },
    ],
  },
  {
    seed: S001, line: 63, context: 'prose',
    source: '23년 11월에 처음으로 LLM을 공개했고',
    expect: [
      { text: '23년 11월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2023-11' },
    ],
  },
  {
    seed: S001, line: 63, context: 'prose',
    source: '최근 1월 20일 R1과 R1-Zero 모델을 공개했다. 이와 더불어 1월 22일 R1의',
    expect: [
      { text: '1월 20일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-20' },
      { text: '1월 22일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-22' },
    ],
  },
  // Fig. 1 (DeepSeek-V3 training costs)
  {
    seed: S001, line: 83, context: 'cell',
    source: '2664K',
    expect: [
      { text: '2664K', kind: 'quantity', value: 2664000, low: 2663500, high: 2664500, unit: null, scale: 1e3, decimals: 0 },
    ],
  },
  {
    seed: S001, line: 83, context: 'cell',
    source: '119K',
    expect: [
      { text: '119K', kind: 'quantity', value: 119000, low: 118500, high: 119500, unit: null, scale: 1e3, decimals: 0 },
    ],
  },
  {
    seed: S001, line: 83, context: 'cell',
    source: '5K',
    expect: [
      { text: '5K', kind: 'quantity', value: 5000, low: 4500, high: 5500, unit: null, scale: 1e3, decimals: 0 },
    ],
  },
  {
    seed: S001, line: 83, context: 'cell',
    source: '2788K',
    expect: [
      { text: '2788K', kind: 'quantity', value: 2788000, low: 2787500, high: 2788500, unit: null, scale: 1e3, decimals: 0 },
    ],
  },
  {
    seed: S001, line: 84, context: 'cell',
    source: '$5.328M',
    expect: [
      { text: '$5.328M', kind: 'currency', value: 5328000, low: 5327500, high: 5328500, unit: 'USD', scale: 1e6, decimals: 3 },
    ],
  },
  {
    seed: S001, line: 84, context: 'cell',
    source: '$0.238M',
    expect: [
      { text: '$0.238M', kind: 'currency', value: 238000, low: 237500, high: 238500, unit: 'USD', scale: 1e6, decimals: 3 },
    ],
  },
  {
    seed: S001, line: 84, context: 'cell',
    source: '$0.01M',
    expect: [
      { text: '$0.01M', kind: 'currency', value: 10000, low: 5000, high: 15000, unit: 'USD', scale: 1e6, decimals: 2 },
    ],
  },
  {
    seed: S001, line: 84, context: 'cell',
    source: '$5.576M',
    expect: [
      { text: '$5.576M', kind: 'currency', value: 5576000, low: 5575500, high: 5576500, unit: 'USD', scale: 1e6, decimals: 3 },
    ],
  },
  {
    seed: S001, line: 86, context: 'prose',
    source: 'assuming the rental price of H800 is $2 per GPU hour',
    expect: [
      { text: '$2', kind: 'currency', value: 2, low: 1.5, high: 2.5, unit: 'USD', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S001, line: 88, context: 'prose',
    source: '「DeepSeek-V3 Technical Report」 (2024.12.27)',
    expect: [
      { text: '2024.12.27', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024-12-27' },
    ],
  },
  {
    seed: S001, line: 99, context: 'prose',
    source: 'Note: "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning" (2025.01.22)',
    expect: [
      { text: '2025.01.22', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-01-22' },
    ],
  },
  {
    seed: S001, line: 122, context: 'prose',
    source: '(23~24년) 집중적으로 투자한 단계이다',
    expect: [
      { text: '23~24년', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, range: true, period: '2023/2024' },
    ],
  },
  {
    seed: S001, line: 211, context: 'prose',
    source: '3) 2Q25, HBM 캐파 확대 등이다',
    expect: [
      { text: '2Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-Q2' },
    ],
  },
  {
    seed: S001, line: 213, context: 'prose',
    source: '1/30 오전에 발표된 Meta와 Microsoft는 각각 FY25 CapEx 가이드를 $60~65B, 최소 $88B',
    expect: [
      { text: '1/30', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-30' },
      { text: 'FY25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: 'FY2025' },
      // the bare first end inherits $ and B from the second
      { text: '$60~65B', kind: 'currency', value: null, low: 59500000000, high: 65500000000, unit: 'USD', scale: 1e9, decimals: 0, range: true },
      { text: '$88B', kind: 'currency', value: 88000000000, low: 87500000000, high: null, unit: 'USD', scale: 1e9, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S001, line: 213, context: 'prose',
    source: '당분기 FY2Q25 CapEx 수준이 3Q25, 4Q25에도 유지될 것',
    expect: [
      { text: 'FY2Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: 'FY2025-Q2' },
      { text: '3Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-Q3' },
      { text: '4Q25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2025-Q4' },
    ],
  },
  {
    seed: S001, line: 223, context: 'prose',
    source: 'Microsoft는 CY4Q24 실적발표에서 FY25 가이드를 제시',
    expect: [
      { text: 'CY4Q24', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024-Q4' },
      { text: 'FY25', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: 'FY2025' },
    ],
  },
  {
    seed: S001, line: 256, context: 'prose',
    source: '지분을 1% 이상 보유하고 있지 않습니다',
    expect: [
      { text: '1%', kind: 'percent', value: 1, low: 0.5, high: null, unit: '%', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S001, line: 260, context: 'prose',
    source: 'BUY : 83.4%',
    expect: [
      { text: '83.4%', kind: 'percent', value: 83.4, low: 83.35, high: 83.45, unit: '%', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S001, line: 260, context: 'prose',
    source: 'SELL : 0.0%',
    expect: [
      { text: '0.0%', kind: 'percent', value: 0, low: -0.05, high: 0.05, unit: '%', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S001, line: 266, context: 'prose',
    source: 'BUY: 추천기준일 증가대비 +15% 이상.',
    expect: [
      { text: '+15%', kind: 'percent', value: 15, low: 14.5, high: null, unit: '%', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S001, line: 268, context: 'prose',
    source: 'SELL: 추천기준일 증가대비 -15% 미만.',
    expect: [
      { text: '-15%', kind: 'percent', value: -15, low: null, high: -14.5, unit: '%', scale: 1, decimals: 0, approx: 'lessThan' },
    ],
  },

  // ───────────────────────── 002: 글로벌 AI (삼성증권) ─────────────────────────
  {
    seed: S002, line: 45, context: 'prose',
    source: '작업에 적합한 모델 선택을 통해 직원의 91%가 사용량 한도에 도달하지 않는 결과를 도출했다',
    expect: [
      { text: '91%', kind: 'percent', value: 91, low: 90.5, high: 91.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S002, line: 49, context: 'prose',
    source: '구글 Gemini 3.5 Flash(인풋 $1.5 및',
    expect: [
      { text: '$1.5', kind: 'currency', value: 1.5, low: 1.45, high: 1.55, unit: 'USD', scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 49, context: 'prose',
    source: '최근 공개된 오픈AI GPT-5.6 Luna(인풋 $1 및 아웃풋 $6)와 큰 차이는 없다',
    expect: [
      { text: '$1', kind: 'currency', value: 1, low: 0.5, high: 1.5, unit: 'USD', scale: 1, decimals: 0 },
      { text: '$6', kind: 'currency', value: 6, low: 5.5, high: 6.5, unit: 'USD', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S002, line: 68, context: 'prose',
    source: 'OpenRouter 내 미국과 중국 모델 점유율 비교(상위 10개)',
    expect: [
      { text: '10개', kind: 'count', value: 10, low: 9.5, high: 10.5, unit: '개', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S002, line: 85, context: 'prose',
    source: "사실 오픈시의 '24~25년과 1Q26 재무제표는 6월 중순 보도되었고",
    expect: [
      { text: "'24~25년", kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, range: true, period: '2024/2025' },
      { text: '1Q26', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2026-Q1' },
      { text: '6월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--06' },
    ],
  },
  {
    seed: S002, line: 89, context: 'prose',
    source: '따라서 과거보다 올해 2분기 이후의 개선 여부가 중요하다',
    expect: [
      { text: '2분기', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: 'Q2' },
    ],
  },
  {
    seed: S002, line: 94, context: 'prose',
    source: '경영진이 목표하는 기업 가치는 1조 달러지만',
    expect: [
      { text: '1조 달러', kind: 'currency', value: 1000000000000, low: 500000000000, high: 1500000000000, unit: 'USD', scale: 1e12, decimals: 0 },
    ],
  },
  {
    seed: S002, line: 98, context: 'prose',
    source: '예상했다(=27년 상반기 내)',
    expect: [
      { text: '27년 상반기', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2027-H1' },
    ],
  },
  // OpenAI financial summary (US$ bn)
  {
    seed: S002, line: 117, context: 'header',
    source: '2024',
    expect: [
      { text: '2024', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2024' },
    ],
  },
  {
    seed: S002, line: 117, context: 'header',
    source: '2026E',
    expect: [
      { text: '2026E', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2026E' },
    ],
  },
  {
    seed: S002, line: 117, context: 'header',
    source: '1Q26',
    expect: [
      { text: '1Q26', kind: 'period', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2026-Q1' },
    ],
  },
  {
    seed: S002, line: 118, context: 'cell',
    source: '3.7',
    expect: [
      { text: '3.7', kind: 'quantity', value: 3.7, low: 3.65, high: 3.75, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 118, context: 'cell',
    source: '13.1',
    expect: [
      { text: '13.1', kind: 'quantity', value: 13.1, low: 13.05, high: 13.15, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 118, context: 'cell',
    source: '284.0',
    expect: [
      { text: '284.0', kind: 'quantity', value: 284, low: 283.95, high: 284.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 119, context: 'cell',
    source: '253.2',
    expect: [
      { text: '253.2', kind: 'quantity', value: 253.2, low: 253.15, high: 253.25, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 131, context: 'cell',
    source: '(8.8)',
    expect: [
      { text: '(8.8)', kind: 'quantity', value: -8.8, low: -8.85, high: -8.75, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 131, context: 'cell',
    source: '(20.9)',
    expect: [
      { text: '(20.9)', kind: 'quantity', value: -20.9, low: -20.95, high: -20.85, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 135, context: 'cell',
    source: '(21.3)',
    expect: [
      { text: '(21.3)', kind: 'quantity', value: -21.3, low: -21.35, high: -21.25, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 137, context: 'cell',
    source: '(25.0)',
    expect: [
      { text: '(25.0)', kind: 'quantity', value: -25, low: -25.05, high: -24.95, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 137, context: 'cell',
    source: '39.0',
    expect: [
      { text: '39.0', kind: 'quantity', value: 39, low: 38.95, high: 39.05, unit: null, scale: 1, decimals: 1 },
    ],
  },
  {
    seed: S002, line: 145, context: 'prose',
    source: '6월 중순 미 정부는 국가 안보권한을 근거로',
    expect: [
      { text: '6월', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--06' },
    ],
  },
  {
    seed: S002, line: 147, context: 'prose',
    source: '100개 이상의 미국 기관(대기업 및 정부 기관)에 Mythos 5 제공이 다시 허용되었다',
    expect: [
      { text: '100개', kind: 'count', value: 100, low: 99.5, high: null, unit: '개', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },

  // ───────────────────────── 003: 중국 테크 (뉴스레터) ─────────────────────────
  {
    seed: S003, line: 2, context: 'prose',
    source: 'R&D 예산 강화, 1조 위안 펀드 설립 등',
    expect: [
      { text: '1조 위안', kind: 'currency', value: 1000000000000, low: 500000000000, high: 1500000000000, unit: 'CNY', scale: 1e12, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 11, context: 'prose',
    source: '지난 1월 20일 중국의 스타트업 DeepSeek가 출시한 AI 모델 ‘R1’은',
    expect: [
      { text: '1월 20일', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '--01-20' },
    ],
  },
  {
    seed: S003, line: 36, context: 'prose',
    source: '정적자율을 4%로 확대하는 등',
    expect: [
      { text: '4%', kind: 'percent', value: 4, low: 3.5, high: 4.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 56, context: 'prose',
    source: '중앙정부 과학기술 R&D 예산으로 3,981억 위안을 배정했습니다',
    expect: [
      { text: '3,981억 위안', kind: 'currency', value: 398100000000, low: 398050000000, high: 398150000000, unit: 'CNY', scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 58, context: 'prose',
    source: '비 10% 증가한 역대 최대 규모입니다',
    expect: [
      // 최대 stands before 규모, not before a number
      { text: '10%', kind: 'percent', value: 10, low: 9.5, high: 10.5, unit: '%', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 64, context: 'prose',
    source: '대기금(3,440억 위안)의 3배 규모입니다',
    expect: [
      { text: '3,440억 위안', kind: 'currency', value: 344000000000, low: 343950000000, high: 344050000000, unit: 'CNY', scale: 1e8, decimals: 0 },
      { text: '3배', kind: 'multiple', value: 3, low: 2.5, high: 3.5, unit: 'x', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 86, context: 'prose',
    source: '출원된 54,000건의 생성형 AI 관련 특허 중 38,000건 이상이 중국',
    expect: [
      { text: '54,000건', kind: 'count', value: 54000, low: 53999.5, high: 54000.5, unit: '건', scale: 1, decimals: 0 },
      { text: '38,000건', kind: 'count', value: 38000, low: 37999.5, high: null, unit: '건', scale: 1, decimals: 0, approx: 'atLeast' },
    ],
  },
  {
    seed: S003, line: 88, context: 'prose',
    source: '특허 출원 상위 10개 기업 중 6개가 중국 기업입니다',
    expect: [
      { text: '10개', kind: 'count', value: 10, low: 9.5, high: 10.5, unit: '개', scale: 1, decimals: 0 },
      { text: '6개', kind: 'count', value: 6, low: 5.5, high: 6.5, unit: '개', scale: 1, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 120, context: 'prose',
    source: '주가 +69.90% YTD',
    expect: [
      { text: '+69.90%', kind: 'percent', value: 69.9, low: 69.895, high: 69.905, unit: '%', scale: 1, decimals: 2 },
    ],
  },
  {
    seed: S003, line: 122, context: 'prose',
    source: '시가총액 496조원',
    expect: [
      { text: '496조원', kind: 'currency', value: 496000000000000, low: 495500000000000, high: 496500000000000, unit: 'KRW', scale: 1e12, decimals: 0 },
    ],
  },
  {
    seed: S003, line: 138, context: 'prose',
    source: 'Alibaba는 향후 3년간 AI 역량 강화에 3,800억 위안 이상을 투자할 계획입니다',
    expect: [
      { text: '3년간', kind: 'count', value: 3, low: 2.5, high: 3.5, unit: '년', scale: 1, decimals: 0 },
      { text: '3,800억 위안', kind: 'currency', value: 380000000000, low: 379950000000, high: null, unit: 'CNY', scale: 1e8, decimals: 0, approx: 'atLeast' },
    ],
  },

  // ───────────────────────── 004: 블로그 / 스크립트 ─────────────────────────
  {
    seed: S004, line: 3, context: 'prose',
    source: '2026-01-22',
    expect: [
      { text: '2026-01-22', kind: 'date', value: null, low: null, high: null, unit: null, scale: 1, decimals: 0, period: '2026-01-22' },
    ],
  },
  {
    seed: S004, line: 24, context: 'prose',
    source: '베이스텐(BaseTen)에 2,200억 원을 투자했다는 소식은',
    expect: [
      { text: '2,200억 원', kind: 'currency', value: 220000000000, low: 219950000000, high: 220050000000, unit: 'KRW', scale: 1e8, decimals: 0 },
    ],
  },
  {
    seed: S004, line: 31, context: 'prose',
    source: '대만의 TSMC 역시 2나노 공정 생산량을 늘리면서',
    expect: [
      { text: '2나노', kind: 'measure', value: 2, low: 1.5, high: 2.5, unit: 'nm', scale: 1, decimals: 0 },
    ],
  },
];

export const nonQuantityCases: NonQuantityCase[] = [
  // Model names and versions in the Figure 2 header row and row labels
  { seed: S000, line: 94, context: 'header', source: 'Claude-3.5-Sonnet-1022', notQuantities: ['Claude-3.5-Sonnet-1022'] },
  { seed: S000, line: 94, context: 'header', source: 'GPT-4o 0513', notQuantities: ['GPT-4o 0513'] },
  { seed: S000, line: 94, context: 'header', source: 'DeepSeek V3', notQuantities: ['V3'] },
  { seed: S000, line: 94, context: 'header', source: 'OpenAI o1-mini', notQuantities: ['o1-mini'] },
  { seed: S000, line: 94, context: 'header', source: 'OpenAI o1-1217', notQuantities: ['o1-1217'] },
  { seed: S000, line: 94, context: 'header', source: 'DeepSeek R1', notQuantities: ['R1'] },
  { seed: S000, line: 98, context: 'cell', source: 'MMLU (Pass@1)', notQuantities: ['Pass@1'] },
  { seed: S000, line: 101, context: 'cell', source: 'DROP (3-shot F1)', notQuantities: ['3-shot', 'F1'] },
  { seed: S000, line: 106, context: 'cell', source: 'AlpacaEval2.0 (LC-winrate)', notQuantities: ['AlpacaEval2.0'] },
  { seed: S000, line: 107, context: 'cell', source: 'ArenaHard (GPT-4-1106)', notQuantities: ['GPT-4-1106'] },
  { seed: S000, line: 116, context: 'cell', source: 'MATH-500 (Pass@1)', notQuantities: ['MATH-500', 'Pass@1'] },
  // Table 3 and Figure 9 (distilled models)
  { seed: S000, line: 280, context: 'header', source: '용량(Float32)', notQuantities: ['Float32'] },
  { seed: S000, line: 282, context: 'cell', source: 'DeepSeek-R1-Distill-Qwen-7B', notQuantities: ['R1', 'Qwen-7B'] },
  { seed: S000, line: 286, context: 'cell', source: 'DeepSeek-R1-Distill-Llama-70B', notQuantities: ['R1', 'Llama-70B'] },
  { seed: S000, line: 295, context: 'header', source: 'AIME 2024 cons@64', notQuantities: ['cons@64'] },
  { seed: S000, line: 295, context: 'header', source: 'LiveCodeBench pass@1', notQuantities: ['pass@1'] },
  { seed: S000, line: 296, context: 'cell', source: 'GPT-4o-0513', notQuantities: ['GPT-4o-0513'] },
  { seed: S000, line: 299, context: 'cell', source: 'QwQ-32B', notQuantities: ['QwQ-32B'] },
  // Model names in prose, some next to approximation words
  { seed: S000, line: 37, context: 'prose', source: 'o3-pro는 150 수준에 육박할 것으로 전망', notQuantities: ['o3-pro'] },
  { seed: S000, line: 39, context: 'prose', source: 'o4나 o5 모델이 AI 연구 개발을 자동화할 수 있는 수준에 도달할 것으로 전망하며', notQuantities: ['o4', 'o5'] },
  { seed: S000, line: 90, context: 'prose', source: 'OpenAI의 o1-mini에는 모든 영역에서 명확하게 능가하고 있다', notQuantities: ['o1-mini'] },
  { seed: S000, line: 253, context: 'prose', source: 'o1-0912 모델과 동등한 수준에 도달', notQuantities: ['o1-0912'] },
  { seed: S000, line: 258, context: 'prose', source: '이전에는 사용하지 않았던 DeepSeek-V3 모델을 동원해', notQuantities: ['V3'] },
  { seed: S000, line: 274, context: 'prose', source: '그런데도 GPT-4o나 Claude 3.5 Sonnet뿐만 아니라', notQuantities: ['GPT-4o', 'Claude 3.5 Sonnet'] },
  { seed: S000, line: 291, context: 'prose', source: '(DeepSeek-R1-Zero-Qwen-32B)', notQuantities: ['R1', 'Qwen-32B'] },
  { seed: S000, line: 366, context: 'prose', source: '중국은 2024년에 GPT-4 이상 훈련이 가능한 여러 기업을 보유할 것이다', notQuantities: ['GPT-4'] },
  { seed: S000, line: 371, context: 'prose', source: 'SMIC의 N+2(7나노) 공정으로 A100 성능 수준의 칩을', notQuantities: ['N+2', 'A100'] },
  { seed: S000, line: 525, context: 'cell',
    source: '230개 이상 LLM 개발, 180개 이상 정부 승인 주목할 만한 모델로는, 알리바바의 Qwen2, 01.AI의 Yi-34b, 센스타임의 SenseTime 5.5, 바이두의 어니 4.0가 있음 특히 DeepSeek-Coder-V2는 평가에서 GPT-4 Turbo 능가',
    notQuantities: ['Qwen2', '01.AI', 'Yi-34b', 'SenseTime 5.5', '어니 4.0', 'DeepSeek-Coder-V2', 'GPT-4 Turbo'] },
  // Chemistry, telecom, chips
  { seed: S000, line: 49, context: 'prose', source: '실제로 TaCr2O6라는 물질 합성에 성공하며', notQuantities: ['TaCr2O6'] },
  { seed: S000, line: 593, context: 'prose', source: 'MatterGen이 실제로 생성한 TaCr2O6라는 물질은', notQuantities: ['TaCr2O6'] },
  { seed: S000, line: 529, context: 'cell',
    source: '인프라 구축: 데이터 센터, 5G, 고성능 컴퓨팅 인재 양성: 교육 프로그램, 해외 인재 유치 윤리: 민주적 가치 기반, 책임감 있는 개발/활용 국제 협력: 동맹국/파트너 협력, 글로벌 생태계 조성, 규범 형성',
    notQuantities: ['5G'] },
  { seed: S001, line: 83, context: 'cell', source: 'in H800 GPU Hours', notQuantities: ['H800'] },
  { seed: S004, line: 41, context: 'prose', source: "AI 반도체 'H200' 판매 활로를 모색하는", notQuantities: ['H200'] },
  // Tickers
  { seed: S000, line: 610, context: 'cell', source: '005930 KS', notQuantities: ['005930 KS'] },
  { seed: S000, line: 657, context: 'cell', source: '000660 KS', notQuantities: ['000660 KS'] },
  { seed: S000, line: 664, context: 'cell', source: '2330 TT', notQuantities: ['2330 TT'] },
  { seed: S000, line: 642, context: 'cell', source: '9988 HK', notQuantities: ['9988 HK'] },
  { seed: S000, line: 644, context: 'cell', source: '20 HK', notQuantities: ['20 HK'] },
  { seed: S003, line: 124, context: 'prose', source: 'Alibaba Group Holding Ltd (9988:HKG)', notQuantities: ['9988:HKG'] },
  // Ranking tables: model names with dates and versions inside
  { seed: S000, line: 699, context: 'cell', source: 'Gemini-2.0-flash-thinking-exp-0121', notQuantities: ['Gemini-2.0-flash-thinking-exp-0121'] },
  { seed: S000, line: 701, context: 'cell', source: 'o1-2024-12-17', notQuantities: ['o1-2024-12-17'] },
  { seed: S000, line: 703, context: 'cell', source: 'Gemini-2.0-flash', notQuantities: ['Gemini-2.0-flash'] },
  { seed: S000, line: 706, context: 'cell', source: 'Claude 3.5 Sonnet (20241022)', notQuantities: ['Claude 3.5 Sonnet'] },
  { seed: S000, line: 708, context: 'cell', source: 'Gemini 1.5 Pro', notQuantities: ['Gemini 1.5 Pro'] },
  { seed: S000, line: 720, context: 'cell', source: 'o1-preview-2024-09-12', notQuantities: ['o1-preview-2024-09-12'] },
  { seed: S000, line: 725, context: 'cell', source: 'Claude-3.5 Sonnet-20241022', notQuantities: ['Claude-3.5 Sonnet-20241022'] },
  // Caption labels
  { seed: S000, line: 53, context: 'prose', source: '표 1. AI 관련 주요 일정', notQuantities: ['표 1.'] },
  { seed: S000, line: 133, context: 'prose', source: '그림 3. DeepSeek R1과 최상위권 모델과의 성능 차이', notQuantities: ['그림 3.', 'R1'] },
  { seed: S000, line: 185, context: 'prose', source: 'Table 1 | Template for DeepSeek-R1-Zero.', notQuantities: ['Table 1 |', 'R1'] },
  { seed: S000, line: 505, context: 'prose', source: '표 6. OpenAI가 2024년 9월에', notQuantities: ['표 6.'] },
  { seed: S000, line: 675, context: 'prose', source: '그림 20. ChatGPT 출시일 이후, S&P 500에서 Magnificent Seven이 차지하는 비중', notQuantities: ['그림 20.', 'S&P 500'] },
  { seed: S001, line: 37, context: 'prose', source: 'Focus Chart 1 AI/LLM 산업 전망 및 미국/중국 산업 위치 비교', notQuantities: ['Focus Chart 1'] },
  { seed: S001, line: 48, context: 'prose', source: 'Focus Chart 2 Microsoft & Meta FY25 투자 기조 정리', notQuantities: ['Focus Chart 2'] },
  { seed: S001, line: 79, context: 'prose', source: 'Fig. 1: DeepSeek-V3 훈련 비용', notQuantities: ['Fig. 1:', 'V3'] },
  { seed: S001, line: 86, context: 'prose',
    source: 'Table 1 | Training costs of DeepSeek-V3, assuming the rental price of H800 is $2 per GPU hour.',
    notQuantities: ['Table 1 |', 'V3', 'H800'] },
  { seed: S001, line: 90, context: 'prose', source: 'Fig. 2: DeepSeek 모델 및 OpenAI o1 간 벤치마크 성능 비교', notQuantities: ['Fig. 2:', 'o1'] },
  { seed: S001, line: 223, context: 'prose', source: 'Note1: Meta, Microsoft는 CY4Q24 실적발표에서 FY25 가이드를 제시', notQuantities: ['Note1'] },
  // Enumerators at the start of an item
  { seed: S001, line: 211, context: 'prose', source: '3) 2Q25, HBM 캐파 확대 등이다', notQuantities: ['3)'] },
  { seed: S002, line: 89, context: 'prose', source: '1) AI 산업은 여전히 규모의 경쟁 단계, 2) 프론티어 모델 개발에도 일종의 진입 장벽 존재', notQuantities: ['1)', '2)'] },
  { seed: S002, line: 157, context: 'prose', source: '1) 프런티어 모델이 단순 소프트웨어가 아니라 수출 통제 가능한 전략 자산으로 취급되기 시작', notQuantities: ['1)'] },
  // Versions after a model family name (002, 003, 004)
  { seed: S002, line: 14, context: 'prose', source: '성능은 Opus 4.7 수준이지만 운영 비용은', notQuantities: ['Opus 4.7'] },
  { seed: S002, line: 45, context: 'prose', source: '기본 모델을 GLM-5.2, Kimi K2.7 등 오픈 웨이트 모델로 설정하는', notQuantities: ['GLM-5.2', 'K2.7'] },
  { seed: S002, line: 49, context: 'prose', source: '딥시크(DeepSeek V4)와 샤오미(MiMo-V2.5)가 적극적 가격 인하를', notQuantities: ['V4', 'MiMo-V2.5'] },
  { seed: S002, line: 49, context: 'prose', source: '구글 Gemini 3.5 Flash(인풋 $1.5 및', notQuantities: ['Gemini 3.5 Flash'] },
  { seed: S002, line: 145, context: 'prose', source: '앤스로픽의 최신 모델 Claude Mythos 5와 Fable 5에 대한 수출 통제 지침을 발령했다', notQuantities: ['Claude Mythos 5', 'Fable 5'] },
  { seed: S002, line: 149, context: 'prose', source: '오픈AI도 신규 모델 GPT-5.6을 정부 요청에 따라', notQuantities: ['GPT-5.6'] },
  { seed: S003, line: 104, context: 'prose', source: '(LLM) ‘Doubao-1.5 Pro’를 공', notQuantities: ['Doubao-1.5 Pro'] },
  { seed: S003, line: 128, context: 'prose', source: '새로운 AI 모델 ‘QwQ-32B’를 공개했습니다', notQuantities: ['QwQ-32B'] },
  { seed: S004, line: 31, context: 'prose', source: "ASML, 램리서치(Lam Research) 같은 장비 '빅4' 기업들이", notQuantities: ['빅4'] },
  // A phone number
  { seed: S002, line: 171, context: 'prose', source: 'Tel: 02 2020 8000 / www.samsungpop.com', notQuantities: ['02 2020 8000'] },
];
