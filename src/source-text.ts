// What a reply's text is before any rule reads it. One place for the
// library, the CLI and everything built on its document handling (the
// language server, the browser), so none of them disagrees on a file.

/** U+FEFF at the start of a file: an encoding signature that editors hide, not text. */
export const byteOrderMark = '\uFEFF'

/**
 * The text without its leading byte order mark, and whether it had one.
 * Findings are placed on the text without it (line 1 column 1 is the first
 * character an editor shows); `--fix` writes the mark back.
 */
export function withoutByteOrderMark(text: string): {text: string; byteOrderMark: boolean} {
  return text.charCodeAt(0) === 0xfeff ? {text: text.slice(1), byteOrderMark: true} : {text, byteOrderMark: false}
}
