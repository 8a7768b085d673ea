import { useState } from 'react'
import { UNIT_KIND_LABELS, unitKindSchema, type Unit, type UnitKind } from '@/monitoring/responsibility'
import { zhAssign } from '@/i18n/zh-assign'
import { useUnits } from '@/stores/use-assignments'
import { unitAdded, unitRenamed, unitRetired } from '@/stores/assignment-actions'
import { mayAdminister } from '@/monitoring/permissions'
import { useAccount } from '@/stores/use-session'
import { UnitImport } from './unit-import'
import { LabelledChoice, LabelledText, Problem } from './controls'
import { button, primary, small } from './styles'

const a = zhAssign
const kindOptions = unitKindSchema.options.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))

// 单位名录: add, rename (everywhere at once), retire (history kept) and import units, 县直单位 and 乡镇街道 apart.
export function UnitDirectory() {
  const units = useUnits()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<UnitKind>('county')
  const [problem, setProblem] = useState<string>()
  const admin = mayAdminister(useAccount())
  return (
    <section aria-labelledby="units-title" className="flex flex-col gap-3">
      <h4 id="units-title" className="font-semibold text-slate-900">
        {a.unitsTitle}
      </h4>
      {admin && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            void unitAdded(name, kind).then((issue) => {
              setProblem(issue)
              if (!issue) setName('')
            })
          }}
        >
          <LabelledText
            label={a.unitName}
            value={name}
            maxLength={40}
            aria-invalid={problem ? true : undefined}
            onChange={setName}
          />
          <LabelledChoice
            label={a.unitKind}
            value={kind}
            options={kindOptions}
            onChange={(k) => {
              setKind(unitKindSchema.parse(k))
            }}
          />
          <button type="submit" className={primary}>
            {a.addUnit}
          </button>
          <UnitImport />
        </form>
      )}
      <Problem text={problem} />
      {units.length === 0 && <p className="text-sm text-slate-600">{a.noUnits}</p>}
      <div className="grid gap-3 md:grid-cols-2">
        {unitKindSchema.options.map((k) => {
          const list = units.filter((u) => u.kind === k)
          if (list.length === 0) return null
          return (
            <div key={k}>
              <h5 className="mb-1 text-sm font-medium text-slate-700">{`${UNIT_KIND_LABELS[k]}（${list.length}）`}</h5>
              <ul className="flex flex-col divide-y divide-slate-100 rounded-md border border-slate-200">
                {list.map((u) => (
                  <UnitRow key={u.name} unit={u} editable={admin} />
                ))}
              </ul>
            </div>
          )
        })}
      </div>
    </section>
  )
}

function UnitRow({ unit, editable }: { unit: Unit; editable: boolean }) {
  const [renaming, setRenaming] = useState(false)
  const [to, setTo] = useState(unit.name)
  const [problem, setProblem] = useState<string>()
  if (renaming)
    return (
      <li className="px-2 py-1.5">
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            void unitRenamed(unit.name, to).then((issue) => {
              setProblem(issue)
              if (!issue) setRenaming(false)
            })
          }}
        >
          <LabelledText label={a.renameTo(unit.name)} value={to} maxLength={40} autoFocus onChange={setTo} />
          <button type="submit" className={primary}>
            {a.saveRename}
          </button>
          <button
            type="button"
            className={button}
            onClick={() => {
              setRenaming(false)
              setProblem(undefined)
            }}
          >
            {a.cancel}
          </button>
        </form>
        <Problem text={problem} />
      </li>
    )
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-2 py-1.5 text-sm">
      <span className={unit.retired ? 'text-slate-500 line-through' : 'text-slate-900'}>
        {unit.name}
        {unit.retired && <span className="no-underline">{a.retired}</span>}
      </span>
      {editable && (
        <span className="flex gap-1">
          <button
            type="button"
            className={small}
            aria-label={a.renameLabel(unit.name)}
            onClick={() => {
              setTo(unit.name)
              setRenaming(true)
            }}
          >
            {a.rename}
          </button>
          <button
            type="button"
            className={small}
            aria-label={unit.retired ? a.restoreLabel(unit.name) : a.retireLabel(unit.name)}
            onClick={() => {
              void unitRetired(unit.name, !unit.retired).then(setProblem)
            }}
          >
            {unit.retired ? a.restore : a.retire}
          </button>
        </span>
      )}
      <Problem text={problem} />
    </li>
  )
}
