export {default} from './preset.js'
export {checkReply} from './check-reply.js'
export {default as retextPlaceholders} from './placeholders/plugin.js'
export {placeholderSyntaxes, type PlaceholderSyntax} from './placeholders/syntaxes.js'
export {default as retextBannedPhrase, type BannedPhraseOptions} from './rules/banned-phrase.js'
export {default as retextRequireThanks, type RequireThanksOptions} from './rules/require-thanks.js'
export {default as retextRequireCustomerName, type RequireCustomerNameOptions} from './rules/require-customer-name.js'
export {default as retextOfferAlternative, type OfferAlternativeOptions} from './rules/offer-alternative.js'
export {default as retextUnfilledPlaceholder, type UnfilledPlaceholderOptions} from './rules/unfilled-placeholder.js'
export {ruleIds} from './options.js'
export {bannedPhraseData, requireThanksData, requireCustomerNameData, offerAlternativeData} from './generated/rules.js'
export type {
  CheckOptions,
  Options,
  PhraseContext,
  PhraseEntry,
  PhrasePattern,
  ReplyMessage,
  ReplyReport,
  RuleId,
  Severity,
  Situation
} from './types.js'
