// The workspace's reports as the core sees them: open editors first, files on disk otherwise.
// The list is built lazily, on the first request that needs it (references, workspace symbols).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceReports } from './core/languageService';
import type { ITextDocument } from './core/text/types';
import { globMatcher } from './core/text/glob';

const maxReports = 5000;

/** Which files of a folder are reports: `tickmark.files.include` minus `tickmark.files.exclude`. */
interface FileFilter {
  include: ((relativePath: string) => boolean)[];
  exclude: ((relativePath: string) => boolean)[];
}

const defaultFilter: FileFilter = {
  include: [(path) => /\.(md|markdown)$/i.test(path)],
  exclude: [(path) => /(^|\/)node_modules\//.test(path)],
};

export class WorkspaceFiles implements WorkspaceReports {
  folders: string[] = [];
  private listed: string[] | undefined;
  private readonly filters = new Map<string, FileFilter>();
  private maxBytes = 5 * 1024 * 1024;
  private readonly onDisk = new Map<string, { mtimeMs: number; document: ITextDocument }>();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  setFolders(folders: string[]): void {
    this.folders = folders.filter((f) => f.startsWith('file:'));
    this.invalidate();
  }

  invalidate(): void {
    this.listed = undefined;
  }

  /** The folder's include and exclude globs (from its settings); takes effect on the next listing. */
  setFilter(folder: string, include: string[], exclude: string[]): void {
    this.filters.set(folder, { include: include.map(globMatcher), exclude: exclude.map(globMatcher) });
    this.invalidate();
  }

  /** Files above the analysis limit are not listed: reading them would only say they were skipped. */
  setMaxBytes(bytes: number): void {
    this.maxBytes = bytes;
    this.invalidate();
  }

  /** The workspace folder a uri lies in (the innermost, for nested folders), if any. */
  folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if (uri.startsWith(prefix) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  /**
   * A report opened or edited: one created in a workspace folder since the list was built joins it.
   * A report from elsewhere does not (open reports are listed while open anyway): kept after it
   * closes, every report ever opened would be looked for on disk at every check, a list that only grows.
   */
  touched(uri: string): void {
    if (!this.listed || !/\.(md|markdown)$/i.test(uri) || !this.folderOf(uri)) return;
    if (!this.listed.includes(uri)) this.listed.push(uri);
  }

  list(near?: string): string[] {
    if (!this.listed) {
      const found: string[] = [];
      for (const folder of this.folders) {
        const root = fileURLToPath(folder);
        const filter = this.filters.get(folder) ?? defaultFilter;
        const isReport = (relative: string) => filter.include.some((m) => m(relative)) && !filter.exclude.some((m) => m(relative));
        walk(root, root, isReport, this.maxBytes, found);
      }
      this.listed = found.map((path) => pathToFileURL(path).toString());
    }
    const open = this.documents.keys().filter((uri) => /\.(md|markdown)$/i.test(uri) && !this.listed!.includes(uri));
    const all = [...this.listed, ...open];
    if (near === undefined) return all;
    // Reports are compared within their own folder; a report outside every folder with none.
    const folder = this.folderOf(near);
    return folder === undefined ? [] : all.filter((uri) => this.folderOf(uri) === folder);
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

function walk(root: string, dir: string, isReport: (relative: string) => boolean, maxBytes: number, found: string[]): void {
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
      if (stat.isDirectory()) walk(root, path, isReport, maxBytes, found);
      else if (stat.size <= maxBytes && isReport(relative(root, path).split(sep).join('/'))) found.push(path);
    } catch {
      // A file that vanished or cannot be read is not a report.
    }
  }
}
