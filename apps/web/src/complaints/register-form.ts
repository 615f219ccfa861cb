import {
  type Channel,
  type ComplaintCategory,
  type Identity,
  proposeSeverity,
  RegisterComplaintInput,
  type Urgency,
} from '@propdesk/domain';
import type { Resolver } from 'react-hook-form';
import { formResolver } from './form-resolver';

/** Where the complaint is: the building of the caller's room (the server's default), a building, a common area, none. */
export type LocationChoice = 'room' | 'building' | 'commonArea' | 'none';
export type ImmediateChoice = 'none' | 'answered' | 'dispatched';

export type RegisterValues = {
  channel: Channel;
  anonymous: boolean;
  roomId: number | null;
  roomLabel: string | null;
  personId: number | null;
  callerName: string;
  callerPhone: string;
  identity: Identity;
  summary: string;
  category: ComplaintCategory | null;
  urgency: Urgency;
  locationKind: LocationChoice;
  buildingId: number | null;
  commonArea: string;
  complainantCount: number | null;
  lawsuit: boolean;
  mediaExposed: boolean;
  safetyInvolved: boolean;
  publicInterest: boolean;
  passedUpToManager: boolean;
  ackKind: 'apology' | 'thanks';
  ackNote: string;
  immediateMode: ImmediateChoice;
  onSpotResult: string;
  customerSatisfied: boolean;
  dispatchDepartmentId: number | null;
};

export const emptyRegister = (): RegisterValues => ({
  channel: 'call',
  anonymous: false,
  roomId: null,
  roomLabel: null,
  personId: null,
  callerName: '',
  callerPhone: '',
  identity: 'owner',
  summary: '',
  category: null,
  urgency: 'normal',
  locationKind: 'room',
  buildingId: null,
  commonArea: '',
  complainantCount: 1,
  lawsuit: false,
  mediaExposed: false,
  safetyInvolved: false,
  publicInterest: false,
  passedUpToManager: false,
  ackKind: 'apology',
  ackNote: '',
  immediateMode: 'none',
  onSpotResult: '',
  customerSatisfied: true,
  dispatchDepartmentId: null,
});

const location = (v: RegisterValues) => {
  if (v.locationKind === 'building') return { kind: 'building' as const, buildingId: v.buildingId ?? 0 };
  if (v.locationKind === 'commonArea') return { kind: 'commonArea' as const, area: v.commonArea };
  if (v.locationKind === 'none') return { kind: 'none' as const };
  return undefined;
};

const immediate = (v: RegisterValues) => {
  if (v.immediateMode === 'answered')
    return { mode: 'answered' as const, result: v.onSpotResult, customerSatisfied: v.customerSatisfied };
  if (v.immediateMode === 'dispatched')
    return { mode: 'dispatched' as const, departmentId: v.dispatchDepartmentId ?? 0 };
  return { mode: 'none' as const };
};

/** The form as the API's RegisterComplaintInput (before parsing). An anonymous complaint sends no caller. */
export const toRegisterInput = (v: RegisterValues, propertyId: number, idempotencyKey: string) => ({
  propertyId,
  idempotencyKey,
  channel: v.channel,
  anonymous: v.anonymous,
  roomId: v.anonymous ? null : v.roomId,
  personId: v.anonymous ? null : v.personId,
  callerName: v.anonymous ? '' : v.callerName.trim(),
  callerPhone: v.anonymous || !v.callerPhone.trim() ? null : v.callerPhone.trim(),
  identity: v.anonymous ? 'other' : v.identity,
  summary: v.summary,
  urgency: v.urgency,
  category: v.category ?? undefined,
  location: location(v),
  complainantCount: v.complainantCount ?? undefined,
  lawsuit: v.lawsuit,
  mediaExposed: v.mediaExposed,
  safetyInvolved: v.safetyInvolved,
  publicInterest: v.publicInterest,
  passedUpToManager: v.passedUpToManager,
  repeatOfCaseId: null,
  acknowledgement: { kind: v.ackKind, note: v.ackNote.trim() || undefined },
  immediate: immediate(v),
});

/** The API schema's error paths → the form fields that hold them. */
const fieldOf: Record<string, string> = {
  'location.buildingId': 'buildingId',
  'location.area': 'commonArea',
  'acknowledgement.kind': 'ackKind',
  'acknowledgement.note': 'ackNote',
  'immediate.result': 'onSpotResult',
  'immediate.departmentId': 'dispatchDepartmentId',
};

const schemaResolver = formResolver<RegisterValues>(
  RegisterComplaintInput,
  (v) => toRegisterInput(v, 1, 'form-check-0000'),
  fieldOf,
  {
    category: '请选择投诉类别',
    complainantCount: '请填写投诉人数',
    buildingId: '请选择楼栋',
    dispatchDepartmentId: '请选择派往的部门',
  },
);

/** The schema's own words; its object-level check runs only once every field parses, so it is asked here too. */
const NO_CALLER = '请填写投诉人姓名和电话，或选择房号；不愿留名的请登记为匿名投诉';

/** The shared schema, plus "who complains" shown together with the other field errors. */
export const registerResolver: Resolver<RegisterValues> = async (v, context, options) => {
  const result = await schemaResolver(v, context, options);
  const hasCaller =
    v.anonymous ||
    v.roomId !== null ||
    v.personId !== null ||
    (!!v.callerName.trim() && !!v.callerPhone.trim());
  if (hasCaller || result.errors.callerName) return result;
  return { values: {}, errors: { ...result.errors, callerName: { type: 'custom', message: NO_CALLER } } };
};

/** The rules' class from what the desk has ticked; 热点 and repeats are counted by the server on saving. */
export const previewSeverity = (
  v: Pick<
    RegisterValues,
    'lawsuit' | 'mediaExposed' | 'complainantCount' | 'safetyInvolved' | 'passedUpToManager'
  >,
) =>
  proposeSeverity({
    lawsuit: v.lawsuit,
    mediaExposed: v.mediaExposed,
    complainantCount: v.complainantCount ?? 1,
    overdueOurs: false,
    sameSpotCount: 0,
    hotSpotThreshold: 0,
    safetyInvolved: v.safetyInvolved,
    priorSameMatter: 0,
    passedUpToManager: v.passedUpToManager,
  });

/** A fresh idempotency key; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
export const newKey = () => {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
};
