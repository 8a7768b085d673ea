// Inlined into index.html right after the prerendered markup (src/build/prerender.ts), so it must stand alone: no
// imports, no closures over module scope. The prerendered page has no handlers until the app is live; a filter
// chip toggled in that window writes the URL exactly as the app's toggle would, so the app starts with it applied.
export function keepEarlyClicks() {
  const page = document.getElementById('root')?.firstElementChild
  if (!page) return
  const root = page.parentElement
  // Listening on the prerendered element itself, which the live app hydrates and keeps: main.tsx marks #root
  // data-live first, and from then on the app's own handler writes the URL.
  page.addEventListener('change', (event) => {
    if (root?.dataset.live !== undefined) return
    const input = event.target
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox' || !input.dataset.urlParam) return
    const param = input.dataset.urlParam
    const params = new URLSearchParams(window.location.search)
    const selected = (params.get(param) ?? '').split(',')
    const group = page.querySelectorAll<HTMLInputElement>(`input[data-url-param="${param}"]`)
    // The app's toggle (checkbox-group.tsx): options in their order, this one as clicked, the rest as in the URL.
    const next = Array.from(group, (c) => c.value).filter((v) =>
      v === input.value ? input.checked : selected.includes(v),
    )
    if (next.length > 0) params.set(param, next.join(','))
    else params.delete(param)
    const search = params.toString()
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    )
  })
}
