// Being the company's public face reads in a shape: a verb of appearing or speaking with
// a media outlet or a public stage as where it happens ("goes on breakfast TV", "speaks
// at industry conferences"), or speaking for the company ("speaks on behalf of the
// firm"). Talking to suppliers or the team has no such shape.

import { key, lexicon, wordKeys } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import { MODALS } from '../nlp/words'
import type { Hit } from './domain-scores'


const APPEARING = wordKeys('go appear speak talk feature present comment front star guest give do represent')
/** Representing the company is public only on a media outlet ("represents the company on TV news"), not on a panel of officials. */
const MEDIA = wordKeys('tv television radio news bulletin broadcast channel documentary media press')
const REPRESENT = key('represent')
/** What is given in public: "gives radio interviews". */
const APPEARANCES = wordKeys('interview interviews talk talks speech speeches briefing')
/** Outlets and stages: where an appearance is public. */
const STAGES = wordKeys('tv television radio podcast news bulletin broadcast camera conference conferences panel stage summit documentary show programme channel media press newspaper newspapers magazine magazines journalist journalists reporter reporters paper papers')
/** "paper" is an outlet only when named as one ("the local paper", "the evening papers"), not "on paper". */
const PAPER = wordKeys('paper papers')
const STAGE_PREPS = new Set(['on', 'in', 'at', 'to'])
const COMPANY = wordKeys('company firm business group organisation brand')
const SCORE = 3

export function publicCues(parsed: ParsedLabel): Hit[] {
  const words = parsed.words
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0 && w.keys.some((k) => APPEARING.has(k)))
  if (verb < 0) return []
  // "goes on breakfast TV": the preposition may have been read as the verb's particle.
  const firstHead = words.findIndex((w, j) => j > verb && w.place === 'head')
  // ("Give R&D line time on press 9": a press a job goes on is a machine.)
  const stage = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !MODALS.has(w.lower) && !pressIsMachine(words, j) && (STAGE_PREPS.has(w.prep ?? '') || (j === firstHead && STAGE_PREPS.has(words[verb].particle ?? ''))) && (w.keys.some((k) => STAGES.has(k)) || mediaPeople(words, j)) && (!w.keys.some((k) => PAPER.has(k)) || words.some((m) => m.place === 'mod' && m.head === j) || (w.lower === 'papers' && words[j - 1]?.lower === 'the')))
  // "Presents at investor conferences": a stage named after investors is theirs.
  if (stage >= 0 && words.some((m) => m.place === 'mod' && m.head === stage && m.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'investor-relations')))) return []
  if (stage >= 0 && words[verb].keys.includes(REPRESENT) && !words[stage].keys.some((k) => MEDIA.has(k))) return []
  if (stage >= 0) return [{ domain: 'public-relations', score: SCORE, words: [verb, stage], ownable: false, byVerb: true }]
  const given = words.findIndex((w, j) => j === firstHead && !w.prep && w.keys.some((k) => APPEARANCES.has(k)) && words.some((m) => m.place === 'mod' && m.head === j && m.keys.some((k) => STAGES.has(k))))
  if (given >= 0) return [{ domain: 'public-relations', score: SCORE, words: [verb, given], ownable: false, byVerb: true }]
  // "Speaks for the company", "comments on behalf of the firm".
  const forCompany = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && (w.prep === 'for' || w.prep === 'of') && w.keys.some((k) => COMPANY.has(k)) && (w.prep === 'for' || words.some((b) => b.lower === 'behalf')))
  // "Speaks for the company at government consultation meetings": for the company before government is government relations.
  const beforeGovernment = words.some((w) => w.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'government-relations' && e.weight >= 3)))
  if (forCompany >= 0 && !beforeGovernment && !words[verb].keys.includes(key('present'))) return [{ domain: 'public-relations', score: SCORE, words: [verb, forCompany], ownable: false, byVerb: true }]
  return []
}

/** "TV crews", "radio producers": people named after a media outlet are that outlet. */
function mediaPeople(words: ParsedLabel['words'], j: number): boolean {
  return words.some((m) => m.place === 'mod' && m.head === j && m.keys.some((k) => MEDIA.has(k)))
}

const PRESS_WORKING = new Set(['run', 'operate', 'load', 'clean', 'fix', 'repair', 'service', 'set'])

/** "press" as a printing press: a job goes on it, it is one of several, or it is run. */
export function pressIsMachine(words: readonly Word[], i: number): boolean {
  const w = words[i]
  if (w.lower !== 'press' || w.place !== 'head') return false
  if (!w.prep && words.some((v, j) => j < i && v.place === 'verb' && PRESS_WORKING.has(v.lemma))) return true
  return ['on', 'onto', 'off'].includes(w.prep ?? '') || ['which', 'each', 'every', 'a', 'one'].includes(words[i - 1]?.lower ?? '') ||
    (/^\d+$/.test(words[i + 1]?.lower ?? '') && !/^(?:times|x)$/.test(words[i + 2]?.lower ?? ''))
}
