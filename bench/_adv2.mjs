import {checkReply} from '../dist/index.js'
const t = 'No, '.repeat(250000)
checkReply('No, '.repeat(1000))
checkReply(t)
