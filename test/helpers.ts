// Shared test helpers: seed reports and in-memory documents, as the language service sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ITextDocument } from '../server/src/core/text/types';


export function findRoot(): string {
  // Tests run bundled from out/test/<folder>/; the repository root holds package.json and seeds/.
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = join(dir, '..');
    }
  }
  throw new Error('repository root not found');
}

export const seedNames = [
  '000_769e3c25c3dd0279', '001_cb93e14f1339dffe', '002_5d00c0ceb4fdecc9', '003_5d12a9f6474251b4', '004_311725c3b42caac1',
] as const;

export function seedPath(name: (typeof seedNames)[number]): string {
  return join(findRoot(), 'seeds', `${name}.md`);
}

export function seed(name: (typeof seedNames)[number]): ITextDocument {
  const text = readFileSync(seedPath(name), 'utf8');
  return { uri: `file:///seeds/${name}.md`, version: 1, getText: () => text };
}

let documentCount = 0;

/** An in-memory report; each gets its own uri, since the service caches models by uri and version. */
export function doc(text: string, uri = `file:///test-${++documentCount}.md`, version = 1): ITextDocument {
  return { uri, version, getText: () => text };
}
