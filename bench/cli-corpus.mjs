// Folders for the CLI benchmark, written from the seeded reply corpus: a
// repository of canned responses (one reply per .txt or .md file, in
// sub-folders of 100) and a Zendesk macros export (one JSON file).
import fs from 'node:fs'
import path from 'node:path'
import {generateCorpus} from './corpus.mjs'

/** `count` files under `dir`: two thirds plain text, one third Markdown. */
export function writeRepository(dir, count, replies = generateCorpus(Math.min(count, 5000))) {
  fs.rmSync(dir, {recursive: true, force: true})
  for (let index = 0; index < count; index++) {
    const folder = path.join(dir, `team-${String(Math.floor(index / 100)).padStart(3, '0')}`)
    if (index % 100 === 0) fs.mkdirSync(folder, {recursive: true})
    const text = replies[index % replies.length]
    const markdown = index % 3 === 2
    fs.writeFileSync(
      path.join(folder, `reply-${index}.${markdown ? 'md' : 'txt'}`),
      markdown ? `${text.replace(/\n\n/, '\n\n**Note:** ')}\n` : text + '\n'
    )
  }
  return dir
}

/** A Zendesk macros export with `count` replies, one macro each. */
export function writeExport(file, count, replies = generateCorpus(Math.min(count, 5000))) {
  fs.mkdirSync(path.dirname(file), {recursive: true})
  const fd = fs.openSync(file, 'w')
  fs.writeSync(fd, '{"macros": [\n')
  for (let index = 0; index < count; index++) {
    const macro = {
      id: 360000 + index,
      title: `Macro ${index}`,
      actions: [{field: 'comment_value', value: replies[index % replies.length]}]
    }
    fs.writeSync(fd, (index ? ',\n' : '') + JSON.stringify(macro))
  }
  fs.writeSync(fd, '\n]}\n')
  fs.closeSync(fd)
  return file
}

/** The same replies as NDJSON lines for `--stdin --format ndjson`. */
export function writeNdjson(file, count, replies = generateCorpus(Math.min(count, 5000))) {
  const names = ['Dana', 'Priya', 'Marcus', 'José']
  const lines = []
  for (let index = 0; index < count; index++)
    lines.push(
      JSON.stringify({id: index, text: replies[index % replies.length], customerName: names[index % names.length]})
    )
  fs.writeFileSync(file, lines.join('\n') + '\n')
  return file
}
