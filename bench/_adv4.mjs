import {performance, PerformanceObserver} from 'node:perf_hooks'
import {checkReply} from '../dist/index.js'
import {generateCorpus} from './corpus.mjs'
let gcms=0; new PerformanceObserver(l=>{for(const e of l.getEntries()) gcms+=e.duration}).observe({entryTypes:['gc']})
const corpus = generateCorpus(3000); const replies = corpus.slice(0,1500)
const rules=['banned-phrase','require-thanks','require-customer-name','offer-alternative','mass-handling','caring-talk','blame','policy-shield','non-apology','vague-timeline','unfilled-placeholder']
const off = {rules: Object.fromEntries(rules.map(r=>[r,'off']))}
const only = (id)=>({rules: Object.fromEntries(rules.map(r=>[r,r===id?'error':'off']))})
const t = 'No. '.repeat(250000)
for (const x of corpus.slice(1500)) checkReply(x)
function run(name,f){ globalThis.gc(); gcms=0; const s=performance.now(); f(); const d=performance.now()-s; return [d,gcms] }
const cases = {normal:()=>{for (const r of replies) checkReply(r)}, off:()=>checkReply(t,off), banned:()=>checkReply(t,only('banned-phrase')), oa:()=>checkReply(t,only('offer-alternative')),thanks:()=>checkReply(t,only('require-thanks')), def:()=>checkReply(t)}
const res={}
for (let i=0;i<3;i++) for (const [k,f] of Object.entries(cases)) { const [d,g]=run(k,f); (res[k]??=[]).push([d,g]) }
const nb = replies.reduce((a,r)=>a+r.length,0)
for (const [k,v] of Object.entries(res)) { const m=v.map(x=>x[0]).sort((a,b)=>a-b)[1]; const g=v.map(x=>x[1]).sort((a,b)=>a-b)[1]; console.log(k.padEnd(8), m.toFixed(0).padStart(6),'ms gc', g.toFixed(0).padStart(5), 'per byte', (m/(k==='normal'?nb:t.length)*1000).toFixed(3)) }
