import {checkReply} from '../dist/index.js'
const r = checkReply('No. No. No. ')
const tree = r.file.data
console.log(Object.keys(r.file.data))
