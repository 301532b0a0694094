// The Tickmark view's tree: the outline with each inconsistency under the section it sits in.
import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core/languageService';
import { buildReportTree, type ReportTreeNode } from '../../server/src/core/features/reportTree';
import { loadBuiltInKnowledgeBase } from '../../server/src/knowledgeBaseFile';
import { join } from 'node:path';
import { doc, findRoot, seed } from '../helpers';

function find(nodes: ReportTreeNode[], test: (n: ReportTreeNode) => boolean, path: string[] = []): { node: ReportTreeNode; path: string[] } | undefined {
  for (const node of nodes) {
    if (test(node)) return { node, path };
    const inner = find(node.children, test, [...path, node.label]);
    if (inner) return inner;
  }
  return undefined;
}

describe('report tree (the Tickmark view)', () => {
  const knowledgeBase = loadBuiltInKnowledgeBase((m) => assert.fail(m), join(findRoot(), 'dist', 'knowledge-base.json'));
  const service = createLanguageService({ knowledgeBase });

  it('000: the date conflict sits under the section of the peer table that states it, beside the table', () => {
    const document = seed('000_769e3c25c3dd0279');
    const tree = buildReportTree(service.provideDocumentSymbols(document), service.provideDiagnostics(document));
    const table = find(tree, (n) => n.kind === 'table' && n.label === '표 9. Peer Table (2)');
    assert.ok(table, 'the peer table is listed');
    const conflict = find(tree, (n) => n.kind === 'problem' && n.code === 'date-conflict' && n.selectionRange.start.line === 656);
    assert.ok(conflict, 'the conflict at line 657 is listed');
    // Filed in the innermost section holding line 657, under an Inconsistencies group.
    assert.equal(conflict.path.at(-1), 'Inconsistencies');
    assert.deepEqual(conflict.path.slice(0, -1), table.path);
    const section = find(tree, (n) => n.label === table.path.at(-1));
    assert.match(section!.node.description ?? '', /problem/);
    // Entities are there too, per section.
    assert.ok(find(tree, (n) => n.kind === 'entities'), 'entities group');
  });

  it('a problem before the first heading is listed at the top; severities order the group', () => {
    const document = doc('| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n# Later\n\nText.\n');
    const tree = buildReportTree(service.provideDocumentSymbols(document), service.provideDiagnostics(document));
    assert.equal(tree[0].kind, 'problems');
    assert.equal(tree[0].children[0].code, 'table-shape');
    assert.equal(tree[0].severity, 'warning');
    const later = tree.find((n) => n.label === 'Later')!;
    assert.ok(!later.children.some((c) => c.kind === 'problems'), 'no problems group in a clean section');
  });

  it('a clean report has no Inconsistencies group anywhere', () => {
    const document = doc('# 1Q25\n\n| Item | 1Q25 |\n|---|---|\n| Revenue | 22.2 |\n');
    const tree = buildReportTree(service.provideDocumentSymbols(document), service.provideDiagnostics(document));
    assert.equal(find(tree, (n) => n.kind === 'problems'), undefined);
    assert.equal(tree[0].label, '1Q25');
    assert.equal(tree[0].children[0].kind, 'table');
  });

  it('the view reuses the check of the version it is shown for, and an edit asks for a new one', () => {
    const first = doc('| a | b |\n|---|---|\n| 1 | 2 | 3 |\n', 'file:///view.md', 1);
    assert.equal(service.lastDiagnostics(first), undefined, 'nothing before the first check');
    const checked = service.provideDiagnostics(first);
    assert.equal(service.lastDiagnostics(first), checked);
    const edited = doc('| a | b |\n|---|---|\n| 1 | 2 |\n', 'file:///view.md', 2);
    assert.equal(service.lastDiagnostics(edited), undefined, 'a new version is not yet checked');
  });
});
