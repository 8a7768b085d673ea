// Numbers of the report body that are deliberately NOT indicators, each with its reason.
// Format: `context` is a text that occurs exactly once in the body (lines 1–76); the excluded numbers
// are marked inside it with [brackets], so that other figures in the same context stay counted.
// The coverage test in dataset.test.ts fails on an entry that matches nothing or marks no number.

export interface CoverageExclusion {
  /** Unique body text with the excluded numbers in [brackets], e.g. '“三类[500]强”项目4个' */
  context: string
  reason: string
}

// The glossary (lines 77–116) is outside coverage as a whole: its numbers are the item numbers 1.–39.
// and figures inside definitions (“五个十万” = 10万亩以上 each, 千余名干部, 第五次普查) that explain what a
// term means; they state no outcome of 2022 and no target of 2023.

export const coverageExclusions: readonly CoverageExclusion[] = [
  // Document metadata: material number, date, sessions
  { context: '县[第十八]届人大[三]次会议材料（[41]）', reason: '材料编号与会议届次，是名称' },
  {
    context: '（[2023]年[3]月[27]日在祁东县[第十八]届人民代表大会[第三]次会议上）',
    reason: '报告日期与会议届次',
  },
  { context: '县十八届人大[二]次会议确定的', reason: '会议届次（名称）' },

  // Years that name the period, not a quantity
  { context: '一、[2022]年工作回顾', reason: '年份（章节标题）' },
  { context: '[2022]年，极不平凡', reason: '年份' },
  { context: '二、[2023]年工作安排', reason: '年份（章节标题）' },
  { context: '[2023]年是全面贯彻', reason: '年份' },
  { context: '[2023]年政府工作的总体要求', reason: '年份' },

  // Structure of the speech
  { context: '以下[六]个方面工作', reason: '篇章结构：预告下文六个部分' },
  { context: '以下[七]个方面工作', reason: '篇章结构：预告下文七个部分' },

  // Numbers inside names: production lines, roads, hotlines, institutions
  // (5G, “三类500强”, “12345”政府服务热线, 3A, 5星级, 第一批 and 千人以上 sit inside indicator quotes, so they need no entry)
  { context: '领湃储能电池（一期）[2]号生产线', reason: '生产线编号（名称）' },
  { context: '（一期）[3]号、[4]号生产线', reason: '生产线编号（名称）' },
  { context: 'G[322]祁东大桥', reason: '国道编号（名称）' },
  { context: 'G[322]县城改线', reason: '国道编号（名称）' },
  { context: 'G[234]县城至归阳沿线', reason: '国道编号（名称）' },
  { context: 'G[234]县城至归阳段', reason: '国道编号（名称）' },
  { context: '“[12345] ”热线平台', reason: '热线号码（名称）' },
  { context: '粮市[35]千伏变电站', reason: '变电站电压等级（名称）' },
  { context: '县机关[第一]幼儿园', reason: '学校名称' },
  { context: '加快建设机关[第一]幼儿园', reason: '学校名称' },
  { context: '启动机关[第二]、[第三]幼儿园', reason: '学校名称' },
  { context: '县[第二]生活垃圾填埋场', reason: '设施名称' },
  { context: '省[第八]届艺术节', reason: '活动届次（名称）' },

  // Slogans and policies whose name contains a count
  { context: '“[五]个十万”', reason: '名词解释第3条的名称' },
  { context: '“[两]个统筹”', reason: '工作提法（名称）' },
  { context: '“[两]个确立”', reason: '政治提法（名称）' },
  { context: '“[四]个意识”', reason: '政治提法（名称）' },
  { context: '“[四]个自信”', reason: '政治提法（名称）' },
  { context: '“[两]个维护”', reason: '政治提法（名称）' },
  { context: '“[两]个大局”', reason: '政治提法（名称）' },
  { context: '“[四]个不摘”', reason: '名词解释第31条的名称' },
  { context: '“[十五]条硬措施”', reason: '国务院安委会文件名称' },
  { context: '坚决落实中央[八]项规定', reason: '中央八项规定（名称）' },
  { context: '严格落实中央[八]项规定', reason: '中央八项规定（名称）' },
  { context: '“[三]项制度”', reason: '行政执法三项制度（名称）' },

  // Named multi-year programmes: the duration is part of the programme's name, not a result or goal
  { context: '专项整治[三]年行动', reason: '行动名称（安全生产专项整治三年行动）' },
  { context: '提质改造[三]年行动', reason: '行动名称' },
  { context: '稳定增收[三]年行动计划', reason: '行动名称' },
  { context: '分配[三]年攻坚行动', reason: '行动名称' },
  { context: '整治攻坚[三]年行动', reason: '行动名称' },
  { context: '实施发展壮大村级集体经济[五]年行动计划', reason: '行动名称' },
  { context: '推进发展壮大村级集体经济[五]年行动计划', reason: '行动名称' },
  { context: '人居环境整治[五]年提升行动', reason: '行动名称' },
  { context: '整治提升[五]年行动', reason: '行动名称' },
  { context: '湘江[十]年禁渔', reason: '政策名称（长江流域十年禁渔）' },
  { context: '县直机关[千]名干部下基层', reason: '行动名称“千名干部下基层”（名词解释第15条：千余名干部）' },

  // Counts that only enumerate the things named right before them
  { context: '整车[两]个百亿级产业', reason: '指前文列举的电池和整车两个产业，不是统计数' },

  // Streaks that describe an honour or a trend, not a measured value
  { context: '连续[三]年快速、跨越式增长', reason: '持续年数，修饰定性表述' },
  { context: '连续[三]年评为省', reason: '荣誉的连续年数，不是统计指标' },
  { context: '连续[五]年获评', reason: '荣誉的连续年数，不是统计指标' },
]
