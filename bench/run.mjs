#!/usr/bin/env node
// replylint's benchmark: every comparison in its own Node process, rounds
// interleaved (so machine noise hits all of them alike), a warm-up, then the
// median and min–max of the rounds, reported as ratios to the floor (a bare
// retext-english parse). Prints a Markdown table and writes JSON.
//
//   npm run bench                 full run (5 rounds, 2,000 replies)
//   npm run bench -- --quick      proves the harness works (1 round, few replies)
//   npm run bench -- --out f.json where to write the JSON
//   npm run bench -- --bundles    only the browser bundle sizes (seconds, not minutes)
//   npm run bench -- --no-cli     without the CLI benchmark (bench/cli.mjs, which runs alone too)
//   npm run bench -- --adversarial  only the adversarial section (bench/adversarial.mjs)
//   npm run bench -- --parser     only our parser vs retext-english's (bench/parser.mjs)
//   npm run bench -- --rules      only what rules cost over the seed rules, in one process (bench/rules.mjs)
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const onlyAdversarial = argv.includes('--adversarial')
const onlyParser = argv.includes('--parser')
const onlyRules = argv.includes('--rules')
const outIndex = argv.indexOf('--out')
const out =
  outIndex === -1
    ? quick
      ? path.join(os.tmpdir(), 'replylint-bench-quick.json')
      : path.join(root, 'bench/results.json')
    : path.resolve(argv[outIndex + 1])

const settings = quick
  ? {
      rounds: 1,
      replies: 150,
      slowReplies: 30,
      warmup: 30,
      passes: 1,
      coldRuns: 2,
      memoryReplies: 100,
      serverSamples: 10,
      serverPasses: 1
    }
  : {
      rounds: 5,
      replies: 2000,
      slowReplies: 400,
      warmup: 1000,
      passes: 2,
      coldRuns: 10,
      memoryReplies: 2000,
      serverSamples: 100,
      serverPasses: 3
    }

// [name, sample size]: slow anchors run on a smaller sample; rates are per word.
const comparisons = [
  ['floor', settings.replies],
  ['checkReply', settings.replies],
  // The seed rules alone and every rule on (also those that ship off), back
  // to back: adding rules to the shared automaton must cost little.
  ['seed-rules', settings.replies],
  ['every-rule', settings.replies],
  ['preset', settings.replies],
  // 10 and 10,000 run back to back: their ratio is a target.
  ['phrases-10', settings.replies],
  ['phrases-10000', settings.replies],
  ['phrases-100', settings.replies],
  ['phrases-1000', settings.replies],
  ['nlcst-search-10', settings.slowReplies],
  ['nlcst-search-10000', settings.slowReplies],
  ['alex', settings.slowReplies],
  ['retext-equality', settings.slowReplies],
  ['write-good', settings.slowReplies]
]

if (!fs.existsSync(path.join(root, 'dist/index.js')) || !fs.existsSync(path.join(root, 'dist/language-server.js')))
  execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'})

if (argv.includes('--bundles')) {
  const sizes = await bundleSizes()
  console.log('| browser bundle (esbuild, minified) | raw bytes | gzip bytes |\n| --- | ---: | ---: |')
  for (const [name, size] of Object.entries(sizes))
    console.log(`| ${name} | ${size.raw.toLocaleString('en-US')} | ${size.gzip.toLocaleString('en-US')} |`)
  process.exit(0)
}

if (onlyParser) {
  console.log(parserMarkdown(parserCost()))
  process.exit(0)
}

if (onlyRules) {
  console.log(rulesMarkdown(rulesCost()))
  process.exit(0)
}

if (onlyAdversarial) {
  const result = adversarialCost()
  console.log(adversarialMarkdown(result))
  process.exit(0)
}

const samples = new Map(comparisons.map(([name]) => [name, []]))
for (let round = 0; round < settings.rounds; round++) {
  // Rotate the order each round so no comparison always runs first.
  const order = comparisons.map((_, index) => comparisons[(index + round) % comparisons.length])
  for (const [name, size] of order) {
    const passes = size === settings.replies ? settings.passes : 1
    const result = spawnSync(
      process.execPath,
      ['--expose-gc', path.join(root, 'bench/worker.mjs'), name, String(size), String(settings.warmup), String(passes)],
      {cwd: root, encoding: 'utf8'}
    )
    if (result.status !== 0) throw new Error(`${name} failed:\n${result.stderr}`)
    samples.get(name).push(JSON.parse(result.stdout))
    if (process.stderr.isTTY) process.stderr.write(`\rround ${round + 1}/${settings.rounds}: ${name.padEnd(20)}`)
  }
}
if (process.stderr.isTTY) process.stderr.write('\r\u001B[K')

const rate = (sample) => sample.words / (sample.ms / 1000)
const summary = {}
for (const [name, list] of samples) {
  const rates = list.map(rate).sort((a, b) => a - b)
  summary[name] = {
    wordsPerSecond: median(rates),
    min: rates[0],
    max: rates.at(-1),
    p50: median(list.map((sample) => sample.p50)),
    p99: median(list.map((sample) => sample.p99)),
    p99WithoutGc: list[0].p99WithoutGc === undefined ? undefined : median(list.map((sample) => sample.p99WithoutGc)),
    compileMs: list[0].compileMs === undefined ? undefined : median(list.map((sample) => sample.compileMs))
  }
}
const floor = summary.floor.wordsPerSecond
const times = (name) => floor / summary[name].wordsPerSecond
// Targets compare runs of the same round, which ran minutes apart at most,
// and take the median of those ratios: a slow spell of this shared machine
// then moves both sides of a ratio instead of one.
const paired = (slow, fast, key = 'ms') =>
  median(
    samples
      .get(slow)
      .map(
        (sample, round) => sample[key] / sample.words / (samples.get(fast)[round][key] / samples.get(fast)[round].words)
      )
  )
const pairedLatency = (key) =>
  median(samples.get('checkReply').map((sample, round) => sample[key] / samples.get('floor')[round][key]))

const cold = coldStart(settings.coldRuns)
const memory = memoryGrowth(settings.memoryReplies)
const bundles = await bundleSizes()
const server = serverLatency(settings.serverSamples, settings.serverPasses)
const adversarial = adversarialCost()
const parser = parserCost()
const rules = rulesCost()
const worst = (key) =>
  Math.max(
    ...Object.entries(adversarial.texts)
      .filter(([name]) => !name.startsWith('normal'))
      .map(([, entry]) => entry[key])
  )

const targets = [
  {
    what: 'all default rules (checkReply) vs the floor, time per word',
    value: paired('checkReply', 'floor'),
    limit: 1.3,
    unit: '×'
  },
  {
    what: 'the care checklist’s seven rules (issue 11) added to the seed rules, CPU time, in one process',
    value: rules.sets['seed + care rules'].ratio,
    limit: 1.1,
    unit: '×'
  },
  {
    what: 'every rule on (offer-alternative too) vs the seed rules alone, CPU time, in one process',
    value: rules.sets['every rule'].ratio,
    limit: 1.1,
    unit: '×'
  },
  {what: 'every rule on vs the floor, time per word', value: paired('every-rule', 'floor'), limit: 1.5, unit: '×'},
  {
    what: '10,000 custom phrases vs 10, time per word',
    value: paired('phrases-10000', 'phrases-10'),
    limit: 1.1,
    unit: '×'
  },
  {what: 'p99 latency vs the floor’s p99', value: pairedLatency('p99'), limit: 1.5, unit: '×'},
  {
    what: 'p99 latency without GC pauses (per-reply minimum of 3 passes) vs the floor’s',
    value: pairedLatency('p99WithoutGc'),
    limit: 1.5,
    unit: '×'
  },
  {what: 'cold start over a bare node process', value: cold.replylint - cold.node, limit: 90, unit: 'ms'},
  {
    what: 'browser entry (src/browser: library + findings UI), gzip',
    value: bundles['browser entry (src/browser)'].gzip / 1000,
    limit: 35,
    unit: 'KB'
  },
  {
    what: 'engine code over unified + retext-english (rule data apart), gzip',
    value: bundles['engine code (replylint − floor − rule data)'].gzip / 1000,
    limit: 8,
    unit: 'KB'
  },
  {
    what: 'language server: a 300-word reply’s diagnostics after the debounce, p95',
    value: server.p95,
    limit: 50,
    unit: 'ms'
  },
  {
    what: 'our parser vs retext-english’s, the bench corpus, time',
    value: Object.values(parser.texts)[0].ratio,
    limit: 1,
    unit: '×'
  },
  {
    what: `adversarial text (${adversarial.large / 1e6} MB), worst time per byte vs normal replies`,
    value: worst('ratio'),
    limit: 5,
    unit: '×'
  },
  {
    what: `adversarial text, worst growth of time per byte from ${adversarial.small / 1e3} KB to ${adversarial.large / 1e6} MB`,
    value: worst('growth'),
    limit: 2,
    unit: '×'
  }
]

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`
const result = {
  date: new Date().toISOString(),
  machine,
  quick,
  settings,
  summary,
  cold,
  memory,
  bundles,
  server,
  adversarial,
  parser,
  rules,
  targets
}
fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n')
console.log(markdown(result))

// The CLI at repository and warehouse scale (bench/cli.mjs; `--no-cli` skips it).
if (!argv.includes('--no-cli')) {
  const cliOut = path.join(os.tmpdir(), `replylint-bench-cli-${process.pid}.json`)
  const child = spawnSync(
    process.execPath,
    [path.join(root, 'bench/cli.mjs'), ...(quick ? ['--quick'] : []), '--out', cliOut],
    {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']}
  )
  if (child.status !== 0) throw new Error(`CLI benchmark failed (${child.status})`)
  console.log('\n' + child.stdout.trimEnd())
  result.cli = JSON.parse(fs.readFileSync(cliOut, 'utf8'))
  fs.rmSync(cliOut, {force: true})
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n')
}
console.error(`\nJSON written to ${path.relative(process.cwd(), out) || out}`)

function markdown({summary, cold, memory, bundles, server, adversarial, parser, rules, targets, machine, settings}) {
  const lines = []
  const number = (value, digits = 0) =>
    value.toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits})
  lines.push(
    `Machine: ${machine}. ${settings.rounds} rounds; each: a warm-up of ${settings.warmup} replies, then ${settings.passes} passes over ${settings.replies} replies (slow anchors: one pass over ${settings.slowReplies}); median (min–max).`,
    ''
  )
  lines.push(
    '| comparison | words/s | min–max | time × floor | p50 ms | p99 ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |'
  )
  for (const [name] of comparisons) {
    const entry = summary[name]
    const label =
      name === 'floor'
        ? 'floor: retext-english parse'
        : name === 'preset'
          ? 'preset, reused processor'
          : name.startsWith('phrases-')
            ? `custom phrases: ${name.slice(8)} (compile ${number(entry.compileMs)} ms)`
            : name
    lines.push(
      `| ${label} | ${number(entry.wordsPerSecond)} | ${number(entry.min)}–${number(entry.max)} | ${number(times(name), 2)} | ${number(entry.p50, 2)} | ${number(entry.p99, 2)} |`
    )
  }
  lines.push('', '| cold start (median of runs) | ms |', '| --- | ---: |')
  for (const [name, ms] of Object.entries(cold)) lines.push(`| ${name} | ${number(ms)} |`)
  lines.push(
    '',
    `Memory: heap ${number(memory.first / 2 ** 20, 1)} MiB after one pass over the corpus, ${number(memory.tenth / 2 ** 20, 1)} MiB after ten (${number(((memory.tenth - memory.first) / memory.first) * 100, 1)}%).`
  )
  lines.push('', '| browser bundle (esbuild, minified) | raw bytes | gzip bytes |', '| --- | ---: | ---: |')
  for (const [name, size] of Object.entries(bundles))
    lines.push(`| ${name} | ${number(size.raw)} | ${number(size.gzip)} |`)
  lines.push(
    '',
    `Language server (stdio, ${server.samples} edits of ${server.texts} ${server.words}-word replies in ${server.passes} passes, each timed after its ${server.debounceMs} ms debounce): p50 ${number(server.p50, 1)} ms, p95 ${number(server.p95, 1)} ms, max ${number(server.max, 1)} ms; p95 of each reply’s fastest pass ${number(server.p95OfMinima, 1)} ms. checkReply on the same texts, in one process: p50 ${number(server.checkReplyP50, 1)} ms, p95 ${number(server.checkReplyP95, 1)} ms.`
  )
  lines.push('', adversarialMarkdown(adversarial))
  lines.push('', parserMarkdown(parser))
  lines.push('', rulesMarkdown(rules))
  lines.push(
    '',
    'Targets: medians of per-round ratios (each round runs every comparison once).',
    '',
    '| target | measured | limit | met |',
    '| --- | ---: | ---: | --- |'
  )
  for (const target of targets)
    lines.push(
      `| ${target.what} | ${number(target.value, 2)} ${target.unit} | ${target.limit} ${target.unit} | ${target.value <= target.limit ? 'yes' : 'no'} |`
    )
  return lines.join('\n')
}

// In one process, so each adversarial text and the normal replies it is
// compared with run side by side (bench/adversarial.mjs).
function adversarialCost() {
  const args = quick ? ['1', '20000', '200000'] : ['3', '100000', '1000000']
  return section('adversarial.mjs', args)
}

function adversarialMarkdown({texts, small, large, rounds}) {
  const number = (value) => value.toLocaleString('en-US', {maximumFractionDigits: 2, minimumFractionDigits: 2})
  const lines = [
    `Adversarial texts (${rounds} rounds, medians): time per byte at ${large.toLocaleString('en-US')} bytes vs normal replies (timed right before and after), and growth of time per byte from ${small.toLocaleString('en-US')} bytes.`,
    ''
  ]
  lines.push('| text | × normal replies, per byte | growth |', '| --- | ---: | ---: |')
  for (const [name, entry] of Object.entries(texts))
    lines.push(`| ${name} | ${number(entry.ratio)} | ${number(entry.growth)} |`)
  return lines.join('\n')
}

// Our parser (src/parser.ts) against retext-english's, in one process
// (bench/parser.mjs): rounds alternate which runs first.
function parserCost() {
  const args = quick ? ['1', '150'] : ['7', String(settings.replies)]
  return section('parser.mjs', args)
}

function parserMarkdown({texts, rounds}) {
  const number = (value) => value.toLocaleString('en-US', {maximumFractionDigits: 2, minimumFractionDigits: 2})
  const lines = [
    `Our parser vs retext-english's (${rounds} rounds in one process, order alternating; median of per-round ratios of time, min–max).`,
    ''
  ]
  lines.push('| text | bytes | retext-english ms | ours ms | ours × retext-english | min–max |')
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const [name, entry] of Object.entries(texts))
    lines.push(
      `| ${name} | ${entry.bytes.toLocaleString('en-US')} | ${number(entry.stockMs)} | ${number(entry.oursMs)} | ${number(entry.ratio)} | ${number(entry.min)}–${number(entry.max)} |`
    )
  return lines.join('\n')
}

// The seed rules, the care rules added, every rule and the defaults, in one
// process taking turns (bench/rules.mjs): the ratios asked of them are near
// 1.1, closer than separate processes on this machine agree.
function rulesCost() {
  const args = quick ? ['1', '150'] : ['15', String(settings.replies)]
  return section('rules.mjs', args)
}

function rulesMarkdown({sets, rounds, replies}) {
  const number = (value) => value.toLocaleString('en-US', {maximumFractionDigits: 2, minimumFractionDigits: 2})
  const lines = [
    `Rules on top of each other (${rounds} rounds in one process over ${replies} replies, the sets taking turns 50 replies at a time; CPU time; median of per-round ratios to the seed rules, min–max).`,
    ''
  ]
  lines.push('| rules on | rules | ms per round | × seed rules | min–max |')
  lines.push('| --- | ---: | ---: | ---: | ---: |')
  for (const [name, entry] of Object.entries(sets))
    lines.push(
      `| ${name} | ${entry.rules ?? 'defaults'} | ${number(entry.ms)} | ${number(entry.ratio)} | ${number(entry.min)}–${number(entry.max)} |`
    )
  return lines.join('\n')
}

function coldStart(runs) {
  const scripts = {
    node: '',
    'unified + retext-english':
      "const {unified} = await import('unified'); const {default: e} = await import('retext-english'); unified().use(e).parse('Hi Dana, thanks!')",
    replylint: "const {checkReply} = await import('./dist/index.js'); checkReply('Hi Dana, thanks for writing! No.')",
    alex: "const {text} = await import('alex'); text('Hi Dana, thanks for writing! No.')"
  }
  const times = Object.fromEntries(Object.keys(scripts).map((name) => [name, []]))
  for (let run = 0; run < runs; run++) {
    for (const [name, script] of Object.entries(scripts)) {
      const start = performance.now()
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root})
      if (result.status !== 0) throw new Error(`cold start ${name} failed: ${result.stderr}`)
      times[name].push(performance.now() - start)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]))
}

function serverLatency(samples, passes) {
  return section('server.mjs', [String(samples), String(passes)], [])
}

function memoryGrowth(replies) {
  return section('memory.mjs', [String(replies)])
}

/** Run `bench/<script>` in its own Node process and read the JSON it prints. */
function section(script, args, flags = ['--expose-gc']) {
  const result = spawnSync(process.execPath, [...flags, path.join(root, 'bench', script), ...args], {
    cwd: root,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`bench/${script} failed: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

// The browser bundles, minified as a site would ship them. `replylint` is the
// library (checkReply), `rule data` the compiled rules/*.yml alone, and
// `engine code` what is left of the library over unified + retext-english
// once the rule data is taken out: code that does not grow with coverage.
// (gzip sizes do not add exactly; the split is within ~100 bytes.)
async function bundleSizes() {
  const entries = {
    replylint: {stdin: {contents: "export {checkReply} from './dist/index.js'", resolveDir: root, loader: 'js'}},
    'unified + retext-english': {
      stdin: {
        contents: "export {unified} from 'unified'; export {default as retextEnglish} from 'retext-english'",
        resolveDir: root,
        loader: 'js'
      }
    },
    'rule data (rules/*.yml)': {entryPoints: [path.join(root, 'src/generated/rules.ts')]},
    'browser entry (src/browser)': {entryPoints: [path.join(root, 'src/browser/index.ts')]},
    'playground page': {entryPoints: [path.join(root, 'playground/src/main.ts')], format: 'iife'},
    'Zendesk app (with the ZAF SDK)': {
      entryPoints: [path.join(root, 'integrations/zendesk/src/main.ts')],
      format: 'iife'
    }
  }
  const sizes = {}
  for (const [name, options] of Object.entries(entries)) {
    const output = await build({
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
      ...options
    })
    const code = output.outputFiles[0].contents
    sizes[name] = {raw: code.length, gzip: gzipSync(code, {level: 9}).length}
  }
  const engine = (key) =>
    sizes.replylint[key] - sizes['unified + retext-english'][key] - sizes['rule data (rules/*.yml)'][key]
  sizes['engine code (replylint − floor − rule data)'] = {raw: engine('raw'), gzip: engine('gzip')}
  return sizes
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
