// The English model the classifier reads free-text cards with. In the app's build it
// arrives in its own chunk after the chart is on screen; under Node (tests, the command
// line) it is the package itself, there from the start.

import { useSyncExternalStore } from 'react'
import model from 'wink-eng-lite-web-model'
import type { Chart } from '@shared/model/chart'
import { hasExplicitCategory } from '@shared/rules/effective-category'

let loading: Promise<void> | null = null
const waiting = new Set<() => void>()

export function englishModelReady(): boolean {
  return Object.keys(model).length > 0
}

/** Loads the model once; resolves at once when it is there already. */
export function loadEnglishModel(): Promise<void> {
  if (englishModelReady()) return Promise.resolve()
  loading ??= import('wink-eng-lite-web-model/dist/model.js').then((m) => {
    Object.assign(model, m.default)
    for (const wake of waiting) wake()
  })
  return loading
}

/** True once the model is here; a component using it draws again when it arrives (and asks for it). */
export function useEnglishModelReady(): boolean {
  return useSyncExternalStore(
    (wake) => {
      waiting.add(wake)
      void loadEnglishModel()
      return () => waiting.delete(wake)
    },
    englishModelReady
  )
}

/** A card with a category of the catalogue's is judged by it; any other is read by the classifier, which needs the model. */
export function needsEnglishModel(chart: Chart): boolean {
  return !englishModelReady() && !chart.duties.every(hasExplicitCategory)
}
