import { useId, useState, type SyntheticEvent } from 'react'
import { zhSession } from '@/i18n/zh-session'
import { signedIn } from '@/stores/session-actions'

const t = zhSession
const inputClass =
  'w-full rounded-md border border-slate-300 px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-red-700'

// 登录: the shared 台账 is opened by account; a refused login says why in Chinese and keeps the 账号 typed.
export function LoginPage() {
  const id = useId()
  const [login, setLogin] = useState('')
  const [password, setPassword] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(e: SyntheticEvent) {
    e.preventDefault()
    if (!login.trim() || !password) {
      setProblem(t.required)
      return
    }
    setBusy(true)
    const result = await signedIn(login.trim(), password)
    setBusy(false)
    // The form goes away under the keyboard: land on the page's main content, not on <body>, with the header in view
    if (result.ok) {
      document.getElementById('main')?.focus({ preventScroll: true })
      return
    }
    setPassword('')
    const { code, message } = result.failure
    setProblem(code === 'rate_limited' ? `${message} ${t.throttled}` : message)
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mx-auto mt-8 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold text-slate-900">
        {t.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t.intro}</p>
      <form
        noValidate
        className="mt-4 flex flex-col gap-3"
        onSubmit={(e) => {
          void submit(e)
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          {t.login}
          <input
            className={inputClass}
            value={login}
            autoComplete="username"
            autoCapitalize="off"
            spellCheck={false}
            onChange={(e) => {
              setLogin(e.target.value)
            }}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          {t.password}
          <input
            className={inputClass}
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(e) => {
              setPassword(e.target.value)
            }}
          />
        </label>
        {problem && (
          <p role="alert" className="text-sm font-medium text-red-800">
            <span aria-hidden>⚠ </span>
            {problem}
          </p>
        )}
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60"
        >
          {busy ? t.signingIn : t.submit}
        </button>
      </form>
    </section>
  )
}
