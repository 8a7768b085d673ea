// The shell shows the report title at once and the report's meta line once the dataset has loaded.
import { render, screen } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { DatasetProvider } from '@/data/dataset/use-dataset'
import { App } from './App'
import { ErrorBoundary } from './error-boundary'

function renderApp() {
  return render(
    <DatasetProvider>
      <App />
    </DatasetProvider>,
  )
}

it('shows the title and, after loading, the session and speaker', async () => {
  renderApp()
  expect(
    screen.getByRole('heading', { level: 1, name: '祁东县2023年政府工作报告 目标看板' }),
  ).toBeInTheDocument()
  expect(await screen.findByText(/县第十八届人大三次会议/, {}, { timeout: 5000 })).toHaveTextContent(
    '祁东县第十八届人大三次会议 · 2023年3月27日 · 祁东县人民政府县长 彭丽堂',
  )
})

it('replaces a crashed tree with a Chinese message and a reload button', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  const Boom = () => {
    throw new Error('测试错误')
  }
  render(
    <ErrorBoundary>
      <Boom />
    </ErrorBoundary>,
  )
  expect(screen.getByRole('alert')).toHaveTextContent('页面出现错误')
  expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument()
})
