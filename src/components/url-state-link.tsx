import { useEffect, useRef, type AnchorHTMLAttributes } from 'react'
import {
  defaultUrlState,
  subscribeUrlState,
  updateUrlState,
  urlStateHref,
  type UrlState,
} from '@/data/url-state'

type Props = { patch: Partial<UrlState> } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>

// A real link to the URL state with `patch` applied: a plain click changes the state in place
// (a history entry), a middle-, ctrl-, shift- or alt-click does what the browser does with links.
// The href follows the URL by setting the attribute, not by re-rendering: the page holds hundreds of
// term links, and re-rendering them all made every filter click slow (measured in README.md, 性能).
export function UrlStateLink({ patch, ...props }: Props) {
  const ref = useRef<HTMLAnchorElement>(null)
  useEffect(() => {
    const sync = () => ref.current?.setAttribute('href', urlStateHref(patch))
    sync()
    return subscribeUrlState(sync)
  }, [patch])
  return (
    <a
      {...props}
      ref={ref}
      href={urlStateHref(patch, defaultUrlState)}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
        e.preventDefault()
        updateUrlState(patch)
      }}
    />
  )
}
