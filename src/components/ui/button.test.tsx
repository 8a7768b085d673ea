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
const tsx = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? tsx(p) : p.endsWith('.tsx') && !p.endsWith('.test.tsx') ? [p] : []
  })

it('gives every <button> in src a focus ring', () => {
  const missing = tsx(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<button\b[\s\S]{0,400}?className=\{?([^}\n]*)/g)]
      .filter(([, cls]) => !/buttonClass|rowButton|itemClass|focus-visible:outline/.test(cls!))
      .map(([, cls]) => `${relative(src, file)}: ${cls}`),
  )
  expect(missing).toEqual([])
  // The scan itself must see the buttons, or the check above proves nothing.
  expect(tsx(src).filter((f) => readFileSync(f, 'utf8').includes('<button')).length).toBeGreaterThan(10)
})
