import fs from 'node:fs'
import path from 'node:path'
import {ruleIds} from '../options.js'
import {parseCliArgs, usage, UsageError, type CliArgs} from './args.js'
import {defaultCacheLocation, loadCache, saveCache, type CacheEntry} from './cache.js'
import {createCacheProbe, hitOf} from './cache-probe.js'
import type {FileChecker, FileTask, RunSettings, TaskResult} from './check-file.js'
import {configMessage} from './config.js'
import {init, initName, listRules, printConfig} from './commands.js'
import {discover, repositoryRoot} from './discover.js'
import {removeStale} from './walk.js'
import {extensions} from './formats.js'
import {lineBatchesOf, resultLine, taskOf, tasksOf, type LineMeta} from './ndjson.js'
import {checkInOrder, expectedWorkers, fileChecker, poolSize, startWorkers} from './pool.js'
import {openOutput, type Output} from './output.js'
import {createReporter} from './reporters.js'
import {createResolver} from './resolver.js'
import {countsOf, type FilePart, type FileResult} from './results.js'

export interface CliIo {
  readonly cwd: string
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number; writableNeedDrain?: boolean}
  readonly stderr: NodeJS.WritableStream & {isTTY?: boolean}
  readonly env: NodeJS.ProcessEnv
}

// Files that are never canned responses, even in a folder of them.
const ignorePatterns = [
  'node_modules/',
  'package.json',
  'package-lock.json',
  'tsconfig*.json',
  '.replylintrc*',
  '.git/',
  defaultCacheLocation
]

// The bundle this module is built into (dist/cli.js) is also the pool's worker.
const workerUrl = new URL(import.meta.url)

/**
 * Run the CLI; resolves to the exit code (0 clean, 1 findings, 2 usage/config/file errors).
 *
 * Checking does not go through unified-engine's file pipeline: its `queue`
 * step walks every file's messages each time one file finishes (O(n²) in
 * files; 38% of a 5,000-file run), it keeps every file and message until the
 * report, and it runs on one core. The engine's own finder still discovers
 * files (discover.ts); configs are found by config-files.ts, with the
 * engine's names and order (importing its Configuration cost ~0.6 s of
 * start-up per process); checking runs here, streamed, on a worker pool.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`replylint: ${error.message}\n\n${usage}\n`)
    return 2
  }
  if (args.help) {
    io.stdout.write(usage + '\n')
    return 0
  }
  if (args.version) {
    io.stdout.write(version() + '\n')
    return 0
  }
  if (args.listRules) {
    io.stdout.write(listRules() + '\n')
    return 0
  }
  if (args.init) {
    const created = init(io.cwd)
    if (!created.created) {
      io.stderr.write(`replylint: ${path.relative(io.cwd, created.path)} already exists; not overwritten\n`)
      return 2
    }
    io.stderr.write(`replylint: wrote ${initName}; edit \`namePlaceholder\` to your help desk's placeholder\n`)
    return 0
  }
  if (args.printConfig !== undefined) {
    try {
      io.stdout.write((await printConfig(io.cwd, args.config, args.printConfig, args.rules)) + '\n')
      return 0
    } catch (error) {
      io.stderr.write(`replylint: ${configMessage(error)}\n`)
      return 2
    }
  }

  const settings: RunSettings = {
    cwd: io.cwd,
    config: args.config,
    rules: args.rules,
    customerName: args.customerName,
    draft: args.draft,
    fix: args.fix ? 'write' : args.fixDryRun ? 'dry' : false,
    cache: args.cache,
    version: version()
  }
  const output = openOutput(args, io)
  if (typeof output === 'string') {
    io.stderr.write(`replylint: ${output}\n`)
    return 2
  }

  if (args.stdin && args.format === 'ndjson') return ndjsonStream(args, io, settings, output)

  // Workers start loading while the files are found (poolSize decides how many are used).
  const started = args.stdin ? undefined : startWorkers(expectedWorkers({...args, cwd: io.cwd}), workerUrl)
  let tasks: FileTask[]
  let unmatched: string[] = []
  let roots: readonly string[] | undefined
  if (args.stdin) {
    tasks = [{path: args.stdinFilename, value: await readAll(io.stdin)}]
  } else {
    const found = await discover({
      cwd: io.cwd,
      patterns: args.files,
      extensions: args.extensions ?? extensions,
      ignorePatterns: args.noIgnore ? args.ignorePatterns : [...ignorePatterns, ...args.ignorePatterns],
      noIgnore: args.noIgnore
    })
    unmatched = found.unmatched
    if (args.fix) removeStale(found.walked)
    roots = found.roots
    tasks = found.files.map((file): FileTask => file)
    for (const link of found.skipped) tasks.push({path: link.path, skipped: link.reason})
  }

  const fileSettings: RunSettings = roots ? {...settings, roots} : settings
  const cacheLocation = path.resolve(io.cwd, args.cacheLocation ?? defaultCacheLocation)
  // Text on stdin is not the file it is named after: it neither hits that file's entry nor replaces it.
  const cache = args.cache && !args.stdin ? loadCache(cacheLocation) : undefined
  const nextCache = new Map<string, CacheEntry>()
  let learnt = false

  const root = repositoryRoot(io.cwd)
  const reporter = createReporter(
    args.format,
    {
      quiet: args.quiet,
      color: args.color ?? (output.isTTY && !io.env['NO_COLOR']),
      cwd: io.cwd,
      root,
      version: version(),
      columns: output.isTTY ? io.stdout.columns : undefined
    },
    (chunk) => output.write(chunk)
  )
  const known = new Set<string>(ruleIds)
  const totals = {files: 0, replies: 0, errors: 0, warnings: 0, fileErrors: 0, fixed: 0, belowMinScore: 0}
  const configErrors = new Set<string>()
  const progress = createProgress(io, args)
  // Unchanged files come from the cache here; only the rest reach the pool,
  // which is sized to them (a warm re-run starts no worker at all).
  const hits = new Map<number, CacheEntry>()
  // Each file's cache key, made once: hashing 10,000 new strings twice over was a tenth of a warm run.
  const resolve = createResolver(io.cwd)
  const keys = cache ? tasks.map((task) => (task.path === undefined ? undefined : resolve.file(task.path))) : []
  if (cache) {
    const probe = createCacheProbe(fileSettings, cache)
    for (const [index, task] of tasks.entries()) {
      const key = keys[index]
      const hit = key === undefined ? undefined : await probe(task, key)
      if (hit) hits.set(index, hit)
    }
  }
  const misses = hits.size === 0 ? tasks : tasks.filter((_, index) => !hits.has(index))
  const workers = poolSize(misses.length, args.concurrency)
  const tally = (file: FilePart | FileResult) => {
    const counts = countsOf(file, known)
    totals.errors += counts.errors
    totals.warnings += counts.warnings
    totals.fileErrors += counts.fileErrors
    for (const reply of file.scores ?? []) if (reply.score < args.minScore) totals.belowMinScore++
  }
  // An export's replies, reported as they are checked (see check-file.ts).
  const part = (file: FilePart) => {
    reporter.part(file)
    tally(file)
  }
  const checked = checkInOrder(misses, fileSettings, workers, workerUrl, {sink: part, ...(started ? {started} : {})})

  const recheck = (task: FileTask) => checkInOrder([task], fileSettings, 1, workerUrl, {sink: part})
  let index = 0
  for await (const outcome of inOrder(tasks, hits, checked, recheck)) {
    const key = keys[index++]
    progress.tick()
    if (outcome.configError !== undefined) {
      // Once per config, however many files it governs; those files are not checked.
      if (!configErrors.has(outcome.configError)) {
        configErrors.add(outcome.configError)
        progress.clear()
        io.stderr.write(`replylint: ${outcome.configError}\n`)
      }
      continue
    }
    const {result} = outcome
    if (outcome.entry && key !== undefined) {
      // A new result, or a hit whose stamp was refreshed: the file on disk is out of date.
      if (outcome.entry !== cache?.get(key)) learnt = true
      nextCache.set(key, outcome.entry)
    }
    reporter.file(result)
    await output.drained()
    tally(result)
    totals.files++
    totals.replies += result.replies
    totals.fixed += result.fixed
  }
  progress.done()
  reporter.end()
  output.close()
  // Nothing new learnt (every file a hit as recorded, none gone): the cache on disk is current.
  if (cache && (learnt || cache.size !== nextCache.size)) saveCache(cacheLocation, nextCache)

  for (const pattern of unmatched)
    io.stderr.write(`replylint: No files matching the pattern \`${pattern}\` were found\n`)
  if (!args.quiet) {
    const parts = [
      `${totals.files} ${plural(totals.files, 'file')}`,
      `${totals.replies} ${plural(totals.replies, 'reply', 'replies')}`
    ]
    const problems = [
      `${totals.errors} ${plural(totals.errors, 'error')}`,
      `${totals.warnings} ${plural(totals.warnings, 'warning')}`
    ]
    if (totals.fileErrors) problems.push(`${totals.fileErrors} ${plural(totals.fileErrors, 'file error')}`)
    if (configErrors.size) problems.push(`${configErrors.size} ${plural(configErrors.size, 'config error')}`)
    if (args.fix) problems.push(`${totals.fixed} fixed`)
    if (args.fixDryRun) problems.push(`${totals.fixed} fixable`)
    if (totals.belowMinScore)
      problems.push(
        `${totals.belowMinScore} ${plural(totals.belowMinScore, 'reply', 'replies')} scoring below ${args.minScore}`
      )
    io.stderr.write(`replylint: ${parts.join(', ')}: ${problems.join(', ')}\n`)
  }
  if (totals.fileErrors > 0 || configErrors.size > 0 || unmatched.length > 0) return 2
  if (totals.errors > 0 || totals.warnings > args.maxWarnings || totals.belowMinScore > 0) return 1
  return 0
}

/** Cache hits at their places (one whose result is damaged checked after all), the pool's results in between. */
async function* inOrder(
  tasks: readonly FileTask[],
  hits: ReadonlyMap<number, CacheEntry>,
  checked: AsyncGenerator<TaskResult>,
  recheck: (task: FileTask) => AsyncGenerator<TaskResult>
): AsyncGenerator<TaskResult> {
  for (let index = 0; index < tasks.length; index++) {
    const hit = hits.get(index)
    if (hit) {
      const outcome = hitOf(hit, tasks[index]!.path)
      if (outcome) yield outcome
      else yield* recheck(tasks[index]!)
    } else {
      const next = await checked.next()
      if (next.done) return
      yield next.value
    }
  }
  await checked.return(undefined)
}

async function ndjsonStream(args: CliArgs, io: CliIo, settings: RunSettings, output: Output): Promise<number> {
  const pending: LineMeta[] = []
  const batches = lineBatchesOf(io.stdin as AsyncIterable<Buffer>)
  // Pipelines (Spark, xargs) run one process per core already: one thread unless asked.
  const workers = args.concurrency === 'auto' ? 1 : args.concurrency
  let bad = 0
  const emit = (outcome: TaskResult) => {
    const meta = pending.shift()!
    if (meta.error !== undefined || outcome.configError !== undefined) bad++
    output.write(resultLine(meta, outcome) + '\n')
  }
  if (workers <= 1) {
    // One thread: each chunk's lines are checked in a plain loop. Through
    // the pool's three async generators (lines, tasks, results) every reply
    // cost a dozen promise turns (in a CPU profile of 10,000 replies the
    // checker's share rose from 72.9% to 74.2% without them).
    let check: FileChecker | undefined
    let number = 0
    for await (const lines of batches) {
      for (const raw of lines) {
        const task = taskOf(raw, ++number, pending)
        if (!task) continue
        check ??= await fileChecker(settings)
        emit(await check(task))
      }
      await output.drained()
    }
  } else {
    for await (const outcome of checkInOrder(tasksOf(batches, pending), settings, workers, workerUrl)) {
      emit(outcome)
      await output.drained()
    }
  }
  output.close()
  // The results are the output: a pipeline (Spark's `RDD.pipe` fails a task
  // on a non-zero exit) gets 0 once the stream was read to its end.
  if (bad > 0) io.stderr.write(`replylint: ${bad} ${plural(bad, 'line')} could not be checked; see their \`error\`\n`)
  return 0
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Buffer | string>)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

function createProgress(io: CliIo, args: CliArgs) {
  const enabled = io.stderr.isTTY === true && !args.quiet
  let checked = 0
  let last = 0
  return {
    tick() {
      checked++
      const now = Date.now()
      if (enabled && now - last > 80) {
        last = now
        io.stderr.write(`\rreplylint: checked ${checked} ${plural(checked, 'file')}…`)
      }
    },
    clear() {
      if (enabled && last > 0) io.stderr.write('\r\u001B[K')
    },
    done() {
      if (enabled && last > 0) io.stderr.write('\r\u001B[K')
    }
  }
}

function plural(count: number, one: string, many = one + 's'): string {
  return count === 1 ? one : many
}

let cachedVersion: string | undefined
function version(): string {
  if (cachedVersion) return cachedVersion
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const data = JSON.parse(fs.readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: unknown
        version?: unknown
      }
      if (data.name === 'replylint') return (cachedVersion = String(data.version))
    } catch {}
  }
  return (cachedVersion = '0.0.0')
}
