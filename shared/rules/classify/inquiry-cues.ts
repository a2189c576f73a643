// Finding things out reads in a shape: a verb of carrying out, running or setting up,
// with a study, an experiment or the R&D itself as its object ("carries out the study into
// immersion cooling", "sets up experiments testing additives"). Hosting, supporting or
// feeding another team's study has no such shape: the verb is not one of doing it.

import { hasKey as has, lexicon, wordKeys } from '../lexicon'
import type { ParsedLabel } from '../nlp/parse'
import type { Hit } from './domain-scores'

/** Verbs of doing a piece of inquiry oneself. */
const CONDUCTING = wordKeys('conduct carry run do undertake perform design lead set')
/** What is done: a study, an experiment, the R&D. */
const INQUIRIES = wordKeys('study studies experiment experiments rnd research')
const SCORE = 3.5

export function inquiryCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0)
  if (verb < 0 || !has(words[verb], CONDUCTING)) return []
  const v = words[verb]
  // "carry out", "set up": only with their particle; "sets the study's budget" sets a thing about it.
  if ((has(v, CARRY) && v.particle !== 'out') || (has(v, SET) && v.particle !== 'up')) return []
  // ("experiments testing storage additives": the inquiry may open a run of nouns.)
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && (w.place === 'head' || (w.place === 'mod' && has(w, INQUIRIES))) && !w.prep)
  if (object < 0 || !has(words[object], INQUIRIES)) return []
  // "Conduct market research", "run a study on pick rates": inquiry into another domain's or operations' own matters.
  const about = words.filter((w, j) => (w.place === 'mod' && w.head === object) || (j > object && j <= object + 4 && w.place === 'head' && w.prep !== undefined && words[j - 1]?.place !== 'head'))
  if (about.some((w) => lexicon.isOperationalHead(w.keys) || w.keys.some((k) => lexicon.singles(k).some((e) => e.domain !== 'research' && e.weight >= 2)))) return []
  return [{ domain: 'research', score: SCORE, words: [verb, object], ownable: false, byVerb: true }]
}
const CARRY = wordKeys('carry')
const SET = wordKeys('set')
