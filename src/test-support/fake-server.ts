import { progressEntrySchema, type ProgressEntry } from '@/data/dataset/schema'
import { assignmentSchema, type Assignment } from '@/monitoring/responsibility'
import type { Fetch } from '@/stores/ledger/http-client'

// An in-memory stand-in for the shared server, speaking its documented API (issue 13 item 7), so the HTTP
// adapter and the server-mode screens can be tested before and beside the real server. Each client gets its
// own cookie jar; the rules it enforces are the server's: CSRF on writes, If-Match versions, roles by unit.

type Role = 'admin' | 'reporter' | 'leader'
type User = { id: number; login: string; name: string; role: Role; unit: string | null; disabled: boolean }
type Review = {
  status: 'pending' | 'approved' | 'returned'
  reason: string | null
  by: string | null
  at: string | null
}
type Entry = ProgressEntry & { version: number; review: Review; recordedBy: string | null }
type Event = {
  id: number
  at: string
  actor: string
  kind: string
  itemId: string | null
  subject: string | null
  before: unknown
  after: unknown
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
const error = (status: number, code: string, message: string, extra: object = {}) =>
  json(status, { code, message, ...extra })

export function fakeServer(accounts: { login: string; password: string; role: Role; unit?: string }[]) {
  const users = accounts.map((a, i) => ({
    user: { id: i + 1, login: a.login, name: a.login, role: a.role, unit: a.unit ?? null, disabled: false },
    password: a.password,
  }))
  const sessions = new Map<string, { user: User; csrf: string }>()
  const entries = new Map<string, Entry>()
  const assignments = new Map<string, Assignment & { version: number }>()
  const events: Event[] = []
  const comments: { id: number; itemId: string; author: string; text: string; at: string }[] = []
  const failedLogins = new Map<string, number>()
  let serial = 0
  const now = () => new Date(Date.UTC(2023, 6, 1) + ++serial * 1000).toISOString()
  const log = (
    actor: User,
    kind: string,
    itemId: string | null,
    subject: string | null,
    before: unknown,
    after: unknown,
  ) =>
    events.push({ id: events.length + 1, at: now(), actor: actor.name, kind, itemId, subject, before, after })
  const mayRecord = (user: User, itemId: string) => {
    if (user.role === 'admin') return true
    if (user.role !== 'reporter' || !user.unit) return false
    const a = assignments.get(itemId)
    return Boolean(a && (a.leadUnit === user.unit || a.partnerUnits.includes(user.unit)))
  }
  const versionOf = (h: Headers) => {
    const m = /^(?:W\/)?"?(\d+)"?$/.exec(h.get('if-match') ?? '')
    return m ? Number(m[1]) : undefined
  }

  function handle(
    method: string,
    path: string,
    headers: Headers,
    body: unknown,
    jar: { token?: string },
  ): Response {
    const [route = '', query = ''] = path.split('?')
    if (method === 'GET' && route === 'api/health') return json(200, { status: 'ok', database: 'fake' })
    if (method === 'POST' && route === 'api/session') {
      const { login, password } = body as { login: string; password: string }
      if ((failedLogins.get(login) ?? 0) >= 5)
        return error(429, 'too_many_attempts', '该账号密码错误次数过多，请1分钟后再试', {})
      const found = users.find((u) => u.user.login === login && u.password === password)
      if (!found) {
        failedLogins.set(login, (failedLogins.get(login) ?? 0) + 1)
        return error(401, 'bad_credentials', '账号或密码错误')
      }
      const token = `t${++serial}`
      sessions.set(token, { user: found.user, csrf: `c${serial}` })
      jar.token = token
      return json(200, { user: found.user, csrfToken: `c${serial}` })
    }
    const session = jar.token ? sessions.get(jar.token) : undefined
    if (!session) return error(401, 'unauthenticated', '请先登录')
    const user = session.user
    if (method !== 'GET' && headers.get('x-csrf-token') !== session.csrf)
      return error(403, 'csrf', '安全令牌无效，请刷新页面后重试')
    if (route === 'api/session') {
      if (method === 'GET') return json(200, { user, csrfToken: session.csrf })
      sessions.delete(jar.token!)
      jar.token = undefined
      return json(200, { ok: true })
    }
    if (method === 'GET' && route === 'api/entries')
      return json(200, { entries: [...entries.values()], cursor: events.length })
    if (method === 'POST' && route === 'api/entries') {
      const { id, ...draft } = body as { id?: string } & Record<string, unknown>
      const parsed = progressEntrySchema.safeParse({ ...draft, id: id ?? `s${++serial}`, recordedAt: now() })
      if (!parsed.success) return error(400, 'invalid_entry', '记录格式不正确')
      if (!mayRecord(user, parsed.data.targetId))
        return error(403, 'forbidden', '只能填报本单位牵头或配合的事项')
      const existing = entries.get(parsed.data.id)
      if (existing) return error(409, 'entry_exists', '已有相同编号的记录', { current: existing })
      const status = user.role === 'admin' ? 'approved' : 'pending'
      const entry: Entry = {
        ...parsed.data,
        version: 1,
        review: { status, reason: null, by: null, at: null },
        recordedBy: user.name,
      }
      entries.set(entry.id, entry)
      log(user, 'entry.created', entry.targetId, entry.id, null, entry)
      return json(201, entry)
    }
    const entryPath = /^api\/entries\/([^/]+)(\/review)?$/.exec(route)
    if (entryPath) {
      const id = decodeURIComponent(entryPath[1]!)
      const stored = entries.get(id)
      if (!stored) return error(404, 'not_found', '找不到这条记录')
      const version = versionOf(headers)
      if (entryPath[2]) {
        if (user.role !== 'admin') return error(403, 'forbidden', '只有督查室可以审核')
        const { decision, reason } = body as { decision: 'approve' | 'return'; reason?: string }
        if (decision === 'return' && !reason?.trim()) return error(400, 'reason_required', '退回须写明理由')
        const review: Review = {
          status: decision === 'approve' ? 'approved' : 'returned',
          reason: reason ?? null,
          by: user.name,
          at: now(),
        }
        const next = { ...stored, review, version: stored.version + 1 }
        entries.set(id, next)
        // As the real server logs it: the whole entry before and after, its review inside.
        log(user, 'entry.reviewed', stored.targetId, id, stored, next)
        return json(200, next)
      }
      if (!mayRecord(user, stored.targetId)) return error(403, 'forbidden', '只能修改本单位牵头或配合的事项')
      if (method === 'PUT' && version === undefined)
        return error(428, 'if_match_required', '修改记录须带上所依据的版本')
      if (version !== undefined && version !== stored.version)
        return error(409, 'version_conflict', '这条记录已被他人修改，请比较两个版本后再保存', {
          current: stored,
        })
      if (method === 'DELETE') {
        entries.delete(id)
        log(user, 'entry.deleted', stored.targetId, id, stored, null)
        return json(200, { ok: true })
      }
      const parsed = progressEntrySchema.safeParse({ ...(body as object), id, recordedAt: now() })
      if (!parsed.success) return error(400, 'invalid_entry', '记录格式不正确')
      const status = user.role === 'admin' ? 'approved' : 'pending'
      const next: Entry = {
        ...parsed.data,
        version: stored.version + 1,
        review: { status, reason: null, by: null, at: null },
        recordedBy: user.name,
      }
      entries.set(id, next)
      log(user, 'entry.updated', stored.targetId, id, stored, next)
      return json(200, next)
    }
    if (method === 'GET' && route === 'api/assignments') return json(200, [...assignments.values()])
    const assignmentPath = /^api\/assignments\/([^/]+)$/.exec(route)
    if (assignmentPath && method === 'PUT') {
      if (user.role !== 'admin') return error(403, 'forbidden', '只有督查室可以修改任务分解')
      const itemId = decodeURIComponent(assignmentPath[1]!)
      const stored = assignments.get(itemId)
      const version = versionOf(headers)
      if (stored && version !== undefined && version !== stored.version)
        return error(409, 'version_conflict', '任务分解已被他人修改', { current: stored })
      const parsed = assignmentSchema.safeParse({ ...(body as object), itemId })
      if (!parsed.success) return error(400, 'invalid', '任务分解格式不正确')
      const next = { ...parsed.data, version: (stored?.version ?? 0) + 1 }
      assignments.set(itemId, next)
      log(user, 'assignment.updated', itemId, itemId, stored ?? null, next)
      return json(200, next)
    }
    if (method === 'POST' && route === 'api/assignments/import') {
      if (user.role !== 'admin') return error(403, 'forbidden', '只有督查室可以导入分解表')
      const batch = (body as { assignments?: unknown[] }).assignments ?? []
      const parsed = batch.map((a) => ({
        assignment: assignmentSchema.safeParse(a),
        version: (a as { version?: number }).version ?? 0,
      }))
      if (parsed.some((p) => !p.assignment.success)) return error(400, 'invalid', '任务分解格式不正确')
      // All or nothing, as the server's one transaction: any item changed since the preview refuses the whole file.
      const stale = parsed.find(({ assignment, version }) => {
        const stored = assignment.success ? assignments.get(assignment.data.itemId) : undefined
        return (stored?.version ?? 0) !== version
      })
      if (stale)
        return error(409, 'version_conflict', '任务分解在预览后已被他人修改，请重新选择文件预览后再导入')
      const counts = { added: 0, replaced: 0, unchanged: 0 }
      for (const { assignment } of parsed) {
        if (!assignment.success) continue
        const stored = assignments.get(assignment.data.itemId)
        const next = { ...assignment.data, version: (stored?.version ?? 0) + 1 }
        assignments.set(next.itemId, next)
        log(user, 'assignment.updated', next.itemId, next.itemId, stored ?? null, next)
        counts[stored ? 'replaced' : 'added']++
      }
      return json(200, { ...counts, assignments: [...assignments.values()] })
    }
    if (method === 'GET' && route === 'api/changes') {
      const since = Number(new URLSearchParams(query).get('since') ?? NaN)
      const changes = Number.isNaN(since) ? [] : events.filter((e) => e.id > since)
      return json(200, { cursor: events.length, changes })
    }
    const historyPath = /^api\/items\/([^/]+)\/(history|comments)$/.exec(route)
    if (historyPath) {
      const itemId = decodeURIComponent(historyPath[1]!)
      if (historyPath[2] === 'history')
        return json(200, { events: events.filter((e) => e.itemId === itemId) })
      if (user.role === 'reporter') return error(403, 'forbidden', '只有领导和督查室可以批示')
      const text = (body as { text?: string }).text?.trim()
      if (!text) return error(400, 'invalid', '批示内容不能为空')
      const comment = { id: comments.length + 1, itemId, author: user.name, text, at: now() }
      comments.push(comment)
      log(user, 'comment.added', itemId, String(comment.id), null, comment)
      return json(201, comment)
    }
    if (method === 'GET' && route === 'api/comments') {
      const itemId = new URLSearchParams(query).get('itemId')
      return json(200, { comments: comments.filter((c) => !itemId || c.itemId === itemId) })
    }
    if (method === 'POST' && route === 'api/import') {
      if (user.role !== 'admin') return error(403, 'forbidden', '只有督查室可以导入')
      const list = (body as { entries: unknown[] }).entries.map((e) => progressEntrySchema.safeParse(e))
      if (list.some((p) => !p.success)) return error(400, 'import_problems', '文件有问题，未导入任何记录')
      const plan = { added: [] as ProgressEntry[], changed: [] as unknown[], unchanged: 0 }
      for (const p of list) {
        const e = p.data!
        const stored = entries.get(e.id)
        if (stored) plan.changed.push({ before: stored, after: e })
        else plan.added.push(e)
        entries.set(e.id, {
          ...e,
          version: (stored?.version ?? 0) + 1,
          review: { status: 'approved', reason: null, by: null, at: null },
          recordedBy: user.name,
        })
        log(user, stored ? 'entry.updated' : 'entry.created', e.targetId, e.id, stored ?? null, e)
      }
      return json(200, { applied: new URLSearchParams(query).get('dryRun') !== 'true', plan })
    }
    return error(404, 'not_found', `没有这个接口：${method} ${route}`)
  }

  return {
    /** A browser of its own: its own session cookie */
    client(): Fetch {
      const jar: { token?: string } = {}
      return async (input, init = {}) => {
        const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
        await Promise.resolve() // a network round trip is never synchronous
        return handle(init.method ?? 'GET', input.replace(/^\/+/, ''), new Headers(init.headers), body, jar)
      }
    },
    assignmentSet(a: Assignment) {
      assignments.set(a.itemId, { ...a, version: 1 })
    },
  }
}
