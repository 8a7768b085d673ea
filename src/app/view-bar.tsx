import { useUrlValue } from '@/data/url-state'
import { SearchBox } from '@/features/filters/search-box'
import { CopyLinkButton } from '@/features/share/copy-link-button'
import { FilterNote } from '@/features/share/filter-note'
import { zh } from '@/i18n/zh'

// Sticks to the top of the window: search (on the 看板), 复制链接, and what the view is narrowed by.
export function ViewBar() {
  const dashboard = useUrlValue('view') === 'dashboard'
  return (
    <div
      role="region"
      aria-label={zh.share.toolbar}
      data-view-bar
      className="sticky top-0 z-20 -mx-4 mb-4 flex flex-col gap-1 border-b border-slate-200 bg-slate-50 px-4 py-2 sm:-mx-6 sm:px-6 print:hidden"
    >
      <div className="flex items-center gap-2">
        {dashboard ? (
          // Enter takes the reader to the results (the panels, below the overview) without leaving the box.
          <form
            role="search"
            aria-label={zh.search}
            onSubmit={(e) => {
              e.preventDefault()
              document.getElementById('sectors-title')?.scrollIntoView({ block: 'start' })
            }}
            className="flex min-w-0 flex-1"
          >
            <SearchBox inline />
          </form>
        ) : (
          <div className="min-w-0 flex-1">
            <FilterNote />
          </div>
        )}
        <CopyLinkButton />
      </div>
      {dashboard && <FilterNote />}
    </div>
  )
}
