import {checkReply} from '../dist/index.js'
for (const t of ['No, '.repeat(1000), 'No. '.repeat(1000), '%{'.repeat(2000)]) { const r = checkReply(t); const c={}; for (const m of r.messages) c[m.ruleId]=(c[m.ruleId]||0)+1; console.log(JSON.stringify(t.slice(0,8)), c) }
