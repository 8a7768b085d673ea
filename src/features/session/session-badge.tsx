import { lazy, Suspense } from 'react'
import { useAccount } from '@/stores/use-session'

// Only the shared server has accounts: the 已登录 line's code loads once one is signed in, never on static hosting.
const AccountBadge = lazy(() => import('./account-badge').then((m) => ({ default: m.AccountBadge })))

export function SessionBadge() {
  const account = useAccount()
  if (!account) return null
  return (
    <Suspense fallback={null}>
      <AccountBadge account={account} />
    </Suspense>
  )
}
