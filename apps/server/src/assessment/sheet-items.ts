import {
  ASSESSMENT_CARRY_MONTHS,
  type AssessmentFact,
  type AssessmentItem,
  type AssessmentItemKind,
  type AssessmentItemView,
  assessmentMonthFor,
  type Direction,
  itemKindLabels,
  itemsFromFacts,
  monthsBefore,
} from '@propdesk/domain';
import type { Selectable } from 'kysely';
import type { Executor } from '../history/history.js';
import { gatherFacts } from './facts.js';
import { storedRules } from './rules.js';
import type { AssessmentTables } from './tables.js';

export type ItemRow = Selectable<AssessmentTables['assessmentItems']>;
export type SheetRow = Selectable<AssessmentTables['assessmentSheets']>;

/**
 * The automatic items of the open sheets of `month`, per person, as they stand now: facts not yet
 * counted on any sheet, placed in their own month unless that month's sheet is already confirmed
 * (then the next open month: a frozen sheet does not change; later facts go to the next month).
 */
export const liveAutoItems = async (
  db: Executor,
  p: { id: number; timezone: string },
  month: string,
  staffId?: number,
): Promise<Map<number, AssessmentItem[]>> => {
  const fromMonth = monthsBefore(month, ASSESSMENT_CARRY_MONTHS);
  const [facts, rules] = await Promise.all([
    gatherFacts(db, p, { fromMonth, toMonth: month, staffId }),
    storedRules(db, p.id),
  ]);
  let claimedQ = db
    .selectFrom('assessmentItems')
    .select(['sourceType', 'sourceId'])
    .where('propertyId', '=', p.id)
    .where('sourceType', 'is not', null)
    .where('month', '>=', fromMonth);
  let confirmedQ = db
    .selectFrom('assessmentSheets')
    .select(['staffId', 'month'])
    .where('propertyId', '=', p.id)
    .where('state', '=', 'confirmed')
    .where('month', '>=', fromMonth)
    .where('month', '<=', month);
  if (staffId) {
    claimedQ = claimedQ.where('staffId', '=', staffId);
    confirmedQ = confirmedQ.where('staffId', '=', staffId);
  }
  const claimed = new Set((await claimedQ.execute()).map((c) => `${c.sourceType}:${c.sourceId}`));
  const confirmed = new Map<number, Set<string>>();
  for (const s of await confirmedQ.execute())
    confirmed.set(s.staffId, (confirmed.get(s.staffId) ?? new Set()).add(s.month));
  const byStaff = new Map<number, AssessmentFact[]>();
  for (const f of facts) {
    if (claimed.has(`${f.sourceType}:${f.sourceId}`)) continue;
    if (assessmentMonthFor(f.month, confirmed.get(f.staffId) ?? new Set()) !== month) continue;
    byStaff.set(f.staffId, [...(byStaff.get(f.staffId) ?? []), f]);
  }
  return new Map([...byStaff].map(([id, list]) => [id, itemsFromFacts(list, rules)]));
};

/** A live automatic item as the sheet shows it (not stored yet: no id). */
export const liveItemView = (i: AssessmentItem, month: string): AssessmentItemView => ({
  id: null,
  kind: i.kind,
  label: itemKindLabels[i.kind],
  direction: i.direction,
  points: i.points,
  source: 'auto',
  occurredAt: i.occurredAt,
  description: i.description,
  reason: null,
  record: i.record,
  isCarriedOver: i.factMonth !== null && i.factMonth < month,
  createdByName: null,
});

/** A stored item (manual, or automatic frozen at confirmation). */
export const storedItemView = (r: ItemRow, names: Map<number, string>): AssessmentItemView => ({
  id: r.id,
  kind: r.kind as AssessmentItemKind,
  label: itemKindLabels[r.kind as AssessmentItemKind] ?? r.kind,
  direction: r.direction as Direction,
  points: r.points,
  source: r.sourceType ? 'auto' : 'manual',
  occurredAt: r.occurredAt,
  description: r.description,
  reason: r.reason,
  record:
    r.recordType && r.recordId !== null
      ? { type: r.recordType, id: r.recordId, label: r.recordLabel ?? '' }
      : null,
  isCarriedOver: r.factMonth !== null && r.factMonth < r.month,
  createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
});

/** The row that freezes a live automatic item on its sheet. */
export const frozenItemRow = (
  i: AssessmentItem,
  sheet: Pick<SheetRow, 'id' | 'propertyId' | 'staffId' | 'month'>,
  at: string,
) => ({
  sheetId: sheet.id,
  propertyId: sheet.propertyId,
  staffId: sheet.staffId,
  month: sheet.month,
  kind: i.kind,
  direction: i.direction,
  points: i.points,
  sourceType: i.sourceType,
  sourceId: i.sourceId,
  recordType: i.record?.type ?? null,
  recordId: i.record?.id ?? null,
  recordLabel: i.record?.label ?? null,
  factMonth: i.factMonth,
  occurredAt: i.occurredAt,
  description: i.description,
  reason: null,
  createdBy: null,
  createdAt: at,
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawReason: null,
});
