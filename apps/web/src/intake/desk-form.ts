import {
  type CaseType,
  type Channel,
  defaultMode,
  type Identity,
  RegisterContactInput,
  type Relation,
  type Resolution,
  type ResolutionMode,
  type Urgency,
} from '@propdesk/domain';

/** The desk form's fields, flat; `toInput` turns them into the shared RegisterContactInput. */
export type DeskValues = {
  idempotencyKey: string;
  channel: Channel;
  /** What was typed in the caller box (not sent). */
  callerText: string;
  roomId: number | null;
  roomLabel: string | null;
  personId: number | null;
  callerName: string;
  callerPhone: string;
  identity: Identity;
  type: CaseType | null;
  summary: string;
  urgency: Urgency;
  mode: ResolutionMode;
  answer: string;
  departmentId: number | null;
  dueAt: string | null;
  praisedStaffId: number | null;
  /** Set when the contact is added to an open case of the same caller. */
  caseId: number | null;
  caseNumber: string | null;
  /** Promise a call-back (S0 3.1.2): a task for the taker, due by the property's setting. */
  hasCallback: boolean;
};

/**
 * A v4 UUID for the idempotency key. crypto.randomUUID exists only in secure contexts; the desk
 * may reach the server over plain http on the office network, where getRandomValues still works.
 */
export const newKey = () => {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false)
    return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export const emptyDesk = (): DeskValues => ({
  idempotencyKey: newKey(),
  channel: 'call',
  callerText: '',
  roomId: null,
  roomLabel: null,
  personId: null,
  callerName: '',
  callerPhone: '',
  identity: 'owner',
  type: null,
  summary: '',
  urgency: 'normal',
  mode: 'pending',
  answer: '',
  departmentId: null,
  dueAt: null,
  praisedStaffId: null,
  caseId: null,
  caseNumber: null,
  hasCallback: false,
});

export const identityOf = (relation: Relation | null | undefined): Identity =>
  relation === 'tenant' ? 'tenant' : relation === 'family' ? 'family' : 'owner';

export const modeFor = (type: CaseType) => defaultMode[type];

const resolutionOf = (v: DeskValues): Resolution => {
  // Added to an open case: the case keeps its routing, the contact only joins it.
  if (v.caseId) return { mode: 'pending' };
  switch (v.mode) {
    case 'answered':
      return { mode: 'answered', answer: v.answer };
    case 'transfer':
      return { mode: 'transfer', departmentId: v.departmentId ?? 0, ...(v.dueAt ? { dueAt: v.dueAt } : {}) };
    case 'praise':
      return { mode: 'praise', praisedStaffId: v.praisedStaffId ?? 0 };
    default:
      return { mode: v.mode } as Resolution;
  }
};

export const toInput = (v: DeskValues, propertyId: number) => ({
  propertyId,
  idempotencyKey: v.idempotencyKey,
  channel: v.channel,
  type: v.type ?? 'inquiry',
  roomId: v.roomId,
  personId: v.personId,
  callerName: v.callerName.trim(),
  callerPhone: v.callerPhone.trim() || null,
  identity: v.identity,
  summary: v.summary,
  urgency: v.urgency,
  resolution: resolutionOf(v),
  caseId: v.caseId,
});

const fieldOf = (path: string) => {
  if (path.startsWith('resolution.')) return path.slice('resolution.'.length);
  if (path === 'resolution') return 'mode';
  return path;
};

/** Checks the form against the shared schema; errors are keyed by the form's own field names. */
export const validateDesk = (v: DeskValues, propertyId: number) => {
  const errors: Record<string, string> = {};
  if (!v.type && !v.caseId) errors.type = '请选择类型';
  if (!v.caseId && v.mode === 'transfer' && !v.departmentId) errors.departmentId = '请选择转交部门';
  if (!v.caseId && v.mode === 'praise' && !v.praisedStaffId) errors.praisedStaffId = '请选择被表扬员工';
  const parsed = RegisterContactInput.safeParse(toInput(v, propertyId));
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path.join('.'));
      if (!errors[field]) errors[field] = issue.message;
    }
  return { input: parsed.success && !Object.keys(errors).length ? parsed.data : null, errors };
};

/** Only digits of a phone, when there are enough to find the caller's history (4+). */
export const phoneDigitsOf = (phone: string) => {
  const d = phone.replace(/\D/g, '');
  return d.length >= 4 && d.length <= 20 ? d : null;
};
