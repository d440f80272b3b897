// Check files on every core: this thread and a worker_thread per other core.
// Each worker builds its own checker (the config's plugins are functions,
// which cannot cross threads) and checks the tasks it is sent; results come
// back as plain data and are handed on in the order the tasks were given, so
// a report never depends on which core won.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads'
import type {FileChecker, FileTask, RunSettings, TaskResult} from './check-file.js'
import type {FilePart} from './results.js'

// Tasks go out in chunks: one message per file cost more than a small file's
// check. Each worker holds four chunks, so it never waits for the next while
// this thread is busy with a chunk of its own (with two, a 10,000-file run on
// a loaded machine was ~15% slower: the worker ran dry).
const chunkSize = 16
const chunksPerWorker = 4
// Chunks in flight or waiting for their turn, per thread (see checkInOrder).
const windowPerThread = 8

/** How many workers a run of `count` files gets: one per core, none for a handful of files. */
export function poolSize(count: number, requested: number | 'auto'): number {
  if (requested !== 'auto') return Math.max(1, requested)
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  // A worker costs ~100 ms to start; under ~200 files one thread is faster.
  return Math.max(1, Math.min(cores, Math.floor(count / 100)))
}

/**
 * How many workers to start before the files are known: what was asked
 * for; with `auto`, one per other core when a folder is named (a single file
 * or a glob of a few would start one for nothing), none for `--cache` (a warm
 * re-run checks nothing).
 */
export function expectedWorkers(args: {
  readonly concurrency: number | 'auto'
  readonly cache: boolean
  readonly files: readonly string[]
  readonly cwd: string
}): number {
  if (args.concurrency !== 'auto') return args.concurrency - 1
  if (args.cache) return 0
  const folder = args.files.some((file) =>
    fs.statSync(path.resolve(args.cwd, file), {throwIfNoEntry: false})?.isDirectory()
  )
  return folder ? poolSize(Number.POSITIVE_INFINITY, 'auto') - 1 : 0
}

/**
 * Start `count` workers (`workerUrl`, the CLI's own bundle, which becomes a
 * worker when it is not the main thread) before the run knows its files:
 * each loads the checker's modules (~170 ms) while this thread finds the
 * files (~350 ms of 10,000), instead of after. The run's settings follow in
 * their first message.
 */
export function startWorkers(count: number, workerUrl: URL): StartedWorkers {
  const started: StartedWorkers = {workers: []}
  for (let index = 0; index < count; index++) {
    const worker = new Worker(workerUrl, {workerData: {replylintWorker: true}})
    // Kept for the pool, which listens from when it takes them.
    worker.on('error', (error) => (started.failure ??= error))
    // Until the pool takes it, a worker does not hold the process open (a run that fails first still exits).
    worker.unref()
    started.workers.push(worker)
  }
  return started
}

export interface StartedWorkers {
  readonly workers: Worker[]
  failure?: Error
}

/**
 * Check `tasks` and yield their results in order, on `threads` threads: this
 * one and `threads - 1` workers, `started` ones first (startWorkers; any it
 * does not need are stopped).
 *
 * This thread checks too. With a worker per core it sat idle 82% of a
 * 10,000-file run (its own work, discovery and the report, is a few hundred
 * ms), while each worker cost ~170 ms to start; now it checks a chunk
 * whenever the workers have theirs queued, and the first chunks while they
 * start. A window of chunks (`threads × 8`: with `× 4`, this thread sat idle
 * ~0.5 s of a loaded 10,000-file run, waiting on a worker's chunk, its own
 * four done) bounds what waits for its turn,
 * so a stream of tasks is read only as fast as it is checked: memory stays flat.
 */
export async function* checkInOrder(
  tasks: AsyncIterable<FileTask> | Iterable<FileTask>,
  settings: RunSettings,
  threads: number,
  workerUrl: URL,
  {sink, started}: {sink?: (part: FilePart) => void; started?: StartedWorkers} = {}
): AsyncGenerator<TaskResult> {
  const ready = started?.workers ?? []
  for (const worker of ready.slice(Math.max(0, threads - 1))) void worker.terminate()
  // On one thread every file before this one is reported before it is
  // checked, so its parts can go straight out; the pool's results wait for
  // their turn, whole.
  if (threads <= 1) {
    let checker: FileChecker | undefined
    for await (const task of tasks) {
      checker ??= await fileChecker(settings)
      yield await checker(task, sink)
    }
    return
  }
  const reused = ready.slice(0, threads - 1)
  const pool = [...reused, ...startWorkers(threads - 1 - reused.length, workerUrl).workers]
  for (const worker of pool) {
    worker.ref()
    worker.postMessage({settings})
  }
  const iterator = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]()
  const done = new Map<number, TaskResult[]>()
  const load = new Map<Worker, number>(pool.map((worker) => [worker, 0]))
  const window = threads * windowPerThread
  let sent = 0
  let next = 0
  let exhausted = false
  let failure = started?.failure
  let wake: (() => void) | undefined
  // Set by an answer that came while this thread was busy (reading tasks, checking): no wait then.
  let signalled = false
  const notify = () => {
    signalled = true
    wake?.()
    wake = undefined
  }

  for (const worker of pool) {
    worker.on('message', (message: {id: number; results: TaskResult[]}) => {
      done.set(message.id, message.results)
      load.set(worker, load.get(worker)! - 1)
      notify()
    })
    worker.on('error', (error) => {
      failure = error
      notify()
    })
  }

  async function chunk(): Promise<FileTask[]> {
    const tasks: FileTask[] = []
    while (!exhausted && tasks.length < chunkSize) {
      const step = await iterator.next()
      if (step.done) exhausted = true
      else tasks.push(step.value)
    }
    return tasks
  }

  // Keep each worker four chunks ahead.
  async function fill(): Promise<void> {
    for (const worker of pool) {
      while (!exhausted && load.get(worker)! < chunksPerWorker && sent - next < window) {
        const tasks = await chunk()
        if (tasks.length === 0) break
        load.set(worker, load.get(worker)! + 1)
        worker.postMessage({id: sent++, tasks})
      }
    }
  }

  // One chunk here, when the window has room; `false` when there was none to check.
  async function checkHere(): Promise<boolean> {
    if (exhausted || sent - next >= window) return false
    const tasks = await chunk()
    if (tasks.length === 0) return false
    const id = sent++
    const results: TaskResult[] = []
    for (const task of tasks) results.push(await check(task))
    done.set(id, results)
    // Let the workers' answers in (they arrive as events, after this turn).
    await new Promise<void>((resolve) => setImmediate(resolve))
    return true
  }

  const check = await fileChecker(settings)
  try {
    for (;;) {
      if (failure) throw failure
      signalled = false
      await fill()
      const ready = done.get(next)
      if (ready) {
        done.delete(next++)
        yield* ready
        continue
      }
      if (exhausted && next >= sent) break
      if ((await checkHere()) || signalled) continue
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}

/**
 * The checker, loaded when a file is to be checked: the rule engine, the
 * parsers and the markup readers are most of the bundle, and a warm
 * `--cache` run whose every file is a hit needs none of them.
 */
export async function fileChecker(settings: RunSettings): Promise<FileChecker> {
  const {createFileChecker} = await import('./check-file.js')
  return createFileChecker(settings)
}

type WorkerMessage = {settings: RunSettings} | {id: number; tasks: FileTask[]}

/** When this module runs as a worker of the pool: check what the main thread sends. */
export function runWorkerIfAny(): boolean {
  const data = workerData as {replylintWorker?: boolean} | undefined
  if (isMainThread || !parentPort || data?.replylintWorker !== true) return false
  // The modules load at once; the checker is made when the settings come (the first message).
  const loaded = import('./check-file.js')
  let checker: Promise<FileChecker> | undefined
  const port = parentPort
  // Chunks that come while the checker loads wait for it, in the order they came.
  port.on('message', (message: WorkerMessage) => {
    if ('settings' in message) checker = loaded.then((module) => module.createFileChecker(message.settings))
    else void answer(message.id, message.tasks)
  })
  async function answer(id: number, tasks: FileTask[]): Promise<void> {
    const check = await checker!
    const results: TaskResult[] = []
    for (const task of tasks) results.push(await check(task))
    port.postMessage({id, results})
  }
  return true
}
