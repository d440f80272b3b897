import {ParseEnglish} from 'parse-english'
const t = new ParseEnglish().parse('No. No. No. ')
console.log(JSON.stringify(t.children[0].children.map(s=>[s.type, s.children?.map(c=>c.type+(c.children? '('+c.children.map(x=>x.type+':'+(x.value??'')).join(',')+')' : ':'+JSON.stringify(c.value)))])))
