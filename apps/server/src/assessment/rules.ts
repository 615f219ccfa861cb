import {
  type AssessmentRule,
  type AssessmentRuleView,
  type AutoRuleKind,
  assessmentRuleDefaults,
  effectiveRules,
  type SetAssessmentRulesInput,
} from '@propdesk/domain';
import { appendEvent, type Executor } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/database.js';
import type { Actor } from '../kernel/http/actor.js';
import { propertyFor } from './repo.js';

/** The rules stored for a property (kinds not stored use their defaults). */
export const storedRules = async (db: Executor, propertyId: number): Promise<AssessmentRule[]> =>
  (
    await db
      .selectFrom('assessmentRules')
      .select(['kind', 'points', 'isActive'])
      .where('propertyId', '=', propertyId)
      .execute()
  ).map((r) => ({ kind: r.kind as AutoRuleKind, points: r.points, isActive: r.isActive === 1 }));

const view = (rules: AssessmentRule[]): AssessmentRuleView[] =>
  rules.map((r) => {
    const d = assessmentRuleDefaults[r.kind];
    return { ...r, label: d.label, direction: d.direction, clause: d.clause, defaultPoints: d.points };
  });

/** Rules and point values of the automatic items, set by the admin per property (issue 8 item 2). */
export const createAssessmentRules = ({ db, clock }: { db: Db; clock: Clock }) => ({
  get: async (actor: Actor, propertyId: number) => {
    await propertyFor(db, actor, propertyId, 'read');
    return view(effectiveRules(await storedRules(db, propertyId)));
  },

  set: async (actor: Actor, input: SetAssessmentRulesInput) => {
    await propertyFor(db, actor, input.propertyId, 'write');
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const before = effectiveRules(await storedRules(trx, input.propertyId));
      for (const r of input.rules)
        await trx
          .insertInto('assessmentRules')
          .values({
            propertyId: input.propertyId,
            kind: r.kind,
            points: r.points,
            isActive: r.isActive ? 1 : 0,
            updatedBy: actor.id,
            updatedAt: now,
          })
          .onConflict((oc) =>
            oc.columns(['propertyId', 'kind']).doUpdateSet({
              points: r.points,
              isActive: r.isActive ? 1 : 0,
              updatedBy: actor.id,
              updatedAt: now,
            }),
          )
          .execute();
      await appendEvent(trx, clock, {
        entityType: 'assessment-rules',
        entityId: input.propertyId,
        propertyId: input.propertyId,
        actorId: actor.id,
        action: 'updated',
        data: { before, after: effectiveRules(await storedRules(trx, input.propertyId)) },
        reason: input.reason ?? null,
      });
    });
    return view(effectiveRules(await storedRules(db, input.propertyId)));
  },
});
