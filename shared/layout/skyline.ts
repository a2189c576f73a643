// Packs boxes of different sizes into a band of limited width, each box at the highest
// free spot that fits (and of those the leftmost), in the order given. Sub-teams of very
// different sizes then fill the space under each other instead of leaving the holes a
// row-by-row wrap leaves below its short members.

export interface PackedBox {
  readonly x: number
  readonly y: number
}

export interface Packing {
  readonly at: readonly PackedBox[]
  readonly width: number
  readonly height: number
}

export function packSkyline(boxes: readonly { w: number; h: number }[], maxWidth: number, gapX: number, gapY: number): Packing {
  const placed: { x: number; y: number; w: number; h: number }[] = []
  let width = 0
  let height = 0
  for (const b of boxes) {
    const candidates = [0, ...placed.map((p) => p.x + p.w + gapX)]
    let best: PackedBox | null = null
    for (const x of candidates) {
      if (x > 0 && x + b.w > maxWidth) continue
      let y = 0
      for (const p of placed) if (p.x < x + b.w + gapX && x < p.x + p.w + gapX) y = Math.max(y, p.y + p.h + gapY)
      if (!best || y < best.y || (y === best.y && x < best.x)) best = { x, y }
    }
    const at = best ?? { x: 0, y: 0 }
    placed.push({ ...at, w: b.w, h: b.h })
    width = Math.max(width, at.x + b.w)
    height = Math.max(height, at.y + b.h)
  }
  return { at: placed.map(({ x, y }) => ({ x, y })), width, height }
}
