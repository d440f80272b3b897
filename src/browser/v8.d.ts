// `Error.stackTraceLimit` (set by src/report.ts) is V8's, declared by
// @types/node, which the browser code does not load. Chromium has it; other
// engines take the assignment as a plain property, harmlessly.
interface ErrorConstructor {
  stackTraceLimit: number
}
