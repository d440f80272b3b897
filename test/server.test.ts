// The language server as an editor meets it: the BUILT bin, spawned over
// stdio, driven with vscode-languageserver-protocol's JSON-RPC connection.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, Hover, TextEdit} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {cli, root, tree} from './helpers/cli.js'
import {startClient, type Client} from './helpers/lsp.js'

const reply = 'Hi there,\n\nNo, we can’t refund that order.\n\nBest regards,\nSam\n'
const uriOf = (folder: string, name: string) => pathToFileURL(path.join(folder, name)).href
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code)

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits)
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}

async function actionsAt(client: Client, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: diagnostic.range,
    context: {diagnostics: [diagnostic]}
  })
}

describe('replylint-language-server over stdio', () => {
  let folder: string
  let client: Client
  beforeAll(async () => {
    folder = tree({
      '.replylintrc.yml': 'rules:\n  require-customer-name: "off"\n',
      'reply.txt': reply,
      'quoted.md':
        '> No, we can’t do that, can you?\n\nHi Dana,\n\nI have refunded the order. Thanks for your patience.\n\nBest regards,\nSam\n'
    })
    client = await startClient({rootPath: folder})
  })
  afterAll(async () => {
    await client.close()
    fs.rmSync(folder, {recursive: true, force: true})
  })

  test('initialize → didOpen → diagnostics → quick fix → didChange → cleared', async () => {
    const uri = uriOf(folder, 'reply.txt')
    const first = client.diagnostics(uri)
    client.open(uri, reply)
    const {diagnostics} = await first
    // The config turns require-customer-name off: "Hi there" is not flagged.
    expect(codes(diagnostics)).toEqual(['banned-phrase', 'require-thanks'])
    const [refusal, thanks] = diagnostics as [Diagnostic, Diagnostic]
    expect(refusal).toMatchObject({
      range: {start: {line: 2, character: 0}, end: {line: 2, character: 2}},
      severity: 1,
      source: 'replylint',
      codeDescription: {href: 'https://github.com/replylint/replylint/blob/main/rules/banned-phrase.md'}
    })
    expect(thanks).toMatchObject({severity: 2, range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}})

    // A refusal's rewrites are offered, none preferred: an agent must finish them.
    const refusalActions = await actionsAt(client, uri, refusal)
    // The refusal is about a refund: its first rewrite offers store credit (the situation's first alternative).
    expect(refusalActions[0]).toMatchObject({kind: 'quickfix', isPreferred: false})
    expect(refusalActions[0]!.title).toMatch(
      /^Replace `No` with `Here's what we can do instead: we can issue the full amount/
    )
    expect(refusalActions.map((a) => a.title)).not.toContain('Disable banned-phrase for this file') // plain text has no comments

    const actions = await actionsAt(client, uri, thanks)
    const insert = actions.find((action) => action.title === 'Insert `Thank you for reaching out to us.`')
    expect(insert).toBeDefined()
    const edits = editsOf(insert!, uri)
    expect(edits).toEqual([{range: thanks.range, newText: 'Thank you for reaching out to us.\n\n'}])

    const fixed = apply(reply, edits)
    const second = client.diagnostics(uri)
    client.change(uri, fixed)
    expect(codes((await second).diagnostics)).toEqual(['banned-phrase'])

    const cleared = client.diagnostics(uri)
    client.change(uri, fixed.replace('No, we can’t refund that order.', 'I have refunded that order.'))
    expect((await cleared).diagnostics).toEqual([])
  })

  test('typing is debounced: a burst of changes is checked once, at its last version, after the pause', async () => {
    // A client of its own with a long debounce: the publish cannot come sooner
    // than that after the last change (the server starts waiting only once it
    // has the change), so a server that checks at once fails here. The version
    // alone would not tell: a stale check is never published either.
    const debounce = 400
    const own = await startClient({rootPath: folder, initializationOptions: {debounce}})
    try {
      const uri = uriOf(folder, 'burst.txt')
      const opened = own.diagnostics(uri)
      own.open(uri, reply)
      await opened
      const from = own.published.length
      const done = own.diagnostics(uri, (d) => d.length === 0)
      const clean = 'Hi there,\n\nI have refunded that order. Thanks for your patience.\n\nBest regards,\nSam\n'
      let last = 0
      for (let length = clean.length - 40; length <= clean.length; length += 10) {
        last = performance.now()
        own.change(uri, length === clean.length ? clean : clean.slice(0, length))
      }
      await done
      // Timers may fire a millisecond early by performance.now()'s clock.
      expect(performance.now() - last).toBeGreaterThanOrEqual(debounce - 2)
      const seen = own.published
        .slice(from)
        .filter((params) => params.uri === uri)
        .map((params) => params.version)
      expect(seen).toEqual([6])
    } finally {
      await own.close()
    }
  })

  test('an untitled: document is checked', async () => {
    const uri = 'untitled:Untitled-1'
    const published = client.diagnostics(uri)
    client.open(uri, 'Hi there,\n\nSorry, no.\n\nBest,\nSam', 'plaintext')
    const {diagnostics} = await published
    expect(codes(diagnostics)).toEqual(['banned-phrase', 'require-thanks'])
    // It is read with the workspace's config, as `replylint --stdin` from there.
    expect(codes(diagnostics)).not.toContain('require-customer-name')
  })

  test('an untitled: Markdown document is read as Markdown', async () => {
    const uri = 'untitled:Untitled-2'
    const published = client.diagnostics(uri)
    client.open(uri, '> No, we can’t.\n\nHi Dana, thanks for writing.\n\n`No`\n', 'markdown')
    expect((await published).diagnostics).toEqual([])
  })

  test('a blockquoted refusal in Markdown is not flagged; disable actions write markers the CLI honours', async () => {
    const uri = uriOf(folder, 'quoted.md')
    const text = fs.readFileSync(path.join(folder, 'quoted.md'), 'utf8')
    const published = client.diagnostics(uri)
    client.open(uri, text)
    expect((await published).diagnostics).toEqual([])

    const unquoted = text.replace('> No, we can’t do that, can you?', 'No, we can’t do that.')
    const flagged = client.diagnostics(uri, (d) => d.length > 0)
    client.change(uri, unquoted)
    const [refusal] = (await flagged).diagnostics as [Diagnostic]
    expect(refusal.code).toBe('banned-phrase')

    const hover: Hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: {uri},
      position: {line: 0, character: 1}
    })
    const value = (hover.contents as {value: string}).value
    expect(value).toContain('closes the conversation. Say what you can do')
    expect(value).toContain("- Here's what I can do instead: [the alternative you can offer].")
    expect(value).toContain('(https://github.com/replylint/replylint/blob/main/rules/banned-phrase.md)')

    const disable = (await actionsAt(client, uri, refusal)).find(
      (action) => action.title === 'Disable banned-phrase for this file'
    )
    expect(disable).toBeDefined()
    const written = apply(unquoted, editsOf(disable!, uri))
    expect(written.startsWith('<!-- replylint-disable banned-phrase -->\n\n')).toBe(true)
    const cleared = client.diagnostics(uri, (d) => d.length === 0)
    client.change(uri, written)
    await cleared
    fs.writeFileSync(path.join(folder, 'written.md'), written)
    expect(JSON.parse(cli(['-f', 'json', 'written.md'], {cwd: folder}).stdout)[0].messages).toEqual([])
  })

  test('"Disable <rule> for this reply" covers one reply of a saved-replies collection', async () => {
    const uri = uriOf(folder, 'saved.md')
    const text =
      '# Refunds\n\nHi Dana, no, we can’t. Thanks.\n\n# Shipping\n\nHi Dana, no, we can’t ship there. Thanks.\n'
    const published = client.diagnostics(uri)
    client.open(uri, text)
    const diagnostics = (await published).diagnostics
    expect(diagnostics.map((d) => d.range.start.line)).toEqual([2, 6])
    const disable = (await actionsAt(client, uri, diagnostics[0]!)).find(
      (action) => action.title === 'Disable banned-phrase for this reply'
    )!
    const written = apply(text, editsOf(disable, uri))
    expect(written).toBe(
      '# Refunds\n\n<!-- replylint-disable banned-phrase -->\n\nHi Dana, no, we can’t. Thanks.\n\n<!-- replylint-enable banned-phrase -->\n\n# Shipping\n\nHi Dana, no, we can’t ship there. Thanks.\n'
    )
    const after = client.diagnostics(uri, (d) => d.length === 1)
    client.change(uri, written)
    expect((await after).diagnostics[0]!.range.start.line).toBe(10)
  })

  test('in HTML, "Disable <rule> for this file" goes after the doctype, and the CLI agrees', async () => {
    const uri = uriOf(folder, 'reply.html')
    const text = '<!doctype html>\n<p>Hi Dana,</p>\n<p>No, we can’t. Thanks for asking.</p>\n'
    const published = client.diagnostics(uri)
    client.open(uri, text)
    const [refusal] = (await published).diagnostics as [Diagnostic]
    expect(refusal).toMatchObject({code: 'banned-phrase', range: {start: {line: 2, character: 3}}})
    const actions = await actionsAt(client, uri, refusal)
    expect(actions.map((action) => action.title)).not.toContain('Disable banned-phrase for this reply')
    const written = apply(
      text,
      editsOf(
        actions.find((action) => action.title === 'Disable banned-phrase for this file')!,
        uri
      )
    )
    expect(written).toBe(
      '<!doctype html>\n<!-- replylint-disable banned-phrase -->\n<p>Hi Dana,</p>\n<p>No, we can’t. Thanks for asking.</p>\n'
    )
    fs.writeFileSync(path.join(folder, 'written.html'), written)
    expect(JSON.parse(cli(['-f', 'json', 'written.html'], {cwd: folder}).stdout)[0].messages).toEqual([])
  })

  test('a quick fix inside a JSON macro export is encoded for the string, and keeps the file valid', async () => {
    const uri = uriOf(folder, 'macros.json')
    const macros = {
      macros: [
        {
          id: 1,
          title: 'Refund',
          actions: [
            {
              field: 'comment_value',
              value: 'Hi {{ticket.requester.first_name}},\n\nYour refund is on its way.\n\nBest,\n"Sam"'
            }
          ]
        }
      ]
    }
    const text = JSON.stringify(macros, null, 2)
    const published = client.diagnostics(uri)
    client.open(uri, text)
    const [thanks] = (await published).diagnostics as [Diagnostic]
    expect(thanks.code).toBe('require-thanks')
    const insert = (await actionsAt(client, uri, thanks))[0]!
    expect(insert.title).toBe('Insert `Thank you for reaching out to us.`')
    expect(editsOf(insert, uri)[0]!.newText).toBe('Thank you for reaching out to us.\\n\\n')
    const written = apply(text, editsOf(insert, uri))
    expect(JSON.parse(written).macros[0].actions[0].value).toBe(
      'Hi {{ticket.requester.first_name}},\n\nYour refund is on its way.\n\nThank you for reaching out to us.\n\nBest,\n"Sam"'
    )
    const cleared = client.diagnostics(uri, (d) => d.length === 0)
    client.change(uri, written)
    await cleared
  })

  test('a config change is picked up without a restart', async () => {
    const uri = uriOf(folder, 'config-change.txt')
    const first = client.diagnostics(uri)
    client.open(uri, reply)
    expect(codes((await first).diagnostics)).toContain('banned-phrase')
    fs.writeFileSync(
      path.join(folder, '.replylintrc.yml'),
      'rules:\n  require-customer-name: "off"\n  banned-phrase: "off"\n  offer-alternative: "off"\n'
    )
    const second = client.diagnostics(uri)
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{uri: uriOf(folder, '.replylintrc.yml'), type: 2}]
    })
    expect(codes((await second).diagnostics)).toEqual(['require-thanks'])
    // A new .replylintignore applies as well.
    fs.writeFileSync(path.join(folder, '.replylintignore'), 'config-change.txt\n')
    const third = client.diagnostics(uri)
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{uri: uriOf(folder, '.replylintignore'), type: 1}]
    })
    expect((await third).diagnostics).toEqual([])
    fs.rmSync(path.join(folder, '.replylintignore'))
    fs.writeFileSync(path.join(folder, '.replylintrc.yml'), 'rules:\n  require-customer-name: "off"\n')
  })

  test('a config saved in the editor re-checks open documents (for clients that watch no files)', async () => {
    const uri = uriOf(folder, 'saved-config.txt')
    const first = client.diagnostics(uri)
    client.open(uri, reply)
    expect(codes((await first).diagnostics)).toEqual(['banned-phrase', 'require-thanks'])
    const rc = uriOf(folder, '.replylintrc.yml')
    const edited = 'rules:\n  require-customer-name: "off"\n  require-thanks: "off"\n'
    // The config file itself is never checked as a reply.
    const own = client.diagnostics(rc)
    client.open(rc, edited, 'yaml')
    expect((await own).diagnostics).toEqual([])
    fs.writeFileSync(path.join(folder, '.replylintrc.yml'), edited)
    const second = client.diagnostics(uri)
    void client.connection.sendNotification('textDocument/didSave', {textDocument: {uri: rc}})
    expect(codes((await second).diagnostics)).toEqual(['banned-phrase'])
    fs.writeFileSync(path.join(folder, '.replylintrc.yml'), 'rules:\n  require-customer-name: "off"\n')
  })

  test('an invalid config is one error diagnostic naming the file, not a crash', async () => {
    const sub = path.join(folder, 'bad')
    fs.mkdirSync(sub)
    fs.writeFileSync(path.join(sub, '.replylintrc.yml'), 'rules:\n  banned-phrases: error\n')
    const uri = uriOf(sub, 'reply.txt')
    const published = client.diagnostics(uri)
    client.open(uri, reply)
    const {diagnostics} = await published
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({severity: 1})
    expect(diagnostics[0]!.message).toMatch(/Invalid config in .*\.replylintrc\.yml.*did you mean `banned-phrase`/)
  })
})

test('the server and the CLI agree on every file of fixtures/canned', async () => {
  const folder = path.join(root, 'fixtures/canned')
  const report = JSON.parse(cli(['-f', 'json', '.'], {cwd: folder}).stdout) as Array<{
    path: string
    messages: Array<Record<string, unknown>>
  }>
  expect(report.length).toBeGreaterThan(8)
  const client = await startClient({rootPath: folder})
  const shape = (
    line: number,
    column: number,
    endLine: number,
    endColumn: number,
    rule: unknown,
    reason: unknown,
    fatal: unknown
  ) => `${line}:${column}-${endLine}:${endColumn} ${String(rule)} ${String(fatal)} ${String(reason)}`
  try {
    for (const file of report) {
      const uri = pathToFileURL(path.join(folder, file.path)).href
      const published = client.diagnostics(uri)
      client.open(uri, fs.readFileSync(path.join(folder, file.path), 'utf8'))
      const {diagnostics} = await published
      const fromCli = file.messages
        .filter((m) => m['ruleId'] !== 'unknown-shape')
        .map((m) => {
          const place = m['place'] as {
            start?: {line: number; column: number}
            end?: {line: number; column: number}
            line?: number
            column?: number
          }
          const start = place.start ?? (place as {line: number; column: number})
          const end = place.end ?? start
          return shape(start.line, start.column, end.line, end.column, m['ruleId'], m['reason'], m['fatal'])
        })
      const fromServer = diagnostics.map((d) =>
        shape(
          d.range.start.line + 1,
          d.range.start.character + 1,
          d.range.end.line + 1,
          d.range.end.character + 1,
          d.code,
          d.message,
          d.severity === 1 ? true : d.severity === 2 ? false : undefined
        )
      )
      expect(fromServer, file.path).toEqual(fromCli)
    }
    // The file .replylintignore skips gets nothing, as in the CLI's report.
    const ignored = pathToFileURL(path.join(folder, 'drafts/work-in-progress.txt')).href
    const published = client.diagnostics(ignored)
    client.open(ignored, 'No, we can’t.')
    expect((await published).diagnostics).toEqual([])
  } finally {
    await client.close()
  }
})

test('workspace folders added later are used, and a virtual one among them is passed over', async () => {
  const folder = tree({'.replylintrc.yml': 'rules:\n  banned-phrase: "off"\n  offer-alternative: "off"\n'})
  const client = await startClient({capabilities: {workspace: {workspaceFolders: true}}})
  try {
    const uri = 'untitled:Untitled-1'
    const first = client.diagnostics(uri)
    client.open(uri, 'Hi there,\n\nNo, we can’t.\n\nBest,\nSam', 'plaintext')
    expect(codes((await first).diagnostics)).toContain('banned-phrase')
    // An unsaved document is checked from the first workspace folder on disk: its config turns the rule off.
    const second = client.diagnostics(uri)
    void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: {
        added: [
          {uri: 'vscode-vfs://github/replylint/replylint', name: 'remote'},
          {uri: pathToFileURL(folder).href, name: 'replies'}
        ],
        removed: []
      }
    })
    expect(codes((await second).diagnostics)).not.toContain('banned-phrase')
  } finally {
    await client.close()
    fs.rmSync(folder, {recursive: true, force: true})
  }
})

test('the library bundle never reaches the server’s dependencies', () => {
  const library = fs.readFileSync(path.join(root, 'dist/index.js'), 'utf8')
  for (const name of ['vscode-languageserver', 'vscode-jsonrpc', 'unified-engine', 'src/server'])
    expect(library).not.toContain(name)
})
