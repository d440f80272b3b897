// One comparison of the benchmark, in its own process: warm up, then time one
// pass over the sample and print {words, ms, latencies?} as JSON.
import {performance} from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {countWords, generateCorpus} from './corpus.mjs'
import {phraseEntries} from './phrases.mjs'

const [name, sampleArgument, warmupArgument, passesArgument = '1'] = process.argv.slice(2)
const sample = Number(sampleArgument)
const passes = Number(passesArgument)
const corpus = generateCorpus(Math.max(sample, Number(warmupArgument)))
const replies = corpus.slice(0, sample)
const warmup = corpus.slice(0, Number(warmupArgument))

async function subject(name) {
  const {checkReply, default: replylint, ruleIds} = await import('../dist/index.js')
  const floor = unified().use(retextEnglish).use(retextStringify).freeze()
  if (name === 'floor') return (text) => floor.processSync(text)
  if (name === 'checkReply') return (text) => checkReply(text)
  if (name === 'seed-rules' || name === 'every-rule') {
    const seeds = ['banned-phrase', 'require-thanks', 'require-customer-name']
    const options = {
      rules: Object.fromEntries(
        ruleIds.map((id) => [id, name === 'every-rule' || seeds.includes(id) ? 'error' : 'off'])
      )
    }
    return (text) => checkReply(text, options)
  }
  if (name === 'preset') {
    const processor = unified().use(retextEnglish).use(replylint).use(retextStringify).freeze()
    return (text) => processor.processSync(text)
  }
  if (name === 'alex') {
    const {text: alex} = await import('alex')
    return (text) => alex(text)
  }
  if (name === 'retext-equality') {
    const {default: equality} = await import('retext-equality')
    const processor = unified().use(retextEnglish).use(equality).use(retextStringify).freeze()
    return (text) => processor.processSync(text)
  }
  if (name === 'write-good') {
    const {default: writeGood} = await import('write-good')
    return (text) => writeGood(text)
  }
  const phrases = /^phrases-(\d+)$/.exec(name)
  if (phrases) {
    const options = {bannedPhrases: phraseEntries(Number(phrases[1]))}
    const start = performance.now()
    checkReply('Compile the phrases.', options)
    compileMs = performance.now() - start
    return (text) => checkReply(text, options)
  }
  const search = /^nlcst-search-(\d+)$/.exec(name)
  if (search) {
    const {search: nlcstSearch} = await import('nlcst-search')
    const list = phraseEntries(Number(search[1])).map((entry) => entry.phrases[0])
    let hits = 0
    const processor = unified()
      .use(retextEnglish)
      .use(() => (tree) => {
        nlcstSearch(tree, list, () => {
          hits++
        })
      })
      .use(retextStringify)
      .freeze()
    // The hit count is returned so the search's work cannot be optimised away.
    return (text) => (processor.processSync(text), hits)
  }
  throw new Error(`Unknown comparison ${name}`)
}

let compileMs
const run = await subject(name)
for (const text of warmup) run(text)

// Several timed passes, so that when V8 tiers a hot function up matters less.
const latencies = new Float64Array(replies.length * passes)
const start = performance.now()
for (let pass = 0; pass < passes; pass++) {
  for (let index = 0; index < replies.length; index++) {
    const before = performance.now()
    run(replies[index])
    latencies[pass * replies.length + index] = performance.now() - before
  }
}
const ms = performance.now() - start

// Latency as users feel it includes the garbage collector's pauses, which land
// on whichever reply is running; the per-reply minimum of three passes shows
// the engine's own latency without them. Both are reported.
let minimums
if (name === 'floor' || name === 'checkReply') {
  minimums = Float64Array.from(latencies.subarray(0, replies.length))
  for (let pass = 0; pass < 2; pass++) {
    for (let index = 0; index < replies.length; index++) {
      const before = performance.now()
      run(replies[index])
      minimums[index] = Math.min(minimums[index], performance.now() - before)
    }
  }
  minimums.sort()
}
latencies.sort()
const at = (list, q) => list[Math.min(list.length - 1, Math.floor(q * list.length))]
process.stdout.write(
  JSON.stringify({
    name,
    words: countWords(replies) * passes,
    ms,
    p50: at(latencies, 0.5),
    p99: at(latencies, 0.99),
    p99WithoutGc: minimums && at(minimums, 0.99),
    compileMs
  }) + '\n'
)
