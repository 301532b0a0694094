// The knowledge base: companies and their listings, AI models, metrics. Built-in entries ship as
// data files (data/*.json and the S&P 500 CSV, compiled at build time into one JSON file);
// a workspace adds its own in `.tickmark/entities.json` with the same shapes.

export type EntityKind = 'ticker' | 'company' | 'model' | 'metric';

export interface Listing {
  /** Exchange as analysts write it: NASDAQ, NYSE, KRX, KOSDAQ, TWSE, HKEX, TSE, SSE, SZSE, XETRA, NSE, Euronext … */
  exchange: string;
  /** Local code: NVDA, 005930, 2330, 9988, SAP, INFY. */
  code: string;
  /** Bloomberg form: `NVDA US`, `005930 KS`, `2330 TT`, `9988 HK`, `SAP GY`, `INFO IN`, `9984 JP`. */
  bloomberg?: string;
  /** Reuters RIC: `NVDA.O`, `005930.KS`, `2330.TW`, `9988.HK`. */
  reuters?: string;
  /** Yahoo Finance symbol: `NVDA`, `005930.KS`, `2330.TW`, `9988.HK`, `9984.T`. */
  yahoo?: string;
}

export interface CompanyEntry {
  /** Stable id: the primary listing's Bloomberg form lower-cased with `-` (`nvda-us`, `005930-ks`), or a slug for private companies (`openai`, `bytedance`). */
  id: string;
  /** English name: `NVIDIA`, `SK hynix`. */
  name: string;
  /** Korean name as Korean reports write it: `엔비디아`, `SK하이닉스`. */
  nameKo?: string;
  /** Other spellings: `Nvidia`, `NVIDIA Corp`, `하이닉스`, `Z.ai`, `마이크로소프트`, `MS`. */
  aliases?: string[];
  /** Aliases that are only a company in context (`MS`, `메타`): matched only when the report also names the company another way. */
  weakAliases?: string[];
  sector?: string;
  industry?: string;
  /** Headquarters: `Santa Clara, California`, `Seoul, South Korea`. */
  headquarters?: string;
  country?: string;
  founded?: string;
  listings?: Listing[];
  /** Where the entry comes from: `S&P 500 constituents (ODC-PDDL-1.0)`, `Tickmark`. */
  source?: string;
}

export interface ModelEntry {
  /** Stable id: `deepseek-r1`, `gpt-4o-2024-05-13`, `claude-3.5-sonnet-20241022`. */
  id: string;
  /** Display name: `DeepSeek-R1`, `GPT-4o (2024-05-13)`. */
  name: string;
  /** Developer company id or name: `deepseek`, `openai`. */
  developer: string;
  /** Family id: `deepseek-r1`, `gpt-4o`, `claude-3.5-sonnet`. */
  family?: string;
  /** Release date (ISO, as precise as known): `2025-01-20`. */
  released?: string;
  /** Parameter counts as numbers, when public: total 671e9, active 37e9. */
  parameters?: { total?: number; active?: number };
  /** Context window in tokens, when public. */
  contextWindow?: number;
  licence?: string;
  openWeights?: boolean;
  /** Every spelling reports use: `DeepSeek R1`, `DeepSeek-R1`, `deepseek-r1`, `GPT-4o 0513`, `GPT-4o-0513`. */
  aliases?: string[];
  /** Aliases that name the model only in context (`R1`, `V3`, `o1`): matched only when the report names the developer or family. */
  weakAliases?: string[];
  description?: string;
}

export type MetricUnitKind = 'currency' | 'percent' | 'ratio' | 'multiple' | 'count' | 'score' | 'price' | 'rating' | 'tokens' | 'parameters' | 'currencyPerToken' | 'measure' | 'date';

export interface MetricEntry {
  /** Stable id: `revenue`, `operating-margin`, `gpqa-diamond`. */
  id: string;
  /** English name: `Revenue`, `Operating margin`, `GPQA Diamond`. */
  name: string;
  /** Korean name: `매출액`, `영업이익률`. */
  nameKo?: string;
  /** Other spellings: `매출`, `Sales`, `영업이익률(%)` is matched as `영업이익률`. */
  aliases?: string[];
  category: 'financial' | 'ai';
  /** One line: what it measures. */
  definition: string;
  unitKind: MetricUnitKind;
  /**
   * How it relates to others, by metric id: `gross-profit = revenue - cost-of-revenue`,
   * `operating-margin = operating-income / revenue * 100`; several identities are separated by `;`.
   */
  formula?: string;
}

export interface KnowledgeBase {
  companies: CompanyEntry[];
  models: ModelEntry[];
  metrics: MetricEntry[];
}
