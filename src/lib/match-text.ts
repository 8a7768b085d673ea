// The one text search of the app (看板 搜索指标, 进度监测 and 通报 搜索事项): forgiving about forms, case and spaces.

/** Full-width forms, case and spaces do not matter: ５Ｇ = 5g, "高标准 农田" finds 高标准农田 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/** Every space-separated word of the query occurs in one of the texts */
export function matchesText(query: string, texts: readonly string[]): boolean {
  const words = query.normalize('NFKC').split(/\s+/).map(normalizeText).filter(Boolean)
  if (words.length === 0) return true
  const haystack = texts.map(normalizeText).join('\n')
  return words.every((w) => haystack.includes(w))
}
