// unfilled-placeholder: what each paragraph of a reply is about (code,
// syntax explained, a snippet introduced), worked out once per reply.
import type {Tokens} from '../../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../../generated/rules.js'

const codeWords = new Set(data.codeWords)

const syntaxWords = data.syntaxWords.map((phrase) => phrase.split(' '))

const introWords = data.snippetIntros.map((phrase) => phrase.split(' '))

/** Whether the words of `phrase` start at `at`. */
export function phraseAt(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => tokens.norm(at + offset) === word)
}

interface Paragraphs {
  /** The paragraph of each token. */
  readonly of: Int32Array
  /** Per paragraph, 1 when it has one of `codeWords`. */
  readonly code: Uint8Array
  /** Per paragraph, 1 when it has one of `syntaxWords`. */
  readonly syntax: Uint8Array
  /** Names written bare in capitals with underscores (`WEBHOOK_SECRET`): a variable's, when one is named so. */
  readonly bare: ReadonlySet<string>
  /** Names the shell's in this reply: written `${NAME}` or set `NAME=…`. */
  readonly shell: ReadonlySet<string>
  /** Per paragraph, 1 when its last token is a colon (it introduces what follows). */
  readonly endsInColon: Uint8Array
}

// An environment variable's name (`API_KEY`), set (`LOG_LEVEL=DEBUG`) or written bare.
export const upperSnake = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+'
const assignment = new RegExp(`^${upperSnake}=`)
const bareName = new RegExp(`^${upperSnake}$`)
const shellName = new RegExp(`^(?:\\$\\{(${upperSnake})\\}|(${upperSnake})=)`)

// Worked out once per reply: asking it per slot walked the paragraph for
// each (a 176 KB paragraph of slots took a minute).
const paragraphsKey = {}

export function paragraphsOf(tokens: Tokens): Paragraphs {
  return tokens.remember(paragraphsKey, () => {
    const of = new Int32Array(tokens.length)
    let count = 0
    for (let index = 0; index < tokens.length; index++) {
      if (index > 0 && tokens.gap(index) === 'paragraph') count++
      of[index] = count
    }
    const code = new Uint8Array(count + 1)
    const syntax = new Uint8Array(count + 1)
    const bare = new Set<string>()
    const shell = new Set<string>()
    for (let index = 0; index < tokens.length; index++) {
      const paragraph = of[index]!
      const value = tokens.value(index)
      const named = shellName.exec(value)
      if (named) shell.add(named[1] ?? named[2]!)
      if (codeWords.has(tokens.norm(index)) || assignment.test(value)) code[paragraph] = 1
      if (tokens.kind(index) === 'word' && bareName.test(value)) bare.add(value)
      if (!syntax[paragraph] && syntaxWords.some((words) => phraseAt(tokens, index, words))) syntax[paragraph] = 1
    }
    // A paragraph that explains syntax, or offers an example, and ends in a
    // colon introduces a snippet: the paragraph after it shows its slots
    // ("Merge fields use double curly braces. For example:\n\nHey {{first_name}}, …").
    const introduces = new Uint8Array(count + 1)
    const endsInColon = new Uint8Array(count + 1)
    for (let index = 0; index < tokens.length; index++) {
      const paragraph = of[index]!
      const last = index + 1 === tokens.length || of[index + 1] !== paragraph
      if (!last || tokens.value(index) !== ':') continue
      endsInColon[paragraph] = 1
      if (syntax[paragraph] || introWords.some((words) => phraseAt(tokens, index - words.length, words)))
        introduces[paragraph] = 1
    }
    // A snippet between a paragraph ending in a colon and one that explains
    // it ("The default is:\n\n    Hi [client_first_name], …\n\nThe words in
    // square brackets are filled in automatically") shows its slots too.
    const explains = Uint8Array.from(syntax, (value, paragraph) => value | code[paragraph]!)
    for (let paragraph = 0; paragraph < count; paragraph++) {
      if (introduces[paragraph] || (endsInColon[paragraph] && explains[paragraph + 2])) syntax[paragraph + 1] = 1
    }
    return {of, code, syntax, bare, shell, endsInColon}
  })
}
