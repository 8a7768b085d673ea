// @vitest-environment node
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { changeFeed } from './change-feed'
import type { HttpClient } from './http-client'
import { done, failed, type Outcome } from './ledger-port'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

it('stops asking once signed out (401) and starts again when told after a sign-in', async () => {
  let signedIn = true
  let calls = 0
  const answer = (): Outcome<unknown> =>
    signedIn ? done({ cursor: calls, changes: [] }) : failed('unauthenticated', '请先登录')
  const api = {
    call: () => {
      calls++
      return Promise.resolve(answer())
    },
    csrfTokenSet: () => undefined,
  } as unknown as HttpClient
  const feed = changeFeed(api, 100)
  const unsubscribe = feed.subscribe(() => undefined)
  await vi.advanceTimersByTimeAsync(350)
  expect(calls).toBe(4) // at once, then every 100 ms

  signedIn = false
  await vi.advanceTimersByTimeAsync(100) // answered 401
  await vi.advanceTimersByTimeAsync(1000)
  expect(calls).toBe(5)

  signedIn = true
  feed.wrote()
  await vi.advanceTimersByTimeAsync(250)
  expect(calls).toBe(8)
  unsubscribe()
})

it('asks nothing once paused for a sign-out, until told to look again', async () => {
  let calls = 0
  const api = {
    call: () => {
      calls++
      return Promise.resolve(done({ cursor: calls, changes: [] }))
    },
    csrfTokenSet: () => undefined,
  } as unknown as HttpClient
  const feed = changeFeed(api, 100)
  const unsubscribe = feed.subscribe(() => undefined)
  await vi.advanceTimersByTimeAsync(150)
  expect(calls).toBe(2)
  feed.pause()
  await vi.advanceTimersByTimeAsync(1000)
  expect(calls).toBe(2)
  feed.wrote()
  await vi.advanceTimersByTimeAsync(150)
  expect(calls).toBe(4)
  unsubscribe()
})
