// Checks a rule pack (data from a file) before the linter uses it. A malformed pack is
// never fatal: it is reported as problems ("what, where") and left out.

import { z } from 'zod'
import { DOMAIN_IDS, MODE_IDS } from './domains'
import { FIXES, type RulePack, VERDICTS } from './pack-types'

export interface PackProblem {
  /** Where, e.g. "packs/ops-manager.rules[3].domain". */
  readonly path: string
  readonly message: string
}

const text = z.string().min(1).max(2000)
const words = z.array(z.string().min(1).max(60)).max(500)
const verdict = z.enum(VERDICTS)
const domain = z.enum(DOMAIN_IDS)
const modes = z.partialRecord(z.enum(MODE_IDS), verdict)
const regexSource = z.string().max(500).refine((s) => {
  try {
    new RegExp(s)
    return true
  } catch {
    return false
  }
}, 'is not a valid regular expression')

const packSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'must be lower-case letters, digits and dashes'),
  title: text,
  description: text,
  appliesTo: z.object({
    roleType: z.string().optional(),
    title: z.object({
      functionWords: words.min(1),
      otherFunctions: words,
      combinedFunctionWords: words,
      otherDisciplines: words.optional(),
      sharedFunctionNames: words.optional(),
      managerHeads: words.min(1),
      nonManagerHeads: words,
      executiveWords: words
    })
  }),
  inScopeDomains: z.array(domain),
  defaultModes: z.record(z.enum(MODE_IDS), verdict),
  contexts: z.record(z.string(), z.object({ title: text, description: text, allow: z.array(domain).optional(), errors: z.array(domain).optional() })),
  rules: z
    .array(
      z.object({
        category: z.string().regex(/^[a-z][a-z0-9-]{0,60}$/, 'must be lower-case letters, digits and dashes'),
        domain,
        title: text,
        noun: text,
        reason: text,
        owner: text,
        instead: text,
        ownerTitles: z.array(regexSource),
        newRole: z.object({ title: text, placement: z.enum(['peer', 'report']) }).optional(),
        fixes: z.array(z.enum(FIXES)),
        modes: modes.optional()
      })
    )
    .min(1)
})

export type PackCheck = { readonly ok: true; readonly pack: RulePack } | { readonly ok: false; readonly problems: readonly PackProblem[] }

/** Validates pack data; `where` names the pack in problems (a file name, say). */
export function checkPack(data: unknown, where: string): PackCheck {
  const parsed = packSchema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((i) => ({
      path: where + i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join(''),
      message: i.message
    }))
    return { ok: false, problems }
  }
  const pack = parsed.data as RulePack
  const seen = new Set<string>()
  const problems: PackProblem[] = []
  pack.rules.forEach((r, i) => {
    if (seen.has(r.domain)) problems.push({ path: `${where}.rules[${i}].domain`, message: `"${r.domain}" has a rule already; one rule per domain` })
    seen.add(r.domain)
  })
  return problems.length ? { ok: false, problems } : { ok: true, pack }
}
