// 名词解释: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhGlossary = {
  search: '搜索名词',
  searchHint: '名词或释义中的文字',
  count: (shown: number, total: number) =>
    shown === total ? `共 ${total} 条` : `找到 ${shown} / ${total} 条`,
  noMatch: '没有符合的名词，请换个词试试。',
  unknownTerm: (term: string) => `没有找到名词“${term}”，请在下面的列表中查找。`,
} as const
