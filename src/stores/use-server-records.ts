import { useEffect, useState } from 'react'
import { zhServer } from '@/i18n/zh-server'
import { currentLedger } from './ledger/active-ledger'
import type { HttpLedger } from './ledger/http-ledger'
import { done, failed, type Outcome } from './ledger/ledger-port'
import { entryVersion, progressReloaded } from './use-progress'

// What only the shared server keeps: review decisions, 批示 and each item's 台账记录 (append-only history).

export type LedgerEvent = {
  id: number
  at: string
  actor: string
  /** 姓名（单位）, from the server (absent from an older one) */
  actorName?: string
  kind: string
  itemId: string | null
  subject: string | null
  before: unknown
  after: unknown
}
export type Instruction = {
  id: number
  itemId: string
  author: string
  /** 姓名（单位）, from the server (absent from an older one) */
  authorName?: string
  text: string
  at: string
}

const server = (): HttpLedger | undefined => {
  const ledger = currentLedger()
  return ledger?.mode === 'server' ? (ledger as HttpLedger) : undefined
}
const notOnServer = () => failed('invalid', zhServer.notSupported)

/** 通过 or 退回 (with the reason the reporter will see) */
export async function entryReviewed(
  id: string,
  decision: 'approve' | 'return',
  reason?: string,
): Promise<Outcome<undefined>> {
  const ledger = server()
  if (!ledger) return notOnServer()
  const version = entryVersion(id)
  const got = await ledger.api.call(
    'POST',
    `api/entries/${encodeURIComponent(id)}/review`,
    { decision, ...(reason?.trim() && { reason: reason.trim() }) },
    version ? { 'if-match': `"${version}"` } : {},
  )
  if (!got.ok) return got
  ledger.feed.wrote()
  await progressReloaded()
  return done(undefined)
}

export async function instructionAdded(itemId: string, text: string): Promise<Outcome<Instruction>> {
  const ledger = server()
  if (!ledger) return notOnServer()
  const got = await ledger.api.call<Instruction>('POST', `api/items/${encodeURIComponent(itemId)}/comments`, {
    text,
  })
  if (got.ok) ledger.feed.wrote()
  return got
}

type ItemRecords = { events: LedgerEvent[]; instructions: Instruction[]; problem?: string }

/** One item's 台账记录 and 批示, read again whenever the change feed reports a change */
export function useItemRecords(itemId: string): ItemRecords | undefined {
  const [records, setRecords] = useState<ItemRecords>()
  useEffect(() => {
    const ledger = server()
    if (!ledger) return
    let live = true
    const item = encodeURIComponent(itemId)
    const read = async () => {
      const [history, comments] = await Promise.all([
        ledger.api.call<{ events: LedgerEvent[] }>('GET', `api/items/${item}/history`),
        ledger.api.call<{ comments: Instruction[] }>('GET', `api/comments?itemId=${item}`),
      ])
      if (!live) return
      const problem = !history.ok
        ? history.failure.message
        : !comments.ok
          ? comments.failure.message
          : undefined
      setRecords({
        events: history.ok ? history.value.events : [],
        instructions: comments.ok ? comments.value.comments : [],
        ...(problem && { problem }),
      })
    }
    void read()
    const stop = ledger.feed.subscribe(() => void read())
    return () => {
      live = false
      stop()
    }
  }, [itemId])
  return records
}
