// `--cache` never reports what is out of date (issue 13): a new replylint
// version, a rebuilt checker (an edited rule or its data), a damaged cache
// file, a run from another folder. A file's own changes and a config's are
// in cli-scale.test.ts.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {buildFingerprint} from '../scripts/build-fingerprint.mjs'
import {plant, readCache, writeCache} from './helpers/cache.js'
import {cli, root, tree} from './helpers/cli.js'

const replies = {'r/a.txt': 'Hi Dana, thanks! No.', 'r/b.md': 'Hi Dana,\n\nthanks! No.\n'}

/** The reasons a JSON report gives for one file. */
function reasons(stdout: string, name: string): string[] {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string}>}>
  return files.find((file) => file.path === name)!.messages.map((message) => message.reason)
}

/** A copy of the built package (dist/ and a package.json), its version and bundle open to edits. */
function installed(version: string): {bin: string; setVersion(version: string): void; dir: string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-package-'))
  fs.cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), {recursive: true})
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  const setVersion = (next: string) =>
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({name: 'replylint', version: next, type: 'module'}))
  setVersion(version)
  return {bin: path.join(dir, 'dist/cli.js'), setVersion, dir}
}

function run(bin: string, cwd: string, args: string[] = ['--cache', '--format', 'json', 'r']) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Fill the cache, then plant a marker in a.txt's entry: what it reports while the cache is trusted. */
function planted(bin: string, dir: string): void {
  expect(run(bin, dir).code).toBe(1)
  const location = path.join(dir, '.replylintcache')
  const cache = readCache(location)
  plant(cache, path.join(dir, 'r/a.txt'))
  writeCache(location, cache)
  expect(reasons(run(bin, dir).stdout, 'r/a.txt')).toEqual(['from the cache'])
}

const refusal = 'Unexpected refusal `No`, say what you can do instead'

describe('--cache is keyed by what checks', () => {
  test('another replylint version checks every file again', () => {
    const dir = tree(replies)
    const pack = installed('1.0.0')
    planted(pack.bin, dir)
    pack.setVersion('1.0.1')
    expect(reasons(run(pack.bin, dir).stdout, 'r/a.txt')).toEqual([refusal])
  })

  test('a checker built from other sources (an edited rule, its data) checks every file again', () => {
    const dir = tree(replies)
    const pack = installed('1.0.0')
    planted(pack.bin, dir)
    // The same version, rebuilt: tsup writes the new build's fingerprint into the bundle.
    const chunks = fs.readdirSync(path.join(pack.dir, 'dist')).filter((name) => name.endsWith('.js'))
    let replaced = 0
    for (const name of chunks) {
      const file = path.join(pack.dir, 'dist', name)
      const code = fs.readFileSync(file, 'utf8')
      const next = code.replace(
        /(var build = true \? ")[0-9a-f]{40}"/,
        (_, head: string) => `${head}${'0'.repeat(40)}"`
      )
      if (next !== code) {
        replaced++
        fs.writeFileSync(file, next)
      }
    }
    expect(replaced).toBe(1)
    expect(reasons(run(pack.bin, dir).stdout, 'r/a.txt')).toEqual([refusal])
  })

  test("the build's fingerprint changes with a rule's data, a source file or the locked dependencies", () => {
    const dir = tree({
      'src/index.ts': 'export {}\n',
      'rules/banned-phrase.yml': 'id: banned-phrase\nentries:\n  - no\n',
      'package-lock.json': '{"lockfileVersion": 3}\n'
    })
    const first = buildFingerprint(dir)
    expect(buildFingerprint(dir)).toBe(first)
    const changes: Array<[string, string]> = [
      ['rules/banned-phrase.yml', 'id: banned-phrase\nentries:\n  - no\n  - nope\n'],
      ['src/index.ts', 'export const a = 1\n'],
      ['package-lock.json', '{"lockfileVersion": 3, "packages": {}}\n']
    ]
    const seen = new Set([first])
    for (const [name, value] of changes) {
      fs.writeFileSync(path.join(dir, name), value)
      const next = buildFingerprint(dir)
      expect(seen.has(next), name).toBe(false)
      seen.add(next)
    }
    // A renamed file, same bytes.
    fs.renameSync(path.join(dir, 'src/index.ts'), path.join(dir, 'src/main.ts'))
    expect(seen.has(buildFingerprint(dir))).toBe(false)
  })
})

describe('--cache reads what it can trust', () => {
  test('a damaged cache file is read as none: every file is checked, and a sound cache written', () => {
    const dir = tree(replies)
    const location = path.join(dir, '.replylintcache')
    const first = cli(['--cache', '--format', 'json', 'r'], {cwd: dir})
    const text = fs.readFileSync(location, 'utf8')
    const [header, ...lines] = text.split('\n')
    // A pointer into the table of shared values past its end, the header's length mended.
    const cache = readCache(location)
    const entry = cache.files.get(path.join(dir, 'r/a.txt'))!
    expect(entry.result).toMatch(/"url":\d+/)
    entry.result = entry.result.replace(/"url":\d+/, '"url":999')
    writeCache(location, cache)
    const pointer = fs.readFileSync(location, 'utf8')
    for (const damaged of [
      pointer,
      // Cut, or lengthened: the header's length says so.
      text.slice(0, -40),
      text + text,
      // The same length, damaged in place: a head, a result's JSON.
      text.replace('\t', ' '),
      text.replace(/\["[^\n]*?\t/, (head) => '["x"]' + ' '.repeat(head.length - 6) + '\t'),
      text.replace('"messages":[', '"messages":{'),
      // Another version's, or none.
      '{"version": 3, "shared": [], "files": {}}',
      header + '\n' + lines[1] + '\n',
      ''
    ]) {
      fs.writeFileSync(location, damaged)
      const again = cli(['--cache', '--format', 'json', 'r'], {cwd: dir})
      expect(again.stdout).toBe(first.stdout)
      expect(again.stderr).toBe(first.stderr)
      expect(readCache(location).files.size).toBe(2)
    }
  })

  test('text on stdin named after a cached file is checked, and the cache left as it was', () => {
    const dir = tree(replies)
    const location = path.join(dir, '.replylintcache')
    expect(cli(['--cache', '--format', 'json', 'r'], {cwd: dir}).code).toBe(1)
    const before = fs.readFileSync(location, 'utf8')
    const args = ['--cache', '--format', 'json', '--stdin', '--stdin-filename', 'r/a.txt']
    const piped = cli(args, {cwd: dir, input: 'Hi Dana, thanks for writing!'})
    expect(reasons(piped.stdout, 'r/a.txt')).toEqual([])
    expect(fs.readFileSync(location, 'utf8')).toBe(before)
  })

  test('a run from another folder reports the paths it has from there', () => {
    // One config above both folders, so the second run's config hashes the same and every file is a hit.
    const dir = tree({...replies, '.replylintrc.json': '{}'})
    const location = path.join(dir, 'cache')
    const args = (...files: string[]) => ['--cache', '--cache-location', location, '--format', 'json', ...files]
    expect(reasons(cli(args('r'), {cwd: dir}).stdout, 'r/a.txt')).toEqual([refusal])
    const cache = readCache(location)
    plant(cache, path.join(dir, 'r/a.txt'))
    writeCache(location, cache)
    const inside = cli(args('.'), {cwd: path.join(dir, 'r')})
    expect(reasons(inside.stdout, 'a.txt')).toEqual(['from the cache'])
    expect(JSON.parse(inside.stdout).map((file: {path: string}) => file.path)).toEqual(['a.txt', 'b.md'])
  })
})
