import { z } from 'zod';
import { DateOnly, NewPersonInput, Relation } from './archive.js';
import { RegId, regOptionalText } from './registers-common.js';

/** 过户/迁入 at the desk (S1 场景一; S2 顾客档案管理: archive updated within 2 days). */
export const moveKinds = ['moveIn', 'transfer'] as const;
export const MoveKind = z.enum(moveKinds, { message: '请选择办理类型' });
export type MoveKind = z.infer<typeof MoveKind>;
export const moveKindLabels: Record<MoveKind, string> = { moveIn: '迁入', transfer: '过户' };

/** Documents checked and copied (S1: 房产证 / 房屋租赁合同, 身份证; the forms filled). */
export const moveDocuments = ['propertyCertificate', 'lease', 'idCard', 'formsFilled'] as const;
export type MoveDocument = (typeof moveDocuments)[number];
export const moveDocumentLabels: Record<MoveDocument, string> = {
  propertyCertificate: '房产证',
  lease: '房屋租赁合同',
  idCard: '身份证',
  formsFilled: '过户/迁入表格',
};

/** The welcome (S1 场景一): the office's card, the neighbourhood, parking cards, renovation rules. */
export const welcomeSteps = ['officeCard', 'neighbourhood', 'parkingCard', 'renovationRules'] as const;
export type WelcomeStep = (typeof welcomeSteps)[number];
export const welcomeStepLabels: Record<WelcomeStep, string> = {
  officeCard: '递交管理处名片',
  neighbourhood: '介绍小区周边环境',
  parkingCard: '询问/说明停车卡办理',
  renovationRules: '询问/说明装修管理规定',
};

export const CreateMoveInput = z
  .object({
    propertyId: RegId,
    roomId: RegId,
    kind: MoveKind,
    /** Move-in only: owner, tenant or family member. */
    relation: Relation.nullable().default(null),
    personId: RegId.optional(),
    person: NewPersonInput.optional(),
    date: DateOnly,
    /** Transfer: also end tenants and family members of the room. */
    endOtherOccupants: z.boolean().default(false),
    documents: z.object({
      propertyCertificate: z.boolean(),
      lease: z.boolean(),
      idCard: z.boolean(),
      formsFilled: z.boolean(),
    }),
    /** Update the archive now (else the archive keeper does it within 2 days). */
    applyNow: z.boolean().default(false),
    note: regOptionalText('备注', 500),
  })
  .refine((v) => (v.personId === undefined) !== (v.person === undefined), {
    message: '请选择已登记的人员，或填写新人员信息（二选一）',
    path: ['personId'],
  })
  .refine((v) => v.kind !== 'moveIn' || v.relation !== null, {
    message: '迁入请选择身份',
    path: ['relation'],
  });
export type CreateMoveInput = z.infer<typeof CreateMoveInput>;

export const MoveWelcomeInput = z.object({
  steps: z.array(z.enum(welcomeSteps)).min(1, '请至少勾选一项').max(4),
  note: regOptionalText('备注', 300),
});
export const MoveListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  pending: z.enum(['1', 'true']).optional(),
});

/** Documents a move needs before it is recorded (S1 过户/迁入). */
export const missingMoveDocuments = (
  kind: MoveKind,
  relation: string | null,
  docs: Record<MoveDocument, boolean>,
) => {
  const out: string[] = [];
  if (!docs.idCard) out.push(moveDocumentLabels.idCard);
  if (!docs.formsFilled) out.push(moveDocumentLabels.formsFilled);
  if (kind === 'transfer' || relation === 'owner') {
    if (!docs.propertyCertificate) out.push(moveDocumentLabels.propertyCertificate);
  } else if (relation === 'tenant' && !docs.lease) out.push(moveDocumentLabels.lease);
  return out;
};

/** The instant by which the archive must show the change (S2: 小区顾客变更2日内). */
export const archiveDueAt = (reportedAt: Date, days: number) =>
  new Date(reportedAt.getTime() + days * 86_400_000);
