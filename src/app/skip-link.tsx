import { zh } from '@/i18n/zh'

// The first stop of the keyboard: past the header and tabs straight to the content. Focuses <main> without touching
// the URL (its query holds the filters).
export function SkipLink() {
  return (
    <a
      href="#main"
      onClick={(e) => {
        e.preventDefault()
        document.getElementById('main')?.focus()
      }}
      className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-red-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:outline-2 focus:outline-red-700"
    >
      {zh.skipLink}
    </a>
  )
}
