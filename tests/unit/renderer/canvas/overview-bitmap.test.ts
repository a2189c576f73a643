// The bitmap shown while the overview moves must land exactly where the sharp drawing
// would: a chart point drawn into the bitmap and shown through the view's transform is at
// point × zoom + offset on screen, for any view, scale and pixel ratio.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bitmapPixel, bitmapToScreen } from '../../../../renderer/src/canvas/overview/overview-bitmap'

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

describe('overview bitmap', () => {
  it('shows every chart point where the sharp overview draws it', () => {
    fc.assert(
      fc.property(
        fc.record({ x: finite(-5000, 5000), y: finite(-5000, 5000) }),
        finite(0.01, 1),
        fc.tuple(finite(-20000, 20000), finite(-20000, 20000), finite(0.004, 0.34)),
        fc.constantFrom(1, 1.5, 2),
        fc.record({ x: finite(-5000, 25000), y: finite(-5000, 25000) }),
        (bounds, scale, transform, dpr, point) => {
          const q = bitmapPixel(bounds, scale, point)
          const [a, , , d, e, f] = bitmapToScreen(bounds, scale, transform, dpr)
          const [tx, ty, z] = transform
          const tolerance = 1e-6 * Math.max(1, Math.abs(point.x * z) + Math.abs(tx), Math.abs(point.y * z) + Math.abs(ty))
          expect(Math.abs(a * q.x + e - dpr * (point.x * z + tx))).toBeLessThan(tolerance * dpr * 10)
          expect(Math.abs(d * q.y + f - dpr * (point.y * z + ty))).toBeLessThan(tolerance * dpr * 10)
        }
      )
    )
  })
})
