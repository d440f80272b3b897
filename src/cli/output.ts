// Where a report goes: stdout, or `-o` (its folder created, as ESLint does).
import fs from 'node:fs'
import path from 'node:path'
import type {CliArgs} from './args.js'
import type {CliIo} from './run.js'

export interface Output {
  readonly isTTY: boolean
  write(chunk: string): void
  /** Resolves once the destination has taken what was written (back-pressure). */
  drained(): Promise<void>
  close(): void
}

const size = 65536

/**
 * Reporters write a row at a time; gathered into 64 KB, that is few writes.
 * They gather as bytes, not strings: an export's rows are written while its
 * replies are checked, and strings that waited for their 64 KB outlived two
 * young-generation collections, so V8 moved each to the old generation (10×
 * what the old generation took in for a 10,000-reply export).
 */
function buffered(flush: (bytes: Buffer) => void, reuse: boolean) {
  let buffer = Buffer.allocUnsafe(size)
  let used = 0
  return {
    write(chunk: string) {
      // A UTF-16 unit is at most 3 bytes of UTF-8: most rows fit without being measured.
      const length = chunk.length * 3 <= size - used ? 0 : Buffer.byteLength(chunk)
      if (used + length > size) this.flush()
      if (length > size) flush(Buffer.from(chunk))
      else used += buffer.write(chunk, used)
    },
    flush() {
      if (used === 0) return
      flush(buffer.subarray(0, used))
      // A stream keeps what it was given until it is written out.
      if (!reuse) buffer = Buffer.allocUnsafe(size)
      used = 0
    }
  }
}

/** The report's destination; a string is why it cannot be opened. */
export function openOutput(args: CliArgs, io: CliIo): Output | string {
  if (args.outputFile) {
    const target = path.resolve(io.cwd, args.outputFile)
    let fd: number
    try {
      fs.mkdirSync(path.dirname(target), {recursive: true})
      fd = fs.openSync(target, 'w')
    } catch (error) {
      return `Cannot write the report to \`${args.outputFile}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
    }
    const sink = buffered((bytes) => void fs.writeSync(fd, bytes), true)
    return {
      isTTY: false,
      write: (chunk) => sink.write(chunk),
      drained: async () => {},
      close() {
        sink.flush()
        fs.closeSync(fd)
      }
    }
  }
  let scheduled = false
  const sink = buffered((bytes) => void io.stdout.write(bytes), false)
  const later = () => {
    scheduled = false
    sink.flush()
  }
  return {
    isTTY: io.stdout.isTTY === true,
    write: (chunk) => sink.write(chunk),
    drained() {
      // Called after each file (or NDJSON line). What is written goes out once
      // the run waits (for input, a worker) or 64 KB have gathered: a reader
      // (a help desk's pre-send check) sees its result as soon as it is
      // ready, and 10,000 results are not 10,000 writes.
      if (!scheduled) {
        scheduled = true
        setImmediate(later)
      }
      // The stream's own flag, not one kept from write()'s answers: a flush
      // from setImmediate while a write was pending said `false` too, its
      // `drain` came before the next wait, and that wait, on a promise with
      // nothing else to keep the loop alive, ended the run mid-report, exit 0.
      if (io.stdout.writableNeedDrain !== true) return Promise.resolve()
      return new Promise((resolve) => io.stdout.once('drain', () => resolve()))
    },
    close: () => sink.flush()
  }
}
