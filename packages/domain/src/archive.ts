import { z } from 'zod';
import { parseIdNumber } from './import-cells.js';
import { isPlausiblePhone, PHONE_GRAM, phoneDigits } from './phone.js';
import { parseRoomCode, type RoomAddress } from './room-code.js';

/** DOMAIN.md §2: the people of a room. */
export const relations = ['owner', 'tenant', 'family'] as const;
export const Relation = z.enum(relations, { message: '请选择身份：业主、租户或家属' });
export type Relation = z.infer<typeof Relation>;
export const relationLabels: Record<Relation, string> = { owner: '业主', tenant: '租户', family: '家属' };

export const startKindLabels: Record<string, string> = { move_in: '迁入', transfer: '过户', import: '导入' };
export const endKindLabels: Record<string, string> = { move_out: '迁出', transfer: '过户' };

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date 'YYYY-MM-DD'. */
export const DateOnly = z
  .string({ message: '请输入日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isCalendarDate, '日期无效');

/** The calendar date of an instant in a time zone, e.g. the property's today. */

const Id = z.number({ message: '请选择' }).int().positive();
const Reason = z.string().trim().max(200, '原因不超过 200 字').optional();

/** A phone as typed; stored as digits only. */
export const Phone = z
  .string({ message: '请输入电话号码' })
  .trim()
  .refine(isPlausiblePhone, '电话号码格式不正确（手机号 11 位，或带区号的固定电话）')
  .transform(phoneDigits);

/**
 * An ID number (resident ID, passport, permit) as typed, or its masked form coming back
 * from a form. Parsing masks it (the importer's rule, parseIdNumber), so the clear number
 * never reaches storage, history or logs.
 */
export const IdNumber = z.string({ message: '请输入证件号码' }).transform((raw, ctx) => {
  if (!raw.trim()) return null;
  const r = parseIdNumber(raw);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: `证件号码${r.reason}` });
  return z.NEVER;
});

const personFields = {
  name: z.string({ message: '请输入姓名' }).trim().min(1, '请输入姓名').max(50, '姓名不超过 50 个字'),
  phones: z
    .array(Phone)
    .max(5, '最多登记 5 个电话')
    .default([])
    .transform((list) => [...new Set(list)]),
  /** Omitted: keep (on update) or none (on create); null: clear. */
  idNumber: IdNumber.nullable().optional(),
  note: z.string().trim().max(500, '备注不超过 500 字').nullable().default(null),
};

/** A new person typed inline in a move-in or transfer form. */
export const NewPersonInput = z.object(personFields);
export type NewPersonInput = z.infer<typeof NewPersonInput>;

export const CreatePersonInput = z.object({ propertyId: Id, ...personFields, reason: Reason });
export type CreatePersonInput = z.infer<typeof CreatePersonInput>;

export const UpdatePersonInput = z.object({ ...personFields, reason: Reason });
export type UpdatePersonInput = z.infer<typeof UpdatePersonInput>;

const personRef = {
  /** An existing person of the same property… */
  personId: Id.optional(),
  /** …or a new one. */
  person: NewPersonInput.optional(),
};
const onePerson = (v: { personId?: number | undefined; person?: unknown }) =>
  (v.personId === undefined) !== (v.person === undefined);
const onePersonMessage = { message: '请选择已登记的人员，或填写新人员信息（二选一）', path: ['personId'] };

/** Move-in (迁入): a person starts living in / owning a room (S1 过户/迁入). */
export const MoveInInput = z
  .object({ ...personRef, relation: Relation, date: DateOnly, reason: Reason })
  .refine(onePerson, onePersonMessage);
export type MoveInInput = z.infer<typeof MoveInInput>;

/** Move-out (迁出): ends one occupancy on a date. */
export const MoveOutInput = z.object({ occupancyId: Id, date: DateOnly, reason: Reason });
export type MoveOutInput = z.infer<typeof MoveOutInput>;

/** Transfer of ownership (过户): the current owners' occupancy ends, the new owner's starts. */
export const TransferInput = z
  .object({
    ...personRef,
    date: DateOnly,
    /** Also end tenants and family members of the room on the same date. */
    endOtherOccupants: z.boolean().default(false),
    reason: Reason,
  })
  .refine(onePerson, onePersonMessage);
export type TransferInput = z.infer<typeof TransferInput>;

/** Arrears of a room (DOMAIN.md §2): months of unpaid fees and the amount, as of a date. */
export const SetArrearsInput = z
  .object({
    monthsOwed: z
      .number({ message: '请输入欠费月数' })
      .int('欠费月数应为整数')
      .min(0, '欠费月数不能为负')
      .max(600, '欠费月数过大'),
    amountCents: z
      .number({ message: '请输入欠费金额' })
      .int('欠费金额以分为单位，应为整数')
      .min(0, '欠费金额不能为负')
      .max(100_000_000_00, '欠费金额过大'),
    asOf: DateOnly,
    reason: Reason,
  })
  .refine((v) => (v.monthsOwed === 0) === (v.amountCents === 0), {
    message: '欠费月数与欠费金额应同时为 0 或同时大于 0',
    path: ['amountCents'],
  });
export type SetArrearsInput = z.infer<typeof SetArrearsInput>;

export const CreateRoomInput = z.object({
  propertyId: Id,
  code: z
    .string({ message: '请输入房号' })
    .trim()
    .refine((s) => parseRoomCode(s) !== null, '房号格式应为 3栋2单元501 或 3-2-501'),
  floor: z.number().int('楼层应为整数').min(-5).max(200).nullable().optional(),
  areaM2: z.number().positive('面积应大于 0').max(100_000).nullable().optional(),
  reason: Reason,
});
export type CreateRoomInput = z.infer<typeof CreateRoomInput>;

export const RoomListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  filter: z.enum(['all', 'arrears', 'vacant'], { message: '筛选条件无效' }).default('all'),
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多 200 条').default(50),
});
export type RoomListQuery = z.infer<typeof RoomListQuery>;

export const LOOKUP_LIMIT = 20;

export const LookupQuery = z.object({
  propertyId: z.coerce.number().int().positive().optional(),
  q: z
    .string({ message: '请输入房号、姓名或电话' })
    .trim()
    .min(1, '请输入房号、姓名或电话')
    .max(50, '查询内容不超过 50 个字'),
});
export type LookupQuery = z.infer<typeof LookupQuery>;

/** The floor a room number implies: 501 → 5, 1203 → 12; null when it is not numeric. */
export const floorFromRoomNumber = (room: string) => {
  if (!/^\d{3,4}$/.test(room)) return null;
  return Math.floor(Number(room) / 100);
};

/** Names are searched "contains" through their 2-character runs (issue 2 item 6). */
export const NAME_GRAM = 2;

/** Every distinct run of 2 characters (code points) of a name: its contains-search index. */
export const nameGrams = (name: string): string[] => {
  const chars = [...name.trim()];
  const out = new Set<string>();
  for (let i = 0; i + NAME_GRAM <= chars.length; i++) out.add(chars.slice(i, i + NAME_GRAM).join(''));
  return [...out];
};

export type LookupPlan = {
  /** The query read as a room code. */
  room: RoomAddress | null;
  /** The query's digits, when it is only digits and separators and has at least 4 (a phone fragment). */
  digits: string | null;
  /**
   * The 4-digit gram the phone index is searched by: the query's last, because a number's
   * head (1[3-9]x…, an area code) is shared by many numbers and its tail is not.
   */
  gram: string | null;
  /** Name prefix to search (always the whole query). */
  name: string;
  /** The name gram a "contains" search goes by, when one may follow a prefix search that finds too few. */
  nameGram: string | null;
};

/** Issue 2 item 6: one box reads a room code, a phone fragment of 4+ digits, or a name. */
export const planLookup = (input: string): LookupPlan => {
  const q = input.trim();
  const room = parseRoomCode(q);
  const isPhoneLike = /^[\d\s\-+()（）]+$/.test(q);
  const d = phoneDigits(q);
  const digits = isPhoneLike && d.length >= PHONE_GRAM ? d : null;
  return {
    room,
    digits,
    gram: digits ? digits.slice(-PHONE_GRAM) : null,
    name: q,
    nameGram: !room && !isPhoneLike && /\p{L}/u.test(q) ? (nameGrams(q)[0] ?? null) : null,
  };
};

export type LookupRoom = { id: number; label: string; relation: Relation | null };

/** One line of the lookup: a room, or a person with the rooms they live in now. */
export type LookupResult = {
  kind: 'room' | 'person';
  /** What matched: the room code, a phone number, or the name. */
  match: 'room' | 'phone' | 'name';
  propertyId: number;
  label: string;
  roomId: number | null;
  personId: number | null;
  /** The person found, or for a room its first current owner (else first occupant). */
  personName: string | null;
  rooms: LookupRoom[];
  matchedPhone: string | null;
};

/**
 * Issue 2 item 6: exact room first, then phone matches, then name matches; a person shown
 * for a phone is not repeated for the name; at most `limit` lines.
 */
export const mergeLookup = (
  parts: { room: LookupResult[]; phone: LookupResult[]; name: LookupResult[] },
  limit = LOOKUP_LIMIT,
): LookupResult[] => {
  const out: LookupResult[] = [];
  const seen = new Set<string>();
  for (const r of [...parts.room, ...parts.phone, ...parts.name]) {
    const key = r.kind === 'room' ? `r${r.roomId}` : `p${r.personId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
};
