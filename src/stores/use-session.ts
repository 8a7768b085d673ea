import { create } from 'zustand'
import type { Account } from '@/monitoring/permissions'

// Who is signed in to the shared server. Opened alone (browser storage) there are no accounts: mode 'browser'.
// Signing in and out (session-actions.ts) is server code, loaded only on the server.

export type Session = { mode: 'browser' } | { mode: 'server'; account?: Account; checked: boolean }

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

/** The server said 401 on a call: the session ended (expired, or signed out in another tab) */
export function sessionLost() {
  if (useSessionStore.getState().mode === 'server')
    useSessionStore.setState({ mode: 'server', account: undefined, checked: true })
}

/** Signed in, out, or the session checked (session-actions.ts) */
export function sessionChanged(session: Session) {
  useSessionStore.setState(session)
}
