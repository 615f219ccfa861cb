import { settingDefaults, settingKeys, settingLabels, settingLimits } from '@propdesk/domain';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { appendEvent } from '../history/history.js';
import { AppError } from '../kernel/errors.js';
import { requireActor } from '../kernel/http/access.js';
import { assertPropertyAccess } from '../kernel/http/actor.js';
import { Ok, ok } from '../kernel/http/common.js';
import type { App } from '../kernel/http/types.js';
import { readSettings, writeSetting } from './settings.js';

const tags = ['admin'];
const PropertyQuery = z.object({ propertyId: z.coerce.number().int().positive() });
const SettingKey = z.enum(settingKeys as [string, ...string[]]);

export const registerSettingsRoutes = (app: App, { db, clock }: Deps) => {
  app.get(
    '/api/settings',
    {
      config: { access: 'signed-in' },
      schema: { tags, description: '项目参数（时限等）', querystring: PropertyQuery },
    },
    async (req) => {
      assertPropertyAccess(requireActor(req), req.query.propertyId, 'read', '项目');
      const values = await readSettings(db, req.query.propertyId);
      return settingKeys.map((key) => ({
        key,
        label: settingLabels[key],
        value: values[key],
        default: settingDefaults[key],
      }));
    },
  );

  app.put(
    '/api/admin/settings',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        body: z.object({
          propertyId: z.number().int().positive(),
          key: SettingKey,
          value: z.number().min(0).max(100_000),
        }),
        response: { 200: Ok },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { propertyId, key, value } = req.body;
      assertPropertyAccess(actor, propertyId, 'write', '项目');
      const limit = settingLimits[key as keyof typeof settingDefaults];
      if (limit && (value < limit.min || value > limit.max)) {
        const message = `该参数的取值范围为 ${limit.min}–${limit.max}`;
        throw new AppError('VALIDATION_FAILED', { message, details: [{ field: 'value', message }] });
      }
      const before = (await readSettings(db, propertyId))[key as keyof typeof settingDefaults];
      await db.transaction().execute(async (trx) => {
        await writeSetting(trx, clock, propertyId, key as keyof typeof settingDefaults, value);
        await appendEvent(trx, clock, {
          entityType: 'property',
          entityId: propertyId,
          propertyId,
          actorId: actor.id,
          action: 'setting-changed',
          data: { key, before, after: value },
        });
      });
      return ok;
    },
  );
};
