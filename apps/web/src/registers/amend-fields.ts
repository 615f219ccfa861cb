import type { RegisterKind } from '@propdesk/domain';
import type { Lang } from '../i18n/i18n';

/** How a corrected value is typed: `optional` fields may be cleared (sent as null). */
export type AmendFieldSpec = {
  zh: string;
  en: string;
  input: 'text' | 'long' | 'number' | 'flag';
  isOptional?: boolean;
};

const f = (zh: string, en: string, input: AmendFieldSpec['input'] = 'text', isOptional = false) => ({
  zh,
  en,
  input,
  isOptional,
});
const note = f('备注', 'Note', 'long', true);

/**
 * What each register lets the desk correct (mirrors the server's list in
 * apps/server/src/registers/amendments.ts; the server refuses anything else).
 */
export const amendFields: Record<RegisterKind, Record<string, AmendFieldSpec>> = {
  keySet: {
    label: f('钥匙用途（开启何处）', 'Opens'),
    location: f('存放位置', 'Kept at'),
    quantity: f('数量', 'Quantity', 'number'),
    active: f('是否在用', 'In use', 'flag'),
    note,
  },
  keyLoan: {
    borrowerName: f('借用人', 'Borrower'),
    borrowerPhone: f('借用人电话', 'Borrower phone'),
    purpose: f('借用事由', 'Purpose'),
  },
  mailItem: {
    addressee: f('收件人', 'Addressee'),
    carrier: f('投递单位', 'Carrier'),
    trackingNo: f('单号', 'Tracking no.', 'text', true),
    note,
  },
  deskPayment: {
    payerName: f('缴款人', 'Payer'),
    reference: f('关联单号', 'Reference', 'text', true),
    note,
  },
  releaseSlip: {
    carrierName: f('携带人姓名', 'Carrier name'),
    carrierPhone: f('携带人电话', 'Carrier phone', 'text', true),
    note,
  },
  visitor: {
    visitorName: f('访客姓名', 'Visitor'),
    phone: f('访客电话', 'Visitor phone', 'text', true),
    reason: f('来访事由', 'Reason'),
    carPlate: f('车牌号', 'Car plate', 'text', true),
    partySize: f('人数', 'Party size', 'number'),
  },
  accessPass: {
    holderName: f('持证人', 'Holder'),
    holderPhone: f('持证人电话', 'Holder phone', 'text', true),
    contractor: f('所属单位', 'Employer', 'text', true),
    note,
  },
  renovation: {
    applicantName: f('申请人（业主）', 'Applicant'),
    applicantPhone: f('申请人电话', 'Applicant phone'),
    contractorName: f('施工单位', 'Contractor'),
    contractorPhone: f('施工单位电话', 'Contractor phone'),
    scope: f('装修内容', 'Scope', 'long'),
    note,
  },
  moveRegistration: { note },
  notice: { title: f('标题', 'Title'), body: f('内容', 'Text', 'long') },
};

/** A register field's name in the UI language, for the history lines. */
export const amendFieldLabel = (field: string, lang: Lang) => {
  for (const specs of Object.values(amendFields)) {
    const s = specs[field];
    if (s) return lang === 'en' ? s.en : s.zh;
  }
  return null;
};
