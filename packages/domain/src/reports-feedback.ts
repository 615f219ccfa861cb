import { z } from 'zod';
import { caseTypeLabels, caseTypes } from './intake.js';
import { ChartData, chart, ReportScope, rate } from './reports.js';

/**
 * 客户反映情况报告 (S4 4.4.5: 根据客户反映的主要情况，归类汇总，每 1–2 月写出): the cases of the
 * period grouped by what residents raised, i.e. their type, and within a type by theme; a theme
 * is a two-character word (bigram) of the summaries, counted once per case.
 */

/**
 * Words that say nothing about the matter: people, the office, verbs of asking, time words and
 * the type names themselves (the grouping already says the type).
 */
export const themeStopWords = new Set(
  (
    '业主 住户 客户 先生 女士 小姐 老人 家人 我们 你们 他们 她们 自己 物业 小区 管理 管理处 服务 工作 人员 ' +
    '反映 要求 希望 请求 请问 咨询 询问 需要 能否 是否 可以 不能 没有 已经 还是 一直 一下 一个 这个 那个 ' +
    '什么 怎么 为什么 情况 问题 事情 处理 解决 及时 马上 尽快 今天 昨天 明天 现在 最近 早上 晚上 上午 下午 ' +
    '时候 时间 来电 来访 来函 电话 联系 报修 投诉 表扬 建议 意见 求助 有偿 家里 房间 楼下 楼上 隔壁 发现'
  )
    .split(' ')
    .filter((w) => w.length >= 2),
);

/** Stop words break a run of text, so their characters do not pair with their neighbours. */
const stopPattern = new RegExp([...themeStopWords].sort((a, b) => b.length - a.length).join('|'), 'gu');
const withoutStopWords = (text: string) => text.replace(stopPattern, ' ');

/** CJK ideographs (the basic block, extension A and compatibility): a character code test, cheaper than a regex. */
const isHanCode = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

const bigramsOf = (cleaned: string) => {
  const out: string[] = [];
  for (let i = 0; i + 1 < cleaned.length; i++) {
    if (!isHanCode(cleaned.charCodeAt(i)) || !isHanCode(cleaned.charCodeAt(i + 1))) continue;
    const w = cleaned.slice(i, i + 2);
    if (!out.includes(w)) out.push(w);
  }
  return out;
};

/** The distinct theme bigrams of one text, stop words left out. */
export const themeBigrams = (text: string): string[] => bigramsOf(withoutStopWords(text));

/** A case as the report reads it; its id orders cases by when they were opened. */
export type FeedbackCase = { id: number; number: string; type: string; summary: string };
/** Cases per building and type, counted by the database. */
export type FeedbackBuildingCount = { type: string; buildingId: number; name: string; count: number };

const CaseRef = z.object({ id: z.number(), number: z.string(), summary: z.string() });
const Theme = z.object({
  theme: z.string().describe('主题：摘要中的两字词，所有相关案件共有的更长短语时取短语'),
  count: z.number().describe('提及该主题的案件数'),
  cases: z.array(CaseRef).describe('最近的几件（事项举例）'),
});
const BuildingCount = z.object({ buildingId: z.number(), name: z.string(), count: z.number() });

export const FeedbackReport = z.object({
  scope: ReportScope,
  title: z.string(),
  total: z.number().describe('期间内受理的案件数'),
  groups: z
    .array(
      z.object({
        type: z.string(),
        label: z.string(),
        count: z.number(),
        share: z.number().nullable().describe('占比'),
        themes: z.array(Theme).describe('该类反映最多的主题'),
        buildings: z.array(BuildingCount).describe('该类反映最多的楼栋'),
      }),
    )
    .describe('按客户反映的类别归类汇总'),
  topThemes: z.array(Theme.extend({ types: z.array(z.string()) })).describe('全期反映最多的事项'),
  topBuildings: z.array(BuildingCount).describe('反映最多的楼栋'),
  charts: z.array(ChartData),
});
export type FeedbackReport = z.infer<typeof FeedbackReport>;

const TOP_THEMES = 5;
const TOP_OVERALL = 10;

const MAX_PHRASE = 16;
const SAMPLE_CASES = 3;

/** A case with its text split at stop words and its distinct bigrams, worked out once. */
type Prepared = { c: FeedbackCase; text: string; grams: string[] };
const prepare = (c: FeedbackCase): Prepared => {
  const text = withoutStopWords(c.summary);
  return { c, text, grams: bigramsOf(text) };
};

/**
 * A bigram grown into the longest phrase all of its cases share (车位 → 车位租赁价格 when every
 * case that says 车位 says 车位租赁价格), so one matter is one theme, not five overlapping bigrams.
 */
const isHan = (ch: string | undefined) => !!ch && isHanCode(ch.charCodeAt(0));
const growPhrase = (bigram: string, texts: readonly string[]) => {
  const first = texts[0] ?? bigram;
  const at = Math.max(0, first.indexOf(bigram));
  const sharedByAll = (phrase: string) => texts.every((t) => t.includes(phrase));
  // The run of Chinese text around the bigram in one case bounds the phrase; the longest piece
  // every case shares is kept (tried longest first: one pass when they all share it).
  let end = at + bigram.length;
  while (end < first.length && end - at < MAX_PHRASE && isHan(first[end])) end++;
  while (end > at + bigram.length && !sharedByAll(first.slice(at, end))) end--;
  let start = at;
  while (start > 0 && end - start < MAX_PHRASE && isHan(first[start - 1])) start--;
  while (start < at && !sharedByAll(first.slice(start, end))) start++;
  return first.slice(start, end);
};

/** The most recent cases of a list (highest ids), without sorting the whole list. */
const latest = (list: readonly Prepared[]) => {
  const top: FeedbackCase[] = [];
  for (const { c } of list) {
    if (top.length === SAMPLE_CASES && c.id <= top[SAMPLE_CASES - 1]!.id) continue;
    top.push(c);
    top.sort((x, y) => y.id - x.id);
    if (top.length > SAMPLE_CASES) top.pop();
  }
  return top.map((c) => ({ id: c.id, number: c.number, summary: c.summary }));
};

/** How many cases raise each bigram. */
const countGrams = (cases: readonly Prepared[]) => {
  const counts = new Map<string, number>();
  for (const p of cases) for (const w of p.grams) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
};

/** Themes of a group of cases: raised by at least two cases, most raised first, grown into phrases. */
const themesOf = (cases: readonly Prepared[], limit: number, counts = countGrams(cases)) => {
  const ranked = [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
  const covered = new Set<string>();
  const out: { theme: string; count: number; list: Prepared[] }[] = [];
  for (const [bigram, n] of ranked) {
    if (out.length >= limit) break;
    if (covered.has(`${bigram}:${n}`)) continue;
    // Texts are split at stop words, so a bigram is in the text exactly when it is one of its grams.
    const list = cases.filter((p) => p.text.includes(bigram));
    const theme = growPhrase(
      bigram,
      list.map((p) => p.text),
    );
    // The phrase's other bigrams, raised by exactly these cases, are the same matter.
    for (let i = 0; i + 2 <= theme.length; i++) covered.add(`${theme.slice(i, i + 2)}:${n}`);
    out.push({ theme, count: n, list });
  }
  return out.map((t) => ({ ...t, cases: latest(t.list) }));
};

const topBuildings = (rows: readonly FeedbackBuildingCount[], limit: number) => {
  const m = new Map<number, { buildingId: number; name: string; count: number }>();
  for (const r of rows) {
    const cur = m.get(r.buildingId) ?? { buildingId: r.buildingId, name: r.name, count: 0 };
    cur.count += r.count;
    m.set(r.buildingId, cur);
  }
  return [...m.values()].sort((a, b) => b.count - a.count || a.buildingId - b.buildingId).slice(0, limit);
};

export const feedbackReport = (
  scope: ReportScope,
  cases: readonly FeedbackCase[],
  buildings: readonly FeedbackBuildingCount[],
): FeedbackReport => {
  const label = (t: string) => (caseTypeLabels as Record<string, string>)[t] ?? t;
  const prepared = cases.map(prepare);
  const byType = new Map<string, Prepared[]>();
  for (const p of prepared) {
    const list = byType.get(p.c.type);
    if (list) list.push(p);
    else byType.set(p.c.type, [p]);
  }
  const order = (t: string) => {
    const i = (caseTypes as readonly string[]).indexOf(t);
    return i < 0 ? caseTypes.length : i;
  };
  const overall = new Map<string, number>();
  const groups = [...byType.entries()]
    .sort((a, b) => b[1].length - a[1].length || order(a[0]) - order(b[0]))
    .map(([type, list]) => {
      const counts = countGrams(list);
      for (const [w, n] of counts) overall.set(w, (overall.get(w) ?? 0) + n);
      return { type, list, counts };
    })
    .map(({ type, list, counts }) => ({
      type,
      label: label(type),
      count: list.length,
      share: rate(list.length, cases.length),
      themes: themesOf(list, TOP_THEMES, counts).map(({ list: _l, ...t }) => t),
      buildings: topBuildings(
        buildings.filter((b) => b.type === type),
        TOP_THEMES,
      ),
    }));
  const top = themesOf(prepared, TOP_OVERALL, overall).map(({ list, ...t }) => ({
    ...t,
    types: [...new Set(list.map((p) => label(p.c.type)))],
  }));
  const places = topBuildings(buildings, TOP_OVERALL);
  return {
    scope,
    title: `客户反映情况报告（${scope.period.label}）`,
    total: cases.length,
    groups,
    topThemes: top,
    topBuildings: places,
    charts: [
      chart(
        'byType',
        '客户反映类别',
        'pie',
        groups.map((g) => g.label),
        [{ name: '件数', data: groups.map((g) => g.count) }],
      ),
      chart(
        'topThemes',
        '反映最多的事项',
        'bar',
        top.map((t) => t.theme),
        [{ name: '件数', data: top.map((t) => t.count) }],
      ),
      chart(
        'topBuildings',
        '反映最多的楼栋',
        'bar',
        places.map((b) => b.name),
        [{ name: '件数', data: places.map((b) => b.count) }],
      ),
    ],
  };
};
