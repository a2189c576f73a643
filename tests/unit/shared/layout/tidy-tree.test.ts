// Automatic placement for roles without positions: managers above and centred over
// their reports, one row per level, no overlaps, and loops do not hang it.

import { describe, expect, it } from 'vitest'
import { tidyTree } from '@shared/layout/tidy-tree'

const opts = { nodeWidth: 100, nodeHeight: 50, gapX: 20, gapY: 30 }

describe('tidyTree', () => {
  it('centres a manager over its reports, one level down', () => {
    const p = tidyTree([{ id: 'm' }, { id: 'a', parentId: 'm' }, { id: 'b', parentId: 'm' }, { id: 'c', parentId: 'm' }], opts)
    expect(p.get('a')).toEqual({ x: 0, y: 80 })
    expect(p.get('c')).toEqual({ x: 240, y: 80 })
    expect(p.get('m')).toEqual({ x: 120, y: 0 })
  })

  it('makes each row as tall as its tallest box', () => {
    const p = tidyTree([{ id: 'm', height: 200 }, { id: 'a', parentId: 'm' }, { id: 'x', height: 20 }], opts)
    expect(p.get('a')!.y).toBe(230)
  })

  it('starts trees at the nodes of a reporting loop instead of dropping them', () => {
    const p = tidyTree([{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }, { id: 's', parentId: 's' }], opts)
    expect([...p.keys()].sort()).toEqual(['a', 'b', 's'])
    const xs = new Set([...p.values()].map((v) => `${v.x},${v.y}`))
    expect(xs.size).toBe(3)
  })

  it('applies the origin', () => {
    const p = tidyTree([{ id: 'a' }], { ...opts, originX: -40, originY: 700 })
    expect(p.get('a')).toEqual({ x: -40, y: 700 })
  })
})
