import type { Indicator } from '../src/data/dataset/schema'

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

// The benchmark's yardstick: the six headline figures as plain HTML, no script, the same structure the app uses.
export function staticHeadlinePage(title: string, headline: Indicator[]) {
  const cards = headline
    .map(
      (i) =>
        `<article><h3>${escape(i.name)}</h3><p>${escape(i.written)}${escape(i.unit)}${escape(i.qualifier ?? '')}</p></article>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escape(title)}</title>
<style>body{font-family:sans-serif;margin:1rem}section{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}</style>
</head><body><main><section aria-labelledby="h"><h2 id="h">2023年主要预期目标</h2>
${cards}
</section></main></body></html>
`
}
