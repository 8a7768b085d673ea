import { DatasetError } from './dataset-error'
import { DATASET_ELEMENT_ID, DATASET_LINK_ATTRIBUTE } from '@/lib/dataset-markers'
import type { Dataset } from './schema'

// The app's dataset as the build ships it (src/build/dataset-asset.ts): a hashed JSON file that index.html preloads,
// or inline in the single file. The build checked it against the zod schema (check-dataset.ts), so the first screen
// only runs JSON.parse, which V8 does faster than it parses the same data as a JS object literal.

const LISTS = ['sectors', 'indicators', 'tasks', 'glossary'] as const
const looksLikeDataset = (raw: unknown) =>
  typeof raw === 'object' &&
  raw !== null &&
  typeof (raw as Record<string, unknown>).report === 'object' &&
  LISTS.every((list) => Array.isArray((raw as Record<string, unknown>)[list]))

async function download(url: string, fetchFn: typeof fetch): Promise<string> {
  const name = url.slice(url.lastIndexOf('/') + 1)
  let response: Response
  try {
    // Same URL and credentials mode as the preload, so the browser hands over the response it already has.
    response = await fetchFn(url)
  } catch {
    throw new Error(`无法下载数据集文件 ${name}：网络不通或服务器没有响应。请检查网络后重新加载。`)
  }
  if (!response.ok)
    throw new Error(`无法下载数据集文件 ${name}（服务器回答 ${response.status}）。请检查网络后重新加载。`)
  return response.text()
}

export async function fetchDataset(
  doc: Document = document,
  fetchFn: typeof fetch = fetch,
): Promise<Dataset> {
  const inline = doc.getElementById(DATASET_ELEMENT_ID)
  const link = doc.querySelector<HTMLLinkElement>(`link[${DATASET_LINK_ATTRIBUTE}]`)
  const text = inline ? inline.textContent : link ? await download(link.href, fetchFn) : null
  if (text === null) throw new Error('页面中没有数据集：请使用完整的构建结果（dist/ 或 dist-single/）。')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    // The engine's own words are English and name no cause a user can act on.
    const message = '不是有效的 JSON：文件可能不完整，或服务器送来的不是数据集（例如一个网页）'
    throw new DatasetError([{ record: '数据集', field: '(整个文件)', message }])
  }
  if (looksLikeDataset(raw)) return raw as Dataset
  // Not the file the build checked: zod (loaded only now) names what is wrong, in Chinese.
  return (await import('./parse-dataset')).parseDataset(raw)
}
