// Synthetic org charts for the benchmark: a management tree with a realistic span of
// control, ten cards per role taken from the built-in Library, and a share of
// out-of-scope work on the Operations Managers so the rules have something to say.
// Seeded, so every run and every machine measures the same chart.

import type { Chart, Duty, Role } from '../shared/model/chart'
import { CATALOGUE } from '../shared/catalogue/cards'
import type { CatalogueCard } from '../shared/catalogue/types'
import { placeUnplacedRoles } from '../shared/layout/place-unplaced'

export interface GenerateOptions {
  readonly seed?: number
  readonly dutiesPerRole?: number
  /** Share of the cards on Operations Manager roles that lie outside their scope. */
  readonly outOfScopeShare?: number
  /**
   * Share of cards kept exactly as in the Library (same label and card id on many roles);
   * the others are named for the role's own unit ("…, Leeds 2"), as a team writes them.
   */
  readonly sharedShare?: number
  readonly minSpan?: number
  readonly maxSpan?: number
}

/** Small, fast, seedable PRNG (mulberry32): same seed, same chart. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Branches under the CEO, in order (a CEO has 4-8 reports, so the first four always exist).
 * Operations is split in two branches, as it is usually the largest part of a company.
 */
const FUNCTIONS = [
  { name: 'Finance', ops: false, head: 'Finance Manager', manager: 'Finance Team Lead', member: 'Financial Analyst', groups: ['Finance', 'Legal', 'Administration'] },
  { name: 'Operations', ops: true, head: 'Operations Manager', manager: 'Regional Operations Manager', member: 'Logistics Coordinator', groups: [] },
  { name: 'Customer Operations', ops: true, head: 'Customer Operations Manager', manager: 'Regional Operations Manager', member: 'Customer Service Agent', groups: [] },
  { name: 'Sales', ops: false, head: 'Sales Manager', manager: 'Regional Sales Lead', member: 'Account Executive', groups: ['Sales'] },
  { name: 'Human Resources', ops: false, head: 'HR Manager', manager: 'HR Team Lead', member: 'HR Advisor', groups: ['Human Resources'] },
  { name: 'Marketing', ops: false, head: 'Marketing Manager', manager: 'Marketing Team Lead', member: 'Marketing Specialist', groups: ['Marketing', 'Public Relations'] },
  { name: 'IT', ops: false, head: 'IT Lead', manager: 'IT Team Lead', member: 'Systems Engineer', groups: ['IT', 'Software Development'] },
  { name: 'Product', ops: false, head: 'Product Manager', manager: 'Product Team Lead', member: 'Product Designer', groups: ['Product', 'Engineering', 'R&D'] }
] as const

const DUTY_CARDS = CATALOGUE.filter((c) => c.kind === 'duty')
const IN_SCOPE = DUTY_CARDS.filter((c) => c.category === 'operations')
const OUT_OF_SCOPE = DUTY_CARDS.filter((c) => c.category !== 'operations')

interface Draft {
  readonly id: string
  readonly parent: string | null
  readonly depth: number
  readonly branch: number
  children: Draft[]
}

/** Breadth-first: every manager gets minSpan..maxSpan reports until the size is reached (the last one may get fewer). */
function buildTree(size: number, rand: () => number, minSpan: number, maxSpan: number): Draft[] {
  const all: Draft[] = [{ id: 'r0', parent: null, depth: 0, branch: -1, children: [] }]
  const queue = [all[0]]
  while (all.length < size) {
    const boss = queue.shift()!
    const span = Math.min(minSpan + Math.floor(rand() * (maxSpan - minSpan + 1)), size - all.length)
    for (let i = 0; i < span; i++) {
      const branch = boss.depth === 0 ? i % FUNCTIONS.length : boss.branch
      const child: Draft = { id: `r${all.length}`, parent: boss.id, depth: boss.depth + 1, branch, children: [] }
      boss.children.push(child)
      all.push(child)
      queue.push(child)
    }
  }
  return all
}

function titleOf(d: Draft): string {
  if (d.depth === 0) return 'CEO'
  const f = FUNCTIONS[d.branch]
  if (d.depth === 1) return f.head
  if (d.children.length === 0) return f.member
  return f.ops && d.depth > 2 ? 'Site Operations Manager' : f.manager
}

const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)]

/** `count` items in random order, without repeats until the list runs out. */
function pickDistinct<T>(list: readonly T[], count: number, rand: () => number): T[] {
  const out: T[] = []
  while (out.length < count) {
    const deck = [...list]
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[deck[i], deck[j]] = [deck[j], deck[i]]
    }
    out.push(...deck.slice(0, count - out.length))
  }
  return out
}

function cardsFor(d: Draft, isOpsManager: boolean): readonly CatalogueCard[] {
  if (d.depth === 0) return DUTY_CARDS.filter((c) => c.category === 'strategy-vision' || c.category === 'investor-relations')
  const groups: readonly string[] = FUNCTIONS[d.branch].groups
  if (isOpsManager || groups.length === 0) return IN_SCOPE
  return DUTY_CARDS.filter((c) => groups.includes(c.group))
}

/** Which of a role's card slots hold out-of-scope work: round(share × count) of them, at random. */
function outOfScopeSlots(count: number, share: number, rand: () => number): Set<number> {
  const want = Math.min(count, Math.round(share * count))
  const slots = new Set<number>()
  while (slots.size < want) slots.add(Math.floor(rand() * count))
  return slots
}

const PLACES = ['Leeds', 'Porto', 'Lyon', 'Gdansk', 'Tampere', 'Bilbao', 'Graz', 'Ghent', 'Brno', 'Aarhus', 'Turin', 'Cork']

/** Name of a role's unit, distinct per role: "Leeds", …, "Cork", "Leeds 2", … */
function unitName(index: number): string {
  const round = Math.floor(index / PLACES.length)
  return `${PLACES[index % PLACES.length]}${round ? ` ${round + 1}` : ''}`
}

const PEOPLE = ['Ada', 'Ben', 'Chen', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Mei', 'Nils', 'Omar', 'Priya']
const SURNAMES = ['Lane', 'Ortiz', 'Wu', 'Kim', 'Novak', 'Haddad', 'Petrov', 'Sato', 'Mensah', 'Rossi', 'Fischer', 'Okafor']

/** A chart of `size` roles (≥ 1) with `dutiesPerRole` cards each, ids `r<n>` and `d<n>`. */
export function generateChart(size: number, options: GenerateOptions = {}): Chart {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A chart needs at least one role; got ${size}.`)
  const rand = seededRandom(options.seed ?? 20261125)
  const perRole = options.dutiesPerRole ?? 10
  const share = options.outOfScopeShare ?? 0.1
  const shared = options.sharedShare ?? 0.05
  const drafts = buildTree(size, rand, options.minSpan ?? 4, options.maxSpan ?? 8)
  const roles: Role[] = []
  const duties: Duty[] = []
  drafts.forEach((d, index) => {
    const unit = unitName(index)
    const title = titleOf(d)
    const opsManager = d.branch >= 0 && FUNCTIONS[d.branch].ops && d.children.length > 0
    roles.push({ id: d.id, title, person: `${pick(PEOPLE, rand)} ${pick(SURNAMES, rand)}`, reportsTo: d.parent })
    const cards = pickDistinct(cardsFor(d, opsManager), perRole, rand)
    const misplaced = opsManager ? outOfScopeSlots(perRole, share, rand) : new Set<number>()
    for (let i = 0; i < perRole; i++) {
      const card = misplaced.has(i) ? pick(OUT_OF_SCOPE, rand) : cards[i]
      const base = { id: `d${duties.length}`, kind: card.kind, roleId: d.id, category: card.category, group: card.group }
      duties.push(rand() < shared ? { ...base, label: card.label, cardId: card.id } : { ...base, label: `${card.label}, ${unit}` })
    }
  })
  // Positioned by the app's own layout, as a chart is after Auto layout.
  return placeUnplacedRoles({ id: `bench-${size}`, title: `Benchmark org (${size} roles)`, roles, duties, exceptions: [] })
}
