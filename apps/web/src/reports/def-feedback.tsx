import type { FeedbackReport } from '@propdesk/domain';
import { pctText } from './format';
import { defineReport, table } from './report-def';

/**
 * 客户反映情况报告 (S4 4.4.5: 根据客户反映的主要情况，归类汇总，每 1–2 月写出): the cases of the
 * period grouped by what residents raised, with the matters and buildings raised most.
 */

type Group = FeedbackReport['groups'][number];
type Theme = FeedbackReport['topThemes'][number];
type Building = FeedbackReport['topBuildings'][number];

const themesText = (g: Group) => g.themes.map((x) => `${x.theme}（${x.count}）`).join('、') || '—';
const buildingsText = (g: Group) => g.buildings.map((b) => `${b.name}（${b.count}）`).join('、') || '—';

export const feedbackReportDef = defineReport<FeedbackReport>({
  slug: 'feedback',
  title: 'rep.fb.title',
  subtitle: 'rep.fb.subtitle',
  period: 'feedback',
  hasDepartment: true,
  isLandscape: false,
  signLine: 'rep.fb.signLine',
  isEmpty: (r) => r.total === 0,
  paperTitle: (r) => r.title,
  charts: (r) => r.charts,
  figures: (r, { t }) => [
    { key: 'total', label: t('rep.fb.total'), value: r.total },
    ...r.groups
      .slice(0, 3)
      .map((g) => ({ key: g.type, label: g.label, value: g.count, hint: pctText(g.share) })),
    { key: 'top', label: t('rep.fb.topMatter'), value: r.topThemes[0]?.theme ?? '—' },
  ],
  tables: (r, { t }) => [
    table<Group>({
      key: 'groups',
      title: t('rep.fb.groups'),
      cols: [
        { key: 'label', title: t('rep.fb.category'), isLabel: true, width: 110, value: (g) => g.label },
        { key: 'count', title: t('rep.count'), isNumber: true, value: (g) => g.count },
        { key: 'share', title: t('rep.share'), isNumber: true, value: (g) => pctText(g.share) },
        { key: 'themes', title: t('rep.fb.themes'), width: 260, value: themesText },
        { key: 'buildings', title: t('rep.fb.buildings'), width: 200, value: buildingsText },
      ],
      rows: r.groups,
      rowKey: (g) => g.type,
      total: { type: '', label: '', count: r.total, share: r.total ? 1 : null, themes: [], buildings: [] },
    }),
    table<Theme>({
      key: 'topThemes',
      title: t('rep.fb.topThemes'),
      cols: [
        { key: 'theme', title: t('rep.fb.matter'), isLabel: true, width: 160, value: (x) => x.theme },
        { key: 'count', title: t('rep.count'), isNumber: true, value: (x) => x.count },
        { key: 'types', title: t('rep.fb.category'), value: (x) => x.types.join('、') },
        {
          key: 'cases',
          title: t('rep.fb.examples'),
          width: 300,
          value: (x) => x.cases.map((c) => `${c.number} ${c.summary}`).join('；'),
        },
      ],
      rows: r.topThemes,
      rowKey: (x) => x.theme,
      emptyText: t('rep.fb.noThemes'),
    }),
    table<Building>({
      key: 'topBuildings',
      title: t('rep.fb.topBuildings'),
      cols: [
        { key: 'name', title: t('rep.fb.building'), isLabel: true, value: (b) => b.name },
        { key: 'count', title: t('rep.count'), isNumber: true, value: (b) => b.count },
      ],
      rows: r.topBuildings,
      rowKey: (b) => String(b.buildingId),
      emptyText: t('rep.fb.noBuildings'),
    }),
  ],
});
