import { UrlStateLink } from '@/components/url-state-link'
import { useUrlValue, type UrlState } from '@/data/url-state'
import { zh } from '@/i18n/zh'

const views: { id: UrlState['view']; label: string }[] = [
  { id: 'dashboard', label: zh.monitor.dashboardTab },
  { id: 'progress', label: zh.monitor.tab },
  { id: 'report', label: zh.bulletin.tab },
  { id: 'assign', label: zh.assign.tab },
]

// The top-level views are links in the URL (?view=progress): shareable, back-button friendly, keyboard-native.
export function ViewTabs() {
  const view = useUrlValue('view')
  return (
    <nav aria-label={zh.monitor.tabsLabel} className="flex gap-1">
      {views.map((v) => {
        const current = view === v.id
        return (
          <UrlStateLink
            key={v.id}
            patch={{ view: v.id }}
            aria-current={current ? 'page' : undefined}
            className={`rounded-t-md px-2 py-1.5 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white sm:px-3 ${
              current ? 'bg-white text-red-800' : 'text-white/90 hover:bg-red-700'
            }`}
          >
            {v.label}
          </UrlStateLink>
        )
      })}
    </nav>
  )
}
