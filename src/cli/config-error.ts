import type {VFile} from 'vfile'

/**
 * unified-engine reports a config it cannot load on every file under it, as
 * "Cannot process file" with the stack of each cause. Say it once, as our
 * own message (`Invalid config in … : Unsafe \`placeholders[0]\` …`), without
 * stacks; the files it kept from being checked are not listed as clean.
 */
export function collapseConfigErrors(files: readonly VFile[]): VFile[] {
  const said = new Set<string>()
  const kept: VFile[] = []
  for (const file of files) {
    let failed = false
    let duplicate = false
    for (const message of file.messages) {
      const reason = configReason(message.cause)
      if (!reason) continue
      failed = true
      if (said.has(reason)) {
        duplicate = true
        continue
      }
      said.add(reason)
      message.reason = reason
      message.message = reason
      message.cause = undefined
      message.stack = ''
      message.ruleId = 'config-error'
      message.source = 'replylint'
    }
    if (failed && duplicate) continue
    kept.push(file)
  }
  return kept
}

function configReason(cause: unknown): string | undefined {
  for (let error = cause as {message?: unknown; cause?: unknown} | undefined, depth = 0; error && depth < 8; error = error.cause as typeof error, depth++) {
    if (typeof error.message === 'string' && error.message.startsWith('Invalid config in ')) return error.message
  }
  return undefined
}
