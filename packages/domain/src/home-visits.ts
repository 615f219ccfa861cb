import { z } from 'zod';
import { satisfactionLevels } from './complaints.js';
import { RegId, RegInstant, RegPhone, regOptionalText, regText } from './registers-common.js';
import { localDate, startOfLocalDay } from './time.js';

/**
 * 家访 (S2 物业家访（临时）操作规程, DOMAIN.md §8). The seed's goals: (一)1 no complaint through our
 * own fault at a visit (dress, image, manners, attitude); (一)2 every quarter a visit campaign of
 * at least 20 households in every 苑区. Its workflow: (二)1 the appointment is made with the
 * household by phone; (二)2 before calling at the door the visitor tidies up (登门前整理仪容仪表).
 */
export const HOME_VISIT_QUARTER_TARGET = 20;

/** A calendar quarter, `2026-Q4`. */
export const QuarterKey = z.string().regex(/^\d{4}-Q[1-4]$/, '季度格式应为 YYYY-Q1 至 YYYY-Q4');

/** The quarter an instant falls in, on the property's calendar (S2 家访 (一)2 每季度). */
export const quarterOf = (at: Date, timeZone: string) => {
  const day = localDate(at, timeZone);
  return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
};

/** The quarter `n` quarters after (or before, when negative) the given one. */
export const shiftQuarter = (quarter: string, n: number) => {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
};

/** First local day of a quarter, `YYYY-MM-01`. */
const firstDay = (quarter: string) =>
  `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;

/** [start, end) of a quarter as UTC instants, local midnight to local midnight. */
export const quarterBounds = (quarter: string, timeZone: string) => ({
  start: startOfLocalDay(firstDay(quarter), timeZone),
  end: startOfLocalDay(firstDay(shiftQuarter(quarter, 1)), timeZone),
});

export type ProgressStatus = 'met' | 'onTrack' | 'behind' | 'missed';
export const progressStatusLabels: Record<ProgressStatus, string> = {
  met: '已达标',
  onTrack: '进度正常',
  behind: '进度落后',
  missed: '未达标',
};

/**
 * An area's standing against the quarter's target (S2 家访 (一)2: 不少于20户). Before the quarter
 * ends, the expected count grows evenly with the days gone, so a team sees it falling behind in
 * time; once it has ended, short of the target is missed.
 */
export const quarterProgress = (p: {
  households: number;
  target: number;
  start: Date;
  end: Date;
  now: Date;
}) => {
  const span = p.end.getTime() - p.start.getTime();
  const gone = Math.min(1, Math.max(0, (p.now.getTime() - p.start.getTime()) / span));
  const expectedByNow = Math.ceil(p.target * gone);
  const isMet = p.households >= p.target;
  const status: ProgressStatus = isMet
    ? 'met'
    : gone >= 1
      ? 'missed'
      : p.households >= expectedByNow
        ? 'onTrack'
        : 'behind';
  return {
    households: p.households,
    target: p.target,
    remaining: Math.max(0, p.target - p.households),
    percent: p.target > 0 ? Math.min(100, Math.round((p.households / p.target) * 100)) : 100,
    expectedByNow,
    status,
  };
};

export type AreaDef = { id: number | null; name: string; buildingIds: number[] };
export type VisitedRoom = { roomId: number; buildingId: number };

/**
 * Households visited per 苑区: each room counts once however often it was visited. Buildings in
 * no defined area fall in one "other" group (id null); a property without areas is one area.
 */
export const householdsByArea = (areas: AreaDef[], visited: VisitedRoom[], wholeName: string) => {
  const groups: AreaDef[] = areas.length ? [...areas] : [{ id: null, name: wholeName, buildingIds: [] }];
  const areaOf = new Map<number, number>();
  groups.forEach((a, i) => {
    for (const b of a.buildingIds) areaOf.set(b, i);
  });
  const rooms = groups.map(() => new Set<number>());
  const other = new Set<number>();
  let hasOther = false;
  for (const v of visited) {
    const i = areas.length ? areaOf.get(v.buildingId) : 0;
    if (i === undefined) {
      other.add(v.roomId);
      hasOther = true;
    } else rooms[i]!.add(v.roomId);
  }
  const out = groups.map((a, i) => ({ ...a, households: rooms[i]!.size }));
  if (hasOther) out.push({ id: null, name: '未划分苑区', buildingIds: [], households: other.size });
  return out;
};

/** A building may belong to one area only: the buildings of `candidate` already in another area. */
export const areaOverlap = (areas: AreaDef[], candidate: AreaDef) => {
  const taken = new Set(areas.filter((a) => a.id !== candidate.id).flatMap((a) => a.buildingIds));
  return candidate.buildingIds.filter((b) => taken.has(b));
};

/** scheduled → visited (a record was written) | notHome (未遇) | cancelled; rescheduling keeps it scheduled. */
export const appointmentStates = ['scheduled', 'visited', 'notHome', 'cancelled'] as const;
export const AppointmentState = z.enum(appointmentStates);
export type AppointmentState = z.infer<typeof AppointmentState>;
export const appointmentStateLabels: Record<AppointmentState, string> = {
  scheduled: '已预约',
  visited: '已家访',
  notHome: '未遇',
  cancelled: '已取消',
};
export type AppointmentAction = 'reschedule' | 'record' | 'notHome' | 'cancel';

/** The state an appointment moves to, or null when the action is not allowed from where it is. */
export const appointmentNext = (
  state: AppointmentState,
  action: AppointmentAction,
): AppointmentState | null => {
  if (state !== 'scheduled') return null;
  switch (action) {
    case 'reschedule':
      return 'scheduled';
    case 'record':
      return 'visited';
    case 'notHome':
      return 'notHome';
    case 'cancel':
      return 'cancelled';
  }
};

/**
 * S2 家访 (二)1: the visit time is agreed with the household by phone, so the appointment records
 * the call: when it was made, the number called and who answered, and the agreed time.
 */
export const CreateAppointmentInput = z.object({
  propertyId: RegId,
  roomId: RegId,
  residentName: regText('业户姓名', 50),
  phone: RegPhone,
  calledAt: RegInstant.optional(),
  scheduledAt: RegInstant,
  /** The staff member who will call at the door; the caller when omitted. */
  visitorId: RegId.optional(),
  companions: regOptionalText('同行人员', 100),
  purpose: regOptionalText('家访事由', 200),
});
export type CreateAppointmentInput = z.infer<typeof CreateAppointmentInput>;

export const RescheduleAppointmentInput = z.object({
  scheduledAt: RegInstant,
  reason: regText('改约原因', 200),
});
export const CloseAppointmentInput = z.object({
  outcome: z.enum(['notHome', 'cancel'], { message: '请选择结果' }),
  reason: regText('原因', 200),
});

/** How the household rated our service at the visit (the levels of a return visit). */
export const VisitSatisfaction = z.enum(satisfactionLevels, { message: '请选择满意度' });

/** The visit record, written once the visit has happened. */
export const RecordHomeVisitInput = z.object({
  visitedAt: RegInstant.optional(),
  /** Who received us at the door. */
  metName: regText('接待人', 50),
  /** S2 家访 (二)2 and (一)1: the visitor tidied up before calling at the door. */
  groomingChecked: z.literal(true, { message: '登门前须整理仪容仪表（S2 家访 工作流程 2）' }),
  satisfaction: VisitSatisfaction,
  opinions: regText('业户意见及建议', 2000),
  followUp: regOptionalText('需跟进事项', 1000),
});
export type RecordHomeVisitInput = z.infer<typeof RecordHomeVisitInput>;

/** Fields of a visit record that may be corrected by amendment (S4 4.3: never altered at will). */
export const homeVisitAmendableFields = ['metName', 'satisfaction', 'opinions', 'followUp'] as const;
export const AmendHomeVisitInput = z.object({
  field: z.enum(homeVisitAmendableFields, { message: '请选择要更正的项目' }),
  value: z.string().trim().max(2000, '内容过长').nullable(),
  reason: z.string().trim().min(2, '请填写更正原因').max(500, '原因不超过 500 字'),
});
export type AmendHomeVisitInput = z.infer<typeof AmendHomeVisitInput>;

/** A 苑区: a named group of the property's buildings, each visited by at least 20 households a quarter. */
export const SaveHomeVisitAreaInput = z.object({
  propertyId: RegId,
  name: regText('苑区名称', 30),
  buildingIds: z.array(RegId).min(1, '请至少选择一栋楼').max(200),
});
export type SaveHomeVisitAreaInput = z.infer<typeof SaveHomeVisitAreaInput>;

export const AppointmentListQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  state: z.enum([...appointmentStates, 'all']).optional(),
  quarter: QuarterKey.optional(),
});
export const HomeVisitProgressQuery = z.object({
  propertyId: z.coerce.number().int().positive(),
  quarter: QuarterKey.optional(),
});
