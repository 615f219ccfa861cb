import type {
  AddManualItemInput,
  AssessmentRuleView,
  AssessmentSheetSummary,
  AssessmentSheetView,
  ConfirmSheetInput,
  SetAssessmentRulesInput,
  WithdrawItemInput,
} from '@propdesk/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api';

export type { AssessmentItemView, AssessmentSheetView } from '@propdesk/domain';
export type StaffOption = {
  id: number;
  name: string;
  employeeNo: string;
  departmentName: string | null;
  certifiedForDuty: boolean;
  roles: string[];
};

export const asmKeys = {
  all: ['assessment'] as const,
  sheets: (propertyId: number, month: string) => [...asmKeys.all, 'sheets', propertyId, month] as const,
  sheet: (propertyId: number, staffId: number, month: string) =>
    [...asmKeys.all, 'sheet', propertyId, staffId, month] as const,
  rules: (propertyId: number) => [...asmKeys.all, 'rules', propertyId] as const,
  staff: (propertyId: number) => [...asmKeys.all, 'staff', propertyId] as const,
  rewards: (propertyId: number, state: string) => [...asmKeys.all, 'rewards', propertyId, state] as const,
  reward: (id: number) => [...asmKeys.all, 'reward', id] as const,
  plans: (propertyId: number) => [...asmKeys.all, 'plans', propertyId] as const,
  plan: (id: number) => [...asmKeys.all, 'plan', id] as const,
  trainees: (propertyId: number) => [...asmKeys.all, 'trainees', propertyId] as const,
};

export const useSheets = (propertyId: number | null, month: string) =>
  useQuery({
    queryKey: asmKeys.sheets(propertyId ?? 0, month),
    queryFn: () =>
      api.get<AssessmentSheetSummary[]>(withQuery('/api/assessment/sheets', { propertyId, month })),
    enabled: propertyId !== null,
  });

export const useSheet = (propertyId: number, staffId: number, month: string) =>
  useQuery({
    queryKey: asmKeys.sheet(propertyId, staffId, month),
    queryFn: () =>
      api.get<AssessmentSheetView>(withQuery('/api/assessment/sheet', { propertyId, staffId, month })),
  });

export const useRules = (propertyId: number | null) =>
  useQuery({
    queryKey: asmKeys.rules(propertyId ?? 0),
    queryFn: () => api.get<AssessmentRuleView[]>(withQuery('/api/assessment/rules', { propertyId })),
    enabled: propertyId !== null,
  });

/** The property's active staff, for the person pickers (the duty roster's list). */
export const useStaffOptions = (propertyId: number | null) =>
  useQuery({
    queryKey: asmKeys.staff(propertyId ?? 0),
    queryFn: () => api.get<StaffOption[]>(withQuery('/api/duty/people', { propertyId })),
    enabled: propertyId !== null,
    staleTime: 5 * 60_000,
  });

/**
 * A write of this feature; everything under asmKeys is refreshed (a decision changes a sheet,
 * a sign-off the trainees). Errors stay quiet where a form shows them, toasted for bare buttons.
 */
export const useAsmMutation = <V, R = unknown>(
  fn: (v: V) => Promise<R>,
  opts: { isToasted?: boolean } = {},
) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta: { quietErrors: !opts.isToasted },
    onSuccess: () => qc.invalidateQueries({ queryKey: asmKeys.all }),
  });
};

export const useAddItem = () =>
  useAsmMutation((input: AddManualItemInput) =>
    api.post<{ id: number; sheetId: number }>('/api/assessment/items', input),
  );
export const useWithdrawItem = () =>
  useAsmMutation(({ id, ...body }: WithdrawItemInput & { id: number }) =>
    api.post(`/api/assessment/items/${id}/withdraw`, body),
  );
export const useConfirmSheet = () =>
  useAsmMutation((input: ConfirmSheetInput) =>
    api.post<{ sheetId: number; score: number }>('/api/assessment/sheets/confirm', input),
  );
export const useSetRules = () =>
  useAsmMutation((input: SetAssessmentRulesInput) =>
    api.put<AssessmentRuleView[]>('/api/assessment/rules', input),
  );
