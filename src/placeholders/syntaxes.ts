/**
 * No syntax reads across the mark it opens with (`{%{%{%…` fails at the
 * second `{`), so trying one at every opener of a text costs linear time.
 *
 * Template placeholder syntaxes of help desks and template engines. Each is
 * data: a name, an example, and a regular expression source for the whole
 * placeholder. Order matters: longer delimiters come first, so `{{…}}` is not
 * read as `{…}`.
 */
export interface PlaceholderSyntax {
  readonly name: string
  readonly example: string
  readonly pattern: string
}

// Balanced template delimiters, generated rather than listed one help desk at
// a time: an opening run of brackets and marks (`{{`, `{%`, `{!!`, `[%`,
// `<<`, `((`, `##`, `%%`, `###`) and its mirror image around an identifier
// or expression. A single bracket with no mark (`{x}`, `[x]`, `<x>`) is left
// to the stricter syntaxes below, which tell it from Markdown links and HTML.
const mirror: Record<string, string> = {'{': '}', '[': ']', '<': '>', '(': ')'}
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
function balanced(): string {
  const sources: string[] = []
  const marks = ['!!', '%', '#', '!', '$', '@', '=', '~']
  for (const bracket of Object.keys(mirror)) {
    const close = (open: string) =>
      [...open]
        .reverse()
        .map((c) => mirror[c] ?? c)
        .join('')
    // `{{x}}`-style doubled brackets take any expression; with a mark, one bracket will do.
    for (const open of [
      bracket + bracket,
      ...marks.map((mark) => bracket + mark),
      ...marks.map((mark) => bracket + bracket + mark)
    ]) {
      // Neither the look for a letter nor the body reads past another of its
      // own bracket: at each `{` of `{%{%{%…` either stops two characters on,
      // where reading to the 200-character bound made such text cost 5× a
      // reply's time per byte.
      const inner = `[^\\n\\r${escape(bracket)}]`
      sources.push(`${escape(open)}(?=${inner}{0,200}?\\p{L})${inner}{1,200}?${escape(close(open))}`)
    }
  }
  // Doubled or tripled marks with no bracket hold an identifier: `%%NAME%%`, `###NAME###`.
  for (const mark of ['%', '#', '@', '!', '~', '^']) {
    const run = `${escape(mark)}{2,3}`
    sources.push(`${run}[\\p{L}_][\\p{L}\\p{N}_.:\\-]{0,60}${run}`)
  }
  return sources.join('|')
}

export const placeholderSyntaxes: readonly PlaceholderSyntax[] = [
  {name: 'mustache-triple', example: '{{{ticket.description}}}', pattern: String.raw`\{\{\{[^{}\n\r]{1,200}\}\}\}`},
  // Zendesk, Freshdesk, Intercom, Front, Gorgias (Liquid, with filters).
  {
    name: 'liquid-output',
    example: "{{ customer.first_name | default: 'there' }}",
    pattern: String.raw`\{\{[^{}\n\r]{1,200}\}\}`
  },
  // Any balanced template delimiters (see `balanced`): Blade `{!! $name !!}`,
  // Template Toolkit `[% name %]`, `<<FirstName>>`, `%%NAME%%`, `###NAME###`.
  {name: 'balanced-delimiters', example: '<<FirstName>>', pattern: balanced()},
  // Help Scout, Liquid tags.
  {name: 'liquid-tag', example: '{%customer.firstName%}', pattern: String.raw`\{%[^\n\r{]{1,200}?%\}`},
  // osTicket.
  {name: 'percent-brace', example: '%{recipient.name.first}', pattern: String.raw`%\{[^{}\n\r]{1,200}\}`},
  // Zammad, Ruby.
  {name: 'hash-brace', example: '#{ticket.customer.firstname}', pattern: String.raw`#\{[^{}\n\r]{1,200}\}`},
  // JavaScript templates, shell.
  {name: 'dollar-brace', example: '${firstName}', pattern: String.raw`\$\{[^{}\n\r]{1,200}\}`},
  // Salesforce merge fields.
  {name: 'salesforce-merge', example: '{!Contact.FirstName}', pattern: String.raw`\{![^{}\n\r]{1,200}\}`},
  // Request Tracker (Perl).
  {name: 'perl-brace', example: '{$Ticket->Subject}', pattern: String.raw`\{\$[^{}\n\r]{1,200}\}`},
  // Positional arguments (.NET, Python `format`): `{0}`, `{1}`.
  {name: 'positional', example: '{0}', pattern: String.raw`\{\d{1,2}\}`},
  // printf conversions (PHP, C, gettext): `%s`, `%1$s`, `%d`; `50% off` is not one.
  {
    name: 'printf',
    example: '%1$s',
    pattern: String.raw`%(?:\d{1,2}\$)?[-+0 #]?\d{0,3}(?:\.\d{1,2})?[sdif@](?![\p{L}\p{N}])`
  },
  // Numbered arguments (NodeBB, Qt, Android): `%1`, `%2`.
  {name: 'percent-number', example: '%1', pattern: String.raw`%\d{1,2}(?![\p{L}\p{N}%])`},
  // Laravel translation parameters: `:customer_name`, `:name`.
  {
    name: 'laravel-parameter',
    example: ':customer_name',
    pattern: String.raw`:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|:name(?![\p{L}\p{N}])`
  },
  // Stack Exchange and bug-tracker tokens: `$SITEURL$`.
  {name: 'dollar-pair', example: '$SITENAME$', pattern: String.raw`\$[A-Z][A-Z0-9_]{1,40}\$`},
  // Single-brace names, as in many macro libraries.
  {name: 'single-brace', example: '{customer_name}', pattern: String.raw`\{[\p{L}_][\p{L}\p{N}_.\-/ ]{0,60}\}`},
  // ERB and EJS output tags (Rails and Node.js mailers).
  {name: 'erb-tag', example: '<%= user.first_name %>', pattern: String.raw`<%[=-]?[^\n\r<]{1,200}?-?%>`},
  // OTRS / Znuny tags.
  {
    name: 'otrs-tag',
    example: '<OTRS_CUSTOMER_REALNAME>',
    pattern: String.raw`<OTRS_[A-Z0-9_]+(?:\[[^\]\n\r]{0,60}\])?>`
  },
  // Double-bracketed mentions, as in some saved replies.
  {name: 'double-bracket', example: '[[at-mention]]', pattern: String.raw`\[\[[^[\]\n\r|]{1,60}\]\](?!\()`},
  // Mailchimp merge tags.
  {name: 'mailchimp-merge', example: '*|FNAME|*', pattern: String.raw`\*\|[A-Za-z0-9_:]{1,60}\|\*`},
  // Bare dollar variables (PHP and Perl mailers, Kayako): `$first_name`, `$user.name`;
  // a price such as `$5` is not one.
  {
    name: 'dollar-name',
    example: '$first_name',
    pattern: String.raw`\$[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`
  },
  // Percent-delimited variables (Freshdesk classic, Kayako, many mailers).
  {name: 'percent-pair', example: '%customer_name%', pattern: String.raw`%[\p{L}_][\p{L}\p{N}_.]{0,60}%`},
  // Angle-bracket fill-ins such as `<customer name>` (and stray HTML tags).
  {name: 'angle-bracket', example: '<customer name>', pattern: String.raw`</?[\p{L}][\p{L}\p{N}_ .:\-]{0,40}/?>`},
  // Fill-in-the-blank names; a Markdown link (`[text](url)`) or a link
  // reference (`[docs]: https://…`) is not one, a label before a colon is
  // ("ticket #[TICKET_ID]: the records …").
  {
    name: 'square-bracket',
    example: '[Customer Name]',
    pattern: String.raw`\[[\p{L}_][\p{L}\p{N}_.'’\-/ ]{0,40}\](?![(\[]|:[ \t]*(?:[a-z][a-z0-9+.\-]{0,31}:\/\/|mailto:|tel:|\/|#|www\.|$))`
  }
]
