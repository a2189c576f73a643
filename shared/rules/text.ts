// Turns a duty label into comparable words: lower case, one spelling (British and
// American variants meet), plurals and verb endings folded by a small stemmer.
// Patterns go through the same functions, so both sides always agree.

export interface Token {
  /** Lower-cased word as written (spelling variants unified), for prefix patterns. */
  readonly raw: string
  /** Stemmed form, for word patterns. */
  readonly stem: string
  /** The word exactly as written in the label, for evidence. */
  readonly text: string
}

/** Words that carry no meaning for classification; dropping them lets "work with the IT team" match "work with IT". */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'and', 'or', 'with', 'our', 'its', 'their', 'his', 'her', 'my', 'your',
  'on', 'in', 'into', 'at', 'by', 'from', 'as', 'is', 'are', 'be', 'it', 'this', 'that', 'these', 'those',
  'all', 'any', 'etc', 'e', 'g', 'ie', 'eg', 'who', 'which', 'we', 'they', 'so', 'such'
])

const SPELLING: ReadonlyMap<string, string> = new Map([
  ['fulfillment', 'fulfilment'], ['fulfill', 'fulfil'], ['fulfills', 'fulfils'], ['fulfilled', 'fulfiled'],
  ['fulfilling', 'fulfiling'], ['labor', 'labour'], ['program', 'programme'], ['programs', 'programmes'],
  ['center', 'centre'], ['centers', 'centres'], ['catalog', 'catalogue'], ['behavior', 'behaviour'],
  ['inquiry', 'enquiry'], ['inquiries', 'enquiries'], ['defense', 'defence'], ['license', 'licence'],
  ['travelling', 'traveling'], ['modelling', 'modeling']
])

/** American -ize/-yze spellings become -ise/-yse ("optimize" meets "optimise"). */
function unifySpelling(w: string): string {
  const mapped = SPELLING.get(w)
  if (mapped) return mapped
  return w.replace(/([a-z]{3,})(i|y)z(e|es|ed|ing|ation|ations|er|ers)$/, '$1$2s$3')
}

/** Words whose -ing is part of the noun ("marketing" is not "market"). */
const KEEP = new Set(['marketing', 'accounting', 'housing', 'building', 'offering', 'clothing', 'morning', 'evening', 'during', 'ceiling', 'spring', 'programming', 'packaging', 'news', 'station', 'stations', 'parking', 'lighter', 'reserves', 'recycled']) // ('news' is not 'new', 'station' not 'stats', 'parking' not a 'park')

/** A light stemmer: enough to fold plurals, -ing, -ed and -ation; not linguistics. */
export function stem(word: string): string {
  let w = word
  if (w.length <= 3 || KEEP.has(w)) return w
  if (w.endsWith("'s")) w = w.slice(0, -2)
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1)
  if (w.endsWith('ations') || w.endsWith('ation')) w = w.replace(/ations?$/, 'ate')
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3)
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2)
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1)
  // "planning" -> "plann" -> "plan"; "shipped" -> "shipp" -> "ship". A short word in -ll keeps it,
  // so "fill" never meets "file" and "sell" never meets "sel…"; "labelled" still meets "label".
  if (/([bdfgkmnprt])\1$/.test(w) && w.length > 3) w = w.slice(0, -1)
  else if (w.endsWith('ll') && w.length > 5) w = w.slice(0, -1)
  return w
}

/** Ampersand abbreviations that are single ideas. */
const AMPERSAND: ReadonlyMap<string, readonly string[]> = new Map([
  ['r&d', ['rnd']], ['p&l', ['pnl']], ['m&a', ['mna']], ['s&op', ['snop']], ['h&s', ['health', 'safety']]
])
/** Lower-case "it" is a pronoun unless it names a department or its systems. */
const IT_NEXT = new Set([
  'team', 'teams', 'system', 'systems', 'infrastructure', 'support', 'department', 'dept', 'helpdesk',
  'security', 'service', 'services', 'equipment', 'issue', 'issues', 'project', 'projects', 'hardware',
  'network', 'networks', 'manager', 'colleagues', 'staff'
])

interface Word {
  readonly text: string
  readonly lower: string
}

/** Written with a slash but one idea: "A/B test" is a split test. */
const SLASHED: ReadonlyMap<string, string> = new Map([['a/b', 'split']])

const WORD = /\ba\s*\/\s*b\b|[a-z]\s*&\s*[a-z]{1,2}\b|[a-z0-9][a-z0-9'’]*/gi

function words(label: string): Word[] {
  const out: Word[] = []
  // One shared regex (reset per call) instead of a new one per label.
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(label))) {
    let text = m[0]
    // Most words have no apostrophe and no inner space: skip the replaces for them.
    if (text.endsWith("'") || text.endsWith('’')) text = text.replace(/['’]+$/, '')
    let lower = text.toLowerCase()
    if (/[\s’]/.test(lower)) lower = lower.replace(/\s+/g, '').replace(/’/g, "'")
    out.push({ text, lower })
  }
  return out
}

interface Forms {
  readonly raw: string
  readonly stem: string
}

// Labels share most of their words, and spelling + stemming cost several regex runs per word.
const FORMS_LIMIT = 100_000
const forms = new Map<string, Forms>()

function formsOf(lower: string): Forms {
  let f = forms.get(lower)
  if (f) return f
  if (forms.size >= FORMS_LIMIT) forms.clear()
  const raw = unifySpelling(lower)
  f = { raw, stem: stem(raw) }
  forms.set(lower, f)
  return f
}

function push(out: Token[], lower: string, text: string): void {
  const { raw, stem } = formsOf(lower)
  out.push({ raw, stem, text })
}

/** Lower-case "it" is a pronoun unless written "IT" or followed by a word such as "team" or "systems". */
function isIT(ws: readonly Word[], i: number): boolean {
  const w = ws[i]
  return w !== undefined && w.lower === 'it' && (w.text === 'IT' || IT_NEXT.has(ws[i + 1]?.lower ?? ''))
}

/** Index of the first word from `i` on that is not a stop word ("with the IT team" reaches "IT"). */
function nextMeaningful(ws: readonly Word[], i: number): number {
  let j = i
  while (j < ws.length && ws[j].lower !== 'it' && STOP.has(ws[j].lower)) j++
  return j
}

export function tokenize(label: string): Token[] {
  const out: Token[] = []
  const ws = words(label)
  for (let i = 0; i < ws.length; i++) {
    const { text, lower } = ws[i]
    const amp = AMPERSAND.get(lower)
    if (amp) {
      for (const a of amp) push(out, a, text)
      continue
    }
    if (lower.includes('&')) {
      push(out, lower.replace('&', 'n'), text)
      continue
    }
    const slashed = SLASHED.get(lower)
    if (slashed) {
      push(out, slashed, text)
      continue
    }
    if (isIT(ws, i)) {
      push(out, 'infotech', text)
      continue
    }
    // "with IT" is working alongside the IT team, not IT work: the one place "with" is kept.
    if (lower === 'with' && isIT(ws, nextMeaningful(ws, i + 1))) {
      push(out, 'with', text)
      continue
    }
    // Apostrophes are rare: only then run the two replaces.
    const bare = lower.includes("'") ? lower.replace(/'s$/, '').replace(/'/g, '') : lower
    if (!bare || STOP.has(bare)) continue
    push(out, bare, text)
  }
  return out
}

/** Normalised text of a pattern word, the same way label words are treated. */
export function normaliseWord(word: string): { readonly raw: string; readonly stem: string } {
  const raw = unifySpelling(word.toLowerCase())
  return { raw, stem: stem(raw) }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Every spelling one slip from the word: a letter missing, extra, swapped with the next or wrong. */
export function* oneSlipVariants(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    if (i < word.length) yield word.slice(0, i) + word.slice(i + 1)
    if (i < word.length - 1) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    for (const c of LETTERS) {
      yield word.slice(0, i) + c + word.slice(i)
      if (i < word.length) yield word.slice(0, i) + c + word.slice(i + 1)
    }
  }
}
