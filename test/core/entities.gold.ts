// Hand-written gold annotations for the entity recogniser (tickers, companies, AI models, metrics),
// taken from the real reports in seeds/*.md. Used to measure recall (goldMentions) and false
// positives (goldNonTickers); nothing here is derived from the recogniser's output.
//
// Conventions
// - `line` is 1-based in seeds/<seed>; `text` is the exact surface string on that line: the longest
//   sensible extent of the mention (`DeepSeek-R1-Distill-Qwen-7B`, `Claude-3.5-Sonnet-1022`,
//   `000660 KS`), and for a Korean name followed by a particle the name without the particle
//   (`R1` in `R1의`, `GPT-4o` in `GPT-4o나`). A text that occurs N times on a line as a mention is
//   listed N times; occurrences inside a longer listed mention (`IBM` inside `IBM US`, `R1` inside
//   `DeepSeek-R1-Distill-Qwen-32B`, `GPT-4o` inside `GPT-4o-0513`) are not listed separately.
// - `company` (kinds company and ticker) is the company id: the primary listing's Bloomberg code
//   lower-cased with spaces as '-' (`000660-ks`, `2330-tt`, `9988-hk`, `sap-gy`), US companies
//   `<symbol>-us` (`nvda-us`, `googl-us`). Unlisted companies: `openai`, `anthropic`.
// - kind 'model': a named AI model or model family (`DeepSeek R1`, `o1-mini`, `Qwen`, `Gemini`).
//   A developer name written before the model is part of the extent (`DeepSeek V3`, `Claude Mythos 5`,
//   `Gemini 3.5 Flash`), except `OpenAI` in the 그림 2 header, which is annotated as a company
//   mention next to the model (`OpenAI` + `o1-mini`).
// - kind 'metric': a benchmark / evaluation metric name, without a parenthesised suffix
//   (`MMLU` in `MMLU (Pass@1)`) or a trailing scoring mode (`AIME 2024` in `AIME 2024 pass@1`).
//
// Coverage (exhaustive within each block; outside these blocks the seeds are NOT annotated, so a
// recognised mention elsewhere is neither a hit nor a false positive):
//   000: 그림 2 (lines 92-121), the distill passage with 표 3 and 그림 9 (lines 272-309),
//        peer tables 표 8 and 표 9 (lines 605-667) including the entities in their 한줄평 cells.
//   002: every AI model name in the whole report (companies there are not annotated).
// Deliberately not annotated: data-source attributions (`자료: DeepSeek, …`, `자료: Bloomberg`);
// product / platform names that are not models (Firefly, Einstein, Now Assist, Charlotte AI, watsonx,
// Joule, Atlas, Workers AI, AIP, Sage, Apollo, X Elite, Ollama, CoLab; 002: 챗GPT, Codex, OpenRouter);
// 002 `딥시크 DSpark` (reads as an inference-efficiency technique, not a model); 002 metrics
// (`GDPVal-AA Elo`, `Artificial Analysis Index`), since only models are in scope there.
// goldNonTickers: upper-case words a naive recogniser could take for a ticker but which are not one.

export interface GoldMention {
  seed: string;
  line: number;
  text: string;
  kind: 'ticker' | 'company' | 'model' | 'metric';
  company?: string;
}

export interface GoldNonEntity {
  seed: string;
  line: number;
  text: string;
  note: string;
}

const S000 = '000_769e3c25c3dd0279.md';
const S001 = '001_cb93e14f1339dffe.md';
const S002 = '002_5d00c0ceb4fdecc9.md';
const S003 = '003_5d12a9f6474251b4.md';
const S004 = '004_311725c3b42caac1.md';

export const goldMentions: GoldMention[] = [
  // ---- 000 그림 2: DeepSeek R1 vs. frontier models (lines 92-121) ----
  // caption
  { seed: S000, line: 92, text: 'DeepSeek R1', kind: 'model' },
  { seed: S000, line: 92, text: 'o1', kind: 'model' },
  { seed: S000, line: 92, text: 'R1', kind: 'model' },
  // header row: models
  { seed: S000, line: 94, text: 'Claude-3.5-Sonnet-1022', kind: 'model' },
  { seed: S000, line: 94, text: 'GPT-4o 0513', kind: 'model' },
  { seed: S000, line: 94, text: 'DeepSeek V3', kind: 'model' },
  { seed: S000, line: 94, text: 'OpenAI', kind: 'company', company: 'openai' },
  { seed: S000, line: 94, text: 'o1-mini', kind: 'model' },
  { seed: S000, line: 94, text: 'OpenAI', kind: 'company', company: 'openai' },
  { seed: S000, line: 94, text: 'o1-1217', kind: 'model' },
  { seed: S000, line: 94, text: 'DeepSeek R1', kind: 'model' },
  // first column: metrics (category rows Code / Math / Chinese and the Architecture / Params rows are not metrics)
  { seed: S000, line: 98, text: 'MMLU', kind: 'metric' },
  { seed: S000, line: 99, text: 'MMLU-Redux', kind: 'metric' },
  { seed: S000, line: 100, text: 'MMLU-Pro', kind: 'metric' },
  { seed: S000, line: 101, text: 'DROP', kind: 'metric' },
  { seed: S000, line: 102, text: 'IF-Eval', kind: 'metric' },
  { seed: S000, line: 103, text: 'GPQA Diamond', kind: 'metric' },
  { seed: S000, line: 104, text: 'SimpleQA', kind: 'metric' },
  { seed: S000, line: 105, text: 'FRAMES', kind: 'metric' },
  { seed: S000, line: 106, text: 'AlpacaEval2.0', kind: 'metric' },
  { seed: S000, line: 107, text: 'ArenaHard', kind: 'metric' },
  // the parenthesised suffix of ArenaHard names the judge model
  { seed: S000, line: 107, text: 'GPT-4-1106', kind: 'model' },
  { seed: S000, line: 109, text: 'LiveCodeBench', kind: 'metric' },
  { seed: S000, line: 110, text: 'Codeforces', kind: 'metric' },
  { seed: S000, line: 111, text: 'Codeforces', kind: 'metric' },
  { seed: S000, line: 112, text: 'SWE Verified', kind: 'metric' },
  { seed: S000, line: 113, text: 'Aider-Polyglot', kind: 'metric' },
  { seed: S000, line: 115, text: 'AIME 2024', kind: 'metric' },
  { seed: S000, line: 116, text: 'MATH-500', kind: 'metric' },
  { seed: S000, line: 117, text: 'CNMO 2024', kind: 'metric' },
  { seed: S000, line: 119, text: 'CLUEWSC', kind: 'metric' },
  { seed: S000, line: 120, text: 'C-Eval', kind: 'metric' },
  { seed: S000, line: 121, text: 'C-SimpleQA', kind: 'metric' },

  // ---- 000 distill passage, 표 3 and 그림 9 (lines 272-309) ----
  { seed: S000, line: 272, text: 'R1', kind: 'model' }, // R1 시리즈
  { seed: S000, line: 272, text: 'R1', kind: 'model' }, // R1 버전
  { seed: S000, line: 272, text: 'DeepSeek R1', kind: 'model' },
  { seed: S000, line: 272, text: '구글', kind: 'company', company: 'googl-us' },
  { seed: S000, line: 274, text: 'GPT-4o', kind: 'model' },
  { seed: S000, line: 274, text: 'Claude 3.5 Sonnet', kind: 'model' },
  { seed: S000, line: 274, text: 'o1-mini', kind: 'model' },
  { seed: S000, line: 274, text: 'DeepSeek-R1-Distill-Qwen-7B', kind: 'model' },
  { seed: S000, line: 274, text: 'AIME 2024', kind: 'metric' },
  { seed: S000, line: 274, text: 'MATH-500', kind: 'metric' },
  { seed: S000, line: 274, text: 'GPT-4o-0513', kind: 'model' },
  { seed: S000, line: 274, text: 'AIME 2024', kind: 'metric' },
  { seed: S000, line: 274, text: 'MATH-500', kind: 'metric' },
  { seed: S000, line: 276, text: 'R1', kind: 'model' },
  // 표 3 caption and rows
  { seed: S000, line: 278, text: 'DeepSeek R1', kind: 'model' },
  { seed: S000, line: 281, text: 'DeepSeek-R1-Distill-Qwen-1.5B', kind: 'model' },
  { seed: S000, line: 282, text: 'DeepSeek-R1-Distill-Qwen-7B', kind: 'model' },
  { seed: S000, line: 283, text: 'DeepSeek-R1-Distill-Qwen-14B', kind: 'model' },
  { seed: S000, line: 284, text: 'DeepSeek-R1-Distill-Qwen-32B', kind: 'model' },
  { seed: S000, line: 285, text: 'DeepSeek-R1-Distill-Llama-8B', kind: 'model' },
  { seed: S000, line: 286, text: 'DeepSeek-R1-Distill-Llama-70B', kind: 'model' },
  { seed: S000, line: 291, text: 'Qwen-32B-Base', kind: 'model' },
  { seed: S000, line: 291, text: 'DeepSeek-R1-Zero-Qwen-32B', kind: 'model' },
  { seed: S000, line: 291, text: 'R1', kind: 'model' }, // R1으로부터
  { seed: S000, line: 291, text: 'DeepSeek-R1-Distill-Qwen-32B', kind: 'model' },
  { seed: S000, line: 291, text: 'R1', kind: 'model' }, // R1과
  { seed: S000, line: 291, text: 'Qwen', kind: 'model' }, // (Qwen/Llama)
  { seed: S000, line: 291, text: 'Llama', kind: 'model' },
  { seed: S000, line: 291, text: 'QwQ-32B', kind: 'model' },
  // 그림 9 caption, header (metrics) and rows
  { seed: S000, line: 293, text: 'DeepSeek R1', kind: 'model' },
  { seed: S000, line: 295, text: 'AIME 2024', kind: 'metric' },
  { seed: S000, line: 295, text: 'AIME 2024', kind: 'metric' },
  { seed: S000, line: 295, text: 'MATH-500', kind: 'metric' },
  { seed: S000, line: 295, text: 'GPQA Diamond', kind: 'metric' },
  { seed: S000, line: 295, text: 'LiveCodeBench', kind: 'metric' },
  { seed: S000, line: 295, text: 'CodeForces', kind: 'metric' },
  { seed: S000, line: 296, text: 'GPT-4o-0513', kind: 'model' },
  { seed: S000, line: 297, text: 'Claude-3.5-Sonnet-1022', kind: 'model' },
  { seed: S000, line: 298, text: 'o1-mini', kind: 'model' },
  { seed: S000, line: 299, text: 'QwQ-32B', kind: 'model' },
  { seed: S000, line: 300, text: 'DeepSeek-R1-Distill-Qwen-1.5B', kind: 'model' },
  { seed: S000, line: 301, text: 'DeepSeek-R1-Distill-Qwen-7B', kind: 'model' },
  { seed: S000, line: 302, text: 'DeepSeek-R1-Distill-Qwen-14B', kind: 'model' },
  { seed: S000, line: 303, text: 'DeepSeek-R1-Distill-Qwen-32B', kind: 'model' },
  { seed: S000, line: 304, text: 'DeepSeek-R1-Distill-Llama-8B', kind: 'model' },
  { seed: S000, line: 305, text: 'DeepSeek-R1-Distill-Llama-70B', kind: 'model' },
  { seed: S000, line: 309, text: 'OpenAI', kind: 'company', company: 'openai' },
  { seed: S000, line: 309, text: 'o1 pro', kind: 'model' },
  { seed: S000, line: 309, text: 'o3', kind: 'model' },

  // ---- 000 peer tables 표 8 (lines 605-631) and 표 9 (lines 637-667): 종목명 and 티커 cells ----
  { seed: S000, line: 608, text: '애플', kind: 'company', company: 'aapl-us' },
  { seed: S000, line: 608, text: 'AAPL US', kind: 'ticker', company: 'aapl-us' },
  { seed: S000, line: 609, text: '테슬라', kind: 'company', company: 'tsla-us' },
  { seed: S000, line: 609, text: 'TSLA US', kind: 'ticker', company: 'tsla-us' },
  { seed: S000, line: 610, text: '삼성전자', kind: 'company', company: '005930-ks' },
  { seed: S000, line: 610, text: '005930 KS', kind: 'ticker', company: '005930-ks' },
  { seed: S000, line: 611, text: '퀄컴', kind: 'company', company: 'qcom-us' },
  { seed: S000, line: 611, text: 'QCOM US', kind: 'ticker', company: 'qcom-us' },
  { seed: S000, line: 612, text: '스냅', kind: 'company', company: 'snap-us' },
  { seed: S000, line: 612, text: 'SNAP US', kind: 'ticker', company: 'snap-us' },
  { seed: S000, line: 613, text: '크래프톤', kind: 'company', company: '259960-ks' },
  { seed: S000, line: 613, text: '259960 KS', kind: 'ticker', company: '259960-ks' },
  { seed: S000, line: 615, text: '어도비', kind: 'company', company: 'adbe-us' },
  { seed: S000, line: 615, text: 'ADBE US', kind: 'ticker', company: 'adbe-us' },
  { seed: S000, line: 616, text: '세일스포스', kind: 'company', company: 'crm-us' },
  { seed: S000, line: 616, text: 'CRM US', kind: 'ticker', company: 'crm-us' },
  { seed: S000, line: 617, text: '서비스나우', kind: 'company', company: 'now-us' },
  { seed: S000, line: 617, text: 'NOW US', kind: 'ticker', company: 'now-us' },
  { seed: S000, line: 618, text: '클라우드 스트라이크', kind: 'company', company: 'crwd-us' },
  { seed: S000, line: 618, text: 'CRWD US', kind: 'ticker', company: 'crwd-us' },
  { seed: S000, line: 619, text: 'IBM', kind: 'company', company: 'ibm-us' },
  { seed: S000, line: 619, text: 'IBM US', kind: 'ticker', company: 'ibm-us' },
  { seed: S000, line: 620, text: '액센처', kind: 'company', company: 'acn-us' },
  { seed: S000, line: 620, text: 'ACN US', kind: 'ticker', company: 'acn-us' },
  { seed: S000, line: 621, text: 'SAP', kind: 'company', company: 'sap-gy' },
  { seed: S000, line: 621, text: 'SAP GY', kind: 'ticker', company: 'sap-gy' },
  { seed: S000, line: 622, text: '인포시스', kind: 'company', company: 'info-in' },
  { seed: S000, line: 622, text: 'INFO IN', kind: 'ticker', company: 'info-in' },
  { seed: S000, line: 623, text: '타타 컨설턴시', kind: 'company', company: 'tcs-in' },
  { seed: S000, line: 623, text: 'TCS IN', kind: 'ticker', company: 'tcs-in' },
  { seed: S000, line: 624, text: '일루미나', kind: 'company', company: 'ilmn-us' },
  { seed: S000, line: 624, text: 'ILMN US', kind: 'ticker', company: 'ilmn-us' },
  { seed: S000, line: 625, text: '모더나', kind: 'company', company: 'mrna-us' },
  { seed: S000, line: 625, text: 'MRNA US', kind: 'ticker', company: 'mrna-us' },
  { seed: S000, line: 626, text: '루닛', kind: 'company', company: '328130-ks' },
  { seed: S000, line: 626, text: '328130 KS', kind: 'ticker', company: '328130-ks' },
  { seed: S000, line: 628, text: '몽고DB', kind: 'company', company: 'mdb-us' },
  { seed: S000, line: 628, text: 'MDB US', kind: 'ticker', company: 'mdb-us' },
  { seed: S000, line: 629, text: '클라우드플레어', kind: 'company', company: 'net-us' },
  { seed: S000, line: 629, text: 'NET US', kind: 'ticker', company: 'net-us' },
  { seed: S000, line: 630, text: '팔란티어', kind: 'company', company: 'pltr-us' },
  { seed: S000, line: 630, text: 'PLTR US', kind: 'ticker', company: 'pltr-us' },
  { seed: S000, line: 631, text: '포스 패러다임', kind: 'company', company: '6682-hk' },
  { seed: S000, line: 631, text: '6682 HK', kind: 'ticker', company: '6682-hk' },
  { seed: S000, line: 640, text: '알파벳', kind: 'company', company: 'googl-us' },
  { seed: S000, line: 640, text: 'GOOGL US', kind: 'ticker', company: 'googl-us' },
  { seed: S000, line: 641, text: '메타 플랫폼', kind: 'company', company: 'meta-us' },
  { seed: S000, line: 641, text: 'META US', kind: 'ticker', company: 'meta-us' },
  { seed: S000, line: 642, text: '알리바바', kind: 'company', company: '9988-hk' },
  { seed: S000, line: 642, text: '9988 HK', kind: 'ticker', company: '9988-hk' },
  { seed: S000, line: 643, text: '바이두', kind: 'company', company: '9888-hk' },
  { seed: S000, line: 643, text: '9888 HK', kind: 'ticker', company: '9888-hk' },
  { seed: S000, line: 644, text: '센스타임', kind: 'company', company: '20-hk' },
  { seed: S000, line: 644, text: '20 HK', kind: 'ticker', company: '20-hk' },
  { seed: S000, line: 645, text: '네이버', kind: 'company', company: '035420-ks' },
  { seed: S000, line: 645, text: '035420 KS', kind: 'ticker', company: '035420-ks' },
  { seed: S000, line: 647, text: '마이크로소프트', kind: 'company', company: 'msft-us' },
  { seed: S000, line: 647, text: 'MSFT US', kind: 'ticker', company: 'msft-us' },
  { seed: S000, line: 648, text: '아마존닷컴', kind: 'company', company: 'amzn-us' },
  { seed: S000, line: 648, text: 'AMZN US', kind: 'ticker', company: 'amzn-us' },
  { seed: S000, line: 649, text: '오라클', kind: 'company', company: 'orcl-us' },
  { seed: S000, line: 649, text: 'ORCL US', kind: 'ticker', company: 'orcl-us' },
  { seed: S000, line: 650, text: '소프트뱅크', kind: 'company', company: '9984-jp' },
  { seed: S000, line: 650, text: '9984 JP', kind: 'ticker', company: '9984-jp' },
  { seed: S000, line: 652, text: '엔비디아', kind: 'company', company: 'nvda-us' },
  { seed: S000, line: 652, text: 'NVDA US', kind: 'ticker', company: 'nvda-us' },
  { seed: S000, line: 653, text: '브로드콤', kind: 'company', company: 'avgo-us' },
  { seed: S000, line: 653, text: 'AVGO US', kind: 'ticker', company: 'avgo-us' },
  { seed: S000, line: 654, text: 'AMD', kind: 'company', company: 'amd-us' },
  { seed: S000, line: 654, text: 'AMD US', kind: 'ticker', company: 'amd-us' },
  { seed: S000, line: 655, text: '인텔', kind: 'company', company: 'intc-us' },
  { seed: S000, line: 655, text: 'INTC US', kind: 'ticker', company: 'intc-us' },
  { seed: S000, line: 656, text: '마이크론', kind: 'company', company: 'mu-us' },
  { seed: S000, line: 656, text: 'MU US', kind: 'ticker', company: 'mu-us' },
  { seed: S000, line: 657, text: 'SK하이닉스', kind: 'company', company: '000660-ks' },
  { seed: S000, line: 657, text: '000660 KS', kind: 'ticker', company: '000660-ks' },
  { seed: S000, line: 658, text: '시놉시스', kind: 'company', company: 'snps-us' },
  { seed: S000, line: 658, text: 'SNPS US', kind: 'ticker', company: 'snps-us' },
  { seed: S000, line: 659, text: '암페놀', kind: 'company', company: 'aph-us' },
  { seed: S000, line: 659, text: 'APH US', kind: 'ticker', company: 'aph-us' },
  { seed: S000, line: 660, text: '버티브', kind: 'company', company: 'vrt-us' },
  { seed: S000, line: 660, text: 'VRT US', kind: 'ticker', company: 'vrt-us' },
  { seed: S000, line: 661, text: 'Arm', kind: 'company', company: 'arm-us' },
  { seed: S000, line: 661, text: 'ARM US', kind: 'ticker', company: 'arm-us' },
  { seed: S000, line: 662, text: '마벨 테크놀로지스', kind: 'company', company: 'mrvl-us' },
  { seed: S000, line: 662, text: 'MRVL US', kind: 'ticker', company: 'mrvl-us' },
  { seed: S000, line: 663, text: 'SMIC', kind: 'company', company: '981-hk' },
  { seed: S000, line: 663, text: '981 HK', kind: 'ticker', company: '981-hk' },
  { seed: S000, line: 664, text: 'TSMC', kind: 'company', company: '2330-tt' },
  { seed: S000, line: 664, text: '2330 TT', kind: 'ticker', company: '2330-tt' },
  { seed: S000, line: 665, text: '관타', kind: 'company', company: '2382-tt' },
  { seed: S000, line: 665, text: '2382 TT', kind: 'ticker', company: '2382-tt' },
  { seed: S000, line: 666, text: '위스트론', kind: 'company', company: '3231-tt' },
  { seed: S000, line: 666, text: '3231 TT', kind: 'ticker', company: '3231-tt' },
  { seed: S000, line: 667, text: 'Alchip', kind: 'company', company: '3661-tt' },
  { seed: S000, line: 667, text: '3661 TT', kind: 'ticker', company: '3661-tt' },
  // entities inside the 한줄평 cells of 표 8 / 표 9 (product names such as Firefly, Einstein,
  // Now Assist, Charlotte AI, watsonx, Joule, Atlas, Workers AI, AIP, Sage, Apollo are not annotated)
  { seed: S000, line: 624, text: '엔비디아', kind: 'company', company: 'nvda-us' },
  { seed: S000, line: 631, text: '팔란티어', kind: 'company', company: 'pltr-us' }, // 중국의 팔란티어(Sage): comparison, still Palantir
  { seed: S000, line: 640, text: 'OpenAI', kind: 'company', company: 'openai' },
  { seed: S000, line: 640, text: 'Gemini', kind: 'model' },
  { seed: S000, line: 641, text: 'Llama', kind: 'model' },
  { seed: S000, line: 642, text: 'Qwen', kind: 'model' },
  { seed: S000, line: 643, text: 'Ernie Bot', kind: 'model' },
  { seed: S000, line: 644, text: 'SenseNova', kind: 'model' },
  { seed: S000, line: 645, text: 'HyperCLOVA', kind: 'model' },
  { seed: S000, line: 647, text: 'OpenAI', kind: 'company', company: 'openai' },
  { seed: S000, line: 648, text: 'Anthropic', kind: 'company', company: 'anthropic' },
  { seed: S000, line: 656, text: 'SK하이닉스', kind: 'company', company: '000660-ks' },
  { seed: S000, line: 659, text: '엔비디아', kind: 'company', company: 'nvda-us' }, // 엔비디아향

  // ---- 002: every AI model name in the report ----
  { seed: S002, line: 14, text: 'GLM-5.2', kind: 'model' },
  { seed: S002, line: 14, text: 'Opus 4.7', kind: 'model' },
  { seed: S002, line: 14, text: 'Gemini', kind: 'model' },
  { seed: S002, line: 24, text: 'GPT-5.6', kind: 'model' },
  { seed: S002, line: 30, text: 'GLM-5.2', kind: 'model' },
  { seed: S002, line: 32, text: 'GLM-5.2', kind: 'model' },
  { seed: S002, line: 34, text: 'GLM-5.2', kind: 'model' },
  { seed: S002, line: 34, text: 'Opus 4.7', kind: 'model' },
  { seed: S002, line: 36, text: 'Gemini', kind: 'model' },
  { seed: S002, line: 40, text: 'Mythos', kind: 'model' },
  { seed: S002, line: 40, text: 'Fable', kind: 'model' },
  { seed: S002, line: 45, text: 'GLM-5.2', kind: 'model' },
  { seed: S002, line: 45, text: 'Kimi K2.7', kind: 'model' },
  { seed: S002, line: 49, text: 'GLM-5.2', kind: 'model' },
  { seed: S002, line: 49, text: 'Gemini 3.5 Flash', kind: 'model' },
  { seed: S002, line: 49, text: 'GPT-5.6 Luna', kind: 'model' },
  { seed: S002, line: 49, text: 'DeepSeek V4', kind: 'model' },
  { seed: S002, line: 49, text: 'MiMo-V2.5', kind: 'model' },
  { seed: S002, line: 145, text: 'Claude Mythos 5', kind: 'model' },
  { seed: S002, line: 145, text: 'Fable 5', kind: 'model' },
  { seed: S002, line: 147, text: 'Mythos 5', kind: 'model' },
  { seed: S002, line: 147, text: 'Fable 5', kind: 'model' },
  { seed: S002, line: 149, text: 'GPT-5.6', kind: 'model' },
];

export const goldNonTickers: GoldNonEntity[] = [
  // 000
  { seed: S000, line: 17, text: 'US', note: 'the country in a heading ("race US and China"), not the US exchange suffix of a ticker' },
  { seed: S000, line: 27, text: 'MIT', note: 'the MIT licence under which R1 was released' },
  { seed: S000, line: 27, text: 'MoE', note: 'Mixture-of-Experts architecture' },
  { seed: S000, line: 27, text: 'LLM', note: 'large language model, generic term' },
  { seed: S000, line: 27, text: 'SFT', note: 'supervised fine-tuning, a training stage' },
  { seed: S000, line: 37, text: 'PhD', note: 'academic degree ("PhD 수준의 슈퍼 에이전트")' },
  { seed: S000, line: 37, text: 'IQ', note: 'intelligence quotient of a model' },
  { seed: S000, line: 39, text: 'WEF', note: 'World Economic Forum, an organisation, not listed' },
  { seed: S000, line: 41, text: 'AGI', note: 'artificial general intelligence' },
  { seed: S000, line: 95, text: 'MoE', note: 'architecture cell of the 그림 2 benchmark table (DeepSeek V3 column)' },
  { seed: S000, line: 95, text: 'MoE', note: 'architecture cell of the 그림 2 benchmark table (DeepSeek R1 column)' },
  { seed: S000, line: 109, text: 'COT', note: 'chain-of-thought scoring mode in the metric suffix "(Pass@1-COT)"' },
  { seed: S000, line: 141, text: 'API', note: 'application programming interface (API 비용)' },
  { seed: S000, line: 151, text: 'CoT', note: 'chain of thought' },
  { seed: S000, line: 159, text: 'RL', note: 'reinforcement learning' },
  { seed: S000, line: 234, text: 'PPO', note: 'Proximal Policy Optimization, an RL algorithm (first occurrence)' },
  { seed: S000, line: 234, text: 'PPO', note: 'Proximal Policy Optimization, an RL algorithm (second occurrence)' },
  { seed: S000, line: 323, text: 'CEO', note: 'job title of DeepSeek\'s founder' },
  { seed: S000, line: 323, text: 'ASI', note: 'artificial superintelligence' },
  { seed: S000, line: 352, text: 'EUV', note: 'extreme-ultraviolet lithography, in the export-control table' },
  { seed: S000, line: 352, text: 'DUV', note: 'deep-ultraviolet lithography' },
  { seed: S000, line: 358, text: 'EDA', note: 'electronic design automation software category' },
  { seed: S000, line: 364, text: 'HBM', note: 'high-bandwidth memory, a product category' },
  { seed: S000, line: 364, text: 'DRAM', note: 'memory product category' },
  { seed: S000, line: 364, text: 'NAND', note: 'flash memory product category' },
  { seed: S000, line: 369, text: 'GPU', note: 'graphics processing unit, a chip category' },
  { seed: S000, line: 375, text: 'CPU', note: 'central processing unit, a chip category' },
  { seed: S000, line: 396, text: 'USD', note: 'currency in a row label "매출 (USD 기준)"' },
  { seed: S000, line: 527, text: 'IT', note: 'information technology ("거대 IT 기업")' },
  { seed: S000, line: 610, text: 'HBM', note: 'product category in the 한줄평 cell of the 삼성전자 row (the ticker is 005930 KS)' },
  { seed: S000, line: 609, text: 'FSD', note: 'Tesla\'s Full Self-Driving software, in the 한줄평 cell (the ticker is TSLA US)' },
  { seed: S000, line: 611, text: 'CPU', note: 'chip category in the 한줄평 cell of the 퀄컴 row (the ticker is QCOM US)' },
  { seed: S000, line: 613, text: 'PUBG', note: 'a game title of 크래프톤 (the ticker is 259960 KS)' },
  { seed: S000, line: 613, text: 'NPC', note: 'non-player character ("CPC(AI+NPC)")' },
  { seed: S000, line: 616, text: 'CRM', note: 'the second CRM on the line, in the 한줄평 cell ("세계 최고의 CRM 업체"): customer relationship management, the business category; the first CRM is part of the ticker CRM US' },
  { seed: S000, line: 629, text: 'CDN', note: 'content delivery network (클라우드플레어 row, whose ticker is NET US)' },
  { seed: S000, line: 630, text: 'AIP', note: 'Palantir\'s AI Platform product name (the ticker is PLTR US)' },
  { seed: S000, line: 640, text: 'AGI', note: 'artificial general intelligence, in the 알파벳 row\'s 한줄평 cell' },
  { seed: S000, line: 642, text: 'CSP', note: 'cloud service provider' },
  { seed: S000, line: 643, text: 'NLP', note: 'natural language processing' },
  { seed: S000, line: 645, text: 'LLM', note: 'large language model ("한국형 LLM")' },
  { seed: S000, line: 652, text: 'GPU', note: 'chip category in the 엔비디아 row\'s 한줄평 cell (the ticker is NVDA US)' },
  { seed: S000, line: 658, text: 'EDA', note: 'electronic design automation, in the 시놉시스 row\'s 한줄평 cell' },
  { seed: S000, line: 661, text: 'IP', note: 'intellectual property (chip design IP), in the Arm row' },
  { seed: S000, line: 662, text: 'ASIC', note: 'application-specific integrated circuit' },
  { seed: S000, line: 688, text: 'ETF', note: 'exchange-traded fund, a product type' },
  // 001
  { seed: S001, line: 48, text: 'FY25', note: 'fiscal year 2025' },
  { seed: S001, line: 84, text: 'USD', note: 'currency in a table row label ("in USD")' },
  { seed: S001, line: 118, text: 'AGI', note: 'artificial general intelligence' },
  { seed: S001, line: 145, text: 'RAG', note: 'retrieval-augmented generation' },
  { seed: S001, line: 260, text: 'BUY', note: 'investment rating in the rating-distribution disclosure' },
  { seed: S001, line: 260, text: 'HOLD', note: 'investment rating' },
  { seed: S001, line: 260, text: 'SELL', note: 'investment rating' },
  // 002
  { seed: S002, line: 12, text: 'WHAT', note: 'upper-case heading "WHAT\'S THE STORY?"' },
  { seed: S002, line: 12, text: 'STORY', note: 'upper-case heading "WHAT\'S THE STORY?"' },
  { seed: S002, line: 16, text: 'SW', note: 'software' },
  { seed: S002, line: 16, text: 'HW', note: 'hardware' },
  { seed: S002, line: 40, text: 'RL', note: 'reinforcement learning ("강화학습(RL)")' },
  { seed: S002, line: 96, text: 'SEC', note: 'the US Securities and Exchange Commission, a regulator' },
  { seed: S002, line: 96, text: 'IPO', note: 'initial public offering' },
  { seed: S002, line: 119, text: 'YoY', note: 'year-on-year growth row label' },
  { seed: S002, line: 182, text: 'CSA', note: 'S&P Global Corporate Sustainability Assessment, in the footer' },
  // 003
  { seed: S003, line: 26, text: 'CCTV', note: 'China Central Television, cited as a source (출처: CCTV), not listed' },
  // 004
  { seed: S004, line: 28, text: 'CEO', note: 'job title ("젠슨 황 CEO")' },
  { seed: S004, line: 34, text: 'CPU', note: 'chip category' },
  { seed: S004, line: 34, text: 'GPU', note: 'chip category' },
  { seed: S004, line: 52, text: 'ETF', note: 'exchange-traded fund, a product type' },
];
