import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixOf, type Fix} from './check.js'
import {parseJsonCollection, parseYamlCollection, repliesOf} from './collections.js'
import {formatOf} from './formats.js'
import {byteOrderMark} from '../source-text.js'
import {inside} from './walk.js'

export interface FixResult {
  /** The findings whose fixes were written. */
  readonly applied: readonly VFileMessage[]
  /** Why nothing was written, when fixes were found but not applied. */
  readonly skipped?: string
  /** The fixed text (also when `write` is false: `--fix-dry-run`). */
  readonly output?: string
}

/**
 * Apply a file's safe fixes and write it atomically (a temporary file in the
 * same folder, then a rename, keeping the mode). Overlapping fixes keep the
 * first; a JSON or YAML file is re-parsed and every reply compared with what
 * the fixes should give, so a fix never leaves a broken or changed file.
 */
export function applyFixes(
  file: VFile,
  {write = true, roots}: {write?: boolean; roots?: readonly string[] | undefined} = {}
): FixResult {
  if (!file.path) return {applied: []}
  const chosen: Fix[] = []
  const applied: VFileMessage[] = []
  for (const message of file.messages) {
    const fix = fixOf(message)
    if (!fix || message.fatal === undefined) continue
    // Overlapping spans, or two insertions at one point: the first wins.
    if (
      chosen.some(
        (other) =>
          (fix.start < other.end && other.start < fix.end) || (fix.start === fix.end && other.start === fix.start)
      )
    )
      continue
    chosen.push(fix)
    applied.push(message)
  }
  if (chosen.length === 0) return {applied: []}

  const before = String(file.value)
  const after = splice(before, chosen)
  const format = formatOf(file)
  if (format === 'json' || format === 'yaml') {
    const problem = verify(before, after, chosen, format)
    if (problem) return {applied: [], skipped: problem}
  }
  // The mark was set aside when the file was read; it goes back byte for byte.
  const output = (file.data.byteOrderMark ? byteOrderMark : '') + after
  if (!write) return {applied, output}
  const target = writeTarget(path.resolve(file.cwd, file.path), roots)
  if (!target) return {applied: [], skipped: 'the file is a symbolic link to outside the checked paths'}
  writeAtomic(target, output)
  file.value = after
  return {applied, output}
}

export function splice(value: string, fixes: readonly Fix[]): string {
  let result = value
  for (const fix of [...fixes].sort((a, b) => b.start - a.start))
    result = result.slice(0, fix.start) + fix.text + result.slice(fix.end)
  return result
}

/** Why a JSON or YAML edit is unsafe (re-parsed, every reply compared), or undefined. */
export function verify(
  before: string,
  after: string,
  fixes: readonly Fix[],
  format: 'json' | 'yaml'
): string | undefined {
  try {
    const parse = format === 'json' ? parseJsonCollection : parseYamlCollection
    const old = repliesOf(parse(before), format) ?? []
    const fresh = repliesOf(parse(after), format) ?? []
    if (old.length !== fresh.length) return 'the fix would change the number of replies'
    for (const [index, reply] of old.entries()) {
      const expected = splice(
        reply.text,
        fixes.flatMap((fix) =>
          fix.reply && fix.reply.index === index
            ? [{start: fix.reply.start, end: fix.reply.end, text: fix.reply.text}]
            : []
        )
      )
      if (fresh[index]!.text !== expected)
        return `the fix would change reply ${JSON.stringify(reply.name)} in unexpected ways`
    }
    return undefined
  } catch (error) {
    return `the fix would make the file invalid (${(error as Error).message})`
  }
}

/**
 * Where to write: the file itself, or a link's target when that is inside
 * the checked paths. Renaming onto the link would replace it with a regular
 * file, so the temporary file goes next to the target and replaces it.
 */
function writeTarget(full: string, roots: readonly string[] | undefined): string | undefined {
  if (!fs.lstatSync(full).isSymbolicLink()) return full
  const real = fs.realpathSync(full)
  return roots && inside(real, roots) ? real : undefined
}

function writeAtomic(filePath: string, value: string): void {
  const {mode} = fs.statSync(filePath)
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.replylint-${process.pid}-${Date.now()}.tmp`
  )
  try {
    fs.writeFileSync(temporary, value, {mode})
    fs.chmodSync(temporary, mode)
    fs.renameSync(temporary, filePath)
  } catch (error) {
    fs.rmSync(temporary, {force: true})
    throw error
  }
}
