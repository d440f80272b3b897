import {Session} from 'node:inspector/promises'
import {checkReply} from '../dist/index.js'
import {generateCorpus} from './corpus.mjs'
const corpus = generateCorpus(600); for (const t of corpus.slice(300)) checkReply(t)
const replies = corpus.slice(0,300); const bytes = replies.reduce((a,r)=>a+r.length,0)
const s = new Session(); s.connect()
await s.post('HeapProfiler.startSampling', {samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true})
for (const r of replies) checkReply(r)
const {profile} = await s.post('HeapProfiler.stopSampling')
let total=0; (function w(n){ total+=n.selfSize; n.children.forEach(w)})(profile.head)
console.log('normal bytes allocated per byte', (total/bytes).toFixed(0))
const t = 'No. '.repeat(50000)
await s.post('HeapProfiler.startSampling', {samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true})
checkReply(t)
const p2 = (await s.post('HeapProfiler.stopSampling')).profile
total=0; (function w(n){ total+=n.selfSize; n.children.forEach(w)})(p2.head)
console.log('No. allocated per byte', (total/t.length).toFixed(0))
