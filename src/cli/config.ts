import path from 'node:path'
import picomatch from 'picomatch'
import {didYouMean, optionNames, validateOptions} from '../options.js'
import type {Options} from '../types.js'

/** A config file's contents: checkReply's options plus per-glob overrides. */
export interface Config extends Options {
  readonly overrides?: ReadonlyArray<Options & {readonly files: string | readonly string[]}>
}

export interface CheckSettings {
  readonly options: Options
  readonly overrides: ReadonlyArray<{readonly match: (file: string) => boolean; readonly options: Options}>
  /** Where the config file sits: override globs are relative to it. */
  readonly base: string
  /** The config as written (`--cache` hashes it, `--print-config` shows it). */
  readonly raw?: unknown
}

// A config takes every option of checkReply, plus per-glob overrides.
const configKeys = [...optionNames, 'overrides']

export function settingsOf(config: unknown, filePath: string | undefined): CheckSettings {
  const where = filePath ? path.relative(process.cwd(), filePath) || filePath : 'config'
  // Every mistake in the file at once, as ESLint does: fixing one typo only
  // to be told of the next is a slow way to write a config.
  const problems: string[] = []
  const attempt = (run: () => void, prefix = '') => {
    try {
      run()
    } catch (error) {
      problems.push(prefix + (error as Error).message)
    }
  }
  let settings: CheckSettings | undefined
  if (config === null || typeof config !== 'object' || Array.isArray(config)) problems.push('Expected an object')
  else {
    const {overrides = [], ...options} = config as Config
    for (const key of Object.keys(config)) {
      if (!configKeys.includes(key)) problems.push(`Unknown option \`${key}\`${didYouMean(key, configKeys)}`)
    }
    validateEach(Object.fromEntries(Object.entries(options).filter(([key]) => configKeys.includes(key))), attempt)
    const compiled: Array<CheckSettings['overrides'][number]> = []
    if (!Array.isArray(overrides)) problems.push('Expected `overrides` to be a list')
    else {
      overrides.forEach((override: unknown, index) => {
        if (override === null || typeof override !== 'object' || Array.isArray(override)) {
          problems.push(`Expected \`overrides[${index}]\` to be an object`)
          return
        }
        const {files, ...rest} = override as Config['overrides'] & {files: unknown} & Options
        const globs = typeof files === 'string' ? [files] : files
        if (!Array.isArray(globs) || globs.length === 0 || !globs.every((glob) => typeof glob === 'string')) {
          problems.push(`Expected \`overrides[${index}].files\` to be a glob or a list of globs`)
          return
        }
        validateEach(rest, (run) => attempt(run, `In \`overrides[${index}]\`: `))
        compiled.push({match: picomatch(globs, {dot: true}), options: rest})
      })
    }
    settings = {options, overrides: compiled, base: filePath ? path.dirname(filePath) : process.cwd(), raw: config}
  }
  if (problems.length > 0 || !settings) {
    const list = problems.length === 1 ? ` ${problems[0]}` : problems.map((problem) => `\n  - ${problem}`).join('')
    throw new ConfigError(`Invalid config in \`${where}\`:${list}`)
  }
  return settings
}

/** A config file that cannot be used; its message names the file and every problem. */
export class ConfigError extends Error {}

// validateOptions stops at the first problem; run it per option, per rule and
// per phrase entry so that each problem is found.
function validateEach(options: Options, attempt: (run: () => void) => void): void {
  for (const [key, value] of Object.entries(options) as Array<[string, unknown]>) {
    if (key === 'rules' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [id, severity] of Object.entries(value as Record<string, unknown>))
        attempt(() => validateOptions({rules: {[id]: severity}}))
    } else if (key === 'bannedPhrases' && Array.isArray(value)) {
      value.forEach((entry, index) =>
        attempt(() => {
          try {
            validateOptions({bannedPhrases: [entry]})
          } catch (error) {
            throw new TypeError(
              (error as Error).message.replace('options.bannedPhrases[0]', `options.bannedPhrases[${index}]`)
            )
          }
        })
      )
    } else attempt(() => validateOptions({[key]: value}))
  }
}

/** The options for one file: the config's, then each matching override's. */
export function optionsFor(
  settings: CheckSettings,
  filePath: string | undefined,
  cwd = process.cwd()
): {options: Options; key: string} {
  if (!filePath || settings.overrides.length === 0) return {options: settings.options, key: ''}
  // The engine hands paths relative to its cwd, which is not always the process's (the language server).
  const relative = path.relative(settings.base, path.resolve(cwd, filePath)).split(path.sep).join('/')
  let options: Options = settings.options
  const matched: number[] = []
  settings.overrides.forEach((override, index) => {
    if (!override.match(relative)) return
    matched.push(index)
    options = {
      ...options,
      ...override.options,
      rules: {...options.rules, ...override.options.rules},
      bannedPhrases: [...(options.bannedPhrases ?? []), ...(override.options.bannedPhrases ?? [])],
      situations: [...(options.situations ?? []), ...(override.options.situations ?? [])]
    }
  })
  return {options, key: matched.join(',')}
}

/** The innermost useful message of a config error, without its stack. */
export function configMessage(error: unknown): string {
  let current = error as Error | undefined
  const chain: string[] = []
  while (current) {
    chain.push(current.message)
    current = current.cause as Error | undefined
  }
  // unified-engine wraps ours in "Cannot parse file `x`"; ours already names the file.
  const own = chain.find((message) => message.startsWith('Invalid config in'))
  // JSON's parser names the file again, by its absolute path.
  return own ?? chain.join(': ').replace(/ in \/\S*$/, '')
}
