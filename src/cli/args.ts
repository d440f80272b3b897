import {parseArgs} from 'node:util'
import {didYouMean} from '../options.js'
import {formatNames, type FormatName} from './reporters.js'

export interface CliArgs {
  readonly files: string[]
  readonly stdin: boolean
  readonly stdinFilename: string | undefined
  readonly format: FormatName
  readonly outputFile: string | undefined
  readonly quiet: boolean
  readonly maxWarnings: number
  /** Exit 1 when a reply's care score is below this (0 never fails). */
  readonly minScore: number
  /** Check drafts about to be sent: placeholders left in are errors. */
  readonly draft: boolean
  readonly fix: boolean
  readonly config: string | undefined
  readonly color: boolean | undefined
  readonly help: boolean
  readonly version: boolean
}

export class UsageError extends Error {}

export const usage = `Usage: replylint [options] [path | glob ...]

Check canned responses (.txt, .md, .html, .json, .yaml) for refusals,
missing thanks and missing customer names. With no path: the current folder.

Options:
  -f, --format <name>        stylish (default), json, sarif, github
  -o, --output-file <path>   write the report to a file instead of stdout
  -q, --quiet                report errors only
      --max-warnings <n>     exit 1 when there are more than n warnings
      --min-score <n>        exit 1 when a reply's care score (0-100) is below n
      --draft                check drafts about to be sent: a placeholder left in is an error
      --fix                  apply safe fixes (never to refusals) and write files
  -c, --config <path>        use this config file instead of looking for one
      --stdin, -             check one reply read from standard input
      --stdin-filename <f>   name (and so format) of the reply on stdin
      --color, --no-color    force colour on or off
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 errors (or too many warnings, or a reply below --min-score),
2 usage, config or file errors.`

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        'output-file': {type: 'string', short: 'o'},
        quiet: {type: 'boolean', short: 'q'},
        'max-warnings': {type: 'string'},
        'min-score': {type: 'string'},
        draft: {type: 'boolean'},
        fix: {type: 'boolean'},
        config: {type: 'string', short: 'c'},
        stdin: {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const {values, positionals} = parsed
  const format = values.format ?? 'stylish'
  if (!formatNames.includes(format as FormatName)) {
    throw new UsageError(`Unknown format \`${format}\`${didYouMean(format, formatNames)}`)
  }
  let maxWarnings = Number.POSITIVE_INFINITY
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`Expected \`--max-warnings\` to be a whole number, not \`${values['max-warnings']}\``)
  }
  let minScore = 0
  if (values['min-score'] !== undefined) {
    minScore = Number(values['min-score'])
    if (values['min-score'].trim() === '' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100) {
      throw new UsageError(`Expected \`--min-score\` to be a number from 0 to 100, not \`${values['min-score']}\``)
    }
  }
  const stdin = values.stdin === true || positionals.includes('-')
  const files = positionals.filter((file) => file !== '-')
  if (stdin && files.length > 0) throw new UsageError('Give paths or `--stdin`, not both')
  if (stdin && values.fix) throw new UsageError('`--fix` writes files; it cannot be used with `--stdin`')
  return {
    files,
    stdin,
    stdinFilename: values['stdin-filename'],
    format: format as FormatName,
    outputFile: values['output-file'],
    quiet: values.quiet === true,
    maxWarnings,
    minScore,
    draft: values.draft === true,
    fix: values.fix === true,
    config: values.config,
    color: values['no-color'] ? false : values.color,
    help: values.help === true,
    version: values.version === true
  }
}
