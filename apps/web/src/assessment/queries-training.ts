import type {
  CreateTrainingPlanInput,
  CreateTrainingSessionInput,
  DecideInput,
  RecordAttendanceInput,
  RewardPenaltyView,
  SignOffTrainingInput,
  SubmitRewardPenaltyInput,
  TrainingPlanDetail,
  TrainingPlanView,
  UpdateTrainingPlanInput,
} from '@propdesk/domain';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../lib/api';
import { asmKeys, useAsmMutation } from './queries';

export type { RewardPenaltyView, TrainingPlanDetail, TrainingPlanView };
export type RewardPenaltyDetail = RewardPenaltyView & { timeline: TimelineRow[] };
export type TimelineRow = TrainingPlanDetail['timeline'][number];
export type TraineeRow = {
  staffId: number;
  staffName: string;
  certifiedForDuty: boolean;
  signedOffAt: string | null;
  signedPlanId: number | null;
  plans: { id: number; title: string; state: string }[];
};

// ---- 奖惩 (S2 员工奖惩规程) ---------------------------------------------------------------

export const useRewards = (propertyId: number | null, state: string) =>
  useQuery({
    queryKey: asmKeys.rewards(propertyId ?? 0, state),
    queryFn: () =>
      api.get<RewardPenaltyView[]>(
        withQuery('/api/rewards-penalties', { propertyId, state: state === 'all' ? undefined : state }),
      ),
    enabled: propertyId !== null,
  });
export const useReward = (id: number | null) =>
  useQuery({
    queryKey: asmKeys.reward(id ?? 0),
    queryFn: () => api.get<RewardPenaltyDetail>(`/api/rewards-penalties/${id}`),
    enabled: id !== null,
  });
export const useSubmitReward = () =>
  useAsmMutation((input: SubmitRewardPenaltyInput) =>
    api.post<{ id: number }>('/api/rewards-penalties', input),
  );
export const useDecideReward = () =>
  useAsmMutation(({ id, ...body }: DecideInput & { id: number }) =>
    api.post(`/api/rewards-penalties/${id}/decision`, body),
  );
export const useWithdrawReward = () =>
  useAsmMutation(({ id, reason }: { id: number; reason: string }) =>
    api.post(`/api/rewards-penalties/${id}/withdraw`, { reason }),
  );

// ---- 培训 (S2 培训实施作业规程) ------------------------------------------------------------

export const usePlans = (propertyId: number | null) =>
  useQuery({
    queryKey: asmKeys.plans(propertyId ?? 0),
    queryFn: () => api.get<TrainingPlanView[]>(withQuery('/api/training/plans', { propertyId })),
    enabled: propertyId !== null,
  });
export const usePlan = (id: number) =>
  useQuery({
    queryKey: asmKeys.plan(id),
    queryFn: () => api.get<TrainingPlanDetail>(`/api/training/plans/${id}`),
  });
export const useTrainees = (propertyId: number | null) =>
  useQuery({
    queryKey: asmKeys.trainees(propertyId ?? 0),
    queryFn: () => api.get<TraineeRow[]>(withQuery('/api/training/trainees', { propertyId })),
    enabled: propertyId !== null,
  });

export const useCreatePlan = () =>
  useAsmMutation((input: CreateTrainingPlanInput) => api.post<{ id: number }>('/api/training/plans', input));
export const useUpdatePlan = () =>
  useAsmMutation(({ id, ...body }: UpdateTrainingPlanInput & { id: number }) =>
    api.put(`/api/training/plans/${id}`, body),
  );
export const useSubmitPlan = () =>
  useAsmMutation((id: number) => api.post(`/api/training/plans/${id}/submit`), { isToasted: true });
export const useDecidePlan = () =>
  useAsmMutation(({ id, ...body }: DecideInput & { id: number }) =>
    api.post(`/api/training/plans/${id}/decision`, body),
  );
export const useAddSession = () =>
  useAsmMutation(({ planId, ...body }: CreateTrainingSessionInput & { planId: number }) =>
    api.post<{ id: number }>(`/api/training/plans/${planId}/sessions`, body),
  );
export const useRecordAttendance = () =>
  useAsmMutation(({ sessionId, ...body }: RecordAttendanceInput & { sessionId: number }) =>
    api.put(`/api/training/sessions/${sessionId}/attendance`, body),
  );
/** A sign-off lifts the call-taking restriction (S0 3.1.6); asmKeys.staff refreshes with the rest. */
export const useSignOff = () =>
  useAsmMutation((input: SignOffTrainingInput) => api.post('/api/training/sign-offs', input));
