// Which tokens of a reply are the writer's own words. A plain-text reply
// often carries the customer's words too: lines quoted with ">", an
// "On Tue, 3 Mar, Dana <dana@…> wrote:" header, a forwarded or original
// message block, or, in a chat transcript, the customer's turns. No rule may
// read those as ours (a "No" there is not our refusal, a name there is not our
// greeting), so they are dropped before any rule runs, as the CLI's Markdown
// bridge drops blockquotes. In a transcript the speaker labels ("Agent
// (Support):", "[14:03] Agent:") go too, so the greeting after them opens
// its line. The words that mark these blocks are data, below.

/** What the filter reads of each token. */
export interface LineView {
  readonly length: number
  norm(index: number): string
  value(index: number): string
  kind(index: number): 'word' | 'punct' | 'symbol' | 'source' | undefined
  /** Whether a line break (or a blank line) comes before the token. */
  lineStart(index: number): boolean
}

// Transcript speakers: ours, and the customer's.
const agentRoles = new Set([
  'agent',
  'support',
  'rep',
  'representative',
  'advisor',
  'adviser',
  'operator',
  'staff',
  'assistant',
  'specialist',
  'helpdesk',
  'team',
  'me'
])
const customerRoles = new Set([
  'customer',
  'client',
  'user',
  'visitor',
  'guest',
  'caller',
  'requester',
  'member',
  'shopper',
  'buyer',
  'you',
  'enduser'
])
// Lines that open a forwarded or quoted original message: everything from them on is not ours.
const forwardMarkers = [
  ['forwarded', 'message'],
  ['original', 'message'],
  ['begin', 'forwarded', 'message'],
  ['forwarded', 'email'],
  ['forwarded', 'mail']
]

/**
 * The indexes to keep, or `undefined` when every token is the writer's (the
 * usual case, found with one pass over line starts). `customerFirstNames`,
 * normalised, mark a speaker label as the customer's.
 */
export function ownWords(tokens: LineView, customerFirstNames: readonly string[] = []): number[] | undefined {
  // One pass over line starts first: most replies have no line that could
  // open a quote, a header, a forwarded block or a turn, and stop here.
  const lines: Array<[number, number]> = []
  let special = false
  let colonWithin = -1
  for (let index = 0; index < tokens.length; index++) {
    if (index === 0 || tokens.lineStart(index)) {
      lines.push([index, index + 1])
      colonWithin = index + 12
      if (!special) {
        const norm = tokens.norm(index)
        special = norm === '>' || norm === 'on' || norm === 'from' || tokens.kind(index) !== 'word' || norm === 'begin'
      }
    } else lines.at(-1)![1] = index + 1
    if (!special && index < colonWithin && tokens.norm(index) === ':') special = true
  }
  if (!special) return undefined
  const drop = new Uint8Array(tokens.length)
  let dropped = false
  const dropRange = (start: number, end: number) => {
    drop.fill(1, start, end)
    dropped = true
  }

  for (let line = 0; line < lines.length; line++) {
    const [start, end] = lines[line]!
    const first = tokens.value(start)
    // "> No, I can't log in" (and "> > …" in a longer thread).
    if (first === '>') {
      dropRange(start, end)
      continue
    }
    // "On Tue, 3 Mar, Dana Reyes <dana@example.com> wrote:", on one line or two.
    if (tokens.norm(start) === 'on') {
      const header = endsWithWrote(tokens, start, end)
        ? end
        : line + 1 < lines.length && endsWithWrote(tokens, ...lines[line + 1]!)
          ? lines[line + 1]![1]
          : -1
      if (header !== -1) {
        dropRange(start, header)
        continue
      }
    }
    // "---------- Forwarded message ---------", "-----Original Message-----",
    // an Outlook "From: … / Sent: …" header: the rest is someone else's.
    if (isForwardMarker(tokens, start, end) || isMailHeader(tokens, lines, line)) {
      dropRange(start, tokens.length)
      break
    }
  }

  transcript(tokens, lines, customerFirstNames, dropRange)

  if (!dropped) return undefined
  const keep: number[] = []
  for (let index = 0; index < tokens.length; index++) if (drop[index] === 0) keep.push(index)
  return keep
}

function endsWithWrote(tokens: LineView, start: number, end: number): boolean {
  return end - start >= 2 && tokens.norm(end - 1) === ':' && tokens.norm(end - 2) === 'wrote'
}

function isForwardMarker(tokens: LineView, start: number, end: number): boolean {
  const words: string[] = []
  for (let index = start; index < end && words.length < 4; index++)
    if (tokens.kind(index) === 'word') words.push(tokens.norm(index))
  // Only a line that is the marker: dashes around it, or nothing but it.
  const marked = tokens.kind(start) !== 'word' || words.length <= 3
  return (
    marked &&
    forwardMarkers.some(
      (marker) => marker.every((word, offset) => words[offset] === word) && words.length <= marker.length + 1
    )
  )
}

function isMailHeader(tokens: LineView, lines: ReadonlyArray<[number, number]>, line: number): boolean {
  const [start] = lines[line]!
  if (tokens.norm(start) !== 'from' || tokens.norm(start + 1) !== ':') return false
  for (let next = line + 1; next < Math.min(lines.length, line + 4); next++) {
    const [at] = lines[next]!
    if ((tokens.norm(at) === 'sent' || tokens.norm(at) === 'date') && tokens.norm(at + 1) === ':') return true
  }
  return false
}

interface Turn {
  readonly line: number
  /** Where the turn's words start, after the label's colon. */
  readonly content: number
  readonly label: string
  readonly role: 'agent' | 'customer' | undefined
}

/**
 * A chat transcript: two or more lines opening with a speaker label, one of
 * them a role we know ("Agent", "Customer"). The customer's turns are
 * dropped, and every label, so that "Agent (Support): Hi Tom," greets Tom.
 */
function transcript(
  tokens: LineView,
  lines: ReadonlyArray<[number, number]>,
  customerFirstNames: readonly string[],
  dropRange: (start: number, end: number) => void
): void {
  const turns: Turn[] = []
  for (let line = 0; line < lines.length; line++) {
    const turn = turnAt(tokens, lines[line]!, line, customerFirstNames)
    if (turn) turns.push(turn)
  }
  const labels = [...new Set(turns.map((turn) => turn.label))]
  // Our side of a chat alone ("Agent: Hi Dana, …" on every line) has one speaker.
  const oursOnly = turns.length > 0 && turns.every((turn) => turn.role === 'agent')
  if (!oursOnly && (turns.length < 2 || labels.length < 2 || !turns.some((turn) => turn.role !== undefined))) return
  // With two speakers, one of them ours, the other is the customer.
  const agentLabels = new Set(turns.filter((turn) => turn.role === 'agent').map((turn) => turn.label))
  const other =
    labels.length === 2 && agentLabels.size === 1 ? labels.find((label) => !agentLabels.has(label)) : undefined
  for (const turn of turns) {
    const [start, end] = lines[turn.line]!
    if (turn.role === 'customer' || (turn.role === undefined && turn.label === other)) dropRange(start, end)
    else dropRange(start, turn.content)
  }
}

function turnAt(
  tokens: LineView,
  [start, end]: [number, number],
  line: number,
  customerFirstNames: readonly string[]
): Turn | undefined {
  let index = start
  // "[14:02] " or "14:02 " before the speaker.
  if (tokens.value(index) === '[') {
    const close = findValue(tokens, index, Math.min(end, index + 8), ']')
    if (close === -1) return undefined
    index = close + 1
  } else if (
    /^\d{1,2}$/.test(tokens.value(index)) &&
    tokens.value(index + 1) === ':' &&
    /^\d{2}$/.test(tokens.value(index + 2))
  ) {
    index += 3
  }
  const words: string[] = []
  const labelStart = index
  while (index < end && tokens.kind(index) === 'word' && words.length < 3) words.push(tokens.norm(index++))
  if (words.length === 0) return undefined
  // "Agent (Priya, Support):"
  if (tokens.value(index) === '(') {
    const close = findValue(tokens, index, Math.min(end, index + 10), ')')
    if (close === -1) return undefined
    index = close + 1
  }
  if (tokens.value(index) !== ':' || index + 1 >= end) return undefined
  const label = words.join(' ')
  const role = words.some((word) => agentRoles.has(word))
    ? 'agent'
    : words.some((word) => customerRoles.has(word)) || customerFirstNames.includes(words[0]!)
      ? 'customer'
      : undefined
  // A label is a role or a name, not a field such as "Device:" or "Note:"; a
  // capitalised word or two may be a name.
  if (role === undefined && (words.length > 2 || !/^\p{Lu}/u.test(tokens.value(labelStart)))) return undefined
  return {line, content: index + 1, label, role}
}

function findValue(tokens: LineView, from: number, to: number, value: string): number {
  for (let index = from; index < to; index++) if (tokens.value(index) === value) return index
  return -1
}
