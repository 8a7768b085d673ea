import { useState } from 'react'
import { readRecords, unitNamesOf } from '@/data/exchange/assign-file'
import { zhAssign } from '@/i18n/zh-assign'
import { getResponsibility } from '@/stores/use-assignments'
import { unitAdded } from '@/stores/assignment-actions'
import { FileButton } from '@/components/ui/file-button'
import { errorText } from './styles'

const a = zhAssign
const TOWNSHIP = /(?:镇|乡|街道|办事处)$/

// A one-column sheet of unit names (.xlsx or .csv): new names join the 单位名录, known ones are left as they are.
export function UnitImport() {
  const [message, setMessage] = useState<{ text: string; bad?: boolean }>()
  async function chosen(file: File) {
    const read = await readRecords(file.name, new Uint8Array(await file.arrayBuffer()))
    if ('problem' in read) {
      setMessage({ text: `${read.problem.where}：${read.problem.message}`, bad: true })
      return
    }
    const names = unitNamesOf(read.records)
    if (names.length === 0) {
      setMessage({ text: a.unitsFileEmpty, bad: true })
      return
    }
    const known = new Set(getResponsibility().units.map((u) => u.name))
    const problems: string[] = []
    let added = 0
    for (const name of names) {
      if (known.has(name)) continue
      const problem = await unitAdded(name, TOWNSHIP.test(name) ? 'township' : 'county')
      if (problem) problems.push(problem)
      else added++
    }
    const text = a.unitsImported(added, names.length - added - problems.length)
    setMessage({ text: [text, ...problems].join(' '), bad: problems.length > 0 })
  }
  return (
    <>
      <FileButton label={a.importUnits} accept=".xlsx,.csv" onFile={(file) => void chosen(file)} />
      <p
        role="status"
        className={`${message?.bad ? errorText : 'text-sm text-slate-700'} w-full empty:hidden`}
      >
        {message?.text}
      </p>
    </>
  )
}
