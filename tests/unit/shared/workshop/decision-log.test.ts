// The decision log: each decision keeps the names it was taken under, parked findings
// stay listed only while they are open, and the Markdown handout shows every decision.

import { describe, expect, it } from 'vitest'
import { decisionLogMarkdown, makeDecision, markdownText, parkedStillOpen } from '@shared/workshop/decision-log'
import { chart, finding } from './fixtures'

const at = (minute: number) => new Date(Date.UTC(2025, 2, 14, 9, minute)).toISOString()
const time = (iso: string) => iso.slice(11, 16)

const salaries = finding('d1', 'ops', 'warning', 'HR')
const press = finding('d2', 'ops', 'warning', 'PR / communications')
const hiring = finding('d4', null)

describe('makeDecision', () => {
  it('copies role title, duty label, rule and fingerprint from the chart before the change', () => {
    const d = makeDecision(salaries, chart, 'applied', at(1), { suggestionTitle: 'Move to HR Manager' })
    expect(d).toEqual({
      at: at(1),
      kind: 'applied',
      findingFingerprint: salaries.fingerprint,
      ruleId: salaries.ruleId,
      roleTitle: 'Operations Manager',
      dutyLabel: 'Negotiate salaries',
      message: salaries.message,
      suggestionTitle: 'Move to HR Manager'
    })
  })

  it('leaves the role empty for work held by nobody and omits empty extras', () => {
    const d = makeDecision(hiring, chart, 'parked', at(2), { note: '' })
    expect(d.roleTitle).toBe('')
    expect(d.dutyLabel).toBe('Recruit new hires')
    expect('note' in d).toBe(false)
    expect('suggestionTitle' in d).toBe(false)
  })
})

describe('parkedStillOpen', () => {
  const parkedSalaries = makeDecision(salaries, chart, 'parked', at(1))
  const parkedPress = makeDecision(press, chart, 'parked', at(2))

  it('lists parked findings that are still open', () => {
    const open = new Set([salaries.fingerprint, press.fingerprint])
    expect(parkedStillOpen([parkedSalaries, parkedPress], open)).toEqual([parkedSalaries, parkedPress])
  })

  it('drops a parked finding once a later decision settled it', () => {
    const accepted = makeDecision(salaries, chart, 'accepted', at(3), { note: 'Small company' })
    expect(parkedStillOpen([parkedSalaries, parkedPress, accepted], new Set([press.fingerprint, salaries.fingerprint]))).toEqual([parkedPress])
  })

  it('drops a parked finding that no longer occurs (fixed by other means)', () => {
    expect(parkedStillOpen([parkedSalaries, parkedPress], new Set([press.fingerprint]))).toEqual([parkedPress])
  })

  it('keeps a finding parked again after it was reopened', () => {
    const accepted = makeDecision(salaries, chart, 'accepted', at(3), { note: 'x' })
    const again = makeDecision(salaries, chart, 'parked', at(4))
    expect(parkedStillOpen([parkedSalaries, accepted, again], new Set([salaries.fingerprint]))).toEqual([again])
  })
})

describe('decisionLogMarkdown', () => {
  const applied = makeDecision(salaries, chart, 'applied', at(5), { suggestionTitle: 'Move to HR Manager' })
  const accepted = makeDecision(press, chart, 'accepted', at(7), { note: 'Small company: Daniel\nalso writes the newsletter' })
  const parked = makeDecision(hiring, chart, 'parked', at(9))
  const md = decisionLogMarkdown('Northwind', [applied, accepted, parked], [parked], { date: new Date(2025, 2, 14), time })

  it('starts with the chart title, the date and the counts of each kind', () => {
    const [title, , date, , counts] = md.split('\n')
    expect(title).toBe('# Decision log: Northwind')
    expect(date).toBe('Date: 2025-03-14')
    expect(counts).toBe('1 suggestion applied, 1 accepted as exception, 1 parked for later.')
  })

  it('puts each applied suggestion in a table row with the change made', () => {
    const section = md.split('## Suggestions applied')[1].split('##')[0]
    expect(section).toContain('| Time | Work | Role | Finding | Change made |')
    expect(section).toContain(`| 09:05 | Negotiate salaries | Operations Manager | ${salaries.message} | Move to HR Manager |`)
  })

  it('puts each accepted exception in a table row with its note on one line', () => {
    const section = md.split('## Accepted as exceptions')[1].split('##')[0]
    expect(section).toContain(`| 09:07 | Write press releases | Operations Manager | ${press.message} | Small company: Daniel also writes the newsletter |`)
  })

  it('lists parked findings under "Parked for later", with the work held by nobody named as such', () => {
    const section = md.split('## Parked for later')[1]
    expect(section).toContain(`- Recruit new hires — held by nobody: ${hiring.message} (parked at 09:09)`)
  })

  it('does not list a parked entry of the log that is no longer parked', () => {
    const settled = decisionLogMarkdown('Northwind', [parked], [], { time })
    expect(settled).toContain('Nothing parked.')
    expect(settled).not.toContain('Recruit new hires')
  })

  it('says "None." for a kind without decisions', () => {
    const onlyParked = decisionLogMarkdown('Northwind', [parked], [parked], { time })
    expect(onlyParked.split('## Suggestions applied')[1].split('##')[0].trim()).toBe('None.')
    expect(onlyParked.split('## Accepted as exceptions')[1].split('##')[0].trim()).toBe('None.')
    expect(onlyParked).toContain('0 suggestions applied, 0 accepted as exceptions, 1 parked for later.')
  })

  it('keeps table cells intact when notes contain pipes or markup', () => {
    const tricky = makeDecision(press, chart, 'accepted', at(8), { note: 'a | b *really*' })
    const out = decisionLogMarkdown('A|B', [tricky], [], { time })
    expect(out).toContain('# Decision log: A\\|B')
    const row = out.split('\n').find((l) => l.startsWith('| 09:08'))!
    expect(row.split(/(?<!\\)\|/).length).toBe(7)
    expect(row).toContain('a \\| b \\*really\\*')
  })

  it('defaults to local times when no formatter is given', () => {
    const local = decisionLogMarkdown('Northwind', [applied], [])
    const d = new Date(applied.at)
    const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
    expect(local).toContain(`| ${hhmm} | Negotiate salaries |`)
  })
})

describe('markdownText', () => {
  it('collapses whitespace and escapes characters Markdown would interpret', () => {
    expect(markdownText('  Run\n the _big_ [launch]  ')).toBe('Run the \\_big\\_ \\[launch\\]')
  })
})
