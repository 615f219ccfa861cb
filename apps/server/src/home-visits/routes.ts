import {
  AmendHomeVisitInput,
  AppointmentListQuery,
  CloseAppointmentInput,
  CreateAppointmentInput,
  HomeVisitProgressQuery,
  QuarterKey,
  RecordHomeVisitInput,
  RegPropertyQuery,
  RescheduleAppointmentInput,
  SaveHomeVisitAreaInput,
} from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import { IdParams, Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { organiserRoles, visitRoles } from './common.js';

const tags = ['home-visits'];
const Created = z.object({ id: z.number() });
/** Reads: any signed-in staff member of the property; the company role reads every property. */
const read = { access: 'signed-in' } as const;
const write = { access: visitRoles };

/** 家访 (S2 物业家访（临时）操作规程; DOMAIN.md §8). */
export const registerHomeVisitRoutes = (app: App, { homeVisits: hv }: Deps) => {
  app.post(
    '/api/home-visits/appointments',
    {
      config: write,
      schema: {
        tags,
        description:
          '电话预约家访（S2 家访 (二)1）：通话时间、所拨电话、接听业户、约定到访时间、家访人员（默认本人）',
        body: CreateAppointmentInput,
        response: { 200: Created },
      },
    },
    async (req) => hv.appointments.create(requireActor(req), req.body),
  );
  app.get(
    '/api/home-visits/appointments',
    {
      config: read,
      schema: { tags, description: '家访预约列表（按状态、按季度）', querystring: AppointmentListQuery },
    },
    async (req) => hv.appointments.list(requireActor(req), req.query),
  );
  app.post(
    '/api/home-visits/appointments/:id/reschedule',
    {
      config: write,
      schema: {
        tags,
        description: '改约：业户来电或回电另约时间，原时间与原因记入历史',
        params: IdParams,
        body: RescheduleAppointmentInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await hv.appointments.reschedule(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/home-visits/appointments/:id/close',
    {
      config: write,
      schema: {
        tags,
        description: '结束预约而不家访：未遇（notHome）或取消（cancel），须写原因',
        params: IdParams,
        body: CloseAppointmentInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await hv.appointments.close(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.post(
    '/api/home-visits/appointments/:id/visit',
    {
      config: write,
      schema: {
        tags,
        description: '填写家访记录（每个预约一份）；登门前须整理仪容仪表（S2 家访 (二)2）',
        params: IdParams,
        body: RecordHomeVisitInput,
        response: { 200: Created },
      },
    },
    async (req) => hv.visits.record(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/home-visits/appointments/:id/history',
    { config: read, schema: { tags, description: '预约的历史（改约、未遇、取消）', params: IdParams } },
    async (req) => hv.visits.history(requireActor(req), 'homeVisitAppointment', req.params.id),
  );
  app.get(
    '/api/home-visits/visits',
    {
      config: read,
      schema: {
        tags,
        description: '某季度的家访记录（默认本季度）',
        querystring: RegPropertyQuery.extend({ quarter: QuarterKey.optional() }),
      },
    },
    async (req) => hv.visits.list(requireActor(req), req.query),
  );
  app.get(
    '/api/home-visits/visits/:id',
    { config: read, schema: { tags, description: '家访记录', params: IdParams } },
    async (req) => hv.visits.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/api/home-visits/visits/:id/amendments',
    {
      config: write,
      schema: {
        tags,
        description: '更正家访记录（保留原值、原因、更正人和时间；S4 4.3）',
        params: IdParams,
        body: AmendHomeVisitInput,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await hv.visits.amend(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.get(
    '/api/home-visits/visits/:id/history',
    { config: read, schema: { tags, description: '家访记录的历史', params: IdParams } },
    async (req) => hv.visits.history(requireActor(req), 'homeVisit', req.params.id),
  );
  app.get(
    '/api/home-visits/progress',
    {
      config: read,
      schema: {
        tags,
        description: '季度家访进度：每个苑区已家访户数对照目标（S2 家访 (一)2 每季度每个苑区不少于20户）',
        querystring: HomeVisitProgressQuery,
      },
    },
    async (req) => hv.progress(requireActor(req), req.query),
  );
  app.get(
    '/api/home-visits/areas',
    { config: read, schema: { tags, description: '苑区（楼栋分组）', querystring: RegPropertyQuery } },
    async (req) => hv.areas.list(requireActor(req), req.query.propertyId),
  );
  app.post(
    '/api/home-visits/areas',
    {
      config: { access: organiserRoles },
      schema: {
        tags,
        description: '划分苑区（客服主管、管理处主任）；一栋楼只属于一个苑区',
        body: SaveHomeVisitAreaInput,
        response: { 200: Created },
      },
    },
    async (req) => hv.areas.create(requireActor(req), req.body),
  );
  app.put(
    '/api/home-visits/areas/:id',
    {
      config: { access: organiserRoles },
      schema: { tags, params: IdParams, body: SaveHomeVisitAreaInput, response: { 200: Ok } },
    },
    async (req) => {
      await hv.areas.update(requireActor(req), req.params.id, req.body);
      return ok;
    },
  );
  app.delete(
    '/api/home-visits/areas/:id',
    {
      config: { access: organiserRoles },
      schema: { tags, description: '删除苑区（家访记录不受影响）', params: IdParams, response: { 200: Ok } },
    },
    async (req) => {
      await hv.areas.remove(requireActor(req), req.params.id);
      return ok;
    },
  );
};
