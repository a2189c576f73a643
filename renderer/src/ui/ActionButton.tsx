// A button for an action: its label, its keys in the tooltip, disabled when the action
// cannot run now.

import { keyLabel } from '../actions/keys'
import { run, useEnabled } from '../actions/define'
import type { AnyAction } from '../actions/types'

export function actionTitle(action: AnyAction, hint = action.hint): string | undefined {
  const keys = action.keys?.length ? ` (${action.keys.map(keyLabel).join(' or ')})` : ''
  return hint || keys ? `${hint ?? action.label}${keys}` : undefined
}

export function ActionButton({ action, className = 'btn', title, pressed, children }: {
  action: AnyAction
  className?: string
  title?: string
  pressed?: boolean
  children?: React.ReactNode
}) {
  const enabled = useEnabled(action)
  return (
    <button className={className} onClick={() => run(action)} disabled={!enabled} title={title ?? actionTitle(action)} aria-pressed={pressed} data-action={action.id}>
      {children ?? action.label}
    </button>
  )
}
