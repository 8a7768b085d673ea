import { expect, it } from 'vitest'
import { chartsWithin, registerChart } from './chart-registry'

const el = (tag: string, ...children: Element[]) => {
  const e = document.createElement(tag)
  e.append(...children)
  return e
}
const frame = (id: string, registered = true) => {
  const f = el('figure')
  f.dataset.chartFrame = ''
  if (registered) registerChart(f, { id, title: id, table: { columns: [], rows: [] } })
  return f
}

it('finds the registered charts in document order, leaving out those in a hidden panel', () => {
  const hidden = el('div', el('section', frame('b')))
  hidden.hidden = true
  const root = el('main', el('section', frame('a')), hidden, frame('c'), frame('unregistered', false))
  expect(chartsWithin(root).map((c) => c.spec.id)).toEqual(['a', 'c'])
})
