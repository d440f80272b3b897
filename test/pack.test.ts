// The package as users get it: `npm pack`, install the tarball into an empty
// folder, import `replylint` by name and check a reply, in a fresh process.
import {execFileSync, type ExecFileSyncOptionsWithStringEncoding} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {expect, test} from 'vitest'
import {startClient} from './helpers/lsp.js'

const root = fileURLToPath(new URL('..', import.meta.url))

test('the packed package installs and works', async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-pack-'))
  const quiet: ExecFileSyncOptionsWithStringEncoding = {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}
  // The tarball is found on disk, not parsed out of stdout: `prepack` builds, and
  // its output (coloured when the CI forces colour) shares stdout with npm's JSON.
  execFileSync('npm', ['pack', '--pack-destination', work], quiet)
  const tarballs = fs.readdirSync(work).filter((name) => name.endsWith('.tgz'))
  expect(tarballs).toHaveLength(1)
  const filename = tarballs[0] ?? ''
  const app = path.join(work, 'app')
  fs.mkdirSync(app)
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({name: 'app', private: true, type: 'module'}))
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, filename)], {
    ...quiet,
    cwd: app
  })
  fs.writeFileSync(
    path.join(app, 'check.js'),
    `import replylint, {checkReply, retextBannedPhrase} from 'replylint'
import {unified} from 'unified'
const report = checkReply('Hi Sarah,\\n\\nNo, we can’t.', {customerName: 'Dana'})
console.log(JSON.stringify({messages: report.messages.map(String), preset: typeof replylint, rule: typeof retextBannedPhrase, unified: typeof unified}))`
  )
  const result = JSON.parse(execFileSync('node', ['check.js'], {...quiet, cwd: app}))
  expect(result).toEqual({
    messages: [
      '1:4-1:9: Unexpected name `Sarah`, this reply is for `Dana`: use `Dana`',
      '3:1-3:3: Unexpected refusal `No`, say what you can do instead',
      '3:14: Expected a thank-you before the sign-off, such as `Thank you for reaching out to us.`'
    ],
    preset: 'function',
    rule: 'function',
    unified: 'function'
  })
  // Types ship with it.
  expect(fs.existsSync(path.join(app, 'node_modules/replylint/dist/index.d.ts'))).toBe(true)
  await languageServer(app)
  fs.rmSync(work, {recursive: true, force: true})
})

// The packed `replylint-language-server` bin, as an editor starts it: a file
// in a folder with a `.replylintrc.yml` and an unsaved document.
async function languageServer(app: string) {
  const folder = path.join(app, 'replies')
  fs.mkdirSync(folder)
  fs.writeFileSync(path.join(folder, '.replylintrc.yml'), 'rules:\n  require-customer-name: "off"\n')
  const text = '> No, we can’t do that?\n\nHi there,\n\nYour refund is on its way.\n\nBest regards,\nSam\n'
  const client = await startClient({
    bin: path.join(app, 'node_modules/.bin/replylint-language-server'),
    cwd: app,
    rootPath: folder
  })
  try {
    const uri = pathToFileURL(path.join(folder, 'refund.md')).href
    const opened = client.diagnostics(uri)
    client.open(uri, text)
    const [thanks, ...rest] = (await opened).diagnostics
    expect(rest).toEqual([])
    expect(thanks).toMatchObject({
      code: 'require-thanks',
      codeDescription: {href: 'https://github.com/replylint/replylint/blob/main/rules/require-thanks.md'}
    })
    const actions: Array<{title: string; edit: {changes: Record<string, Array<{range: unknown; newText: string}>>}}> =
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: thanks!.range,
        context: {diagnostics: [thanks]}
      })
    const insert = actions.find((action) => action.title.startsWith('Insert'))!
    expect(insert.edit.changes[uri]).toEqual([{range: thanks!.range, newText: 'Thank you for reaching out to us.\n\n'}])
    const cleared = client.diagnostics(uri)
    client.change(uri, text.replace('Best regards', 'Thank you for reaching out to us.\n\nBest regards'))
    expect((await cleared).diagnostics).toEqual([])

    const untitled = client.diagnostics('untitled:Untitled-1')
    client.open('untitled:Untitled-1', 'No, we can’t.', 'plaintext')
    expect((await untitled).diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'banned-phrase',
      'require-thanks'
    ])
  } finally {
    await client.close()
  }
}
