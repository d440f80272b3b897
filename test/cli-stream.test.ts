// Reports of big files (issue 13): an export's findings leave reply by reply
// on one thread, and every format says the same whether a file streamed or
// came back whole from a worker.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {createFileChecker} from '../src/cli/check-file.js'
import {formatNames} from '../src/cli/reporters.js'
import type {FilePart} from '../src/cli/results.js'
import {bin, cli, tree} from './helpers/cli.js'
import {exportOf} from './helpers/exports.js'

describe('an export streams', () => {
  test("each reply's findings reach the report as soon as that reply is checked", async () => {
    const dir = tree({'export.json': exportOf(6)})
    const settings = {
      cwd: dir,
      config: undefined,
      rules: {},
      customerName: undefined,
      fix: false,
      cache: false,
      version: '0'
    } as const
    const parts: FilePart[] = []
    const {result} = await createFileChecker(settings)({path: 'export.json'}, (part) => parts.push(part))
    expect(parts.map((part) => part.firstReply)).toEqual([0, 1, 2, 3, 4, 5])
    expect(parts.map((part) => part.scores.map((score) => score.name))).toEqual(
      Array.from({length: 6}, (_, index) => [`“Macro ${index}” (#${index})`])
    )
    expect(parts.map((part) => part.messages.length > 0)).toEqual([false, true, true, false, true, true])
    for (const part of parts) for (const message of part.messages) expect(message.reply).toBe(part.firstReply)
    // What is left for the file itself: nothing, and the count.
    expect(result).toMatchObject({messages: [], scores: [], replies: 6, firstReply: 6})
    // Without a sink (a worker, --cache), the same findings come back whole.
    const whole = await createFileChecker(settings)({path: 'export.json'})
    expect(whole.result.messages).toEqual(parts.flatMap((part) => part.messages))
    expect(whole.result.scores).toEqual(parts.flatMap((part) => part.scores))
  })

  test('one thread (streamed) and a pool (whole results) write the same report, in every format', () => {
    const dir = tree({
      'export.json': exportOf(300),
      'a.txt': 'Hi Dana, no.',
      'z.md': 'Dear Customer,\n\nSorry about that.'
    })
    for (const format of formatNames) {
      const one = cli(['--format', format, '--concurrency', '1', '.'], {cwd: dir})
      const two = cli(['--format', format, '--concurrency', '2', '.'], {cwd: dir})
      expect(one.code, format).toBe(1)
      expect(one.stdout.length).toBeGreaterThan(1000)
      expect(two.stdout, format).toBe(one.stdout)
      expect(two.stderr, format).toBe(one.stderr)
    }
  })

  test('a slow reader gets the whole report and the exit code, in every format', async () => {
    // A pipe that fills: writes wait for `drain`. The json report once lost
    // its closing `]` and exited 0 here: after the export, output.ts waited
    // for a `drain` that had come, and z.md's wait held nothing alive.
    const dir = tree({'export.json': exportOf(300), 'a.txt': 'Hi Dana, no.', 'z.md': 'Hi Dana, no.'})
    for (const format of formatNames) {
      const fast = cli(['--format', format, '--concurrency', '1', '.'], {cwd: dir})
      const slow = await slowReader(['--format', format, '--concurrency', '1', '.'], dir)
      expect(slow.code, format).toBe(1)
      expect(slow.stdout, format).toBe(fast.stdout)
    }
  })

  test('stylish aligns a file of 150,000 findings (it took their widths as 150,000 arguments, past the stack)', () => {
    const dir = tree({'many.txt': 'No. '.repeat(150000)})
    const run = cli(
      ['--rule', 'require-thanks:off', '--rule', 'require-customer-name:off', '-o', 'report.txt', 'many.txt'],
      {cwd: dir}
    )
    expect(run.stderr).not.toContain('RangeError')
    expect(run.code).toBe(1)
    const rows = fs
      .readFileSync(path.join(dir, 'report.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('banned-phrase'))
    expect(rows).toHaveLength(150000)
    expect(rows[0]).toMatch(/^ {2}1:1-1:3 {12}error {2}Unexpected refusal `No`/)
  })
})

/** The CLI, its stdout read a chunk every 20 ms. */
function slowReader(args: readonly string[], cwd: string): Promise<{code: number | null; stdout: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 20)
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout: Buffer.concat(chunks).toString('utf8')}))
  })
}
