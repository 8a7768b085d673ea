import { zh } from '@/i18n/zh'
import { dueDateText, type OwingUnit } from '@/monitoring/chase'
import { useChase } from '@/stores/use-chase'

const r = zh.bulletin

const named = (units: readonly OwingUnit[]) =>
  units.map((u) => `${u.unit}（${u.items.map((i) => i.name).join('、')}）`).join('；')

// 报送情况: the 通报 names the units that did not report, or reported late, as a 督查 通报 does.
export function BulletinUnits() {
  const { missing, late, period, dueDay } = useChase()
  return (
    <section aria-labelledby="bulletin-units" className="flex flex-col gap-2">
      <h3 id="bulletin-units" className="break-after-avoid font-semibold">
        {r.unitsHeading}
      </h3>
      <p className="indent-8">
        {missing.length + late.length === 0
          ? r.allReported(dueDateText(period, dueDay))
          : r.unitsLead(dueDateText(period, dueDay))}
      </p>
      {missing.length > 0 && <p className="indent-8">{r.missingUnits(missing.length, named(missing))}</p>}
      {late.length > 0 && <p className="indent-8">{r.lateUnits(late.length, named(late))}</p>}
    </section>
  )
}
