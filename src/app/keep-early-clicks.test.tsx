// What a user does on the prerendered page before it is hydrated reaches the app once, as the user's own change.
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, expect, it } from 'vitest'
import { earlyClicksReplay, keepEarlyClicks } from './keep-early-clicks'

const changes: string[] = []

// Controls of every kind, none of them a filter chip (those write the URL, tests/perf.e2e.ts).
function Page() {
  const [onlyBehind, setOnlyBehind] = useState(false)
  const [text, setText] = useState('')
  const [unit, setUnit] = useState('county')
  const [opened, setOpened] = useState(0)
  return (
    <main>
      <label>
        <input
          type="checkbox"
          checked={onlyBehind}
          onChange={(e) => {
            changes.push(`只看欠进度=${String(e.currentTarget.checked)}`)
            setOnlyBehind(e.currentTarget.checked)
          }}
        />
        只看欠进度
      </label>
      <label>
        搜索
        <input
          type="search"
          value={text}
          onChange={(e) => {
            changes.push(`搜索=${e.currentTarget.value}`)
            setText(e.currentTarget.value)
          }}
        />
      </label>
      <label>
        单位
        <select
          value={unit}
          onChange={(e) => {
            changes.push(`单位=${e.currentTarget.value}`)
            setUnit(e.currentTarget.value)
          }}
        >
          <option value="county">全县</option>
          <option value="town">乡镇</option>
        </select>
      </label>
      <button
        type="button"
        onClick={() => {
          changes.push('打开')
          setOpened((n) => n + 1)
        }}
      >
        打开
      </button>
      <output>{`${String(onlyBehind)} ${text} ${unit} ${String(opened)}`}</output>
    </main>
  )
}

let app: Root | undefined
afterEach(() => {
  act(() => app?.unmount())
  app = undefined
  changes.length = 0
  document.body.replaceChildren()
})

// The prerendered page and the inline script, as index.html has them; then the app hydrates and says so.
function prerendered() {
  const html = new DOMParser().parseFromString(renderToString(<Page />), 'text/html')
  const root = document.createElement('div')
  root.id = 'root'
  root.append(...html.body.childNodes)
  document.body.append(root)
  keepEarlyClicks(earlyClicksReplay)
  return () => {
    root.dataset.live = ''
    act(() => {
      app = hydrateRoot(root, <Page />)
    })
    root.dispatchEvent(new Event(earlyClicksReplay))
  }
}

it('hands a checkbox, typed text, a select and a button click to the app once it is live, each once', async () => {
  const hydrate = prerendered()
  const user = userEvent.setup()
  await user.click(screen.getByRole('checkbox', { name: '只看欠进度' }))
  await user.type(screen.getByRole('searchbox', { name: '搜索' }), '农田')
  await user.selectOptions(screen.getByRole('combobox', { name: '单位' }), 'town')
  await user.click(screen.getByRole('button', { name: '打开' }))
  expect(changes).toEqual([])

  hydrate()
  await waitFor(() => {
    expect(screen.getByRole('status')).toHaveTextContent('true 农田 town 1')
  })
  expect(changes).toEqual(['只看欠进度=true', '搜索=农田', '单位=town', '打开'])
  expect(screen.getByRole('checkbox', { name: '只看欠进度' })).toBeChecked()
  // Focus stays where the user put it last.
  expect(screen.getByRole('button', { name: '打开' })).toHaveFocus()
})

it('hands over nothing for a checkbox ticked and unticked, or text typed and erased', async () => {
  const hydrate = prerendered()
  const user = userEvent.setup()
  const box = screen.getByRole('checkbox', { name: '只看欠进度' })
  await user.click(box)
  await user.click(box)
  await user.type(screen.getByRole('searchbox', { name: '搜索' }), '农{Backspace}')

  hydrate()
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(changes).toEqual([])
  expect(screen.getByRole('status')).toHaveTextContent('false county 0')
  expect(box).not.toBeChecked()
})

it('leaves every event to the app once #root is marked live', async () => {
  const hydrate = prerendered()
  hydrate()
  await userEvent.setup().click(screen.getByRole('button', { name: '打开' }))
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(changes).toEqual(['打开'])
})
