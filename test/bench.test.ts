// The benchmark's quick mode, only to prove the harness runs end to end and
// reports every comparison. No test here asserts a time: these machines are
// shared and noisy; the targets live in `npm run bench`.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {expect, test} from 'vitest'
import {root} from './helpers/cli.js'

test('npm run bench -- --quick runs every comparison', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-')), 'quick.json')
  const result = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--out', out], {cwd: root, encoding: 'utf8'})
  expect(result.status, result.stderr).toBe(0)
  expect(result.stdout).toContain('| target | measured | limit | met |')
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  expect(Object.keys(report.summary)).toEqual([
    'floor',
    'checkReply',
    'seed-rules',
    'every-rule',
    'preset',
    'phrases-10',
    'phrases-10000',
    'phrases-100',
    'phrases-1000',
    'nlcst-search-10',
    'nlcst-search-10000',
    'alex',
    'retext-equality',
    'write-good'
  ])
  for (const entry of Object.values(report.summary) as Array<{wordsPerSecond: number}>) expect(entry.wordsPerSecond).toBeGreaterThan(0)
  expect(Object.keys(report.cold)).toEqual(['node', 'unified + retext-english', 'replylint', 'alex'])
  expect(report.bundles.replylint.gzip).toBeGreaterThan(report.bundles['unified + retext-english'].gzip)
  expect(report.targets).toHaveLength(8)
})
