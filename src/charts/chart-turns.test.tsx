// Charts wait their turn: each is drawn in a commit of its own, in page order, and one removed before its turn is
// skipped; none is left as a placeholder.
import { act, render, screen, waitFor } from '@testing-library/react'
import { Profiler, useLayoutEffect, useRef } from 'react'
import { expect, it } from 'vitest'
import { useChartTurn } from './chart-turns'

const load = () => Promise.resolve()

function Chart({ id, drawnOrder }: { id: number; drawnOrder: number[] }) {
  const placeholder = useRef<HTMLParagraphElement>(null)
  const drawn = useChartTurn(placeholder, load)
  useLayoutEffect(() => {
    if (drawn) drawnOrder.push(id)
  }, [drawn, id, drawnOrder])
  return drawn ? <p>图表 {id}</p> : <p ref={placeholder}>正在加载图表…</p>
}

it('draws the charts one commit each, in page order', async () => {
  const drawnOrder: number[] = []
  const perCommit: number[] = []
  const count = () => screen.queryAllByText(/^图表/).length
  render(
    <Profiler
      id="charts"
      onRender={() => {
        perCommit.push(count())
      }}
    >
      {[0, 1, 2, 3, 4].map((id) => (
        <Chart key={id} id={id} drawnOrder={drawnOrder} />
      ))}
    </Profiler>,
  )
  expect(screen.getAllByText('正在加载图表…')).toHaveLength(5)
  await waitFor(() => {
    expect(count()).toBe(5)
  })
  expect(drawnOrder).toEqual([0, 1, 2, 3, 4])
  // Never two charts revealed by the same commit
  perCommit.forEach((n, i) => {
    expect(n - (perCommit[i - 1] ?? 0)).toBeLessThanOrEqual(1)
  })
  expect(screen.queryByText('正在加载图表…')).toBeNull()
})

it('skips a chart removed before its turn and still draws the rest', async () => {
  const drawnOrder: number[] = []
  const { rerender } = render(
    <>
      {[0, 1, 2].map((id) => (
        <Chart key={id} id={id} drawnOrder={drawnOrder} />
      ))}
    </>,
  )
  act(() => {
    rerender(
      <>
        {[0, 2].map((id) => (
          <Chart key={id} id={id} drawnOrder={drawnOrder} />
        ))}
      </>,
    )
  })
  await waitFor(() => {
    expect(screen.queryAllByText(/^图表/)).toHaveLength(2)
  })
  expect(drawnOrder).toEqual([0, 2])
})
