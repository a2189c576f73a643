import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Chart, Duty, Role } from '@shared/model/chart'
import { applyDiff, type Diff, invertDiff } from '@shared/ops/diff'
import { applyOp, type Op } from '@shared/ops/operations'
import { createLinter, lintChart, RULES } from '@shared/rules/lint'
import { baseRoles, makeChart, opsHolding } from './fixtures'


/** Applies the edits one by one (skipping refused ones); after each, the incremental linter must equal a fresh lint. */
function expectIncrementalMatchesFull(start: Chart, ops: readonly Op[]): void {
  const linter = createLinter()
  let chart = start
  linter.lint(chart)
  for (const op of ops) {
    try {
      chart = applyOp(chart, op).chart
    } catch {
      continue
    }
    expect(linter.lint(chart)).toEqual(lintChart(chart))
  }
}

describe('RULES', () => {
  it('lists sixteen scope rules, the "Check this card" note and three structure rules with unique ids', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(20)
    expect(ids.filter((id) => id.startsWith('ops-manager/'))).toHaveLength(16)
    expect(ids).toEqual(expect.arrayContaining(['check-card', 'manager-holds-report-duty', 'unassigned-duty', 'duplicate-duty']))
    for (const r of RULES) expect(Object.keys(r.messages).length).toBeGreaterThan(0)
  })
})

describe('lintChart with accepted exceptions', () => {
  const chart = opsHolding(['Negotiate salaries', 'Run payroll'])

  it('moves a matched finding to accepted, with its exception', () => {
    const exception = { ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'd1', note: 'Small site: no HR yet' }
    const result = lintChart({ ...chart, exceptions: [exception] })
    expect(result.findings.map((f) => f.dutyId)).toEqual(['d2'])
    expect(result.accepted).toMatchObject([{ finding: { dutyId: 'd1' }, exception }])
    expect(result.stale).toEqual([])
  })

  it('reports exceptions that match no finding as stale', () => {
    const gone = { ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'nope', note: 'old' }
    const wrongRole = { ruleId: 'ops-manager/hr-beyond-operations', roleId: 'sup', dutyId: 'd1', note: 'moved' }
    const result = lintChart({ ...chart, exceptions: [gone, wrongRole] })
    expect(result.findings).toHaveLength(2)
    expect(result.stale).toEqual([gone, wrongRole])
  })

  it('an exception goes stale once the duty is moved away', () => {
    const exception = { ruleId: 'ops-manager/hr-beyond-operations', roleId: 'ops', dutyId: 'd1', note: 'ok' }
    const moved = applyOp({ ...chart, exceptions: [exception] }, { type: 'assignDuty', dutyId: 'd1', roleId: 'sup' }).chart
    expect(lintChart(moved).stale).toEqual([exception])
  })
})

describe('createLinter', () => {
  it('returns the same result object for an unchanged chart', () => {
    const linter = createLinter()
    const chart = opsHolding(['Negotiate salaries'])
    expect(linter.lint(chart)).toBe(linter.lint(chart))
  })

  const labels = ['Negotiate salaries', 'Schedule shifts', 'Data entry', 'Plan routes', 'plan  ROUTES', 'Sell products', 'Misc']
  const roles: readonly Role[] = [...baseRoles, { id: 'pl', title: 'Planner', reportsTo: 'ceo' }, { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' }]
  const roleIds = [null, ...roles.map((r) => r.id)]
  const start: Chart = makeChart(
    roles,
    labels.map((label, i): Duty => ({ id: `d${i}`, label, roleId: roleIds[i % roleIds.length] })),
    [{ ruleId: 'duplicate-duty', roleId: 'pl', dutyId: 'd3', note: 'shared on purpose' }]
  )
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ type: fc.constant('assignDuty' as const), dutyId: fc.constantFrom(...start.duties.map((d) => d.id)), roleId: fc.constantFrom(...roleIds) }),
    fc.record({ type: fc.constant('updateDuty' as const), dutyId: fc.constantFrom(...start.duties.map((d) => d.id)), patch: fc.record({ label: fc.constantFrom(...labels) }) }),
    fc.record({ type: fc.constant('addDuty' as const), duty: fc.record({ id: fc.constantFrom('n1', 'n2'), label: fc.constantFrom(...labels), roleId: fc.constantFrom(...roleIds) }) }),
    fc.record({ type: fc.constant('removeDuty' as const), dutyId: fc.constantFrom('d1', 'd3', 'n1') }),
    fc.record({ type: fc.constant('updateRole' as const), roleId: fc.constantFrom('pl', 'sup'), patch: fc.record({ title: fc.constantFrom('Planner', 'Operations Lead', 'HR Partner') }) })
  )

  it('after any sequence of edits, gives exactly what a fresh lint gives', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        expectIncrementalMatchesFull(start, ops)
      }),
      { numRuns: 150 }
    )
  })

  it('after edits to catalogue cards shared along a reporting chain, gives exactly what a fresh lint gives', () => {
    // Duties from the same card are one group even when relabelled, and manager/report pairs depend on each other.
    const chain: readonly Role[] = [...baseRoles, { id: 'clerk', title: 'Clerk', reportsTo: 'sup' }, { id: 'hr', title: 'HR Manager', reportsTo: 'ceo' }]
    const ids = [null, ...chain.map((r) => r.id)]
    const cards = ['card-a', 'card-b']
    const first: Chart = makeChart(
      chain,
      Array.from({ length: 10 }, (_, i): Duty => ({ id: `c${i}`, label: labels[i % 3], cardId: cards[i % 2], category: i % 4 ? 'hr-beyond-operations' : 'operations', roleId: ids[i % ids.length] })),
      [{ ruleId: 'duplicate-duty', roleId: 'hr', dutyId: 'c5', note: 'shared on purpose' }]
    )
    const dutyIds = first.duties.map((d) => d.id)
    const edit: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ type: fc.constant('assignDuty' as const), dutyId: fc.constantFrom(...dutyIds), roleId: fc.constantFrom(...ids) }),
      fc.record({ type: fc.constant('updateDuty' as const), dutyId: fc.constantFrom(...dutyIds), patch: fc.record({ label: fc.constantFrom(...labels) }) }),
      fc.record({ type: fc.constant('addDuty' as const), duty: fc.record({ id: fc.constantFrom('n1', 'n2'), label: fc.constantFrom(...labels), cardId: fc.constantFrom(...cards), roleId: fc.constantFrom(...ids) }) }),
      fc.record({ type: fc.constant('removeDuty' as const), dutyId: fc.constantFrom('c1', 'c4', 'n1') }),
      fc.record({ type: fc.constant('updateRole' as const), roleId: fc.constantFrom('clerk', 'sup'), patch: fc.record({ reportsTo: fc.constantFrom('ops', 'sup', 'ceo') }) })
    )
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (ops) => {
        expectIncrementalMatchesFull(first, ops)
      }),
      { numRuns: 150 }
    )
  })

  it('after undoing edits and after duties change order, gives exactly what a fresh lint gives', () => {
    // Undoing a removal puts the duty back in its place; a reorder changes which copy of a duty comes first.
    type Step = { readonly op: Op } | { readonly undo: true } | { readonly swap: readonly [number, number] }
    const step: fc.Arbitrary<Step> = fc.oneof(
      opArb.map((op) => ({ op })),
      fc.constant({ undo: true as const }),
      fc.tuple(fc.nat(8), fc.nat(8)).map((swap) => ({ swap }))
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const linter = createLinter()
        let chart = start
        const done: Diff[] = []
        linter.lint(chart)
        for (const s of steps) {
          if ('op' in s) {
            try {
              const r = applyOp(chart, s.op)
              chart = r.chart
              done.push(r.diff)
            } catch {
              continue
            }
          } else if ('undo' in s) {
            const last = done.pop()
            if (!last) continue
            chart = applyDiff(chart, invertDiff(last))
          } else {
            const [i, j] = s.swap.map((k) => k % chart.duties.length)
            const duties = [...chart.duties]
            ;[duties[i], duties[j]] = [duties[j], duties[i]]
            chart = { ...chart, duties }
            done.length = 0
          }
          expect(linter.lint(chart)).toEqual(lintChart(chart))
        }
      }),
      { numRuns: 150 }
    )
  })

  it('handles a large chart incrementally with the same answer as a full lint (size check, not timed)', () => {
    const bigRoles: Role[] = [{ id: 'r0', title: 'CEO', reportsTo: null }]
    for (let i = 1; i < 400; i++) bigRoles.push({ id: `r${i}`, title: i % 10 === 0 ? 'Operations Manager' : 'Team Lead', reportsTo: `r${Math.floor((i - 1) / 4)}` })
    const bigDuties: Duty[] = []
    for (let i = 0; i < 4000; i++) bigDuties.push({ id: `d${i}`, label: labels[i % labels.length], roleId: i % 17 === 0 ? null : `r${i % 400}` })
    let chart = makeChart(bigRoles, bigDuties)
    const linter = createLinter()
    linter.lint(chart)
    for (let k = 0; k < 5; k++) chart = applyOp(chart, { type: 'assignDuty', dutyId: `d${k * 31}`, roleId: `r${k * 10}` }).chart
    const result = linter.lint(chart)
    expect(result).toEqual(lintChart(chart))
    expect(result.findings.some((f) => f.ruleId === 'ops-manager/hr-beyond-operations')).toBe(true)
  })
})
