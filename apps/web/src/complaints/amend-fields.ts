import type { Role } from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';
import { categoryText, findingText } from './labels';
import type { ComplaintDetail } from './queries';

/** How a field's new value is entered. */
export type AmendKind = 'category' | 'location' | 'count' | 'flag' | 'text' | 'line' | 'finding' | 'staff';

export type AmendFieldDef = {
  field: string;
  kind: AmendKind;
  /** Registration facts and the case (desk), the department's reply, the case-library analysis. */
  group: 'facts' | 'case' | 'reply' | 'analysis';
  /** Caller, phone and summary are amended on the case behind the complaint. */
  target: 'complaint' | 'case';
  current: (c: ComplaintDetail) => unknown;
};

const lastReply = (c: ComplaintDetail) => c.replies[c.replies.length - 1];

export const amendFields: AmendFieldDef[] = [
  { field: 'summary', kind: 'text', group: 'case', target: 'case', current: (c) => c.summary },
  { field: 'callerName', kind: 'line', group: 'case', target: 'case', current: (c) => c.callerName },
  { field: 'callerPhone', kind: 'line', group: 'case', target: 'case', current: (c) => c.callerPhone },
  { field: 'category', kind: 'category', group: 'facts', target: 'complaint', current: (c) => c.category },
  {
    field: 'location',
    kind: 'location',
    group: 'facts',
    target: 'complaint',
    current: (c) =>
      c.locationKind === 'building'
        ? { kind: 'building', buildingId: c.buildingId }
        : c.locationKind === 'commonArea'
          ? { kind: 'commonArea', area: c.commonArea }
          : { kind: 'none' },
  },
  {
    field: 'complainantCount',
    kind: 'count',
    group: 'facts',
    target: 'complaint',
    current: (c) => c.complainantCount,
  },
  { field: 'lawsuit', kind: 'flag', group: 'facts', target: 'complaint', current: (c) => c.lawsuit },
  {
    field: 'mediaExposed',
    kind: 'flag',
    group: 'facts',
    target: 'complaint',
    current: (c) => c.mediaExposed,
  },
  {
    field: 'safetyInvolved',
    kind: 'flag',
    group: 'facts',
    target: 'complaint',
    current: (c) => c.safetyInvolved,
  },
  {
    field: 'publicInterest',
    kind: 'flag',
    group: 'facts',
    target: 'complaint',
    current: (c) => c.publicInterest,
  },
  {
    field: 'passedUpToManager',
    kind: 'flag',
    group: 'facts',
    target: 'complaint',
    current: (c) => c.passedUpToManager,
  },
  {
    field: 'replyFacts',
    kind: 'text',
    group: 'reply',
    target: 'complaint',
    current: (c) => lastReply(c)?.facts,
  },
  {
    field: 'replyFinding',
    kind: 'finding',
    group: 'reply',
    target: 'complaint',
    current: (c) => lastReply(c)?.finding,
  },
  {
    field: 'replyResponsibleStaffId',
    kind: 'staff',
    group: 'reply',
    target: 'complaint',
    current: (c) => lastReply(c)?.responsibleStaffId ?? null,
  },
  {
    field: 'replyMeasures',
    kind: 'text',
    group: 'reply',
    target: 'complaint',
    current: (c) => lastReply(c)?.measures,
  },
  {
    field: 'analysisCause',
    kind: 'text',
    group: 'analysis',
    target: 'complaint',
    current: (c) => c.analysisCause,
  },
  {
    field: 'analysisLesson',
    kind: 'text',
    group: 'analysis',
    target: 'complaint',
    current: (c) => c.analysisLesson,
  },
];

/** The fields this user may correct on this complaint (the server checks again, per field). */
export const amendableFor = (
  c: ComplaintDetail,
  me: { roles: readonly Role[]; departmentId: number | null },
): AmendFieldDef[] => {
  const has = (...roles: Role[]) => roles.some((r) => me.roles.includes(r));
  const isDesk = has('receptionist', 'assistant', 'supervisor', 'manager');
  return amendFields.filter((f) => {
    if (f.group === 'facts' || f.group === 'case') return isDesk;
    if (f.group === 'reply')
      return c.replies.length > 0 && has('dept_staff') && me.departmentId === c.departmentId;
    return c.isTypical && has('supervisor', 'manager', 'company');
  });
};

export type Names = { building: (id: unknown) => string; staff: (id: unknown) => string };

/** A field's value as the desk reads it, for the amendment's old → new. */
export const amendValueText = (field: string, v: unknown, lang: Lang, names: Names): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return lang === 'en' ? (v ? 'Yes' : 'No') : v ? '是' : '否';
  if (field === 'category') return categoryText(String(v), lang);
  if (field === 'replyFinding' || field === 'finding') return findingText(String(v), lang);
  if (field === 'replyResponsibleStaffId' || field === 'responsibleStaffId') return names.staff(v);
  if (field === 'location' && typeof v === 'object') {
    const l = v as { kind?: string; buildingId?: number; area?: string };
    if (l.kind === 'building') return names.building(l.buildingId);
    if (l.kind === 'commonArea') return l.area ?? '—';
    return lang === 'en' ? 'None' : '不涉及';
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};
