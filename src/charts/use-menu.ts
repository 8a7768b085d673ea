import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

const itemsOf = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []),
]

// Focuses item `index` of the menu, counting from the end when negative and wrapping around.
function focusAt(menu: HTMLElement | null, index: number) {
  const list = itemsOf(menu)
  list.at(((index % list.length) + list.length) % list.length)?.focus()
}

// A menu button per the WAI-ARIA pattern: arrows move, Home/End jump, Escape closes and returns focus.
export function useMenu() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const focusOnOpen = useRef<'first' | 'last'>('first')

  useEffect(() => {
    if (!open) return
    focusAt(menu.current, focusOnOpen.current === 'first' ? 0 : -1)
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [open])

  const show = (where: 'first' | 'last') => {
    focusOnOpen.current = where
    setOpen(true)
  }
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  const buttonProps = {
    ref: button,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    onClick: () => {
      if (open) setOpen(false)
      else show('first')
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
      e.preventDefault()
      show(e.key === 'ArrowDown' ? 'first' : 'last')
    },
  }

  const menuProps = {
    ref: menu,
    role: 'menu' as const,
    onKeyDown: (e: KeyboardEvent) => {
      const current = itemsOf(menu.current).indexOf(document.activeElement as HTMLElement)
      const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: -1 }
      const to = moves[e.key]
      if (to !== undefined) {
        e.preventDefault()
        focusAt(menu.current, to)
      } else if (e.key === 'Escape') {
        e.preventDefault()
        close()
      } else if (e.key === 'Tab') setOpen(false)
    },
  }

  return { open, close, buttonProps, menuProps }
}
