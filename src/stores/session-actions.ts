import { currentLedger, ledgerChosen } from './ledger/active-ledger'
import type { HttpLedger } from './ledger/http-ledger'
import { done, failed, type Outcome } from './ledger/ledger-port'
import type { Account } from '@/monitoring/permissions'
import { sessionChanged } from './use-session'

// Signing in to the shared server and out again: server code, loaded only when the app is served by it.

let found: HttpLedger | undefined
const server = (): HttpLedger | undefined => {
  if (found) return found
  const ledger = currentLedger()
  return ledger?.mode === 'server' ? (ledger as HttpLedger) : undefined
}

type Reply = { user: Account; csrfToken: string }

function signed(ledger: HttpLedger, reply: Reply) {
  ledger.api.csrfTokenSet(reply.csrfToken)
  sessionChanged({ mode: 'server', account: reply.user, checked: true })
  ledgerChosen(ledger) // the stores read again, now as this account
  ledger.feed.wrote() // polling resumes if a sign-out (401) had paused it
}

/** At start, served by the shared server: it becomes the app's ledger only once an account is signed in, so
 * nothing is asked of it (and refused with 401) while the login page shows. */
export function serverFound(ledger: HttpLedger) {
  found = ledger
  sessionChanged({ mode: 'server', account: undefined, checked: false })
}

/** At start on the server: is there still a session (a cookie from earlier)? */
export async function sessionChecked(): Promise<void> {
  const ledger = server()
  if (!ledger) return
  sessionChanged({ mode: 'server', account: undefined, checked: false })
  const got = await ledger.api.call<Reply>('GET', 'api/session')
  if (got.ok) signed(ledger, got.value)
  else sessionChanged({ mode: 'server', account: undefined, checked: true })
}

export async function signedIn(login: string, password: string): Promise<Outcome<Account>> {
  const ledger = server()
  if (!ledger) return failed('invalid', '')
  const got = await ledger.api.call<Reply>('POST', 'api/session', { login, password })
  if (!got.ok) return got
  signed(ledger, got.value)
  return done(got.value.user)
}

export async function signedOut(): Promise<Outcome<undefined>> {
  const ledger = server()
  if (!ledger) return done(undefined)
  ledger.feed.pause() // no more polling as the session ends (each poll would be told 401)
  const out = await ledger.api.call('DELETE', 'api/session')
  // Signed out here either way: a failed DELETE leaves at worst a session the server expires itself.
  ledger.api.csrfTokenSet(undefined)
  sessionChanged({ mode: 'server', account: undefined, checked: true })
  return out.ok ? done(undefined) : out
}
