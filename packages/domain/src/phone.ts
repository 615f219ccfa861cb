/** The lookup searches by any run of this many digits of a phone number (issue 2 item 6). */
export const PHONE_GRAM = 4;

export const phoneDigits = (phone: string) => phone.replace(/\D/g, '');

/** Every distinct run of 4 digits in a phone number. */
export const phoneGrams = (phone: string): string[] => {
  const d = phoneDigits(phone);
  const out = new Set<string>();
  for (let i = 0; i + PHONE_GRAM <= d.length; i++) out.add(d.slice(i, i + PHONE_GRAM));
  return [...out];
};

/** Mainland mobile or a landline with area code; digits only after normalising. */
export const isPlausiblePhone = (phone: string) =>
  /^(1[3-9]\d{9}|0\d{9,11}|\d{7,8})$/.test(phoneDigits(phone));

/** Keeps the first 4 and last 4 characters of an ID number: 4401**********1234. */
export const maskIdNumber = (id: string) => {
  const s = id.trim().toUpperCase();
  if (s.length <= 8) return s.replace(/./g, '*');
  if (s.includes('*')) return s;
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
};
