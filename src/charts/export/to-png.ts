import type { FigureSvg } from '../chart-types'

// Browsers refuse canvases much beyond 16k pixels a side or ~100M pixels: lower the scale rather than fail.
function safeScale(fig: FigureSvg, wanted: number): number {
  return Math.min(
    wanted,
    16_384 / fig.width,
    16_384 / fig.height,
    Math.sqrt(100_000_000 / (fig.width * fig.height)),
  )
}

/** Draws the figure SVG on a white canvas at `scale`× and encodes it as PNG. */
export async function svgToPng(fig: FigureSvg, scale: number): Promise<Blob> {
  // Text drawn before its font has loaded comes out blank.
  await document.fonts.ready
  const url = URL.createObjectURL(new Blob([fig.svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const k = safeScale(fig, scale)
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(fig.width * k)
    canvas.height = Math.round(fig.height * k)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas 2d unavailable')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.scale(k, k)
    ctx.drawImage(image, 0, 0, fig.width, fig.height)
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob)
        else reject(new Error('PNG encoding failed'))
      }, 'image/png')
    })
  } finally {
    URL.revokeObjectURL(url)
  }
}
