// parse-latin's and parse-english's short expressions, copied as they are
// (test/parser-differential.test.ts checks them against the installed
// packages, which do not export them). The long generated Unicode tables are
// not copied: see parse-latin-answers.ts.

/** parse-latin's `terminalMarker`. */
export const terminalMarker = /^([!.?\u2026\u203D]+)$/

/** parse-latin's `wordSymbolInner`. */
export const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

/** parse-latin's `digitStart`. */
export const digitStart = /^\d/

/** parse-english's `elisionPrefix`. */
export const elisionPrefix = /^(ol?)$/

/** parse-english's `elisionAffix`. */
export const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/

/** parse-english's apostrophe (lib/index.js). */
export const apostrophe = /^['’]$/
