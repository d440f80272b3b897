import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Range
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {formatOf} from '../cli/formats.js'
import {disableActions, quickFixes} from './actions.js'
import {toDiagnostic} from './diagnostics.js'
import {hoverFor} from './hover.js'
import {lint, type LintResult} from './lint.js'

// Why not unified-language-server's `createUnifiedLanguageServer`: it builds
// the connection and every handler itself, with no hook for what this server
// must do differently. It runs unified-engine without our `configTransform`
// (so `.replylintrc*` would be read as unified plugin config, not replylint
// options and overrides), maps documents with `new URL(uri)` as the path (so
// `untitled:` documents are never checked), re-lints on every keystroke, and
// writes `expected` into JSON and YAML unencoded. This server keeps its
// conventions (diagnostic fields, quick-fix titles, config reloading on
// watched-file changes) and runs the CLI's own engine setup instead.

/** Settings a client can pass in `initializationOptions`. */
export interface ServerOptions {
  /** Milliseconds of quiet after typing before a document is checked again. */
  readonly debounce?: number
}

interface Checked {
  readonly version: number
  readonly result: LintResult
  readonly findings: ReadonlyArray<{message: LintResult['messages'][number]; diagnostic: Diagnostic}>
}

const configNames = /^(\.replylintrc(\.(json|ya?ml))?|\.replylintignore|package\.json)$/

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const checked = new Map<string, Checked>()
  const timers = new Map<string, NodeJS.Timeout>()
  const running = new Map<string, Promise<void>>()
  let workspaces: string[] = []
  let debounce = 200
  let watchDynamically = false
  let foldersChange = false
  // Documents whose config may have changed: checked again even at the same version.
  const stale = new Set<string>()

  /** Check a document now and publish; resolves once its diagnostics are sent. */
  function check(uri: string): Promise<void> {
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    const document = documents.get(uri)
    if (!document) return Promise.resolve()
    const version = document.version
    const previous = running.get(uri) ?? Promise.resolve()
    // One check per document at a time, in order, so an older result never lands last.
    const next = previous.then(async () => {
      const current = documents.get(uri)
      if (!current || current.version !== version) return
      if (checked.get(uri)?.version === version && !stale.has(uri)) return
      stale.delete(uri)
      const result = await lint({uri, languageId: current.languageId, text: current.getText()}, workspaces)
      if (documents.get(uri)?.version !== version) return
      const findings = result.messages.map((message) => ({message, diagnostic: toDiagnostic(message, current)}))
      checked.set(uri, {version, result, findings})
      await connection.sendDiagnostics({uri, version, diagnostics: findings.map((found) => found.diagnostic)})
    })
    const settled = next.catch((error: unknown) =>
      connection.console.error(`replylint: ${(error as Error).stack ?? String(error)}`)
    )
    running.set(uri, settled)
    return settled
  }

  function checkAll(): void {
    for (const document of documents.all()) {
      stale.add(document.uri)
      void check(document.uri)
    }
  }

  function schedule(uri: string): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => void check(uri), debounce)
    )
  }

  /** The findings for the document as it is now: a pending debounced check runs first. */
  async function fresh(uri: string): Promise<{document: TextDocument; state: Checked} | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    if (checked.get(uri)?.version !== document.version || timers.has(uri)) await check(uri)
    await running.get(uri)
    const state = checked.get(uri)
    return state && state.version === document.version ? {document, state} : undefined
  }

  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    workspaces = folderPaths(folders)
    if (workspaces.length === 0 && params.rootPath) workspaces = [path.resolve(params.rootPath)]
    const options = (params.initializationOptions ?? {}) as ServerOptions
    if (typeof options.debounce === 'number' && options.debounce >= 0) debounce = options.debounce
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    foldersChange = params.capabilities.workspace?.workspaceFolders === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true,
        ...(foldersChange ? {workspace: {workspaceFolders: {supported: true, changeNotifications: true}}} : {})
      },
      serverInfo: {name: 'replylint-language-server'}
    }
  })

  connection.onInitialized(() => {
    // Config files edited outside the editor (a `git pull`) re-check open documents.
    if (watchDynamically) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            {globPattern: '**/.replylintrc'},
            {globPattern: '**/.replylintrc.{json,yml,yaml}'},
            {globPattern: '**/.replylintignore'},
            {globPattern: '**/package.json'}
          ]
        })
        // A client that refuses still gets re-checks when it saves a config file.
        .catch(() => undefined)
    }
    if (foldersChange) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(folderPaths(event.removed.map((folder) => folder.uri)))
        workspaces = [
          ...workspaces.filter((folder) => !removed.has(folder)),
          ...folderPaths(event.added.map((folder) => folder.uri))
        ]
        checkAll()
      })
    }
  })

  // Opening checks at once; typing waits for a pause. (Opening fires a content change too.)
  const opening = new Map<string, number>()
  documents.onDidOpen((event) => {
    opening.set(event.document.uri, event.document.version)
    void check(event.document.uri)
  })
  documents.onDidChangeContent((event) => {
    const {uri, version} = event.document
    const opened = opening.get(uri)
    opening.delete(uri)
    if (opened !== version) schedule(uri)
  })
  documents.onDidSave((event) => {
    // A config edited in the editor applies to every open document at once.
    if (configNames.test(path.basename(event.document.uri))) checkAll()
  })
  documents.onDidClose((event) => {
    const {uri} = event.document
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    checked.delete(uri)
    running.delete(uri)
    connection.sendDiagnostics({uri, diagnostics: []}).catch(() => undefined)
  })
  connection.onDidChangeWatchedFiles(() => checkAll())
  connection.onDidChangeConfiguration(() => checkAll())

  connection.onCodeAction(async (params) => {
    const current = await fresh(params.textDocument.uri)
    if (!current) return []
    const {document, state} = current
    const format = formatOf(state.result.file)
    const wanted = params.context.diagnostics
    const chosen = state.findings.filter(
      ({diagnostic}) =>
        wanted.some(
          (other) =>
            other.code === diagnostic.code &&
            other.message === diagnostic.message &&
            sameRange(other.range, diagnostic.range)
        ) || overlaps(diagnostic.range, params.range)
    )
    const actions: CodeAction[] = []
    for (const {message, diagnostic} of chosen) actions.push(...quickFixes(message, diagnostic, document, format))
    for (const {message, diagnostic} of chosen) actions.push(...disableActions(message, diagnostic, document, format))
    const only = params.context.only
    return only
      ? actions.filter((action) => only.some((kind) => action.kind === kind || action.kind?.startsWith(kind + '.')))
      : actions
  })

  connection.onHover(async (params) => {
    const current = await fresh(params.textDocument.uri)
    if (!current) return null
    const at = params.position
    const found = current.state.findings
      .filter(({diagnostic}) => overlaps(diagnostic.range, {start: at, end: at}))
      .map(({message, diagnostic}) => ({message, range: diagnostic.range}))
    return hoverFor(found) ?? null
  })

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
}

// Only folders on disk hold config files (a virtual folder, such as a remote
// repository's, has no path); kept without a trailing separator, as
// `workspaceOf` compares them.
function folderPaths(uris: readonly string[]): string[] {
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri).replace(/[\\/]$/, ''))
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  )
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}

// Touching counts: a point finding (a missing thank-you) sits between characters.
function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}
