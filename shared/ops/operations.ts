// Edit operations: the one way to change a chart. Each is plain data; applyOp turns
// it into a diff against the current chart (and so into its own inverse).

import type { AcceptedException, Chart, Duty, LibraryCard, Role } from '../model/chart'
import { exceptionKey } from '../model/chart'
import type { ChartRuleSettings } from '../model/rule-settings'
import { indexChart } from '../model/index-chart'
import { editProblem } from '../format/edit-rules'
import { applyDiff, type Change, concatDiffs, type Diff, EMPTY_DIFF } from './diff'

export type RolePatch = Partial<Omit<Role, 'id'>>
export type DutyPatch = Partial<Omit<Duty, 'id'>>

export type Op =
  | { readonly type: 'renameChart'; readonly title: string }
  | { readonly type: 'setRuleSettings'; readonly rules: ChartRuleSettings }
  | { readonly type: 'addRole'; readonly role: Role }
  | { readonly type: 'updateRole'; readonly roleId: string; readonly patch: RolePatch }
  | { readonly type: 'moveRoles'; readonly positions: readonly { id: string; x: number; y: number }[] }
  | { readonly type: 'setReportsTo'; readonly roleId: string; readonly reportsTo: string | null }
  | { readonly type: 'removeRole'; readonly roleId: string }
  | { readonly type: 'addDuty'; readonly duty: Duty }
  | { readonly type: 'updateDuty'; readonly dutyId: string; readonly patch: DutyPatch }
  | { readonly type: 'assignDuty'; readonly dutyId: string; readonly roleId: string | null }
  | { readonly type: 'removeDuty'; readonly dutyId: string }
  | { readonly type: 'acceptException'; readonly exception: AcceptedException }
  | { readonly type: 'removeException'; readonly key: string }
  | { readonly type: 'addCard'; readonly card: LibraryCard }
  | { readonly type: 'removeCard'; readonly cardId: string }

export type OpType = Op['type']

/** An edit that cannot apply to this chart (unknown id, a cycle…): the chart is unchanged. */
export class OpError extends Error {
  override name = 'OpError'
}

export interface OpResult {
  readonly chart: Chart
  readonly diff: Diff
}

const change = <T>(id: string, before: T | null, after: T | null): Change<T> => ({ id, before, after })

/** A removal remembers its position so undo restores the order. */
const removal = <T>(id: string, before: T, list: readonly T[]): Change<T> => ({ id, before, after: null, at: list.indexOf(before) })

function roleOf(chart: Chart, id: string): Role {
  const r = indexChart(chart).roleById.get(id)
  if (!r) throw new OpError(`No role with id "${id}" in this chart.`)
  return r
}

function dutyOf(chart: Chart, id: string): Duty {
  const d = indexChart(chart).dutyById.get(id)
  if (!d) throw new OpError(`No duty with id "${id}" in this chart.`)
  return d
}

/** Drops keys set to undefined so patches can clear optional fields. */
function merge<T extends object>(base: T, patch: object): T {
  const out = { ...base, ...patch } as Record<string, unknown>
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
  return out as T
}

function wouldCycle(chart: Chart, roleId: string, managerId: string): boolean {
  const { roleById } = indexChart(chart)
  let cur: string | null | undefined = managerId
  for (let steps = 0; cur && steps <= chart.roles.length; steps++) {
    if (cur === roleId) return true
    cur = roleById.get(cur)?.reportsTo
  }
  return false
}

function diffOf(chart: Chart, op: Op): Diff {
  switch (op.type) {
    case 'renameChart':
      return { ...EMPTY_DIFF, title: { before: chart.title, after: op.title } }
    case 'setRuleSettings':
      return { ...EMPTY_DIFF, rules: { before: chart.rules ?? {}, after: op.rules } }
    case 'addRole': {
      if (indexChart(chart).roleById.has(op.role.id)) throw new OpError(`A role with id "${op.role.id}" already exists.`)
      if (op.role.reportsTo) roleOf(chart, op.role.reportsTo)
      return { ...EMPTY_DIFF, roles: [change(op.role.id, null, op.role)] }
    }
    case 'updateRole': {
      const before = roleOf(chart, op.roleId)
      if ('reportsTo' in op.patch) return diffOf(chart, { type: 'setReportsTo', roleId: op.roleId, reportsTo: op.patch.reportsTo ?? null })
      return { ...EMPTY_DIFF, roles: [change(before.id, before, merge(before, op.patch))] }
    }
    case 'moveRoles':
      return {
        ...EMPTY_DIFF,
        roles: op.positions.map((p) => {
          const before = roleOf(chart, p.id)
          return change(p.id, before, { ...before, x: p.x, y: p.y })
        })
      }
    case 'setReportsTo': {
      const before = roleOf(chart, op.roleId)
      if (op.reportsTo !== null) {
        roleOf(chart, op.reportsTo)
        if (wouldCycle(chart, op.roleId, op.reportsTo)) {
          throw new OpError(`"${before.title}" cannot report to one of its own reports: that would make a loop.`)
        }
      }
      return { ...EMPTY_DIFF, roles: [change(before.id, before, merge(before, { reportsTo: op.reportsTo }))] }
    }
    case 'removeRole': {
      const role = roleOf(chart, op.roleId)
      const index = indexChart(chart)
      const reports = index.reportsOf.get(role.id) ?? []
      const duties = index.dutiesByRole.get(role.id) ?? []
      return {
        roles: [
          ...reports.map((r) => change(r.id, r, merge(r, { reportsTo: role.reportsTo ?? null }))),
          removal(role.id, role, chart.roles)
        ],
        // Work is never deleted with its role: it goes back to the unassigned pile.
        duties: duties.map((d) => change(d.id, d, merge(d, { roleId: null }))),
        exceptions: chart.exceptions.filter((e) => e.roleId === role.id).map((e) => removal(exceptionKey(e), e, chart.exceptions))
      }
    }
    case 'addDuty': {
      if (indexChart(chart).dutyById.has(op.duty.id)) throw new OpError(`A duty with id "${op.duty.id}" already exists.`)
      if (op.duty.roleId) roleOf(chart, op.duty.roleId)
      return { ...EMPTY_DIFF, duties: [change(op.duty.id, null, op.duty)] }
    }
    case 'updateDuty': {
      const before = dutyOf(chart, op.dutyId)
      if (op.patch.roleId) roleOf(chart, op.patch.roleId)
      return { ...EMPTY_DIFF, duties: [change(before.id, before, merge(before, op.patch))] }
    }
    case 'assignDuty': {
      const before = dutyOf(chart, op.dutyId)
      if (op.roleId) roleOf(chart, op.roleId)
      return { ...EMPTY_DIFF, duties: [change(before.id, before, merge(before, { roleId: op.roleId }))] }
    }
    case 'removeDuty': {
      const duty = dutyOf(chart, op.dutyId)
      return {
        ...EMPTY_DIFF,
        duties: [removal(duty.id, duty, chart.duties)],
        exceptions: chart.exceptions.filter((e) => e.dutyId === duty.id).map((e) => removal(exceptionKey(e), e, chart.exceptions))
      }
    }
    case 'acceptException': {
      if (!op.exception.note.trim()) throw new OpError('An accepted exception needs a note saying why.')
      const key = exceptionKey(op.exception)
      const before = chart.exceptions.find((e) => exceptionKey(e) === key) ?? null
      return { ...EMPTY_DIFF, exceptions: [change(key, before, op.exception)] }
    }
    case 'removeException': {
      const before = chart.exceptions.find((e) => exceptionKey(e) === op.key)
      if (!before) throw new OpError('That accepted exception is no longer in the chart.')
      return { ...EMPTY_DIFF, exceptions: [removal(op.key, before, chart.exceptions)] }
    }
    case 'addCard': {
      const cards = chart.cards ?? []
      if (cards.some((c) => c.id === op.card.id)) throw new OpError(`A Library card with id "${op.card.id}" already exists.`)
      if (!op.card.label.trim()) throw new OpError('A Library card needs some text.')
      return { ...EMPTY_DIFF, cards: [change(op.card.id, null, op.card)] }
    }
    case 'removeCard': {
      const cards = chart.cards ?? []
      const card = cards.find((c) => c.id === op.cardId)
      if (!card) throw new OpError(`No Library card with id "${op.cardId}" in this chart.`)
      return { ...EMPTY_DIFF, cards: [removal(card.id, card, cards)] }
    }
  }
}

/** The same limits a chart file is held to, so every chart the app makes can be saved and reopened. */
function checkLimits(before: Chart, after: Chart, diff: Diff): void {
  const problem = editProblem(before, after, diff)
  if (problem) throw new OpError(problem)
}

export function applyOp(chart: Chart, op: Op): OpResult {
  const diff = diffOf(chart, op)
  const next = applyDiff(chart, diff)
  checkLimits(chart, next, diff)
  return { chart: next, diff }
}

/** Applies several operations as one edit (one undo step); all or nothing. */
export function applyOps(chart: Chart, ops: readonly Op[]): OpResult {
  let cur = chart
  let diff: Diff = EMPTY_DIFF
  for (const op of ops) {
    const r = applyOp(cur, op)
    cur = r.chart
    diff = concatDiffs(diff, r.diff)
  }
  return { chart: cur, diff }
}
