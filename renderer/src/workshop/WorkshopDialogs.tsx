// The open workshop dialog, wherever it was asked for.

import { closeDialog, useDialogs } from '../ui/dialogs'
import { CompareView } from './compare/CompareView'
import { ScenarioDialog } from './compare/ScenarioDialog'
import { DecisionLogDialog } from './present/DecisionLogDialog'

export function WorkshopDialogs() {
  const open = useDialogs((s) => s.open)
  if (open === 'scenario') return <ScenarioDialog onClose={closeDialog} />
  if (open === 'compare') return <CompareView onClose={closeDialog} />
  if (open === 'decision-log') return <DecisionLogDialog onClose={closeDialog} />
  return null
}
