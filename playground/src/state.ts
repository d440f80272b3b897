/** What a link to the playground reproduces. */
export interface State {
  readonly text: string
  readonly customerName: string
  readonly off: readonly string[]
}

// The state lives in the hash (`#text=…&name=…&off=a,b`), never in the
// query, so a shared reply never reaches a server's logs.
export function readState(hash: string): State {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return {
    text: params.get('text') ?? '',
    customerName: params.get('name') ?? '',
    off: (params.get('off') ?? '').split(',').filter(Boolean)
  }
}

export function writeState(state: State): void {
  const params = new URLSearchParams()
  if (state.text) params.set('text', state.text)
  if (state.customerName) params.set('name', state.customerName)
  if (state.off.length > 0) params.set('off', state.off.join(','))
  const hash = params.toString()
  // replaceState: typing must not fill the history with one entry per key.
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search)
}
