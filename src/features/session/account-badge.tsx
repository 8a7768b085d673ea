import { zhSession } from '@/i18n/zh-session'
import { ROLE_LABELS, type Account } from '@/monitoring/permissions'
import { signedOut } from '@/stores/session-actions'

const t = zhSession

// The header's 已登录 line: who is signed in, as what, and 退出.
export function AccountBadge({ account }: { account: Account }) {
  const who = [account.unit, account.name, `（${ROLE_LABELS[account.role]}）`].filter(Boolean).join(' ')
  return (
    <div className="flex items-center gap-2 pb-2 text-sm">
      <span aria-label={t.signedInAs(who)}>{who}</span>
      <button
        type="button"
        onClick={() => {
          void signedOut()
        }}
        className="rounded border border-white/60 px-2 py-0.5 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
      >
        {t.signOut}
      </button>
    </div>
  )
}
