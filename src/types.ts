import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {GeneratedRuleId} from './generated/rules.js'

/** How a rule reports: not at all, as a warning, or as an error. */
export type Severity = 'off' | 'warn' | 'error'

/** The ids of the built-in rules (one per `rules/*.yml`). */
export type RuleId = GeneratedRuleId

/**
 * A condition on the words around a match, written in the phrase pattern
 * language (see `rules/README.md`). `before` must end right before the match,
 * `after` must start right after it, `sentence` must match somewhere in the
 * match's sentence (or line); when several are given, all must hold.
 */
export interface PhraseContext {
  readonly before?: string
  readonly after?: string
  readonly sentence?: string
}

/** Phrases with the conditions under which a match counts. */
export interface PhrasePattern {
  /** A stable id for the group, used in messages and docs (`refusal-no`). */
  readonly id: string
  /** Patterns: words, `(a|b)` alternatives, `[a|b]` optional groups. */
  readonly phrases: readonly string[]
  /** The match counts only if one of these holds (all matches count if absent). */
  readonly when?: readonly PhraseContext[]
  /** The match never counts if one of these holds. */
  readonly unless?: readonly PhraseContext[]
}

/**
 * One group of phrases that share a message and suggestions: the format of
 * the built-in `banned-phrase` data and of `options.bannedPhrases`.
 */
export interface PhraseEntry extends PhrasePattern {
  /** What kind of fault this is, in a word or two (`refusal`). */
  readonly label?: string
  /** Replacements or rewrites to offer; at least one. */
  readonly suggestions: readonly string[]
  /** How the message ends: what to do instead (`say what you can do instead`). */
  readonly advice?: string
  /** Why this is a fault and what to offer instead. */
  readonly note?: string
  /** A single suggestion that can replace the match without a human (`--fix`). */
  readonly safe?: boolean
}

/**
 * A situation of the alternatives catalogue (`rules/offer-alternative.yml`):
 * the format of the built-in ones and of `options.situations`. An entry with
 * a built-in's `id` replaces the fields it gives (your real offers as its
 * `alternatives`); `off: true` turns a built-in situation off.
 */
export interface Situation {
  /** A stable id (`refund-window`); a built-in's id to change or turn it off. */
  readonly id: string
  /** What the situation is, for messages (`a refund outside the return window`). */
  readonly label?: string
  /** Patterns (the phrase language) that point to this situation near a decline. */
  readonly triggers?: readonly string[]
  /** Ready sentences in the agent's voice, written with "I"; the first is suggested first. */
  readonly alternatives?: readonly string[]
  /** Turn this (built-in) situation off. */
  readonly off?: boolean
}

/** Options for `checkReply` and for the `replylint` preset. */
export interface Options {
  /** The customer's name as the help desk knows it; a list for known aliases. */
  readonly customerName?: string | readonly string[] | null | undefined
  /** Severity per rule id. */
  readonly rules?: Readonly<Partial<Record<RuleId, Severity>>> | null | undefined
  /** Extra banned phrases, in the same format as the built-in ones. */
  readonly bannedPhrases?: readonly PhraseEntry[] | null | undefined
  /**
   * The placeholder to suggest where the customer's name is missing and no
   * `customerName` is known (such as `{{ticket.requester.first_name}}`).
   * When set, that suggestion becomes a safe fix.
   */
  readonly namePlaceholder?: string | null | undefined
  /** Extra placeholder syntaxes, as regular expression sources. */
  readonly placeholders?: readonly string[] | null | undefined
  /**
   * Judge automated notices (password resets, sign-in alerts, activity and
   * moderation notices) and wrapper templates for thanks too; by default
   * `require-thanks` skips them (the phrases that mark them are `notices` in
   * `rules/require-thanks.yml`).
   */
  readonly thanksInNotices?: boolean | null | undefined
  /**
   * The text is a draft about to be sent, not a template: a placeholder left
   * in it (`[Customer Name]`, `{{…}}`, `XX`, `TBD`) is an `unfilled-placeholder`.
   */
  readonly draft?: boolean | null | undefined
  /** Your own situations and alternatives, or changes to the built-in ones. */
  readonly situations?: readonly Situation[] | null | undefined
}

export type CheckOptions = Options

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * replylint: `expected[0]` can replace the flagged span without a human
     * (used by `replylint --fix`); refusals and rewrites never are.
     */
    safeFix?: boolean | undefined
    /**
     * replylint: a critical fault (a wrong name, a refusal with no other way
     * offered, an unfilled placeholder), which caps the care score.
     */
    critical?: boolean | undefined
    /**
     * replylint: the id of the situation (`rules/offer-alternative.yml`)
     * whose alternatives are in `expected` (`general` for the fallback).
     */
    situation?: string | undefined
    /**
     * replylint: other rules this finding stands for, so one edit is asked
     * once (a refusal flagged by `banned-phrase` that also declines with no
     * alternative covers `offer-alternative`).
     */
    covers?: string[] | undefined
  }
}

/** One finding of `checkReply`: a vfile message whose `ruleId` is a replylint rule. */
export interface ReplyMessage extends VFileMessage {
  ruleId: RuleId
  /** `expected[0]` can replace the flagged span without a human (`--fix`); never for a refusal. */
  safeFix?: boolean | undefined
}

/** What `checkReply` returns. */
export interface ReplyReport {
  /** Every finding, sorted by position. */
  readonly messages: ReplyMessage[]
  /** Findings whose severity is `error`. */
  readonly errorCount: number
  /** Findings whose severity is `warn`. */
  readonly warningCount: number
  /**
   * The care score, 0–100: 100 less each rule's weight for its findings,
   * capped when a finding is critical (see the README's "Care score").
   */
  readonly score: number
  /** The checked file, for reporters (`vfile-reporter`). */
  readonly file: VFile
}
