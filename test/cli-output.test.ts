// The report's back-pressure (output.ts). A run whose only pending work is a
// wait for `drain` that never comes has nothing to keep Node alive: the
// process ends mid-report with exit code 0 (test/cli-stream.test.ts saw it
// once in four loaded runs, with `--concurrency 1`).
import {PassThrough, Writable} from 'node:stream'
import {describe, expect, test} from 'vitest'
import {parseCliArgs} from '../src/cli/args.js'
import {openOutput, type Output} from '../src/cli/output.js'

/** A pipe whose reader is slow: every write takes `ms` to be taken. */
function slowPipe(ms: number) {
  const taken: Buffer[] = []
  const stream = new Writable({
    highWaterMark: 16384,
    write(chunk: Buffer, _encoding, done) {
      taken.push(chunk)
      setTimeout(done, ms)
    }
  })
  return {stream, taken}
}

function stdoutOutput(stdout: NodeJS.WritableStream): Output {
  const io = {cwd: process.cwd(), stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {}}
  const output = openOutput(parseCliArgs([]), io)
  if (typeof output === 'string') throw new Error(output)
  return output
}

const hung = Symbol('hung')
const settles = (promise: Promise<void>) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 1000, hung))])

describe('the report waits for a slow reader', () => {
  test('a flush made between two waits (from setImmediate, while a write is pending) is not a drain to wait for', async () => {
    const {stream, taken} = slowPipe(20)
    const output = stdoutOutput(stream)
    // 64 KB gathered: written at once, while the file's rows are still coming; 4 KB wait in the buffer.
    output.write('a'.repeat(60000))
    output.write('b'.repeat(10000))
    // The first file's wait: the buffer's rest goes out from setImmediate, while the 60 KB are pending.
    expect(await settles(output.drained())).not.toBe(hung)
    // The next file's wait: nothing is pending now, so there is no `drain` to come.
    output.write('c'.repeat(100))
    expect(await settles(output.drained())).not.toBe(hung)
    output.close()
    await new Promise((resolve) => stream.end(resolve))
    expect(Buffer.concat(taken).toString()).toBe('a'.repeat(60000) + 'b'.repeat(10000) + 'c'.repeat(100))
  })

  test('a reader that keeps up is never waited for', async () => {
    const output = stdoutOutput(new PassThrough({highWaterMark: 1 << 20}).resume())
    for (let index = 0; index < 100; index++) {
      output.write('x'.repeat(1000))
      expect(await settles(output.drained())).not.toBe(hung)
    }
  })
})
