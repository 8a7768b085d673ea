// The app uses the server only when GET api/health answers as the server does; else it keeps browser storage.
import { expect, it } from 'vitest'
import { findServer } from './choose-ledger'

const answering = (status: number, body: string) => () =>
  Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }))

it('finds the server from its health answer', async () => {
  const ledger = await findServer('http://intranet/', answering(200, '{"status":"ok","database":"pglite"}'))
  expect(ledger?.mode).toBe('server')
})

it('keeps browser storage on static hosting, behind an SPA fallback, offline and on file://', async () => {
  expect(await findServer('http://static/', answering(404, 'Not Found'))).toBeUndefined()
  expect(
    await findServer('http://static/', answering(200, '<!doctype html><title>看板</title>')),
  ).toBeUndefined()
  expect(await findServer('http://static/', () => Promise.reject(new TypeError('offline')))).toBeUndefined()
  expect(await findServer('file:///C:/看板/index.html', answering(200, '{"status":"ok"}'))).toBeUndefined()
})

it('stays on the server when a server this origin used is unreachable, so nothing is kept locally instead', async () => {
  await findServer('http://intranet/', answering(200, '{"status":"ok","database":"pglite"}'))
  const offline = await findServer('http://intranet/', () => Promise.reject(new TypeError('offline')))
  expect(offline?.mode).toBe('server')
})
