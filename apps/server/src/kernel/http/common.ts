import { z } from 'zod';

export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export const Ok = z.object({ ok: z.literal(true) });
export const ok = { ok: true as const };
