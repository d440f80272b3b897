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
  for (const entry of Object.values<{wordsPerSecond: number}>(report.summary))
    expect(entry.wordsPerSecond).toBeGreaterThan(0)
  expect(Object.keys(report.cold)).toEqual(['node', 'unified + retext-english', 'replylint', 'alex'])
  expect(report.bundles.replylint.gzip).toBeGreaterThan(report.bundles['unified + retext-english'].gzip)
  expect(Object.keys(report.bundles)).toEqual([
    'replylint',
    'unified + retext-english',
    'rule data (rules/*.yml)',
    'browser entry (src/browser)',
    'playground page',
    'Zendesk app (with the ZAF SDK)',
    'engine code (replylint − floor − rule data)'
  ])
  expect(report.bundles['engine code (replylint − floor − rule data)'].gzip).toBeGreaterThan(0)
  expect(report.targets).toHaveLength(14)
  expect(report.server).toMatchObject({samples: 10, texts: 10, passes: 1, words: 300, debounceMs: 200})
  expect(report.server.p95).toBeGreaterThan(0)
  // The CLI part: every comparison ran and has a ratio.
  expect(report.cli.targets.map((target: {what: string}) => target.what)).toEqual([
    '100 files vs 10 (10× the work), time',
    '100 files: replylint vs textlint (no-todo), time',
    "100 files: 2 workers' speed-up over 1",
    '100 files: replylint on 2 threads (a worker per core, the default on 2 cores) vs textlint (no-todo), time',
    'export of 100 replies vs 10 (10× the work), time',
    'NDJSON per reply vs in-process checkReply (the 90 replies a 100-reply run has over a 10-reply one; median of 3)',
    're-run over 100 unchanged files: without vs with --cache, time'
  ])
  for (const target of report.cli.targets as Array<{value: number}>) expect(target.value).toBeGreaterThan(0)
  // The adversarial section: every text measured, with a ratio and a growth.
  expect(Object.keys(report.adversarial.texts)).toContain('a finding per sentence (`No. ` × n)')
  for (const entry of Object.values<{ratio: number; growth: number}>(report.adversarial.texts)) {
    expect(entry.ratio).toBeGreaterThan(0)
    expect(entry.growth).toBeGreaterThan(0)
  }
  // Our parser vs retext-english's: every text measured, with a ratio.
  expect(Object.keys(report.parser.texts)).toHaveLength(3)
  for (const entry of Object.values<{ratio: number}>(report.parser.texts)) expect(entry.ratio).toBeGreaterThan(0)
  // Rules on top of each other, in one process: every set, as a ratio to the seed rules.
  expect(Object.keys(report.rules.sets)).toEqual(['seed rules', 'seed + care rules', 'every rule', 'defaults'])
  expect(report.rules.sets['seed rules'].ratio).toBe(1)
  for (const entry of Object.values<{ratio: number}>(report.rules.sets)) expect(entry.ratio).toBeGreaterThan(0)
  // About a minute alone; the limit only catches a hang, so it leaves room for a loaded machine.
}, 300_000)
