// Detects how a role holds the work a label names: doing it, or supporting,
// contributing data or feasibility, implementing a finished result, working with its
// owner, overseeing or delegating it, only for direct reports, or inside its own
// operations. Each answer carries the words that decided it.

import { type DomainId, type ModeId, OUTSIDE_DOMAINS } from '../domains'
import { hasKey as has, key, lexicon, wordKeys } from '../lexicon'
import type { ParsedLabel, Word } from '../nlp/parse'
import { IN_PERSON } from '../nlp/words'
import type { DomainAnswer } from './decide-domain'
import { objectAt } from './domain-scores'
import * as C from './mode-cues'
import { ownerDoesIt } from './owner-shapes'
import { partInOthersProject } from './project-part'
import { routedToOwner } from './routing'

export interface ModeAnswer {
  readonly mode: ModeId
  /** Label words that decided the mode (empty when nothing did and "doing it" is the default). */
  readonly cue: readonly string[]
}


/** Start of a phrase of keys in the words (each next word within two), or -1. */
function findPhrase(words: readonly Word[], phrase: readonly string[]): number[] | null {
  for (let i = 0; i < words.length; i++) {
    if (!words[i].keys.includes(phrase[0])) continue
    const at = [i]
    for (let n = 1, j = i; n < phrase.length; n++) {
      const k = words.slice(j + 1, j + 3).findIndex((w) => w.keys.includes(phrase[n]))
      if (k < 0) break
      j = j + 1 + k
      at.push(j)
    }
    if (at.length === phrase.length) return at
  }
  return null
}

const texts = (words: readonly Word[], at: readonly number[]): string[] => at.map((i) => words[i].text)
const answer = (mode: ModeId, cue: readonly string[]): ModeAnswer => ({ mode, cue })

const SET = key('set')
const RUN = key('run')
const PUT = key('put')
const FEED = key('feed')
const MEETING = wordKeys('meet sync')
const SUPPORTED_EVENTS = wordKeys('visit visits event events tour tours launch day conference roadshow')
const PRESENTING = wordKeys('present speak host pitch')
const KEEPING = wordKeys('keep make ensure stay remain')
const COMPLIANT = new Set(['compliant', 'legal', 'lawful', 'within'])
const ASKED = new Set(['whether', 'if', 'which'])
/** "tell the designers how long it would take": a measure of the work is input to it. */
const HOW_MUCH = new Set(['long', 'much', 'many', 'easy', 'easily', 'quickly', 'fast', 'often'])
const OWN_POSSESSIVES = new Set(['his', 'her', 'my', 'your'])
const NEGATIONS = new Set(['not', "n't", 'never', 'dont', "don't", 'doesnt', "doesn't", 'no', 'none', 'neither'])
/** "who report to a different manager", "… to other supervisors": someone else's people. */
const OTHER_THAN_ROLE = new Set(['different', 'another', 'other'])
const SIT = key('sit')
const GO = key('go')
/** Working crews: a member of one does the work. */
const CREWS = wordKeys('crew crews gang gangs shift shifts line lines')
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'every', 'any'])
const OVERSEEN: ReadonlySet<DomainId> = new Set(['clerical', 'hands-on-work'])
const NOT_OWNED: ReadonlySet<DomainId> = new Set(['operations', 'other-projects', 'task-control'])

export function detectMode(parsed: ParsedLabel, domain: DomainAnswer): ModeAnswer {
  const words = parsed.words
  const evidence = new Set(domain.hits.flatMap((h) => [...h.words]))
  const mainVerbs = mainVerbsOf(words)
  const d = domain.domain
  const part = d === 'other-projects' ? partInOthersProject(words) : null
  if (part) return answer('contribute', part)
  const routed = d && OUTSIDE_DOMAINS.has(d) ? routedToOwner(words) : null
  if (routed) return answer('oversee', routed)
  // "meetings with fund managers", "with government departments": for the work of dealing with outside
  // parties, the party itself is whom the work is done with, not an owner worked with ("the press office" is one).
  // ("with public affairs": a department of the company's own is no outside party.)
  const outsideParty = (i: number): boolean => !!d && OUTSIDE_DOMAINS.has(d) && !has(words[words[i].head], C.OWN_UNITS) && !lexicon.isDepartment(words[words[i].head].keys) && (has(words[i], C.OUTSIDE_PEOPLE) ||
    has(words[words[i].head], C.OUTSIDE_PEOPLE) || domain.hits.some((h) => h.domain === d && h.words.length > 1 && h.words.includes(i) && h.words.includes(words[i].head)))

  // ("Require the porters to report to me every ten minutes": people made to report to the role are watched, not its reports.)
  for (const p of C.DIRECT_REPORT_PHRASES) {
    const at = findPhrase(words, p)
    if (at && d === 'task-control' && domain.hits.some((h) => h.words.some((i) => at.includes(i)))) continue
    // "(not my report)": said not to be one; "by reporting to them": the role reports, to its backers or bosses.
    // "… even though they don't report to her": said not to be.
    const denied = words.slice(Math.max(0, (at?.[0] ?? 0) - 3), at?.[0] ?? 0).some((w) => NEGATIONS.has(w.lower))
    // "Reporting directly to the group CEO": the role's own boss, not its reports.
    // ("the clerk who reports to the Marketing Manager": someone else's manager, named by a department, is not the role.)
    const after = at ? words.slice(at[at.length - 1] + 1, at[at.length - 1] + 5) : []
    const othersManager = (after[0]?.lower === 'the' && !!after[1] && lexicon.isDepartment(after[1].keys) && !!after[2] && lexicon.isOrganisationHead(after[2].keys)) ||
      after.slice(0, 2).some((w, k) => OTHER_THAN_ROLE.has(w.lower) && after.slice(k + 1, k + 3).some((x) => lexicon.isOrganisationHead(x.keys) || C.BOSSES.has(x.lower) || /(?:er|or)s?$/.test(x.lower)))
    const boss = after.some((w) => C.BOSSES.has(w.lower)) || othersManager
    if (boss) continue
    if (at && DOCUMENT_KINDS.has(words[at[at.length - 1] - 1]?.lower ?? '')) continue
    if (at && !denied && words[at[0] - 1]?.lower !== 'by') return answer('direct-reports', texts(words, at))
  }
  // "for her two shift supervisors", "my three team leaders": the role's own people, counted or described.
  // ("my status reports": reports named by what they report are documents, not people.)
  const own = words.findIndex((w, j) => OWN_POSSESSIVES.has(w.lower) && words.slice(j + 1, j + 4).some((x, k) => x.place !== 'function' && x.place !== 'verb' && has(x, C.OWN_REPORTS) && !DOCUMENT_KINDS.has(words[j + k]?.lower ?? '')))
  if (own >= 0 && !words.slice(Math.max(0, own - 3), own).some((w) => NEGATIONS.has(w.lower))) return answer('direct-reports', [words[own].text, words.slice(own + 1, own + 4).find((x) => x.place === 'head')?.text ?? ''])
  // "investor tour IR set up", "press visits arranged by the PR agency", "CEO does the talking": whose work it is, named
  // doing its part, leaves the role the operational part: support.
  // ("stores team does it, I check the variance report": for the team's own work, that is oversight.)
  // (Not for a project the role runs, nor for control over what a team does: there the team's doing is the point.)
  // Another department's work, not the role's own, nor its team's hands-on or desk work.
  const othersWork = !!d && !NOT_OWNED.has(d) && !OVERSEEN.has(d)
  const owner = d && !NOT_OWNED.has(d) ? ownerDoesIt(words, evidence) : null
  // ("write the ads myself when marketing runs the campaign": the role's part said to be done in person is that work.)
  // ("marketing sells them, I get the tanks ready": the owner's own verb is no verb of the role's.)
  // ("counting done by the night team": in the passive, the work named before "done by", in its stretch, is the owner's too.)
  const passiveFrom = owner && owner[1] < owner[0] ? words.findIndex((w) => w.segment === words[owner[1]].segment) : Infinity
  const ownersOwn = (h: DomainAnswer['hits'][number]): boolean => !!owner && h.words.every((i) => i >= Math.min(...owner, passiveFrom) && i <= Math.max(...owner) + 2)
  // ("Counts the stock every Friday, the recount done by the night team": for work said "done by" others, no verb of the
  // role's may name it either.)
  const doneBy = !!owner && words[owner[1]]?.lower === 'done'
  const rolesVerb = (h: DomainAnswer['hits'][number]): boolean => h.byVerb || (doneBy && h.words.some((i) => words[i].place === 'verb'))
  if (owner && !domain.hits.some((h) => h.domain === d && rolesVerb(h) && !ownersOwn(h)) && !words.some((w) => IN_PERSON.has(w.lower))) return answer(OVERSEEN.has(d!) ? 'oversee' : 'support', owner.map((i) => words[i].text))
  // "Make sure the kitchen can bake enough for marketing's half-price promo", "Staff the stores for the campaign weekend":
  // another department's campaign, named only as what the role's work is for, is support for it.
  // ("Thinks up ideas for the spring campaign", "takes the photos for the website": what is made for it is its work.)
  // ("Grow on enough bulbs for the autumn promotion marketing are launching": enough of a thing made for it, and the
  // clause saying who runs it.)
  const readied = !!mainVerbs[0] && (ensures(words, mainVerbs[0][1]) || lexicon.isOperationalHead(words[objectAt(words, mainVerbs[0][1])]?.keys ?? []) || words.slice(mainVerbs[0][1] + 1, mainVerbs[0][1] + 3).some((w) => w.lower === 'enough'))
  // ("… the promotion marketing are launching": a department, then its verb.)
  const ownersDoing = (i: number): boolean => words[i].place === 'verb' && /^(?:is|are|was|were)$/.test(words[i - 1]?.lower ?? '') && lexicon.isDepartment(words[i - 2]?.keys ?? [])
  const forAt = [...evidence].filter((i) => words[i].prep === 'for').sort((a, b) => a - b)[0] ?? -1
  if ((d === 'marketing' || d === 'sales') && readied && forAt >= 0 && [...evidence].every((i) => (words[i].prep === 'for' && words[i].place !== 'verb') || (i > forAt && (words[i].clause > words[forAt].clause || ownersDoing(i)))) && !words.some((w) => IN_PERSON.has(w.lower))) {
    return answer('support', ['for', words[Math.min(...evidence)].text])
  }
  // "Send swabs from the bakery floor to the lab for listeria checks": samples sent to a lab for testing are the role's own
  // quality checks, the lab a service used.
  // ("Book the external lab for monthly kitchen swab tests": the lab booked for the role's own tests, too.)
  const ownTests = words.some((w) => w.prep === 'for' && w.place === 'head' && /^(?:tests?|testing|checks?)$/.test(w.lower) && words.some((m) => m.head === words.indexOf(w) && m.place === 'mod' && (has(m, SAMPLES) || OWN_TESTED.has(m.lower))))
  const sampled = ownTests ? words.findIndex((w) => w.place === 'head' && has(w, LABS)) : words.findIndex((w) => w.clause === 0 && w.place === 'head' && !w.prep && has(w, SAMPLES))
  if (d === 'research' && sampled > 0 && evidence.size > 0 && [...evidence].every((i) => (ownTests || words[i].prep === 'to' || words[words[i].head]?.prep === 'to') && (has(words[i], LABS) || has(words[words[i].head], LABS)))) {
    return answer('own-operations', [mainVerbs[0]?.[0].text ?? words[sampled].text, words[sampled].text])
  }
  // "Ensure teaching labs are safe, stocked and ready", "make sure the demo kitchen is clean and staffed": a place of another
  // department's, seen to be ready, is looked after for it.
  const seenTo = !!mainVerbs[0] && mainVerbs[0][1] === 0 && ensures(words, 0)
  const stateAt = words.findIndex((w, j) => (w.lower === 'is' || w.lower === 'are') && READY_STATES.has(words[j + 1]?.lower ?? ''))
  if (othersWork && seenTo && stateAt > 0 && evidence.size > 0 && [...evidence].every((i) => i < stateAt && words[i].place !== 'verb')) return answer('support', [mainVerbs[0][0].text, words[stateAt + 1].text])
  // "Staff the queues so the sales team's new customers get answered within target": another department's work named only
  // in what the role's own work is so that, is support for it.
  const soThat = words.findIndex((w, j) => w.lower === 'so' && j > 1 && w.clause > 0 && words[j + 1]?.lower !== 'far')
  if (othersWork && soThat > 0 && evidence.size > 0 && [...evidence].every((i) => i > soThat) && mainVerbs[0] && mainVerbs[0][1] < soThat && !words.some((w) => IN_PERSON.has(w.lower))) {
    return answer('support', ['so', words[Math.min(...evidence)].text])
  }
  // "make sure turnaround matches the 'ready in 48h' promise in the ads", "mktg promising same-day cards - check we can hit
  // it": what a campaign promised, met by operations, is support for it.
  if (d === 'marketing' || d === 'sales') {
    const promise = words.findIndex((w, j) => has(w, PROMISES) || (has(w, SAYING) && !words.slice(0, j).some((x) => x.place === 'verb')))
    const met = promise >= 0 ? words.findIndex((w, j) => has(w, MEETING_PROMISES) || (w.lower === 'live' && words[j + 1]?.lower === 'up')) : -1
    if (met >= 0 && !domain.hits.some((h) => h.domain === d && h.byVerb && h.words.some((i) => words[i].place === 'verb' && !has(words[i], PROMISES)))) return answer('support', [words[promise].text, words[met].text])
    // "Staff and run the lambing weekend that marketing is advertising", "opens fields for the weekend the marketing team is
    // advertising": the department named doing its own work, in a clause about the thing the role readies, is support.
    const theirDeed = departmentDoing(words)
    if (theirDeed && mainVerbs[0] && mainVerbs[0][1] < theirDeed[0] && [...evidence].every((i) => i >= theirDeed[0] && i <= theirDeed[1]) && !words.some((w) => IN_PERSON.has(w.lower))) return answer('support', [words[theirDeed[0]].text, words[theirDeed[1]].text])
    // "Keep cleaning standards up to what sales sold them", "runs the trip as the sales team sold it": the selling named as the
    // department's own deed, after "what" or "as", is what the role's work lives up to.
    const sold = soldByThem(words)
    if (d === 'sales' && sold && mainVerbs[0] && mainVerbs[0][1] < sold[0] && [...evidence].every((i) => (i >= sold[0] && i <= sold[1] + 1) || !!words[i].prep || words[i].clause > words[sold[0]].clause)) return answer('support', [words[sold[0]].text, words[sold[1]].text])
    // "Ensure the workshop can honour the winter-check campaign bookings", "make sure boarding can take the traffic from
    // marketing's fares campaign": what the role sees its own side do, with the campaign only describing what comes in or
    // where it comes from, is support for it.
    const ensured = words.filter((w) => w.ensured && w.place === 'verb')
    const describing = [...evidence].every((i) => words[i].ensured && words[i].place !== 'verb' && (words[i].place === 'mod' || !!words[i].prep))
    if (mainVerbs[0] && ensures(words, mainVerbs[0][1]) && ensured.length > 0 && evidence.size > 0 && describing && !words.some((w) => IN_PERSON.has(w.lower))) return answer('support', [mainVerbs[0][0].text, ensured[0].text])
  }
  // "UAT on the new rota system with IT", "trial the kennel software against our daily routine, report bugs to the devs":
  // testing a system for its owner, against how the work is done, is coordination with IT.
  if (d === 'it-software' && !words.some((w) => IN_PERSON.has(w.lower))) {
    const tested = words.find((w, j) => w.lower === 'uat' || (w.lower === 'testing' && words[j - 1]?.lower === 'acceptance') || (w.place === 'verb' && has(w, TRYING_OUT)))
    const forOwner = words.some((w) => (w.prep === 'with' || w.prep === 'to' || w.prep === 'alongside') && (lexicon.isDepartment(w.keys) || has(w, C.SPECIALISTS))) || words.some((w) => w.lower === 'against')
    const building = domain.hits.some((h) => h.byVerb && h.words.some((i) => words[i].place === 'verb' && !has(words[i], TRYING_OUT)))
    if (tested && forOwner && !building) return answer('coordinate', [tested.text])
    // "Use the IT fault-logging system to track fly-tipping jobs": a system used for the role's own work is IT's result put
    // to use ("use python to automate the reports" writes code).
    const [useVerb, useAt] = mainVerbs[0] ?? []
    const used = useVerb?.lemma === 'use' ? words[objectAt(words, useAt)] : undefined
    // ("Uses monitoring software to capture staff keystrokes": not when what it is used for is another domain's work.)
    const onlyIt = !words.some((w) => w.keys.some((k) => lexicon.singles(k).some((e) => e.domain !== 'it-software' && e.domain !== 'operations' && e.weight >= 3)))
    if (used && onlyIt && (has(used, C.NEW_SYSTEMS) || used.lower === 'crm')) return answer('implement', [useVerb.text, used.text])
  }
  // "Run R&D's trial batch on the night shift as they asked": another team's work, run for it at its request, is support.
  const atRequest = words.findIndex((w, j) => w.lower === 'as' && (words[j + 1]?.lower === 'they' || lexicon.isDepartment(words[j + 1]?.keys ?? [])) && /^(?:asked|requested|specified|wanted)$/.test(words[j + 2]?.lower ?? ''))
  if (atRequest > 0 && othersWork && words.some((w) => lexicon.isDepartment(w.keys) || has(w, C.SPECIALISTS) || has(w, LABS))) return answer('support', ['as', words[atRequest + 2].text])
  // "filing backlog handed over to the admin team": handed on, said in the passive.
  const handed = words.findIndex((w, j) => (w.passive || (j > 0 && /ed$/.test(w.lower))) && (has(w, C.HANDOFF_VERBS) || has(w, C.HANDOFF_WITH_PARTICLE)))
  // ("delegated to admin asst": the desk may describe who.)
  if (handed >= 0 && words.some((w, j) => j > handed && w.prep === 'to' && (w.place === 'head' || (w.place === 'mod' && has(w, C.DESKS))) && (lexicon.isOrganisationHead(w.keys) || lexicon.isDepartment(w.keys) || has(w, C.DESKS)))) return answer('oversee', [words[handed].text])
  for (const [v, i] of mainVerbs) {
    // "Answers phone calls … and passes on messages": after doing the work, passing it on is part of it.
    if (mainVerbs.some(([, j]) => j < i && evidence.has(j))) break
    // "Hands the filing backlog to the admin assistant": handed to a person or team, without a particle.
    // "to the office admin": the domain's own word, named as who receives the work, is its owner.
    // "to Jo in admin": a person named is someone, too; so is a crew ("to the stores crew").
    const someone = (w: Word, j: number): boolean => lexicon.isOrganisationHead(w.keys) || lexicon.isDepartment(w.keys) || has(w, C.DESKS) || w.lemma === 'crew' || (j > 0 && /^[A-Z][a-z]+$/.test(w.text) && !evidence.has(j))
    // ("passes any journalist who rings the plant straight to the press office": past a relative clause on the object.)
    const afterRelative = (w: Word): boolean => w.clause > 0 && RELATIVES.has(words.find((x) => x.clause === w.clause)?.lower ?? '')
    const toPeople = (): boolean => words.some((w, j) => j > i && (w.clause === 0 || afterRelative(w)) && w.prep === 'to' && w.place === 'head' && (someone(w, j) || (!v.particle && evidence.has(j))))
    // "Gives the data entry to the ops assistant": given to a person or team, not to an outside party.
    // Only the team's own work is handed on so: "gives legal advice to the board" is giving the advice.
    const givenTo = (): boolean => !!d && OVERSEEN.has(d) && has(v, C.GIVING_VERBS) && words.some((w, j) => j > i && w.clause === 0 && w.prep === 'to' && w.place === 'head' && someone(w, j)) && [...evidence].some((j) => j > i && !words[j].prep)
    // "put any journalist who rings straight through to the press office": passed on to its owner.
    const putThrough = v.lemma === 'put' && words.some((w, j) => j > i && w.lower === 'through') && words.some((w, j) => j > i && w.prep === 'to' && w.place === 'head' && someone(w, j))
    if (putThrough) return answer('oversee', [v.text, 'through'])
    // ("…, comms just forward them": a verb whose subject is a department is that department's doing.)
    const subject = words.slice(0, i).reverse().find((w) => w.place !== 'function' && !/ly$/.test(w.lower) && w.lower !== 'just')
    if (i > 0 && subject && subject.segment === v.segment && lexicon.isDepartment(subject.keys) && subject.place === 'head') continue
    // "Hands out samples to shop owners" gives things out; it hands no work over.
    if (has(v, C.HANDOFF_VERBS) || givenTo() || (has(v, C.HANDOFF_WITH_PARTICLE) && v.particle !== 'out' && (v.particle === 'over' || v.particle === 'off' || v.particle === 'on' || toPeople()))) {
      return answer('oversee', [v.particle ? `${v.text} ${v.particle}` : v.text])
    }
  }
  // "Lead recruitment for every department, writing the adverts, sitting on the panels": a verb of leading over the
  // work itself, in the label's first stretch, does that work; what the clauses after it add says how.
  if (leadsTheWork(words, evidence, d)) return answer('do', [mainVerbs[0][0].text])
  // "train reception on the new system", "coach the admin team on the process": a desk or team named as whom the role
  // teaches is its people; their work stays theirs.
  const [firstVerb, firstAt] = mainVerbs[0] ?? []
  const taught = firstVerb && firstAt !== undefined && d && OVERSEEN.has(d) && has(firstVerb, TEACHING) ? objectAt(words, firstAt) : -1
  if (taught > 0 && evidence.has(taught) && (has(words[taught], C.DESKS) || lexicon.isOrganisationHead(words[taught].keys))) return answer('oversee', [firstVerb!.text, words[taught].text])
  // "Clean the enclosures and prepare the feeds", "Personally key the notes into the system, ensuring …": when the first
  // verb is itself the team's own work, what the line goes on to add does not change who does it.
  const first = mainVerbs[0]
  const doingVerb = !!first && !!d && first[0].keys.some((k) => lexicon.singles(k).some((e) => e.domain === d && (e.kind === 'doing' || e.kind === 'verb')))
  const opens = !!first && words.slice(0, first[1]).every((w) => w.place === 'function' || IN_PERSON.has(w.lower))
  if (first && d && OVERSEEN.has(d) && doingVerb && opens && evidence.has(first[1]) && !first[0].particle && intoOwnProcedures(words) < 0) return answer('do', [first[0].text])
  // "Proposes capital projects", "requests a new forklift": asking the owner leaves the decision with them.
  // "Lends a hand on the line" is joining in, not lending people.
  // "… : second brewery site" is an ordinal, not seconding anyone.
  const asking = mainVerbs.find(([v, i]) => has(v, C.ASKING_VERBS) && words[i + 2]?.lower !== 'hand' && !(v.lower === 'second' && words[i + 1]?.place !== 'function'))
  if (asking) return answer('contribute', [asking[0].text])
  // "Joins the cross-department rebrand project": taking part in a project, group or board is contributing to it.
  // ("attend the rebrand project's monthly meeting": so is attending the meetings of one.)
  // ("Join marketing's rebrand meetings": or a department's own meetings.)
  const projectMeeting = (i: number): boolean => words.some((w, j) => j > i && w.clause === 0 && !w.prep && has(w, MEETINGS) && words.slice(i + 1, j).some((x) => has(x, C.JOINED) || lexicon.isDepartment(x.keys)))
  const joining = mainVerbs.find(([v, i]) => (has(v, C.JOINING_VERBS) && words.some((w, j) => j > i && w.clause === 0 && w.place === 'head' && !w.prep && has(w, C.JOINED))) || (v === mainVerbs[0][0] && (has(v, ATTENDING) || has(v, C.JOINING_VERBS)) && projectMeeting(i)))
  if (joining) return answer('contribute', [joining[0].text])
  // "Briefing the contact centre on the water-saving campaign", "briefs the pickers on the promo": telling the role's own
  // people about another department's work readies operations for it.
  const briefed = mainVerbs.find(([v, i]) => has(v, BRIEFING) && briefsOwnPeople(words, objectAt(words, i), evidence))
  if (briefed) return answer('support', [briefed[0].text])
  // "Makes sure new starters get laptops": seeing that others have what they need is support.
  const ensuring = mainVerbs.find(([, i]) => ensures(words, i))
  const getting = ensuring ? words.find((w, j) => j > ensuring[1] && C.HAVING.has(w.lower)) : undefined
  if (ensuring && getting) return answer('support', [ensuring[0].text, getting.text])
  // "make sure bins & collections keep up with the council's recycling campaign": seeing that operations keep up with the work.
  const keepingUp = ensuring ? words.findIndex((w, j) => j > ensuring[1] && ((w.lemma === 'keep' && words[j + 1]?.lower === 'up') || has(w, MEETING_PROMISES)) && [...evidence].some((e) => e > j)) : -1
  if (ensuring && keepingUp > 0) return answer('support', [ensuring[0].text, words[keepingUp].text])
  // "Make sure site staff pass any reporter straight to the press office": seeing that others pass it to its owner.
  // ("makes sure any media enquiry goes straight to comms": or that it reaches the owner.)
  const passedOn = ensuring ? words.findIndex((w, j) => j > ensuring[1] && (has(w, C.HANDOFF_VERBS) || has(w, C.HANDOFF_WITH_PARTICLE) || w.lemma === 'send' || w.lemma === 'put' || w.lemma === 'go') && words.some((p, k) => k > j && p.prep === 'to' && p.place === 'head' && (lexicon.isDepartment(p.keys) || lexicon.isOrganisationHead(p.keys)))) : -1
  if (ensuring && passedOn > 0) return answer('oversee', [ensuring[0].text, words[passedOn].text])
  // "Makes sure the payroll clerks are trained": seeing that something is done by others is oversight.
  const done = ensuring ? words.find((w, j) => j > ensuring[1] && w.passive) : undefined
  if (ensuring && done) return answer('oversee', [ensuring[0].text, done.text])
  // "fact-check the press release", "check the facts in comms' statement": checking another team's piece for the facts
  // operations knows is input to it.
  // ("check the press release's ops facts": the facts may close the object's phrase.)
  // ("check the operational numbers in the draft report": the facts may be described.)
  const checkedFacts = (i: number): boolean => FACTS.has(words[i + 1]?.lower === 'the' ? words[i + 2]?.lower ?? '' : words[i + 1]?.lower ?? '') ||
    (words[i + 1]?.lower === 'the' && words[i + 2]?.place === 'mod' && FACTS.has(words[i + 3]?.lower ?? '')) ||
    words.some((w, j) => j > i && j <= i + 6 && w.place === 'head' && !w.prep && FACTS.has(w.lower) && words.slice(i + 1, j).every((x) => x.place !== 'head' || x.lower.endsWith("'s"))) ||
    // ("check comms' draft statement for the operational facts": checked for them.)
    words.some((w, j) => j > i && w.prep === 'for' && w.place === 'head' && FACTS.has(w.lower))
  // "Write up what the ops team needs from the new baggage system", "write up ops requirements for the new software":
  // what operations needs from another department's thing, written down for it, is input to its work.
  if (othersWork) {
    const writing = mainVerbs.find(([v]) => has(v, WRITING))
    const object = writing ? objectAt(words, writing[1]) : -1
    // ("what the ops team needs", straight after the verb or after whom it is for; "what the new campaign must say" names
    // the campaign's words, not operations' needs.)
    const what = writing ? words.findIndex((w, j) => j > writing[1] && j <= writing[1] + 5 && w.lower === 'what' && words.slice(writing[1] + 1, j).every((x) => x.place === 'function' || x.prep === 'for')) : -1
    const need = what > 0 ? words.findIndex((x, j) => j > what && j <= what + 6 && NEEDING.test(x.lower) && !words.slice(what + 1, j).some((y, k) => evidence.has(what + 1 + k))) : -1
    const needs = object > 0 && has(words[object], NEEDS) ? object : need
    if (writing && needs > 0) return answer('contribute', [writing[0].particle ? `${writing[0].text} ${writing[0].particle}` : writing[0].text, words[needs].text])
  }
  const factChecking = mainVerbs.find(([v, i]) => PROOFREADING.has(v.lemma) || (v.lemma === 'check' && checkedFacts(i)))
  if (factChecking && othersWork) return answer('contribute', [factChecking[0].text])
  // "Keep the press office updated on road closures": keeping the owner informed is input to its work.
  const kept = mainVerbs.find(([v, i]) => v.lemma === 'keep' && words.slice(i + 1, i + 6).some((w) => INFORMED.has(w.lower)) && words.slice(i + 1, i + 5).some((w, k) => lexicon.isDepartment(w.keys) || (has(w, C.OWN_UNITS) && evidence.has(i + k))))
  if (kept && othersWork) return answer('contribute', [kept[0].text, words.slice(kept[1] + 1).find((w) => INFORMED.has(w.lower))?.text ?? ''])
  // ("…, no solicitor involved": nobody else consulted says the role does it alone.)
  const consulted = words.find((w, j) => w.passive && w.clause === 0 && has(w, C.CONSULTED_VERBS) && !words.slice(Math.max(0, j - 3), j).some((x) => NEGATIONS.has(x.lower)))
  if (consulted) return answer('contribute', [consulted.text])
  // "Part of the finance system project so …", "I'm part of the rebrand working group": a place in the owner's project or group.
  const partOf = words.findIndex((w, j) => w.lower === 'part' && words[j + 1]?.lower === 'of' && (j === 0 || ['am', "i'm", 'is', 'are', 'be', 'being'].includes(words[j - 1].lower)))
  if (partOf >= 0 && words.slice(partOf + 2, partOf + 8).some((w) => w.place === 'head' && has(w, C.JOINED))) return answer('contribute', ['part', 'of'])
  for (const p of C.CONTRIBUTE_PHRASES) {
    const at = findPhrase(words, p)
    // "Sits on the trade body's lobbying group": a seat among outside parties is that work itself.
    if (at && d && OUTSIDE_DOMAINS.has(d) && C.SEAT_PHRASES.has(p.join(' '))) continue
    // "for each member of the admin team" names people, not a membership.
    if (at && EACH_WORDS.has(words[at[0] - 1]?.lower ?? '')) continue
    // ("load bins personally as a member of the crew": one of the working crew does its work.)
    if (at && C.SEAT_PHRASES.has(p.join(' ')) && words.slice(at[at.length - 1] + 1, at[at.length - 1] + 4).some((w) => w.place === 'head' && has(w, CREWS))) continue
    // "type the feed charts into the spreadsheet": "feed into" is a verb's phrase, not a noun's.
    if (at && (p[0] === FEED || p[0] === SIT) && words[at[0]].place !== 'verb') continue
    // "sit on the switchboard": a seat at one of the team's posts is working it, not a seat on a body.
    if (at && p[0] === SIT && words.some((w, j) => j > at[0] && j <= at[0] + 4 && w.place === 'head' && has(w, C.POSTS))) continue
    if (at && !at.some((i) => evidence.has(i) && d !== 'strategy' && d !== 'other-projects')) return answer('contribute', texts(words, at))
  }
  // "Operational due-diligence input when …": a verbless label whose head is a contribution, given from operations.
  const head = words.findIndex((w) => w.clause === 0 && w.place === 'head')
  if (!words.some((w) => w.place === 'verb' && w.clause === 0) && head >= 0 && has(words[head], C.CONTRIBUTION_NOUNS) && (!isModifiedByEvidence(words, head, evidence) || words.some((w) => w.head === head && has(w, C.OWN_SIDE)))) {
    return answer('contribute', [words[head].text])
  }
  // "Gives evidence to the select committee", "sends figures to investors": what is given to an outside party is that party's work.
  // "Tells reporters the company's side": so is what is told to outside people themselves, or asked by them ("questions from analysts").
  // "Presents the report at the shareholders' meeting": where it is presented is who it is for.
  const presenting = mainVerbs.some(([v]) => has(v, PRESENTING))
  // ("to the press office": the office a describing word names as the department's is the department, not outsiders.)
  const partnerPhrase = (i: number): boolean => isPartner(words, i) || (words[i].place === 'mod' && isPartner(words, words[i].head)) || (has(words[i], TEAMS) && words.some((m, j) => m.place === 'mod' && m.head === i && evidence.has(j)))
  const toOutsiders = !!d && OUTSIDE_DOMAINS.has(d) && [...evidence].some((i) => words[i].clause === 0 && !partnerPhrase(i) && (words[i].prep === 'to' || words[i].prep === 'before' || ((!words[i].prep || words[i].prep === 'from') && has(words[i], C.OUTSIDE_PEOPLE)) || ((words[i].prep === 'at' || words[i].prep === 'for') && presenting)))
  for (const [v, i] of mainVerbs) {
    // "Updates the contacts spreadsheet": a verb that is itself the domain's work does that work.
    if (toOutsiders || !has(v, C.CONTRIBUTE_VERBS) || evidence.has(i) || authorsTheWork(words, i, evidence)) continue
    // "… re: the data leak": a word of data describing what the work is about is no contribution; nor, after the work
    // itself as the object, what it is about ("giving interviews about waiting times").
    // "against the other side's lawyers": the other side is the party opposed, not the role's input.
    // ("… (doesn't report to her)": a reporting line is no report handed over.)
    const noun = words.findIndex((w, j) => w.clause === 0 && w.place !== 'verb' && !evidence.has(j) && has(w, C.CONTRIBUTION_NOUNS) && words[j - 1]?.lower !== 'other' && !(/^reports?$/.test(w.lower) && words[j + 1]?.lower === 'to' && /^(?:me|him|her|them|you)$/.test(words[j + 2]?.lower ?? '')) && !(w.prep === 'about' && (w.place === 'mod' || evidence.has(objectAt(words, i)))) && (has(w, C.ASKING_NOUNS) || !isModifiedByEvidence(words, j, evidence)))
    if (noun >= 0) return answer('contribute', [v.text, words[noun].text])
  }
  // "Gives the designers feedback on …": people, then what they are given, is a contribution to their work.
  // ("Gives our government relations lead figures": the giving verb may itself read as that work.)
  for (const [v, i] of mainVerbs) {
    if (!has(v, C.CONTRIBUTE_VERBS) && !has(v, SHOWING)) continue
    // ("give them our groomer logs": a pronoun for the owner, straight after the verb, receives too.)
    // ("tell the lab which fabrics ran badly": a lab stands for its people.)
    // ("give the solicitor the logs", "give the IT migration project our dates": one specialist, or a project, receives too.)
    const people = words.findIndex((w, j) => j > i && j <= i + 5 && w.place !== 'verb' && !w.prep && !has(w, C.OUTSIDE_PEOPLE) && (/(ers|ors|ists)$/.test(w.lower) || (w.place === 'head' && isPartner(words, j)) || lexicon.isOrganisationHead(w.keys) || has(w, LABS) || has(w, C.SPECIALISTS) || (w.place === 'head' && has(w, C.JOINED)) || (lexicon.isDepartment(w.keys) && w.place === 'head') || (j === i + 1 && (w.lower === 'them' || w.lower === 'us'))))
    // ("the public affairs team local job numbers": what is given may have describing words first.)
    // "tells the designers whether the new box will run on the line": what they are told is the role's input.
    const howMuch = words[people + 1]?.lower === 'how' && HOW_MUCH.has(words[people + 2]?.lower ?? '')
    // ("tell the cleaners which desk to wipe next" is an order, not information.)
    const order = words.slice(people + 2, people + 6).some((w) => w.lower === 'to')
    // "warn mktg the kiln can't do the glaze til March": what they are told, a clause of what can or cannot be done.
    const toldThat = words.slice(people + 1, people + 5).findIndex((w) => w.lower === "n't" || w.lower === 'not' || w.lower === 'cannot')
    // ("tell PR exactly what went wrong", "tell the directors what the sheds can take": what happened, or can be done.)
    // ("brief the solicitors on how the lift was run": what they are briefed on.)
    const asked = EXACTLY.has(words[people + 1]?.lower ?? '') || ((words[people + 1]?.lower === 'on' || words[people + 1]?.lower === 'about') && TOLD_ON.has(words[people + 2]?.lower ?? '')) ? people + 2 : people + 1
    // ("show the designers how boats get craned out": how the work goes, not how to do theirs.)
    const howItGoes = words[asked]?.lower === 'how' && words[asked + 1]?.lower !== 'to'
    const what = (TOLD.has(words[asked]?.lower ?? '') || howItGoes || (asked === people + 2 && TOLD_ON.has(words[asked]?.lower ?? ''))) && has(v, TELLING) && !order
    if (people > 0 && ((ASKED.has(words[asked]?.lower ?? '') && !order) || what || howMuch)) return answer('contribute', [v.text, words[asked].text])
    if (people > 0 && toldThat >= 0 && has(v, TELLING) && !order) return answer('contribute', [v.text, words[people + 1 + toldThat].text])
    // "Give public affairs figures on …", "send HR the numbers": a department's name, straight after a verb of handing over,
    // receives what follows when that is a contribution (a second object, or the head it names).
    let end = i + 1
    while (end < words.length && !words[end].prep && (lexicon.isDepartment(words[end].keys) || evidence.has(end))) end++
    if (people < 0 && has(v, HANDING) && words.slice(i + 1, end).some((w) => lexicon.isDepartment(w.keys))) {
      const after = words.findIndex((w, j) => j >= end && j <= end + 3 && w.place === 'head')
      if (after > 0 && words[after].clause === 0 && !words[after].prep && has(words[after], C.CONTRIBUTION_NOUNS)) return answer('contribute', [v.text, words[after].text])
    }
    // ("Give the developers a list of what the scanners must capture": a list handed to the people named is input too.)
    const given = people > 0 ? words.findIndex((w, j) => j > people && j <= people + 4 && w.clause === 0 && !w.prep && (has(w, C.CONTRIBUTION_NOUNS) || has(w, LISTS)) && words.slice(people + 1, j).every((m) => m.place !== 'head')) : -1
    // ("Give designers the tolerances our press can hold": an article may open what is given.)
    // ("Give the designers the tolerances our press can hold": a measure of what the role's kit can do is input, though designers use the word.)
    if (given > 0 && (!evidence.has(given) || has(words[given], GIVEN_MEASURES)) && words.slice(people + 1, given).every((w) => w.place === 'mod' || w.place === 'function')) return answer('contribute', [v.text, words[given].text])
  }
  // "Provides the sales team with lead times", "Gives the research scientists feedback": what is given to the owner is a contribution.
  // "Interprets the new law … and advises the board on it": a giving verb after all the work named does not give that work.
  const giving = mainVerbs.find(([v, i]) => has(v, C.CONTRIBUTE_VERBS) && !evidence.has(i) && !authorsTheWork(words, i, evidence) && [...evidence].some((j) => j > i))
  if (giving) {
    const found = words.findIndex((w, j) => j > giving[1] && w.clause === 0 && !w.prep && (w.place === 'head' || w.place === 'mod'))
    // "sends the comms team's statement out to the papers": whose the thing is, when it goes to outsiders, is no recipient.
    const object = toOutsiders && words[found]?.place === 'mod' && evidence.has(words[found].head) ? -1 : found
    const recipient = object >= 0 && isPartner(words, object) && recipientPhrase(words, object, domain.hits)
    if (recipient && ![...evidence].some((i) => words[i].prep === 'on' || words[i].prep === 'about')) return answer('contribute', [giving[0].text, words[object].text])
  }
  // "answer IR's questions on why fill rates dipped": questions from the department whose work it is are answered for it.
  const [answering, at] = mainVerbs.find(([v]) => has(v, ANSWERING)) ?? [undefined, -1]
  const asked = answering ? words.findIndex((w, j) => j > at && w.clause === 0 && w.place === 'head' && !w.prep && has(w, QUESTIONS)) : -1
  if (answering && asked > 0 && words.some((m, j) => j > at && j < asked && (has(m, TEAMS) || has(m, EXECUTIVES) || lexicon.isDepartment(m.keys)))) return answer('contribute', [answering.text, words[asked].text])
  // "Sailings the subsidy covers -> public affairs", "list what the gates need from the new system -> IT": what goes to
  // the department whose work it is, by a verb that is not that work, is input to it.
  // ("sends press enquiries that land at the office straight to the PR team": after a verb of sending, in any clause.)
  const sending = mainVerbs.some(([v]) => has(v, C.CONTRIBUTE_VERBS))
  // ("take it to the board for sign-off": the board decides; it does not own the work.)
  const recipient = words.findIndex((w, j) => (w.clause === 0 || sending) && w.prep === 'to' && evidence.has(j) && isPartner(words, j) && lexicon.isDepartment(w.keys) && !has(w, DECIDERS))
  // ("sends comms' statement out to journalists": outside people who receive it are that work's own audience.)
  const outsidersReceive = [...evidence].some((i) => words[i].prep === 'to' && has(words[i], C.OUTSIDE_PEOPLE))
  if (recipient > 0 && !outsidersReceive && ![...evidence].some((j) => words[j].place === 'verb') && !mainVerbs.some(([v]) => has(v, C.CONSULTED_VERBS))) return answer('contribute', ['to', ...words.filter((m, j) => j === words[recipient].head || (m.head === words[recipient].head && m.place === 'mod')).map((m) => m.text)])
  // "Aligns the supply-chain strategy with the company's five-year plan": fitting own work to a plan set elsewhere.
  const aligning = mainVerbs.find(([v]) => has(v, C.ALIGN_VERBS))
  if (aligning && [...evidence].some((i) => words[i].prep === 'with' || words[i].prep === 'to') && !partnerNamed(words, evidence)) return answer('implement', [aligning[0].text])
  // "Runs the project to roll out finance's new package": running another team's project, its purpose is not the role's rollout.
  // "Bakes legal's new contract terms into the handling procedure", "writes the press office's protocol into our SOPs":
  // built into the role's own procedures, the result becomes part of its own operations.
  const procedure = intoOwnProcedures(words)
  if (procedure >= 0 && mainVerbs.length) return answer('own-operations', [mainVerbs[0][0].text, 'into', words[procedure].text])
  const runsProject = d === 'other-projects' && !!mainVerbs[0] && has(mainVerbs[0][0], C.PROJECT_RUNNING)
  // ("Design the next kettle range, producing the CAD models and hand-built prototypes": a design verb opening the line
  // does the design, whatever is produced or built along the way.)
  const opensLine = !!mainVerbs[0] && mainVerbs[0][1] <= 1 && words.slice(0, mainVerbs[0][1]).every((w) => w.place === 'function' || w.lower === 'i' || IN_PERSON.has(w.lower))
  const doesItFirst = d === 'product-design' && opensLine && lexicon.isVerbOf(mainVerbs[0][0].keys, d)
  // ("build the pick-path app in Python, pushing fixes straight to production": software's production is its live system.)
  const shipsSoftware = d === 'it-software' && words.some((w) => w.place === 'verb' && has(w, SHIPPING_CODE))
  // ("Implements the new wrapping method by personally wrapping each batch": the team's work done in person is done.)
  const inPerson = d === 'hands-on-work' && words.some((w) => IN_PERSON.has(w.lower))
  // ("Brings up the pallets when the team is short": the team's work is put in place only as a finished result or new
  // system named, signed off or taken into production; a gap filled, or a particle verb alone, is the work done.)
  // ("Roll out the new tills IT chose": a new system is a result too.)
  const newSystem = (w: Word, j: number): boolean => has(w, C.NEW_SYSTEMS) && words.some((m) => m.head === j && m.lower === 'new')
  const intoProduction = (w: Word): boolean => has(w, C.PRODUCTION_WORDS) && (w.prep === 'into' || w.prep === 'onto' || w.prep === 'to')
  const resultNamed = words.some((w, j) => C.FINISHED.has(w.lower) || has(w, C.RESULT_NOUNS) || intoProduction(w) || newSystem(w, j)) || !!arrivalCue(words)
  const teamWorkDone = d === 'hands-on-work' && (domain.hits.some((h) => h.filling) || !resultNamed)
  const implement = runsProject || doesItFirst || shipsSoftware || inPerson || teamWorkDone ? null : implementCue(words)
  // "Get the new branded signage fitted once marketing have approved the artwork": marketing's work named only by a
  // describing word of the role's own things, the department's name, a phrase after a preposition or the clause saying it
  // is finished, while a thing of the role's own is put in place, is supporting it.
  if (implement && d === 'marketing' && domain.hits.every((h) => h.words.every((i) => lexicon.isDepartment(words[i].keys) || (words[i].place === 'mod' && lexicon.isOperationalHead(words[words[i].head].keys)) || !!words[i].prep || words[i].clause > 0))) return answer('support', implement)
  if (implement) return answer('implement', implement)

  const evidenceWords = [...evidence].map((i) => words[i])
  // "Raises IT tickets when the systems go down": what a later clause names is the occasion, not the work.
  const mainEvidence = [...evidence].filter((i) => words[i].clause === 0)
  const partnerOnly = mainEvidence.length > 0 && mainEvidence.every((i) => isPartner(words, i))
  // "Raises IT issues", "logs HR queries": what is raised with a department, named after it, goes to its owner.
  const raising = mainVerbs.find(([v]) => has(v, C.RAISE_VERBS))
  // "Reports bugs in the new picking app to the software team": what is raised, where it is, and who it goes to.
  const raised = words.findIndex((w) => w.clause === 0 && w.place === 'head' && has(w, C.RAISED))
  // "problems with the warehouse app": straight after what is raised, "with" says what it is about.
  const aboutWith = (i: number): boolean => words[i].prep === 'with' && words[raised + 1]?.lower === 'with' && words.slice(raised + 2, i).every((w) => w.prep === 'with')
  const aboutRaised = (i: number): boolean => raised >= 0 && (i === raised || (i > raised && !!words[i].prep && ((words[i].prep !== 'to' && words[i].prep !== 'with') || aboutWith(i))))
  const partnerGiven = mainEvidence.some((i) => raisedWith(words, i) || (raised >= 0 && isPartner(words, i)))
  if (raising && partnerGiven && mainEvidence.every((i) => raisedWith(words, i) || isPartner(words, i) || aboutRaised(i))) return answer('coordinate', [raising[0].text, words[mainEvidence[0]].text])
  // "Wifi dead spots in the venue → log them & chase IT": what is logged, then the department chased about it.
  const chased = words.findIndex((w, j) => j > 0 && words[j - 1].place === 'verb' && words[j - 1].lemma === 'chase' && lexicon.isDepartment(w.keys))
  if (raising && chased > raising[1] && [...evidence].every((i) => i === chased || (i > raising[1] && i < chased - 1 && words[i].place !== 'verb'))) return answer('coordinate', [raising[0].text, words[chased - 1].text, words[chased].text])
  // "log it with IT support", "report them to IT": a fault named before, raised with the department whose work it is.
  // ("logging tickets with the IT supplier": a fault named as what is raised, too.)
  const raisedThing = raising && (OBJECT_PRONOUNS.has(words[raising[1] + 1]?.lower ?? '') || (raised > raising[1] && !evidence.has(raised)))
  const withDepartmentOnly = mainEvidence.length > 0 && mainEvidence.every((i) => (words[i].prep === 'with' || words[i].prep === 'to') && (lexicon.isDepartment(words[i].keys) || words.some((m) => m.head === i && m.place === 'mod' && lexicon.isDepartment(m.keys))))
  if (raisedThing && withDepartmentOnly && mainEvidence.some((i) => lexicon.isDepartment(words[i].keys))) return answer('coordinate', [raising[0].text, words[mainEvidence[0]].text])
  // Supporting a department ("support sales", "help the marketing team"), not doing its work for someone ("help staff with IT problems").
  const firstEvidence = [...evidence].sort((a, b) => a - b)[0]
  for (const [v] of mainVerbs) {
    // "Serves as project manager for …" acts as it; it does not support.
    if (has(v, C.SUPPORT_VERBS) && words[words.indexOf(v) + 1]?.lower !== 'as' && firstEvidence !== undefined && isPartner(words, firstEvidence)) return answer('support', [v.text])
    // "Support the rebrand project by planning shop closures": supporting another team's project is taking part in it.
    const object = words.findIndex((w, j) => j > words.indexOf(v) && w.clause === 0 && w.place === 'head' && !w.prep)
    // "Free up staff for IT's migration project": so is giving it people or things.
    // ("for user testing on IT's new app project": the project may close the phrase the "for" opens.)
    const forAt = words.findIndex((w, j) => j > words.indexOf(v) && w.clause === 0 && w.prep === 'for')
    const forProject = forAt < 0 ? -1 : words.findIndex((w, j) => j >= forAt && w.clause === 0 && w.place === 'head' && (w.prep === 'for' || w.prep === 'on') && has(w, C.JOINED))
    // "Supports the investor visit by preparing the site": so is supporting another team's event.
    // "host the fabric lab's wash tests in our washroom": giving another team's work a place is supporting it.
    if (has(v, HOSTING) && v === mainVerbs[0][0] && object > 0 && words.some((m) => m.head === object && m.place === 'mod' && (lexicon.isDepartment(m.keys) || has(m, LABS)))) return answer('support', [v.text, words[object].text])
    // "Supports marketing's spring campaign with stock": so is supporting what a department named as its owner runs.
    // ("…, serving passengers and processing sales transactions": only as the line's own first verb.)
    const departments = object > 0 && v === mainVerbs[0][0] && words.some((m) => m.head === object && m.place === 'mod' && lexicon.isDepartment(m.keys))
    // ("Free up a wash bay for the R&D trials": a thing of the role's freed for another department's work.)
    const forTheirWork = forAt > 0 && object > 0 && object < forAt && !evidence.has(object) && evidence.size > 0 && [...evidence].every((j) => j > forAt && words[j].prep === 'for')
    if (has(v, C.SUPPORT_VERBS) && object > 0 && (has(words[object], C.JOINED) || (has(words[object], SUPPORTED_EVENTS) && v === mainVerbs[0][0]) || forProject > 0 || departments || forTheirWork)) return answer('support', [v.text, words[forProject > 0 ? forProject : object].text])
  }
  // "Work with the IT contractor so the new software fits how the drivers load": a department worked with, so that its
  // thing suits how the work is done, is coordination, whatever that thing is.
  const fitting = fitsTheWork(words)
  // ("make sure the ticketing upgrade suits the loading sequence, with IT": the department may close the line.)
  const withDepartment = words.findIndex((w, j) => (w.clause === 0 || (fitting > 0 && j > fitting)) && w.prep === 'with' && lexicon.isDepartment(w.keys))
  if (fitting > 0 && withDepartment >= 0 && [...evidence].every((i) => words[i].clause === words[fitting].clause || (words[i].clause === 0 && words[i].prep === 'with'))) return answer('coordinate', ['with', words[withDepartment].text, words[fitting].text])
  const withOwner = evidenceWords.find((w, k) => w.prep && (w.prep === 'with' || w.prep === 'alongside') && ((isPartner(words, [...evidence][k]) && !outsideParty([...evidence][k])) || advisers(words, [...evidence][k])))
  // ("book a shutdown window with R&D for their furnace trial": "their" after the partner is the partner's.)
  const theirs = (i: number): boolean => words.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'their')
  const restIsPartner = evidenceWords.every((w, k) => isPartner(words, [...evidence][k]) || w.prep === 'with' || w.prep === 'alongside' || theirs([...evidence][k]))
  const coordinating = mainVerbs.some(([v]) => has(v, C.COORDINATE_VERBS))
  if (withOwner && (restIsPartner || coordinating)) return answer('coordinate', [withOwner.prep ?? 'with', withOwner.text])
  for (const [v, i] of mainVerbs) {
    if (has(v, C.COORDINATE_VERBS) && partnerOnly) return answer('coordinate', [v.text, evidenceWords[0].text])
    // "Meets sales weekly to match the order book to capacity": the department met is the owner worked with.
    const met = words.findIndex((w, j) => j > i && w.clause === 0 && w.place !== 'function')
    if (has(v, MEETING) && met > 0 && !words[met].prep && lexicon.isDepartment(words[met].keys)) return answer('coordinate', [v.text, words[met].text])
    // "ask marketing how many orders the promo will bring": a question put to the owner about its work, to plan for it.
    if (v.lemma === 'ask' && met === i + 1 && lexicon.isDepartment(words[met].keys) && ASKED_ABOUT.has(words[met + 1]?.lower ?? '')) return answer('coordinate', [v.text, words[met].text])
  }
  // "Gets the office junior to do the filing": someone else, named as the object, is got or asked to do the team's work.
  // "Decides which admin tasks go to the new office assistant": the team's work shared out to someone named.
  const sharedOut = d && OVERSEEN.has(d) ? words.findIndex((w, j) => w.lower === 'which' && words.slice(j + 1, j + 5).some((g) => g.keys.includes(GO)) && words.some((p, k) => k > j && p.prep === 'to' && p.place === 'head' && (personish(p) || lexicon.isOrganisationHead(p.keys)))) : -1
  if (sharedOut > 0 && mainVerbs.length > 0 && mainVerbs[0][1] < sharedOut) return answer('oversee', [mainVerbs[0][0].text, words[sharedOut].text])
  const gettingDone = d && OVERSEEN.has(d) ? gotToDo(words, mainVerbs) : -1
  // ("get the admin assistant to …": the desk named on the person says who, too.)
  if (gettingDone >= 0 && [...evidence].every((i) => i > gettingDone + 1 || i === gettingDone || (words[i].place === 'mod' && words[i].head === gettingDone))) return answer('oversee', [mainVerbs.filter(([, i]) => i < gettingDone).slice(-1)[0][0].text, words[gettingDone].text, 'to'])
  // "Decides who covers the front desk": the team's work, with someone else named to do it.
  const who = words.findIndex((w) => w.lower === 'who')
  // ("admin team: sort who covers the phones": the team named as whose it is does not count against that.)
  if (d && OVERSEEN.has(d) && who > 0 && mainVerbs.length > 0 && mainVerbs[0][1] < who && [...evidence].every((i) => i > who || isPartner(words, i))) return answer('oversee', [mainVerbs[0][0].text, words[who].text])
  if (d && OVERSEEN.has(d)) {
    for (const [v, i] of mainVerbs) {
      // "Makes sure the switchboard is staffed" reads as "ensures".
      const about = words.some((w, j) => j > i && (w.clause === 0 || w.ensured) && has(w, C.OVERSIGHT_OBJECTS))
      // "Sets up the filing system the office team uses": putting a system in place for the team.
      if (v.keys.includes(SET) && v.particle === 'up' && about) return answer('oversee', [`${v.text} up`])
      // "Looks over how the admin team logs visitors": a verb of looking, with "over", checks the team's work.
      // "Looks at how the admin team runs filing": looking into how others work is checking it, too.
      const lookingInto = v.lemma === 'look' && (words[i + 1]?.lower === 'at' || words[i + 1]?.lower === 'into') && words[i + 2]?.lower === 'how'
      // "Keeps an eye on how the back-office routines run".
      const eyeOn = v.lemma === 'keep' && words.slice(i + 1, i + 4).some((w) => w.lower === 'eye')
      const overLooking = (v.particle === 'over' && has(v, C.OVERSIGHT_WITH_OVER)) || lookingInto || eyeOn
      if (!has(v, C.OVERSIGHT_VERBS) && !overLooking && !(v.lemma === 'make' && words[i + 1]?.lower === 'sure')) continue
      // "Runs a checkout till": running one till is working it; so is running it yourself.
      if (v.keys.includes(RUN) && (words[i + 1]?.lower === 'a' || words.some((w) => IN_PERSON.has(w.lower)))) continue
      // ("Cut and colour clients myself": done in person, a verb of cutting back is the work itself.)
      if (has(v, C.IMPROVING_VERBS) && words.some((w) => IN_PERSON.has(w.lower))) continue
      // ("Automate the invoice entry so nobody keys them twice": a verb of the work in a later clause is what stops, not what the role does.)
      if (about || evidenceWords.every((w) => w.place !== 'verb' || w.clause > 0)) return answer('oversee', [v.text])
    }
  }
  // "Review new product drawings to check we can make them at volume", "see if the line could run the new pack": whether
  // operations can do it is feasibility input to the work's owner.
  const can = words.findIndex((w, j) => (w.lower === 'can' || w.lower === 'could') && OPS_SUBJECTS.has(words[j - 1]?.lower ?? '') && has(words[j + 1]?.lower === 'physically' ? words[j + 2] : words[j + 1], CAN_DO))
  if (othersWork && can > 0 && words.slice(0, can).some((w) => ASKED.has(w.lower) || (w.place === 'verb' && has(w, FINDING_OUT)))) return answer('contribute', [words[can].text, words[can + 1].text])
  // "keep quarry tours compliant with HSE regs": keeping the role's own work within the rules.
  const keptCompliant = (d === 'legal' || d === 'government-relations') && mainVerbs.some(([v]) => has(v, KEEPING)) && words.some((w) => w.clause === 0 && COMPLIANT.has(w.lower))
  if (keptCompliant) return answer('own-operations', [mainVerbs[0][0].text, words.find((w) => COMPLIANT.has(w.lower))?.text ?? ''])
  const ownable = domain.hits.length > 0 && domain.hits.every((h) => h.ownable)
  // ("Ensure compliance with the water regulator's rules at every works", "keeping compliance": compliance itself, with
  // nothing making it the company's legal programme, is the role's own processes kept within the rules.)
  const ownCompliance = d === 'legal' && !words.some((w) => COMPANY_WIDE.test(w.lower))
  if (ownable && (domain.operations >= 1 || ownPaperwork(words, domain) || ownCompliance)) return answer('own-operations', domain.hits.flatMap((h) => texts(words, h.words)))
  const main = mainVerbs[0]?.[0]
  return answer('do', main ? [main.particle ? `${main.text} ${main.particle}` : main.text] : [])
}

/** "… that marketing is advertising", "… the marketing team is running": a department after a thing, then its verb. */
function departmentDoing(words: readonly Word[]): [number, number] | null {
  for (let j = 1; j < words.length; j++) {
    const before = words[j - 1]
    if (!lexicon.isDepartment(words[j].keys) || !(before.lower === 'that' || before.lower === 'which' || (before.lower === 'the' && !!words[j - 2] && words[j - 2].place !== 'verb'))) continue
    const k = afterDepartment(words, j)
    if (words[k] && words[k].place === 'verb' && !words.slice(k + 1).some((x) => x.place === 'head' && !x.prep && x.clause === words[k].clause)) return [j, k]
  }
  return null
}

/** "what sales sold", "as the sales team sold it", "what the sales team is selling": from "what"/"as" to the selling verb. */
function soldByThem(words: readonly Word[]): [number, number] | null {
  for (let j = 0; j < words.length; j++) {
    if (words[j].lower !== 'what' && words[j].lower !== 'as') continue
    const at = words[j + 1]?.lower === 'the' ? j + 2 : j + 1
    if (!words[at] || !lexicon.isDepartment(words[at].keys)) continue
    const k = afterDepartment(words, at)
    if (words[k] && /^(?:sold|sell|sells|selling|promised|promise|promises)$/.test(words[k].lower)) return [j, k]
  }
  return null
}

/** Where a department's own verb stands: past "team" or "office" and an auxiliary ("marketing team is advertising"). */
function afterDepartment(words: readonly Word[], at: number): number {
  let k = at + 1
  if (words[k] && lexicon.isOrganisationHead(words[k].keys)) k++
  if (/^(?:is|are|was|were|has|have)$/.test(words[k]?.lower ?? '')) k++
  return k
}

/** A verb of ensuring at i: "ensure", "see to", "make sure". */
function ensures(words: readonly Word[], i: number): boolean {
  return has(words[i], C.ENSURE_VERBS) || (words[i].lemma === 'make' && words[i + 1]?.lower === 'sure')
}
/** States a place is kept in for its users: "safe, stocked and ready". */
const READY_STATES = new Set(['safe', 'stocked', 'ready', 'clean', 'staffed', 'open', 'available', 'equipped', 'tidy', 'supplied', 'serviced'])
/** Who "can" do it when the question is feasibility: "we can make", "the line could run". */
const OPS_SUBJECTS = new Set(['we', 'us', 'line', 'lines', 'plant', 'site', 'team', 'kitchen', 'factory', 'works', 'depot', 'warehouse', 'crew', 'floor', 'shop', 'bakery', 'mill', 'yard', 'room', 'hall', 'fleet', 'workshop', 'studio'])
const CAN_DO = wordKeys('make build produce run handle cope fit pack deliver hit achieve manage take supply manufacture bake brew print mould weave')
const FINDING_OUT = wordKeys('check review assess see confirm test verify establish gauge judge')
const LEADING = new Set(['lead', 'handle', 'set', 'determine', 'own', 'run', 'direct', 'head', 'chair', 'drive', 'define', 'decide', 'write', 'craft', 'shape'].map(key))
/** Activities whose "of" or "in" phrase is the work led ("the evaluation of acquisition targets", "the defence in the claim"). */
const LED_ACTIVITIES = wordKeys('defence defense evaluation negotiation negotiations development design delivery management preparation drafting')
/** What a verb of leading can lead without doing the work: someone else's result put in place, or operations' own part in it. */
const NOT_LED = wordKeys('rollout roll-out implementation introduction adoption transition migration deployment input contribution support response side part')

/** Attending another department's project meetings: taking part in the project. */
const ATTENDING = wordKeys('attend')
const MEETINGS = wordKeys('meeting meetings review reviews stand-up stand-ups call calls')
/** Writing down what operations needs from another department's thing: input to its work. */
const WRITING = wordKeys('write draft note list document capture')
const NEEDS = wordKeys('requirement requirements need needs')
const NEEDING = /^(?:needs?|wants?|requires?)$/
/** Reading or learning a design's specification: taking it into production. */
const UNDERSTANDING = wordKeys('read learn study understand digest')
const SPECIFICATIONS = wordKeys('spec specs specification specifications drawing drawings')
/** What makes compliance the company's legal programme rather than the role's own processes. */
const COMPANY_WIDE = /^(?:company|group|co|organisation|organization|firm|trust)-?wide$|^(?:programme|program|policy|policies|department|departments|gdpr|bribery|anti-bribery|legal|counsel)$/
/** A lab described so is another firm, not a partner worked with. */
const RIVAL_WORDS = /^(?:rival|competing|competitor)/
/** Teaching a desk or team: overseeing its people. */
const TEACHING = wordKeys('train coach mentor teach upskill')
/** After "ask <department>", what is asked about its work. */
const ASKED_ABOUT = new Set(['how', 'what', 'when', 'whether', 'which', 'if', 'where', 'about', 'for'])
const OPERATIONS_SIDE = wordKeys('ops operations operational')
const HOSTING = wordKeys('host accommodate house')
const REPRESENTING_VERBS = wordKeys('represent')
const DECIDERS = wordKeys('board executive leadership management')
const LABS = wordKeys('lab labs laboratory studio')
/** What is sent to a lab to be tested: "swabs", "water samples". */
const SAMPLES = wordKeys('sample samples swab swabs specimen specimens')
/** What the role's own tests are of: "kitchen swab tests", "water tests". */
const OWN_TESTED = new Set(['water', 'kitchen', 'food', 'hygiene', 'listeria', 'legionella', 'allergen', 'air', 'noise', 'dust', 'micro', 'microbiology'])
const DOCUMENT_KINDS = new Set(['status', 'progress', 'weekly', 'monthly', 'daily', 'kpi', 'sales', 'incident', 'audit', 'board'])
const ANSWERING = wordKeys('answer field respond handle')
const TEAMS = wordKeys('team teams department departments dept office function unit')
const QUESTIONS = wordKeys('question questions query queries request requests')
/** Executives whose questions are asked for their own work: "the CFO's questions on output for the investor deck". */
const EXECUTIVES = wordKeys('cfo ceo coo cto md fd gm chair chairman director directors board')
const MAKING_LIVE = wordKeys('get go make take put')
/** Pieces of work that a word of finding out describes: "a research programme into …". */
const FINDING_OUT_WORK = wordKeys('programme programmes program project projects work')
/** Words of finding out: what follows "into" after them is what is looked into ("a study into …"). */
const LOOKED_INTO = wordKeys('rnd development research study studies investigation investigations inquiry enquiry review look trial trials test tests experiment experiments probe')

/** Where "into the role's own procedures" (or SOPs, daily checks …) names where a result is put, or -1. */
export function intoOwnProcedures(words: readonly Word[]): number {
  // ("research into new processes": after a word of finding out, "into" names what is looked into.)
  // ("the research programme into a chemical-free process": or after a programme of it.)
  const findsOut = (k: number): boolean => !!words[k] && (has(words[k], LOOKED_INTO) || (has(words[k], FINDING_OUT_WORK) && words.some((m) => m.head === k && m.place === 'mod' && has(m, LOOKED_INTO))))
  return words.findIndex((w, j) => w.place === 'head' && w.prep === 'into' && w.clause === 0 && has(w, C.OWN_PROCEDURES) && !words.slice(0, j).some((x, k) => x.lower === 'into' && findsOut(k - 1)))
}

function leadsTheWork(words: readonly Word[], evidence: ReadonlySet<number>, d: DomainId | null): boolean {
  if (!d || OVERSEEN.has(d) || d === 'task-control' || d === 'operations') return false
  // "Represents the company at employment tribunals, preparing the submissions": representing it where that work is done.
  const first = words.findIndex((w) => w.place === 'verb' && w.clause === 0)
  const represented = first >= 0 ? words.find((w, j) => j > first && w.place === 'head' && !w.prep) : undefined
  if (first >= 0 && has(words[first], REPRESENTING_VERBS) && !(represented && has(represented, OPERATIONS_SIDE)) && [...evidence].some((i) => i > first && words[i].clause === 0 && ['at', 'in', 'before'].includes(words[i].prep ?? ''))) return true
  // "Write the lab's new method into our procedures": written into the role's own procedures, the result is put in place.
  if (intoOwnProcedures(words) >= 0) return false
  const v = words.findIndex((w) => w.place === 'verb' && w.clause === 0)
  if (v < 0 || !words[v].keys.some((k) => LEADING.has(k)) || words[v].particle) return false
  const object = words.findIndex((w, j) => j > v && w.segment === words[v].segment && w.place === 'head' && !w.prep)
  if (object < 0 || has(words[object], NOT_LED) || has(words[object], C.CONTRIBUTION_NOUNS)) return false
  // "Own the ops workstream": operations' own strand of the work is its part in it.
  if (words.some((m) => m.head === object && m.place === 'mod' && has(m, OPERATIONS_SIDE))) return false
  const stretch = words.filter((w, j) => j > v && w.segment === words[v].segment)
  // "Lead on the marketing plan with the brand team": a partner named in the same stretch is worked with.
  if (stretch.some((w) => (w.prep === 'with' || w.prep === 'alongside') && (lexicon.isDepartment(w.keys) || lexicon.isOrganisationHead(w.keys)))) return false
  const led = evidence.has(object) || (has(words[object], LED_ACTIVITIES) && words.some((w, j) => j > object && w.segment === words[v].segment && evidence.has(j) && (w.prep === 'of' || w.prep === 'in')))
  return led && !words.slice(v + 1, object).some((w) => has(w, NOT_LED))
}

/**
 * The verbs of the main clause. A label without one ("Oversight of the night loading")
 * lets its first head noun that names a way of holding work stand in, as that verb.
 */
function mainVerbsOf(words: readonly Word[]): (readonly [Word, number])[] {
  const verbs = words.map((w, i) => [w, i] as const).filter(([w]) => w.place === 'verb' && w.clause === 0)
  if (verbs.length) return verbs
  const i = words.findIndex((w) => w.clause === 0 && w.place === 'head')
  const verb = i >= 0 ? words[i].keys.map((k) => C.MODE_NOUNS.get(k)).find(Boolean) : undefined
  return verb ? [[{ ...words[i], place: 'verb', keys: [verb] }, i]] : []
}

function partnerNamed(words: readonly Word[], evidence: ReadonlySet<number>): boolean {
  return [...evidence].some((i) => isPartner(words, i))
}

const RELATIVES = new Set(['who', 'that', 'which', 'whose'])
const INFORMED = new Set(['updated', 'informed', 'posted', 'briefed', 'loop', 'supplied', 'fed'])
const PROOFREADING = new Set(['proofread', 'proof-read'])
const FACTS = new Set(['facts', 'figures', 'numbers', 'figs', 'stats', 'data', 'accuracy'])
const EXACTLY = new Set(['exactly', 'precisely', 'roughly', 'honestly'])
const TOLD = new Set(['what', 'why', 'where', 'when'])
const TOLD_ON = new Set(['how', 'what', 'why', 'where', 'when', 'whether'])
const TELLING = wordKeys('tell warn alert remind flag advise brief show')
/** "show the designers how boats get craned out": only what they are shown of how the work goes is input. */
const SHOWING = wordKeys('show')
/** Verbs of releasing software: with them "production" is the live system. */
const SHIPPING_CODE = wordKeys('push deploy release ship')
/** Measures of what the role's kit or site can do: given to designers, they are input. */
const GIVEN_MEASURES = wordKeys('tolerance tolerances dimension dimensions limit limits size sizes max maximum')
const LISTS = wordKeys('list lists')

/** Verbs of handing something over, whose first object may be who receives it. */
const HANDING = wordKeys('give send hand pass forward email')
const PROMISES = wordKeys('promise promises promised promising claim claims told')
/** "Ads say 'next day'": what the ads say, before anything the role does, is their promise. */
const SAYING = wordKeys('say says said')
const MEETING_PROMISES = wordKeys('match matches hit hits meet meets deliver delivers cope copes handle doable achievable deliverable honour honours keep keeps')
const TRYING_OUT = wordKeys('test trial pilot try')
const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'that', 'these', 'those'])
const FITTING = new Set(['fit', 'fits', 'match', 'matches', 'suit', 'suits', 'reflect', 'reflects', 'support', 'supports'])
const WORKING_WAYS = new Set(['how', 'the', 'our', 'ops', 'operations', 'real', 'actual'])
/**
 * "… so the software fits how trucks flow", "so that it matches the way we pick", "make sure the upgrade suits the loading
 * sequence": the fitting word of a purpose clause or of what the role sees to, or -1.
 */
function fitsTheWork(words: readonly Word[]): number {
  // ("so the new tablets do what the drivers need": doing what the work needs.)
  return words.findIndex((w, j) => w.clause > 0 && (FITTING.has(w.lower) || ((w.lower === 'do' || w.lower === 'does') && words[j + 1]?.lower === 'what')) && (WORKING_WAYS.has(words[j + 1]?.lower ?? '') || words[j + 1]?.lower === 'what') &&
    ((w.ensured && opsAfter(words, j)) || words.some((o, k) => k < j && o.clause === w.clause && (o.lower === 'so' || o.lower === 'ensure'))))
}

/** What the thing seen to must fit is the work itself: "how …", "ops", or an operational head ("the loading sequence"). */
function opsAfter(words: readonly Word[], j: number): boolean {
  const next = words.slice(j + 1, j + 4)
  return next.some((x) => x.lower === 'how' || x.lower === 'ops' || x.lower === 'operations' || (x.place === 'head' && lexicon.isOperationalHead(x.keys)) ||
    (x.place === 'mod' && x.keys.some((k) => lexicon.singles(k).some((e) => e.domain === 'operations' || e.domain === 'hands-on-work'))))
}

/** Verbs of readying one's own people (not "advise", which gives the advice itself). */
const BRIEFING = wordKeys('brief update tell remind prep')
/** The role's own groups of people: its crews, and the centres and floors they work in. */
const OWN_GROUPS = new Set([...CREWS, ...wordKeys('centre centres center centers floor floors')])
/** The object is the role's own people (a team, a desk, its workers), and the other work is what they are told about. */
function briefsOwnPeople(words: readonly Word[], object: number, evidence: ReadonlySet<number>): boolean {
  if (object < 0 || evidence.has(object)) return false
  const o = words[object]
  const mods = words.filter((m) => m.head === object && m.place === 'mod')
  if (lexicon.isDepartment(o.keys) || mods.some((m) => lexicon.isDepartment(m.keys)) || has(o, C.OUTSIDE_PEOPLE)) return false
  const own = has(o, C.OWN_UNITS) || has(o, C.OWN_REPORTS) || has(o, OWN_GROUPS) || lexicon.isOrganisationHead(o.keys) || /(?:ers|ors)$/.test(o.lower)
  return own && [...evidence].some((e) => e > object && (words[e].prep === 'on' || words[e].prep === 'about'))
}

const AUTHORING = wordKeys('draft write prepare produce compile')
/** "Draft the public statements", "draft & sign off the growth plan": the piece drafted is the domain's own work. */
function authorsTheWork(words: readonly Word[], verb: number, evidence: ReadonlySet<number>): boolean {
  if (!has(words[verb], AUTHORING)) return false
  const object = objectAt(words, verb)
  // ("Drafts the capex proposal for sign-off by finance": a proposal is put to its owner.)
  if (object < 0 || has(words[object], PROPOSALS) || has(words[object], C.CONTRIBUTION_NOUNS) || words.some((w) => SIGN_OFF.has(w.lower))) return false
  return evidence.has(object) || words.some((m, j) => m.head === object && m.place === 'mod' && evidence.has(j))
}
const PROPOSALS = wordKeys('proposal proposals case cases request requests submission submissions bid bids option options paper papers')
const SIGN_OFF = new Set(['sign-off', 'signoff', 'approval', 'approve', 'review'])

/** A word naming a department or modifying a group of people ("the HR team", "marketing"): the owner, not the work. */
/** Firms that do a department's work for it: "the IT provider", "our payroll bureau". */
const SERVICE_FIRMS = wordKeys('provider providers contractor contractors supplier suppliers company companies firm firms partner partners bureau helpdesk')
function isPartner(words: readonly Word[], i: number): boolean {
  const w = words[i]
  // "on the IT helpdesk portal", "to the HR inbox": a channel named after a department reaches that department.
  const channel = w.place === 'head' ? i : w.head
  if (w.prep && words[channel].keys.some((k) => C.CHANNELS.has(k)) && words.some((m) => m.place === 'mod' && m.head === channel && lexicon.isDepartment(m.keys))) return true
  if (lexicon.isDepartment(w.keys) && w.place === 'head') return true
  // "the IT tickets", "the HR team": a group or desk named after a department stands for it.
  // ("our IT contractor", "the IT provider": so does a firm that does the department's work.)
  if (w.place === 'head' && (lexicon.isOrganisationHead(w.keys) || has(w, SERVICE_FIRMS)) && words.some((m) => m.place === 'mod' && m.head === i && lexicon.isDepartment(m.keys))) return true
  // ("agree turnaround times with the dental lab": a lab worked with is its people.)
  // ("merger talks with a competing dental lab": a rival lab is another firm.)
  if (w.place === 'head' && (w.prep === 'with' || w.prep === 'alongside') && has(w, LABS) && !words.some((m) => m.head === i && RIVAL_WORDS.test(m.lower))) return true
  // ("works with the game designers", "sits with the developers": the people whose work it is, named after a preposition.)
  if (w.place === 'head' && (w.prep === 'with' || w.prep === 'alongside') && lexicon.isOrganisationHead(w.keys) && /(?:er|or|ist)s$/.test(w.lower)) return true
  const next = words[i + 1]
  return w.place === 'mod' && (lexicon.isOrganisationHead(words[w.head].keys) || (!!next && next.place === 'mod' && lexicon.isOrganisationHead(next.keys)))
}

/** "with legal counsel", "alongside the company's solicitors": the specialists whose work it is, worked with. */
function advisers(words: readonly Word[], i: number): boolean {
  const head = words[words[i].head]
  return (head.prep === 'with' || head.prep === 'alongside') && C.ADVISERS.has(head.keys[0]) && words.some((v) => v.place === 'verb' && v.clause === 0 && has(v, C.COORDINATE_VERBS))
}

/** "Gets the office junior to do …", "asks the receptionist to …": the person got to do it, or -1. */
function gotToDo(words: readonly Word[], mainVerbs: readonly (readonly [Word, number])[]): number {
  for (const [v, i] of mainVerbs) {
    if (!has(v, C.GETTING_VERBS) || v.particle) continue
    const j = words.findIndex((w, k) => k > i && k <= i + 4 && w.place === 'head' && !w.prep)
    // ("get admin to book the coach": a department named is someone got to do it, too.)
    if (j > 0 && words[j + 1]?.lower === 'to' && (personish(words[j]) || lexicon.isOrganisationHead(words[j].keys) || lexicon.isDepartment(words[j].keys) || has(words[j], C.DESKS))) return j
  }
  return -1
}

const personish = (w: Word): boolean => /(er|or|ist|ant|ent|ior|staff|team|crew|temp|apprentice|trainee)s?$/.test(w.lower)

/** "Customs paperwork compliance": the evidence is all ownable and names the role's own paperwork or records, in two domains at least. */
function ownPaperwork(words: readonly Word[], domain: DomainAnswer): boolean {
  return new Set(domain.hits.map((h) => h.domain)).size > 1 || words.some((w) => w.clause === 0 && has(w, C.OWN_RECORDS))
}

/** A department word before what is raised with it ("IT issues"), or that thing itself. */
function raisedWith(words: readonly Word[], i: number): boolean {
  const w = words[i]
  const head = words[w.head]
  return has(head, C.RAISED) && (w === head ? words.some((m) => m.place === 'mod' && m.head === w.head && lexicon.isDepartment(m.keys)) : lexicon.isDepartment(w.keys))
}

/** The phrase from `i` to its head names people ("the sales team", "the research scientists feedback"): who receives, not what. */
function recipientPhrase(words: readonly Word[], i: number, hits: DomainAnswer['hits']): boolean {
  const head = words[i].head
  // "desk-side IT support": a word inside a phrase that runs to the head is part of the thing given.
  const inThing = (j: number): boolean => j !== head && hits.some((h) => h.words.includes(j) && h.words.includes(head))
  for (let j = i; j <= head; j++) if (!inThing(j) && (lexicon.isOrganisationHead(words[j].keys) || (j === head && lexicon.isDepartment(words[j].keys)))) return true
  return false
}

/** "financial reports" is the finance work itself; "the design team's feedback" is not. */
function isModifiedByEvidence(words: readonly Word[], j: number, evidence: ReadonlySet<number>): boolean {
  return words.some((w, i) => w.place === 'mod' && w.head === j && evidence.has(i) && !isPartner(words, i))
}

/** "Roll out …", "put … into production", "start manufacturing the signed-off design". */
function implementCue(words: readonly Word[]): string[] | null {
  // "into production", "into the production bakery": where the result goes, named by its head or its describing word.
  // "into routine use", "into service", "into the install programme": put to use, as a result put into production is.
  // As a verb only "manufacture" names production: "Works as a porter", "plant the beds", "mill the grain" do not.
  const production = words.findIndex((w) => (has(w, C.PRODUCTION_WORDS) && ((w.place !== 'verb' && (w.prep === 'into' || w.prep === 'onto' || w.prep === 'to' || w.prep === 'in')) || (w.place === 'verb' && w.lemma === 'manufacture'))) || (w.prep === 'into' && w.place === 'head' && (has(w, C.INTO_USE) || has(w, C.OWN_PLANS))))
  // Finished-ness is read on the written word: "tested" is finished, "testing" is not.
  // "the approved recipe", or "the formulation approved by the research team".
  const finished = words.findIndex((w, j) => w.clause === 0 && C.FINISHED.has(w.lower) && ((w.place === 'mod' && has(words[w.head], C.RESULT_NOUNS)) || (j > 0 && words[j - 1].place === 'head' && has(words[j - 1], C.RESULT_NOUNS) && words[j + 1]?.lower === 'by')))
  // "… before handover to manufacturing", "before it is handed to production": the role works before production takes it over.
  const before = words.findIndex((w) => w.lower === 'before')
  if (before >= 0 && production > before && production - before <= 6) return null
  // "switch the crews onto the new scheduling app", "move the tills over to the new system": people or work moved onto a
  // new system someone else built.
  const onto = words.findIndex((w) => w.place === 'head' && (w.prep === 'onto' || w.prep === 'to') && w.clause === 0 && has(w, C.NEW_SYSTEMS) && words.some((m) => m.head === words.indexOf(w) && m.lower === 'new'))
  const switching = words.find((w) => w.place === 'verb' && w.clause === 0 && has(w, C.SWITCH_VERBS))
  if (onto >= 0 && switching) return [switching.particle ? `${switching.text} ${switching.particle}` : switching.text, words[onto].prep ?? '', words[onto].text]
  // "get it live in every salon", "take the new app live": a result made live is put in place.
  const live = words.findIndex((w, j) => j > 0 && w.lower === 'live' && w.clause === 0 && words.slice(Math.max(0, j - 3), j).some((v) => v.place === 'verb' && has(v, MAKING_LIVE)))
  if (live > 0) return [words.slice(0, live).filter((v) => v.place === 'verb').slice(-1)[0]?.text ?? '', 'live']
  for (const v of words) {
    if (v.place !== 'verb' || v.clause > 0) continue
    const at = words.indexOf(v)
    const nextVerb = words.findIndex((w, j) => j > at && w.place === 'verb')
    // "producing prototypes and fixing the final spec": what is finished must be what this verb acts on.
    const ownFinished = finished > at && (nextVerb < 0 || finished < nextVerb) ? finished : finished < at ? finished : -1
    if (has(v, C.IMPLEMENT_VERBS)) return [v.text]
    // "Reads new product specs and plans production runs", "Learn the new pattern specs so the crew can cast them": a
    // design's specification or drawings, read or learnt, are taken into production.
    // ("Study the drawings and design the new extension": unless the line goes on to design.)
    const studied = has(v, UNDERSTANDING) ? objectAt(words, at) : -1
    const designsToo = words.some((w) => w.place === 'verb' && w !== v && lexicon.isVerbOf(w.keys, 'product-design'))
    if (studied > 0 && has(words[studied], SPECIFICATIONS) && !designsToo) return [v.text, words[studied].text]
    // "Puts out a statement" publishes it; "put into production" still implements.
    // "Brings R&D's finished recipe into the still house": a finished result taken into a place of the role's own.
    // "Brings R&D's new cleaning method onto the vans": a result of another team's taken onto the role's own kit.
    const result = words.findIndex((w, j) => j > 0 && w.clause === 0 && w.place === 'head' && !w.prep && has(w, C.RESULT_NOUNS))
    const from = finished >= 0 ? finished : result
    const intoPlace = from >= 0 && words.some((w, j) => j > from && (w.prep === 'into' || w.prep === 'onto') && w.place === 'head')
    if (has(v, C.IMPLEMENT_WITH_PARTICLE) && (((v.particle === 'out' || v.particle === 'up') && !v.keys.includes(PUT)) || production >= 0 || intoPlace)) return [v.particle ? `${v.text} ${v.particle}` : v.text, ...(production >= 0 ? [words[production].text] : [])]
    if (has(v, C.START_VERBS) && (ownFinished >= 0 || production >= 0)) return [v.text, words[ownFinished >= 0 ? ownFinished : production].text]
    if ((has(v, C.INTRODUCE_VERBS) || has(v, C.TAKING_VERBS)) && finished >= 0) return [v.text, words[finished].text]
    // "Introduces the finalised eco-wash chemistry across all sites": whatever is introduced, said to be finished.
    const object = has(v, C.INTRODUCE_VERBS) ? objectAt(words, at) : -1
    const objectFinished = object > at ? words.findIndex((w, j) => j > at && j < object && w.place === 'mod' && w.head === object && C.FINISHED.has(w.lower)) : -1
    if (objectFinished > 0) return [v.text, words[objectFinished].text]
    // "Apply legal's new retention rules to our call recording": a department's own result applied to the role's work.
    const theirs = has(v, C.INTRODUCE_VERBS) ? words.findIndex((w, j) => j > at && j <= at + 3 && w.place === 'mod' && !w.prep && lexicon.isDepartment(w.keys)) : -1
    if (theirs > 0 && words.some((w, j) => j > theirs && w.prep === 'to' && w.place === 'head' && words.slice(theirs, j).some((x) => x.lower === 'our' || x.lower === 'my'))) return [v.text, words[theirs].text]
  }
  if (production >= 0 && finished >= 0) return [words[finished].text, words[production].text]
  // "… once engineering signs it off", "… after the design is approved": the result arrives finished.
  const arrival = arrivalCue(words)
  if (arrival) return arrival
  // "Turns the board's growth strategy into a plan for the network": made into the role's own plan or targets.
  const intoPlan = words.findIndex((w) => w.place === 'head' && w.prep === 'into' && w.clause === 0 && has(w, C.OWN_PLANS))
  const turning = words.find((w) => w.place === 'verb' && w.clause === 0 && has(w, C.TURN_VERBS))
  if (intoPlan >= 0 && turning) return [turning.text, 'into', words[intoPlan].text]
  const cascading = words.find((w) => w.place === 'verb' && w.clause === 0 && has(w, C.CASCADE_VERBS))
  const toOwnPeople = words.findIndex((w) => w.place === 'head' && w.prep === 'to' && w.clause === 0 && lexicon.isOrganisationHead(w.keys))
  if (cascading && toOwnPeople >= 0) return [cascading.text, 'to', words[toOwnPeople].text]
  // "Take … into full-scale production", "Move … to production": any verb into production.
  const into = words.findIndex((w) => w.place === 'head' && (w.prep === 'into' || w.prep === 'to') && has(w, C.PRODUCTION_WORDS) && w.clause === 0)
  const verb = words.find((w) => w.place === 'verb' && w.clause === 0)
  if (into >= 0 && verb) return [verb.text, words[into].prep ?? '', words[into].text]
  return null
}

/** A later clause opened by "once"/"after"/"when" whose verb finishes a result ("signs it off", "is approved"). */
function arrivalCue(words: readonly Word[]): string[] | null {
  // "after R&D has approved it": "after" also opens the clause when read as a preposition.
  const opener = words.findIndex((w) => (w.clause > 0 || w.lower === 'after') && C.ARRIVAL_WORDS.has(w.lower))
  if (opener < 0) return null
  const clause = words[opener].clause
  // ("whenever the team is short-handed": "handed" there says the team lacks hands, nothing is handed over.)
  const done = words.find((w, j) => j > opener && w.clause === clause && (w.place === 'verb' || w.passive || w.prep === 'after') && (has(w, C.FINISHING_VERBS) || C.FINISHED.has(w.lower)) && words[j - 1]?.lower !== 'short')
  return done ? [words[opener].text, done.particle ? `${done.text} ${done.particle}` : done.text] : null
}
