#!/usr/bin/env node
// The main job on the bundled examples: run the `replylint` CLI over the
// canned-response repository in fixtures/canned (every supported format).
// Its findings are intended, so exit code 1 here means "working as meant".
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const result = spawnSync(process.execPath, ['dist/cli.js', ...(args.length > 0 ? args : ['fixtures/canned'])], {
  cwd: root,
  stdio: 'inherit'
})
const code = result.status ?? 2
console.error(
  code === 1
    ? '\nExit code 1: the examples contain the faults replylint is meant to catch. Try `node dist/cli.js --fix <copy of fixtures/canned>` or `--format sarif`.'
    : `\nExit code ${code}.`
)
process.exitCode = code <= 1 ? 0 : code
