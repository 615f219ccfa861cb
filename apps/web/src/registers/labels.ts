import {
  borrowerKindLabels,
  carrierKindLabels,
  hostAnswerLabels,
  mailTypeLabels,
  moveDocumentLabels,
  moveKindLabels,
  noticeStateLabels,
  ownerAnswerLabels,
  passKindLabels,
  passStateLabels,
  paymentMethodLabels,
  paymentPurposeLabels,
  paymentTakerLabels,
  registerKindLabels,
  relationLabels,
  releaseItemCategoryLabels,
  releaseSlipStateLabels,
  renovationDocumentLabels,
  renovationStateLabels,
  welcomeStepLabels,
} from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

type Table = Record<string, string>;

/** Chinese words come from the shared domain package; English equivalents sit here. */
const tables: Record<string, [zh: Table, en: Table]> = {
  borrowerKind: [
    borrowerKindLabels,
    { staff: 'Staff', resident: 'Resident', contractor: 'Contractor', other: 'Other' },
  ],
  mailType: [
    mailTypeLabels,
    {
      letter: 'Letter',
      registered: 'Registered',
      parcel: 'Parcel',
      express: 'Courier',
      periodical: 'Periodical',
      other: 'Other',
    },
  ],
  notifyMethod: [
    { phone: '电话', sms: '短信', notice: '张贴通知', inPerson: '当面' },
    { phone: 'Phone', sms: 'SMS', notice: 'Notice', inPerson: 'In person' },
  ],
  hostContact: [
    { phone: '电话', intercom: '对讲', inPerson: '当面' },
    { phone: 'Phone', intercom: 'Intercom', inPerson: 'In person' },
  ],
  hostAnswer: [
    hostAnswerLabels,
    {
      agreed: 'Host agreed',
      refused: 'Host refused',
      unreachable: 'Host unreachable',
      notNeeded: 'With host / expected',
    },
  ],
  passKind: [passKindLabels, { temporary: 'Temporary pass', residentCard: 'Resident card' }],
  passState: [passStateLabels, { out: 'In use', returned: 'Returned', lost: 'Lost' }],
  carrierKind: [
    carrierKindLabels,
    {
      owner: 'Owner',
      tenant: 'Tenant',
      resident: 'Resident / family',
      authorized: 'Owner’s agent',
      nanny: 'Nanny',
      decorator: 'Decorator',
      other: 'Other (mover etc.)',
    },
  ],
  itemCategory: [releaseItemCategoryLabels, { general: 'Item', tool: 'Tool', material: 'Material' }],
  slipState: [
    releaseSlipStateLabels,
    {
      refused: 'Refused',
      awaitingOwner: 'Awaiting owner',
      approved: 'Ready to issue',
      issued: 'Issued',
      used: 'Passed gate',
      voided: 'Voided',
    },
  ],
  ownerAnswer: [ownerAnswerLabels, { agreed: 'Agreed', objected: 'Objected' }],
  purpose: [
    paymentPurposeLabels,
    {
      managementFee: 'Management fee',
      paidService: 'Paid service',
      renovationDeposit: 'Renovation deposit',
      workerPassFee: 'Worker pass fee',
      passDeposit: 'Pass deposit',
      deposit: 'Deposit',
      other: 'Other',
    },
  ],
  method: [
    paymentMethodLabels,
    { cash: 'Cash', wechat: 'WeChat', alipay: 'Alipay', card: 'Card', transfer: 'Transfer' },
  ],
  taker: [paymentTakerLabels, { finance: 'Finance window', desk: 'Desk (finance away)' }],
  renovationState: [
    renovationStateLabels,
    {
      pending: 'Pending',
      rejected: 'Rejected',
      inProgress: 'In progress',
      awaitingInspection: 'Awaiting inspection',
      passed: 'Passed',
      failed: 'Failed',
    },
  ],
  renovationDoc: [
    renovationDocumentLabels,
    { businessLicence: 'Contractor licence', qualification: 'Qualification', drawings: 'Drawings' },
  ],
  moveKind: [moveKindLabels, { moveIn: 'Move-in', transfer: 'Transfer' }],
  moveDoc: [
    moveDocumentLabels,
    {
      propertyCertificate: 'Property certificate',
      lease: 'Lease',
      idCard: 'ID card',
      formsFilled: 'Forms filled',
    },
  ],
  welcome: [
    welcomeStepLabels,
    {
      officeCard: 'Office card given',
      neighbourhood: 'Neighbourhood explained',
      parkingCard: 'Parking card',
      renovationRules: 'Renovation rules',
    },
  ],
  noticeState: [
    noticeStateLabels,
    {
      pending: 'Awaiting approval',
      rejected: 'Rejected',
      approved: 'Approved',
      published: 'Published',
      withdrawn: 'Withdrawn',
    },
  ],
  register: [
    registerKindLabels,
    {
      keySet: 'Key cabinet',
      keyLoan: 'Key loans',
      mailItem: 'Mail',
      deskPayment: 'Desk payments',
      releaseSlip: 'Release slips',
      visitor: 'Visitors',
      accessPass: 'Access passes',
      renovation: 'Renovations',
      moveRegistration: 'Move-in / transfer',
      notice: 'Lobby notices',
    },
  ],
  relation: [relationLabels, { owner: 'Owner', tenant: 'Tenant', family: 'Family' }],
  renoKind: [
    { tool: '装修工具', material: '装修材料', interim: '中途检查', final: '竣工验收' },
    { tool: 'Tool', material: 'Material', interim: 'Interim', final: 'Final' },
  ],
  direction: [
    { in: '进场', out: '出场' },
    { in: 'In', out: 'Out' },
  ],
  gateResult: [
    { passed: '放行', mismatch: '物品不符', refused: '拒绝' },
    { passed: 'Passed', mismatch: 'Items differ', refused: 'Refused' },
  ],
};

export type LabelKind = keyof typeof tables;

/** An enum value in the UI language, e.g. `label('en', 'carrierKind', 'tenant')` → "Tenant". */
export const label = (lang: Lang, kind: LabelKind, value: string | null | undefined) => {
  if (!value) return '—';
  const [zh, en] = tables[kind]!;
  return (lang === 'en' ? en[value] : zh[value]) ?? value;
};

/** Select options for an enum. */
export const options = (lang: Lang, kind: LabelKind, values: readonly string[]) =>
  values.map((v) => ({ value: v, label: label(lang, kind, v) }));
