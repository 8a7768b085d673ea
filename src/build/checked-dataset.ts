import { readFileSync } from 'node:fs'
import { runnerImport, type Plugin } from 'vite'
import { alias } from './alias.ts'

type Check = (raw: unknown, file: string) => string | null

/** The dataset the app ships, relative to the repository root */
export const DATASET_FILE = 'data/qidong-2023.json'

// src/data/dataset/check-dataset.ts (zod) runs in Node through Vite's module runner, with the app's @/ alias.
async function loadCheck(): Promise<Check> {
  const { module } = await runnerImport<{ checkDataset: Check }>('/src/data/dataset/check-dataset.ts', {
    configFile: false,
    resolve: { alias },
    logLevel: 'warn',
  })
  return module.checkDataset
}

// The bundled dataset is checked against the zod schema once, here: a malformed file stops the build (and the dev
// server) with a Chinese message naming each record and field, and the app loads it without zod.
export function checkedDataset(file = DATASET_FILE, load: () => Promise<Check> = loadCheck): Plugin {
  return {
    name: 'qidong:checked-dataset',
    // Under vitest the unit tests parse the real dataset themselves (check-dataset.test.ts).
    apply: () => !process.env.VITEST,
    async buildStart() {
      const check = await load()
      const raw: unknown = JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))
      const problem = check(raw, file)
      if (problem) this.error(problem)
    },
  }
}
