import {spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node'
import {root} from './cli.js'

export const serverBin = path.join(root, 'dist/language-server.js')

export interface Client {
  readonly connection: ProtocolConnection
  readonly process: ChildProcess
  /** Every diagnostics notification so far, in order. */
  readonly published: readonly PublishDiagnosticsParams[]
  /** The next diagnostics published for `uri` that satisfy `test` (or any, without one). */
  diagnostics(uri: string, test?: (diagnostics: Diagnostic[]) => boolean): Promise<PublishDiagnosticsParams>
  open(uri: string, text: string, languageId?: string): void
  change(uri: string, text: string): void
  close(): Promise<void>
}

/** Spawn a language server bin over stdio and initialize it, as an editor does. */
export async function startClient(
  options: {
    bin?: string
    cwd?: string
    rootPath?: string
    initializationOptions?: object
    capabilities?: InitializeParams['capabilities']
  } = {}
): Promise<Client> {
  const child = spawn(process.execPath, [options.bin ?? serverBin, '--stdio'], {
    cwd: options.cwd ?? root,
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const published: PublishDiagnosticsParams[] = []
  const waiting: Array<{
    uri: string
    test: (d: Diagnostic[]) => boolean
    resolve: (p: PublishDiagnosticsParams) => void
    from: number
  }> = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
        waiting.splice(waiting.indexOf(waiter), 1)
        waiter.resolve(params)
      }
    }
  })
  connection.listen()
  const versions = new Map<string, number>()
  const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null
  const params: InitializeParams = {
    processId: process.pid,
    rootUri,
    capabilities: options.capabilities ?? {},
    workspaceFolders: rootUri ? [{uri: rootUri, name: 'root'}] : null,
    initializationOptions: {debounce: 50, ...options.initializationOptions}
  }
  await connection.sendRequest('initialize', params)
  await connection.sendNotification('initialized', {})
  return {
    connection,
    process: child,
    published,
    diagnostics(uri, test = () => true) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `No diagnostics for ${uri} in time; got ${JSON.stringify(published.filter((p) => p.uri === uri))}`
              )
            ),
          20_000
        )
        waiting.push({uri, test, from: published.length, resolve: (value) => (clearTimeout(timer), resolve(value))})
      })
    },
    open(uri, text, languageId = languageOf(uri)) {
      versions.set(uri, 1)
      void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    },
    change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1
      versions.set(uri, version)
      void connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{text}]
      })
    },
    async close() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)))
      connection.dispose()
    }
  }
}

function languageOf(uri: string): string {
  const extension = path.extname(new URL(uri).pathname).slice(1)
  return {md: 'markdown', html: 'html', json: 'json', yaml: 'yaml', yml: 'yaml'}[extension] ?? 'plaintext'
}
