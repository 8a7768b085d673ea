// 保存、删除、撤销未成时的提示: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
export const zhLedger = {
  invalid: '记录格式不正确，未保存',
  conflict: '这条记录已被他人（或另一个页面）修改，未保存',
  notFound: '这条记录已被删除，未保存',
  notSaved: (reason: string) => `未能保存：${reason}。您填写的内容仍在表单中。`,
  settingNotSaved: (reason: string) => `未能保存：${reason}。`,
  issuedKept: '已印发（签发）的不能修改或删除',
  issueTaken: (year: number, issue: number, issuedOn: string, title: string, next: number) =>
    `${year}年第${issue}期已于${issuedOn}印发（${title}），同一年的期数不能重复，请改为第${next}期后再印发`,
  issueTakenHint: (year: number, issue: number, next: number) =>
    `${year}年第${issue}期已经印发，期数不能重复，请改为第${next}期。`,
  notIssued: (reason: string) => `未能印发：${reason}。通报草稿已保留，未作改动。`,
  notDeleted: (reason: string) => `未能删除：${reason}。`,
  notUndone: (reason: string) => `未能撤销：${reason}。`,
  importNotSaved: (reason: string) => `未能保存：${reason}。没有导入任何记录，文件内容仍可再次导入。`,
} as const
