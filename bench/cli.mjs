#!/usr/bin/env node
// The CLI at repository and warehouse scale: every run is its own process,
// timed from spawn to exit, on folders written from the seeded corpus. Targets
// are ratios of runs made side by side in one invocation (the machine is
// shared and noisy: read the ratios, not the seconds).
//
//   node bench/cli.mjs             1,000 vs 10,000 files and replies, textlint, workers, NDJSON, cache
//   node bench/cli.mjs --quick     the same at 1/100 the size (proves the harness, measures nothing)
//   node bench/cli.mjs --memory    also the 100,000-reply export's peak memory (slow)
//   node bench/cli.mjs --only files,cache   a subset
//   node bench/cli.mjs --repeat 3  every run 3 times, pairs side by side; each target the median of its 3 ratios
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {writeExport, writeNdjson, writeRepository} from './cli-corpus.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const memory = argv.includes('--memory')
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const only = option('--only')?.split(',')
const out = option('--out')
const repeat = Math.max(1, Number(option('--repeat') ?? 1))
const scale = quick ? 100 : 1
const small = 1000 / scale
const large = 10000 / scale
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-bench-cli-'))
const cli = path.join(root, 'dist/cli.js')
const textlint = path.join(root, 'node_modules/textlint/bin/textlint.js')
const wanted = (name) => !only || only.includes(name)

function run(name, args, {input, cwd = work} = {}) {
  const start = performance.now()
  const result = spawnSync(process.execPath, ['-r', path.join(root, 'bench/rss.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: [input ? fs.openSync(input, 'r') : 'ignore', 'ignore', 'pipe']
  })
  const ms = performance.now() - start
  const failure = failureOf(name, result.status, result.stderr)
  if (failure) throw failure
  progress(name, ms)
  return {ms, ...usageOf(result.stderr)}
}

/** A failed run's error: exit 1 means findings; anything else, or a crash that exits 1, is a failure. */
function failureOf(name, status, stderr) {
  return status === null || status > 1 || /Cannot find module|\n\s+at /.test(stderr)
    ? new Error(`${name} failed (${status}):\n${stderr}`)
    : undefined
}

/** Peak memory and CPU time, as bench/rss.cjs reports them on stderr. */
function usageOf(stderr) {
  const [, rss = 0, cpu = 0] = /replylint-bench-rss (\d+) (\d+)/.exec(stderr)?.map(Number) ?? []
  // CPU time (every thread's, µs from resourceUsage) moves less with the load than the time does.
  return {rss: rss * 1024, cpuMs: cpu / 1000}
}

function progress(name, ms) {
  if (process.stderr.isTTY) process.stderr.write(`\r${name.padEnd(28)} ${(ms / 1000).toFixed(1)} s   `)
}

/**
 * Several runs at once, timed from the first spawn to the last exit: the
 * machine's own speed-up for a piece of work split across processes, which
 * share nothing (no pool, no messages), bounds what any worker pool can get.
 */
async function runTogether(name, argsList) {
  const start = performance.now()
  const samples = await Promise.all(
    argsList.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, ['-r', path.join(root, 'bench/rss.cjs'), ...args], {
            cwd: work,
            stdio: ['ignore', 'ignore', 'pipe']
          })
          let stderr = ''
          child.stderr.on('data', (chunk) => (stderr += chunk))
          child.on('error', reject)
          child.on('close', (status) => {
            const failure = failureOf(name, status, stderr)
            if (failure) reject(failure)
            else resolve(usageOf(stderr))
          })
        })
    )
  )
  const ms = performance.now() - start
  progress(name, ms)
  return {
    ms,
    rss: samples.reduce((sum, sample) => sum + sample.rss, 0),
    cpuMs: samples.reduce((sum, sample) => sum + sample.cpuMs, 0)
  }
}

let results = {}
const rounds = []
const target = (what, value, limit, unit = '×', better = 'lower') =>
  rounds.at(-1).push({what, value, limit, unit, better})
const replylint = (args) => [cli, '--concurrency', '1', '--format', 'ndjson', '-o', '/dev/null', ...args]

if (wanted('files') || wanted('textlint') || wanted('workers') || wanted('cache')) {
  writeRepository(path.join(work, 'small'), small)
  writeRepository(path.join(work, 'large'), large)
}
for (let round = 0; round < repeat; round++) {
  rounds.push([])
  results = {}
  // One bare start, subtracted where per-reply costs are compared.
  results.node = run('node', ['-e', ''])
  if (wanted('files')) {
    results.filesSmall = run(`${small} files`, replylint(['small']))
    results.filesLarge = run(`${large} files`, replylint(['large']))
    target(`${large} files vs ${small} (10× the work), time`, results.filesLarge.ms / results.filesSmall.ms, 11)
  }
  if (wanted('textlint')) {
    // textlint with one trivial rule (no-todo) over the same files (it reads the .txt and .md alike).
    results.textlint = run(`textlint ${large} files`, [
      textlint,
      '--no-textlintrc',
      '--rule',
      'no-todo',
      '--format',
      'json',
      '-o',
      '/dev/null',
      'large'
    ])
    results.filesLargeAgain = results.filesLarge ?? run(`${large} files`, replylint(['large']))
    target(`${large} files: replylint vs textlint (no-todo), time`, results.filesLargeAgain.ms / results.textlint.ms, 1)
  }
  if (wanted('workers')) {
    results.workers1 = results.filesLarge ?? run(`${large} files, 1 worker`, replylint(['large']))
    results.workers2 = run(`${large} files, 2 workers`, [
      cli,
      '--concurrency',
      '2',
      '--format',
      'ndjson',
      '-o',
      '/dev/null',
      'large'
    ])
    target(`${large} files: 2 workers' speed-up over 1`, results.workers1.ms / results.workers2.ms, 1.6, '×', 'higher')
    // The same files split in two halves, each checked by its own one-thread
    // process, both at once: what this machine gives two independent threads
    // of this work, beside the pool's figure.
    const folders = fs.readdirSync(path.join(work, 'large')).sort()
    const half = folders.length >> 1
    const halves = [folders.slice(0, half), folders.slice(half)].map((part) =>
      part.map((name) => path.join('large', name))
    )
    results.twoProcesses = await runTogether(
      `${large} files, 2 processes`,
      halves.map((part) => replylint(part))
    )
    results.twoProcessesSpeedUp = results.workers1.ms / results.twoProcesses.ms
    // The issue's comparison as a user meets it: `replylint` runs a worker per
    // core by default (two here), textlint has one thread. The one-thread
    // figure above stays, for the per-file cost alone.
    if (results.textlint)
      target(
        `${large} files: replylint on 2 threads (a worker per core, the default on 2 cores) vs textlint (no-todo), time`,
        results.workers2.ms / results.textlint.ms,
        1
      )
  }
  if (wanted('export')) {
    writeExport(path.join(work, 'export-small.json'), small)
    writeExport(path.join(work, 'export-large.json'), large)
    results.exportSmall = run(`export of ${small}`, replylint(['export-small.json']))
    results.exportLarge = run(`export of ${large}`, replylint(['export-large.json']))
    target(
      `export of ${large} replies vs ${small} (10× the work), time`,
      results.exportLarge.ms / results.exportSmall.ms,
      11
    )
  }
  if (wanted('ndjson')) {
    // Per reply is the cost a reply adds: the runs over 1,000 and 10,000
    // replies, differenced, on both sides. A whole run's time also holds the
    // start-up, the checker's first compile and its warm-up, paid once per
    // process (and the CLI loads more code than `import 'replylint'`): none
    // of that is the JSON and I/O a reply adds, and at 10,000 replies it was
    // a tenth of the run, so the old whole-run figure stays beside it.
    const inputs = {small: writeNdjson(path.join(work, 'replies-small.ndjson'), small)}
    inputs.large = writeNdjson(path.join(work, 'replies.ndjson'), large)
    // The same replies through checkReply in one process, from memory: the cost NDJSON adds to.
    const script = (
      input
    ) => `import fs from 'node:fs'; import {checkReply} from ${JSON.stringify(path.join(root, 'dist/index.js'))};
const lines = fs.readFileSync(${JSON.stringify(input)}, 'utf8').trimEnd().split('\\n').map((line) => JSON.parse(line));
for (const reply of lines) checkReply(reply.text, {customerName: reply.customerName});`
    const ndjsonRun = (size) =>
      run(
        `NDJSON ${size === 'large' ? large : small} replies`,
        [cli, '--stdin', '--format', 'ndjson', '--concurrency', '1'],
        {
          input: inputs[size]
        }
      )
    const inProcessRun = (size) =>
      run(`checkReply ${size === 'large' ? large : small} replies`, ['--input-type=module', '-e', script(inputs[size])])
    // Side by side, in turn, three times (a difference of two runs doubles
    // their noise): each figure the median of three.
    const per = {ndjson: [], inProcess: [], ratio: [], whole: []}
    for (let time = 0; time < 3; time++) {
      results.ndjsonSmall = ndjsonRun('small')
      results.inProcessSmall = inProcessRun('small')
      results.ndjson = ndjsonRun('large')
      results.inProcess = inProcessRun('large')
      const ndjsonPerReply = (results.ndjson.ms - results.ndjsonSmall.ms) / (large - small)
      const inProcessPerReply = (results.inProcess.ms - results.inProcessSmall.ms) / (large - small)
      per.ndjson.push(ndjsonPerReply)
      per.inProcess.push(inProcessPerReply)
      per.ratio.push(ndjsonPerReply / inProcessPerReply)
      per.whole.push((results.ndjson.ms - results.node.ms) / (results.inProcess.ms - results.node.ms))
    }
    results.ndjsonRepliesPerSecond = 1000 / median(per.ndjson)
    results.checkReplyRepliesPerSecond = 1000 / median(per.inProcess)
    target(
      `NDJSON per reply vs in-process checkReply (the ${large - small} replies a ${large}-reply run has over a ${small}-reply one; median of 3)`,
      median(per.ratio),
      1.2
    )
    results.ndjsonWholeRun = median(per.whole)
  }
  if (wanted('cache')) {
    const location = path.join(work, 'cache.json')
    // Cold in every round.
    fs.rmSync(location, {force: true})
    // The same command twice: the first run fills the cache, the second reads it.
    const cached = [cli, '--cache', '--cache-location', location, '--format', 'ndjson', '-o', '/dev/null', 'large']
    results.cacheCold = run(`${large} files, --cache (cold)`, cached)
    results.cacheWarm = run(`${large} files, --cache (warm)`, cached)
    results.noCache = run(`${large} files, no cache`, [cli, '--format', 'ndjson', '-o', '/dev/null', 'large'])
    target(
      `re-run over ${large} unchanged files: without vs with --cache, time`,
      results.noCache.ms / results.cacheWarm.ms,
      10,
      '×',
      'higher'
    )
  }
}
// Each target the median of its rounds' ratios (each ratio from runs made side by side).
function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const targets = rounds[0].map(({what, limit, unit, better}, index) => {
  const values = rounds.map((round) => round[index].value)
  const value = median(values)
  return {
    what,
    value,
    limit,
    unit,
    met: better === 'lower' ? value <= limit : value >= limit,
    ...(repeat > 1 ? {values} : {})
  }
})
const target1 = (what, value, limit, unit = '×', better = 'lower') =>
  targets.push({what, value, limit, unit, met: better === 'lower' ? value <= limit : value >= limit})
if (memory) {
  const count = 100000 / scale
  writeExport(path.join(work, 'export-huge.json'), count)
  results.exportHuge = run(`export of ${count}`, replylint(['export-huge.json']))
  target1(`export of ${count} replies, peak memory`, results.exportHuge.rss / 2 ** 20, 500, 'MB')
}
if (process.stderr.isTTY) process.stderr.write('\r\u001B[K')
fs.rmSync(work, {recursive: true, force: true})

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores (shared), load ${os.loadavg()[0].toFixed(1)}, Node.js ${process.version}`
const report = {date: new Date().toISOString(), machine, quick, small, large, repeat, results, targets}
if (out) fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n')
const number = (value, digits = 2) =>
  value.toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits})
const lines = [
  `CLI, ${machine}; ${repeat > 1 ? `${repeat} rounds, side by side in each (runs: the last round's)` : 'one run each, side by side'}.`,
  '',
  '| run | s | CPU s | peak MB |',
  '| --- | ---: | ---: | ---: |'
]
for (const [name, sample] of Object.entries(results))
  if (typeof sample === 'object')
    lines.push(
      `| ${name} | ${number(sample.ms / 1000, 1)} | ${number(sample.cpuMs / 1000, 1)} | ${number(sample.rss / 2 ** 20, 0)} |`
    )
if (results.twoProcessesSpeedUp)
  lines.push(
    '',
    `Two one-thread processes, each over half the files, at once: ${number(results.twoProcessesSpeedUp)}× one process over all of them (what this machine gives two threads of this work that share nothing; the pool's two threads: ${number(results.workers1.ms / results.workers2.ms)}×).`
  )
if (results.ndjsonRepliesPerSecond)
  lines.push(
    '',
    `NDJSON: ${number(results.ndjsonRepliesPerSecond, 0)} replies/s on one core; in-process checkReply: ${number(results.checkReplyRepliesPerSecond, 0)} replies/s (each reply a run adds). Whole ${large}-reply runs, a bare node's start-up subtracted: NDJSON ${number(results.ndjsonWholeRun)}× checkReply's.`
  )
lines.push(
  '',
  `| target | ${repeat > 1 ? 'median (rounds)' : 'measured'} | limit | met |`,
  '| --- | ---: | ---: | --- |'
)
for (const entry of targets)
  lines.push(
    `| ${entry.what} | ${number(entry.value)} ${entry.unit}${entry.values ? ` (${entry.values.map((value) => number(value)).join(', ')})` : ''} | ${entry.limit} ${entry.unit} | ${entry.met ? 'yes' : 'no'} |`
  )
console.log(lines.join('\n'))
