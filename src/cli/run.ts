import fs from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleIds} from '../options.js'
import {parseCliArgs, usage, UsageError, type CliArgs} from './args.js'
import replylintCheck from './check.js'
import {configTransform, settingsOf} from './config.js'
import replylintDocument, {extensions} from './document.js'
import {applyFixes} from './fix.js'
import {report} from './reporters.js'
import {replyScores} from './scores.js'

export interface CliIo {
  readonly cwd: string
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream & {isTTY?: boolean}
  readonly stderr: NodeJS.WritableStream & {isTTY?: boolean}
  readonly env: NodeJS.ProcessEnv
}

// Files that are never canned responses, even in a folder of them.
const ignorePatterns = ['node_modules/', 'package.json', 'package-lock.json', 'tsconfig*.json', '.replylintrc*', '.git/']

/** Run the CLI; resolves to the exit code (0 clean, 1 findings, 2 usage/config/file errors). */
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

  const progress = createProgress(io, args)
  const files = await runEngine(args, io, progress.tick)
  progress.done()
  for (const file of files) file.messages.sort(byPlace)

  let fixed = 0
  if (args.fix) {
    for (const file of files) {
      const result = applyFixes(file)
      fixed += result.applied.length
      // Report what is left: a fix skipped for overlapping another stays a finding.
      if (result.applied.length > 0) file.messages = file.messages.filter((message) => !result.applied.includes(message))
      if (result.skipped) {
        const message = file.message(`Fixes not applied: ${result.skipped}`, {ruleId: 'fix-skipped', source: 'replylint'})
        message.fatal = false
      }
    }
  }

  const output = report(files, args.format, {
    quiet: args.quiet,
    color: args.color ?? (io.stdout.isTTY === true && !io.env['NO_COLOR']),
    cwd: io.cwd,
    version: version()
  })
  if (args.outputFile) fs.writeFileSync(path.resolve(io.cwd, args.outputFile), output + '\n')
  else if (output) io.stdout.write(output + '\n')

  const counts = count(files)
  const below = args.minScore > 0 ? replyScores(files).filter((reply) => reply.score < args.minScore).length : 0
  if (!args.quiet) {
    const parts = [`${counts.files} ${plural(counts.files, 'file')}`, `${counts.replies} ${plural(counts.replies, 'reply', 'replies')}`]
    const problems = [`${counts.errors} ${plural(counts.errors, 'error')}`, `${counts.warnings} ${plural(counts.warnings, 'warning')}`]
    if (counts.fileErrors) problems.push(`${counts.fileErrors} ${plural(counts.fileErrors, 'file error')}`)
    if (args.fix) problems.push(`${fixed} fixed`)
    if (args.minScore > 0) problems.push(`${below} ${plural(below, 'reply', 'replies')} scoring below ${args.minScore}`)
    io.stderr.write(`replylint: ${parts.join(', ')}: ${problems.join(', ')}\n`)
  }
  if (counts.fileErrors > 0) return 2
  if (counts.errors > 0 || counts.warnings > args.maxWarnings || below > 0) return 1
  return 0
}

function runEngine(args: CliArgs, io: CliIo, tick: () => void): Promise<VFile[]> {
  const silent = new Writable({write: (_chunk, _encoding, callback) => callback()})
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified()
          .use(replylintDocument)
          .use(() => (_, file) => {
            // Before the configured check runs: `--draft` reads every reply as a draft.
            if (args.draft) file.data.replylintDraft = true
            tick()
          }),
        files: args.stdin ? [] : args.files.length > 0 ? args.files : ['.'],
        cwd: io.cwd,
        extensions,
        ignoreName: '.replylintignore',
        ignorePatterns,
        rcName: '.replylintrc',
        packageField: 'replylint',
        ...(args.config ? {rcPath: args.config} : {}),
        detectConfig: true,
        configTransform: configTransform as never,
        defaultConfig: {plugins: [[replylintCheck, settingsOf({}, undefined)]]} as never,
        ...(args.stdin ? {streamIn: io.stdin, filePath: args.stdinFilename ?? 'stdin.txt'} : {}),
        out: false,
        output: false,
        quiet: args.quiet,
        silentlyIgnore: false,
        reporter: () => '',
        streamError: silent,
        streamOut: silent
      },
      (error, _status, context) => {
        if (error) reject(error)
        else resolve((context?.files ?? []) as VFile[])
      }
    )
  })
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

function count(files: readonly VFile[]) {
  let errors = 0
  let warnings = 0
  let fileErrors = 0
  let replies = 0
  const known = new Set<string>(ruleIds)
  for (const file of files) {
    replies += file.data.replylintReplies ?? 0
    for (const message of file.messages) {
      if (message.fatal === true && !known.has(message.ruleId ?? '')) fileErrors++
      else if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return {files: files.length, replies, errors, warnings, fileErrors}
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
      const data = JSON.parse(fs.readFileSync(new URL(candidate, import.meta.url), 'utf8'))
      if (data.name === 'replylint') return (cachedVersion = String(data.version))
    } catch {}
  }
  return (cachedVersion = '0.0.0')
}
