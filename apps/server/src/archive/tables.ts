import type { Generated } from 'kysely';

export type ArchiveTables = {
  buildings: { id: Generated<number>; propertyId: number; code: string; name: string };
  units: { id: Generated<number>; propertyId: number; buildingId: number; code: string; name: string };
  rooms: {
    id: Generated<number>;
    propertyId: number;
    buildingId: number;
    unitId: number | null;
    /** Canonical code `3-2-501`; `label` is `3栋2单元501`. */
    code: string;
    label: string;
    floor: number | null;
    areaM2: number | null;
    createdAt: string;
  };
  people: {
    id: Generated<number>;
    propertyId: number;
    name: string;
    /** Only the masked form is kept, e.g. 4401**********1234. */
    idNumberMasked: string | null;
    note: string | null;
    createdAt: string;
  };
  personPhones: { id: Generated<number>; propertyId: number; personId: number; phone: string };
  /** Every 4-digit run of every phone: the lookup index, same on both databases. */
  phoneGrams: {
    propertyId: number;
    gram: string;
    phoneId: number;
    /** 1 when the gram is the phone's last 4 digits: tail matches are found first, by index. */
    tail: Generated<number>;
  };
  /** Every 2-character run of every name: the "contains" name lookup index (nameGrams). */
  nameGrams: { propertyId: number; gram: string; personId: number };
  occupancies: {
    id: Generated<number>;
    propertyId: number;
    roomId: number;
    personId: number;
    /** owner | tenant | family */
    relation: string;
    /** move_in | transfer | import */
    startKind: string;
    startDate: string;
    endDate: string | null;
    /** move_out | transfer */
    endKind: string | null;
    createdAt: string;
  };
  arrears: {
    roomId: number;
    propertyId: number;
    monthsOwed: number;
    amountCents: number;
    asOf: string;
    updatedAt: string;
  };
};
