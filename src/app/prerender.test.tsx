// The build-time prerender carries the six headline figures as the report words them, before any script runs.
import { expect, it } from 'vitest'
import { prerender } from './prerender'

it('renders the headline section with its six figures into static HTML', () => {
  const html = prerender()
  const section = new DOMParser().parseFromString(html, 'text/html').querySelector('section')
  expect(section?.querySelector('h2')?.textContent).toBe('2023年主要预期目标')
  const figures = [...(section?.querySelectorAll('article') ?? [])].map((a) => a.textContent)
  expect(figures).toHaveLength(6)
  expect(figures[0]).toContain('7.5%左右')
})
