// Check one file from start to end (read, find its config, parse, check,
// fix) and hand back plain data. The same function runs in the main thread
// and in each worker of the pool, so a file is checked the same way wherever.
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import type {RuleId, Severity} from '../types.js'
import {stamp, type CacheEntry} from './cache.js'
import {cliHashOf, settingsHash, sha1} from './cache-probe.js'
import replylintCheck from './check.js'
import {configMessage, type CheckSettings} from './config.js'
import {createConfigFinder} from './config-files.js'
import {parse} from './document.js'
import {formatOf} from './formats.js'
import {applyFixes} from './fix.js'
import {scoreOf} from '../score.js'
import {fileResult, messageData} from './file-result.js'
import {scoresOf, type FilePart, type FileResult, type MessageData} from './results.js'

/** What every file of a run shares; plain data, so a worker can be given it. */
export interface RunSettings {
  readonly cwd: string
  readonly config: string | undefined
  /** `--rule id:severity`, over every config. */
  readonly rules: Readonly<Partial<Record<RuleId, Severity>>>
  /** `--customer-name`, over every config. */
  readonly customerName: string | undefined
  /** `--draft`: every reply is a draft about to be sent. */
  readonly draft?: boolean | undefined
  readonly fix: 'write' | 'dry' | false
  /** `--cache`: hash files, so their results can be kept. */
  readonly cache: boolean
  readonly version: string
  /** Real paths of what the user named: `--fix` writes nothing outside them (walk.ts). */
  readonly roots?: readonly string[] | undefined
}

export interface FileTask {
  /** Relative to cwd, as discovery found it; `undefined` for a reply given as text. */
  readonly path: string | undefined
  /** The text to check instead of reading `path` (stdin). */
  readonly value?: string
  /** A fatal message discovery already has for this file (missing, ignored). */
  readonly error?: string
  /** The customer this reply is for (an NDJSON line's `customerName`). */
  readonly customerName?: string | undefined
  /** Not checked, and why (a symbolic link out of the checked paths): said once, as information. */
  readonly skipped?: string
}

export interface TaskResult {
  readonly result: FileResult
  /** For `--cache`: what this run learnt about the file. */
  readonly entry?: CacheEntry
  /** The config that governs this file is invalid: its message (reported once). */
  readonly configError?: string
}

/**
 * Check one file. With `sink`, a JSON or YAML collection's findings are
 * handed to it reply by reply, as parts, and the result holds only what is
 * left; without (a worker, `--cache`, `--fix`), the result holds them all.
 */
export type FileChecker = (task: FileTask, sink?: (part: FilePart) => void) => Promise<TaskResult>

export function createFileChecker(settings: RunSettings): FileChecker {
  const load = createConfigFinder(settings)
  const checkers = new Map<CheckSettings, {transform: ReturnType<typeof replylintCheck>; hash: string}>()
  const cliHash = cliHashOf(settings)

  const checkerFor = (base: CheckSettings) => {
    let entry = checkers.get(base)
    if (!entry) {
      const over = (options: CheckSettings['options']) => ({
        ...options,
        rules: {...options.rules, ...settings.rules},
        ...(settings.draft ? {draft: true} : {})
      })
      const merged: CheckSettings = {
        ...base,
        options: over(base.options),
        overrides: base.overrides.map((override) => ({...override, options: over(override.options)}))
      }
      entry = {transform: replylintCheck(merged), hash: settingsHash(cliHash, base)}
      checkers.set(base, entry)
    }
    return entry
  }

  return async function checkFile(task, sink) {
    const file = new VFile(task.path === undefined ? {cwd: settings.cwd} : {path: task.path, cwd: settings.cwd})
    if (task.error) {
      fatal(file, task.error)
      return {result: fileResult(file)}
    }
    if (task.skipped) {
      const message = file.info(task.skipped, {ruleId: 'symlink-skipped', source: 'replylint'})
      message.fatal = undefined
      return {result: fileResult(file)}
    }
    const absolute = path.resolve(settings.cwd, task.path ?? 'stdin.txt')
    // Stated before it is read: a change made while it is checked leaves a newer mtime, so the next run hashes it.
    const stamped = settings.cache && task.value === undefined ? stamp(absolute) : undefined
    // Bytes only for `--cache`, which hashes them; otherwise the text, read as such (an NDJSON line's is given).
    let buffer: Buffer | undefined
    let text = task.value
    try {
      if (text === undefined) {
        if (settings.cache) buffer = fs.readFileSync(absolute)
        else text = fs.readFileSync(absolute, 'utf8')
      }
    } catch (error) {
      fatal(file, `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
      return {result: fileResult(file)}
    }

    let checker
    try {
      checker = checkerFor(await load(absolute))
    } catch (error) {
      return {result: fileResult(file), configError: configMessage(error)}
    }

    const contentHash = settings.cache ? sha1(buffer ?? text ?? '') : undefined

    file.value = text ?? buffer?.toString('utf8') ?? ''
    // The text is what is checked; the bytes need not stay (78 MB for a 100,000-reply export).
    buffer = undefined
    text = undefined
    // The rule reads the name from the file first, so one checker serves every customer.
    const customerName = task.customerName ?? settings.customerName
    if (customerName !== undefined) file.data.customerName = customerName
    // Findings of a JSON or YAML collection leave the file reply by reply, as
    // plain data (a VFileMessage is an Error with a dozen more fields); with
    // `--fix` they stay, since fixing needs them, and Markdown and HTML keep
    // theirs for the `<!-- replylint-disable -->` comments, applied at the end.
    const flushed: MessageData[] = []
    const format = formatOf(file)
    // `--cache` keeps whole results, so only a run without it streams.
    const streams = sink !== undefined && !settings.cache
    let streamed = false
    if (!settings.fix && (format === 'json' || format === 'yaml')) {
      file.data.replylintAfterReply = (index, name) => {
        const messages = file.messages.map(messageData)
        file.messages.length = 0
        if (!streams) {
          flushed.push(...messages)
          return
        }
        // A reply's findings lie inside its own string, and replies come in
        // file order: sorted per reply, parts are in the order of the whole.
        messages.sort(byPlace)
        sink({path: file.path, messages, scores: [{name: name ?? null, score: scoreOf(messages)}], firstReply: index})
        streamed = true
      }
    }
    let result: FileResult
    try {
      checker.transform(parse(file.value, file), file)
      file.messages.sort(byPlace)
      result = settings.fix ? fixed(file, settings.fix, settings.roots) : fileResult(file)
      if (flushed.length > 0) {
        const messages = [...flushed, ...result.messages].sort(byPlace)
        result = {...result, messages, scores: scoresOf(file.data.replylintReplyNames ?? [], messages)}
      }
      // Every reply went out in a part (what is left is the file's own, which a file with replies has none of).
      if (streamed) result = {...result, scores: [], firstReply: result.replies}
    } catch (error) {
      // One file the checker chokes on never stops the others.
      const broken = new VFile(task.path === undefined ? {cwd: settings.cwd} : {path: task.path, cwd: settings.cwd})
      fatal(broken, `Cannot check file: ${(error as Error).message}`)
      result = fileResult(broken)
    }
    // After `--fix` the file on disk is the fixed one: that is what the next run reads.
    if (!settings.cache) return {result}
    const rewritten = settings.fix === 'write' && result.fixed > 0
    const content = rewritten ? sha1(String(file.value)) : contentHash!
    // A fixed file was written after it was stated: its own stamp, read now.
    const {size, mtime} = (rewritten ? stamp(absolute) : stamped) ?? {size: -1, mtime: -1}
    return {result, entry: {content, config: checker.hash, size, mtime, result}}
  }
}

function fixed(file: VFile, mode: 'write' | 'dry', roots: readonly string[] | undefined): FileResult {
  const outcome = applyFixes(file, {write: mode === 'write', roots})
  // Report what is left: a fix skipped for overlapping another stays a finding.
  if (outcome.applied.length > 0) file.messages = file.messages.filter((message) => !outcome.applied.includes(message))
  if (outcome.skipped) {
    const message = file.message(`Fixes not applied: ${outcome.skipped}`, {ruleId: 'fix-skipped', source: 'replylint'})
    message.fatal = false
  }
  return fileResult(file, {
    fixed: outcome.applied.length,
    ...(mode === 'dry' && outcome.output !== undefined ? {output: outcome.output} : {})
  })
}

function fatal(file: VFile, reason: string): void {
  const message = file.message(reason, {source: 'replylint'})
  message.fatal = true
}

function byPlace(
  a: {line?: number | undefined; column?: number | undefined},
  b: {line?: number | undefined; column?: number | undefined}
): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
