import {
  ASSESSMENT_BASE,
  type AssessmentItemView,
  type AssessmentSheetSummary,
  type AssessmentSheetView,
  assessedRoles,
  scoreOf,
} from '@propdesk/domain';
import { listHistory } from '../history/history.js';
import type { Db } from '../kernel/db/database.js';
import { forbidden } from '../kernel/errors.js';
import { type Actor, hasRole } from '../kernel/http/actor.js';
import { namesById, propertyFor, staffOfProperty } from './repo.js';
import { type ItemRow, liveAutoItems, liveItemView, type SheetRow, storedItemView } from './sheet-items.js';

export const SHEET_ENTITY = 'assessment-sheet';
/** Who reads every sheet of a property; everyone else reads only their own. */
export const sheetReaderRoles = ['assistant', 'supervisor', 'manager', 'company'] as const;

/** Reading the monthly sheets: live while open, as frozen once confirmed (S2 员工考核规程). */
export const createSheetViews = ({ db }: { db: Db }) => {
  const sheetRow = (propertyId: number, staffId: number, month: string) =>
    db
      .selectFrom('assessmentSheets')
      .selectAll()
      .where('propertyId', '=', propertyId)
      .where('staffId', '=', staffId)
      .where('month', '=', month)
      .executeTakeFirst();
  const itemRows = (sheetIds: number[]) =>
    sheetIds.length
      ? db
          .selectFrom('assessmentItems')
          .selectAll()
          .where('sheetId', 'in', sheetIds)
          .orderBy('occurredAt')
          .orderBy('id')
          .execute()
      : Promise.resolve([] as ItemRow[]);

  /** The items that count: frozen ones of a confirmed sheet, or live automatic ones plus manual ones. */
  const countedItems = (
    sheet: SheetRow | undefined,
    stored: ItemRow[],
    live: AssessmentItemView[],
    names: Map<number, string>,
  ) => {
    const kept = stored.filter((r) => !r.withdrawnAt);
    if (sheet?.state === 'confirmed') return kept.map((r) => storedItemView(r, names));
    return [...live, ...kept.filter((r) => !r.sourceType).map((r) => storedItemView(r, names))].sort((a, b) =>
      a.occurredAt.localeCompare(b.occurredAt),
    );
  };

  const list = async (actor: Actor, propertyId: number, month: string): Promise<AssessmentSheetSummary[]> => {
    const p = await propertyFor(db, actor, propertyId, 'read');
    const [live, sheets, staff] = await Promise.all([
      liveAutoItems(db, p, month),
      db
        .selectFrom('assessmentSheets')
        .selectAll()
        .where('propertyId', '=', p.id)
        .where('month', '=', month)
        .execute(),
      db
        .selectFrom('staff')
        .innerJoin('staffProperties', 'staffProperties.staffId', 'staff.id')
        .innerJoin('staffRoles', 'staffRoles.staffId', 'staff.id')
        .leftJoin('departments', 'departments.id', 'staff.departmentId')
        .select([
          'staff.id',
          'staff.name',
          'staff.active',
          'departments.name as departmentName',
          'staffRoles.role',
        ])
        .where('staffProperties.propertyId', '=', p.id)
        .execute(),
    ]);
    const items = await itemRows(sheets.map((s) => s.id));
    const people = new Map(staff.map((s) => [s.id, s]));
    const ids = new Set([
      ...staff
        .filter((s) => s.active === 1 && (assessedRoles as readonly string[]).includes(s.role))
        .map((s) => s.id),
      ...sheets.map((s) => s.staffId),
      ...[...live.keys()].filter((id) => people.has(id)),
    ]);
    return [...ids]
      .map((staffId) => {
        const sheet = sheets.find((s) => s.staffId === staffId);
        const counted = countedItems(
          sheet,
          items.filter((i) => i.sheetId === sheet?.id),
          (live.get(staffId) ?? []).map((i) => liveItemView(i, month)),
          new Map(),
        );
        const totals = scoreOf(counted);
        return {
          sheetId: sheet?.id ?? null,
          propertyId: p.id,
          staffId,
          staffName: people.get(staffId)?.name ?? '',
          departmentName: people.get(staffId)?.departmentName ?? null,
          month,
          state: sheet?.state === 'confirmed' ? ('confirmed' as const) : ('open' as const),
          ...(sheet?.state === 'confirmed'
            ? {
                deductions: sheet.deductions ?? 0,
                bonus: sheet.bonus ?? 0,
                score: sheet.score ?? ASSESSMENT_BASE,
              }
            : totals),
          itemCount: counted.length,
          confirmedAt: sheet?.confirmedAt ?? null,
        };
      })
      .sort((a, b) => a.staffName.localeCompare(b.staffName, 'zh') || a.staffId - b.staffId);
  };

  const get = async (
    actor: Actor,
    propertyId: number,
    staffId: number,
    month: string,
  ): Promise<AssessmentSheetView> => {
    const p = await propertyFor(db, actor, propertyId, 'read');
    if (!hasRole(actor, ...sheetReaderRoles) && actor.id !== staffId) throw forbidden('只能查看本人的考核表');
    const person = await staffOfProperty(db, p.id, staffId);
    const sheet = await sheetRow(p.id, staffId, month);
    const stored = await itemRows(sheet ? [sheet.id] : []);
    const live =
      sheet?.state === 'confirmed'
        ? []
        : ((await liveAutoItems(db, p, month, staffId)).get(staffId) ?? []).map((i) =>
            liveItemView(i, month),
          );
    const names = await namesById(db, [
      ...stored.flatMap((r) => [r.createdBy, r.withdrawnBy]),
      sheet?.confirmedBy,
    ]);
    const items = countedItems(sheet, stored, live, names);
    const isFrozen = sheet?.state === 'confirmed';
    const totals = isFrozen
      ? { deductions: sheet.deductions ?? 0, bonus: sheet.bonus ?? 0, score: sheet.score ?? ASSESSMENT_BASE }
      : scoreOf(items);
    return {
      sheetId: sheet?.id ?? null,
      propertyId: p.id,
      staffId,
      staffName: person.name,
      departmentName: person.departmentName,
      month,
      state: isFrozen ? 'confirmed' : 'open',
      isFrozen,
      base: ASSESSMENT_BASE,
      ...totals,
      itemCount: items.length,
      confirmedAt: sheet?.confirmedAt ?? null,
      confirmedByName: sheet?.confirmedBy ? (names.get(sheet.confirmedBy) ?? null) : null,
      note: sheet?.note ?? null,
      items,
      withdrawnItems: stored
        .filter((r) => r.withdrawnAt)
        .map((r) => ({
          ...storedItemView(r, names),
          withdrawnAt: r.withdrawnAt!,
          withdrawReason: r.withdrawReason,
        })),
      timeline: sheet ? await listHistory(db, SHEET_ENTITY, sheet.id) : [],
    };
  };

  /** A manual item with its reason, on an open sheet of this month or an earlier one. */
  return { list, get };
};
