import { create } from 'zustand'
import type { Account } from '@/monitoring/permissions'
import { currentLedger, ledgerChosen } from './ledger/active-ledger'
import type { HttpLedger } from './ledger/http-ledger'
import { done, failed, type Outcome } from './ledger/ledger-port'

// Who is signed in to the shared server. Opened alone (browser storage) there are no accounts: mode 'browser'.

type Session = { mode: 'browser' } | { mode: 'server'; account?: Account; checked: boolean }

const useSessionStore = create<Session>()(() => ({ mode: 'browser' }))

export const useSession = (): Session => useSessionStore((s) => s)
/** Served by the shared server (signed in or not): where the data lives decides what the app says about it */
export const useServerMode = (): boolean => useSessionStore((s) => s.mode === 'server')
export const isServerMode = (): boolean => useSessionStore.getState().mode === 'server'
/** The signed-in account, or undefined (browser mode, or signed out) */
export const useAccount = (): Account | undefined =>
  useSessionStore((s) => (s.mode === 'server' ? s.account : undefined))
export const getAccount = (): Account | undefined => {
  const s = useSessionStore.getState()
  return s.mode === 'server' ? s.account : undefined
}

let found: HttpLedger | undefined
const server = (): HttpLedger | undefined => {
  if (found) return found
  const ledger = currentLedger()
  return ledger?.mode === 'server' ? (ledger as HttpLedger) : undefined
}

type Reply = { user: Account; csrfToken: string }

function signed(ledger: HttpLedger, reply: Reply) {
  ledger.api.csrfTokenSet(reply.csrfToken)
  useSessionStore.setState({ mode: 'server', account: reply.user, checked: true })
  ledgerChosen(ledger) // the stores read again, now as this account
  ledger.feed.wrote() // polling resumes if a sign-out (401) had paused it
}

/** At start, served by the shared server: it becomes the app's ledger only once an account is signed in, so
 * nothing is asked of it (and refused with 401) while the login page shows. */
export function serverFound(ledger: HttpLedger) {
  found = ledger
  useSessionStore.setState({ mode: 'server', account: undefined, checked: false })
}

/** At start on the server: is there still a session (a cookie from earlier)? */
export async function sessionChecked(): Promise<void> {
  const ledger = server()
  if (!ledger) return
  useSessionStore.setState({ mode: 'server', account: undefined, checked: false })
  const got = await ledger.api.call<Reply>('GET', 'api/session')
  if (got.ok) signed(ledger, got.value)
  else useSessionStore.setState({ mode: 'server', account: undefined, checked: true })
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
  useSessionStore.setState({ mode: 'server', account: undefined, checked: true })
  return out.ok ? done(undefined) : out
}

/** The server said 401 on a call: the session ended (expired, or signed out in another tab) */
export function sessionLost() {
  if (useSessionStore.getState().mode === 'server')
    useSessionStore.setState({ mode: 'server', account: undefined, checked: true })
}
