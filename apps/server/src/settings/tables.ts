export type SettingsTables = {
  settings: { propertyId: number; key: string; value: string; updatedAt: string };
  /** Gap-free counters: case numbers per day, letter serials per year, … */
  serials: { propertyId: number; name: string; period: string; value: number };
};
