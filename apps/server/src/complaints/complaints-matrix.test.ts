import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestContext, type Reply, type TestContext } from '../../test/harness.js';
import { type ComplaintFixture, complaintFixture } from './complaints-fixture.js';

/**
 * Issue 5 item 3, every cell over HTTP: the roles with ✔ succeed, every other role gets 403.
 * "responsible dept staff" is a dept_staff member of the department the complaint was passed
 * to; a dept_staff member of another department is one of the "other roles".
 */
let ctx: TestContext;
let f: ComplaintFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await complaintFixture(ctx);
});
afterAll(async () => ctx.close());

const columns = [
  'receptionist',
  'assistant',
  'supervisor',
  'manager',
  'responsibleDeptStaff',
  'otherDeptStaff',
  'company',
  'gate_guard',
  'admin',
] as const;
type Column = (typeof columns)[number];
const client = (c: Column): Client =>
  ({
    receptionist: f.desk,
    assistant: f.assistantClient,
    supervisor: f.supervisorClient,
    manager: f.managerClient,
    responsibleDeptStaff: f.engineerClient,
    otherDeptStaff: f.clerkClient,
    company: f.company,
    gate_guard: f.guard,
    admin: f.admin,
  })[c];

/** A complaint registered as a plain contact: no apology recorded yet. */
const viaContact = async () => {
  const res = await f.desk.post(
    '/api/contacts',
    f.contact({ type: 'complaint', summary: '保安态度恶劣', resolution: { mode: 'complaint' } }),
  );
  expect(res.status).toBe(200);
  return res.body.caseId as number;
};
const complaintLetter = async () => {
  const res = await f.desk.post('/api/letters', {
    propertyId: f.propertyId,
    idempotencyKey: randomUUID(),
    letterClass: 'complaint',
    sender: '王建华',
    senderPhone: '13912345678',
    roomId: f.roomId,
    receivedDate: '2026-11-20',
    summary: '来信投诉物业费上涨未公示',
  });
  expect(res.status).toBe(200);
  return res.body.letterId as number;
};

type Cell = {
  action: string;
  allowed: Column[];
  prepare: () => Promise<number>;
  send: (c: Client, id: number) => Promise<Reply>;
};
const cells: Cell[] = [
  {
    action: 'register a complaint',
    allowed: ['receptionist', 'assistant', 'supervisor', 'manager'],
    prepare: async () => 0,
    send: (c) => c.post('/api/complaints', f.body()),
  },
  {
    action: 'record the apology or thanks',
    allowed: ['receptionist', 'assistant', 'supervisor', 'manager'],
    prepare: viaContact,
    send: (c, id) => c.post(`/api/complaints/${id}/acknowledgement`, { kind: 'apology', note: '当面致歉' }),
  },
  {
    action: 'decide on a complaint letter',
    allowed: ['assistant', 'supervisor', 'manager'],
    prepare: complaintLetter,
    send: (c, id) => c.post(`/api/letters/${id}/decision`, { decision: 'open' }),
  },
  {
    action: 'confirm or change the severity',
    allowed: ['supervisor', 'manager'],
    prepare: () => f.at('received'),
    send: (c, id) =>
      c.post(`/api/complaints/${id}/severity`, {
        severity: 'important',
        reason: '客户情绪激动，涉及服务承诺',
      }),
  },
  {
    action: 'sign',
    allowed: ['manager'],
    prepare: () => f.at('confirmed'),
    send: (c, id) => c.post(`/api/complaints/${id}/sign`, { departmentId: f.engineering }),
  },
  {
    action: 'write the department reply',
    allowed: ['responsibleDeptStaff'],
    prepare: () => f.at('referred'),
    send: (c, id) =>
      c.post(`/api/complaints/${id}/replies`, { facts: '经查属实', finding: 'ours', measures: '已整改' }),
  },
  {
    action: 'verify',
    allowed: ['supervisor', 'manager'],
    prepare: () => f.at('informed'),
    send: (c, id) => c.post(`/api/complaints/${id}/verify`, { passed: true, note: '复核合格' }),
  },
  {
    action: 'return visit',
    allowed: ['supervisor', 'manager'],
    prepare: () => f.at('verified'),
    send: (c, id) =>
      c.post(`/api/complaints/${id}/return-visit`, {
        method: 'phone',
        opinion: '满意',
        satisfaction: 'satisfied',
      }),
  },
  {
    action: 'skip the return visit',
    allowed: ['supervisor', 'manager'],
    prepare: () => f.at('verified'),
    send: (c, id) =>
      c.post(`/api/complaints/${id}/return-visit-skip`, {
        reason: 'sensitive',
        note: '涉及邻里纠纷，不便回访',
      }),
  },
  {
    action: 'mark as typical case and write the analysis',
    allowed: ['supervisor', 'manager', 'company'],
    prepare: () => f.at('received'),
    send: (c, id) =>
      c.post(`/api/complaints/${id}/typical`, {
        cause: '维修排班未考虑急修',
        lesson: '预约时间冲突时提前致电客户',
      }),
  },
  {
    // Not in the table: telling the customer the result is desk work (our reading).
    action: 'tell the customer the result (desk roles)',
    allowed: ['receptionist', 'assistant', 'supervisor', 'manager'],
    prepare: () => f.at('replied'),
    send: (c, id) => c.post(`/api/complaints/${id}/inform`, { method: 'phone', note: '已告知' }),
  },
];

for (const cell of cells) {
  describe(`issue 5 item 3: ${cell.action}`, () => {
    let shared: number | undefined;
    for (const col of columns) {
      const isAllowed = cell.allowed.includes(col);
      it(`${col} ${isAllowed ? 'may' : 'may not (403)'}`, async () => {
        if (isAllowed) {
          const res = await cell.send(client(col), await cell.prepare());
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          return;
        }
        shared ??= await cell.prepare();
        const before = shared ? (await f.detail(shared)).timeline?.length : undefined;
        const res = await cell.send(client(col), shared);
        expect(res.status, JSON.stringify(res.body)).toBe(403);
        if (before !== undefined && cell.action !== 'decide on a complaint letter')
          expect((await f.detail(shared)).timeline.length).toBe(before);
      });
    }
  });
}

describe('property scope (DOMAIN.md §1)', () => {
  it("another property's supervisor gets 404 for a complaint, not 403", async () => {
    const id = await f.at('received');
    const other = await ctx.as(['supervisor'], [await ctx.property()]);
    expect((await other.get(`/api/complaints/${id}`)).status).toBe(404);
    expect((await other.post(`/api/complaints/${id}/severity`, { severity: 'ordinary' })).status).toBe(404);
  });
  it('the company role reads every property’s complaints', async () => {
    const id = await f.at('received');
    expect((await f.company.get(`/api/complaints/${id}`)).status).toBe(200);
  });
});
