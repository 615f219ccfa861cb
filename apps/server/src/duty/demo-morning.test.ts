import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/harness.js';
import { seedDemo } from '../seed/demo.js';
import { seedDemoDuty } from '../seed/demo-duty.js';

/**
 * `npm start` seeds the demo at whatever minute it is first run, and the duty seed works the
 * shifts already begun through the real services, whose rules depend on the time of day. The
 * seed once failed between the night shift's end (08:00) and the morning desk (08:20).
 */
const moments = [
  '2026-11-22T23:50:00.000Z', // Mon 07:50 Shanghai: the night shift's last minutes
  '2026-11-23T00:10:00.000Z', // Mon 08:10: the night is over, the morning desk not begun
  '2026-11-23T00:25:00.000Z', // Mon 08:25: the morning desk has begun
  '2026-11-21T00:30:00.000Z', // Sat 08:30: the weekend desk starts at 09:00
  '2026-11-23T04:05:00.000Z', // Mon 12:05: between the two desk periods
  '2026-11-23T10:05:00.000Z', // Mon 18:05: between the desk and the night shift
  '2026-11-23T15:59:00.000Z', // Mon 23:59
];

describe('the demo seeds at any minute (npm start on first run)', () => {
  it.each(moments)('seeds the duty month at %s', async (start) => {
    const ctx = await createTestContext({ start });
    try {
      await expect(seedDemo(ctx.deps, [seedDemoDuty])).resolves.toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it('between the night shift’s end and the morning desk’s start the night person is still there to hand over (S3 篇三)', async () => {
    const ctx = await createTestContext({ start: '2026-11-23T00:10:00.000Z' });
    try {
      await seedDemo(ctx.deps, [seedDemoDuty]);
      const night = await ctx.db
        .selectFrom('dutyAssignments')
        .innerJoin('dutyPosts', 'dutyPosts.id', 'dutyAssignments.postId')
        .innerJoin('properties', 'properties.id', 'dutyAssignments.propertyId')
        .select('dutyAssignments.id')
        .where('properties.code', '=', 'HY')
        .where('dutyPosts.kind', '=', 'night')
        .where('dutyAssignments.endsAt', '=', '2026-11-23T00:00:00.000Z')
        .executeTakeFirstOrThrow();
      const kinds = (
        await ctx.db.selectFrom('dutyClockings').select('kind').where('assignmentId', '=', night.id).execute()
      ).map((c) => c.kind);
      expect(kinds).toContain('in');
      expect(kinds).not.toContain('out');
    } finally {
      await ctx.close();
    }
  });
});
