import {performance} from 'node:perf_hooks'
import {checkReply} from '../dist/index.js'
import {generateCorpus} from './corpus.mjs'
const corpus = generateCorpus(3000); const replies = corpus.slice(0,1500)
for (const t of corpus.slice(1500)) checkReply(t)
const t = 'No. '.repeat(250000)
const big = corpus.join('\n\n').slice(0, 1000000)
function pb(f, bytes){ globalThis.gc?.(); const s=performance.now(); f(); return (performance.now()-s)/bytes }
for (let i=0;i<3;i++){
  const n = pb(()=>{for (const r of replies) checkReply(r)}, replies.reduce((a,r)=>a+r.length,0))
  const a = pb(()=>checkReply(t), t.length)
  const b = pb(()=>checkReply(big), big.length)
  console.log('No.', (a/n).toFixed(2), 'big normal', (b/n).toFixed(2), 'normal us/byte', (n*1000).toFixed(3))
}
