// unfilled-placeholder: a slot shown, not left to fill — as code (a URL's
// or a config's part, a shell's variable, a format string, template logic)
// or as syntax explained to the customer.
import type {Tokens} from '../../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../../generated/rules.js'
import {isNamePlaceholder} from '../customer-name.js'
import {atGreeting, greetingSlot, lineStart, ownGreeting} from './greetings.js'
import {statusWords} from './labels.js'
import {paragraphsOf, phraseAt, upperSnake} from './paragraphs.js'

const mentionedAfter = new Set([...data.mentionedAfter, ...data.mentionsThatSpread])

const mentionsThatSpread = new Set(data.mentionsThatSpread)

const mentionedBefore = data.mentionedBefore.map((phrase) => phrase.split(' '))

// `[build]` alone on its line, a `key = value` line under it: a TOML or INI
// section, not a slot.
export function isConfigSection(tokens: Tokens, index: number): boolean {
  if (!/^\[[a-z][a-z0-9_.-]*\]$/.test(tokens.value(index)) || !lineStart(tokens, index)) return false
  const next = index + 1
  if (next >= tokens.length || (tokens.gap(next) !== 'line' && tokens.gap(next) !== 'paragraph')) return false
  for (let at = next; at < tokens.length && at - next < 12; at++) {
    if (at > next && tokens.gap(at) !== 'none' && tokens.gap(at) !== 'space') break
    if (tokens.value(at).includes('=')) return true
  }
  return false
}

// "type {{first_name}} exactly like that", "as DD/MM/YYYY, for example
// 04/09/1987": the customer is shown what to type. Besides the words of
// showing (`isShownAsSyntax`), a tag named or a slot in quotes.
export function isMention(tokens: Tokens, start: number, end: number): boolean {
  // "Our texts always start with [Northgate]": a tag named, not a slot.
  if (
    start > 1 &&
    tokens.norm(start - 1) === 'with' &&
    /^(?:start|starts|starting|begin|begins|beginning|prefixed|tagged)$/.test(tokens.norm(start - 2))
  )
    return true
  return (
    (quoteAt(tokens, start - 1, -1) && quoteAt(tokens, end, 1)) ||
    (quoteAt(tokens, start - 1, -1, backticks) && quoteAt(tokens, end, 1, backticks))
  )
}

// A double quote within a few tokens of a slot, on its line, on one side;
// or a backtick, which opens and closes code ("set `token: ${API_KEY}`").
const quotes = new Set(['"', '“', '”'])

const openSingle = new Set(["'", '‘'])

const closeSingle = new Set(["'", '’'])

/**
 * "The 'TBD' next to Saturday's lesson": a status in single quotes of its
 * own is named ("your PIN is 'XXXX'" is still a slot). Read in the text: the
 * tokens keep no quote marks (an opening one may sit inside the word, "'TBD").
 */
export function singleQuoted(text: string, tokens: Tokens, start: number, end: number): boolean {
  if (end !== start + 1 || !statusWords.has(tokens.value(start).replace(/^['‘]/, ''))) return false
  const from = tokens.start(start).offset
  const to = tokens.end(end - 1).offset
  if (from === undefined || to === undefined) return false
  const opening = openSingle.has(text[from]!) ? text[from] : text[from - 1]
  return opening !== undefined && openSingle.has(opening) && closeSingle.has(text[to] ?? '')
}

const backticks = new Set(['`', '``', '```'])

function quoteAt(tokens: Tokens, from: number, step: 1 | -1, marks: ReadonlySet<string> = quotes): boolean {
  for (let index = from, seen = 0; index >= 0 && index < tokens.length && seen < 8; index += step, seen++) {
    // The gap between this token and its neighbour on the slot's side: a line break ends the search.
    const gap = tokens.gap(step === 1 ? index : index + 1)
    if (gap === 'line' || gap === 'paragraph') return false
    if (marks.has(tokens.value(index))) return true
  }
  return false
}

// `https://shop.example/hooks/{order_id}`, `/v2/orders/{id}/items`,
// `DATABASE_URL=${DB_URL}`, `workout_id=%d`: a URL, a path or an assignment
// shown to a developer, its slot filled by a machine, not by the agent. The
// glued text before it must be one of those ("HX/[case number]" is not).
export function inUrl(tokens: Tokens, index: number): boolean {
  if (index === 0 || tokens.gap(index) !== 'none' || !/[/=]$/.test(tokens.value(index - 1))) return false
  let text = ''
  for (let at = index - 1; at >= 0 && index - at <= 40; at--) {
    text = tokens.value(at) + text
    if (/:\/\/|^www\./i.test(text)) return true
    if (tokens.gap(at) !== 'none') break
  }
  return /^\/[\w.-]+\/|^[A-Za-z_][\w.]*=$|[?&][\w.]+=$/.test(text)
}

// A paragraph that explains template syntax to a developer or a seller
// ("anything in double curly braces is filled in"): its slots are shown, not
// left to fill; a greeting's name slot is still one.
export function explainsSyntax(tokens: Tokens, index: number): boolean {
  const paragraphs = paragraphsOf(tokens)
  return paragraphs.syntax[paragraphs.of[index]!] === 1 && !(greetingSlot(tokens, index) && ownGreeting(tokens, index))
}

// `%PATH%`, `${API_KEY}`, `${{ secrets.KEY }}` in a paragraph about code
// ("add it to the Path variable", "export API_KEY in your shell"): an
// environment variable the customer sets, not a merge field left empty
// (`%NAME%` and `${first_name}` are names, and stay slots).
export function isCodeVariable(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  // `{DB_HOST}`: the shell's name with its dollar left off, when the reply
  // writes it the shell's way too ("written as ${DB_HOST}, not {DB_HOST}",
  // "DB_HOST=db-7…"); "{WIFI_PASSWORD}" alone, even in "your router
  // config", is a slot, and so is phpBB's `{AUTHOR_NAME}`.
  const braced = bracedName.exec(value)?.[1]
  if (braced !== undefined) return paragraphsOf(tokens).shell.has(braced)
  const ciExpression =
    index > 0 && tokens.value(index - 1) === '$' && tokens.gap(index) === 'none' && /^\{\{[^{}]*\}\}$/.test(value)
  // `<your secret>` in a shell line: the customer's own value to type there.
  const variable =
    // A bare `$NAME` is a shell's only with an underscore (`$API_KEY`): `$PRICE/month`, `$AMOUNT` are slots.
    (/^(?:%[A-Z][A-Z0-9_]*%|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Z][A-Z0-9]*_[A-Z0-9_]+)$/.test(value) ||
      /^<your [^<>]+>$/i.test(value)) &&
    !isNamePlaceholder(value)
  // PowerShell's `$env:KEY`, and a variable a path goes on from, are the shell's wherever they are.
  const glued = (mark: string) => tokens.value(index + 1) === mark && tokens.gap(index + 1) === 'none'
  if (value === '$env' && glued(':')) return true
  if (variable && (glued('\\') || glued('/'))) return true
  if (!ciExpression && !variable) return false
  const paragraphs = paragraphsOf(tokens)
  if (paragraphs.code[paragraphs.of[index]!] === 1) return true
  // `${WEBHOOK_SECRET}` in a config, "set WEBHOOK_SECRET in your dashboard": named bare, it is a variable.
  const name = variableName.exec(value)?.[1]
  return name !== undefined && paragraphs.bare.has(name)
}

const bracedName = new RegExp(`^\\{(${upperSnake})\\}$`)

const variableName = new RegExp(`^(?:%|\\$\\{?)(${upperSnake})(?:%|\\})?$`)

// `%s`, `%05d`: in a hand-written draft, a printf conversion is a format
// shown to a developer ("Amount %d exceeds your limit", "%05d becomes a
// five-digit counter"): in every blind set none was a slot left to fill, and
// five were shown. A failed merge shows at the greeting ("Dear %s,"), which
// stays a slot.
export function isFormatConversion(tokens: Tokens, index: number): boolean {
  return printf.test(tokens.value(index)) && !atGreeting(tokens, index)
}

const printf = /^%(?:\d{1,2}\$)?[-+0 #]?\d{0,3}(?:\.\d{1,2})?[sdif@]$/

/** Whether words right after the slot say what it is ("… part is filled in", "… stands for"). */
export function explained(tokens: Tokens, start: number, end: number): boolean {
  // "where {timestamp} is the t= value": a definition.
  if (start > 0 && tokens.norm(start - 1) === 'where' && /^(?:is|are)$/.test(tokens.norm(end))) return true
  const after = tokens.value(end) === ',' || tokens.value(end) === '(' ? end + 1 : end
  return mentionedBefore.some((words) => phraseAt(tokens, after, words))
}

/**
 * "replace <password> with …", "type {{first_name}} …"; and in a sentence
 * that swaps one syntax for another ("replace %%FirstName%% with
 * {{ first_name }} and *|UNSUB|* with {{ unsubscribe_url }}"), each slot of
 * the swap.
 */
export function spreads(tokens: Tokens, start: number): boolean {
  if (start === 0) return false
  const before = tokens.norm(start - 1)
  if (mentionsThatSpread.has(before)) return true
  // "… with {{ first_name }} and *|UNSUB|* with …": `and` right after a slot of the swap.
  if (before !== 'with' && !(before === 'and' && tokens.kind(start - 2) === 'source')) return false
  for (let at = start - 2; at >= 0 && start - at <= 12 && !tokens.isBoundary(at + 1); at--)
    if (tokens.norm(at) === 'replace' || tokens.norm(at) === 'swap') return true
  return false
}

/** Whether words of showing name the slot ("type [Name] …", "{first_name} is filled in"), not a quote around it. */
export function isShownAsSyntax(tokens: Tokens, start: number, explainedAfter: boolean): boolean {
  return (start > 0 && mentionedAfter.has(tokens.norm(start - 1))) || explainedAfter
}

/** A slot's paragraph and the mark its syntax opens with: `[`, `{`, `%`, `<` … */
export function familyKey(tokens: Tokens, index: number): string {
  return `${paragraphsOf(tokens).of[index]!} ${tokens.value(index).charAt(0)}`
}

// `{timestamp}.{raw_body}`: slots joined by a mark into one string, one of
// them shown, show the string.
export function gluedToShown(tokens: Tokens, start: number, end: number, shown: ReadonlySet<string>): boolean {
  const before = start > 1 && tokens.gap(start) === 'none' && tokens.gap(start - 1) === 'none'
  const after = end + 1 < tokens.length && tokens.gap(end) === 'none' && tokens.gap(end + 1) === 'none'
  return (before && shown.has(tokens.value(start - 2))) || (after && shown.has(tokens.value(end + 1)))
}

// `%Y-%m-%dT%H:%M:%SZ`: a date format string, where `%dT%` is no `%name%`;
// `<order number>_<side>.pdf`: a file naming rule, its slots glued to an
// extension.
export function inFormatString(tokens: Tokens, start: number, end: number): boolean {
  let from = start
  while (from > 0 && tokens.gap(from) === 'none' && start - from < 20) from--
  let to = end
  while (to < tokens.length && tokens.gap(to) === 'none' && to - end < 20) to++
  let text = ''
  let slots = 0
  for (let at = from; at < to; at++) {
    text += tokens.value(at)
    if (tokens.kind(at) === 'source') slots++
  }
  // One-letter conversions only: `%BRANCH%-%ORDER_ID%` is slots, not a format.
  return (
    (text.match(/%[A-Za-z](?![A-Za-z0-9_]*%)/g)?.length ?? 0) >= 3 ||
    (slots >= 2 && /\.[a-z0-9]{2,4}[,.;:!?)]*$/.test(text))
  )
}

// `{% if customer.tags contains 'vip' %}`, `{{#if}}`, `{{/each}}`: a
// template's logic, shown as code; it has no value for the agent to fill.
export function isTemplateLogic(value: string): boolean {
  return (
    /^\{%-?\s*(?:if|elsif|else|endif|for|endfor|unless|endunless|case|when|endcase|assign|capture|endcapture|comment|endcomment|raw|endraw)\b/.test(
      value
    ) ||
    /^\{\{~?\s*(?:[#/^]|else\b)/.test(value) ||
    // A Go template's field (Helm's `{{ .Values.secrets.dbPassword }}`): a config's, not a help desk's.
    /^\{\{-?\s*\.[A-Za-z]/.test(value) ||
    // A condition, not a value: a comparison (`{{ states('x') | float < 18 }}`);
    // a call (`{{ formatPrice($total) }}`) or a fallback prints a value, a slot.
    /^\{\{[^{}]*\s(?:[<>]=?|==|!=)\s[^{}]*\}\}$/.test(value)
  )
}
