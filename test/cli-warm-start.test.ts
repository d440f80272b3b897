// A warm `--cache` run (issue 13): when every file is a hit, the checker's
// chunk (rule engine, parsers, markup readers) is never loaded.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {bin, tree} from './helpers/cli.js'

/** Run the bin with a module hook that names every file of dist/ it loads, on stderr. */
function loaded(dir: string, args: string[]): string[] {
  fs.writeFileSync(
    path.join(dir, 'hooks.mjs'),
    "import fs from 'node:fs'\nexport async function load(url, context, next) {\n  if (url.includes('/dist/')) fs.writeSync(2, `loaded ${url}\\n`)\n  return next(url, context)\n}\n"
  )
  fs.writeFileSync(
    path.join(dir, 'register.mjs'),
    "import {register} from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n"
  )
  const run = spawnSync(process.execPath, ['--import', './register.mjs', bin, ...args], {cwd: dir, encoding: 'utf8'})
  expect(run.status).toBe(1)
  return [...run.stderr.matchAll(/^loaded \S*\/dist\/(\S+)$/gm)].map((match) => match[1]!.replace(/-\w+\.js$/, ''))
}

test('a warm --cache run whose every file is a hit loads no checker', () => {
  const dir = tree({'replies/a.txt': 'Hi Dana, no.', 'replies/b.md': 'Dear Customer,\n\nThanks!'})
  const args = ['--cache', '--format', 'ndjson', 'replies']
  expect(loaded(dir, args)).toContain('check-file')
  expect(loaded(dir, args)).not.toContain('check-file')
  // One changed file: the checker loads for it.
  fs.writeFileSync(path.join(dir, 'replies/a.txt'), 'Hi Dana, no!')
  expect(loaded(dir, args)).toContain('check-file')
})
