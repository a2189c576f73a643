// Collapsing and focusing branches as the canvas draws them: which roles are left out,
// what count a collapsed role shows, and that the roles still drawn are laid out again
// without overlaps while the chart itself (its stored positions) is untouched.

import { beforeEach, describe, expect, it } from 'vitest'
import { defaultChart, DEFAULT_OPS_MANAGER_ID } from '@shared/fixtures'
import { generateChart } from '../../../../bench/generate'
import { focusBranch, hiddenRoles, revealRole, toggleCollapsed, useCanvasView, viewOf } from '../../../../renderer/src/state/view'
import { shownChart } from '../../../../renderer/src/canvas/shown-chart'
import { collapseCount } from '../../../../renderer/src/canvas/branch-counts'
import { roleNodeSize } from '@shared/layout/node-size'

const chart = defaultChart()

beforeEach(() => useCanvasView.setState({ byChart: {} }))

describe('collapsing a branch', () => {
  it('hides every role below the collapsed role, and only those', () => {
    toggleCollapsed(chart.id, DEFAULT_OPS_MANAGER_ID)
    const hidden = hiddenRoles(chart, viewOf(chart.id))
    expect([...(hidden ?? [])].sort()).toEqual(['role-logistics', 'role-service', 'role-warehouse'])
    expect(collapseCount(chart, DEFAULT_OPS_MANAGER_ID)).toBe(3)
    expect(collapseCount(chart, 'role-ceo')).toBe(chart.roles.length - 1)
    expect(collapseCount(chart, 'role-hr')).toBe(0)
  })

  it('hides nested branches under an outer collapsed one, all levels counted', () => {
    const big = generateChart(120, { dutiesPerRole: 1 })
    const head = big.roles.find((r) => r.reportsTo === big.roles[0].id)!
    toggleCollapsed(big.id, head.id)
    const shown = shownChart(big, viewOf(big.id), 'down')
    expect(shown.roles.length).toBe(big.roles.length - collapseCount(big, head.id))
    expect(shown.roles.some((r) => r.id === head.id)).toBe(true)
  })

  it('expanding again draws every role at its stored position', () => {
    toggleCollapsed(chart.id, DEFAULT_OPS_MANAGER_ID)
    toggleCollapsed(chart.id, DEFAULT_OPS_MANAGER_ID)
    const shown = shownChart(chart, viewOf(chart.id), 'down')
    expect(shown.hidden).toBeNull()
    expect(shown.roles).toBe(chart.roles)
  })

  it('lays the roles still drawn out again, none overlapping, without touching the chart', () => {
    const big = generateChart(300, { dutiesPerRole: 3 })
    const before = JSON.stringify(big)
    for (const r of big.roles.filter((r) => r.reportsTo === big.roles[0].id).slice(0, 3)) toggleCollapsed(big.id, r.id)
    const { roles } = shownChart(big, viewOf(big.id), 'down')
    const duties = (id: string) => big.duties.filter((d) => d.roleId === id)
    const boxes = roles.map((r) => ({ id: r.id, x: r.x!, y: r.y!, ...roleNodeSize(r, duties(r.id)) }))
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]]
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `${a.id} overlaps ${b.id}`).toBe(false)
      }
    expect(JSON.stringify(big)).toBe(before)
  })
})

describe('focusing a branch', () => {
  it('draws only the focused role and the roles below it, the focused role at the top', () => {
    focusBranch(chart.id, DEFAULT_OPS_MANAGER_ID)
    const { roles } = shownChart(chart, viewOf(chart.id), 'down')
    expect(roles.map((r) => r.id).sort()).toEqual([DEFAULT_OPS_MANAGER_ID, 'role-logistics', 'role-service', 'role-warehouse'].sort())
    const head = roles.find((r) => r.id === DEFAULT_OPS_MANAGER_ID)!
    // Still the chart's own role: it reports where it did, only the canvas leaves the manager out.
    expect(head.reportsTo).toBe('role-ceo')
    expect(roles.every((r) => r.y! >= head.y!)).toBe(true)
  })

  it('combines with collapsed branches inside the focus', () => {
    focusBranch(chart.id, 'role-ceo')
    toggleCollapsed(chart.id, DEFAULT_OPS_MANAGER_ID)
    const { roles } = shownChart(chart, viewOf(chart.id), 'down')
    expect(roles.length).toBe(chart.roles.length - 3)
  })

  it('a focus on a role that no longer exists shows the whole chart', () => {
    focusBranch(chart.id, 'role-gone')
    expect(shownChart(chart, viewOf(chart.id), 'down').roles).toBe(chart.roles)
  })
})

describe('revealing a role asked for elsewhere (Findings, search)', () => {
  it('expands the collapsed managers above it and leaves a focus it is outside of', () => {
    toggleCollapsed(chart.id, 'role-ceo')
    toggleCollapsed(chart.id, DEFAULT_OPS_MANAGER_ID)
    toggleCollapsed(chart.id, 'role-hr')
    revealRole(chart, 'role-warehouse')
    expect([...viewOf(chart.id).collapsed]).toEqual(['role-hr'])
    focusBranch(chart.id, 'role-hr')
    revealRole(chart, 'role-warehouse')
    expect(viewOf(chart.id).focusBranch).toBeNull()
  })

  it('keeps a focus the role lies inside', () => {
    focusBranch(chart.id, DEFAULT_OPS_MANAGER_ID)
    revealRole(chart, 'role-warehouse')
    expect(viewOf(chart.id).focusBranch).toBe(DEFAULT_OPS_MANAGER_ID)
  })
})
