import { Component, type ErrorInfo, type ReactNode } from 'react'
import { zh } from '@/i18n/zh'
import { isServerMode } from '@/stores/use-session'
import { ReloadButton } from './reload-button'

type State = { error: Error | null }

// The last line of defence: a readable Chinese message and a way out instead of a blank page.
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div
        role="alert"
        className="mx-auto mt-16 max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm"
      >
        <h1 className="text-xl font-semibold text-red-800">{zh.crashTitle}</h1>
        <p className="mt-2 text-slate-700">{isServerMode() ? zh.crashHintServer : zh.crashHint}</p>
        <pre className="mt-4 overflow-auto rounded bg-slate-100 p-3 text-sm whitespace-pre-wrap text-slate-600">
          {error.message}
        </pre>
        <ReloadButton />
      </div>
    )
  }
}
