// The CLI's folder-at-a-time path.resolve: the same answers as path.resolve, for any path.
import path from 'node:path'
import {expect, test} from 'vitest'
import {createResolver} from '../src/cli/resolver.js'

test('createResolver answers as path.resolve and path.dirname do, in any order of folders', () => {
  const files = [
    'a.txt',
    'r/a.txt',
    'r/b.txt',
    'r/s/c.txt',
    'r/b.txt',
    './d.txt',
    '../up.txt',
    '../../top.txt',
    'r/../e.txt',
    'r//f.txt',
    'r/.',
    'r/..',
    'r/',
    '.',
    '..',
    '',
    '/abs/g.txt',
    '/abs/../h.txt',
    '/i.txt',
    'a.txt'
  ]
  for (const cwd of ['/work/repo', '/']) {
    const resolver = createResolver(cwd)
    for (const file of files) {
      expect(resolver.file(file), `${cwd} ${file}`).toBe(path.resolve(cwd, file))
      expect(resolver.folder(file), `${cwd} ${file}`).toBe(path.dirname(path.resolve(cwd, file)))
    }
  }
})
