import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadDataset } from '@/data/dataset/load-dataset'
import { DATASET_ELEMENT_ID } from '@/lib/dataset-markers'
import { browserStorageChosen } from '@/stores/ledger/active-ledger'

// The dataset inline in the page, as the single-file build ships it (fetch-dataset.ts reads it there).
const inline = Object.assign(document.createElement('script'), {
  type: 'application/json',
  id: DATASET_ELEMENT_ID,
})
inline.textContent = JSON.stringify(loadDataset())
document.head.append(inline)

// As main.tsx does once the first screen is live: the tests' stores follow this browser's storage from the start.
await browserStorageChosen()

afterEach(() => {
  cleanup()
  localStorage.clear()
})

// jsdom has no layout: report a fixed size so recharts' responsive charts render their data.
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 }
    const entry = {
      target,
      contentRect: rect,
      borderBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
    }
    this.callback([entry as unknown as ResizeObserverEntry], this)
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub

// jsdom has no layout to scroll.
Element.prototype.scrollIntoView = function scrollIntoView() {}

// jsdom lacks HTMLDialogElement.showModal/close: the minimal spec behaviour (open attribute, close event,
// Esc as cancel then close). Focus trapping and the top layer are checked in real Chromium (tests/glossary.e2e.ts).
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true
  this.querySelector<HTMLElement>('[autofocus], button, input, a[href]')?.focus()
}
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  if (!this.open) return
  this.open = false
  this.dispatchEvent(new Event('close'))
}
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return
  const top = [...document.querySelectorAll('dialog')].filter((d) => d.open).pop()
  if (top?.dispatchEvent(new Event('cancel', { cancelable: true }))) top.close()
})
