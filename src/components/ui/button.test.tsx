// Every button shows the one keyboard focus ring: the kit's Button, and every other <button> in src.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { Button, focusRing } from './button'

it('renders a type="button" with the focus ring and its accessible name', () => {
  render(<Button variant="primary">打印</Button>)
  const button = screen.getByRole('button', { name: '打印' })
  expect(button).toHaveAttribute('type', 'button')
  for (const c of focusRing().split(' ')) expect(button).toHaveClass(c)
})

const src = resolve(import.meta.dirname, '../..')
const tsx = (dir: string, name = /\.tsx$/): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? tsx(p, name) : name.test(p) && !/\.test\.tsx?$/.test(p) ? [p] : []
  })

// Class-name constants (const x = …) whose value carries the ring, so a button may use them by name.
const ringed = new Set(
  tsx(src, /\.tsx?$/).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/const (\w+) =\s*([^\n]*(?:\n {2,}[^\n]*)*)/g)]
      .filter(([, , value]) => /buttonClass\(|focus-visible:outline/.test(value!))
      .map(([, name]) => name!),
  ),
)
const hasRing = (cls: string) =>
  /buttonClass|focus-visible:outline/.test(cls) || ringed.has(/\w+/.exec(cls)?.[0] ?? '')

it('gives every <button> in src a focus ring', () => {
  const missing = tsx(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<button\b[\s\S]{0,400}?className=\{?([^}\n]*)/g)]
      .filter(([, cls]) => !hasRing(cls!))
      .map(([, cls]) => `${relative(src, file)}: ${cls}`),
  )
  expect(missing).toEqual([])
  // The scan itself must see the buttons, or the check above proves nothing.
  expect(tsx(src).filter((f) => readFileSync(f, 'utf8').includes('<button')).length).toBeGreaterThan(10)
})
