import { monthOf, previousMonth, type Role } from '@propdesk/domain';

/** Pure rules of the assessment pages: where a record lives, who may do what on a sheet. */

/** Read every sheet, rewards/penalties and training of a property (the server's sheetReaderRoles). */
export const asmReaderRoles: readonly Role[] = ['assistant', 'supervisor', 'manager', 'company'];
/** Enter and withdraw manual items (the server's assessors). */
export const asmAssessorRoles: readonly Role[] = ['assistant', 'supervisor', 'manager'];
/** Run training sessions and take attendance. */
export const trainingOrganiserRoles: readonly Role[] = ['assistant', 'supervisor'];

export type RecordRef = { type: string; id: number; label: string };

/**
 * The page of the record an automatic item comes from, or null where no page exists (a duty
 * shift has none of its own: the roster shows the month).
 */
export const recordPath = (record: RecordRef | null): string | null => {
  if (!record) return null;
  switch (record.type) {
    case 'workOrder':
      return `/work-orders/${record.id}`;
    case 'case':
      return `/cases/${record.id}`;
    case 'rewardPenalty':
      return `/assessment/rewards?id=${record.id}`;
    default:
      return null;
  }
};

export const sheetPath = (propertyId: number, staffId: number, month: string) =>
  `/assessment/sheets/${propertyId}/${staffId}/${month}`;

/** The month a page opens on: the one named in the address if well formed, else this month. */
export const monthParam = (raw: string | null, now: Date, timeZone: string) =>
  raw && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : monthOf(now, timeZone);

export const lastMonthOf = (now: Date, timeZone: string) => previousMonth(monthOf(now, timeZone));

type SheetState = { staffId: number; month: string; isFrozen: boolean };
type Viewer = { id: number; roles: readonly Role[] };

/** Why the viewer may not confirm a sheet now, or null when they may (mirrors the server's checks). */
export const confirmBlock = (
  sheet: SheetState,
  me: Viewer,
  now: Date,
  timeZone: string,
): 'frozen' | 'notManager' | 'own' | 'monthOpen' | null => {
  if (sheet.isFrozen) return 'frozen';
  if (!me.roles.includes('manager')) return 'notManager';
  if (sheet.staffId === me.id) return 'own';
  if (sheet.month >= monthOf(now, timeZone)) return 'monthOpen';
  return null;
};

/** Manual items are entered while the sheet is open, for this month or an earlier one. */
export const canEditItems = (sheet: SheetState, me: Viewer, now: Date, timeZone: string) =>
  !sheet.isFrozen &&
  me.roles.some((r) => asmAssessorRoles.includes(r)) &&
  sheet.month <= monthOf(now, timeZone);

/** "100 − 8 + 5 = 97": the seed's formula with the sheet's figures (S2 员工考核规程). */
export const scoreFormula = (s: { base: number; deductions: number; bonus: number; score: number }) =>
  `${s.base} − ${s.deductions} + ${s.bonus} = ${s.score}`;

/** Signed points as shown in the item table: deductions negative, bonus positive. */
export const signedPoints = (direction: 'deduction' | 'bonus', points: number) =>
  direction === 'bonus' ? `+${points}` : `−${points}`;

/** Roles that take customer calls at the desk: the ones S0 3.1.6 restricts until signed off. */
const deskRoles: readonly string[] = ['receptionist', 'assistant', 'supervisor'];

/**
 * The people the independent-duty list is about: desk staff not yet certified, anyone with a
 * training plan, and everyone already signed off. Engineers and guards never take customer
 * calls, so their missing certificate is no news (S0 3.1.6).
 */
export const dutyTrainees = <T extends { staffId: number; signedOffAt: string | null; plans: unknown[] }>(
  rows: readonly T[],
  staff: readonly { id: number; roles: readonly string[] }[],
): T[] =>
  rows.filter(
    (r) =>
      r.plans.length > 0 ||
      r.signedOffAt !== null ||
      (staff.find((s) => s.id === r.staffId)?.roles ?? []).some((role) => deskRoles.includes(role)),
  );
