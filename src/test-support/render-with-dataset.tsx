import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { datasetOf } from '@/data/dataset/dataset-source'
import type { Dataset } from '@/data/dataset/schema'
import { DatasetProvider } from '@/data/dataset/use-dataset'

// Renders UI with the dataset already loaded, as after the gate.
export function renderWithDataset(ui: ReactNode, dataset: Dataset) {
  return render(<DatasetProvider source={datasetOf(dataset)}>{ui}</DatasetProvider>)
}
