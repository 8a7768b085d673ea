// ?source=<id> shows the paragraph holding that item's quote, marked, under its section, with terms linked and neighbours a click away.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { PassageDialog } from './passage-dialog'

function renderAt(url: string) {
  window.history.replaceState(null, '', url)
  return render(
    <DatasetProvider>
      <PassageDialog />
    </DatasetProvider>,
  )
}
afterEach(() => {
  window.history.replaceState(null, '', '/')
})

const view = () => screen.getByRole('dialog', { name: '原文' })
// The view's code loads when it first opens.
const opened = () => screen.findByRole('dialog', { name: '原文' })

it('marks the quote and its figure inside the whole paragraph, under its section heading', async () => {
  const user = userEvent.setup()
  renderAt('/?source=gdp-growth-2023')
  const mark = await within(await opened()).findByText((_, el) => el?.tagName === 'MARK')
  expect(mark).toHaveTextContent('地区生产总值增长7.5%左右')
  expect(within(mark).getByText('7.5').tagName).toBe('STRONG')
  expect(view()).toHaveTextContent('二、2023年工作安排')
  expect(view()).toHaveTextContent(
    /^原文.*全县经济社会发展主要预期目标是：地区生产总值增长7\.5%左右，规模工业增加值增长8\.5%左右/,
  )

  await user.click(within(view()).getByRole('button', { name: '上一段' }))
  expect(view()).toHaveTextContent('2023年政府工作的总体要求是')
  expect(view().querySelector('mark')).toBeNull()
  await user.click(within(view()).getByRole('button', { name: '回到引文所在段落' }))
  expect(view().querySelector('mark')).toHaveTextContent('地区生产总值增长7.5%左右')

  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(window.location.search).toBe('')
})

it('links glossary terms in the paragraph to ?term=, keeping the 原文 view open underneath', async () => {
  const user = userEvent.setup()
  renderAt('/?source=task-four-venues-one-theatre')
  expect(await within(await opened()).findByText(/^二、2023年工作安排 › /)).toHaveTextContent(
    '二、2023年工作安排 › （六）坚决兜牢民生、共建共享，让群众生活更暖',
  )
  const inQuote = within(view().querySelector('mark')!).getByRole('link', { name: '四馆一院' })
  await user.click(inQuote)
  const params = new URLSearchParams(window.location.search)
  expect([params.get('passage'), params.get('term')]).toEqual(['task-four-venues-one-theatre', '四馆一院'])
})

it('says clearly when no indicator or task has the id', async () => {
  renderAt('/?source=no-such-item')
  expect(await within(await opened()).findByRole('alert')).toHaveTextContent(
    '没有编号为“no-such-item”的指标或任务，无法显示原文。',
  )
})
