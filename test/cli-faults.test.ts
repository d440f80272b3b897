import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {bin, cli, tree} from './helpers/cli.js'

interface JsonFile {
  path: string
  messages: Array<{
    reason: string
    ruleId: string | null
    line: number | null
    column: number | null
    fatal: boolean | null
  }>
}

function json(args: string[], cwd: string) {
  const result = cli(['--format', 'json', ...args], {cwd})
  return {...result, files: JSON.parse(result.stdout || '[]') as JsonFile[]}
}

const summary = (file: JsonFile | undefined) =>
  (file?.messages ?? []).map((message) => `${message.line}:${message.column} ${message.ruleId}`)
const bom = '\uFEFF'
const reply = 'Dear Customer,\n\nNo, we cannot.\n\nBest,\nSam\n'
const fixed = 'Dear {{name}},\n\nNo, we cannot.\n\nBest,\nSam\n'
const config = 'namePlaceholder: "{{name}}"\nrules:\n  require-thanks: "off"\n'

/** The fault folder: BOM, CRLF, empty files of every format, links out, a cycle. */
function faultFolder() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-faults-'))
  const outside = path.join(base, 'outside')
  const dir = path.join(base, 'replies')
  fs.mkdirSync(outside)
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'No, we cannot.\n')
  fs.mkdirSync(path.join(outside, 'folder'))
  fs.writeFileSync(path.join(outside, 'folder', 'other.txt'), 'Nope.\n')
  const files: Record<string, string> = {
    '.replylintrc.yml': config,
    'bom.txt': bom + reply,
    'bom.md': bom + reply,
    'bom.html': bom + '<p>Dear Customer,</p>\n<p>No, we cannot.</p>\n',
    'bom.json': bom + JSON.stringify([{id: 'a', body: reply}]),
    'bom.yaml': bom + '- id: a\n  body: "Dear Customer,\\n\\nNo, we cannot."\n',
    'crlf.txt': reply.replace(/\n/g, '\r\n'),
    'cr.md': reply.replace(/\n/g, '\r'),
    'mixed.txt': 'Dear Customer,\r\n\rNo, we cannot.\n\r\nBest,\rSam\n'
  }
  for (const extension of ['txt', 'md', 'markdown', 'html', 'htm', 'json', 'yaml', 'yml']) {
    files[`empty/empty.${extension}`] = ''
    files[`empty/bom-only.${extension}`] = bom
    files[`empty/blank.${extension}`] = ' \r\n\n'
  }
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), value)
  }
  fs.symlinkSync('../outside/secret.txt', path.join(dir, 'link-out.txt'))
  fs.symlinkSync('../outside/folder', path.join(dir, 'folder-out'))
  fs.mkdirSync(path.join(dir, 'sub'))
  fs.symlinkSync('..', path.join(dir, 'sub', 'up'))
  fs.symlinkSync('../crlf.txt', path.join(dir, 'sub', 'same.txt'))
  return {base, dir}
}

describe('the CLI on a folder of faults', () => {
  test('reports BOM, CRLF, CR and mixed files at exact places, empty files of every format as clean, links out once, and ends a cycle', () => {
    const {dir} = faultFolder()
    const run = json(['.'], dir)
    expect(run.stderr).not.toMatch(/Error|at \w+ \(/)
    const byPath = new Map(run.files.map((file) => [file.path, file]))
    // Each file once: the cycle (`sub/up -> ..`) and the second name of crlf.txt add nothing.
    expect(run.files.map((file) => file.path).sort()).toEqual(
      [
        'bom.html',
        'bom.json',
        'bom.md',
        'bom.txt',
        'bom.yaml',
        'cr.md',
        'crlf.txt',
        'mixed.txt',
        'folder-out',
        'link-out.txt',
        ...['txt', 'md', 'markdown', 'html', 'htm', 'json', 'yaml', 'yml'].flatMap((extension) => [
          `empty/empty.${extension}`,
          `empty/bom-only.${extension}`,
          `empty/blank.${extension}`
        ])
      ].sort()
    )
    for (const name of ['bom.txt', 'bom.md', 'crlf.txt', 'cr.md', 'mixed.txt']) {
      expect(summary(byPath.get(name)), name).toEqual(['1:1 require-customer-name', '3:1 banned-phrase'])
    }
    expect(summary(byPath.get('bom.html'))).toEqual(['1:4 require-customer-name', '2:4 banned-phrase'])
    expect(summary(byPath.get('bom.json'))).toEqual(['1:20 require-customer-name', '1:38 banned-phrase'])
    expect(summary(byPath.get('bom.yaml'))).toEqual(['2:10 require-customer-name', '2:28 banned-phrase'])
    for (const file of run.files.filter((file) => file.path.startsWith('empty/')))
      expect(file.messages, file.path).toEqual([])
    for (const name of ['link-out.txt', 'folder-out']) {
      const messages = byPath.get(name)!.messages
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatchObject({ruleId: 'symlink-skipped'})
      expect(messages[0]!.fatal ?? null).toBe(null)
      expect(messages[0]!.reason).toMatch(/outside the checked paths; not followed/)
    }
    // Named in the skip message only; nothing behind a link out is read.
    expect(run.stdout).not.toMatch(/other\.txt|Nope/)
    expect(run.code).toBe(1)
  })

  test('--fix keeps a byte order mark and CRLF byte for byte, and never writes through a link out', () => {
    const {base, dir} = faultFolder()
    const run = cli(['--fix', '.'], {cwd: dir})
    expect(run.code).toBe(1)
    const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8')
    expect(read('bom.txt')).toBe(bom + fixed)
    expect(read('bom.md')).toBe(bom + fixed)
    expect(read('bom.html')).toBe(bom + '<p>Dear {{name}},</p>\n<p>No, we cannot.</p>\n')
    expect(read('bom.json')).toBe(bom + JSON.stringify([{id: 'a', body: fixed}]))
    expect(read('bom.yaml')).toBe(bom + '- id: a\n  body: "Dear {{name}},\\n\\nNo, we cannot."\n')
    expect(read('crlf.txt')).toBe(fixed.replace(/\n/g, '\r\n'))
    expect(read('cr.md')).toBe(fixed.replace(/\n/g, '\r'))
    expect(fs.readFileSync(path.join(base, 'outside/secret.txt'), 'utf8')).toBe('No, we cannot.\n')
    expect(fs.lstatSync(path.join(dir, 'link-out.txt')).isSymbolicLink()).toBe(true)
    expect(fs.lstatSync(path.join(dir, 'sub/same.txt')).isSymbolicLink()).toBe(true)
    // A second run changes nothing.
    const before = new Map(['bom.txt', 'bom.json', 'crlf.txt'].map((name) => [name, read(name)]))
    cli(['--fix', '.'], {cwd: dir})
    for (const [name, value] of before) expect(read(name)).toBe(value)
  })

  test('--fix writes through a link to a target inside the checked paths, keeping the link', () => {
    const dir = tree({'.replylintrc.yml': config, 'real/a.txt': reply})
    fs.mkdirSync(path.join(dir, 'links'))
    fs.symlinkSync('../real/a.txt', path.join(dir, 'links/a.txt'))
    // Named alone, the link's target is inside what was given.
    expect(cli(['--fix', 'links/a.txt'], {cwd: dir}).code).toBe(1)
    expect(fs.lstatSync(path.join(dir, 'links/a.txt')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'real/a.txt'), 'utf8')).toBe(fixed)
  })

  test('--fix removes its own temporary files left by a killed run, and only those', () => {
    const dir = tree({
      '.replylintrc.yml': config,
      'a.txt': reply,
      '.a.txt.replylint-999999999-1.tmp': 'half',
      '.a.txt.other.tmp': 'not ours'
    })
    cli(['--fix', '.'], {cwd: dir})
    expect(fs.readdirSync(dir).sort()).toEqual(['.a.txt.other.tmp', '.replylintrc.yml', 'a.txt'])
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(fixed)
  })

  test('a duplicate key in JSON or YAML is an error at its line', () => {
    const dir = tree({
      'a.json': '[{"id": "a",\n  "body": "Hi Dana, thanks.",\n  "body": "No."}]',
      'b.yaml': '- id: a\n  body: Hi Dana, thanks.\n  body: "No."\n'
    })
    const run = json(['.'], dir)
    expect(run.code).toBe(2)
    expect(run.files.map((file) => [file.path, summary(file), file.messages[0]!.reason])).toEqual([
      ['a.json', ['3:3 parse-error'], 'Invalid JSON: duplicate key "body"'],
      ['b.yaml', ['3:3 parse-error'], 'Invalid YAML: duplicate key "body"']
    ])
  })
})

describe('--fix under SIGKILL', () => {
  test('leaves every file original or correctly fixed, and a later run finishes the job', async () => {
    const files: Record<string, string> = {'.replylintrc.yml': config}
    for (let index = 0; index < 150; index++) {
      files[`r${index}.txt`] =
        (index % 3 === 0 ? bom : '') + reply.replace('No, we cannot.', `Reply ${index}. No, we cannot.`)
      files[`j${index}.json`] = JSON.stringify([{id: `j${index}`, body: reply}], null, 2)
    }
    const dir = tree(files)
    const expected = (name: string, value: string) => value.replace('Dear Customer', 'Dear {{name}}')
    for (const delay of [60, 120, 180, 250, 350, 500]) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [bin, '--fix', '.'], {cwd: dir, stdio: 'ignore'})
        const timer = setTimeout(() => child.kill('SIGKILL'), delay)
        child.on('exit', () => {
          clearTimeout(timer)
          resolve()
        })
      })
      for (const [name, original] of Object.entries(files)) {
        if (name.startsWith('.')) continue
        const now = fs.readFileSync(path.join(dir, name), 'utf8')
        expect([original, expected(name, original)], name).toContain(now)
      }
    }
    cli(['--fix', '.'], {cwd: dir})
    for (const [name, original] of Object.entries(files))
      if (!name.startsWith('.')) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(expected(name, original))
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
