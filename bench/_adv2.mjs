import {checkReply} from '../dist/index.js'
const rules=['banned-phrase','require-thanks','require-customer-name','offer-alternative','mass-handling','caring-talk','blame','policy-shield','non-apology','vague-timeline','unfilled-placeholder']
const only = (id)=>({rules: Object.fromEntries(rules.map(r=>[r,r===id?'error':'off']))})
const off = {rules: Object.fromEntries(rules.map(r=>[r,'off']))}
const t = 'No. '.repeat(250000)
const o = process.argv[2]==='off' ? off : only('banned-phrase')
checkReply('No. '.repeat(1000), o)
checkReply(t, o)
