import {
  type amendableFields,
  type CaseState,
  type CaseType,
  type Channel,
  caseStateLabels,
  caseTypeLabels,
  channelLabels,
  type Identity,
  identityLabels,
  modeLabels,
  type ResolutionMode,
  taskKindLabels,
  type Urgency,
  urgencyLabels,
} from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

// Chinese comes from the shared domain labels (one source for server and web); English here.
const en = {
  channel: { call: 'Call', visit: 'Visit', letter: 'Letter', onsite: 'On-site report', online: 'Online' },
  type: {
    inquiry: 'Inquiry',
    help: 'Help',
    paidService: 'Paid service',
    repair: 'Repair',
    suggestion: 'Suggestion',
    complaint: 'Complaint',
    praise: 'Praise',
    otherWork: 'Other business',
  },
  identity: { owner: 'Owner', tenant: 'Tenant', family: 'Family', visitor: 'Visitor', other: 'Other' },
  urgency: { normal: 'Normal', urgent: 'Urgent', emergency: 'Emergency' },
  state: {
    handling: 'At the desk',
    awaitingDispatch: 'Awaiting dispatch',
    assigned: 'Handed on',
    closed: 'Closed',
  },
  mode: {
    pending: 'Still at the desk',
    answered: 'Answered now',
    transfer: 'To a department',
    report: 'Report to supervisor',
    dispatch: 'Awaiting dispatch',
    praise: 'Praise',
    complaint: 'To supervisor (complaint)',
    admin: 'To administration',
  },
  task: { callback: 'Call-back', message: 'Message' },
  field: {
    summary: 'Summary',
    type: 'Type',
    callerName: 'Caller',
    callerPhone: 'Phone',
    identity: 'Identity',
    urgency: 'Urgency',
    roomId: 'Room',
  },
} as const;

export type AmendField = (typeof amendableFields)[number];

export const amendFieldLabels: Record<AmendField, string> = {
  summary: '反映内容',
  type: '类型',
  callerName: '来电人',
  callerPhone: '联系电话',
  identity: '身份',
  urgency: '紧急程度',
  roomId: '房号',
};

const pick = <K extends string>(zh: Record<K, string>, english: Record<K, string>, key: string, lang: Lang) =>
  ((lang === 'en' ? english : zh) as Record<string, string>)[key] ?? key;

export const channelText = (v: Channel | string, lang: Lang) => pick(channelLabels, en.channel, v, lang);
export const typeText = (v: CaseType | string, lang: Lang) => pick(caseTypeLabels, en.type, v, lang);
export const identityText = (v: Identity | string, lang: Lang) => pick(identityLabels, en.identity, v, lang);
export const urgencyText = (v: Urgency | string, lang: Lang) => pick(urgencyLabels, en.urgency, v, lang);
export const stateText = (v: CaseState | string, lang: Lang) => pick(caseStateLabels, en.state, v, lang);
export const modeText = (v: ResolutionMode | string, lang: Lang) => pick(modeLabels, en.mode, v, lang);
export const taskKindText = (v: string, lang: Lang) => pick(taskKindLabels, en.task, v, lang);
export const amendFieldText = (v: string, lang: Lang) => pick(amendFieldLabels, en.field, v, lang);

export const stateColor: Record<string, string> = {
  handling: 'orange',
  awaitingDispatch: 'gold',
  assigned: 'blue',
  closed: 'default',
};
export const urgencyColor: Record<string, string> = { normal: 'default', urgent: 'orange', emergency: 'red' };
export const typeColor: Record<string, string> = {
  inquiry: 'cyan',
  help: 'purple',
  paidService: 'geekblue',
  repair: 'blue',
  suggestion: 'green',
  complaint: 'red',
  praise: 'magenta',
  otherWork: 'default',
};

/** The value of an amendable field as the desk reads it. */
export const amendValueText = (field: string, v: unknown, lang: Lang) => {
  if (v === null || v === undefined || v === '') return '—';
  if (field === 'type') return typeText(String(v), lang);
  if (field === 'identity') return identityText(String(v), lang);
  if (field === 'urgency') return urgencyText(String(v), lang);
  if (field === 'roomId') return `#${String(v)}`;
  return String(v);
};
