import { z } from 'zod';
import { Identity, type Resolution } from './intake.js';
import { RegId, RegInstant, regOptionalText, regText } from './registers-common.js';

/**
 * 群众来信来访登记表 (S0; DOMAIN.md §3): the petition office's variant of the contact register.
 * Its columns: 信访人姓名、联系电话、住址、信访编号、信访类型（个体/集体）、信访时间、信访次数、
 * 反映问题摘要, and the signatures 领导组长、监督组长、经办人; the matter is answered by a formal
 * written reply (关于反映…问题的答复), addressed, signed by the office and dated.
 */
export const intakeProfiles = ['standard', 'petition'] as const;
export const IntakeProfile = z.enum(intakeProfiles, { message: '请选择登记表式' });
export type IntakeProfile = z.infer<typeof IntakeProfile>;
export const intakeProfileLabels: Record<IntakeProfile, string> = {
  standard: '客户来电来访登记表',
  petition: '群众来信来访登记表',
};
/** The per-property setting `intake.petitionProfile` (0 or 1) read as a profile. */
export const intakeProfileOf = (setting: number): IntakeProfile => (setting === 1 ? 'petition' : 'standard');

/** S0 信访类型: 个体 (one person) or 集体 (a group). */
export const petitionKinds = ['individual', 'collective'] as const;
export const PetitionKind = z.enum(petitionKinds, { message: '请选择信访类型' });
export type PetitionKind = z.infer<typeof PetitionKind>;
export const petitionKindLabels: Record<PetitionKind, string> = { individual: '个体', collective: '集体' };

/**
 * What a petition is about, and where intake routes it. The petition form has no resolution of
 * its own: each class goes the way that needs nothing more from the desk.
 */
export const petitionCaseTypes = ['suggestion', 'complaint', 'repair', 'otherWork'] as const;
export const PetitionCaseType = z.enum(petitionCaseTypes, { message: '请选择事项类别' });
export type PetitionCaseType = z.infer<typeof PetitionCaseType>;
export const petitionResolution = (type: PetitionCaseType): Resolution => {
  switch (type) {
    case 'suggestion':
      return { mode: 'report' }; // S0 4.2.4 暂不能处理的向上级汇报
    case 'complaint':
      return { mode: 'complaint' }; // S0 4.2.5
    case 'repair':
      return { mode: 'dispatch' };
    case 'otherWork':
      return { mode: 'admin' }; // S0 3.3.4
  }
};

/** 信访编号: property code, XF (信访), year, yearly serial — `HYXF2026-0003`. */
export const petitionNumber = (propertyCode: string, year: number, serial: number) =>
  `${propertyCode}XF${year}-${String(serial).padStart(4, '0')}`;

/**
 * How earlier visits of the same person are found (信访次数): by the archive person, by phone
 * number, and only when neither is known, by name (with the room when given).
 */
export type CallerCriteria =
  | { by: 'known'; personId: number | null; phone: string | null }
  | { by: 'name'; name: string; roomId: number | null };
export const sameCallerCriteria = (c: {
  personId: number | null;
  callerPhone: string | null;
  callerName: string;
  roomId: number | null;
}): CallerCriteria | null => {
  const phone = c.callerPhone?.replace(/\D/g, '') || null;
  if (c.personId !== null || phone) return { by: 'known', personId: c.personId, phone };
  const name = c.callerName.trim();
  return name ? { by: 'name', name, roomId: c.roomId } : null;
};
/** This visit's ordinal: the earlier ones plus this one. */
export const petitionVisitCount = (earlier: number) => earlier + 1;

export const RegisterPetitionInput = z
  .object({
    propertyId: RegId,
    idempotencyKey: z.string().trim().min(8).max(64),
    channel: z.enum(['visit', 'letter'], { message: '请选择来信或来访' }),
    type: PetitionCaseType.default('suggestion'),
    kind: PetitionKind,
    /** How many came (a collective petition is two or more). */
    headcount: z.number().int().min(1, '人数至少为 1').max(10_000),
    roomId: RegId.nullable().default(null),
    personId: RegId.nullable().default(null),
    callerName: regText('信访人姓名', 50),
    callerPhone: z
      .string()
      .trim()
      .regex(/^[0-9 +\-()]{3,20}$/, '电话号码格式不正确')
      .nullable()
      .default(null),
    address: regOptionalText('信访人住址', 200),
    identity: Identity.default('other'),
    summary: z.string().trim().min(2, '请填写反映问题摘要（至少 2 个字）').max(2000),
    receivedAt: RegInstant.optional(),
  })
  .refine((v) => (v.kind === 'collective' ? v.headcount >= 2 : v.headcount === 1), {
    message: '个体信访为 1 人，集体信访至少 2 人',
    path: ['headcount'],
  })
  .refine((v) => v.roomId !== null || v.address !== null || v.callerPhone !== null, {
    message: '请填写住址（房号）或联系电话',
    path: ['address'],
  });
export type RegisterPetitionInput = z.infer<typeof RegisterPetitionInput>;

/** The two signatures besides the handler's (经办人, who registers it): 领导组长 and 监督组长. */
export const petitionSignatures = ['leader', 'supervisor'] as const;
export const SignPetitionInput = z.object({ as: z.enum(petitionSignatures, { message: '请选择签字栏' }) });

export const PetitionReplyInput = z.object({
  /** 关于反映「subject」问题的答复 */
  subject: regText('答复事由', 60),
  /** The salutation line, e.g. 马庆祥同志 or 县信访局. */
  addressee: regText('收文人', 60),
  body: regText('答复正文', 5000),
});
export type PetitionReplyInput = z.infer<typeof PetitionReplyInput>;

/** What may be corrected (S4 4.3); the type and headcount hang together and are fixed once registered. */
export const petitionAmendableFields = ['address', 'subject', 'addressee', 'body'] as const;
export const AmendPetitionInput = z.object({
  field: z.enum(petitionAmendableFields, { message: '请选择要更正的项目' }),
  value: z.string().trim().max(5000, '内容过长').nullable(),
  reason: z.string().trim().min(2, '请填写更正原因').max(500, '原因不超过 500 字'),
});
export type AmendPetitionInput = z.infer<typeof AmendPetitionInput>;

export const SetIntakeProfileInput = z.object({ propertyId: RegId, profile: IntakeProfile });

/** The reply's title as the seed writes it. */
export const replyTitle = (subject: string) =>
  `关于反映${subject
    .trim()
    .replace(/^关于反映/, '')
    .replace(/的答复$/, '')
    .replace(/问题$/, '')}问题的答复`;

/** A letter's date line, `2026年11月23日`. */
export const letterDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
};
