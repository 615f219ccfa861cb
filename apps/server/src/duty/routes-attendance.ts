import { ClockInput, DutyDayQuery, DutyMonthQuery, DutyPropertyQuery, OnDutyQuery } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { requireActor } from '../kernel/http/access.js';
import type { App } from '../kernel/http/types.js';
import { dutyReaderRoles } from './access.js';

const tags = ['duty'];
const Fact = z.object({ kind: z.string(), minutes: z.number() });
const Clocked = z.object({ assignmentId: z.number(), at: z.string(), facts: z.array(Fact) });

/** Clock-in and out, attendance facts, attribution and workload (issue 7 items 3, 4). */
export const registerDutyAttendanceRoutes = (app: App, { duty }: Deps) => {
  app.post(
    '/api/duty/clock-in',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          '上班打卡（本人）：与排班比对，迟到、接班未提前 10 分钟到岗（S3 篇三）记为事实；不得代他人打卡',
        body: ClockInput,
        response: { 200: Clocked.extend({ startsAt: z.string(), endsAt: z.string() }) },
      },
    },
    async (req) => duty.attendance.clockIn(requireActor(req), req.body),
  );
  app.post(
    '/api/duty/clock-out',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '下班打卡（本人）：早退记为事实；有接班班次时须接班人签字交接后方可下岗（S3 篇三）',
        body: ClockInput,
        response: { 200: Clocked },
      },
    },
    async (req) => duty.attendance.clockOut(requireActor(req), req.body),
  );
  app.get(
    '/api/duty/my-shifts',
    {
      config: { access: 'signed-in' },
      schema: { tags, description: '本人前后两天的班次及打卡情况', querystring: DutyPropertyQuery },
    },
    async (req) => duty.attendance.mine(requireActor(req), req.query.propertyId),
  );
  app.get(
    '/api/duty/attendance',
    {
      config: { access: dutyReaderRoles },
      schema: {
        tags,
        description: '月考勤事实：迟到、早退、缺勤、接班未提前到岗（供考核使用）',
        querystring: DutyMonthQuery,
      },
    },
    async (req) => duty.attendance.facts(requireActor(req), req.query.propertyId, req.query.month),
  );
  app.get(
    '/api/duty/workload',
    {
      config: { access: dutyReaderRoles },
      schema: {
        tags,
        description:
          '每人每月值班工作量（S3 篇一 五.5）：值班次数、双休日值班（补贴按替班人计）、归属的来电来访数；案件跟进责任仍归首接人',
        querystring: DutyMonthQuery,
      },
    },
    async (req) => duty.workload.month(requireActor(req), req.query.propertyId, req.query.month),
  );
  app.get(
    '/api/duty/attribution',
    {
      config: { access: dutyReaderRoles },
      schema: { tags, description: '某日每次来电来访归属的班次与值班人员', querystring: DutyDayQuery },
    },
    async (req) => duty.workload.day(requireActor(req), req.query.propertyId, req.query.day),
  );
  app.get(
    '/api/duty/on-duty',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: '某时刻各岗位的当班人员（含替班；夜间访客登记由物业总值负责）',
        querystring: OnDutyQuery,
      },
    },
    async (req) => duty.workload.onDuty(requireActor(req), req.query.propertyId, req.query.at),
  );
};
