import {Session} from 'node:inspector/promises'
import fs from 'node:fs'
import {checkReply} from '../dist/index.js'
const rules=['banned-phrase','require-thanks','require-customer-name','offer-alternative','mass-handling','caring-talk','blame','policy-shield','non-apology','vague-timeline','unfilled-placeholder']
const only = (id)=>({rules: Object.fromEntries(rules.map(r=>[r,r===id?'error':'off']))})
const off = {rules: Object.fromEntries(rules.map(r=>[r,'off']))}
const o = process.argv[2]==='off' ? off : process.argv[2]==='def' ? undefined : only('banned-phrase')
const t = 'No. '.repeat(50000)
checkReply('No. '.repeat(1000), o)
const s = new Session(); s.connect()
await s.post('HeapProfiler.startSampling', {samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true})
checkReply(t, o)
const {profile} = await s.post('HeapProfiler.stopSampling')
const m = new Map(); let total=0
function walk(n, stack){ const k=`${n.callFrame.functionName||'(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`; const s=n.selfSize; total+=s; m.set(k,(m.get(k)||0)+s); n.children.forEach(c=>walk(c))}
walk(profile.head)
const want = process.argv[3]; if (want) { const par = new Map(); (function w(n, st){ const k=`${n.callFrame.functionName||"(anon)"}:${n.callFrame.lineNumber}`; if (k.startsWith(want)) { const key = st.slice(-4).join(" < "); par.set(key,(par.get(key)||0)+n.selfSize) } n.children.forEach(c=>w(c,[...st,k])) })(profile.head, []); [...par].sort((a,b)=>b[1]-a[1]).slice(0,8).forEach(([k,v])=>console.log((v/50000).toFixed(0).padStart(6), k)) }
console.log('total MB', (total/1e6).toFixed(1), 'bytes per sentence', (total/50000).toFixed(0))
;[...m].sort((a,b)=>b[1]-a[1]).slice(0,35).forEach(([k,v])=>console.log((v/50000).toFixed(0).padStart(7), (100*v/total).toFixed(1).padStart(5)+'%', k))
