// The report model of each seed and of small documents that isolate one construct.
import * as assert from 'node:assert/strict';
import { buildReportModel } from '../../server/src/core/model/buildModel';
import type { ReportModel, Table } from '../../server/src/core/model/reportModel';
import { doc, seed } from '../helpers';

const slice = (m: ReportModel, span: { start: number; end: number }) => m.text.slice(span.start, span.end);
const cells = (t: Table, row: number) => t.rows[row].cells.map((c) => c.text);

describe('report model: the seed reports', () => {
  const counts = [
    // headings, tables, tab-separated tables: checked by reading each report.
    { name: '000_769e3c25c3dd0279', headings: 22, tables: 13, tabSeparated: 13 },
    { name: '001_cb93e14f1339dffe', headings: 22, tables: 5, tabSeparated: 0 },
    { name: '002_5d00c0ceb4fdecc9', headings: 13, tables: 1, tabSeparated: 1 },
    { name: '003_5d12a9f6474251b4', headings: 0, tables: 0, tabSeparated: 0 },
    { name: '004_311725c3b42caac1', headings: 13, tables: 0, tabSeparated: 0 },
  ] as const;
  for (const c of counts) {
    it(`${c.name}: ${c.headings} headings, ${c.tables} tables`, () => {
      const m = buildReportModel(seed(c.name));
      assert.equal(m.headings.length, c.headings);
      assert.equal(m.tables.length, c.tables);
      assert.equal(m.tables.filter((t) => t.format === 'tab-separated').length, c.tabSeparated);
    });
  }

  const m000 = buildReportModel(seed('000_769e3c25c3dd0279'));

  it('000: the peer table is a tab-separated table with its caption, column units and group rows', () => {
    const peer = m000.tables.find((t) => t.caption?.label === '표 9')!;
    assert.equal(peer.caption!.text, '표 9. Peer Table (2)');
    assert.equal(peer.columnCount, 12);
    assert.deepEqual(cells(peer, peer.rows.findIndex((r) => r.cells[0].text === 'SK하이닉스')).slice(0, 11), [
      'SK하이닉스', '000660 KS', '219,000', '159', '4.5', '29.4', '12.0', '7.2', '56.6', '26.2', '01-22 HBM 부문 전세계 최강자',
    ]);
    const cap = peer.header.cells[3];
    assert.equal(cap.text, '시가총액 (조원)');
    assert.deepEqual([cap.unit?.text, cap.unit?.scale, cap.unit?.currency], ['(조원)', 1e12, 'KRW']);
    assert.equal(peer.header.cells[4].unit?.unit, '%');
    assert.deepEqual(peer.rows.filter((r) => r.isGroupLabel).map((r) => r.cells[0].text), ['파운데이션 모델', '클라우드', '하드웨어 인프라']);
    assert.equal(peer.source?.sources, 'Bloomberg, 미래에셋증권 리서치센터');
  });

  it('000: cell ranges point at the cell in the source (UTF-16 line and character)', () => {
    const peer = m000.tables.find((t) => t.caption?.label === '표 9')!;
    const hynix = peer.rows.find((r) => r.cells[0].text === 'SK하이닉스')!;
    const price = hynix.cells[2];
    assert.equal(slice(m000, price), '219,000');
    const range = m000.lines.range(price.start, price.end);
    const line = m000.text.split('\n')[range.start.line];
    assert.ok(line.startsWith('SK하이닉스\t000660 KS\t'));
    assert.equal(line.slice(range.start.character, range.end.character), '219,000');
  });

  it('000: a tab-separated table split by the parser into paragraph, headings and code is one table', () => {
    const bench = m000.tables.find((t) => t.caption?.label === '그림 2')!;
    assert.equal(bench.columnCount, 7);
    assert.deepEqual(cells(bench, 1), ['# Activated Params', '-', '-', '37B', '-', '-', '37B']);
    assert.deepEqual(cells(bench, 2), ['# Total Params', '-', '-', '671B', '-', '-', '671B']);
    assert.equal(bench.rows.length, 27);
    assert.ok(!m000.headings.some((h) => h.text.includes('Activated Params')), 'table rows are not headings');
    const distill = m000.tables.find((t) => t.caption?.label === '그림 9')!;
    assert.deepEqual(distill.header.cells.map((c) => c.text).slice(0, 2), ['', 'AIME 2024 pass@1']);
    assert.deepEqual(cells(distill, 0), ['GPT-4o-0513', '9.3', '13.4', '74.6', '49.9', '32.9', '759.0']);
  });

  it('000: captions name tables and figures; a sentence about a table is not a caption', () => {
    assert.ok(m000.figures.some((f) => f.caption.text.startsWith('그림 1. DeepSeek AI에서 공개한')));
    assert.ok(!m000.captions.some((c) => c.text.startsWith('표 4. 에서 보듯')));
    const calendar = m000.tables[0];
    assert.equal(calendar.caption?.text, '표 1. AI 관련 주요 일정');
    assert.deepEqual(cells(calendar, 0), ['19', '20', '21', '22', '23', '24', '25']);
    assert.equal(cells(calendar, 1)[4], '· 하이닉스 실적');
  });

  it('000: paragraphs are split into sentences, decimals and abbreviations kept whole', () => {
    const p = m000.blocks.find((b) => b.content.text.startsWith('중국의 DeepSeek AI가'))!;
    assert.deepEqual(p.sentences.map((s) => s.text), [
      "중국의 DeepSeek AI가 OpenAI의 o1에 필적하는 'R1' 모델을 MIT 라이선스로 공개.",
      '주요 벤치마크에서 o1을 능가하는 성능을 보이며, o1보다 25-30배 저렴한 가격으로 제공.',
      'R1은 총 6,710억 개의 파라미터 중 370억 개가 상시 활성화되는 MoE 구조의 DeepSeek V3를 기반으로 만들어짐.',
      'R1은 기존 LLM 훈련 방식과 달리 SFT 단계가 최소화되고 강화학습(GRPO)으로 개발.',
    ]);
    for (const s of p.sentences) assert.equal(slice(m000, s).replace(/\*\*/g, ''), s.text);
    assert.ok(m000.blocks.some((b) => b.kind === 'listItem' && b.content.text.startsWith('SFT(지도 미세조정)')));
  });

  it('001: pipe tables keep escaped dollars as text, read HTML in cells, and take row unit notes', () => {
    const m = buildReportModel(seed('001_cb93e14f1339dffe'));
    const cost = m.tables.find((t) => t.caption?.text === 'Fig. 1: DeepSeek-V3 훈련 비용')!;
    assert.deepEqual(cells(cost, 1), ['in USD', '$5.328M', '$0.238M', '$0.01M', '$5.576M']);
    assert.equal(slice(m, cost.rows[1].cells[1]), '\\$5.328M');
    assert.equal(cost.rows[1].cells[0].unit?.currency, 'USD');
    assert.deepEqual(cost.otherCaptions.map((c) => c.label), ['Table 1']);
    assert.match(cost.source!.sources, /^DeepSeek, 다올투자증권/);
    const comments = m.tables.find((t) => t.caption?.label === 'Focus Chart 2')!;
    const capex = comments.rows[1].cells[1].text;
    assert.match(capex, /^- 서버 인프라 지속 Refresh 중/);
    assert.ok(!/<\/?(ul|li|p|b)\b/.test(capex), 'no HTML tags in cell text');
  });

  it('002: the unit note in the corner cell scales the whole table; a title line names it', () => {
    const m = buildReportModel(seed('002_5d00c0ceb4fdecc9'));
    const [openai] = m.tables;
    assert.deepEqual([openai.unit?.text, openai.unit?.scale, openai.unit?.currency], ['(십억달러)', 1e9, 'USD']);
    assert.equal(openai.title, '오픈AI 주요 재무데이터 요약');
    assert.deepEqual(openai.header.cells.map((c) => c.text), ['(십억달러)', '2024', '2025', '2026E', '2027E', '2028E', '2029E', '2030E', '1Q26']);
    assert.deepEqual(cells(openai, 0), ['매출', '3.7', '13.1', '30.0', '62.0', '113.0', '184.0', '284.0', '5.7']);
    assert.deepEqual(cells(openai, 1).slice(0, 3), ['(YoY, %)', '', '253.2']);
    assert.equal(openai.source?.sources, '언론 종합, 삼성증권');
  });

  it('004: positions count UTF-16 code units (an emoji is two)', () => {
    const m = buildReportModel(seed('004_311725c3b42caac1'));
    const first = m.headings[0];
    assert.equal(first.text, '📝 Blog Post & Script');
    assert.deepEqual(m.lines.range(first.start, first.end), { start: { line: 0, character: 0 }, end: { line: 0, character: 23 } });
  });
});

describe('report model: constructs in isolation', () => {
  it('reads unit notes in their forms', () => {
    const m = buildReportModel(doc('표 1. 실적\n\n(단위: 억원)\n\n| 항목 | 1Q25 |\n|---|---|\n| 매출 | 1,200 |\n'));
    assert.deepEqual([m.tables[0].unit?.scale, m.tables[0].unit?.currency], [1e8, 'KRW']);
    const usm = buildReportModel(doc('| (US$ m) | FY24 |\n|---|---|\n| Sales | 120 |\n'));
    assert.deepEqual([usm.tables[0].unit?.scale, usm.tables[0].unit?.currency], [1e6, 'USD']);
  });

  it('keeps CRLF line numbers and characters right', () => {
    const m = buildReportModel(doc('# 제목\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n'));
    const cell = m.tables[0].rows[0].cells[1];
    assert.deepEqual(m.lines.range(cell.start, cell.end), { start: { line: 4, character: 6 }, end: { line: 4, character: 7 } });
  });

  it('treats a figure caption over a code block as a figure with its source', () => {
    const m = buildReportModel(doc('그림 5. 템플릿\n\n```\nprompt\n```\n\nTable 1 | Template.\n\n자료: DeepSeek\n\n본문입니다.\n'));
    assert.equal(m.figures.length, 1);
    assert.deepEqual(m.figures[0].otherCaptions.map((c) => c.label), ['Table 1']);
    assert.equal(m.figures[0].source?.sources, 'DeepSeek');
  });

  it('does not turn a single tabbed line or a fenced block with tabs into a table', () => {
    const m = buildReportModel(doc('a\tb\n\n```\nx\ty\nz\tw\n```\n'));
    assert.equal(m.tables.length, 0);
  });

  it('survives malformed Markdown without throwing', () => {
    for (const text of ['|', '| a |\n|--', '<ul><li>', '\\', '# \n#', '[x](', '\u0000', '\ud800', '| a | b |\n|---|---|\n| 1 | 2 | 3 | 4 |']) {
      assert.doesNotThrow(() => buildReportModel(doc(text)), JSON.stringify(text));
    }
  });
});
