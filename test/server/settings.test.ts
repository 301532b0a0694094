// Settings are untrusted input: typed values with defaults, and glob patterns as settings write them.
import * as assert from 'node:assert/strict';
import { defaultSettings, parseSettings } from '../../server/src/settings';
import { globMatcher } from '../../server/src/core/text/glob';

describe('settings', () => {
  it('reads well-formed settings as given', () => {
    const { settings, ignored } = parseSettings({
      rules: { claim: 'error', 'date-conflict': 'off' },
      ticks: { enabled: false },
      knowledgeBase: { files: ['team/coverage.json'] },
      files: { include: ['reports/**/*.md'], exclude: ['**/archive/**'], maxSizeMB: 12 },
    });
    assert.deepEqual(settings, {
      rules: { claim: 'error', 'date-conflict': 'off' },
      ticks: false,
      knowledgeBaseFiles: ['team/coverage.json'],
      include: ['reports/**/*.md'],
      exclude: ['**/archive/**'],
      maxFileSizeMB: 12,
    });
    assert.deepEqual(ignored, []);
  });

  it('falls back to the default for each value of the wrong kind and names what it ignored', () => {
    const { settings, ignored } = parseSettings({
      rules: { claim: 'loud', 'no-such-rule': 'error', ratio: 'hint' },
      ticks: { enabled: 'yes' },
      knowledgeBase: { files: 'coverage.json' },
      files: { include: ['*.md', 42], exclude: null, maxSizeMB: -3 },
    });
    assert.deepEqual(settings.rules, { ratio: 'hint' });
    assert.equal(settings.ticks, true);
    assert.deepEqual(settings.knowledgeBaseFiles, []);
    assert.deepEqual(settings.include, ['*.md']);
    assert.deepEqual(settings.exclude, defaultSettings.exclude);
    assert.equal(settings.maxFileSizeMB, 5);
    assert.deepEqual(ignored.sort(), ['tickmark.files.include (entries that are not text)', 'tickmark.files.maxSizeMB', 'tickmark.knowledgeBase.files',
      'tickmark.rules.claim', 'tickmark.rules.no-such-rule', 'tickmark.ticks.enabled']);
  });

  it('takes no settings, null, or a non-object as the defaults', () => {
    for (const value of [undefined, null, 'tickmark', [1, 2]]) assert.deepEqual(parseSettings(value).settings, defaultSettings);
  });
});

describe('glob patterns', () => {
  const cases: [string, string, boolean][] = [
    ['**/*.md', 'report.md', true],
    ['**/*.md', 'a/b/report.md', true],
    ['**/*.md', 'report.markdown', false],
    ['*.md', 'a/report.md', false],
    ['drafts/**', 'drafts/x/y.md', true],
    ['drafts/**', 'final/drafts.md', false],
    ['**/node_modules/**', 'pkg/node_modules/x/readme.md', true],
    ['**/{archive,old}/**', 'q3/old/report.md', true],
    ['**/{archive,old}/**', 'q3/older/report.md', false],
    ['report-?.md', 'report-1.md', true],
    ['report-[0-9].md', 'report-7.md', true],
    ['report-[!0-9].md', 'report-7.md', false],
    ['./notes/*.md', 'notes/a.md', true],
    ['1Q25 (draft).md', '1Q25 (draft).md', true],
    ['{unclosed', '{unclosed', false],
  ];
  for (const [pattern, path, expected] of cases) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globMatcher(pattern)(path), expected));
  }
});
