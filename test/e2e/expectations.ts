// What a person should see when Tickmark runs in a real editor. Shared by the code-server run
// (test/e2e/run.ts, through the browser) and the VS Code suite (test/e2e-electron, through the API),
// so both check the same words, texts, tables and fixes.

/** The report the scenarios open, by the prefix of its name in `seeds/` (`seeds/000_….md`). */
export const seedPrefix = '000_';

/** A report written for the quick-fix scenario, copied next to the seeds in the test workspace. */
export const quickFixFixture = 'test/e2e/fixtures/e2e-quick-fix.md';

export interface HoverExpectation {
  /** Short name for messages and screenshots. */
  name: string;
  /** The words to hover; the first one the report contains is used. */
  words: string[];
  /** 1-based line of an occurrence (the electron suite hovers there; the browser reveals it). */
  line: number;
  /** Every pattern must match the hover card's text. */
  expect: RegExp[];
  /** What the card shows, in words. */
  shows: string;
}

export const hovers: HoverExpectation[] = [
  {
    name: 'model',
    words: ['DeepSeek R1', 'DeepSeek-R1'],
    line: 88,
    // The card names the model and its developer.
    expect: [/DeepSeek[ -]R1/, /developer DeepSeek/i],
    shows: 'the model DeepSeek-R1 and its developer DeepSeek',
  },
  {
    name: 'ticker',
    words: ['000660 KS'],
    line: 657,
    expect: [/SK하이닉스/, /SK hynix/i],
    shows: 'SK하이닉스 (SK hynix)',
  },
];

export interface DiagnosticExpectation {
  code: string;
  /** 1-based line, as the Problems panel and `tickmark check` show it. */
  line: number;
  /** The start of the message. */
  message: string;
}

/** At least these appear in the Problems panel for the seed report (also listed by `tickmark check`). */
export const seedDiagnostics: DiagnosticExpectation[] = [
  { code: 'date-conflict', line: 57, message: 'SK하이닉스 (SK hynix) earnings are on 1월 23일 here but on 1월 22일 on line 657' },
  { code: 'date-conflict', line: 657, message: 'SK하이닉스 (SK hynix) earnings are on 1월 22일 here but on 1월 23일 on line 57' },
];

/** The source Tickmark's diagnostics carry (shown in the Problems panel). */
export const diagnosticSource = 'tickmark';

/** Tables the Outline and the Tickmark view must list for the seed report, by caption. */
export const seedTables = [
  '표 1. AI 관련 주요 일정',
  '표 4. 미국 정부가 1월 15일에 발표한 대중국 관련 반도체 관련 규제',
  '표 8. Peer Table (1)',
  '표 9. Peer Table (2)',
];

/** The table the scenarios click in the Outline; the cursor then moves to its caption line. */
export const peerTable = { caption: '표 8. Peer Table (1)', line: 603, section: 'IV. AI Peer Table' };

export interface QuickFixExpectation {
  /** The file's name in the test workspace. */
  file: string;
  code: string;
  /** 1-based line and column of the diagnostic (the wrong total). */
  line: number;
  column: number;
  /** The value there before and after the fix. */
  before: string;
  after: string;
  /** The quick fix's title states the new value. */
  title: string;
  /** The whole line after the fix. */
  lineAfter: string;
}

export const quickFix: QuickFixExpectation = {
  file: 'e2e-quick-fix.md',
  code: 'table-sum',
  line: 12,
  column: 15,
  before: '23.2',
  after: '22.2',
  title: 'Replace 23.2 with the sum 22.2',
  lineAfter: '| 합계 | 17.6 | 22.2 | 24.5 |',
};

/** The language server's bundle inside the installed extension; the restart scenario kills its process. */
export const serverBundle = 'dist/server.js';

/** The Explorer view the client contributes (id and name). */
export const reportView = { id: 'tickmark.reportView', name: 'Tickmark' };
