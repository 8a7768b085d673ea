// A filtered view says so with a working 清除; 复制链接 copies this address and confirms, or shows it to copy by hand.
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { fixtureDataset } from '@/test-support/dataset-fixture'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { CopyLinkButton } from './copy-link-button'
import { FilterNote } from './filter-note'

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})
const clipboardWith = (writeText: () => Promise<void>) => {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard')
})

it('shows 已筛选 with the sector names, and 清除 clears the filters', async () => {
  window.history.replaceState(null, '', '/?sector=rural,livelihood&q=农田')
  renderWithDataset(<FilterNote />, fixtureDataset())
  expect(screen.getByText(/已筛选：/).parentElement).toHaveTextContent(
    '已筛选：乡村振兴、民生保障、搜索“农田”',
  )
  await userEvent.click(screen.getByRole('button', { name: '清除全部筛选' }))
  expect(window.location.search).toBe('')
  expect(screen.queryByText(/已筛选/)).not.toBeInTheDocument()
})

it('shows nothing on an unfiltered view', () => {
  renderWithDataset(<FilterNote />, fixtureDataset())
  expect(screen.queryByText(/已筛选/)).not.toBeInTheDocument()
})

it('copies the address of this view and says 已复制', async () => {
  window.history.replaceState(null, '', '/?sector=rural')
  const writeText = vi.fn(() => Promise.resolve())
  clipboardWith(writeText)
  renderWithDataset(<CopyLinkButton />, fixtureDataset())
  await userEvent.click(screen.getByRole('button', { name: '复制链接' }))
  expect(writeText).toHaveBeenCalledWith('http://localhost:3000/?sector=rural')
  expect(await screen.findByRole('button', { name: '已复制' })).toBeInTheDocument()
  expect(screen.getByRole('status')).toHaveTextContent('已复制本页链接')
})

it('shows the link selected to copy by hand when the clipboard refuses', async () => {
  window.history.replaceState(null, '', '/?q=农田')
  const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
  clipboardWith(writeText)
  renderWithDataset(<CopyLinkButton />, fixtureDataset())
  await userEvent.click(screen.getByRole('button', { name: '复制链接' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('无法自动复制')
  const field = screen.getByRole<HTMLInputElement>('textbox', { name: '本页链接' })
  expect(field.value).toBe(window.location.href)
  await act(async () => {
    await userEvent.click(screen.getByRole('button', { name: '关闭' }))
  })
  expect(screen.queryByRole('textbox', { name: '本页链接' })).not.toBeInTheDocument()
})
