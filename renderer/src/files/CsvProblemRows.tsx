// The problems of a CSV import, by row, and the user's choice for rows with problems:
// leave them out, or bring in without a manager the rows whose only problem is the
// manager. Nothing is skipped until the user picks one, and the outcome is spelt out.

import type { CsvProblem, ProblemRowChoice, RoleImportPlan } from '@shared/csv/roles-import'

interface Props {
  readonly problems: readonly CsvProblem[]
  /** A problem no choice can get round (an unclosed quote, no title column…). */
  readonly blocking: boolean
  readonly choice: ProblemRowChoice | null
  readonly onChoice: ((choice: ProblemRowChoice) => void) | null
  readonly plan: RoleImportPlan | null
}

const rowList = (rows: readonly number[]) => (rows.length > 12 ? `${rows.slice(0, 12).join(', ')} and ${rows.length - 12} more` : rows.join(', '))

export function CsvProblemRows({ problems, blocking, choice, onChoice, plan }: Props) {
  const rows = new Set(problems.map((p) => p.row)).size
  const managerOnly = problems.some((p) => p.kind === 'manager')
  const count = problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en-US')} problems`
  return (
    <>
      <p className="problem-summary">
        {blocking
          ? `${count} to fix before importing. Nothing has been added.`
          : `${count} in ${rows === 1 ? '1 row' : `${rows} rows`}. Nothing has been added; choose what happens to these rows.`}
      </p>
      <ul className="problem-list" data-testid="csv-problems">
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}><code>row {p.row}{p.column ? `, ${p.column}` : ''}</code> {p.message}</li>
        ))}
      </ul>
      {onChoice && (
        <fieldset className="field csv-choice">
          <legend>Rows with problems</legend>
          <label>
            <input type="radio" name="csv-problem-rows" checked={choice === 'skip'} onChange={() => onChoice('skip')} /> Skip rows with problems
          </label>
          {managerOnly && (
            <label>
              <input type="radio" name="csv-problem-rows" checked={choice === 'without-manager'} onChange={() => onChoice('without-manager')} /> Import
              without a manager where the manager is the problem; skip the rest
            </label>
          )}
        </fieldset>
      )}
      {choice && plan && (
        <p className="muted" data-testid="csv-outcome">
          {plan.skipped.length ? `Rows ${rowList(plan.skipped)} will be skipped. ` : ''}
          {plan.withoutManager.length ? `Rows ${rowList(plan.withoutManager)} will come in without a manager. ` : ''}
          {`${plan.roles.length.toLocaleString('en-US')} roles will be imported.`}
        </p>
      )}
    </>
  )
}
