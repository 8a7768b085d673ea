// 数据恢复: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhRecovery = {
  title: '数据恢复',
  intro:
    '以下是看板在本机发现无法读取、另行保存的数据。请下载交技术人员核对，确认不再需要后再删除。删除后无法找回。',
  none: '本机没有另行保存的数据。看板读取浏览器存储出错时，会把原数据另存到这里，不会直接丢弃。',
  introServer:
    '以下是这台电脑的浏览器在单机使用看板时另行保存的数据，与共享服务器上的记录无关（共享服务器版不使用浏览器存储）。请下载交技术人员核对，确认不再需要后再删除。删除后无法找回。',
  label: (store: string, at: string) => `${store}（${at} 另存）`,
  size: (chars: number) => `${chars.toLocaleString('zh-CN')} 字符`,
  download: '下载',
  delete: '删除',
  confirmDelete: '确认删除',
  cancel: '取消',
  fileName: '祁东目标看板_另存的数据',
} as const
