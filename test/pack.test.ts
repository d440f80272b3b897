// The package as users get it: `npm pack`, install the tarball into an empty
// folder, import `replylint` by name and check a reply, in a fresh process.
import {execFileSync, type ExecFileSyncOptionsWithStringEncoding} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

test('the packed package installs and works', () => {
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
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, filename)], {...quiet, cwd: app})
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
  fs.rmSync(work, {recursive: true, force: true})
})
