// The one list of actions. Toolbar, menus, palette, keys, canvas and Present mode all
// take their commands from here.

export { run, useEnabled } from './define'
export type { Action, AnyAction, KeyScope } from './types'
export { keyLabel } from './keys'
export * from './structure'
export * from './cards'
export * from './edit'
export * from './view'
export * from './branches'
export * from './file'
export * from './navigate'
export * from './workshop'
