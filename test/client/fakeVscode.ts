// A fake `vscode` module for running the real client bundle (dist/client.js) in plain node: just
// the API that the Tickmark client and vscode-languageclient touch, plus controls for the test to
// open documents, switch the active editor and read what the user would see (status bar,
// notifications, Problems). Anything else the bundle asks for is recorded in `missing`, so a
// failure can tell a gap in this fake from a bug in the client.
import { posix } from 'node:path';

type Listener<T> = (event: T) => unknown;

export class Disposable {
  static from(...disposables: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => disposables.forEach((d) => d.dispose()));
  }
  constructor(private callOnDispose?: () => unknown) {}
  dispose(): void {
    const call = this.callOnDispose;
    this.callOnDispose = undefined;
    call?.();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>, thisArg?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<T> = (e) => listener.call(thisArg, e);
    this.listeners.push(bound);
    const disposable = new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== bound)));
    disposables?.push(disposable);
    return disposable;
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners = [];
  }
}

interface UriComponents { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export class Uri {
  static file(fsPath: string): Uri {
    return new Uri('file', '', fsPath.startsWith('/') ? fsPath : `/${fsPath}`, '', '');
  }
  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`fake vscode: cannot parse uri ${value}`);
    const dec = (s: string | undefined) => decodeURIComponent(s ?? '');
    return new Uri(m[1], dec(m[2]), dec(m[3]), dec(m[4]), dec(m[5]));
  }
  static from(c: UriComponents): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return base.with({ path: posix.join(base.path, ...segments) });
  }
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  with(change: Partial<UriComponents>): Uri {
    return Uri.from({ scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment, ...change });
  }
  toString(skipEncoding = false): string {
    const enc = skipEncoding ? (s: string) => s : encodePath;
    let s = `${this.scheme}:`;
    if (this.authority || this.scheme === 'file') s += `//${this.authority}`;
    s += enc(this.path);
    if (this.query) s += `?${enc(this.query)}`;
    if (this.fragment) s += `#${enc(this.fragment)}`;
    return s;
  }
  toJSON(): UriComponents {
    return { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment };
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    if (typeof a === 'number' && typeof b === 'number') {
      this.start = new Position(a, b);
      this.end = new Position(c ?? a, d ?? b);
    } else {
      this.start = a as Position;
      this.end = b as Position;
    }
  }
}

export class Location {
  constructor(readonly uri: Uri, readonly range: Range | Position) {}
}

export class DiagnosticRelatedInformation {
  constructor(readonly location: Location, readonly message: string) {}
}

export const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;

export class Diagnostic {
  code?: string | number | { value: string | number; target: Uri };
  source?: string;
  relatedInformation?: DiagnosticRelatedInformation[];
  tags?: number[];
  constructor(public range: Range, public message: string, public severity: number = DiagnosticSeverity.Error) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class CancellationError extends Error {
  constructor() {
    super('Canceled');
    this.name = 'Canceled';
  }
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = {
    isCancellationRequested: false,
    onCancellationRequested: this.emitter.event,
  };
  cancel(): void {
    if (!this.token.isCancellationRequested) {
      this.token.isCancellationRequested = true;
      this.emitter.fire();
    }
  }
  dispose(): void {
    this.emitter.dispose();
  }
}

export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Refactor = new CodeActionKind('refactor');
  static readonly RefactorExtract = new CodeActionKind('refactor.extract');
  static readonly RefactorInline = new CodeActionKind('refactor.inline');
  static readonly RefactorMove = new CodeActionKind('refactor.move');
  static readonly RefactorRewrite = new CodeActionKind('refactor.rewrite');
  static readonly Source = new CodeActionKind('source');
  static readonly SourceOrganizeImports = new CodeActionKind('source.organizeImports');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  static readonly Notebook = new CodeActionKind('notebook');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other: CodeActionKind): boolean {
    return this.value === '' || other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other: CodeActionKind): boolean {
    return this.contains(other) || other.contains(this);
  }
}

// vscode-languageclient subclasses these when its module loads; the client never builds one here.
export class CodeLens { constructor(public range: Range, public command?: unknown) {} }
export class CompletionItem { constructor(public label: unknown, public kind?: number) {} }
export class CodeAction { constructor(public title: string, public kind?: CodeActionKind) {} }
export class DocumentLink { constructor(public range: Range, public target?: Uri) {} }
export class InlayHint { constructor(public position: Position, public label: unknown, public kind?: number) {} }
export class SymbolInformation { constructor(public name: string, public kind: number, public containerName: string, public location: Location) {} }
export class CallHierarchyItem {
  constructor(public kind: number, public name: string, public detail: string, public uri: Uri, public range: Range, public selectionRange: Range) {}
}
export class TypeHierarchyItem {
  constructor(public kind: number, public name: string, public detail: string, public uri: Uri, public range: Range, public selectionRange: Range) {}
}
export class TabInputText { constructor(readonly uri: Uri) {} }
export class TabInputTextDiff { constructor(readonly original: Uri, readonly modified: Uri) {} }
export class TabInputCustom { constructor(readonly uri: Uri, readonly viewType: string) {} }
export class TabInputNotebook { constructor(readonly uri: Uri, readonly notebookType: string) {} }
export class TabInputNotebookDiff { constructor(readonly original: Uri, readonly modified: Uri, readonly notebookType: string) {} }

export class SemanticTokensLegend {
  constructor(readonly tokenTypes: string[], readonly tokenModifiers: string[] = []) {}
}

export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}

export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 } as const;

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: unknown;
  contextValue?: string;
  iconPath?: ThemeIcon;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(public label: string, public collapsibleState: number = TreeItemCollapsibleState.None) {}
}

/** A tree view as the test sees it: the provider the extension gave and what the view shows besides the rows. */
export interface FakeTreeView {
  id: string;
  provider: { getChildren(element?: unknown): unknown; getTreeItem(element: unknown): TreeItem | Thenable<TreeItem>; onDidChangeTreeData?: (listener: () => unknown) => { dispose(): unknown } };
  message: string | undefined;
  description: string | undefined;
  badge: { value: number; tooltip: string } | undefined;
  visible: boolean;
}

export const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 } as const;

export interface FakeTextDocument {
  readonly uri: Uri;
  readonly fileName: string;
  readonly languageId: string;
  readonly version: number;
  readonly isUntitled: boolean;
  readonly isDirty: boolean;
  readonly isClosed: boolean;
  readonly eol: number;
  readonly lineCount: number;
  getText(): string;
}

export interface FakeTextEditor { readonly document: FakeTextDocument }

export interface FakeStatusBarItem {
  readonly id: string;
  readonly alignment: number;
  readonly priority: number | undefined;
  name: string | undefined;
  text: string;
  tooltip: unknown;
  command: unknown;
  color: unknown;
  backgroundColor: ThemeColor | undefined;
  accessibilityInformation: unknown;
  readonly visible: boolean;
  show(): void;
  hide(): void;
  dispose(): void;
}

export interface ShownMessage { severity: 'information' | 'warning' | 'error'; message: string; items: unknown[] }

interface DocumentFilter { language?: string; scheme?: string; pattern?: unknown }

export type FakeVscode = ReturnType<typeof createFakeVscode>;

/** A fresh fake: `api` is what `require('vscode')` returns; the rest are the test's controls. */
export function createFakeVscode() {
  const missing = new Set<string>();
  const textDocuments: FakeTextDocument[] = [];
  let activeTextEditor: FakeTextEditor | undefined;
  const messages: ShownMessage[] = [];
  const progressTitles: string[] = [];
  const executedCommands: string[] = [];
  const commandHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const statusBarItems: FakeStatusBarItem[] = [];
  /** What the status bar items showed, in order: the text on every show(), `(hidden)` on hide(). */
  const statusBarHistory: string[] = [];
  const outputLines: string[] = [];
  const providers: { kind: string; selector: unknown; provider: unknown; rest: unknown[] }[] = [];
  const fileSystemWatchers: unknown[] = [];
  const treeViews: FakeTreeView[] = [];
  /** Where reveal commands took the user: the uri and the selection's start line. */
  const shownSelections: { uri: string; line: number }[] = [];
  /** Every uri whose diagnostics changed, in order (an empty publication counts too). */
  const diagnosticUpdates: string[] = [];
  const diagnosticCollections = new Set<Map<string, { uri: Uri; diagnostics: Diagnostic[] }>>();

  const onDidOpenTextDocument = new EventEmitter<FakeTextDocument>();
  const onDidCloseTextDocument = new EventEmitter<FakeTextDocument>();
  const onDidChangeActiveTextEditor = new EventEmitter<FakeTextEditor | undefined>();
  const onDidChangeVisibleTextEditors = new EventEmitter<readonly FakeTextEditor[]>();
  const onDidChangeTabs = new EventEmitter<{ opened: unknown[]; closed: unknown[]; changed: unknown[] }>();
  const onDidChangeDiagnostics = new EventEmitter<{ uris: readonly Uri[] }>();
  const never = new EventEmitter<never>().event;

  const visibleTextEditors = () => (activeTextEditor ? [activeTextEditor] : []);
  const tab = (editor: FakeTextEditor) => ({ label: posix.basename(editor.document.uri.path), input: new TabInputText(editor.document.uri), isActive: true });

  function getDiagnostics(uri?: Uri): unknown {
    if (uri) return [...diagnosticCollections].flatMap((c) => c.get(uri.toString())?.diagnostics ?? []);
    const all = new Map<string, [Uri, Diagnostic[]]>();
    for (const collection of diagnosticCollections) {
      for (const { uri: u, diagnostics } of collection.values()) {
        const entry = all.get(u.toString()) ?? [u, []];
        entry[1].push(...diagnostics);
        all.set(u.toString(), entry);
      }
    }
    return [...all.values()];
  }

  function createDiagnosticCollection(name?: string) {
    const entries = new Map<string, { uri: Uri; diagnostics: Diagnostic[] }>();
    diagnosticCollections.add(entries);
    const changed = (uris: Uri[]) => {
      if (uris.length === 0) return;
      diagnosticUpdates.push(...uris.map((uri) => uri.toString()));
      onDidChangeDiagnostics.fire({ uris });
    };
    return {
      name: name ?? 'diagnostics',
      set(first: Uri | [Uri, Diagnostic[] | undefined][], diagnostics?: readonly Diagnostic[]) {
        const pairs: [Uri, readonly Diagnostic[] | undefined][] = Array.isArray(first) ? first : [[first, diagnostics]];
        for (const [uri, list] of pairs) {
          if (list && list.length > 0) entries.set(uri.toString(), { uri, diagnostics: [...list] });
          else entries.delete(uri.toString());
        }
        changed(pairs.map(([uri]) => uri));
      },
      delete(uri: Uri) {
        entries.delete(uri.toString());
        changed([uri]);
      },
      clear() {
        const uris = [...entries.values()].map((e) => e.uri);
        entries.clear();
        changed(uris);
      },
      forEach(callback: (uri: Uri, diagnostics: readonly Diagnostic[], collection: unknown) => unknown, thisArg?: unknown) {
        for (const { uri, diagnostics } of entries.values()) callback.call(thisArg, uri, diagnostics, this);
      },
      get: (uri: Uri) => entries.get(uri.toString())?.diagnostics,
      has: (uri: Uri) => entries.has(uri.toString()),
      dispose() {
        const uris = [...entries.values()].map((e) => e.uri);
        entries.clear();
        diagnosticCollections.delete(entries);
        changed(uris);
      },
      [Symbol.iterator]: () => [...entries.values()].map((e) => [e.uri, e.diagnostics] as const)[Symbol.iterator](),
    };
  }

  function createOutputChannel(name: string) {
    const onDidChangeLogLevel = new EventEmitter<number>();
    const log = (level: string) => (message: unknown, ...args: unknown[]) => {
      const text = [message, ...args].map((a) => (a instanceof Error ? a.stack ?? a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      outputLines.push(`[${level}] ${text}`);
    };
    return {
      name,
      logLevel: LogLevel.Info,
      onDidChangeLogLevel: onDidChangeLogLevel.event,
      trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warning'), error: log('error'),
      append: (value: string) => outputLines.push(value),
      appendLine: (value: string) => outputLines.push(value),
      replace: (value: string) => outputLines.push(value),
      clear() {},
      show() {},
      hide() {},
      dispose: () => onDidChangeLogLevel.dispose(),
    };
  }

  function createStatusBarItem(id: string, alignment = 1, priority?: number): FakeStatusBarItem {
    let visible = false;
    const item: FakeStatusBarItem = {
      id, alignment, priority,
      name: undefined, text: '', tooltip: undefined, command: undefined, color: undefined, backgroundColor: undefined, accessibilityInformation: undefined,
      get visible() { return visible; },
      show() { visible = true; statusBarHistory.push(item.text); },
      hide() { if (visible) statusBarHistory.push('(hidden)'); visible = false; },
      dispose() { item.hide(); },
    };
    statusBarItems.push(item);
    return item;
  }

  const show = (severity: ShownMessage['severity']) => (message: string, ...items: unknown[]) => {
    messages.push({ severity, message, items });
    return Promise.resolve(undefined);
  };

  function match(selector: string | DocumentFilter | readonly (string | DocumentFilter)[], document: FakeTextDocument): number {
    const filters = Array.isArray(selector) ? selector : [selector];
    let score = 0;
    for (const filter of filters as (string | DocumentFilter)[]) {
      const f: DocumentFilter = typeof filter === 'string' ? { language: filter } : filter;
      if (f.language !== undefined && f.language !== '*' && f.language !== document.languageId) continue;
      if (f.scheme !== undefined && f.scheme !== '*' && f.scheme !== document.uri.scheme) continue;
      score = Math.max(score, f.language === document.languageId ? 10 : 5);
    }
    return score;
  }

  const namespaces = {
    window: {
      get activeTextEditor() { return activeTextEditor; },
      get visibleTextEditors() { return visibleTextEditors(); },
      onDidChangeActiveTextEditor: onDidChangeActiveTextEditor.event,
      onDidChangeVisibleTextEditors: onDidChangeVisibleTextEditors.event,
      tabGroups: {
        get all() { return [{ isActive: true, viewColumn: 1, activeTab: visibleTextEditors().map(tab)[0], tabs: visibleTextEditors().map(tab) }]; },
        get activeTabGroup() { return this.all[0]; },
        onDidChangeTabs: onDidChangeTabs.event,
        onDidChangeTabGroups: never,
      },
      createOutputChannel,
      createStatusBarItem,
      createTreeView(id: string, options: { treeDataProvider: FakeTreeView['provider'] }) {
        const onDidChangeVisibility = new EventEmitter<{ visible: boolean }>();
        const view = {
          id, provider: options.treeDataProvider, message: undefined, description: undefined, badge: undefined, visible: true,
          onDidChangeVisibility: onDidChangeVisibility.event,
          dispose: () => onDidChangeVisibility.dispose(),
        };
        treeViews.push(view);
        return view;
      },
      async showTextDocument(uri: Uri, options?: { selection?: Range }) {
        shownSelections.push({ uri: uri.toString(), line: options?.selection?.start.line ?? 0 });
        return { revealRange() {} };
      },
      showInformationMessage: show('information'),
      showWarningMessage: show('warning'),
      showErrorMessage: show('error'),
      withProgress<R>(options: { title?: string }, task: (progress: { report(value: unknown): void }, token: unknown) => Thenable<R>) {
        progressTitles.push(options.title ?? '');
        return Promise.resolve(task({ report() {} }, new CancellationTokenSource().token));
      },
    },
    workspace: {
      get textDocuments() { return [...textDocuments]; },
      workspaceFolders: undefined,
      notebookDocuments: [],
      getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => fallback, has: () => false, inspect: () => undefined, update: async () => {} }),
      onDidChangeConfiguration: never,
      onDidOpenTextDocument: onDidOpenTextDocument.event,
      onDidCloseTextDocument: onDidCloseTextDocument.event,
      onDidChangeTextDocument: never,
      onDidSaveTextDocument: never,
      onWillSaveTextDocument: never,
      onDidChangeWorkspaceFolders: never,
      onDidCreateFiles: never, onDidDeleteFiles: never, onDidRenameFiles: never,
      onWillCreateFiles: never, onWillDeleteFiles: never, onWillRenameFiles: never,
      createFileSystemWatcher(globPattern: unknown, ignoreCreateEvents = false, ignoreChangeEvents = false, ignoreDeleteEvents = false) {
        fileSystemWatchers.push(globPattern);
        return { ignoreCreateEvents, ignoreChangeEvents, ignoreDeleteEvents, onDidCreate: never, onDidChange: never, onDidDelete: never, dispose() {} };
      },
      onDidOpenNotebookDocument: never, onDidCloseNotebookDocument: never,
      onDidChangeNotebookDocument: never, onDidSaveNotebookDocument: never,
    },
    languages: {
      match,
      getDiagnostics,
      onDidChangeDiagnostics: onDidChangeDiagnostics.event,
      createDiagnosticCollection,
    },
    commands: {
      registerCommand(id: string, handler: (...args: unknown[]) => unknown, thisArg?: unknown) {
        if (commandHandlers.has(id)) throw new Error(`command '${id}' already exists`);
        commandHandlers.set(id, (...args) => handler.apply(thisArg, args));
        return new Disposable(() => commandHandlers.delete(id));
      },
      async executeCommand(id: string, ...args: unknown[]) {
        executedCommands.push(id);
        return commandHandlers.get(id)?.(...args);
      },
      getCommands: async () => [...commandHandlers.keys()],
    },
    env: {
      appName: 'Visual Studio Code (fake)',
      language: 'en',
      machineId: 'fake-machine',
      sessionId: 'fake-session',
      uiKind: 1,
      openExternal: async () => false,
    },
    extensions: { all: [], getExtension: () => undefined },
  };

  const record = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(t, p, receiver) {
        if (typeof p !== 'string' || p in t) return Reflect.get(t, p, receiver);
        // languages.register<Feature>Provider: vscode-languageclient registers one for each
        // capability the server announces; the fake keeps them by name.
        if (name === 'languages' && /^register\w+Provider$/.test(p)) {
          return (selector: unknown, provider: unknown, ...rest: unknown[]) => {
            providers.push({ kind: p.slice('register'.length, -'Provider'.length), selector, provider, rest });
            return new Disposable(() => providers.splice(providers.findIndex((r) => r.provider === provider), 1));
          };
        }
        if (p !== '__esModule' && p !== 'then' && p !== 'default') missing.add(`${name}.${p}`);
        return undefined;
      },
    });

  const api = record('vscode', {
    version: '1.91.0',
    window: record('window', namespaces.window),
    workspace: record('workspace', namespaces.workspace),
    languages: record('languages', namespaces.languages),
    commands: record('commands', namespaces.commands),
    env: record('env', namespaces.env),
    extensions: record('extensions', namespaces.extensions),
    Disposable, EventEmitter, Uri, Position, Range, Location, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity,
    ThemeColor, ThemeIcon, TreeItem, TreeItemCollapsibleState, SemanticTokensLegend, CancellationError, CancellationTokenSource, CodeActionKind, LogLevel,
    CodeLens, CompletionItem, CodeAction, DocumentLink, InlayHint, SymbolInformation, CallHierarchyItem, TypeHierarchyItem,
    TabInputText, TabInputTextDiff, TabInputCustom, TabInputNotebook, TabInputNotebookDiff,
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
  });

  return {
    api,
    Uri,
    /** Members the bundle asked the fake for and did not get. */
    missing,
    messages,
    progressTitles,
    executedCommands,
    statusBarItems,
    statusBarHistory,
    outputLines,
    diagnosticUpdates,
    getDiagnostics: (uri: Uri) => getDiagnostics(uri) as Diagnostic[],
    commandIds: () => [...commandHandlers.keys()],
    /** Language feature providers the client registered (kind: `Hover`, `DocumentSymbol`, …). */
    providers,
    fileSystemWatchers,
    treeViews,
    shownSelections,

    /** Opens a document the way VS Code does when a file is loaded (without showing it). */
    openTextDocument(uri: Uri, text: string, languageId = 'markdown'): FakeTextDocument {
      const lines = text.split(/\r?\n/);
      const document: FakeTextDocument = {
        uri, languageId, version: 1,
        fileName: uri.fsPath,
        isUntitled: uri.scheme === 'untitled',
        isDirty: false,
        isClosed: false,
        eol: 1,
        lineCount: lines.length,
        getText: () => text,
      };
      textDocuments.push(document);
      onDidOpenTextDocument.fire(document);
      return document;
    },

    /** Makes `document` the active editor (undefined: no editor at all), firing what VS Code fires. */
    showTextDocument(document: FakeTextDocument | undefined): void {
      const previous = activeTextEditor;
      activeTextEditor = document && { document };
      onDidChangeTabs.fire({
        opened: activeTextEditor ? [tab(activeTextEditor)] : [],
        closed: previous ? [tab(previous)] : [],
        changed: [],
      });
      onDidChangeVisibleTextEditors.fire(visibleTextEditors());
      onDidChangeActiveTextEditor.fire(activeTextEditor);
    },

    /** The visible status bar text, or `(hidden)`. */
    statusBarText(): string {
      const item = statusBarItems[0];
      return item?.visible ? item.text : '(hidden)';
    },
  };
}

type ModuleLoader = (request: string, parent: unknown, isMain: boolean) => unknown;

/**
 * Makes `require(name)` return `exports` from now on, for every module (the client bundle keeps
 * `vscode` external, so its own require goes through here). Returns the function that undoes it.
 */
export function hookModule(name: string, exports: unknown): () => void {
  const Module = require('node:module') as { _load: ModuleLoader };
  const original = Module._load;
  Module._load = function (this: unknown, request, parent, isMain) {
    return request === name ? exports : original.call(this, request, parent, isMain);
  };
  return () => {
    Module._load = original;
  };
}
