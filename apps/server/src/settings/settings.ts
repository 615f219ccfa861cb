import { type SettingKey, settingDefaults } from '@propdesk/domain';
import type { Executor } from '../history/history.js';
import type { Clock } from '../kernel/clock.js';

export type Settings = { [K in SettingKey]: number };

/** A property's settings, defaults filled in. */
export const readSettings = async (db: Executor, propertyId: number): Promise<Settings> => {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('propertyId', '=', propertyId)
    .execute();
  const out: Settings = { ...settingDefaults };
  for (const r of rows) if (r.key in out) out[r.key as SettingKey] = Number(r.value);
  return out;
};

export const writeSetting = async (
  db: Executor,
  clock: Clock,
  propertyId: number,
  key: SettingKey,
  value: number,
) => {
  await db
    .insertInto('settings')
    .values({ propertyId, key, value: String(value), updatedAt: clock.now().toISOString() })
    .onConflict((oc) =>
      oc
        .columns(['propertyId', 'key'])
        .doUpdateSet({ value: String(value), updatedAt: clock.now().toISOString() }),
    )
    .execute();
};

/** The next number of a gap-free counter (case numbers per day, letter serials per year). */
export const nextSerial = async (db: Executor, propertyId: number, name: string, period: string) => {
  const [row] = await db
    .insertInto('serials')
    .values({ propertyId, name, period, value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['propertyId', 'name', 'period'])
        .doUpdateSet((eb) => ({ value: eb('serials.value', '+', 1) })),
    )
    .returning('value')
    .execute();
  return row!.value;
};
