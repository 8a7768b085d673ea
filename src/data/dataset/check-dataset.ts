import { isDeepStrictEqual } from 'node:util'
import { DatasetError } from './dataset-error'
import { parseDataset } from './parse-dataset'

// Build time only (vite.config.ts): the bundled dataset is checked here, once, so the app loads it without zod.
// The app uses the JSON as it is, so parsing must also leave it unchanged (no default filled in, nothing coerced).

/** null when the dataset is valid as it stands; otherwise why not, in Chinese, for the build to stop with */
export function checkDataset(raw: unknown, file: string): string | null {
  const head = `数据集 ${file} 未通过校验，构建已停止。请修改后重新构建：`
  try {
    const parsed: unknown = JSON.parse(JSON.stringify(parseDataset(raw)))
    if (isDeepStrictEqual(parsed, raw)) return null
    return `${head}\n校验会改动其中的数据（例如补上缺省值）；请把校验后的值直接写入文件。`
  } catch (error) {
    if (error instanceof DatasetError)
      return [
        head,
        ...error.problems.slice(0, 50).map((p) => `  ${p.record} 字段 ${p.field}：${p.message}`),
        ...(error.problems.length > 50 ? [`  ……另有 ${error.problems.length - 50} 处问题`] : []),
      ].join('\n')
    throw error
  }
}
