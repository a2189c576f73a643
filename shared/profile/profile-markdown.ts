// A role profile as a Markdown document, to hand to the person taking the role or to
// paste into the workshop notes.

import { mdList, mdText } from '../compare/markdown-text'
import type { NotResponsibleEntry, ProfileFinding, RoleProfile } from './role-profile'

function findingLine(f: ProfileFinding): string {
  const what = f.label ? `**${mdText(f.label)}**: ` : ''
  const owner = f.owner ? ` — usually owned by ${mdText(f.owner)}` : ''
  return `${what}${mdText(f.message)}${owner}`
}

function notResponsibleLine(item: NotResponsibleEntry): string {
  const inChart = item.ownerInChart ? ` (in this chart: ${mdText(item.ownerInChart)})` : ''
  const held = item.heldNow.length ? ` **Currently held here:** ${item.heldNow.map(mdText).join(', ')}.` : ''
  return `**${mdText(item.title)}** — usually owned by ${mdText(item.owner)}${inChart}. Instead: ${mdText(item.instead)}${held}`
}

export function roleProfileMarkdown(profile: RoleProfile): string {
  const facts = [
    profile.person ? `**Person:** ${mdText(profile.person)}` : '**Person:** not assigned',
    profile.department ? `**Department:** ${mdText(profile.department)}` : null,
    `**Reports to:** ${profile.manager ? mdText(profile.manager) : 'nobody (top of the chart)'}`,
    profile.reports.length ? `**Manages:** ${profile.reports.map(mdText).join(', ')}` : null
  ].filter((x): x is string => x !== null)
  const dutyCount = profile.responsibilities.reduce((n, g) => n + g.duties.length, 0)
  const lines = [`# Role profile: ${mdText(profile.title)}`, '', ...facts.map((f) => `${f}  `)]
  if (profile.operationsManager) lines.push('', '_The Operations Manager scope rules apply to this role._')

  lines.push('', `## Responsibilities (${dutyCount})`)
  if (dutyCount === 0) lines.push('', '_No work assigned yet._')
  for (const group of profile.responsibilities) {
    lines.push('', `### ${mdText(group.title)}`, '')
    for (const d of group.duties) lines.push(`- ${mdText(d.label)}${d.kind === 'function' ? ' (whole function)' : ''}${d.flagged ? ' — ⚠ outside this role\'s scope' : ''}`)
  }

  lines.push('', `## Open findings (${profile.findings.length})`, '', ...mdList(profile.findings.map(findingLine), 'No open findings.'))
  if (profile.exceptions.length) {
    lines.push('', `## Accepted exceptions (${profile.exceptions.length})`, '')
    lines.push(...profile.exceptions.map((e) => `- ${e.label ? `**${mdText(e.label)}**: ` : ''}${mdText(e.note)}`))
  }
  lines.push('', `## Not responsible for (${profile.notResponsibleFor.length})`, '')
  lines.push(...mdList(profile.notResponsibleFor.map(notResponsibleLine), 'No scope rules cover this role type, so there is no list of work it should leave to others.'))
  lines.push('')
  return lines.join('\n')
}
