// Turns domain scores into one answer with its strength. Out-of-scope domains must beat
// operations outright; below a floor the label is not classified. "Another department's
// project" needs both a project word and that department's work.

import { type DomainId, OUTSIDE_DOMAINS } from '../domains'
import { key, lexicon } from '../lexicon'
import type { Word } from '../nlp/parse'
import { IN_PERSON } from '../nlp/words'
import { type Hit, objectAt } from './domain-scores'
import { ASKING_HEADS } from './party-shapes'

export type Strength = 'strong' | 'weak'

export interface DomainAnswer {
  readonly domain: DomainId | null
  readonly strength: Strength
  /** Hits that decided it, in label order. */
  readonly hits: readonly Hit[]
  readonly operations: number
  readonly score: number
}

/** Below this total a domain is not even a "check this card". */
const FLOOR = 2
const PROJECT_FLOOR = 1.5
/** From this total, with a clear lead over operations, the answer is strong. */
const STRONG = 2.5
const LEAD = 1
/** With no operational word at all, a lower total is enough. */
const STRONG_ALONE = 2
/** Domains of doing work on operational things ("load the vans", "key orders into SAP"): operational words count less against them. */
const DOING: ReadonlySet<DomainId> = new Set(['hands-on-work', 'clerical', 'task-control'])
const AGAINST_DOING = 0.5
const AGAINST_SELLING = 0.25
/** Domains whose verbs are shared with operational work ("design the warehouse layout"): the object decides. */
const VERB_OBJECTS_MATTER: ReadonlySet<DomainId> = new Set(['product-design', 'strategy', 'operations', 'hr'])
/** Departments whose own projects are their work, not "another department's project". */
const OWN_PROJECTS: ReadonlySet<DomainId> = new Set(['hands-on-work', 'clerical', 'task-control', 'research'])

/** Prepositions of place: what follows says where the work is done. */
const LOCATION_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'around', 'near', 'outside', 'throughout', 'within'])

/** Verbs of working the team's tools ("runs a till", "mans the desk"). */
const WORKING: ReadonlySet<string> = new Set(['operate', 'run', 'work', 'man', 'staff', 'use', 'drive', 'cover', 'serve', 'do', 'take', 'handle', 'sit', 'spend', 'stand', 'help', 'join', 'jump', 'step', 'get'].map(key))
/** Verbs of planning work ahead: what they plan for is not done by the role. */
const PLANNING: ReadonlySet<string> = new Set(['plan', 'schedule', 'organise', 'arrange', 'forecast', 'budget', 'roster', 'rota', 'resource'].map(key))

/** Verbs of arguing a case to someone. */
const ADVOCACY: ReadonlySet<string> = new Set(['argue', 'press', 'push', 'campaign', 'lobby', 'persuade', 'influence', 'oppose', 'win', 'urge', 'plead'].map(key))

const DECIDING: ReadonlySet<string> = new Set(['set', 'decide', 'approve', 'determine', 'agree', 'declare'].map(key))
const RAISING: ReadonlySet<string> = new Set(['raise', 'fund', 'funding', 'fundraise', 'fundraising', 'loan', 'lender', 'capital', 'round', 'invest', 'investment', 'debt', 'equity', 'finance', 'refinance'].map(key))
/** Words naming a business as a whole: "our depot biz", "the hire arm". */
const BUSINESSES: ReadonlySet<string> = new Set(['business', 'businesses', 'biz', 'arm', 'company', 'firm', 'operation', 'division'])
const NEUTRAL = new Set<DomainId>(['operations', 'general', 'other-projects'])
const PROJECT_WORDS: ReadonlySet<string> = new Set(['project', 'projects', 'programme', 'programmes'].map(key))

/** `owned`: the label says the role is responsible for the work ("Responsible for …"), as an owning verb does. */
export function decideDomain(hits: readonly Hit[], words: readonly Word[], owned = false): DomainAnswer {
  const sums = new Map<DomainId, number>()
  for (const h of hits) sums.set(h.domain, (sums.get(h.domain) ?? 0) + h.score)
  // "Personally signs off every line": doing it in person says how; other work named as well is what it is.
  const personal = hits.filter((h) => h.domain === 'hands-on-work' && h.words.every((i) => IN_PERSON.has(words[i].lower)))
  if (personal.length && [...sums].some(([d, s]) => d !== 'hands-on-work' && !NEUTRAL.has(d) && s >= STRONG)) {
    sums.set('hands-on-work', (sums.get('hands-on-work') ?? 0) - personal.reduce((t, h) => t + h.score, 0))
  }
  objectDecides(hits, words, sums)
  // "merging our depot biz with …", "sell the van hire business": an operation named as a business moved is the company's move.
  if ((sums.get('strategy') ?? 0) >= STRONG) {
    const named = hits.filter((h) => h.domain === 'operations' && h.words.every((i) => words[i].place === 'mod' && BUSINESSES.has(words[words[i].head]?.lower ?? '')))
    if (named.length) sums.set('operations', (sums.get('operations') ?? 0) - named.reduce((t, h) => t + h.score, 0))
  }
  // "Approving each pallet label": what a control shape acts on does not count against it.
  // "Picks which new ferry routes we go into": nor does what a company's choice is about.
  const covered = (h: Hit, domain: DomainId): boolean => hits.some((c) => c.domain === domain && c.span !== undefined && h.words.every((i) => i > c.words[0] && i <= (c.span ?? 0)))
  // "Sells advertising space": what the selling verb acts on is what is sold, not other work.
  const sellingVerb = hits.find((h) => h.domain === 'sales' && h.byVerb && h.score >= STRONG && h.words.every((i) => words[i].clause === 0))
  if (sellingVerb) {
    for (const h of hits) {
      if (h.domain === 'sales' || NEUTRAL.has(h.domain) || !h.words.every((i) => i > sellingVerb.words[0] && words[i].clause === 0 && !words[i].prep)) continue
      sums.set(h.domain, (sums.get(h.domain) ?? 0) - h.score / 2)
    }
  }
  // "Presents the financial report at the shareholders' meeting": money talked over with investors is investor relations,
  // unless money is being raised from them.
  const ir = sums.get('investor-relations') ?? 0
  const deciding = words.some((w) => w.place === 'verb' && w.clause === 0 && w.keys.some((k) => DECIDING.has(k)))
  // ("presents the financial reports to our private equity owners": the investors named as whom it is for or given to.)
  const toInvestors = hits.some((h) => h.domain === 'investor-relations' && h.words.some((i) => ['to', 'for', 'with'].includes(words[i].prep ?? '')))
  if ((ir >= 2 || toInvestors) && !deciding && (sums.get('finance') ?? 0) >= ir - 1 && !hits.some((h) => h.domain === 'finance' && h.words.some((i) => words[i].keys.some((k) => RAISING.has(k))))) {
    sums.set('investor-relations', ir + (sums.get('finance') ?? 0))
    sums.delete('finance')
  }
  // "design the summer 2-for-1 promo": a design verb over marketing's work does that work, not a product's design.
  designedWork(hits, words, sums)
  let best: DomainId | null = null
  let bestScore = 0
  for (const [d, s] of sums) {
    if (NEUTRAL.has(d)) continue
    // At equal weight the work named by a noun decides over a verb's ("pitch the business to venture capital firms").
    // "Programs the tills": but the team's tools named as an object weigh less than another domain's verb.
    const toolsTie = s === bestScore && best === 'hands-on-work' && !verbOnly(hits, best) && verbOnly(hits, d)
    // "Photocopy the scripts": a clerical verb over a thing names the desk work, whatever the thing is.
    const deskVerb = s === bestScore && d === 'clerical' && hits.some((h) => h.domain === 'clerical' && h.byVerb && h.score >= STRONG)
    if (s > bestScore || toolsTie || deskVerb || (s === bestScore && best && d !== 'hands-on-work' && verbOnly(hits, best) && !verbOnly(hits, d))) [best, bestScore] = [d, s]
  }
  const spanning: DomainId | null = bestIsControl(sums) ? 'task-control' : best === 'strategy' ? 'strategy' : null
  const allOps = (sums.get('operations') ?? 0) - (spanning ? hits.filter((h) => h.domain === 'operations' && covered(h, spanning)).reduce((t, h) => t + h.score, 0) : 0)
  // Doing work on operational things ("load the vans"), or a domain verb acting on them ("sell service contracts").
  const byVerb = !!best && !VERB_OBJECTS_MATTER.has(best) && hits.some((h) => h.domain === best && h.byVerb)
  // "Personally cycle-counts the stock": said to be done in person, the operational words are what the role does by hand.
  // "Drives scheduled coach services when the depot is short of drivers": filling a gap in the team says the same.
  // ("Personally keys in the purchase orders": so, at the desk, are the things keyed.)
  const inPerson = (best === 'hands-on-work' || best === 'clerical') && (words.some((w) => w.clause === 0 && IN_PERSON.has(w.lower)) || hits.some((h) => h.domain === best && h.filling))
  // "Selling our fulfilment services": what is sold says nothing against the selling.
  const selling = best === 'sales' && hits.some((h) => h.domain === 'sales' && h.score >= STRONG && h.words.some((i) => words[i].place === 'verb' && words[i].clause === 0))
  // "Meets MPs to argue for changes to the planning rules on warehouse sites": an outside party met to argue a case;
  // the operational words of that purpose say what it is about, not whose work it is.
  const advocacy = words.some((w) => w.place === 'verb' && w.clause > 0 && w.keys.some((k) => ADVOCACY.has(k)))
  const outsideObject = advocacy && !!best && OUTSIDE_DOMAINS.has(best) && hits.some((h) => h.domain === best && h.words.some((i) => words[i].clause === 0 && words[i].place === 'head' && !words[i].prep))
  const allOpsHere = outsideObject ? allOps - hits.filter((h) => h.domain === 'operations' && h.words.every((i) => words[i].clause > 0)).reduce((t, h) => t + h.score / 2, 0) : allOps
  const ops = inPerson ? 0 : selling ? allOpsHere * AGAINST_SELLING : best && (DOING.has(best) || byVerb) ? allOpsHere * AGAINST_DOING : allOpsHere
  // "Decide the dividend policy", "Own the recruitment process": a verb of owning or deciding, over the domain's work.
  if (best && (owned || ownsIt(words, hits, best))) bestScore += OWNING_BONUS
  // Company-wide reach ("for the whole company", "across all departments") is beyond one role's operations.
  if (best && companyWide(words)) bestScore += COMPANY_WIDE_BONUS
  if (best) sums.set(best, bestScore)
  // A project word plus another department's work: that department's project.
  // ("Project lead for the sponsorship campaign – owns the plan, budget and sign-offs": the parts of running a project,
  // named beside it, are that project's running, not operational work against it.)
  if ((sums.get('other-projects') ?? 0) >= PROJECT_FLOOR) {
    const running = hits.filter((h) => h.domain === 'operations' && h.words.every((i) => words[i].keys.some((k) => PROJECT_PARTS.has(k)) || (words[i].place === 'verb' && words[i].keys.some((k) => RUNNING.has(k)))))
    const moved = running.reduce((s, h) => s + h.score, 0)
    if (moved > 0) {
      sums.set('operations', (sums.get('operations') ?? 0) - moved)
      sums.set('other-projects', (sums.get('other-projects') ?? 0) + moved / 2)
    }
  }
  const project = sums.get('other-projects') ?? 0
  // "Project lead for the marketing department's CRM replacement": naming the department says whose project it is.
  // "the R&D department's lab refurbishment project": a department named with its team or department word owns the project.
  const teamNamed = words.some((w, i) => w.clause === 0 && lexicon.isDepartment(w.keys) && !!words[i + 1] && lexicon.isOrganisationHead(words[i + 1].keys))
  // "Project management of the R&D programme": managing the project, not doing the department's work, even for departments whose projects are their work.
  // "Runs finance's audit-prep project": a department named on the project word owns it, as managing it would.
  // ("Runs the finance department's audit-readiness project": or the department, with its department word, before it.)
  const projectOwned = words.some((w, i) => w.clause === 0 && w.place === 'mod' && lexicon.isDepartment(w.keys) && (words[w.head].keys.some((k) => PROJECT_WORDS.has(k)) ||
    (!!words[i + 1] && lexicon.isOrganisationHead(words[i + 1].keys) && words.slice(i + 2, i + 6).some((x) => x.place === 'head' && x.keys.some((k) => PROJECT_WORDS.has(k))))))
  const managing = hits.some((h) => h.domain === 'other-projects' && h.score >= STRONG)
  // "for the software team": a domain word before a word for people names a department too.
  const departmentNamed = words.some((w, i) => w.clause === 0 && w.place !== 'function' && (lexicon.isDepartment(w.keys) ||
    (w.place === 'mod' && lexicon.isOrganisationHead(words[w.head].keys) && hits.some((h) => h.domain === best && h.words.includes(i)))))
  if (best && project >= PROJECT_FLOOR && (bestScore >= 1 || (departmentNamed && bestScore > (managing ? 0.25 : 0.5))) && (!OWN_PROJECTS.has(best) || ((managing || teamNamed) && best === 'research'))) {
    // The project must be what the label is about: its head word, or "project manage".
    // ("what investors expect on the new shop rollout": a project named as what something is about is not the work.)
    const projectHead = hits.some((h) => h.domain === 'other-projects' && (h.words.length > 1 || h.words.some((i) => words[i].place === 'head' || words[i].place === 'verb')) && !h.words.every((i) => words[i].prep === 'on' || words[i].prep === 'about'))
    // "Project-manages the finance team's move to a new system": the department named owns the project, though the move is operational.
    // "Be the project manager for the software team's app build: run the sprints, track the backlog": the more the
    // label is about running the project, the less its running words count against the department's work.
    const against = project >= 2 * STRONG || projectOwned ? ops / 3 : ops / 2
    // "Be the project manager for the museum's new website, owning the plan, budget and milestones": so much of running
    // a project says whose it is without a department named.
    if (projectHead && (bestScore > ops || ((managing || projectOwned) && (departmentNamed || project >= 2 * STRONG) && bestScore > against))) {
      const own = hits.filter((h) => h.domain === 'other-projects' || h.domain === best)
      return { domain: 'other-projects', strength: 'strong', hits: sortHits(own), operations: ops, score: bestScore + project }
    }
  }
  // "I'm leading the new website build": leading the build of software, named as a piece of work, runs IT's project.
  if ((best === 'it-software' || best === 'marketing') && leadsABuild(words)) {
    return { domain: 'other-projects', strength: 'strong', hits: sortHits(hits.filter((h) => h.domain === best)), operations: ops, score: bestScore }
  }
  // "Project-manage the outreach programme for the learning dept": running a project for a team named, when
  // nothing else says what kind of work it is, is that team's project.
  if ((!best || bestScore < 1) && ((managing && forOtherTeam(words, hits)) || runsNonOperationalProject(words, hits, allOps))) {
    return { domain: 'other-projects', strength: 'strong', hits: sortHits(hits.filter((h) => h.domain === 'other-projects')), operations: ops, score: project }
  }
  if (!best || bestScore < FLOOR || bestScore <= ops) {
    return { domain: ops >= 1 ? 'operations' : null, strength: 'strong', hits: sortHits(hits.filter((h) => h.domain === 'operations')), operations: ops, score: ops }
  }
  // "Designs efficient pick routes": a verb shared with operational work, over an object that is not that domain's, is not enough.
  const verbAlone = VERB_OBJECTS_MATTER.has(best) && hits.every((h) => h.domain !== best || h.byVerb === true) && !owned && allOps >= STRONG
  // "Plans cover for the checkout tills": the team's tools named only as what the work is for are not doing it.
  const planning = words.some((w) => w.place === 'verb' && w.clause === 0 && w.keys.some((k) => PLANNING.has(k)))
  // "Rolls out the new tills": the team's tools as the object of a verb that is not working them.
  const mainVerbs = words.filter((w) => w.place === 'verb' && w.clause === 0)
  const nounsOnly = hits.every((h) => h.domain !== best || (!h.byVerb && h.words.length === 1 && words[h.words[0]].place !== 'verb' && !IN_PERSON.has(words[h.words[0]].lower)))
  const notWorking = mainVerbs.length > 0 && !mainVerbs.some((v) => v.keys.some((k) => WORKING.has(k))) && !words.some((w) => IN_PERSON.has(w.lower))
  // "course schedule: mowing vs tee times", "5S on the packing benches", "Plan tour logistics – trucks, crew travel": the
  // team's work named inside a plan, a schedule or a standard is what is planned, not work done.
  const opensWithPlan = !words.some((w) => w.place === 'verb' && w.segment === 0) && words.some((w) => w.segment === 0 && w.place !== 'function' && w.keys.some((k) => PLAN_HEADS.has(k)))
  const inPlan = (planning || opensWithPlan) && !words.some((w) => IN_PERSON.has(w.lower)) && hits.every((h) => h.domain !== best || h.words.every((i) => words[i].place !== 'verb' || words[i].segment > 0))
  const toolsOnly = best === 'hands-on-work' && ((planning && hits.every((h) => h.domain !== best || h.words.every((i) => !!words[i].prep))) || (nounsOnly && notWorking) || inPlan)
  // "Keeps the air-con in the IT server room serviced": another domain named only as where the object is says whose room, not what the work is.
  const placeOnly = !DOING.has(best) && !owned && hits.every((h) => h.domain !== best || (!h.byVerb && h.words.every((i) => LOCATION_PREPS.has(words[i].prep ?? '') && looksAfterThing(words, words[i].head, hits))))
    && words.some((w, i) => w.clause === 0 && w.place === 'head' && !w.prep && (looksAfterThing(words, i, hits) || words.some((m, j) => m.place === 'mod' && m.head === i && looksAfterThing(words, j, hits))))
  const strength: Strength = verbAlone || toolsOnly || placeOnly || effectOnly(hits, words, best) ? 'weak' : (bestScore >= STRONG && bestScore >= ops + LEAD) || (bestScore >= STRONG_ALONE && ops === 0 && secondBest(sums, best) < 1) ? 'strong' : 'weak'
  return { domain: best, strength, hits: sortHits(hits.filter((h) => h.domain === best)), operations: ops, score: bestScore }
}

/** Verbs that name what the work brings about: "…, protecting the airport's reputation". */
const EFFECT_VERBS: ReadonlySet<string> = new Set(['protect', 'avoid', 'mean', 'earn', 'boost', 'improve', 'safeguard'].map(key))
const EFFECT_DOMAINS: ReadonlySet<DomainId> = new Set([...OUTSIDE_DOMAINS, 'marketing'])

/**
 * "keep sailings on time - good punctuality = nicer press", "Keep flights turning round on time, protecting the airport's
 * reputation with the press": outward-facing work (the press, the brand, investors, government) named only after an "=" or
 * an -ing of what the work brings about, with the role's own work before it, is the effect of that work, not the work
 * ("…, keeping the press informed" still informs the press).
 */
function effectOnly(hits: readonly Hit[], words: readonly Word[], best: DomainId): boolean {
  if (!EFFECT_DOMAINS.has(best)) return false
  const marker = words.findIndex((w, j) => j > 0 && (w.text === '=' || (w.segment > 0 && /ing$/.test(w.lower) && w.place === 'verb' && w.keys.some((k) => EFFECT_VERBS.has(k)))))
  if (marker < 0 || !hits.every((h) => h.domain !== best || h.words.every((i) => i > marker))) return false
  // ("ops mgr = spokesperson on local radio": the role named before it is who does the work.)
  return words.slice(0, marker).some((w) => w.place === 'verb') || hits.some((h) => h.domain === 'operations' && h.words.every((i) => i < marker))
}

/** Moves the weight of a design verb whose object is a marketing piece (a promo, an ad) to marketing: designing it runs the campaign. */
function designedWork(hits: readonly Hit[], words: readonly Word[], sums: Map<DomainId, number>): void {
  const verb = hits.find((h) => h.domain === 'product-design' && h.byVerb && words[h.words[0]].place === 'verb' && words[h.words[0]].clause === 0)
  if (!verb || hits.some((h) => h.domain === 'product-design' && !h.byVerb)) return
  const v = verb.words[0]
  const object = words.findIndex((w, j) => j > v && w.clause === 0 && w.place === 'head' && !w.prep)
  const owner = object > 0 ? hits.find((h) => h.domain === 'marketing' && h.words.includes(object)) : undefined
  if (!owner) return
  sums.set('product-design', (sums.get('product-design') ?? 0) - verb.score)
  sums.set(owner.domain, (sums.get(owner.domain) ?? 0) + verb.score)
}

/** Plans, schedules and standards: what the team's work is planned in. */
const PLAN_HEADS = new Set('schedule schedules plan plans rota rotas timetable timetables sequence procedure procedures standard standards rule rules layout process flow 5s sla slas logistics kpi kpis dashboard checklist'.split(' ').map(key))

/** The parts of running a project: "owns the plan, budget and milestones", "scope, vendor selection, go-live". */
const PROJECT_PARTS = new Set('plan budget milestone milestones timeline timelines scope vendor vendors sign-off sign-offs signoff go-live golive gantt status risks raid'.split(' ').map(key))

/** Verbs of running a project. */
const RUNNING = new Set(['run', 'lead', 'manage', 'own', 'head', 'deliver', 'organise'].map(key))
/** Nouns naming a piece of building work as a whole: "the website build", "the app rebuild". */
const BUILDS = new Set(['build', 'rebuild', 'redesign', 'relaunch', 'replatform', 'overhaul'].map(key))

/** A verb of running, whose object is a build named as a noun ("lead the new website build"). */
function leadsABuild(words: readonly Word[]): boolean {
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0)
  if (verb < 0 || !words[verb].keys.some((k) => RUNNING.has(k))) return false
  const object = words.findIndex((w, j) => j > verb && w.clause === 0 && w.place === 'head' && !w.prep)
  return object > 0 && words[object].keys.some((k) => BUILDS.has(k)) && words.some((m) => m.head === object && m.place === 'mod')
}

/**
 * "Run the charity gala project", "PM for the anniversary book": a project run by the role, named by what it makes,
 * with nothing operational in it, is not operations' own project.
 */
function runsNonOperationalProject(words: readonly Word[], hits: readonly Hit[], ops: number): boolean {
  // ("the education team's project": a word for people is whose, not operational work.)
  const operational = hits.filter((h) => h.domain === 'operations' && !h.words.every((i) => lexicon.isOrganisationHead(words[i].keys))).reduce((t, h) => t + h.score, 0)
  if (Math.min(ops, operational) >= 1) return false
  const verb = words.find((w) => w.place === 'verb' && w.clause === 0)
  const managing = hits.some((h) => h.domain === 'other-projects' && h.score >= STRONG)
  if (!managing && !(verb && verb.keys.some((k) => RUNNING.has(k)))) return false
  // The project, and words of its own naming what it is ("the gala project", "the project for the history book").
  const project = words.findIndex((w) => w.clause === 0 && (w.place === 'head' || w.place === 'mod') && w.keys.some((k) => PROJECT_WORDS.has(k) || k === PM))
  if (project < 0) return false
  const about = words.filter((w, i) => w.clause === 0 && i !== project && (w.place === 'mod' || w.place === 'head') && !lexicon.isOrganisationHead(w.keys) && !/^\d/.test(w.lower) &&
    ((w.head === project && w.place === 'mod') || (i > project && w.prep === 'for')))
  return about.length > 0
}
const PM = key('pm')

/** "for the learning dept", "for the alumni team": a team named by its own word, not an operational one. */
function forOtherTeam(words: readonly Word[], hits: readonly Hit[]): boolean {
  // "… on behalf of the Curatorial department", "… on that service's behalf", "…, which is owned by Registry": whose it is, said outright.
  const low = words.map((w) => w.lower)
  const behalf = low.findIndex((x, j) => x === 'behalf' && (low[j + 1] === 'of' || /'s?$/.test(words[j - 1]?.text ?? '') || low[j - 1] === 'service' || low[j - 1] === 'department' || low[j - 1] === 'team'))
  const ownedBy = low.findIndex((x, j) => x === 'owned' && low[j + 1] === 'by')
  const someoneElse = (from: number): boolean => words.slice(from, from + 6).some((w) => w.place === 'head' && !OWN_SIDE.has(w.lower) && (lexicon.isOrganisationHead(w.keys) || lexicon.isDepartment(w.keys)))
  if ((behalf >= 0 && (low[behalf + 1] !== 'of' || someoneElse(behalf + 2)) && !low.slice(Math.max(0, behalf - 3), behalf).some((x) => OWN_SIDE.has(x))) || (ownedBy >= 0 && someoneElse(ownedBy + 2))) return true
  // ("for the education team's new programme": the team may describe what follows it.)
  return words.some((w, i) => w.prep === 'for' && (w.place === 'head' || w.place === 'mod') && lexicon.isOrganisationHead(w.keys) &&
    words.some((m, j) => (m.head === i || (w.place === 'mod' && j === i - 1)) && m.place === 'mod' && !hits.some((h) => h.domain === 'operations' && h.words.includes(j)) && !OWN_SIDE.has(m.lower)))
}
const OWN_SIDE = new Set(['operations', 'operational', 'ops', 'warehouse', 'site', 'depot', 'plant', 'production', 'logistics', 'shift', 'night', 'day', 'my', 'our'])

const OWNING_VERBS = new Set(
  `decide determine approve set own lead run manage handle direct head choose sign agree negotiate represent defend write publish build
   maintain develop drive chair sack fire authorise define shape steer oversee control select secure raise obtain`.split(/\s+/)
)
const OWNING_BONUS = 0.5
/** After these, a phrase still names what is owned: "represent the company at parliamentary committees". */
const OBJECT_PREPS = new Set(['of', 'at', 'in', 'on', 'to', 'before', 'against'])

function ownsIt(words: readonly Word[], hits: readonly Hit[], domain: DomainId): boolean {
  const verb = words.find((w) => w.place === 'verb' && w.clause === 0)
  // "Acts as the charity's lawyer": acting as the one whose work it is.
  if (verb?.lemma === 'act' && hits.some((h) => h.domain === domain && h.words.some((i) => words[i].prep === 'as' && words[i].place === 'head'))) return true
  if (!verb || !(OWNING_VERBS.has(verb.lemma) || OWNING_VERBS.has(verb.lower))) return false
  return hits.some((h) => h.domain === domain && !h.byVerb && h.words.some((i) => words[i].clause === 0 && (!words[i].prep || OBJECT_PREPS.has(words[i].prep ?? ''))))
}

const COMPANY_WIDE_BONUS = 1
const WIDE = new Set(['company-wide', 'companywide', 'group-wide', 'organisation-wide', 'organization-wide', 'business-wide', 'enterprise-wide'])
const WHOLE = new Set(['company', 'business', 'group', 'organisation', 'organization', 'department', 'departments', 'staff', 'employees'])

function companyWide(words: readonly Word[]): boolean {
  return words.some((w, i) => {
    if (WIDE.has(w.lower) || (w.lower === 'company' && words[i + 1]?.lower === 'wide')) return true
    // "across the company", "for the whole business", "all departments", "other departments"
    const prev = words[i - 1]?.lower
    const prev2 = words[i - 2]?.lower
    if (!WHOLE.has(w.lower) || w.place !== 'head') return false
    // ("for every department": all of them.)
    return prev === 'all' || prev === 'other' || prev === 'whole' || prev === 'entire' || ((prev === 'every' || prev === 'each') && w.lower === 'department' && (prev2 === 'for' || prev2 === 'across')) || ((prev === 'the' || prev === 'our') && (prev2 === 'across' || prev2 === 'throughout'))
  })
}

/** The object is a thing operations looks after ("the boilers", "the air-con"), or operational work named by the scores. */
function looksAfterThing(words: readonly Word[], i: number, hits: readonly Hit[]): boolean {
  const prev = words[i - 1]
  const joined = prev && prev.place === 'mod' ? [key(prev.lower + words[i].lower)] : []
  return lexicon.isOperationalHead([...words[i].keys, ...joined]) || hits.some((h) => h.domain === 'operations' && h.words.includes(i))
}

function bestIsControl(sums: ReadonlyMap<DomainId, number>): boolean {
  const control = sums.get('task-control') ?? 0
  return control > 0 && [...sums].every(([d, v]) => NEUTRAL.has(d) || d === 'task-control' || v < control)
}

function verbOnly(hits: readonly Hit[], domain: DomainId): boolean {
  return hits.every((h) => h.domain !== domain || h.byVerb === true)
}

function secondBest(sums: ReadonlyMap<DomainId, number>, best: DomainId): number {
  let s = 0
  for (const [d, v] of sums) if (d !== best && !NEUTRAL.has(d) && v > s) s = v
  return s
}

const sortHits = (hits: readonly Hit[]): Hit[] => [...hits].sort((a, b) => a.words[0] - b.words[0])

/**
 * "Running the litigation against the shipping line over the crane damage", "set the long-term strategy for the repairs
 * business, including …": another domain's strong word as the main verb's object names the work; operational words only in
 * the phrases and clauses after it say what the work is about, and do not count against it.
 */
function objectDecides(hits: readonly Hit[], words: readonly Word[], sums: Map<DomainId, number>): void {
  const verb = words.findIndex((w) => w.place === 'verb' && w.clause === 0)
  const object = verb >= 0 ? objectAt(words, verb) : -1
  if (object < 0 || phraseDecides(hits, words, verb, object, sums)) return
  // The object word itself, not a modifier, names the work: "the weekly sales meeting" is a meeting.
  const named = words[object].keys.flatMap((k) => lexicon.singles(k)).filter((e) => !NEUTRAL.has(e.domain) && e.weight >= 2 && e.kind === 'noun')
  // ("the CEO's vision" is someone else's; "the new cost codes", "the quality sampling": a modifier of another domain makes
  // it a different thing; "the designers" shown something are people.)
  const mods = words.slice(verb + 1, object).filter((m) => m.place === 'mod' || /'s?$/.test(m.text))
  const whose = mods.some((m) => /'s?$/.test(m.text))
  const otherMod = mods.some((m) => lexicon.isOperationalHead(m.keys) || m.keys.some((k) => lexicon.singles(k).some((e) => e.weight >= 2 && !named.some((n) => n.domain === e.domain))))
  // ("Following the CEO's vision …, I draw up the rota": a later clause of the role's own says what it does.)
  const ownClause = words.some((w) => w.clause > 0 && (w.lower === 'i' || w.lower === 'we'))
  const people = /(?:ers|ors|ists)$/.test(words[object].lower)
  // ("bringing finalised new product designs into production": a result already made is put to use, not made.)
  const made = mods.some((m) => /[a-z]{3}(?:ed|ing)$/.test(m.lower))
  // ("Handle journalists' calls about the break-in at the storage site": the outside party's own calls are that party's work.)
  const outsiders = mods.find((m) => hits.some((h) => OUTSIDE_DOMAINS.has(h.domain) && h.score >= STRONG && h.words.includes(words.indexOf(m))))
  if (outsiders && words[object].keys.some((k) => ASKING_HEADS.has(k))) return discountWhatItIsAbout(hits, words, object, sums)
  if (whose || otherMod || ownClause || people || made || !hits.some((h) => named.some((e) => e.domain === h.domain) && h.score >= STRONG && h.words.includes(object))) return
  discountWhatItIsAbout(hits, words, object, sums)
}

/** "Decides our legal strategy in the dispute with the landlord over the depot lease": a phrase of another domain's work
 * as the object (its words, modifier and head, one lexicon phrase) names the work, as a head word alone does. */
function phraseDecides(hits: readonly Hit[], words: readonly Word[], verb: number, object: number, sums: Map<DomainId, number>): boolean {
  const phrase = hits.find((h) => !NEUTRAL.has(h.domain) && h.score >= STRONG && !h.byVerb && h.words.length >= 2 && h.words.includes(object) && h.words.every((i) => i > verb && i <= object && words[i].head === object))
  // ("sits in the design review": the head must itself name some domain's work, which the modifier then places.)
  const headIsWork = words[object].keys.some((k) => lexicon.singles(k).some((e) => !NEUTRAL.has(e.domain) && e.weight >= 2 && e.kind === 'noun'))
  if (!phrase || !headIsWork || words.slice(verb + 1, object).some((m, k) => /['’]s?$/.test(m.text) || (m.place === 'mod' && !phrase.words.includes(verb + 1 + k)))) return false
  discountWhatItIsAbout(hits, words, object, sums)
  return true
}

/** Operational words after the object, in its phrases or later clauses, say what the work is about. */
function discountWhatItIsAbout(hits: readonly Hit[], words: readonly Word[], object: number, sums: Map<DomainId, number>): void {
  // ("runs the Black Friday ad campaign – budget, creative, targeting": a list with no verb after the object names its parts.)
  const parts = words.slice(object + 1).some((w) => w.segment > words[object].segment) && !words.some((w, i) => i > object && w.place === 'verb' && w.segment > words[object].segment)
  const about = hits.filter((h) => h.domain === 'operations' && h.words.every((i) => i > object && (!!words[i].prep || words[i].clause > 0 || (parts && words[i].segment > words[object].segment))))
  if (about.length) sums.set('operations', (sums.get('operations') ?? 0) - about.reduce((t, h) => t + h.score, 0))
}
