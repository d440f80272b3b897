// Adversarial cost, in one process: time per byte of texts built to be
// expensive (placeholder openers, punctuation runs, a finding per word, a
// user's placeholder syntax) next to the time per byte of normal replies,
// measured side by side and interleaved, at two sizes to show the growth.
//
//   node bench/adversarial.mjs [rounds] [small bytes] [large bytes]
import {performance} from 'node:perf_hooks'
import {checkReply} from '../dist/index.js'
import {generateCorpus} from './corpus.mjs'

const [rounds = 3, small = 100_000, large = 1_000_000] = process.argv.slice(2).map(Number)
const corpus = generateCorpus(3000)
const replies = corpus.slice(0, 1500)
for (const text of corpus.slice(1500)) checkReply(text)

const user = {placeholders: ['<<[^<>]{0,200}>>']}
const texts = {
  'placeholder openers (`%{` × n)': {make: (size) => '%{'.repeat(size / 2)},
  'placeholder openers (`{%` × n)': {make: (size) => '{%'.repeat(size / 2)},
  'placeholder openers (`<%` × n)': {make: (size) => '<%'.repeat(size / 2)},
  'punctuation run (`?!.,;:` × n)': {make: (size) => '?!.,;:'.repeat(size / 6)},
  'punctuation run (`. ` × n)': {make: (size) => '. '.repeat(size / 2)},
  'punctuation run (`!` × n)': {make: (size) => '!'.repeat(size)},
  'reassuring no per word (`No, ` × n)': {make: (size) => 'No, '.repeat(size / 4)},
  // Real findings, one per word: in one long sentence, and one per sentence.
  // vague-timeline ships off (its blind precision): on here, or the text would find nothing.
  'a finding per word, one sentence (`ASAP ` × n)': {
    make: (size) => 'ASAP '.repeat(size / 5),
    options: {rules: {'vague-timeline': 'error'}}
  },
  'a finding per sentence (`No. ` × n)': {make: (size) => 'No. '.repeat(size / 4)},
  // Each apology's alternatives come from the situation near it: a window of triggers per finding.
  'a situational finding per sentence (`Sorry about that. The refund. ` × n)': {
    make: (size) => 'Sorry about that. The refund. '.repeat(size / 30)
  },
  'user syntax, its opener (`<<` × n)': {make: (size) => '<<'.repeat(size / 2), options: user},
  // A draft's slot per word in one paragraph: each slot asks what its paragraph explains.
  'a slot per word in a draft (`[Name] ` × n)': {make: (size) => '[Name] '.repeat(size / 7), options: {draft: true}},
  // A draft's blanks on one line: each asks whether a form's label comes before it.
  'blanks on one line in a draft (`x ________ ` × n)': {
    make: (size) => 'x ________ '.repeat(size / 11),
    options: {draft: true}
  },
  // Declines in one long question: each asks where the question's last clause starts.
  "declines in one question (`we can't refund it and ` × n, then `?`)": {
    make: (size) => "we can't refund it and ".repeat(size / 23) + '?'
  },
  'normal replies joined into one text': {make: (size) => corpus.join('\n\n').slice(0, size)}
}

function perByteOfReplies() {
  let bytes = 0
  const start = performance.now()
  for (const text of replies) {
    checkReply(text)
    bytes += text.length
  }
  return (performance.now() - start) / bytes
}

function perByte(text, options) {
  const start = performance.now()
  checkReply(text, options)
  return (performance.now() - start) / text.length
}

const built = Object.fromEntries(
  Object.entries(texts).map(([name, {make}]) => [name, {small: make(small), large: make(large)}])
)
const samples = Object.fromEntries(Object.keys(texts).map((name) => [name, {ratio: [], growth: []}]))
for (let round = 0; round < rounds; round++) {
  for (const [name, {options}] of Object.entries(texts)) {
    // Normal replies right before and after each text: a slow spell of the machine hits both sides.
    const before = perByteOfReplies()
    globalThis.gc?.()
    const smallCost = perByte(built[name].small, options)
    globalThis.gc?.()
    const largeCost = perByte(built[name].large, options)
    const after = perByteOfReplies()
    const normal = (before + after) / 2
    samples[name].ratio.push(largeCost / normal)
    samples[name].growth.push(largeCost / smallCost)
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const result = Object.fromEntries(
  Object.entries(samples).map(([name, {ratio, growth}]) => [name, {ratio: median(ratio), growth: median(growth)}])
)
process.stdout.write(JSON.stringify({rounds, small, large, texts: result}) + '\n')
