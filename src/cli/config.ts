import path from 'node:path'
import picomatch from 'picomatch'
import {didYouMean, validateOptions} from '../options.js'
import type {Options} from '../types.js'
import replylintCheck from './check.js'

/** A config file's contents: checkReply's options plus per-glob overrides. */
export interface Config extends Options {
  readonly overrides?: ReadonlyArray<Options & {readonly files: string | readonly string[]}>
}

export interface CheckSettings {
  readonly options: Options
  readonly overrides: ReadonlyArray<{readonly match: (file: string) => boolean; readonly options: Options}>
  /** Where the config file sits: override globs are relative to it. */
  readonly base: string
}

const configKeys = ['customerName', 'rules', 'bannedPhrases', 'namePlaceholder', 'placeholders', 'situations', 'overrides']

/**
 * unified-engine `configTransform`: check a `.replylintrc` (or `replylint`
 * field) and turn it into the plugin that checks files. A mistake is an error
 * naming the config file, so the CLI can exit 2 instead of checking less.
 */
export function configTransform(config: unknown, filePath: string): {plugins: Array<[typeof replylintCheck, CheckSettings]>} {
  return {plugins: [[replylintCheck, settingsOf(config, filePath)]]}
}

export function settingsOf(config: unknown, filePath: string | undefined): CheckSettings {
  const where = filePath ? path.relative(process.cwd(), filePath) || filePath : 'config'
  try {
    if (config === null || typeof config !== 'object' || Array.isArray(config)) throw new TypeError('Expected an object')
    const {overrides = [], ...options} = config as Config
    for (const key of Object.keys(config)) {
      if (!configKeys.includes(key)) throw new TypeError(`Unknown option \`${key}\`${didYouMean(key, configKeys)}`)
    }
    validateOptions(options)
    if (!Array.isArray(overrides)) throw new TypeError('Expected `overrides` to be a list')
    const compiled = overrides.map((override, index) => {
      const {files, ...rest} = override
      const globs = typeof files === 'string' ? [files] : files
      if (!Array.isArray(globs) || globs.length === 0 || !globs.every((glob) => typeof glob === 'string')) {
        throw new TypeError(`Expected \`overrides[${index}].files\` to be a glob or a list of globs`)
      }
      try {
        validateOptions(rest)
      } catch (error) {
        throw new TypeError(`In \`overrides[${index}]\`: ${(error as Error).message}`)
      }
      return {match: picomatch(globs as string[], {dot: true}), options: rest}
    })
    return {options, overrides: compiled, base: filePath ? path.dirname(filePath) : process.cwd()}
  } catch (error) {
    throw new Error(`Invalid config in \`${where}\`: ${(error as Error).message}`, {cause: error})
  }
}

/** The options for one file: the config's, then each matching override's. */
export function optionsFor(settings: CheckSettings, filePath: string | undefined): {options: Options; key: string} {
  if (!filePath || settings.overrides.length === 0) return {options: settings.options, key: ''}
  const relative = path.relative(settings.base, path.resolve(filePath)).split(path.sep).join('/')
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
