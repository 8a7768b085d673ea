import type { AnchorHTMLAttributes } from 'react'
import { serializeUrlState, updateUrlState, useUrlState, type UrlState } from '@/data/url-state'

type Props = { patch: Partial<UrlState> } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>

// A real link to the URL state with `patch` applied: a plain click changes the state in place
// (a history entry), a middle-, ctrl-, shift- or alt-click does what the browser does with links.
export function UrlStateLink({ patch, ...props }: Props) {
  const href = serializeUrlState({ ...useUrlState(), ...patch }) || '?'
  return (
    <a
      {...props}
      href={href}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
        e.preventDefault()
        updateUrlState(patch)
      }}
    />
  )
}
