import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
const t = new ParseEnglish().parse(process.argv[2])
const words = []
const walk = (n) => { if (n.type === 'WordNode' || n.type === 'PunctuationNode' || n.type === 'SymbolNode') { words.push(n.type[0] + ':' + toString(n)); return } n.children?.forEach(walk) }
walk(t); console.log(words.join(' '))
