// The shape of a domain lexicon: words and short phrases (matched on lemmas and folded
// spellings), by how strongly each says "this is that kind of work".

import type { DomainId } from '../domains'

export interface DomainWords {
  readonly domain: DomainId
  /** Comma-separated; each entry a word or a phrase of consecutive words. Weight 3. */
  readonly strong?: string
  /** Weight 2. */
  readonly medium?: string
  /** Weight 1: points that way, never decides alone. */
  readonly weak?: string
  /** Count only as the verb of a clause ("file" the papers, not "the file"). Weight 3. */
  readonly verbs?: string
  /** Verbs that weigh more than any object: doing the work itself ("pick", "unload"). Weight 4. */
  readonly doingVerbs?: string
  /**
   * Words an operations role applies inside its own operations ("regulations", "customs"):
   * when they are all the evidence and the rest is operational, the mode is own operations.
   */
  readonly ownable?: string
}
