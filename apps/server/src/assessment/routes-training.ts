import {
  CreateTrainingPlanInput,
  CreateTrainingSessionInput,
  DecideInput,
  PropertyIdQuery,
  RecordAttendanceInput,
  SignOffTrainingInput,
  TrainingPlanDetail,
  TrainingPlanListQuery,
  TrainingPlanView,
  UpdateTrainingPlanInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { sheetReaderRoles } from './sheets.js';

const tags = ['training'];
const Created = z.object({ id: z.number() });
/** Who runs the sessions and takes attendance. */
const organisers = ['assistant', 'supervisor'] as const;

/** 员工培训 (S2 培训实施作业规程; issue 8 item 4). */
export const registerTrainingRoutes = (app: App, { assessment }: Deps) => {
  const { training } = assessment;
  app.get(
    '/api/training/plans',
    {
      config: { access: sheetReaderRoles },
      schema: {
        tags,
        description: '本项目的培训计划',
        querystring: TrainingPlanListQuery,
        response: { 200: z.array(TrainingPlanView) },
      },
    },
    async (req) => training.list(requireActor(req), req.query),
  );
  app.post(
    '/api/training/plans',
    {
      config: { access: ['assistant'] },
      schema: {
        tags,
        description: '客服助理制订培训计划（草稿）：内容、起止日期、受训员工（S2 培训实施作业规程 3.2）',
        body: CreateTrainingPlanInput,
        response: { 200: Created },
      },
    },
    async (req) => training.create(requireActor(req), req.body),
  );
  app.get(
    '/api/training/plans/:id',
    {
      config: { access: sheetReaderRoles },
      schema: {
        tags,
        description: '培训计划详情：受训员工、培训场次与出勤、审批经过',
        params: IdParams,
        response: { 200: TrainingPlanDetail },
      },
    },
    async (req) => training.get(requireActor(req), req.params.id),
  );
  app.put(
    '/api/training/plans/:id',
    {
      config: { access: ['assistant'] },
      schema: {
        tags,
        description: '修改草稿或被驳回的培训计划（修改后为草稿，须重新提交）',
        params: IdParams,
        body: UpdateTrainingPlanInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await training.update(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/training/plans/:id/submit',
    {
      config: { access: ['assistant'] },
      schema: { tags, description: '提交培训计划，报经理审批', params: IdParams, response: { 200: Ok } },
    },
    async (req) => {
      await training.submit(requireActor(req), req.params.id);
      return ok;
    },
  );
  app.post(
    '/api/training/plans/:id/decision',
    {
      config: { access: ['manager'] },
      schema: {
        tags,
        description: '经理批准或驳回培训计划（S2 培训实施作业规程 3.1 管理处主任负责审批；驳回须写原因）',
        params: IdParams,
        body: DecideInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await training.decide(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/training/plans/:id/sessions',
    {
      config: { access: organisers },
      schema: {
        tags,
        description: '为已批准的培训计划安排一次培训：课题、时间、地点、讲师',
        params: IdParams,
        body: CreateTrainingSessionInput,
        response: { 200: Created },
      },
    },
    async (req) => training.addSession(requireActor(req), req.params.id, req.body),
  );
  app.put(
    '/api/training/sessions/:id/attendance',
    {
      config: { access: organisers },
      schema: {
        tags,
        description: '记录受训员工的出勤：出席、迟到、缺席、请假（培训开始后；更正保留经过）',
        params: IdParams,
        body: RecordAttendanceInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await training.recordAttendance(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/training/sign-offs',
    {
      config: { access: ['manager'] },
      schema: {
        tags,
        description:
          '经理签字确认受训员工培训合格，可独立上岗：此后可接听客户电话（解除 S0 3.1.6 的限制）；须已参加培训且出勤齐全',
        body: SignOffTrainingInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await training.signOff(requireActor(req), req.body);
      return ok;
    },
  );
  app.get(
    '/api/training/trainees',
    {
      config: { access: sheetReaderRoles },
      schema: {
        tags,
        description: '本项目未独立上岗的员工及已签字确认的员工，附其培训计划',
        querystring: PropertyIdQuery,
      },
    },
    async (req) => training.trainees(requireActor(req), req.query.propertyId),
  );
};
