// Guesses which CSV column holds what, from the header names people actually use in HR
// exports and spreadsheets ("Job title", "Employee name", "Reports to", "Dept"…).
// The import dialog shows the guess and lets the user change it.

export const IMPORT_FIELDS = ['title', 'person', 'reportsTo', 'department', 'id'] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Which header feeds each field; a field without a header is not imported. */
export type ColumnMapping = Partial<Record<ImportField, string>>

const norm = (h: string): string =>
  h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

// Exact names, normalised (lower case, letters and digits only), best first.
const EXACT: Readonly<Record<ImportField, readonly string[]>> = {
  id: ['id', 'roleid', 'positionid', 'employeeid', 'empid', 'staffid', 'personid', 'employeenumber'],
  reportsTo: [
    'reportsto', 'reportstoid', 'reportstorole', 'reportingto', 'manager', 'managername', 'managerid', 'managertitle',
    'managerrole', 'linemanager', 'supervisor', 'supervisorname', 'boss', 'parent', 'parentid', 'parentrole'
  ],
  title: ['title', 'jobtitle', 'role', 'rolename', 'roletitle', 'position', 'positiontitle', 'positionname', 'job', 'jobname', 'designation', 'post'],
  person: ['name', 'person', 'personname', 'fullname', 'employee', 'employeename', 'staff', 'staffname', 'holder', 'roleholder', 'incumbent', 'occupant'],
  department: ['department', 'dept', 'departmentname', 'team', 'division', 'unit', 'businessunit', 'section', 'orgunit', 'area']
}

// Fallback: words a header contains. Manager words go first so "Manager name" is not a person.
const CONTAINS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['reportsTo', ['reportsto', 'reporting', 'manager', 'supervisor', 'boss']],
  ['department', ['department', 'dept', 'division']],
  ['title', ['title', 'role', 'position', 'job']],
  ['person', ['name', 'person', 'employee', 'holder']]
]

export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(norm)
  const claimed = new Set<number>()
  const mapping: Partial<Record<ImportField, string>> = {}
  const claim = (field: ImportField, index: number): void => {
    mapping[field] = headers[index]
    claimed.add(index)
  }
  for (const field of ['id', 'reportsTo', 'title', 'person', 'department'] as const) {
    for (const name of EXACT[field]) {
      const index = normalised.findIndex((h, i) => h === name && !claimed.has(i))
      if (index >= 0) {
        claim(field, index)
        break
      }
    }
  }
  for (const [field, words] of CONTAINS) {
    if (mapping[field]) continue
    const index = normalised.findIndex((h, i) => !claimed.has(i) && words.some((w) => h.includes(w)))
    if (index >= 0) claim(field, index)
  }
  return mapping
}
