// The shape of a rule pack: plain data (a JSON file) saying which roles it covers and,
// for each work domain and involvement mode, whether the work is in scope, why, who
// usually owns it, what the role does instead, and which fixes make sense.

import type { DomainId, ModeId } from './domains'

export const VERDICTS = ['out', 'in', 'check'] as const
/** out: a finding; in: fine; check: a quiet "Check this card" note. */
export type Verdict = (typeof VERDICTS)[number]

export const FIXES = ['move-to-owner', 'move-to-team', 'add-owner'] as const
export type Fix = (typeof FIXES)[number]

export interface TitleRule {
  /** Words naming the function the pack is about ("operations", "ops"). */
  readonly functionWords: readonly string[]
  /** A word right before a function word that makes it another function's ("IT Operations"). */
  readonly otherFunctions: readonly string[]
  /** One-word names of other functions' operations ("devops"). */
  readonly combinedFunctionWords: readonly string[]
  /** A word right after a function word that makes the pair another discipline ("Operations Research"). */
  readonly otherDisciplines?: readonly string[]
  /** Other functions' words that, after a word of the business's own, name a unit of it ("Locker Network Operations"). */
  readonly sharedFunctionNames?: readonly string[]
  readonly managerHeads: readonly string[]
  readonly nonManagerHeads: readonly string[]
  /** Words that make the title an executive's, outside the pack ("chief"). */
  readonly executiveWords: readonly string[]
}

export interface PackRule {
  /** Category id; the rule id is `<pack id>/<category>` and never changes. */
  readonly category: string
  readonly domain: DomainId
  readonly title: string
  /** How a finding names the work: "… is HR work, outside …". */
  readonly noun: string
  readonly reason: string
  readonly owner: string
  readonly instead: string
  /** Regular expressions (sources) for role titles that usually own the work, tested on lower-case titles. */
  readonly ownerTitles: readonly string[]
  readonly newRole?: { readonly title: string; readonly placement: 'peer' | 'report' }
  readonly fixes: readonly Fix[]
  /** Verdicts that differ from the pack's defaults. */
  readonly modes?: Readonly<Partial<Record<ModeId, Verdict>>>
}

export interface PackContext {
  readonly title: string
  readonly description: string
  /** Domains the role may hold in this context (no finding). */
  readonly allow?: readonly DomainId[]
  /** Domains whose findings are errors in this context. */
  readonly errors?: readonly DomainId[]
}

export interface RulePack {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly appliesTo: { readonly roleType?: string; readonly title: TitleRule }
  readonly inScopeDomains: readonly DomainId[]
  readonly defaultModes: Readonly<Record<ModeId, Verdict>>
  readonly contexts: Readonly<Partial<Record<string, PackContext>>>
  readonly rules: readonly PackRule[]
}
