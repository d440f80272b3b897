/** A Zendesk macros export of `count` macros: every third thanks the customer, the others refuse. */
export const exportOf = (count: number) =>
  JSON.stringify({
    macros: Array.from({length: count}, (_, index) => ({
      id: index,
      title: `Macro ${index}`,
      actions: [
        {field: 'subject', value: 'Re: your order'},
        {field: 'comment_value', value: index % 3 ? `Hi Dana,\n\nNo, we can't do that. ASAP.` : 'Hi Dana, thanks!'}
      ]
    }))
  })
