import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const bin = path.join(root, 'dist/cli.js')

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the built `replylint` bin, as a user or CI would. */
export function cli(args: readonly string[], options: {cwd?: string; input?: string} = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A throw-away folder with the given files (path → contents). */
export function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-cli-'))
  for (const [name, value] of Object.entries(files)) {
    const full = path.join(dir, name)
    fs.mkdirSync(path.dirname(full), {recursive: true})
    fs.writeFileSync(full, value)
  }
  return dir
}

/** A copy of a bundled fixture folder, safe to `--fix`. */
export function copyOf(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-copy-'))
  fs.cpSync(path.join(root, fixture), dir, {recursive: true})
  return dir
}
