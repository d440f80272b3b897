// Which files a run checks. Folders and globs are expanded by walk.ts, which
// follows no symbolic link out of the given paths and walks no cycle (the
// engine's finder stats through links). What the user named goes through the
// engine's own finder (it says "No such file or folder", "it's ignored");
// what the walk found inside a folder or glob is judged by `.replylintignore`
// (ignore-files.ts, the engine's rules) and the ignore patterns, as the
// finder does, but without it: the finder stats each file again and runs
// each path through glob's `hasMagic` (a Minimatch per path), 0.6 s of a
// 10,000-file run in the main thread, most of a `--cache` re-run. Checking
// moved out of the engine (see run.ts for why).
import fs from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type {VFile} from 'vfile'
import {createIgnoreFiles, ignore, isOutside} from './ignore-files.js'
import {createResolver} from './resolver.js'
import {walk, type Walk} from './walk.js'

// The engine exports only `engine` and `Configuration`; its finder and
// ignore helper are the same modules `engine` uses, loaded by file.
const engineRoot = new URL('.', import.meta.resolve('unified-engine'))
type Finder = (
  input: string[],
  options: object,
  callback: (error: Error | undefined, result?: {files: VFile[]}) => void
) => void
// Loaded when files are looked for: stdin runs and the pool's workers never need them.
const engineParts = () =>
  Promise.all([
    import(new URL('lib/finder.js', engineRoot).href),
    import(new URL('lib/ignore.js', engineRoot).href)
  ]) as Promise<[{finder: Finder}, {Ignore: new (options: object) => unknown}]>

export interface DiscoverOptions {
  readonly cwd: string
  readonly patterns: readonly string[]
  readonly extensions: readonly string[]
  readonly ignorePatterns: readonly string[]
  /** `--no-ignore`: no ignore file, no built-in patterns, no repository-doc skipping. */
  readonly noIgnore: boolean
}

/** A file to check, relative to cwd; `error` when it cannot be (missing, ignored though named). */
export interface DiscoveredFile {
  readonly path: string
  readonly error?: string
}

export interface Discovered {
  /** Found files, sorted. */
  readonly files: DiscoveredFile[]
  /** Globs that matched no file (ESLint: "No files matching the pattern"). */
  readonly unmatched: string[]
  /** Symbolic links not followed, each with why (said once, as information). */
  readonly skipped: ReadonlyArray<{readonly path: string; readonly reason: string}>
  /** Real paths of what was named: `--fix` writes nothing outside them. */
  readonly roots: readonly string[]
  /** The walk itself: `--fix` removes the temporary files of killed runs it found (`removeStale`). */
  readonly walked: Walk
}

// A repository's own documents and automation, which are not canned
// responses even though they are Markdown and YAML: skipped in the root of a
// repository (unless named on the command line, or `--no-ignore`).
const repositoryDocs =
  /^(readme|changelog|changes|history|contributing|license|licence|copying|code_of_conduct|security|support|authors|contributors|notice|governance|codeowners|funding|maintainers)([.-][^/]*)?$/i
const repositoryFolders = ['.github', '.gitlab', '.circleci', '.husky', '.vscode', '.devcontainer']

/** The repository around `cwd`: the nearest folder with `.git` (as `git rev-parse --show-toplevel`), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  let folder = path.resolve(cwd)
  for (;;) {
    if (fs.existsSync(path.join(folder, '.git'))) return folder
    const parent = path.dirname(folder)
    if (parent === folder) return path.resolve(cwd)
    folder = parent
  }
}

export async function discover(options: DiscoverOptions): Promise<Discovered> {
  const patterns = options.patterns.length > 0 ? [...options.patterns] : ['.']
  // Only for what the user named (a folder is walked here, not by the finder).
  const find = async (input: string[]) => {
    const [{finder}, {Ignore}] = await engineParts()
    return new Promise<VFile[]>((resolve, reject) => {
      finder(
        input,
        {
          cwd: options.cwd,
          extensions: options.extensions.map((extension) => (extension.startsWith('.') ? extension : '.' + extension)),
          ignore: new Ignore({cwd: options.cwd, detectIgnore: !options.noIgnore, ignoreName: '.replylintignore'}),
          ignorePatterns: [...options.ignorePatterns],
          silentlyIgnore: false
        },
        (error, result) =>
          result ? resolve(result.files) : reject(error ?? new Error('unified-engine found no files'))
      )
    })
  }
  const resolver = createResolver(options.cwd)
  const ignoredByFile = createIgnoreFiles(!options.noIgnore)
  const extraIgnore = ignore().add([...options.ignorePatterns])
  // The finder's test, for a file known to exist: its ignore file, or an ignore pattern (from cwd).
  // (A walk's paths are normal already: a folder's path.relative and a name.)
  const isIgnored = (file: string) =>
    ignoredByFile(resolver.file(file)) || (!isOutside(file) && extraIgnore.ignores(file))

  // Globs one by one, so a glob that matches nothing can be named.
  const globs = patterns.filter((pattern) => picomatch.scan(pattern).isGlob)
  const plain = patterns.filter((pattern) => !globs.includes(pattern))
  const unmatched: string[] = []
  const walkOptions = {
    cwd: options.cwd,
    extensions: options.extensions.map((extension) => extension.replace(/^\./, ''))
  }
  const walks: Walk[] = []
  if (plain.length > 0) walks.push(await walk(plain, walkOptions))
  for (const glob of globs) {
    const walked = await walk([glob], walkOptions)
    if (walked.files.length === 0 && walked.skipped.length === 0) unmatched.push(glob)
    walks.push(walked)
  }
  const walked = mergeWalks(walks)
  const byPath = new Map<string, DiscoveredFile>()
  const named = walked.files.filter((file) => !walked.found.has(file))
  for (const file of named.length > 0 ? await find(named) : []) {
    const error = file.messages.find((message) => message.fatal)
    if (!byPath.has(file.path))
      byPath.set(file.path, error ? {path: file.path, error: error.reason} : {path: file.path})
  }
  // Found inside a folder or a glob: an ignored one is skipped silently, as the engine's own discovery did.
  const found = walked.files.filter((file) => walked.found.has(file))
  for (const file of found) if (!byPath.has(file) && !isIgnored(file)) byPath.set(file, {path: file})

  const given = new Set(plain.map((pattern) => path.resolve(options.cwd, pattern)))
  const isRepositoryFile = repositoryFiles(repositoryRoot(options.cwd))
  const files = [...byPath.values()]
    .filter((file) => {
      if (options.noIgnore) return true
      return !isRepositoryFile(resolver.folder(file.path), file.path) || given.has(resolver.file(file.path))
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const skipped = walked.skipped.map((file) => ({path: file.path, reason: file.messages[0]?.reason ?? 'Skipped'}))
  return {files, unmatched, skipped, roots: walked.roots, walked}
}

function mergeWalks(walks: readonly Walk[]): Walk {
  // One walk (folders and paths, no glob): nothing to merge, and 10,000 paths not hashed into two more sets.
  if (walks.length === 1) return walks[0]!
  const files = [...new Set(walks.flatMap((walked) => walked.files))]
  return {
    files,
    found: new Set(walks.flatMap((walked) => [...walked.found])),
    skipped: walks.flatMap((walked) => walked.skipped),
    roots: walks.flatMap((walked) => walked.roots),
    stale: walks.flatMap((walked) => walked.stale)
  }
}

/** Whether a file (its resolved folder, and its path) is one of the repository's own; judged once per folder. */
function repositoryFiles(root: string): (folder: string, file: string) => boolean {
  const folders = new Map<string, 'root' | 'repository' | 'other'>()
  return (folder, file) => {
    let kind = folders.get(folder)
    if (!kind) {
      const relative = path.relative(root, folder).split(path.sep)
      kind =
        relative[0] === ''
          ? 'root'
          : relative[0] !== '..' && repositoryFolders.includes(relative[0]!)
            ? 'repository'
            : 'other'
      folders.set(folder, kind)
    }
    return kind === 'root' ? repositoryDocs.test(path.basename(file)) : kind === 'repository'
  }
}
