import type { GlossaryTerm } from '@/data/dataset/schema'
import type { ChartExportSpec } from '../chart-types'

// The glossary terms a chart uses: one of a term's report forms appears in the chart's own text.
export function chartTerms(spec: ChartExportSpec, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const cells = spec.table.rows.flatMap((row) => Object.values(row).filter((v) => typeof v === 'string'))
  const legend = (spec.legend ?? []).map((l) => l.label)
  const text = [spec.title, spec.subtitle, spec.footnote, ...legend, ...cells].join('\n')
  return glossary.filter((g) => [g.term, ...g.match].some((form) => text.includes(form)))
}
