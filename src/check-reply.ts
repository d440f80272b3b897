import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {validateOptions} from './options.js'
import {retextEnglishParser} from './parser.js'
import replylint from './preset.js'
import {scoreOf} from './score.js'
import {withoutByteOrderMark} from './source-text.js'
import type {CheckOptions, ReplyMessage, ReplyReport} from './types.js'

type ReplyProcessor = Processor<Root, Root, Root>

let shared: ReplyProcessor | undefined
const byOptions = new WeakMap<object, ReplyProcessor>()

// The customer's name and draft mode travel on the file (`file.data`), so the
// usual call, which differs only in those, reuses one frozen processor.
function processorFor(options: Readonly<CheckOptions> | null | undefined): ReplyProcessor {
  // Checked once per options object: a list of 10,000 phrases is not
  // re-validated on every call (the preset checks the rest when it attaches).
  if (options && !byOptions.has(options)) validateOptions(options)
  const {customerName, draft, ...rest} = options ?? {}
  const needsOwn = Object.values(rest).some((value) => value !== undefined && value !== null)
  if (!needsOwn || !options) return (shared ??= unified().use(retextEnglishParser).use(replylint).freeze())
  let processor = byOptions.get(options)
  if (!processor) {
    processor = unified().use(retextEnglishParser).use(replylint, rest).freeze()
    byOptions.set(options, processor)
  }
  return processor
}

/**
 * Check a reply before it is sent. Synchronous; the same preset as the retext
 * plugin, so `checkReply` and a unified pipeline report the same findings.
 */
export function checkReply(text: string, options?: Readonly<CheckOptions> | null): ReplyReport {
  if (typeof text !== 'string') throw new TypeError(`Expected \`text\` to be a string, not \`${typeof text}\``)
  const processor = processorFor(options)
  // A leading byte order mark is not text: same findings, same places, as without it.
  const file = new VFile({value: withoutByteOrderMark(text).text})
  const customerName = options?.customerName
  if (customerName !== undefined && customerName !== null) file.data.customerName = customerName
  if (options?.draft) file.data.replylintDraft = true
  processor.runSync(processor.parse(file), file)
  file.messages.sort(byPlace)
  let errorCount = 0
  let warningCount = 0
  const messages = file.messages
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index]!
    if (message.fatal === true) errorCount++
    else if (message.fatal === false) warningCount++
  }
  return {messages: file.messages as ReplyMessage[], errorCount, warningCount, score: scoreOf(file.messages), file}
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId))
  )
}
