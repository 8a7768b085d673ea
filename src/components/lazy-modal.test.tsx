// A lazy modal fetches its code and mounts closed once the page is idle, so the first open is a state change only.
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { Dialog } from './ui/dialog'
import { lazyModal } from './lazy-modal'

let idle: (() => void) | undefined
beforeEach(() => {
  idle = undefined
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    idle = run
    return 1
  })
  vi.stubGlobal('cancelIdleCallback', () => undefined)
})
afterEach(() => {
  // Unmounting cancels the idle callback: while it is still stubbed.
  cleanup()
  vi.unstubAllGlobals()
})

function Note({ open }: { open: boolean }) {
  return (
    <Dialog open={open} title="说明" onClose={() => undefined}>
      <p>说明正文</p>
    </Dialog>
  )
}
const pageIdle = () =>
  act(async () => {
    idle?.()
    await Promise.resolve()
  })

it('is fetched and mounted closed when the page is idle, then opens without waiting', async () => {
  const load = vi.fn(() => Promise.resolve(Note))
  const Modal = lazyModal(load)
  const { rerender, container } = render(<Modal open={false} />)
  expect(load).not.toHaveBeenCalled()
  expect(container.querySelector('dialog')).toBeNull()

  await pageIdle()
  expect(load).toHaveBeenCalledOnce()
  const dialog = await vi.waitFor(() => {
    const found = container.querySelector('dialog')
    if (!found) throw new Error('not mounted yet')
    return found
  })
  expect(dialog.open).toBe(false)
  expect(screen.queryByRole('dialog')).toBeNull()

  // No await: the open is a plain re-render of what is already mounted.
  rerender(<Modal open />)
  expect(screen.getByRole('dialog', { name: '说明' })).toHaveTextContent('说明正文')
  expect(load).toHaveBeenCalledOnce()
})

it('opened before the page is idle, loads at once', async () => {
  const Modal = lazyModal(() => Promise.resolve(Note))
  render(<Modal open />)
  await expect(screen.findByRole('dialog', { name: '说明' })).resolves.toHaveTextContent('说明正文')
})

it('asks again on open when the idle fetch failed (offline for a moment)', async () => {
  const load = vi
    .fn<() => Promise<typeof Note>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue(Note)
  const Modal = lazyModal(load)
  const { rerender, container } = render(<Modal open={false} />)
  await pageIdle()
  expect(load).toHaveBeenCalledOnce()
  expect(container.querySelector('dialog')).toBeNull()

  rerender(<Modal open />)
  await expect(screen.findByRole('dialog', { name: '说明' })).resolves.toHaveTextContent('说明正文')
  expect(load).toHaveBeenCalledTimes(2)
})
