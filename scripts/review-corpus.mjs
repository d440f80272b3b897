#!/usr/bin/env node
// Hunt false positives: run the built CLI over a corpus of real published
// replies (JSON lines of {id, format, text}; by default ../shared/corpus next
// to the project or its worktree folder), each reply in its own format, as a
// support team's CI would read it. Every finding is matched against the
// verdicts we keep in fixtures/corpus-verdicts.json (ids only: no corpus text
// enters the project) and the run prints what changed since the judged run:
// new findings to judge, findings judged wrong that are gone (fixed), and
// findings judged right that are gone (a true finding lost).
//
//   npm run build && node scripts/review-corpus.mjs [--corpus file] [--rule id] [--all] [--record]
//
// The verdicts file holds every finding of the judged runs (the run before
// issue 15's changes and the one after), so findings fixed since show as
// "gone (fixed)". --all prints every finding, not only unjudged ones; --record adds the
// unjudged findings to the verdicts file with verdict "?" and drops verdicts
// of findings that are gone, for a human to judge (edit "?" to right/wrong).
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {values} = parseArgs({
  options: {corpus: {type: 'string'}, rule: {type: 'string'}, all: {type: 'boolean'}, record: {type: 'boolean'}}
})
const candidates = [
  values.corpus,
  process.env.REPLYLINT_CORPUS,
  path.join(root, '../shared/corpus/replies.jsonl'),
  path.join(root, '../../shared/corpus/replies.jsonl')
]
const corpus = candidates.find((file) => file && fs.existsSync(file))
if (!corpus) {
  console.error('No corpus found (pass --corpus <replies.jsonl> or set REPLYLINT_CORPUS); nothing to review.')
  process.exit(0)
}
const cli = path.join(root, 'dist/cli.js')
if (!fs.existsSync(cli)) {
  console.error('Build first: npm run build')
  process.exit(2)
}

const extensions = {markdown: 'md', html: 'html', liquid: 'html', text: 'txt'}
const replies = fs
  .readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

// One file per reply in a scratch folder, one CLI run over all of them.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-corpus-'))
const byFile = new Map()
for (const reply of replies) {
  const name = `${reply.id}.${extensions[reply.format] ?? 'txt'}`
  fs.writeFileSync(path.join(scratch, name), reply.text)
  byFile.set(name, reply)
}
const report = path.join(scratch, 'report.json')
try {
  execFileSync(process.execPath, [cli, '--format', 'json', '--output-file', report, '--no-color', '.'], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'inherit']
  })
} catch (error) {
  // 1: findings; 2: some file could not be read (reported above). The report
  // still holds every other file, and one bad reply must not stop the review.
  if ((error.status !== 1 && error.status !== 2) || !fs.existsSync(report)) throw error
}
const results = JSON.parse(fs.readFileSync(report, 'utf8'))
fs.rmSync(scratch, {recursive: true, force: true})

const verdictsFile = path.join(root, 'fixtures/corpus-verdicts.json')
const verdicts = fs.existsSync(verdictsFile) ? JSON.parse(fs.readFileSync(verdictsFile, 'utf8')) : []
const keyOf = (item) => `${item.id} ${item.ruleId} ${item.at}`
const judged = new Map(verdicts.map((item) => [keyOf(item), item]))

// Errors about a file, not findings of a rule.
const fileLevel = new Set(['parse-error', 'binary-file', 'unknown-shape'])
const findings = []
for (const result of results) {
  const reply = byFile.get(path.basename(result.path))
  if (!reply) continue
  for (const message of result.messages) {
    if (!message.ruleId || fileLevel.has(message.ruleId)) continue
    findings.push({id: reply.id, ruleId: message.ruleId, at: `${message.line}:${message.column}`, reply, message})
  }
}
const seen = new Set(findings.map(keyOf))

const rules = [...new Set([...findings.map((f) => f.ruleId), ...verdicts.map((v) => v.ruleId)])].sort()
const counts = Object.fromEntries(
  rules.map((id) => [id, {findings: 0, right: 0, wrong: 0, unjudged: 0, fixed: 0, lost: 0}])
)
const unjudged = []
for (const finding of findings) {
  const count = counts[finding.ruleId]
  count.findings++
  const verdict = judged.get(keyOf(finding))?.verdict
  if (verdict === 'right') count.right++
  else if (verdict === 'wrong') count.wrong++
  else {
    count.unjudged++
    unjudged.push(finding)
  }
  if (values.all || !verdict || verdict === '?') show(finding, verdict ?? 'new')
}
const gone = verdicts.filter((item) => !seen.has(keyOf(item)))
for (const item of gone) {
  if (item.verdict === 'wrong') counts[item.ruleId].fixed++
  if (item.verdict === 'right') counts[item.ruleId].lost++
}

function show(finding, label) {
  if (values.rule && finding.ruleId !== values.rule) return
  const text = finding.reply.text
  const lines = text.split(/\r?\n/)
  const line = lines[(finding.message.line ?? 1) - 1] ?? ''
  console.log(
    `[${label}] ${finding.id} ${finding.at} ${finding.ruleId}: ${finding.message.reason}\n    | ${line.slice(0, 160)}`
  )
}

console.log(`\nChanged since the judged run:`)
for (const item of gone) {
  if (values.rule && item.ruleId !== values.rule) continue
  console.log(
    `  gone (${item.verdict === 'wrong' ? 'fixed' : item.verdict === 'right' ? 'TRUE FINDING LOST' : 'unjudged'}): ${keyOf(item)}`
  )
}
console.log(`  new, to judge: ${unjudged.length}`)

const per100 = (n) => ((100 * n) / replies.length).toFixed(1)
console.log(`\n${replies.length} replies from ${path.relative(process.cwd(), corpus)}:`)
for (const id of rules) {
  const c = counts[id]
  console.log(
    `  ${id}: ${c.findings} findings (${c.right} right, ${c.wrong} judged wrong = ${per100(c.wrong)} per 100 replies, ${c.unjudged} unjudged); since the judged run ${c.fixed} wrong gone, ${c.lost} right lost`
  )
}
const wrong = rules.reduce((sum, id) => sum + counts[id].wrong, 0)
console.log(`  all rules: ${wrong} findings judged wrong = ${per100(wrong)} per 100 replies`)

if (values.record) {
  const kept = verdicts.filter((item) => seen.has(keyOf(item)))
  for (const finding of unjudged)
    if (!judged.has(keyOf(finding))) kept.push({id: finding.id, ruleId: finding.ruleId, at: finding.at, verdict: '?'})
  kept.sort(
    (a, b) =>
      a.id.localeCompare(b.id, 'en', {numeric: true}) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.at.localeCompare(b.at, 'en', {numeric: true})
  )
  // The verdicts of findings that are gone live on in git history; the file keeps the current run.
  fs.writeFileSync(verdictsFile, `[\n${kept.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`)
  console.log(
    `\nRecorded ${kept.length} verdicts in ${path.relative(process.cwd(), verdictsFile)} (${kept.filter((i) => i.verdict === '?').length} to judge).`
  )
}
