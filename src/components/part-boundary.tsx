import { Component, type ErrorInfo, type ReactNode } from 'react'
import { zh } from '@/i18n/zh'

const t = zh.partError

type Props = {
  /** What failed, as the user names it: 图表“…”, “产业发展”面板 */
  part: string
  /** Called before the part is tried again, e.g. to forget a failed lazy import */
  onRetry?: () => void
  children: ReactNode
}
type State = { error: Error | null }

/** A lazy chunk that could not be fetched (network gone, or a new build removed the old file) */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload|ChunkLoadError/i.test(
      `${error.name} ${error.message}`,
    )
  )
}

// One failed tab, panel or chart shows a Chinese message with 重试 in its own place; the rest of the app works on.
export class PartBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(error, info.componentStack)
  }

  retry = () => {
    this.props.onRetry?.()
    this.setState({ error: null })
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <p className="font-semibold">{t.failed(this.props.part)}</p>
        <p className="mt-1 break-words">{isChunkLoadError(error) ? t.chunk : `${t.other}${error.message}`}</p>
        <button
          type="button"
          onClick={this.retry}
          className="mt-2 rounded-md bg-amber-800 px-3 py-1 text-white hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-800"
        >
          {t.retry}
        </button>
      </div>
    )
  }
}
