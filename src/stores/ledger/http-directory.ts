import type { Leader, Unit } from '@/monitoring/responsibility'
import type { ChangeFeed } from './change-feed'
import type { HttpClient } from './http-client'
import { done, type DirectoryPort, type Outcome } from './ledger-port'

// The 单位名录 and 责任领导 on the server (/api/units, /api/leaders): a rename there is one transaction and one
// event in the history, and reaches every assignment and account that names the unit.

export function httpDirectory(api: HttpClient, feed: ChangeFeed): DirectoryPort {
  const unit = (name: string) => `api/units/${encodeURIComponent(name)}`
  const leader = (name: string) => `api/leaders/${encodeURIComponent(name)}`
  const heard = <T>(outcome: Outcome<T>): Outcome<T> => {
    if (outcome.ok) feed.wrote()
    return outcome
  }
  return {
    peek: () => undefined,
    async list() {
      const [units, leaders] = await Promise.all([
        api.call<Unit[]>('GET', 'api/units'),
        api.call<Leader[]>('GET', 'api/leaders'),
      ])
      if (!units.ok) return units
      if (!leaders.ok) return leaders
      return done({ units: units.value, leaders: leaders.value })
    },
    unitAdded: async (input) => heard(await api.call<Unit>('POST', 'api/units', input)),
    unitChanged: async (name, change) => heard(await api.call<Unit>('PUT', unit(name), change)),
    leaderSaved: async ({ name, title }) =>
      heard(await api.call<Leader>('PUT', leader(name), title ? { title } : {})),
    async leaderRemoved(name) {
      const removed = heard(await api.call('DELETE', leader(name)))
      return removed.ok ? done(undefined) : removed
    },
    // One request, one transaction on the server: each assignment names the version the preview showed.
    async imported({ units, leaders, assignments, versions }) {
      const sent = await api.call<{ added: number; replaced: number }>('POST', 'api/assignments/import', {
        units,
        leaders,
        assignments: assignments.map((a) => {
          const version = versions.get(a.itemId)
          return version === undefined ? a : { ...a, version: Number(version) }
        }),
      })
      if (!sent.ok) return sent
      feed.wrote()
      return done({ added: sent.value.added, replaced: sent.value.replaced })
    },
    subscribe: (onChange) => feed.subscribe(onChange),
  }
}
