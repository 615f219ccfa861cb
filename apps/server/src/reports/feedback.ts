import {
  type FeedbackBuildingCount,
  type FeedbackCase,
  type FeedbackReport,
  type FeedbackReportQuery,
  feedbackReport,
  periodInstants,
} from '@propdesk/domain';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { resolveScope } from './scope.js';

type Deps = { db: Db; clock: Clock };

/** 客户反映情况报告 (S4 4.4.5): the cases opened in a 1–2 month period, grouped by what was raised. */
export const feedbackReportOf = async (
  { db, clock }: Deps,
  actor: Actor,
  q: FeedbackReportQuery,
): Promise<FeedbackReport> => {
  const scope = await resolveScope(db, clock, actor, q);
  const cases: FeedbackCase[] = [];
  const buildings: FeedbackBuildingCount[] = [];
  const multi = scope.properties.length > 1;
  for (const p of scope.properties) {
    const { from, to } = periodInstants(scope.period, p.timezone);
    // The summaries for the themes; the buildings counted by the database.
    let summaries = db
      .selectFrom('cases')
      .select(['id', 'number', 'type', 'summary'])
      .where('propertyId', '=', p.id)
      .where('createdAt', '>=', from.toISOString())
      .where('createdAt', '<', to.toISOString());
    let places = db
      .selectFrom('cases')
      .innerJoin('rooms', 'rooms.id', 'cases.roomId')
      .innerJoin('buildings', 'buildings.id', 'rooms.buildingId')
      .select((eb) => ['cases.type', 'buildings.id', 'buildings.name', eb.fn.countAll<number>().as('n')])
      .where('cases.propertyId', '=', p.id)
      .where('cases.createdAt', '>=', from.toISOString())
      .where('cases.createdAt', '<', to.toISOString());
    if (scope.departmentId) {
      summaries = summaries.where('departmentId', '=', scope.departmentId);
      places = places.where('cases.departmentId', '=', scope.departmentId);
    }
    for (const c of await summaries.execute()) cases.push(c);
    for (const b of await places.groupBy(['cases.type', 'buildings.id', 'buildings.name']).execute())
      buildings.push({
        type: b.type,
        buildingId: b.id,
        // Buildings are per property: name them with the estate when several are reported.
        name: multi ? `${p.name} ${b.name}` : b.name,
        count: Number(b.n),
      });
  }
  return feedbackReport(scope.view, cases, buildings);
};
