#!/usr/bin/env node
// Hunt false positives: run the built package over the shared corpus of real
// published replies (../shared/corpus/replies.jsonl, when present) and print
// each finding with its context, grouped by rule. Not part of the tests.
//
//   npm run build && node scripts/review-corpus.mjs [rule-id[,rule-id…]]
import fs from 'node:fs'
import {checkReply} from '../dist/index.js'

// Next to the project, or next to the folder of worktrees it sits in.
const corpus = ['../../shared/corpus/replies.jsonl', '../../../shared/corpus/replies.jsonl']
  .map((candidate) => new URL(candidate, import.meta.url))
  .find((candidate) => fs.existsSync(candidate))
if (!corpus) {
  console.error('No shared corpus next to the project; nothing to review.')
  process.exit(0)
}
const only = process.argv[2]?.split(',')
const counts = {}
let replies = 0
for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const reply = JSON.parse(line)
  replies++
  for (const message of checkReply(reply.text).messages) {
    counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
    if (only && !only.includes(message.ruleId)) continue
    const offset = message.place?.start?.offset ?? message.place?.offset ?? 0
    const context = reply.text.slice(Math.max(0, offset - 60), offset + 60).replace(/\s+/g, ' ')
    console.log(`${reply.id} ${message.line}:${message.column} ${message.ruleId}: ${message.reason}\n    …${context}…`)
  }
}
console.log(`\n${replies} replies:`, counts)
