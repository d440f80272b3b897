import fs from 'node:fs'
import path from 'node:path'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {discovery} from '../cli/discovery.js'
import replylintDocument from '../cli/document.js'
import {formats} from '../cli/formats.js'

/** What the server knows of an open document. */
export interface LintInput {
  readonly uri: string
  readonly languageId: string
  readonly text: string
}

export interface LintResult {
  /** The file as the CLI would see it: its path decides format, config and overrides. */
  readonly file: VFile
  /** Findings sorted by place; empty when the file is ignored. */
  readonly messages: VFileMessage[]
  /** `.replylintignore` or the built-in patterns skip this file. */
  readonly ignored: boolean
}

// An unsaved document has no path: it is checked as `replylint --stdin
// --stdin-filename untitled.<ext>` would check it from the workspace folder,
// with the extension of its language.
const languageExtensions: Record<string, string> = {
  plaintext: 'txt',
  markdown: 'md',
  html: 'html',
  json: 'json',
  jsonc: 'json',
  yaml: 'yaml'
}

// Not a finding: any JSON or YAML file that is not a macro export says so in
// the CLI's report, but an editor would show it on every such file it opens.
const editorSilent = new Set(['unknown-shape'])

const silent = new Writable({write: (_chunk, _encoding, callback) => callback()})
const processor = unified().use(replylintDocument)

/**
 * Check one document exactly as the CLI checks a file: through unified-engine
 * with the CLI's own discovery (config, overrides, ignore files) and document
 * parser. The engine reads config files afresh on every run, so an edited
 * `.replylintrc*` applies to the next check without a restart.
 */
export function lint(input: LintInput, workspaces: readonly string[]): Promise<LintResult> {
  const {filePath, cwd} = locate(input, workspaces)
  const file = new VFile({path: filePath, value: input.text, cwd})
  return new Promise((resolve) => {
    engine(
      {
        ...discovery,
        processor,
        files: [file],
        cwd,
        out: false,
        output: false,
        quiet: false,
        // The editor opened the file on purpose; an ignored file gets no diagnostics, not an error.
        silentlyIgnore: true,
        reporter: () => '',
        streamError: silent,
        streamOut: silent
      },
      (error, _status, context) => {
        const checked = (context?.files ?? []).includes(file)
        if (error) {
          // An engine failure (not a bad file: those are messages) still reaches the user.
          const message = file.message(error.message, {ruleId: 'file-error', source: 'replylint'})
          message.fatal = true
        }
        const messages =
          checked || error
            ? file.messages.filter((message) => !editorSilent.has(message.ruleId ?? '')).sort(byPlace)
            : []
        resolve({file, messages, ignored: !checked && !error})
      }
    )
  })
}

/** Where a document is checked from: its own path, or a virtual one for an unsaved document. */
export function locate(
  input: Pick<LintInput, 'uri' | 'languageId'>,
  workspaces: readonly string[]
): {filePath: string; cwd: string} {
  if (input.uri.startsWith('file:')) {
    const filePath = fileURLToPath(input.uri)
    return {filePath, cwd: workspaceOf(filePath, workspaces) ?? projectRoot(path.dirname(filePath))}
  }
  const base = decodeURIComponent(input.uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').split(/[?#]/)[0] ?? '')
  const name = path.posix.basename(base) || 'untitled'
  const extension = path.extname(name).slice(1).toLowerCase()
  const known = extension in formats
  const cwd = workspaces[0] ?? process.cwd()
  const filePath = path.join(
    cwd,
    known ? name : `${name.replace(/[^\w.-]+/g, '-') || 'untitled'}.${languageExtensions[input.languageId] ?? 'txt'}`
  )
  return {filePath, cwd}
}

function workspaceOf(filePath: string, workspaces: readonly string[]): string | undefined {
  // The deepest folder holding the file wins, as in a multi-root workspace.
  return [...workspaces]
    .sort((a, b) => b.length - a.length)
    .find((folder) => filePath === folder || filePath.startsWith(folder + path.sep))
}

// Outside a workspace (an editor started on one file): the folder a CLI user
// would run from, the nearest with a package.json or .git.
function projectRoot(folder: string): string {
  let current = folder
  for (;;) {
    if (fs.existsSync(path.join(current, 'package.json')) || fs.existsSync(path.join(current, '.git'))) return current
    const parent = path.dirname(current)
    if (parent === current) return folder
    current = parent
  }
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
