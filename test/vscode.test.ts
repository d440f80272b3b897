// The VS Code extension: its .vsix builds offline (bundled client and server,
// `vsce package --no-dependencies`), and activate() runs with a stubbed
// `vscode` module while the real vscode-languageclient starts the bundled
// server over IPC.
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, expect, test} from 'vitest'
import {root} from './helpers/cli.js'
import {startClient} from './helpers/lsp.js'

const here = path.join(root, 'editors/vscode')
const vsix = path.join(here, 'replylint.vsix')

beforeAll(() => {
  fs.rmSync(vsix, {force: true})
  execFileSync(process.execPath, [path.join(here, 'build.mjs')], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
})

/** The names in a zip file, from its central directory. */
function zipEntries(file: string): string[] {
  const data = fs.readFileSync(file)
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = data.readUInt16LE(end + 10)
  let offset = data.readUInt32LE(end + 16)
  const names: string[] = []
  for (let index = 0; index < count; index++) {
    const nameLength = data.readUInt16LE(offset + 28)
    const extra = data.readUInt16LE(offset + 30)
    const comment = data.readUInt16LE(offset + 32)
    names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength))
    offset += 46 + nameLength + extra + comment
  }
  return names.sort()
}

test('the .vsix holds the bundled client and server, and the manifest', () => {
  expect(zipEntries(vsix)).toEqual([
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/LICENSE.txt',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/package.json',
    'extension/readme.md'
  ])
  const manifest = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'))
  expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
    'replylint.enable',
    'replylint.trace.server'
  ])
  expect(manifest.contributes.commands).toEqual([
    {command: 'replylint.restart', title: 'Restart replylint', category: 'replylint'}
  ])
})

test('the bundled server (what the .vsix runs) checks documents on its own', async () => {
  const client = await startClient({bin: path.join(here, 'dist/server.js')})
  try {
    const published = client.diagnostics('untitled:Untitled-1')
    client.open('untitled:Untitled-1', '> No.\n\nHi Dana, thanks for writing. No, we can’t.\n', 'markdown')
    expect((await published).diagnostics.map((d) => d.code)).toEqual(['banned-phrase'])
  } finally {
    await client.close()
  }
})

function activate(mode: 'enabled' | 'disabled') {
  const run = spawnSync(process.execPath, [path.join(root, 'test/helpers/activate.cjs'), mode], {
    encoding: 'utf8',
    timeout: 60_000
  })
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout)
}

test('activate() starts the client, which checks an untitled document; Restart restarts it', () => {
  const result = activate('enabled')
  expect(result).toMatchObject({
    commands: ['replylint.restart'],
    running: true,
    codes: ['banned-phrase', 'require-customer-name', 'require-thanks'],
    href: 'https://github.com/replylint/replylint/blob/main/rules/banned-phrase.md',
    restarted: true,
    codesAfterRestart: ['banned-phrase', 'require-customer-name', 'require-thanks'],
    runningAfterDeactivate: false
  })
  // The server asks the client to watch config and ignore files (a `git pull` re-checks open documents).
  expect([...new Set(result.watchers)]).toEqual([
    '**/.replylintrc',
    '**/.replylintrc.{json,yml,yaml}',
    '**/.replylintignore',
    '**/package.json'
  ])
  const languages = ['plaintext', 'markdown', 'html', 'json', 'yaml']
  expect(result.selector).toEqual(
    languages.flatMap((language) => [
      {scheme: 'file', language},
      {scheme: 'untitled', language}
    ])
  )
})

test('with replylint.enable off, nothing starts until the setting is turned on', () => {
  const result = activate('disabled')
  expect(result).toMatchObject({
    running: false,
    runningAfterEnable: true,
    codes: ['banned-phrase', 'require-customer-name', 'require-thanks']
  })
})
