// 进展情况、存在问题、下一步措施: only the parts that show it import it, so it loads with them (zh.ts holds the first screen's text).
/** The standard narrative of an entry (杭州: 进展情况、存在的问题和下一步措施); labels exactly so */
export const zhNarrative = { situation: '进展情况', problems: '存在问题', nextSteps: '下一步措施' } as const
