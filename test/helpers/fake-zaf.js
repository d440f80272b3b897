// A fake Zendesk host for the sidebar app, injected before the page's own
// scripts (page.addInitScript): `ZAFClient.init()` returns a client that
// keeps a ticket's state, answers get/set/metadata/invoke as ZAF does
// (asynchronously), fires `comment.text.changed` when the comment changes,
// and runs `ticket.save` hooks by ZAF's rules (a rejection, `false` or a
// string cancels the save; its message is shown).
// Plain JavaScript: it runs in the page as it is.
;(() => {
  const seed = window.__zafSeed ?? {}
  const ticket = {
    comment: seed.comment ?? '',
    commentType: seed.commentType ?? 'publicReply',
    requester: seed.requester ?? 'Dana Whitfield',
    settings: seed.settings ?? {block_on_errors: true},
    sets: [],
    invoked: [],
    handlers: {}
  }
  const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 0))
  const fire = (event, value) =>
    setTimeout(() => (ticket.handlers[event] ?? []).forEach((handler) => handler(value)), 0)
  const fields = {
    'ticket.comment.text': () => ticket.comment,
    'ticket.comment.type': () => ticket.commentType,
    'ticket.requester.name': () => ticket.requester
  }
  const read = (path) => fields[path]?.()
  const client = {
    get(paths) {
      const list = Array.isArray(paths) ? paths : [paths]
      return later(Object.fromEntries(list.map((path) => [path, read(path)])))
    },
    set(path, value) {
      if (path !== 'ticket.comment.text') return Promise.reject(new Error(`fake host: cannot set ${path}`))
      ticket.sets.push(value)
      ticket.comment = value
      fire('comment.text.changed', value)
      return later({[path]: value})
    },
    on(event, handler) {
      ;(ticket.handlers[event] ??= []).push(handler)
    },
    invoke(name, ...args) {
      ticket.invoked.push([name, ...args])
      return later({})
    },
    metadata() {
      return later({settings: ticket.settings})
    }
  }
  window.ZAFClient = {init: () => client}
  window.__ticket = ticket
  window.__host = {
    /** The agent edits the comment in Zendesk's editor. */
    type(text) {
      ticket.comment = text
      fire('comment.text.changed', text)
    },
    /** The agent switches between a public reply and an internal note. */
    switchTo(type) {
      ticket.commentType = type
      fire('comment.type.changed', type)
    },
    /** The agent submits: run every save hook as ZAF does. */
    async save() {
      const hooks = ticket.handlers['ticket.save'] ?? []
      try {
        for (const hook of hooks) {
          const result = await hook()
          if (result === false || typeof result === 'string')
            return {saved: false, message: result === false ? '' : result}
        }
        return {saved: true}
      } catch (error) {
        return {saved: false, message: typeof error === 'string' ? error : String(error?.message ?? error)}
      }
    }
  }
})()
