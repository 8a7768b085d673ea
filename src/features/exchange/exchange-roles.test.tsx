// On the shared server the 督查室 alone imports (the server answers others 403): a 填报员 is told so before
// choosing a file, rather than after reading a whole preview.
import { screen, within } from '@testing-library/react'
import { beforeEach, expect, it } from 'vitest'
import { onFakeServer } from '@/test-support/on-fake-server'
import { renderWithDataset } from '@/test-support/render-with-dataset'
import { monitorDataset } from '../../../tests/fixtures/monitor-dataset'
import { ExchangePanel } from './exchange-panel'

const accounts = [
  { login: 'tongji', password: 'pw-tongji-1', role: 'reporter' as const, unit: '县统计局' },
  { login: 'ducha', password: 'pw-ducha-1', role: 'admin' as const },
]
beforeEach(() => {
  window.history.replaceState(null, '', '/?view=progress&period=2023-06')
})
const { as } = onFakeServer(accounts)

it('offers 导入文件 to the 督查室 only, and tells a 填报员 where the filled 填报表 goes', async () => {
  await as('tongji')
  const view = renderWithDataset(<ExchangePanel />, monitorDataset)
  const panel = await screen.findByRole('region', { name: '导入与导出' })
  expect(within(panel).queryByLabelText('导入文件')).toBeNull()
  expect(panel).toHaveTextContent('导入由督查室统一进行：填好的填报表请发送督查室导入')
  expect(within(panel).getByRole('button', { name: '下载填报表（Excel）' })).toBeInTheDocument()
  view.unmount()

  await as('ducha')
  renderWithDataset(<ExchangePanel />, monitorDataset)
  const office = await screen.findByRole('region', { name: '导入与导出' })
  expect(within(office).getByLabelText('导入文件')).toBeInTheDocument()
})
