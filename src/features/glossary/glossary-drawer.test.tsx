// The glossary drawer opens from the header button or from ?term=, searches its 39 terms, and closes back to where it was.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { TermText } from '@/components/term-text'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { GlossaryButton } from './glossary-button'
import { GlossaryDrawer } from './glossary-drawer'

// The header's button and the drawer, as App composes them.
const App = () => (
  <>
    <GlossaryButton />
    <GlossaryDrawer />
  </>
)

function renderWith(ui: React.ReactNode, url = '/') {
  window.history.replaceState(null, '', url)
  return render(<DatasetProvider>{ui}</DatasetProvider>)
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

const drawer = () => screen.getByRole('dialog', { name: '名词解释' })
// The drawer's code loads when it first opens.
const opened = () => screen.findByRole('dialog', { name: '名词解释' })

it('opens from 名词解释, searches, closes on Esc and gives focus back to the button', async () => {
  const user = userEvent.setup()
  renderWith(<App />)
  const button = screen.getByRole('button', { name: '名词解释' })
  await user.click(button)
  const search = await within(await opened()).findByRole('searchbox', { name: '搜索名词' })
  expect(within(drawer()).getAllByRole('listitem')).toHaveLength(39)
  expect(within(drawer()).getByText('共 39 条')).toBeInTheDocument()

  await user.type(search, '黄花菜')
  const items = within(drawer()).getAllByRole('listitem')
  expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
    '3.五个十万',
    '19.一特两辅',
  ])
  expect(items[0]).toHaveTextContent(
    '即全县黄花菜、油茶、酥脆枣、商品果蔬、中药材等五个产业种植面积分别达到10万亩以上。',
  )
  await user.clear(search)
  await user.type(search, '找不到的词')
  expect(within(drawer()).getByText('没有符合的名词，请换个词试试。')).toBeInTheDocument()

  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(button).toHaveFocus()
  expect(window.location.search).toBe('')
})

it('opens at the term in ?term=, highlighted, and clears it on 关闭', async () => {
  const user = userEvent.setup()
  renderWith(<App />, '/?term=三主三特')
  const current = await within(await opened()).findByRole('listitem', { current: true })
  expect(current).toHaveTextContent('2.三主三特')
  expect(current).toHaveTextContent('归阳片区“一主一特”产业为新材料和新能源汽车')
  expect(current).toHaveFocus()
  await user.click(within(drawer()).getByRole('button', { name: '关闭' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(window.location.search).toBe('')
})

it('opens with a polite message, not an error, for an unknown term', async () => {
  renderWith(<App />, '/?term=不存在的名词')
  expect(
    await within(await opened()).findByText('没有找到名词“不存在的名词”，请在下面的列表中查找。'),
  ).toHaveAttribute('role', 'status')
  expect(within(drawer()).getAllByRole('listitem')).toHaveLength(39)
})

it('renders terms in text as links that open the drawer at that term, and never as HTML', async () => {
  const user = userEvent.setup()
  renderWith(
    <>
      <p data-testid="text">
        <TermText text="<b>发展壮大“三主三特”产业</b>" />
      </p>
      <App />
    </>,
  )
  const link = await screen.findByRole('link', { name: '三主三特' })
  expect(link).toHaveAttribute('href', '?term=%E4%B8%89%E4%B8%BB%E4%B8%89%E7%89%B9')
  expect(screen.getByTestId('text')).toHaveTextContent('<b>发展壮大“三主三特”产业</b>')
  expect(screen.getByTestId('text').querySelector('b')).toBeNull()
  await user.click(link)
  expect(window.location.search).toBe('?term=%E4%B8%89%E4%B8%BB%E4%B8%89%E7%89%B9')
  expect(await within(await opened()).findByRole('listitem', { current: true })).toHaveTextContent('三主三特')
})
