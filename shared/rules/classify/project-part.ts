// The role's part in another department's project, named beside the project: a seat on its
// steering or working group ("website project: ops mgr in the working group"), or the
// project's own manager or team named as running it ("(run by the digital team)", "HR's PM
// owns it"). Chairing or running that group is still running the project.

import { hasKey as has, lexicon, wordKeys } from '../lexicon'
import type { Word } from '../nlp/parse'
import { PROJECT_RUNNING } from './mode-cues'

const GROUPS = wordKeys('group groups grp party board')
/** Chairing the group runs it, as running the project does. */
const CHAIRING = wordKeys('chair')
const PM = wordKeys('pm pms')

/** The words naming the role's part, or null when the label does not name one. */
export function partInOthersProject(words: readonly Word[]): string[] | null {
  // ("Run the steering group for IT's app project": running its group runs the project.)
  // ("Be the project manager for the refresh run by marketing": the role named as the project's manager runs it.)
  if (words.some((w, j) => w.place === 'verb' && w.clause === 0 && words[j + 1]?.lower !== 'by' && (has(w, CHAIRING) || has(w, PROJECT_RUNNING)))) return null
  if (words.some((w, j) => w.lower === 'project' && /^managers?$/.test(words[j + 1]?.lower ?? ''))) return null
  const seat = words.findIndex((w, j) => (w.lower === 'steering' || w.lower === 'working') && !!words[j + 1] && has(words[j + 1], GROUPS))
  if (seat >= 0) return [words[seat].text, words[seat + 1].text]
  // "(run by the digital team)": the project said to be run by someone named.
  const runBy = words.findIndex((w, j) => w.lower === 'run' && words[j + 1]?.lower === 'by' && words.slice(j + 2, j + 5).some((x) => lexicon.isDepartment(x.keys) || lexicon.isOrganisationHead(x.keys)))
  if (runBy >= 0) return [words[runBy].text, 'by']
  // "(IT PM)", "HR's PM owns it": a department's own project manager.
  const pm = words.findIndex((w, j) => has(w, PM) && j > 0 && lexicon.isDepartment(words[j - 1].keys))
  return pm > 0 ? [words[pm - 1].text, words[pm].text] : null
}
