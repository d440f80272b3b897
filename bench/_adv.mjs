import {performance} from 'node:perf_hooks'
import {checkReply} from '../dist/index.js'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
const t = 'No. '.repeat(250000)
const off = {rules: Object.fromEntries(['banned-phrase','require-thanks','require-customer-name','offer-alternative','mass-handling','caring-talk','blame','policy-shield','non-apology','vague-timeline','unfilled-placeholder'].map(r=>[r,'off']))}
function time(name, f){ globalThis.gc?.(); const s=performance.now(); const r=f(); console.log(name, (performance.now()-s).toFixed(0),'ms'); return r}
for (let i=0;i<2;i++){
time('parse only', ()=>unified().use(retextEnglish).parse(t))
time('all off', ()=>checkReply(t, off))
const r = time('default', ()=>checkReply(t))
console.log(r.findings?.length ?? r.messages?.length, Object.keys(r))
}
