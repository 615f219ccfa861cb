import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ApiClient } from './helpers';

type Person = { personId: number; name: string; relation: string; phones: string[] };
type RoomPage = {
  room: { id: number; label: string };
  current: Person[];
  arrears: { monthsOwed: number; amountCents: number } | null;
};
type RoomRow = { id: number; label: string; arrears: { monthsOwed: number } | null };

export type DemoRoom = {
  id: number;
  label: string;
  owner: Person;
  tenant: Person | null;
  monthsOwed: number;
};

/** Rooms of the demo estate owing fees, read through the archive API. */
const owingRooms = async (api: ApiClient, propertyId: number) => {
  const buildings = await api.get<{ id: number }[]>(`/api/archive/properties/${propertyId}/buildings`);
  const out: RoomRow[] = [];
  for (const b of buildings)
    out.push(
      ...(
        await api.get<{ items: RoomRow[] }>(`/api/archive/buildings/${b.id}/rooms?filter=arrears&pageSize=50`)
      ).items,
    );
  return out;
};

/** A room owing fees whose owner has a phone on file, with a tenant when `withTenant`. */
export const findOwingRoom = async (
  api: ApiClient,
  propertyId: number,
  opts: { withTenant: boolean; minMonths?: number; skip?: number[] },
): Promise<DemoRoom> => {
  for (const r of await owingRooms(api, propertyId)) {
    if (opts.skip?.includes(r.id) || (r.arrears?.monthsOwed ?? 0) < (opts.minMonths ?? 1)) continue;
    const page = await api.get<RoomPage>(`/api/archive/rooms/${r.id}`);
    const owner = page.current.find((p) => p.relation === 'owner' && p.phones.length > 0);
    const tenant = page.current.find((p) => p.relation === 'tenant') ?? null;
    if (!owner || (opts.withTenant && !tenant)) continue;
    return { id: r.id, label: r.label, owner, tenant, monthsOwed: page.arrears?.monthsOwed ?? 0 };
  }
  throw new Error('no demo room owing fees with the wanted occupants');
};

/** Picks a room in a RoomPicker by typing its label into the lookup. */
export const pickRoom = async (page: Page, input: Locator, label: string) => {
  await input.click();
  await input.fill(label);
  const option = page.locator('.ant-select-item-option').filter({ hasText: label }).first();
  await expect(option).toBeVisible();
  await option.click();
};

/** Pages in a PDF file: each page object is `/Type /Page` (the tree is `/Type /Pages`). */
export const pdfPageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

export const savePdf = (name: string, pdf: Buffer) => {
  const dir = path.resolve(import.meta.dirname, '..', 'test-results', 'screens');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), pdf);
};

/** The topmost dialog (a form modal, or the question it asks). */
export const dialog = (page: Page) => page.getByRole('dialog').last();

/** Answers the 请确认 question an irreversible entry asks first. */
export const confirmAsk = (page: Page, button: RegExp | string) =>
  page.getByRole('dialog').filter({ hasText: '请确认' }).getByRole('button', { name: button }).click();
