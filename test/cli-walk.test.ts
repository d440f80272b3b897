// A file reached more than one way (named and inside a named folder, two
// overlapping folders, a link to it) is checked once.
import fs from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {cli, tree} from './helpers/cli.js'

function checked(dir: string, args: string[]): string[] {
  const files = JSON.parse(cli(['--format', 'json', ...args], {cwd: dir}).stdout || '[]') as Array<{path: string}>
  return files.map((file) => file.path)
}

test('a file named and found, in overlapping folders, or linked to, is checked once', () => {
  const dir = tree({'r/a.txt': 'Hi Dana, no.', 'r/s/b.txt': 'Hi Dana, no.'})
  fs.symlinkSync(path.join(dir, 'r/s/b.txt'), path.join(dir, 'r/link.txt'))
  const all = ['r/a.txt', 'r/s/b.txt']
  expect(checked(dir, ['r'])).toEqual(all)
  expect(checked(dir, ['r/a.txt', 'r'])).toEqual(all)
  expect(checked(dir, ['r', 'r/a.txt'])).toEqual(all)
  expect(checked(dir, ['r', 'r/s'])).toEqual(all)
  expect(checked(dir, ['r/s', 'r'])).toEqual(all)
})
