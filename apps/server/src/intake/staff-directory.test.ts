import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { type IntakeFixture, intakeFixture } from './intake-fixture.js';

let ctx: TestContext;
let f: IntakeFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await intakeFixture(ctx);
});
afterAll(async () => ctx.close());

type Row = { id: number; name: string; departmentName: string | null; roles: string[] };

describe('staff directory for the desk (S0 3.3.3 praise, S1 服务上移, S0 3.1.3 messages)', () => {
  it('lists the active staff of the property with department and roles, and nothing private', async () => {
    const res = await f.desk.get(`/api/desk/staff?propertyId=${f.propertyId}`);
    expect(res.status).toBe(200);
    const rows = res.body as Row[];
    const engineer = rows.find((r) => r.id === f.engineer.id);
    expect(engineer).toMatchObject({ departmentName: '工程部', roles: ['dept_staff'] });
    expect(rows.find((r) => r.id === f.supervisor.id)?.roles).toEqual(['supervisor']);
    expect(Object.keys(engineer!).sort()).toEqual(['departmentId', 'departmentName', 'id', 'name', 'roles']);
  });

  it("another property's staff list is a 404 for a receptionist who does not serve it", async () => {
    const other = await ctx.property();
    const res = await f.desk.get(`/api/desk/staff?propertyId=${other}`);
    expect(res.status).toBe(404);
  });

  it('a missing property id is a validation error, not a 500', async () => {
    const res = await f.desk.get('/api/desk/staff');
    expect(res.status).toBe(400);
  });
});
