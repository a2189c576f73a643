// Closed word classes the parser trusts more than the tagger (which is weak on short,
// imperative labels), and verbs that start duty labels. Lists, not rules: easy to extend.

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/))

export const DETERMINERS = set(`the a an this that these those its their our his her my your all each every any some no
  both either neither another other such whose`)

export const PREPOSITIONS = set(`with for to of in on at by from into onto across between about under through within without
  per via against during after before around towards toward among alongside as than like including inside outside beyond
  throughout upon versus vs ahead behind prior above below worth except`)

export const CONJUNCTIONS = set(`and or but nor plus then while when whenever where whether if so because although though unless until once`)

export const PRONOUNS = set(`it they them he she we you i me him us who what how why which whom
  itself one ones everyone everybody someone anyone nobody everything something anything`)

/** Modal verbs: "the company should …", "what it will become". */
export const MODALS = set(`can could will would should must may might shall`)

/** Words after a verb that belong to it ("hand over", "set up", "roll out"). */
export const PARTICLES = set(`up out off over down back on away in`)

/** Little words that are not content: never heads or modifiers. */
export const FILLERS = set(`is are be been being was were am do does did has have had not also very just only really
  etc eg ie e g i.e e.g any necessary relevant appropriate various`)

/** Verbs that often start a duty label; used to correct a first word tagged as a noun or name. */
export const COMMON_VERBS = set(`
  accept achieve acquire act adapt add address adjust administer advertise advise advocate agree align allocate amend analyse
  answer appear apply flag free telephone appoint appraise approve arrange assemble assess assign assist attend audit authorise automate back
  balance bid book brief bring budget build buy calculate calibrate campaign call carry catalogue champion change chase check chair
  choose circulate clean clear close code collaborate collate collect commission communicate compare compile complete comply
  conduct configure confirm countersign consolidate construct consult contact contribute control convert coordinate copy cost count cover
  craft create cut deal debug decide define delegate deliver demonstrate deploy design determine develop devise diagnose direct
  discipline dismiss dispatch distribute document draft draw drive edit educate empower enable encourage engage engineer ensure
  enter establish estimate evaluate examine execute expand expedite explain explore facilitate feed file fill finalise finance forward
  find fire fix follow forecast formulate foster fund gather generate give govern grant greet guide hand handle head help hire
  hold host identify implement improve increase induct inform initiate input inspect install instruct integrate interview
  introduce invest investigate invoice issue join keep key label launch lay lead liaise lift list load lobby locate log look
  maintain make manage manufacture map market measure mediate meet mentor merge migrate minimise model monitor motivate move
  negotiate network notify observe obtain onboard open operate optimise order organise outsource oversee own pack package
  partner patch pay perform persuade photocopy pick pilot pitch place plan post prepare present price print prioritise process
  procure produce program programme promote propose prospect protect prototype provide publish purchase pursue put quote raise
  rank read receive recommend reconcile record recruit redesign reduce refine register reimburse release remove renew repair
  replace replenish report represent request research reserve resolve respond restock restructure retain review revise reward
  roll rota run sample scale schedule scope screen script second secure select sell send serve service set settle shape share ship
  shortlist sign simplify size sketch solve sort source speak specify sponsor spot staff standardise start steer stock store
  streamline structure submit supervise supply support survey sweep take talk target teach tell tender test track trade train
  transcribe transfer translate transport triage troubleshoot tune type unload update upgrade upsell use validate verify visit
  walk watch weigh welcome win work wrap write time fit wire`)

/**
 * A label's first word that is a noun as often as a verb ("Stock", "Staff", "Order") is a
 * noun when the next word is one of the heads after it: "Stock control", "Staff rota" and
 * "Order processing" are things, while "Count stock" and "Pick orders" are instructions.
 */
export const NOUN_TOO = set(`campaign staff stock order record book file pack pick count type key label post box ship process budget schedule plan test
  design price cost project market sample man train cover check list report review audit service support store supply purchase display
  control access transport load shift work change quality safety time rota roster fleet vendor supplier lead lift harvest wash crew`)

export const COMPOUND_HEADS = set(`management control planning processing keeping level levels size sizes rota rotas room list lists count
  counts check checks take report reports records plan plans rate rates improvement improvements review reviews meeting meetings system
  systems policy policies process processes forecast forecasts accuracy turnover cover entry request requests allocation audit audits
  inspection inspections handling results holder holders book books handbook procedures procedure flow levels chain ordering replenishment
  account accounts performance stakeholder stakeholders decision decisions date dates risk risks metric metrics skill skills task tasks
  contact contacts worker workers member members factor factors time times queue queues sop sops logistics shape shapes bay bays procedures training rotation rotations`)

/** Words saying the role does the work with its own hands ("personally", "myself"). */
export const IN_PERSON: ReadonlySet<string> = new Set(['personally', 'physically', 'himself', 'herself', 'themselves', 'myself', 'yourself', 'themself'])

/** After a word, what makes it a measure: "re-wash %", "mispick rate" (and "per hour", read with its unit). */
export const RATE_WORDS: ReadonlySet<string> = new Set(['%', 'rate', 'rates'])

/** Desks named for the people at them: "get admin to …", "phones -> reception", "filing -> Priya (admin)". */
export const DESK_NAMES: readonly string[] = ['admin', 'reception', 'accounts', 'office']
