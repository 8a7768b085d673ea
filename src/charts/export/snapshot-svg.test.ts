// A chart snapshot carries no classes, CSS variables or hover leftovers, and its text names the CJK font stack.
// (jsdom resolves no CSS variables or layout: the browser test checks the real computed colours.)
import { afterEach, describe, expect, it } from 'vitest'
import { snapshotBody } from './snapshot-svg'

afterEach(() => {
  document.head.replaceChildren()
})

describe('snapshotBody', () => {
  it('inlines resolvable styles and leaves no class, var(--) or tooltip cursor behind', () => {
    document.head.append(
      Object.assign(document.createElement('style'), { textContent: '.tick{fill:#123456}' }),
    )
    const body = document.createElement('div')
    body.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    const svg = body.firstElementChild!
    svg.setAttribute('class', 'recharts-surface')
    svg.setAttribute('viewBox', '0 0 300 100')
    for (const [tag, attrs] of [
      ['rect', { class: 'bar', fill: 'var(--brand)', width: '10', height: '10' }],
      ['text', { class: 'tick', x: '5', y: '20' }],
      ['path', { class: 'recharts-tooltip-cursor', d: 'M0,0' }],
    ] as const) {
      const el = document.createElementNS('http://www.w3.org/2000/svg', tag)
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
      if (tag === 'text') el.textContent = '祁东'
      svg.append(el)
    }
    document.body.append(body)
    // jsdom has no layout: give the chart the size it would have on screen.
    svg.getBoundingClientRect = () => new DOMRect(0, 0, 300, 100)

    const { markup } = snapshotBody(body)
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(markup).not.toContain('var(')
    expect(markup).not.toContain('class=')
    expect(doc.querySelector('path')).toBeNull()
    const text = doc.querySelector('text')!
    expect(text.textContent).toBe('祁东')
    expect(text.getAttribute('fill')).toBe('rgb(18, 52, 86)')
    expect(text.getAttribute('font-family')).toBe(
      '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif',
    )
    expect(markup).not.toMatch(/\sstyle=/)
    expect(doc.querySelector('rect')?.getAttribute('width')).toBe('10')
    body.remove()
  })
})
