// Live-region announcements: new work on a role and warnings that were not there
// before (by fingerprint); bulk edits read as one short line.

import { describe, expect, it } from 'vitest'
import type { Chart } from '@shared/model/chart'
import { announcementText, describeChange, NO_CHANGES } from '@shared/workshop/announcements'
import { chart, finding, lint } from './fixtures'

const withDuty = (c: Chart, id: string, label: string, roleId: string | null): Chart => ({ ...c, duties: [...c.duties, { id, label, roleId }] })
const salaries = finding('d1', 'ops', 'warning', 'HR')
const press = finding('d2', 'ops', 'warning', 'PR / communications')
const hiring = finding('d5', 'ops', 'warning', 'HR')

describe('describeChange', () => {
  it('reports a card given to a role and the warning it brings', () => {
    const next = withDuty(chart, 'd5', 'Negotiate salaries with candidates', 'ops')
    const events = describeChange(chart, next, lint(salaries), lint(salaries, hiring))
    expect(events.assignments).toEqual([{ dutyLabel: 'Negotiate salaries with candidates', roleTitle: 'Operations Manager' }])
    expect(events.newWarnings).toEqual([
      { fingerprint: hiring.fingerprint, dutyLabel: 'Negotiate salaries with candidates', roleTitle: 'Operations Manager', message: hiring.message, owner: 'HR' }
    ])
  })

  it('reports a duty moved to another role, but not work that lost its holder', () => {
    const next: Chart = { ...chart, duties: chart.duties.map((d) => (d.id === 'd1' ? { ...d, roleId: 'hr' } : d.id === 'd2' ? { ...d, roleId: null } : d)) }
    expect(describeChange(chart, next, lint(), lint()).assignments).toEqual([{ dutyLabel: 'Negotiate salaries', roleTitle: 'HR Manager' }])
  })

  it('does not call a warning new when it was already there, only in another position', () => {
    expect(describeChange(chart, chart, lint(salaries, press), lint(press, salaries)).newWarnings).toEqual([])
  })

  it('ignores findings that are not warnings', () => {
    expect(describeChange(chart, chart, lint(), lint(finding(undefined, 'ceo', 'info'))).newWarnings).toEqual([])
  })

  it('says nothing when another chart is shown', () => {
    const other = { ...withDuty(chart, 'd9', 'Lobby ministers', 'ops'), id: 'c2' }
    expect(describeChange(chart, other, lint(), lint(salaries))).toBe(NO_CHANGES)
  })
})

describe('describeChange over several edits at once', () => {
  it('reads two quick drops as both assignments and both new warnings, and a card given and taken back as nothing', () => {
    const one = withDuty(chart, 'd5', 'Negotiate salaries with candidates', 'ops')
    const two = withDuty(one, 'd6', 'Write press releases', 'ops')
    const pressOnOps = finding('d6', 'ops', 'warning', 'PR / communications')
    const events = describeChange(chart, two, lint(salaries), lint(salaries, hiring, pressOnOps))
    expect(events.assignments.map((a) => a.dutyLabel)).toEqual(['Negotiate salaries with candidates', 'Write press releases'])
    expect(events.newWarnings.map((w) => w.fingerprint)).toEqual([hiring.fingerprint, pressOnOps.fingerprint])
    const back = { ...two, duties: two.duties.filter((d) => d.id !== 'd6') }
    expect(describeChange(one, back, lint(salaries, hiring), lint(salaries, hiring))).toEqual({ assignments: [], newWarnings: [] })
  })
})

describe('announcementText', () => {
  const warning = (n: number) => ({ fingerprint: `w${n}`, dutyLabel: `Duty ${n}`, roleTitle: 'Operations Manager', message: `m${n}`, owner: 'HR' })

  it('names a single assignment and a single new warning with its usual owner', () => {
    const text = announcementText({ assignments: [{ dutyLabel: 'Negotiate salaries', roleTitle: 'Operations Manager' }], newWarnings: [warning(1)] })
    expect(text).toBe('“Negotiate salaries” is now with Operations Manager. New warning: Duty 1 on Operations Manager — usually owned by HR.')
  })

  it('summarises a bulk edit in one line, naming only the first warnings', () => {
    const assignments = Array.from({ length: 7 }, (_, i) => ({ dutyLabel: `Duty ${i}`, roleTitle: 'Operations Manager' }))
    const text = announcementText({ assignments, newWarnings: [warning(1), warning(2), warning(3), warning(4)] })
    expect(text).toBe('7 cards assigned. New warnings (4): Duty 1 on Operations Manager — usually owned by HR; Duty 2 on Operations Manager — usually owned by HR; and 2 more.')
    expect(text.split('\n')).toHaveLength(1)
  })

  it('uses the finding message for a warning about a role rather than a duty', () => {
    expect(announcementText({ assignments: [], newWarnings: [{ fingerprint: 'r', dutyLabel: '', roleTitle: 'CEO', message: 'CEO has no reports' }] })).toBe('New warning: CEO has no reports.')
  })

  it('is empty when nothing happened', () => {
    expect(announcementText(NO_CHANGES)).toBe('')
  })
})
