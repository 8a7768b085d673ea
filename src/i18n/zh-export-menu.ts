// 图表的导出菜单与导出文件: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
// What the first screen shows of it stays in zh.exportMenu.
export const zhExportMenu = {
  button: '导出',
  menuLabel: '导出图表',
  png: 'PNG 图片（2倍）',
  png4x: '高清 PNG（4倍）',
  svg: 'SVG 矢量图',
  csv: 'CSV 数据',
  copy: '复制图片',
  copyUnavailable: '当前浏览器不允许网页写入图片到剪贴板，请下载 PNG 图片后插入。',
  withGlossary: '附名词解释',
  glossaryCount: (n: number) => (n ? `（本图${n}条）` : '（本图未用到）'),
  copied: '已复制图片，可直接粘贴到文档或幻灯片。',
  overview: '总览',
  panelFile: '领域图表',
  scaleName: (scale: number) => `${scale}倍`,
  pageName: (n: number, total: number) => `第${n}页（共${total}页）`,
  allZipName: '祁东目标看板_全部图表',
} as const
