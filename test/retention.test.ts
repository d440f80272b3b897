import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import replylint, {ruleIds} from '../src/index.js'
import {retextEnglishParser} from '../src/parser.js'

// The garbage collector, to see whether a checked reply's tree is still held.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const everyRule = {rules: Object.fromEntries(ruleIds.map((id) => [id, 'warn' as const]))}
const processor = unified().use(retextEnglishParser).use(replylint, everyRule).freeze()

// A reply that reaches every cache: refusals in a situation (alternatives from
// the catalogue), a decline without an offer, context conditions, timelines.
const busy = [
  'Hi there,',
  'No. Sorry about that. The refund window has closed, so we cannot refund the order.',
  'We will get back to you ASAP. No, nothing was deleted. Order No. 12345.',
  'Unfortunately there is nothing we can do. Rules are rules.'
].join('\n\n')

// Rules keep words (nodes), not the root: a word of the reply is watched.
function checkAndForget(text: string): WeakRef<object> {
  const file = new VFile(text)
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  expect(file.messages.length).toBeGreaterThan(0)
  return new WeakRef(firstWord(tree))
}

function firstWord(tree: Root): object {
  for (const paragraph of tree.children)
    if (paragraph.type === 'ParagraphNode')
      for (const sentence of paragraph.children)
        if (sentence.type === 'SentenceNode')
          for (const node of sentence.children) if (node.type === 'WordNode') return node
  throw new Error('No word')
}

describe('memory between checks', () => {
  it('keeps nothing of a reply once the next one is checked', async () => {
    const held = checkAndForget(busy.repeat(20))
    processor.runSync(processor.parse('Hi.'), new VFile('Hi.'))
    // A WeakRef is kept alive until the job that made it ends, and under
    // coverage instrumentation, with the suite's other files busy on the
    // other core, five rounds of one collection each have left it alive (1
    // run in ~5 of the whole suite, once in a clean-clone CI run): twenty
    // rounds, each a job of its own after a pause and another small check. A
    // reply that something really keeps survives them all.
    for (let round = 0; round < 20 && held.deref() !== undefined; round++) {
      await new Promise((resolve) => setTimeout(resolve, 5))
      processor.runSync(processor.parse('Ok.'), new VFile('Ok.'))
      gc()
    }
    expect(held.deref()).toBeUndefined()
  })
})
