// @vitest-environment node
import { describe, it, expect } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { datasetSchema } from './schema'

// Invariant: data/qidong-2023.schema.json is exactly what zod generates from schema.ts (run with UPDATE_SCHEMA=1 to regenerate).

// vitest runs from the project root; jsdom's import.meta.url is not a file URL.
const file = join(process.cwd(), 'data/qidong-2023.schema.json')
const generated = `${JSON.stringify(z.toJSONSchema(datasetSchema), null, 2)}\n`

describe('JSON Schema', () => {
  it('the committed file matches the zod schema', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, generated)
    expect(readFileSync(file, 'utf8'), 'run with UPDATE_SCHEMA=1 to regenerate').toBe(generated)
  })
})
