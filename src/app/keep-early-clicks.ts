// Inlined into index.html right after the prerendered markup (src/build/prerender.ts), so it must stand alone: no
// imports, no closures over module scope. The prerendered page has no handlers until the app is live; whatever the
// user does in that window is done again once it is:
// - a filter chip writes the URL at once, exactly as the app's toggle would, so the app starts with it applied;
// - a click on any other control (a button, a link, a tab) is held (a link does not navigate) and clicked again;
// - a value typed or chosen (a search box, a select, a checkbox) is kept and handed to the app as the user's change.
// The app hydrates this very page and then dispatches `replayEvent` on #root (main.tsx, EarlyClicksReplayed); drawn
// afresh instead, the same controls are found again by what they are called.
export function keepEarlyClicks(replayEvent: string) {
  const page = document.getElementById('root')?.firstElementChild
  const root = page?.parentElement
  if (!(page instanceof HTMLElement) || !root) return
  // main.tsx marks #root data-live just before it hydrates: from then on React takes every event itself.
  const early = () => root.dataset.live === undefined
  type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  type Done =
    | { kind: 'click' | 'submit'; el: Element; key: string }
    | { kind: 'value'; el: Field; key: string; from: string; to: string }
    | { kind: 'checked'; el: HTMLInputElement; key: string; from: boolean; to: boolean }
  const done: Done[] = []
  let focused: { el: Element; key: string } | undefined

  const isField = (el: unknown): el is Field =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
  const checkable = (el: Element) =>
    el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
  // What names a control on a page drawn afresh: its kind and its accessible name, not its place.
  const keyOf = (el: Element) =>
    [
      el.tagName,
      el.getAttribute('type'),
      el.getAttribute('name'),
      el.getAttribute('data-url-param'),
      checkable(el) ? el.getAttribute('value') : '',
      (el.getAttribute('aria-label') ?? (isField(el) ? el.labels?.[0]?.textContent : el.textContent) ?? '')
        .trim()
        .slice(0, 80),
    ].join('|')
  // A field changed twice is one change, from the prerendered value to the last one.
  const changed = (entry: Extract<Done, { kind: 'value' | 'checked' }>) => {
    const before = done.find((d) => d.el === entry.el && d.kind === entry.kind)
    if (before) (before as typeof entry).to = entry.to
    else done.push(entry)
  }

  page.addEventListener(
    'click',
    (event) => {
      if (!early() || !(event.target instanceof Element)) return
      const control = event.target.closest(
        'a[href], button, [role=button], [role=tab], [role=menuitem], [role=switch]',
      )
      if (!control || control.matches(':disabled, [aria-disabled=true]')) return
      // A link opened in another tab or window is the browser's business.
      const modified = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
      if (control instanceof HTMLAnchorElement && modified) return
      // Held: a link would load the page anew, a button do nothing. Clicked again once live.
      event.preventDefault()
      done.push({ kind: 'click', el: control, key: keyOf(control) })
    },
    true,
  )
  page.addEventListener('input', (event) => {
    const el = event.target
    if (!early() || !isField(el) || checkable(el) || el instanceof HTMLSelectElement) return
    changed({ kind: 'value', el, key: keyOf(el), from: el.defaultValue, to: el.value })
  })
  page.addEventListener('change', (event) => {
    const el = event.target
    if (!early() || !isField(el)) return
    if (el instanceof HTMLSelectElement) {
      const from = Array.from(el.options).find((o) => o.defaultSelected) ?? el.options[0]
      changed({ kind: 'value', el, key: keyOf(el), from: from?.value ?? '', to: el.value })
      return
    }
    if (!(el instanceof HTMLInputElement) || !checkable(el)) return
    const param = el.dataset.urlParam
    if (!param) {
      changed({ kind: 'checked', el, key: keyOf(el), from: el.defaultChecked, to: el.checked })
      return
    }
    // A filter chip: the app's toggle (checkbox-group.tsx), options in their order, this one as clicked, the rest
    // as in the URL.
    const params = new URLSearchParams(window.location.search)
    const selected = (params.get(param) ?? '').split(',')
    const group = page.querySelectorAll<HTMLInputElement>(`input[data-url-param="${param}"]`)
    const next = Array.from(group, (c) => c.value).filter((v) =>
      v === el.value ? el.checked : selected.includes(v),
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
  page.addEventListener('submit', (event) => {
    if (!early() || !(event.target instanceof HTMLFormElement)) return
    event.preventDefault()
    done.push({ kind: 'submit', el: event.target, key: keyOf(event.target) })
  })
  page.addEventListener('focusin', (event) => {
    if (early() && event.target instanceof Element) focused = { el: event.target, key: keyOf(event.target) }
  })

  const find = ({ el, key }: { el: Element; key: string }) =>
    el.isConnected ? el : Array.from(root.querySelectorAll(el.tagName)).find((e) => keyOf(e) === key)
  // A link within the page may point at what the app draws a moment after it is live (a sector panel).
  const whenTarget = (link: HTMLAnchorElement, go: () => void) => {
    const id = decodeURIComponent(link.hash.slice(1))
    if (!id || link.pathname !== window.location.pathname || document.getElementById(id)) {
      go()
      return
    }
    const watch = new MutationObserver(() => {
      if (!document.getElementById(id)) return
      watch.disconnect()
      go()
    })
    watch.observe(root, { childList: true, subtree: true })
    setTimeout(() => {
      watch.disconnect()
    }, 10_000)
  }
  // A field is set back to the value the app hydrated with (through React's own setter, so it knows), then set to
  // the user's value by the browser's setter and announced, as typing would: the app sees one real change.
  const replayValue = (el: Field, from: string, to: string) => {
    if (el instanceof HTMLSelectElement) {
      el.value = to
      el.dispatchEvent(new Event('change', { bubbles: true }))
      return
    }
    const { selectionStart, selectionEnd } = el
    el.value = from
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set?.call(el, to)
    el.dispatchEvent(new Event('input', { bubbles: true }))
    if (document.activeElement === el && selectionStart !== null)
      el.setSelectionRange(selectionStart, selectionEnd)
  }
  const replay = () => {
    const refocus = focused && !focused.el.isConnected ? find(focused) : undefined
    if (refocus instanceof HTMLElement && document.activeElement === document.body) refocus.focus()
    for (const d of done.splice(0)) {
      const el = find(d)
      if (!el) continue
      if (d.kind === 'submit' && el instanceof HTMLFormElement) el.requestSubmit()
      else if (d.kind === 'click' && el instanceof HTMLAnchorElement)
        whenTarget(el, () => {
          el.click()
        })
      else if (d.kind === 'click' && el instanceof HTMLElement) el.click()
      else if (d.kind === 'value' && isField(el) && d.to !== d.from) replayValue(el, d.from, d.to)
      else if (d.kind === 'checked' && el instanceof HTMLInputElement && d.to !== d.from) {
        // Back to what the app hydrated with, then one real click: the app's change handler runs once.
        el.checked = d.from
        el.click()
      }
    }
  }
  // Once the task that committed the app's first render is over: its first re-renders (stores, the URL) come first.
  root.addEventListener(
    replayEvent,
    () => {
      setTimeout(replay, 0)
    },
    { once: true },
  )
}

// The event the app dispatches on #root once its first render is committed (main.tsx): handlers are attached.
export const earlyClicksReplay = 'qd-early-clicks-replay'
