// Finding the config that governs a file: the nearest `.replylintrc`,
// `.replylintrc.{json,yaml,yml,js,cjs,mjs}` or `package.json` with a
// `replylint` field, from the file's folder up; or the one `--config` names.
// unified-engine's Configuration does the same, but importing it (with
// load-plugin, import-meta-resolve and debug) cost ~0.6 s of start-up in the
// CLI and again in every worker of the pool, more than checking 1,000 replies.
// Same names, same order, same "nearest wins", same loaders for each type.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {ConfigError, settingsOf, type CheckSettings} from './config.js'
import type * as YamlModule from 'yaml'
import {isMissing} from './missing.js'
import {createResolver} from './resolver.js'

const names = [
  '.replylintrc',
  '.replylintrc.json',
  '.replylintrc.cjs',
  '.replylintrc.mjs',
  '.replylintrc.js',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  'package.json'
]

export function createConfigFinder(options: {
  readonly cwd: string
  readonly config: string | undefined
}): (filePath: string) => Promise<CheckSettings> {
  const defaults = settingsOf({}, undefined)
  const folders = new Map<string, Promise<CheckSettings | undefined>>()
  const resolver = createResolver(options.cwd)
  const given = options.config === undefined ? undefined : load(path.resolve(options.cwd, options.config), true)

  return async (filePath) => {
    if (given) return (await given) ?? defaults
    return (await inFolder(resolver.folder(filePath))) ?? defaults
  }

  function inFolder(folder: string): Promise<CheckSettings | undefined> {
    let found = folders.get(folder)
    if (!found) {
      found = (async () => {
        for (const name of names) {
          const settings = await load(path.join(folder, name), false)
          if (settings) return settings
        }
        const parent = path.dirname(folder)
        return parent === folder ? undefined : inFolder(parent)
      })()
      folders.set(folder, found)
    }
    return found
  }

  async function load(file: string, required: boolean): Promise<CheckSettings | undefined> {
    const where = path.relative(options.cwd, file) || file
    // Eight names in each folder up from every file's: a missing one is
    // told without an error built and thrown for it (an ENOENT per name per
    // folder was most of finding configs for 10,000 files).
    if (!required && isMissing(file)) return undefined
    let text: string
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      if (
        !required &&
        ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      )
        return undefined
      throw new ConfigError(
        `Cannot read config \`${where}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      )
    }
    let value: unknown
    try {
      const extension = path.extname(file)
      if (extension === '.yaml' || extension === '.yml') value = (await yaml()).parse(text)
      else if (extension === '.js' || extension === '.cjs' || extension === '.mjs')
        value = ((await import(pathToFileURL(file).href)) as {default: unknown}).default
      else value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
    } catch (error) {
      throw new ConfigError(`Invalid config in \`${where}\`: ${(error as Error).message.split('\n')[0]}`)
    }
    if (path.basename(file) === 'package.json') {
      const field = (value as Record<string, unknown> | null)?.['replylint']
      if (field === undefined) return required ? defaults : undefined
      value = field
    }
    return settingsOf(value, file)
  }
}

type Yaml = typeof YamlModule

// Loaded for a YAML config only: most runs have none, and the parser was a
// third of what a warm `--cache` run compiled. (Bundled, a CommonJS
// module's dynamic import is its exports as `default`; run from source, the
// named exports are there too.)
async function yaml(): Promise<Yaml> {
  const loaded = (await import('yaml')) as Yaml & {default?: Yaml}
  return loaded.default ?? loaded
}
