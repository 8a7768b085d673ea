import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, it } from 'vitest'
import { updateUrlState } from '@/data/url-state'
import { UrlStateLink } from './url-state-link'

beforeEach(() => {
  window.history.replaceState(null, '', '/?sector=rural')
})

it('links to the current view with the patch applied, and follows later URL changes', () => {
  render(<UrlStateLink patch={{ term: '三主三特' }}>三主三特</UrlStateLink>)
  const link = screen.getByRole('link', { name: '三主三特' })
  expect(link).toHaveAttribute('href', '?sector=rural&term=%E4%B8%89%E4%B8%BB%E4%B8%89%E7%89%B9')

  act(() => {
    updateUrlState({ sector: ['industry'], q: '农田' })
  })
  expect(link).toHaveAttribute(
    'href',
    '?sector=industry&q=%E5%86%9C%E7%94%B0&term=%E4%B8%89%E4%B8%BB%E4%B8%89%E7%89%B9',
  )
})

it('a plain click changes the URL state in place as a new history entry', async () => {
  const user = userEvent.setup()
  render(<UrlStateLink patch={{ view: 'progress' }}>进度监测</UrlStateLink>)
  const before = window.history.length
  await user.click(screen.getByRole('link', { name: '进度监测' }))
  expect(window.location.search).toBe('?sector=rural&view=progress')
  expect(window.history.length).toBe(before + 1)
})
