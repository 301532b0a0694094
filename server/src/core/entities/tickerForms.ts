// Ticker forms: `AAPL US`, `005930 KS`, `2330 TT`, `005930.KS`, `9988.HK`, `9988:HKG`,
// `(NASDAQ: NVDA)`, `$AAPL`, and a bare known symbol where the context says it is one (`TSLA 실적`,
// a short table cell). Upper-case words that are never tickers (AI, CEO, GPU, FY25 …) are vetoed.
import type { KnowledgeIndex } from './knowledgeIndex';

export interface TickerMatch {
  start: number;
  end: number;
  /** The form as written, normalised: `NVDA US`, `005930.KS`. */
  form: string;
  /** The company it names, or `ticker:<form>` when the knowledge base does not know it. */
  id: string;
}

const bloombergExchanges = 'US|KS|KQ|TT|TW|HK|JP|JT|GY|GR|IN|IB|LN|FP|NA|SW|CH|C1|C2|SS|SZ|AU|CN|IM|SM|SQ|KP';
const bloomberg = new RegExp(`(?<![A-Za-z0-9.$])([A-Z][A-Z0-9.]{0,5}|[0-9]{1,6})[ \\u00a0](${bloombergExchanges})(?![A-Za-z0-9])`, 'g');
const suffixed = /(?<![A-Za-z0-9.])([0-9]{3,6}|[A-Z]{1,5})\.(KS|KQ|HK|T|TW|TWO|SS|SZ|NS|BO|DE|AS|L|PA|O|N)(?![A-Za-z0-9])/g;
const colon = /(?<![A-Za-z0-9])([0-9]{1,6}|[A-Z]{1,5}):(HKG|HK|TYO|TPE|KRX|KOSDAQ|NASDAQ|NYSE)(?![A-Za-z0-9])/g;
const exchangeQualified = /\((NASDAQ|NYSE(?: American)?|NYSEARCA|KRX|KOSPI|KOSDAQ|TWSE|TPEX|HKEX|SEHK|TSE|LSE|XETRA|ETR|NSE|BSE|SSE|SZSE|Euronext)\s*:\s*([A-Z0-9.]{1,10})\)/g;
const cashtag = /(?<![A-Za-z0-9$])\$([A-Z]{1,5})(?![A-Za-z0-9])/g;
const bareSymbol = /(?<![A-Za-z0-9$.\-])([A-Z]{2,5})(?![A-Za-z0-9\-])/g;

/** Upper-case words that are not tickers in these reports, whatever the knowledge base lists. */
export const neverTickers = new Set([
  'AI', 'CEO', 'CFO', 'CTO', 'COO', 'GPU', 'CPU', 'TPU', 'NPU', 'HBM', 'DRAM', 'NAND', 'USD', 'KRW', 'EUR', 'JPY', 'CNY', 'US', 'USA',
  'UK', 'EU', 'OK', 'IT', 'EPS', 'API', 'LLM', 'LLMS', 'SFT', 'RL', 'MOE', 'CSP', 'AGI', 'PPO', 'GRPO', 'MIT', 'COT', 'SOTA', 'EUV', 'DUV',
  'CDN', 'NPC', 'PHD', 'IQ', 'WEF', 'FY', 'CY', 'YOY', 'QOQ', 'CAGR', 'PER', 'PBR', 'ROE', 'ROA', 'ETF', 'IPO', 'SEC', 'GDP', 'FCF', 'EBIT',
  'NLP', 'RAG', 'SW', 'HW', 'IP', 'PC', 'TV', 'ASIC', 'EDA', 'PRM', 'MCTS', 'DPO', 'RLHF', 'RLAIF', 'SEM', 'AFM', 'CMP', 'CVD', 'PVD', 'FSD',
  'AR', 'VR', 'XR', 'NEW', 'THE', 'AND', 'FOR', 'OR', 'IN', 'ON', 'AT', 'TO', 'OF', 'BY', 'AN', 'AS', 'IS', 'BE', 'DO', 'GO', 'NO', 'SO',
  'UP', 'IF', 'VS', 'EV', 'HPC', 'OS', 'UI', 'UX', 'SDK', 'SAAS', 'B2B', 'B2C', 'R&D', 'SGA', 'OPM', 'GPM', 'CAPA', 'CAPEX', 'OPEX', 'EM',
  'ID', 'PR', 'QA', 'HR', 'KPI', 'ESG', 'CSA', 'DAY', 'TOP', 'ALL', 'ANY', 'ONE', 'TWO', 'CNN', 'BBC', 'FT', 'WSJ', 'NYT', 'CCTV', 'DOGE',
  'NASA', 'DARPA', 'NIST', 'ISO', 'IEEE', 'MMLU', 'GPQA', 'AIME', 'DROP', 'MATH', 'SWE', 'CNMO', 'API', 'JSON', 'HTML', 'PDF', 'URL',
  'KS', 'KQ', 'HK', 'TT', 'JP', 'GY', 'IN', 'NA', 'LN', 'CH', 'TWSE', 'NYSE', 'KRX', 'KOSPI', 'TSMC', 'SK', 'LG', 'GS',
]);

/** Words after a bare symbol that say it is one: `TSLA 실적`, `NVDA shares`. */
const tickerContext = /^[ \u00a0]?(?:실적|주가|주식|목표주가|시총|shares|stock|stocks|earnings|ADR)/;

/** Every form above has an upper-case ASCII letter (the code, the exchange or the symbol). */
const upperCase = /[A-Z]/;

export function findTickers(text: string, index: KnowledgeIndex, context: 'prose' | 'cell'): TickerMatch[] {
  const found: TickerMatch[] = [];
  // Most cells are figures and much prose is Hangul: six searches of the text for nothing.
  if (!upperCase.test(text)) return found;
  const add = (start: number, end: number, form: string, id: string | undefined) => {
    if (found.some((f) => f.start < end && start < f.end)) return;
    found.push({ start, end, form, id: id ?? `ticker:${form}` });
  };

  for (const m of text.matchAll(bloomberg)) {
    const code = m[1];
    if (neverTickers.has(code) && m[2] !== 'US') continue;
    const form = `${code} ${m[2]}`;
    const id = index.companyForTicker(form);
    // A letter code must be a listing we know (`AI US` is prose); a numeric code is a listing by its form.
    if (!id && (!/^[0-9]+$/.test(code) || m[2] === 'US')) continue;
    if (neverTickers.has(code) && !id) continue;
    add(m.index!, m.index! + m[0].length, form, id);
  }
  for (const m of text.matchAll(suffixed)) {
    const form = `${m[1]}.${m[2]}`;
    const id = index.companyForTicker(form) ?? companyByCode(index, m[1]);
    if (!id && !/^[0-9]+$/.test(m[1])) continue;
    add(m.index!, m.index! + m[0].length, form, id);
  }
  for (const m of text.matchAll(colon)) {
    add(m.index!, m.index! + m[0].length, `${m[1]}:${m[2]}`, companyByCode(index, m[1]));
  }
  for (const m of text.matchAll(exchangeQualified)) {
    const start = m.index! + m[0].indexOf(m[1]);
    add(start, m.index! + m[0].length - 1, `${m[1]}: ${m[2]}`, companyByCode(index, m[2]));
  }
  for (const m of text.matchAll(cashtag)) {
    const id = companyByCode(index, m[1]);
    if (id) add(m.index!, m.index! + m[0].length, `$${m[1]}`, id);
  }
  for (const m of text.matchAll(bareSymbol)) {
    const symbol = m[1];
    if (neverTickers.has(symbol)) continue;
    const id = companyByCode(index, symbol);
    if (!id) continue;
    const end = m.index! + symbol.length;
    const shortCell = context === 'cell' && text.trim().length <= 24;
    if (!shortCell && !tickerContext.test(text.slice(end, end + 12))) continue;
    add(m.index!, end, symbol, id);
  }
  return found.sort((a, b) => a.start - b.start);
}

function companyByCode(index: KnowledgeIndex, code: string): string | undefined {
  const ids = index.byCode.get(code.toUpperCase());
  return ids && ids.length > 0 ? ids[0] : undefined;
}
