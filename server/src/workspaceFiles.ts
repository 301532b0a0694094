// The workspace's reports as the core sees them: open editors first, files on disk otherwise.
// The list is built lazily, on the first request that needs it (references, workspace symbols).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceReports } from './core/languageService';
import type { ITextDocument } from './core/text/types';

const maxReports = 5000;

export class WorkspaceFiles implements WorkspaceReports {
  folders: string[] = [];
  private listed: string[] | undefined;
  private readonly onDisk = new Map<string, { mtimeMs: number; document: ITextDocument }>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  setFolders(folders: string[]): void {
    this.folders = folders.filter((f) => f.startsWith('file:'));
    this.invalidate();
  }

  invalidate(): void {
    this.listed = undefined;
  }

  /**
   * A report opened or edited: one created in a workspace folder since the list was built joins it.
   * A report from elsewhere does not (open reports are listed while open anyway): kept after it
   * closes, every report ever opened would be looked for on disk at every check, a list that only grows.
   */
  touched(uri: string): void {
    if (!this.listed || !/\.(md|markdown)$/i.test(uri) || !this.folders.some((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`))) return;
    if (!this.listed.includes(uri)) this.listed.push(uri);
  }

  list(): string[] {
    if (!this.listed) {
      const found: string[] = [];
      for (const folder of this.folders) walk(fileURLToPath(folder), found);
      this.listed = found.map((path) => pathToFileURL(path).toString());
    }
    const open = this.documents.keys().filter((uri) => /\.(md|markdown)$/i.test(uri) && !this.listed!.includes(uri));
    return [...this.listed, ...open];
  }

  get(uri: string): ITextDocument | undefined {
    const open = this.documents.get(uri);
    if (open) return open;
    if (!uri.startsWith('file:')) return undefined;
    try {
      const path = fileURLToPath(uri);
      const { mtimeMs } = statSync(path);
      const cached = this.onDisk.get(uri);
      if (cached && cached.mtimeMs === mtimeMs) return cached.document;
      const text = readFileSync(path, 'utf8');
      const document = { uri, version: -Math.round(mtimeMs), getText: () => text };
      this.onDisk.set(uri, { mtimeMs, document });
      return document;
    } catch {
      return undefined;
    }
  }

  /** A file's text, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): string | undefined {
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  }
}

function walk(dir: string, found: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (found.length >= maxReports) return;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, found);
      else if (/\.(md|markdown)$/i.test(name) && stat.size <= 5 * 1024 * 1024) found.push(path);
    } catch {
      // A file that vanished or cannot be read is not a report.
    }
  }
}
