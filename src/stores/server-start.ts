import { findServer, markedServer } from './ledger/choose-ledger'
import { serverFound, sessionChecked } from './session-actions'
import { sessionLost } from './use-session'

// Loaded only when the page is, or once was, served by the shared server: its ledger and the session check. A
// static deployment never downloads this code.

/** Answers whether the app is on the shared server; signed in from here on if a session is still open */
export async function serverStarted(marked: boolean): Promise<boolean> {
  const server = marked
    ? markedServer(undefined, undefined, sessionLost)
    : await findServer(undefined, undefined, sessionLost)
  if (!server) return false
  serverFound(server)
  await sessionChecked()
  return true
}
