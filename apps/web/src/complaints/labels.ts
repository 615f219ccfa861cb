import {
  acknowledgementLabels,
  type ComplaintCategory,
  type ComplaintSeverity,
  type ComplaintState,
  channelLabels,
  complaintCategoryLabels,
  complaintSeverityLabels,
  complaintStateLabels,
  contactMethodLabels,
  identityLabels,
  reportStatusLabels,
  responsibilityFindingLabels,
  returnVisitSkipReasonLabels,
  type SeverityRule,
  satisfactionLabels,
  severityRules,
} from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

// Chinese comes from the shared domain labels (one source for server and web); English here.
const en = {
  severity: { major: 'Major', hotspot: 'Hot spot', important: 'Important', ordinary: 'Ordinary' },
  state: {
    received: 'Received',
    referred: 'With the department',
    replied: 'Department replied',
    informed: 'Customer told',
    verified: 'Verified',
    closed: 'Closed',
  },
  category: {
    attitude: 'Staff attitude',
    repair: 'Repair quality and time',
    security: 'Security and order',
    cleaning: 'Cleaning',
    greening: 'Landscaping',
    fees: 'Fees',
    parking: 'Parking',
    facilities: 'Common facilities',
    renovation: 'Renovation control',
    neighbour: 'Neighbour dispute',
    noise: 'Noise',
    other: 'Other',
  },
  finding: { ours: 'Ours', notOurs: 'Not ours', shared: 'Shared' },
  skip: {
    onSpotSatisfied: 'Handled on the spot, customer confirmed satisfied',
    anonymousOrNoContact: 'Anonymous or no way to contact',
    sensitive: 'Sensitive: a return visit is not appropriate',
  },
  method: {
    phone: 'Phone',
    visit: 'Home visit',
    letter: 'In writing',
    sms: 'SMS',
    onSite: 'On the spot',
    none: 'Not told (no contact)',
  },
  satisfaction: { satisfied: 'Satisfied', basically: 'Mostly satisfied', dissatisfied: 'Not satisfied' },
  ack: { apology: 'Apologised to the customer', thanks: 'Thanked the customer for their support' },
  reportStatus: {
    inProgress: 'Month not over',
    due: 'To submit',
    overdue: 'Overdue',
    confirmed: 'Submitted',
  },
  channel: { call: 'Call', visit: 'Visit', letter: 'Letter', onsite: 'On-site report', online: 'Online' },
  identity: { owner: 'Owner', tenant: 'Tenant', family: 'Family', visitor: 'Visitor', other: 'Other' },
  rule: {
    'major.lawsuit': 'S2 1.1: already in a lawsuit',
    'major.media': 'S2 1.1: exposed by the media',
    'major.collective': 'S2 1.1: collective complaint of 10 or more people',
    'major.overdue': 'S2 1.1: still unresolved a month later through our fault',
    'hotspot.cluster': 'S2: same category, same building or common area, threshold reached',
    'important.safety': 'Our reading: personal safety, fire or security involved',
    'important.repeat': "Our reading: the same resident's second complaint on the matter",
    'important.passedUp': 'Our reading: already passed up to the manager',
    ordinary: 'S3 9 4.5.2.1: ordinary complaint',
  } satisfies Record<SeverityRule, string>,
} as const;

const pick = (zh: Record<string, string>, english: Record<string, string>, key: string, lang: Lang) =>
  (lang === 'en' ? english : zh)[key] ?? key;

export const severityText = (v: ComplaintSeverity | string, lang: Lang) =>
  pick(complaintSeverityLabels, en.severity, v, lang);
export const stateText = (v: ComplaintState | string, lang: Lang) =>
  pick(complaintStateLabels, en.state, v, lang);
export const categoryText = (v: ComplaintCategory | string, lang: Lang) =>
  pick(complaintCategoryLabels, en.category, v, lang);
export const findingText = (v: string | null, lang: Lang) =>
  v ? pick(responsibilityFindingLabels, en.finding, v, lang) : '—';
export const skipReasonText = (v: string, lang: Lang) => pick(returnVisitSkipReasonLabels, en.skip, v, lang);
export const methodText = (v: string | null, lang: Lang) =>
  v ? pick({ ...contactMethodLabels, none: '无法反馈（无联系方式）' }, en.method, v, lang) : '—';
export const satisfactionText = (v: string | null, lang: Lang) =>
  v ? pick(satisfactionLabels, en.satisfaction, v, lang) : '—';
export const ackText = (v: string | null, lang: Lang) =>
  v ? pick(acknowledgementLabels, en.ack, v, lang) : '—';
export const reportStatusText = (v: string, lang: Lang) => pick(reportStatusLabels, en.reportStatus, v, lang);
export const channelText = (v: string, lang: Lang) => pick(channelLabels, en.channel, v, lang);
export const identityText = (v: string, lang: Lang) => pick(identityLabels, en.identity, v, lang);

/** The clause a severity rule implements, as the seed words it (Chinese) or in short (English). */
export const ruleText = (rule: string, lang: Lang) =>
  lang === 'en'
    ? ((en.rule as Record<string, string>)[rule] ?? rule)
    : (severityRules[rule as SeverityRule]?.clause ?? rule);

/** 重大 red, 重要 orange, 热点 purple, 一般 default. */
export const severityColor: Record<string, string> = {
  major: 'red',
  important: 'orange',
  hotspot: 'purple',
  ordinary: 'default',
};
export const stateColor: Record<string, string> = {
  received: 'gold',
  referred: 'blue',
  replied: 'cyan',
  informed: 'geekblue',
  verified: 'green',
  closed: 'default',
};
export const reportStatusColor: Record<string, string> = {
  inProgress: 'default',
  due: 'gold',
  overdue: 'red',
  confirmed: 'green',
};
