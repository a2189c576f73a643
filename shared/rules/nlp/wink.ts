// The one wink-nlp instance (English lite model, part-of-speech pipe only). Made on first
// use, not at import: the model takes a few hundred milliseconds to set up, and charts
// whose duties all carry a category never need it.

import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { BoundedCache } from '../bounded-cache'

export interface WordToken {
  readonly text: string
  readonly lemma: string
  readonly pos: string
  /** True when nothing separates the token from the one before ("lab-proven"). */
  readonly attached: boolean
  readonly punctuation: boolean
  /** The model knows the word: a word it has never seen is often a typo. */
  readonly known: boolean
}

type Engine = ReturnType<typeof winkNLP>
let engine: Engine | null = null
let loadMs = 0
/** Words the model has not seen get ids from here on, in the order they are first read. */
let firstUnseenId = Infinity

function nlp(): Engine {
  if (!engine) {
    const t0 = Date.now()
    engine = winkNLP(model, ['pos'])
    firstUnseenId = Number(engine.readDoc('qzxjvwq').tokens().out(engine.its.uniqueId)[0])
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
  const ids = tokens.out(its.uniqueId)
  return text.map((t, i) => ({ text: t, lemma: String(lemma[i]), pos: String(pos[i]), attached: i > 0 && spaces[i] === '', punctuation: type[i] === 'punctuation', known: Number(ids[i]) < firstUnseenId || knownLowerCase(t) }))
}

const lowerKnown = new BoundedCache<string, boolean>(20_000)

/** The model keeps words as written: "Influence" at the start of a label is unseen, "influence" is not. */
function knownLowerCase(text: string): boolean {
  const lower = text.toLowerCase()
  if (lower === text) return false
  return lowerKnown.through(lower, (l) => {
    const n = nlp()
    return Number(n.readDoc(l).tokens().out(n.its.uniqueId)[0]) < firstUnseenId
  })
}
