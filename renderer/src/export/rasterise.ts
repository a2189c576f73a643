// PNG from the exported SVG: the browser draws the vector image straight at the target
// pixel size, so text and lines are sharp at every scale.

import type { PngPlan } from '@shared/export/png-size'

export async function svgToPng(svg: string, plan: PngPlan, background: 'white' | 'transparent'): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = plan.width
    canvas.height = plan.height
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('this computer could not create an image of that size')
    if (background === 'white') {
      ctx.fillStyle = '#ffffff'
      ctx.fillRect(0, 0, plan.width, plan.height)
    }
    ctx.drawImage(img, 0, 0, plan.width, plan.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!blob) throw new Error('the image was too large to encode; try a smaller scale, or SVG/PDF')
    return new Uint8Array(await blob.arrayBuffer())
  } finally {
    URL.revokeObjectURL(url)
  }
}
