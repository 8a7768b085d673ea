// Kept apart from the zod parser so the shell can recognise the error without loading zod on the first screen.
export type DatasetProblem = { record: string; field: string; message: string }

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(problems.map((p) => `${p.record} ${p.field}：${p.message}`).join('\n'))
    this.name = 'DatasetError'
  }
}
