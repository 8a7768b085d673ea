// Every set-aside copy can be found, downloaded and deleted in 数据恢复 at any time, also after the banner is gone.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it, vi } from 'vitest'
import { progressReloaded } from '@/stores/use-progress'
import { getStorageIssues, storageIssueDismissed } from '@/stores/use-storage-issues'
import { RecoveryPanel } from './recovery-panel'

it('lists the copy of an unreadable store, downloads it, and deletes it only after 确认删除', async () => {
  localStorage.setItem('qidong-targets.progress', '{"state": {"entries": [ oops')
  await progressReloaded()
  // The banner was dismissed: the panel must still find the copy.
  getStorageIssues().forEach((issue) => {
    storageIssueDismissed(issue.id)
  })
  const user = userEvent.setup()
  render(<RecoveryPanel />)

  const panel = within(screen.getByRole('region', { name: '数据恢复' }))
  const item = panel.getByRole('listitem')
  expect(item).toHaveTextContent(/^进度记录（.+ 另存）/)
  const blobs: Blob[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return 'blob:copy'
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  await user.click(within(item).getByRole('button', { name: /^下载 进度记录/ }))
  expect(await blobs[0]!.text()).toBe('{"state": {"entries": [ oops')

  await user.click(within(item).getByRole('button', { name: /^删除 进度记录/ }))
  expect(Object.keys(localStorage).filter((k) => k.includes('.set-aside.'))).toHaveLength(1)
  await user.click(within(item).getByRole('button', { name: /^确认删除 进度记录/ }))
  expect(panel.queryByRole('listitem')).not.toBeInTheDocument()
  expect(panel.getByText(/本机没有另行保存的数据/)).toBeInTheDocument()
  expect(Object.keys(localStorage).filter((k) => k.includes('.set-aside.'))).toEqual([])
})
