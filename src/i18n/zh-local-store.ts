// 单文件版的本机存储说明: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhLocalStore = {
  title: '单文件版：记录保存在本机浏览器，且不是私密的',
  shared:
    '本文件是从本机磁盘（file://）打开的单文件版。在这里录入的进度记录保存在本浏览器中，而本浏览器打开的所有本地 HTML 文件共用同一个存储：其他本地网页（包括别人发来的文件）可以读取、改动甚至清空这些记录；清理浏览器数据也会删除它们。',
  advice:
    '涉及敏感内容或需要多人共用的，请使用单位部署的共享服务器版看板；在单文件版中请定期用“导出 JSON（完整备份）”保存记录。',
} as const
