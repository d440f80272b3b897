import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

// The formats the CLI reads; saved and unsaved (`untitled:`) documents alike.
export const languages = ['plaintext', 'markdown', 'html', 'json', 'yaml'] as const

/** What `activate` returns (VS Code hands it to other extensions; the tests read it). */
export interface ReplylintApi {
  /** The running client, or undefined while `replylint.enable` is off. */
  readonly client: () => LanguageClient | undefined
}

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<ReplylintApi> {
  // The server is bundled next to this file, with its dependencies: nothing is
  // downloaded or looked up in the workspace, so it works offline.
  const module = context.asAbsolutePath('dist/server.js')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6011']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ])
    // No `synchronize.fileEvents`: the server registers watchers for config and
    // ignore files itself (dynamic registration), for every client that can.
  }

  async function start(): Promise<void> {
    if (client || !vscode.workspace.getConfiguration('replylint').get<boolean>('enable', true)) return
    // The id `replylint` makes the client honour `replylint.trace.server`.
    client = new LanguageClient('replylint', 'replylint', serverOptions, clientOptions)
    await client.start()
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('replylint.restart', async () => {
      await deactivate()
      await start()
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('replylint.enable')) {
        await deactivate()
        await start()
      }
    }),
    {dispose: () => void deactivate()}
  )
  await start()
  return {client: () => client}
}

/** Stop the server: VS Code calls this on shutdown; Restart and the setting call it too. */
export async function deactivate(): Promise<void> {
  const running = client
  client = undefined
  if (running) await running.stop()
}
