import type { GlossaryTerm } from '@/data/dataset/schema'
import { useLoadedDataset } from '@/data/dataset/use-dataset'

const none: readonly GlossaryTerm[] = []

/** The 39 terms of 名词解释 once the dataset has loaded; empty until then, so text renders plain meanwhile. */
export function useGlossary(): readonly GlossaryTerm[] {
  return useLoadedDataset()?.glossary ?? none
}
