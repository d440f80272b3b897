// What rules cost on top of each other, in one process: the seed rules alone,
// the seed rules with the care checklist's rules (issue 11), every rule on,
// and the defaults check the same replies, taking turns a chunk of replies at
// a time; each round gives one ratio per set against the seed rules, and the
// medians are reported.
//
// Why in one process, and CPU time: the ratios asked of these sets are near
// 1.1, and separate processes on this shared machine differ by more than that
// from run to run (JIT tiering, a neighbour's load). Here both sides of a
// ratio share one warmed-up engine and are timed by the CPU time they used, so
// a slow spell that takes the core away moves neither.
//
//   node bench/rules.mjs [rounds] [replies]
//
// Prints {rounds, replies, sets: {name: {rules, ms, ratio, min, max}}} as JSON.
import {checkReply, ruleIds} from '../dist/index.js'
import {generateCorpus} from './corpus.mjs'

const [rounds = 15, replies = 2000] = process.argv.slice(2).map(Number)

// The three seed rules, and the seven rule ids issue 11 fixed.
const seed = ['banned-phrase', 'require-thanks', 'require-customer-name']
const care = [
  'vague-timeline',
  'mass-handling',
  'caring-talk',
  'blame',
  'policy-shield',
  'non-apology',
  'unfilled-placeholder'
]
for (const id of [...seed, ...care])
  if (!ruleIds.includes(id)) throw new Error(`bench/rules.mjs: no rule \`${id}\` in dist/index.js`)

const only = (on) => ({rules: Object.fromEntries(ruleIds.map((id) => [id, on.includes(id) ? 'error' : 'off']))})
const sets = {
  'seed rules': {rules: seed.length, options: only(seed)},
  'seed + care rules': {rules: seed.length + care.length, options: only([...seed, ...care])},
  'every rule': {rules: ruleIds.length, options: only(ruleIds)},
  defaults: {rules: undefined, options: undefined}
}
const names = Object.keys(sets)
const texts = generateCorpus(replies)

function cpu(options, from, to) {
  const start = process.cpuUsage()
  for (let index = from; index < to; index++) checkReply(texts[index], options)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Warm-up: every set compiled and tiered up by V8 before anything is timed.
for (let pass = 0; pass < 2; pass++) for (const name of names) cpu(sets[name].options, 0, texts.length)

// Each round runs every set over every reply, a chunk at a time, the sets
// taking turns on each chunk: a slow spell lasts longer than one chunk, so it
// lands on all the sets of a round alike.
const chunk = 50
const times = Object.fromEntries(names.map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  globalThis.gc?.()
  const sums = Object.fromEntries(names.map((name) => [name, 0]))
  for (let from = 0, turn = round; from < texts.length; from += chunk, turn++) {
    for (let index = 0; index < names.length; index++) {
      const name = names[(index + turn) % names.length]
      sums[name] += cpu(sets[name].options, from, Math.min(texts.length, from + chunk))
    }
  }
  for (const name of names) times[name].push(sums[name])
}

const result = {}
for (const name of names) {
  const ratios = times[name].map((ms, round) => ms / times['seed rules'][round])
  result[name] = {
    rules: sets[name].rules,
    ms: median(times[name]),
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios)
  }
}
process.stdout.write(JSON.stringify({rounds, replies, sets: result}) + '\n')
