// Heap after checking the corpus once, and after ten times: growth beyond
// noise would mean a leak (caches keyed on trees, processors per call, …).
import {checkReply} from '../dist/index.js'
import {generateCorpus} from './corpus.mjs'

const replies = generateCorpus(Number(process.argv[2] ?? 2000))
const names = ['Dana Whitfield', 'Adaeze Okafor', 'Priya Shah']
const heap = () => {
  globalThis.gc()
  globalThis.gc()
  return process.memoryUsage().heapUsed
}
const pass = () => replies.forEach((text, index) => checkReply(text, {customerName: names[index % names.length]}))
pass()
const first = heap()
for (let round = 1; round < 10; round++) pass()
const tenth = heap()
process.stdout.write(JSON.stringify({first, tenth}) + '\n')
