// Decides whether a role is an Operations Manager, the only role the scope rules
// cover. Titles are messy ("Manager, Operations", "VP Ops – EMEA"), and many titles
// that contain "operations" belong to another function or are not managers at all.

import type { Role } from '../model/chart'

/** A word right before "operations" that makes it another function's operations. */
const OTHER_FUNCTION = new Set([
  'it', 'marketing', 'sales', 'revenue', 'people', 'hr', 'security', 'finance', 'financial',
  'network', 'cloud', 'technology', 'tech', 'data', 'dev', 'clinical', 'legal', 'talent', 'resources', 'information'
])
const FUNCTION_WORDS = /\b(?:devops|secops|mlops|dataops|revops|salesops|finops|bizops)\b/
const EXECUTIVE = /\b(?:coo|chief)\b/
const MANAGER_HEADS = new Set(['manager', 'head', 'director', 'lead', 'leader', 'vp', 'president', 'gm'])
const OPS_WORDS = new Set(['operations', 'operation', 'ops', 'operational'])

/** Lower-case words of the title, with "Manager, Operations" turned around and suffixes like "(EMEA)" or "– North" dropped. */
function titleWords(title: string): string[] {
  let s = title.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/&/g, ' and ')
  s = s.split(/\s[-–—|]\s|\s\/\s/)[0] ?? s
  const comma = s.indexOf(',')
  if (comma >= 0) s = `${s.slice(comma + 1)} ${s.slice(0, comma)}`
  return s.split(/[^a-z0-9]+/).filter(Boolean)
}

/** Nouns saying the person is not a manager ("Operations Analyst", "Lead Operations Coordinator"). */
const NON_MANAGER_HEADS = new Set([
  'analyst', 'coordinator', 'assistant', 'associate', 'specialist', 'administrator', 'clerk', 'intern',
  'trainee', 'executive', 'officer', 'supervisor', 'agent', 'technician', 'apprentice', 'consultant', 'engineer'
])

/** The noun naming what the person is: "head" in "Head of Operations", else the last role noun. */
function headWord(words: readonly string[]): string | undefined {
  const of = words.indexOf('of')
  if (of > 0) return words[of - 1]
  for (let i = words.length - 1; i >= 0; i--) {
    if (MANAGER_HEADS.has(words[i]) || NON_MANAGER_HEADS.has(words[i])) return words[i]
  }
  return undefined
}

export function isOperationsTitle(title: string): boolean {
  const words = titleWords(title)
  const joined = words.join(' ')
  if (EXECUTIVE.test(joined) || FUNCTION_WORDS.test(joined)) return false
  const opsAt = words.findIndex((w) => OPS_WORDS.has(w))
  if (opsAt < 0) return false
  // "Head of IT Operations", "Human Resources Operations Lead": someone else's operations.
  if (opsAt > 0 && OTHER_FUNCTION.has(words[opsAt - 1])) return false
  const head = headWord(words)
  if (!head || !MANAGER_HEADS.has(head)) return false
  // "Vice President" is a manager head; a bare "President of Operations" reads as an executive.
  if (head === 'president' && !words.includes('vice')) return false
  return true
}

/** Explicit role type wins; otherwise the title decides. */
export function isOperationsManager(role: Pick<Role, 'title' | 'roleType'>): boolean {
  if (role.roleType === 'operations-manager') return true
  if (role.roleType === 'other') return false
  return isOperationsTitle(role.title)
}
