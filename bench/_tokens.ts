import {unified} from 'unified'
import {retextEnglishParser} from '../src/parser.js'
import {tokensOf} from '../src/engine/tokens.js'
const tree = unified().use(retextEnglishParser).parse(process.argv[2]!)
const t = tokensOf(tree as never)
const out: string[] = []
for (let i = 0; i < t.length; i++) out.push(`${i}:${t.kind(i)}:${JSON.stringify(t.value(i))}`)
console.log(out.join(' '))
