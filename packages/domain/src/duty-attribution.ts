import type { DutyPostKind } from './duty.js';
import { localDate } from './time.js';

/** One shift of the roster as attribution sees it: who was rostered, who was on duty. */
export type RosterShift = {
  assignmentId: number;
  postId: number;
  postKind: DutyPostKind;
  postOrder: number;
  /** The local date the shift starts on (a night shift belongs to the evening's date). */
  day: string;
  isWeekend: boolean;
  rosteredId: number;
  /** The rostered person, or the substitute of a reported or approved swap. */
  onDutyId: number;
  startsAt: Date;
  endsAt: Date;
};

export type Attribution = {
  assignmentId: number;
  postId: number;
  staffId: number;
  day: string;
  isWeekend: boolean;
  isSubstitute: boolean;
  /** 'taker': the taker was on duty at that post; 'post': the post's person on duty at the time. */
  basis: 'taker' | 'post';
};

const postRank = (s: RosterShift) => (s.postKind === 'desk' ? 0 : s.postKind === 'night' ? 1 : 2);

/**
 * S3 篇一 五.5: a contact received during a shift belongs to the person on duty at that post,
 * and a substitute's contacts to the substitute. When several posts are on duty, the post of the
 * person who took it; otherwise the first desk. Outside every shift: null. This counts work and
 * allowances only; the case stays with its first taker (首接责任制, DOMAIN.md §3).
 */
export const attributeContact = (
  contact: { receivedAt: Date; takerId: number },
  shifts: RosterShift[],
): Attribution | null => {
  const t = contact.receivedAt.getTime();
  const live = shifts.filter((s) => s.startsAt.getTime() <= t && t < s.endsAt.getTime());
  if (!live.length) return null;
  const byTaker = live.find((s) => s.onDutyId === contact.takerId);
  const swappedOut = live.find((s) => s.rosteredId === contact.takerId);
  const [first] = [...live].sort(
    (a, b) => postRank(a) - postRank(b) || a.postOrder - b.postOrder || a.assignmentId - b.assignmentId,
  );
  const shift = byTaker ?? swappedOut ?? first!;
  return {
    assignmentId: shift.assignmentId,
    postId: shift.postId,
    staffId: shift.onDutyId,
    day: shift.day,
    isWeekend: shift.isWeekend,
    isSubstitute: shift.onDutyId !== shift.rosteredId,
    basis: byTaker ? 'taker' : 'post',
  };
};

export type WorkloadRow = {
  staffId: number;
  /** Shifts on duty in the month (rostered, or as substitute). */
  shifts: number;
  weekendShifts: number;
  substituteShifts: number;
  absentShifts: number;
  /** S3 篇一 三, 五.5: weekend shifts worked (ended, not absent); the substitute's count, not the rostered person's. */
  weekendAllowance: number;
  contacts: number;
  contactsAsSubstitute: number;
};

export type Workload = {
  month: string;
  rows: WorkloadRow[];
  totalContacts: number;
  unattributedContacts: number;
};

/**
 * Per person per month (DOMAIN.md §9 per-shift and per-person workload): shifts by the date they
 * start, contacts by the shift they are attributed to, unattributed contacts by local date.
 */
export const dutyWorkload = (opts: {
  month: string;
  timeZone: string;
  asOf: Date;
  shifts: RosterShift[];
  contacts: { receivedAt: Date; takerId: number }[];
  absentAssignmentIds: ReadonlySet<number>;
}): Workload => {
  const rows = new Map<number, WorkloadRow>();
  const row = (staffId: number) => {
    let r = rows.get(staffId);
    if (!r) {
      r = {
        staffId,
        shifts: 0,
        weekendShifts: 0,
        substituteShifts: 0,
        absentShifts: 0,
        weekendAllowance: 0,
        contacts: 0,
        contactsAsSubstitute: 0,
      };
      rows.set(staffId, r);
    }
    return r;
  };
  const inMonth = (day: string) => day.slice(0, 7) === opts.month;
  for (const s of opts.shifts) {
    if (!inMonth(s.day)) continue;
    const r = row(s.onDutyId);
    const isAbsent = opts.absentAssignmentIds.has(s.assignmentId);
    r.shifts++;
    if (s.isWeekend) r.weekendShifts++;
    if (s.onDutyId !== s.rosteredId) r.substituteShifts++;
    if (isAbsent) r.absentShifts++;
    if (s.isWeekend && !isAbsent && s.endsAt <= opts.asOf) r.weekendAllowance++;
  }
  let totalContacts = 0;
  let unattributedContacts = 0;
  for (const c of opts.contacts) {
    const a = attributeContact(c, opts.shifts);
    if (!a) {
      if (inMonth(localDate(c.receivedAt, opts.timeZone))) {
        totalContacts++;
        unattributedContacts++;
      }
      continue;
    }
    if (!inMonth(a.day)) continue;
    totalContacts++;
    const r = row(a.staffId);
    r.contacts++;
    if (a.isSubstitute) r.contactsAsSubstitute++;
  }
  return {
    month: opts.month,
    rows: [...rows.values()].sort((a, b) => a.staffId - b.staffId),
    totalContacts,
    unattributedContacts,
  };
};
