import { useQuery } from '@tanstack/react-query'
import { datasetQuery } from '@/data/dataset/dataset-query'
import type { Dataset, GlossaryTerm } from '@/data/dataset/schema'

const none: readonly GlossaryTerm[] = []
const selectGlossary = (d: Dataset) => d.glossary

/** The 39 terms of 名词解释 once the dataset has loaded; empty until then, so text renders plain meanwhile. */
export function useGlossary(): readonly GlossaryTerm[] {
  return useQuery({ ...datasetQuery, select: selectGlossary }).data ?? none
}
