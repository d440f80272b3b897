import {parseArgs} from 'node:util'
import {didYouMean, ruleIds} from '../options.js'
import type {RuleId, Severity} from '../types.js'
import {formatNames, type FormatName} from './reporters.js'

export interface CliArgs {
  readonly files: string[]
  readonly stdin: boolean
  readonly stdinFilename: string | undefined
  readonly customerName: string | undefined
  readonly format: FormatName
  readonly outputFile: string | undefined
  readonly quiet: boolean
  readonly maxWarnings: number
  /** Exit 1 when a reply's care score is below this (0 never fails). */
  readonly minScore: number
  /** Check drafts about to be sent: placeholders left in are errors. */
  readonly draft: boolean
  readonly fix: boolean
  readonly fixDryRun: boolean
  readonly config: string | undefined
  readonly rules: Partial<Record<RuleId, Severity>>
  readonly extensions: string[] | undefined
  readonly ignorePatterns: string[]
  readonly noIgnore: boolean
  readonly cache: boolean
  readonly cacheLocation: string | undefined
  readonly concurrency: number | 'auto'
  readonly printConfig: string | undefined
  readonly init: boolean
  readonly listRules: boolean
  readonly color: boolean | undefined
  readonly help: boolean
  readonly version: boolean
}

export class UsageError extends Error {}

interface Flag {
  readonly name: string
  readonly short?: string
  readonly type: 'string' | 'boolean'
  readonly multiple?: boolean
  /** How the value is shown in `--help` (`<path>`). */
  readonly value?: string
  readonly help: string
}

// One row per flag: parsing and `--help` both read this table.
const flags: readonly Flag[] = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    value: '<name>',
    help: `${formatNames.join(', ')} (stylish is the default)`
  },
  {
    name: 'output-file',
    short: 'o',
    type: 'string',
    value: '<path>',
    help: 'write the report to a file (its folder is created)'
  },
  {name: 'quiet', short: 'q', type: 'boolean', help: 'report errors only'},
  {name: 'max-warnings', type: 'string', value: '<n>', help: 'exit 1 when there are more than n warnings'},
  {name: 'min-score', type: 'string', value: '<n>', help: "exit 1 when a reply's care score (0-100) is below n"},
  {name: 'draft', type: 'boolean', help: 'check drafts about to be sent: a placeholder left in is an error'},
  {name: 'fix', type: 'boolean', help: 'apply safe fixes (never to refusals) and write files'},
  {name: 'fix-dry-run', type: 'boolean', help: 'find safe fixes without writing (json/ndjson show `output`)'},
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: '<path>',
    help: 'use this config file instead of looking for one'
  },
  {
    name: 'rule',
    type: 'string',
    multiple: true,
    value: '<id:severity>',
    help: 'set a rule, over any config (`--rule require-thanks:off`)'
  },
  {name: 'ext', type: 'string', multiple: true, value: '<.md,.txt>', help: 'check only these extensions in folders'},
  {
    name: 'ignore-pattern',
    type: 'string',
    multiple: true,
    value: '<glob>',
    help: 'skip files matching this pattern too'
  },
  {
    name: 'no-ignore',
    type: 'boolean',
    help: 'check everything: no .replylintignore, no built-in skips (README.md, .github/, …)'
  },
  {name: 'cache', type: 'boolean', help: 'only check files whose content or config changed'},
  {name: 'cache-location', type: 'string', value: '<path>', help: 'where the cache lives (.replylintcache)'},
  {
    name: 'concurrency',
    type: 'string',
    value: '<n|auto>',
    help: 'threads that check: this one and n - 1 workers (auto: one per core for large runs)'
  },
  {name: 'stdin', type: 'boolean', help: 'check a reply read from standard input (also `-`)'},
  {name: 'stdin-filename', type: 'string', value: '<name>', help: 'name (and so format) of the reply on stdin'},
  {name: 'customer-name', type: 'string', value: '<name>', help: 'the customer the reply is for (a pre-send check)'},
  {name: 'print-config', type: 'string', value: '<file>', help: 'print the options that apply to a file, and exit'},
  {name: 'init', type: 'boolean', help: 'write a starter .replylintrc.json here'},
  {name: 'list-rules', type: 'boolean', help: 'list the rules with their default severity'},
  {name: 'color', type: 'boolean', help: 'force colour on (`--no-color`: off)'},
  {name: 'no-color', type: 'boolean', help: ''},
  {name: 'help', short: 'h', type: 'boolean', help: 'show this help'},
  {name: 'version', short: 'v', type: 'boolean', help: 'show the version'}
]

export const usage = `Usage: replylint [options] [path | glob ...]

Check canned responses (.txt, .md, .html, .json, .yaml) for refusals,
missing thanks and missing customer names. With no path: the current folder.
With \`--stdin --format ndjson\`: one JSON reply per line in, one result per line out.

Options:
${flags
  .filter((flag) => flag.help)
  .map((flag) => {
    const names = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`
    return `  ${names.padEnd(30)} ${flag.help}`
  })
  .join('\n')}

Exit codes: 0 no errors, 1 errors (or too many warnings, or a reply below --min-score),
2 usage, config or file errors.`

const severities: readonly Severity[] = ['off', 'warn', 'error']

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        flags.map((flag) => [
          flag.name,
          {type: flag.type, ...(flag.short ? {short: flag.short} : {}), ...(flag.multiple ? {multiple: true} : {})}
        ])
      )
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const positionals = parsed.positionals
  const string = (name: string) => values[name] as string | undefined
  const list = (name: string) => (values[name] as string[] | undefined) ?? []
  const format = string('format') ?? 'stylish'
  if (!formatNames.includes(format as FormatName)) {
    throw new UsageError(`Unknown format \`${format}\`${didYouMean(format, formatNames)}`)
  }
  let maxWarnings = Number.POSITIVE_INFINITY
  if (string('max-warnings') !== undefined) {
    maxWarnings = Number(string('max-warnings'))
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError(`Expected \`--max-warnings\` to be a whole number, not \`${string('max-warnings')}\``)
  }
  let minScore = 0
  const minScoreValue = string('min-score')
  if (minScoreValue !== undefined) {
    minScore = Number(minScoreValue)
    if (minScoreValue.trim() === '' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new UsageError(`Expected \`--min-score\` to be a number from 0 to 100, not \`${minScoreValue}\``)
    }
  }
  const rules: Partial<Record<RuleId, Severity>> = {}
  for (const rule of list('rule')) {
    const match = /^([^:=\s]+)\s*[:=]\s*(\S+)$/.exec(rule)
    if (!match) throw new UsageError(`Expected \`--rule\` as \`id:severity\` (\`require-thanks:off\`), not \`${rule}\``)
    const [, id, level] = match as unknown as [string, string, string]
    if (!ruleIds.includes(id as RuleId))
      throw new UsageError(`Unknown rule \`${id}\` in \`--rule\`${didYouMean(id, ruleIds)}`)
    const severity = ({warning: 'warn', 0: 'off', 1: 'warn', 2: 'error'} as Record<string, Severity>)[level] ?? level
    if (!severities.includes(severity as Severity))
      throw new UsageError(
        `Expected the severity in \`--rule ${rule}\` to be off, warn or error${didYouMean(level, severities)}`
      )
    rules[id as RuleId] = severity as Severity
  }
  const extensions =
    list('ext').length > 0
      ? list('ext')
          .flatMap((value) => value.split(','))
          .map((value) => value.trim().replace(/^\.?/, '.'))
          .filter((value) => value !== '.')
      : undefined
  let concurrency: number | 'auto' = 'auto'
  const requested = string('concurrency')
  if (requested !== undefined && requested !== 'auto') {
    concurrency = requested === 'off' ? 1 : Number(requested)
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new UsageError(`Expected \`--concurrency\` to be a whole number, \`auto\` or \`off\`, not \`${requested}\``)
  }

  const stdin = values['stdin'] === true || positionals.includes('-')
  const files = positionals.filter((file) => file !== '-')
  const fix = values['fix'] === true
  const fixDryRun = values['fix-dry-run'] === true
  if (stdin && files.length > 0) throw new UsageError('Give paths or `--stdin`, not both')
  if (stdin && fix) throw new UsageError('`--fix` writes files; it cannot be used with `--stdin` (use `--fix-dry-run`)')
  if (fix && fixDryRun) throw new UsageError('Give `--fix` or `--fix-dry-run`, not both')
  if (string('customer-name') !== undefined && !stdin)
    throw new UsageError('`--customer-name` names the customer of one reply; use it with `--stdin`')
  return {
    files,
    stdin,
    stdinFilename: string('stdin-filename'),
    customerName: string('customer-name'),
    format: format as FormatName,
    outputFile: string('output-file'),
    quiet: values['quiet'] === true,
    maxWarnings,
    minScore,
    draft: values['draft'] === true,
    fix,
    fixDryRun,
    config: string('config'),
    rules,
    extensions,
    ignorePatterns: list('ignore-pattern'),
    noIgnore: values['no-ignore'] === true,
    cache: values['cache'] === true,
    cacheLocation: string('cache-location'),
    concurrency,
    printConfig: string('print-config'),
    init: values['init'] === true,
    listRules: values['list-rules'] === true,
    color: values['no-color'] ? false : (values['color'] as boolean | undefined),
    help: values['help'] === true,
    version: values['version'] === true
  }
}
