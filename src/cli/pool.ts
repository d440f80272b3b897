// Check files on every core. Each worker_thread builds its own checker (the
// config's plugins are functions, which cannot cross threads) and checks the
// tasks it is sent; results come back as plain data and are handed on in the
// order the tasks were given, so a report never depends on which core won.
import os from 'node:os'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import {createFileChecker, type FileTask, type RunSettings, type TaskResult} from './check-file.js'

// Tasks go out in chunks: one message per file cost more than a small file's
// check. Each worker holds two chunks, so it never waits for the next.
const chunkSize = 16
const chunksPerWorker = 2

/** How many workers a run of `count` files gets: one per core, none for a handful of files. */
export function poolSize(count: number, requested: number | 'auto'): number {
  if (requested !== 'auto') return Math.max(1, requested)
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  // A worker costs ~100 ms to start; under ~200 files one thread is faster.
  return Math.max(1, Math.min(cores, Math.floor(count / 100)))
}

/**
 * Check `tasks` and yield their results in order. With one worker the checks
 * run in this thread; with more, `workerUrl` (the CLI's own bundle, which
 * becomes a worker when it is not the main thread) is started `workers` times.
 * At most `workers × 2` chunks are in flight, so a stream of tasks is read
 * only as fast as it is checked: memory stays flat.
 */
export async function* checkInOrder(
  tasks: AsyncIterable<FileTask> | Iterable<FileTask>,
  settings: RunSettings,
  workers: number,
  workerUrl: URL
): AsyncGenerator<TaskResult> {
  if (workers <= 1) {
    const check = createFileChecker(settings)
    for await (const task of tasks) yield await check(task)
    return
  }

  const pool = Array.from({length: workers}, () => new Worker(workerUrl, {workerData: {replylintWorker: settings}}))
  const iterator = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]()
  const done = new Map<number, TaskResult[]>()
  const inFlight = new Map<number, number>()
  let sent = 0
  let next = 0
  let exhausted = false
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    wake?.()
    wake = undefined
  }

  const load = new Map<Worker, number>(pool.map((worker) => [worker, 0]))
  for (const worker of pool) {
    worker.on('message', (message: {id: number; results: TaskResult[]}) => {
      done.set(message.id, message.results)
      inFlight.delete(message.id)
      load.set(worker, load.get(worker)! - 1)
      notify()
    })
    worker.on('error', (error) => {
      failure = error
      notify()
    })
  }

  async function fill(): Promise<void> {
    for (const worker of pool) {
      while (!exhausted && load.get(worker)! < chunksPerWorker) {
        const chunk: FileTask[] = []
        while (chunk.length < chunkSize) {
          const step = await iterator.next()
          if (step.done) {
            exhausted = true
            break
          }
          chunk.push(step.value)
        }
        if (chunk.length === 0) break
        const id = sent++
        inFlight.set(id, chunk.length)
        load.set(worker, load.get(worker)! + 1)
        worker.postMessage({id, tasks: chunk})
      }
    }
  }

  try {
    await fill()
    while (next < sent || !exhausted) {
      if (failure) throw failure
      const ready = done.get(next)
      if (ready) {
        done.delete(next++)
        yield* ready
        await fill()
        continue
      }
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      await fill()
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}

/** When this module runs as a worker of the pool: check what the main thread sends. */
export function runWorkerIfAny(): boolean {
  const data = workerData as {replylintWorker?: RunSettings} | undefined
  if (isMainThread || !parentPort || !data?.replylintWorker) return false
  const check = createFileChecker(data.replylintWorker)
  const port = parentPort
  port.on('message', ({id, tasks}: {id: number; tasks: FileTask[]}) => void answer(id, tasks))
  async function answer(id: number, tasks: FileTask[]): Promise<void> {
    const results: TaskResult[] = []
    for (const task of tasks) results.push(await check(task))
    port.postMessage({id, results})
  }
  return true
}
