// Our parser (src/parser.ts) against retext-english's, in one process: the
// two parse the same texts in alternating order, round after round, and each
// round gives one ratio of their times; the medians are reported. The shared
// machine's slow spells then hit both sides of a ratio alike.
//
//   node bench/parser.mjs [rounds] [replies]
//
// Prints {rounds, texts: {name: {bytes, ratio, min, max, stockMs, oursMs}}} as JSON.
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {generateCorpus} from './corpus.mjs'

const [rounds = 7, replies = 2000] = process.argv.slice(2).map(Number)

// src/parser.ts as the library ships it, bundled in memory (no dist entry exports it).
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../src/parser.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent'
})
const {retextEnglishParser} = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].contents).toString('base64')}`
)

const stock = unified().use(retextEnglish).freeze()
const ours = unified().use(retextEnglishParser).freeze()

const sets = {
  [`bench/corpus.mjs replies (${replies})`]: generateCorpus(replies),
  // Sentences of one word each: the paragraph stage's worst case.
  '`No. ` × 50,000': ['No. '.repeat(50_000)],
  // parse-latin's own merge of word-less sentences is quadratic: kept small
  // enough that retext-english's parse ends in seconds.
  '`?!.,;:` × 5,000': ['?!.,;:'.repeat(5000)]
}

function time(processor, texts) {
  const start = performance.now()
  for (const text of texts) processor.parse(text)
  return performance.now() - start
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const result = {}
for (const [name, texts] of Object.entries(sets)) {
  // Warm-up: both parsers compiled by V8 before anything is timed.
  for (let pass = 0; pass < 2; pass++) {
    time(stock, texts.slice(0, 500))
    time(ours, texts.slice(0, 500))
  }
  const ratios = []
  const stockTimes = []
  const ourTimes = []
  for (let round = 0; round < rounds; round++) {
    globalThis.gc?.()
    const first = round % 2 === 0
    const a = first ? time(stock, texts) : time(ours, texts)
    globalThis.gc?.()
    const b = first ? time(ours, texts) : time(stock, texts)
    const [stockMs, oursMs] = first ? [a, b] : [b, a]
    stockTimes.push(stockMs)
    ourTimes.push(oursMs)
    ratios.push(oursMs / stockMs)
  }
  result[name] = {
    bytes: texts.reduce((sum, text) => sum + text.length, 0),
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    stockMs: median(stockTimes),
    oursMs: median(ourTimes)
  }
}
process.stdout.write(JSON.stringify({rounds, texts: result}) + '\n')
