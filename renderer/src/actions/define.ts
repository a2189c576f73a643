// Declaring and running actions. `run` checks the predicate against the current state,
// so a stale button or a key press at the wrong moment does nothing.

import { useWorkbench, type WorkbenchState } from '../state/store'
import type { Action } from './types'

export function defineAction<A = void>(action: Action<A>): Action<A> {
  return action
}

export function run<A>(action: Action<A>, ...arg: A extends void ? [] : [A]): boolean {
  const state = useWorkbench.getState()
  const a = arg[0] as A
  if (!action.enabled(state, a)) return false
  action.perform(state, a)
  return true
}

/** For buttons: whether the action can run now, re-rendered when that changes. */
export function useEnabled(action: Action<void>): boolean {
  return useWorkbench((s: WorkbenchState) => action.enabled(s, undefined))
}
