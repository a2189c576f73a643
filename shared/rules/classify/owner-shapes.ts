// Whose work it is, named doing it: a department, the bosses, a desk or the specialists
// ("public affairs set up", "the comms team handles the journalists", "arranged by the PR
// agency", "stores team does it, I check …", "execs decide"). The role's part beside it is
// then support or oversight, not the work itself.

import { hasKey as has, lexicon } from '../lexicon'
import type { Word } from '../nlp/parse'
import * as C from './mode-cues'

/** What an owner is said to do with its part: "runs it", "does the talking", "set up", "decided". */
const OWNER_VERBS = new Set(['do', 'does', 'doing', 'handle', 'handles', 'handling', 'run', 'runs', 'running', 'set', 'sets', 'arrange', 'arranges', 'organise', 'organises',
  'organize', 'organizes', 'host', 'hosts', 'hosting', 'lead', 'leads', 'front', 'fronts', 'deal', 'deals', 'decide', 'decides', 'take', 'takes',
  'did', 'handled', 'ran', 'led', 'hosted', 'decided', 'took', 'fronted', 'fronting', 'fix', 'fixes', 'talk', 'talks', 'speak', 'speaks',
  'arranged', 'organised', 'organized', 'booked', 'books', 'keys', 'files', 'answers', 'launched', 'pushing', 'designed',
  'sold', 'sells', 'won', 'wins', 'promised', 'requests', 'installs', 'installed', 'builds', 'built', 'presents', 'presented',
  'write', 'writes', 'owns', 'configure', 'configures'])
/** Words between the owner's name and its verb: "the comms team will handle", "the PR agency runs". */
const OWNER_GROUPS = new Set(['team', 'lead', 'office', 'agency', 'firm', 'company', 'dept', 'department', 'people', 'director', 'head', 'manager', 'clerk', 'clerks', 'crew', 'coordinator', 'assistant', 'officer', 'just', 'will', 'then', 'still', 'is', 'are', 'has', 'have'])
/** Done by the owner, said in the passive: "booked by PR", "sold by the sales team" (not "prepared by …" for the role to deliver). */
const DETERMINERS = new Set(['the', 'our', 'their', 'my', 'his', 'her', 'its', 'a', 'an'])
const NOUN_FORMS = new Set(['files', 'keys', 'answers', 'requests', 'books'])
const OWNER_PASSIVES = new Set(['run', 'done', 'booked', 'arranged', 'organised', 'organized', 'hosted', 'sold', 'handled', 'led', 'fronted', 'launched', 'installed', 'built'])
/** The role's own side, never an owner of other work. */
const OPS_WORDS = new Set(['ops', 'operations', 'operational', 'warehouse', 'site', 'depot', 'my', 'our'])
const OWNER_OF = new Set(['from', 'at', 'of', 'in'])
const EXECUTIVES = new Set([...C.BOSSES, 'execs', 'exec', 'executives', 'leadership', 'slt', 'directors'])
/**
 * Whose work it is, named doing it: "public affairs set up", "the comms team handles …", "arranged by the PR agency",
 * "stores team does it", "execs decide". The owner's word and its verb, or null. The owner is a department, the bosses,
 * or a team or people named by the work's own words; nothing of that work may follow for the role ("…, I sell the rest").
 */
export function ownerDoesIt(words: readonly Word[], evidence: ReadonlySet<number>): [number, number] | null {
  // ("numbers to finance, they decide": "they" after a department named stands for it.)
  // ("I walk the developers through the line – they write the code": or for specialists named before.)
  // ("reps do the selling": specialists named doing the very work the card names.)
  const doesTheWork = (i: number): boolean => OWNER_VERBS.has(words[i + 1]?.lower ?? '') && words.slice(i + 2, i + 5).some((x, k) => evidence.has(i + 2 + k) && x.place === 'head')
  const ownersWord = (w: Word, i: number): boolean => !OPS_WORDS.has(w.lower) && ((w.lower === 'they' && words.slice(0, i).some((x) => lexicon.isDepartment(x.keys) || has(x, C.SPECIALISTS))) || lexicon.isDepartment(w.keys) || EXECUTIVES.has(w.lower) || has(w, C.DESKS) || ((evidence.has(i) || doesTheWork(i)) && has(w, C.SPECIALISTS)) ||
    (lexicon.isOrganisationHead(w.keys) && i > 0 && words[i - 1].place === 'mod' && !OPS_WORDS.has(words[i - 1].lower)))
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    if (!ownersWord(w, i)) continue
    let verb = -1
    if (w.prep === 'by') {
      // "booked by PR", "sold by the sales team": done, in the passive, by the owner.
      // ("run by the PR agency": a participle straight before "by" is passive, however it was tagged.)
      const from = Math.max(0, i - 4)
      const done = words.slice(from, i).findIndex((x, k) => (x.passive || words[from + k + 1]?.lower === 'by') && OWNER_PASSIVES.has(x.lower))
      if (done >= 0) verb = from + done
    } else {
      // ("for the councillors visit public affairs set up": a new subject the parse ran into the phrase before it.)
      const from = words.slice(0, i).map((x) => x.lower).lastIndexOf(w.prep ?? '')
      let j = i + 1
      // ("scientists from the uni run …": who they are may come between.)
      while (j < words.length && (OWNER_GROUPS.has(words[j].lower) || lexicon.isDepartment(words[j].keys) || (!!words[j].prep && OWNER_OF.has(words[j].prep!)))) j++
      const v = words[j]
      // ("…, with the comms team fronting them": "with" the owner and its deed in "-ing" says who does it.)
      const withDoing = w.prep === 'with' && !!v && /ing$/.test(v.lower) && OWNER_VERBS.has(v.lower)
      if (w.prep && words.slice(from + 1, i).filter((x) => x.place !== 'function').length < 2 && !withDoing) continue
      // ("scan the HR files into …": a form that is a noun as often is no verb after an owner named inside a phrase.)
      const inPhrase = i > 0 && DETERMINERS.has(words[i - 1].lower)
      // ("pick a finance deal": a department word describing the noun after it is no owner doing it.)
      // ("– comms team hosting": an -ing straight after the owner opens a stretch of its own in the parse, but is its deed.)
      const sameStretch = !!v && (v.segment === w.segment || (/ing$/.test(v.lower) && (v.place === 'function' || withDoing) && words[j - 1].segment === w.segment))
      if (v && sameStretch && OWNER_VERBS.has(v.lower) && !(w.place === 'mod' && w.head === j && (inPhrase || words[i - 1]?.place === 'verb')) && (!NOUN_FORMS.has(v.lower) || !inPhrase) && (!/^sets?$/.test(v.lower) || words[j + 1]?.lower === 'up')) verb = j
      // ("Public affairs lobbies the council; I supply the numbers", "Legal rewrote the policy; I update the procedures": a
      // department's own deed, then the role's part.)
      else if (v && v.segment === w.segment && v.place === 'verb' && lexicon.isDepartment(w.keys) && j === i + 1 && words.some((x, k) => k > j && x.segment > w.segment && x.lower === 'i')) verb = j
    }
    if (verb < 0) continue
    // The role's own part is named before the owner or after it.
    const role = words.findIndex((x, k) => k > Math.max(i, verb) && (x.lower === 'i' || x.lower === 'me'))
    const before = words.slice(0, Math.min(i, verb)).some((x) => x.place === 'verb' || x.place === 'head')
    if ((role < 0 && before) || (role > 0 && [...evidence].every((k) => k < role))) return [i, verb]
  }
  return null
}
