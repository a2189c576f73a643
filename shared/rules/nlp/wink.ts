// The one wink-nlp instance (English lite model, part-of-speech pipe only). Made on first
// use, not at import: the model takes a few hundred milliseconds to set up, and charts
// whose duties all carry a category never need it.

import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export interface WordToken {
  readonly text: string
  readonly lemma: string
  readonly pos: string
  /** True when nothing separates the token from the one before ("lab-proven"). */
  readonly attached: boolean
  readonly punctuation: boolean
}

type Engine = ReturnType<typeof winkNLP>
let engine: Engine | null = null
let loadMs = 0

function nlp(): Engine {
  if (!engine) {
    const t0 = Date.now()
    engine = winkNLP(model, ['pos'])
    loadMs = Date.now() - t0
  }
  return engine
}

/** Milliseconds the model took to set up (0 before first use). */
export function modelLoadMs(): number {
  return loadMs
}

/** Tokens of a label with their lemma and part of speech. */
export function winkTokens(label: string): WordToken[] {
  const n = nlp()
  const its = n.its
  const tokens = n.readDoc(label).tokens()
  const text = tokens.out()
  // The lemma its-function is typed for the model's add-ons; the token list accepts it at run time.
  const lemma = tokens.out(its.lemma as unknown as typeof its.value)
  const pos = tokens.out(its.pos)
  const spaces = tokens.out(its.precedingSpaces)
  const type = tokens.out(its.type)
  return text.map((t, i) => ({ text: t, lemma: String(lemma[i]), pos: String(pos[i]), attached: i > 0 && spaces[i] === '', punctuation: type[i] === 'punctuation' }))
}
