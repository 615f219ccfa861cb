/**
 * Deterministic made-up residents for the demo data and the benchmark: a seeded PRNG, common
 * Chinese names, plausible mobile numbers and resident ID numbers. Never Math.random.
 */

/** mulberry32: small, fast, good enough for made-up data; the same seed gives the same data. */
export const createRng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    /** Integer in [min, max]. */
    between: (min: number, max: number) => min + int(max - min + 1),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[int(list.length)]!,
    digits: (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) s += String(int(10));
      return s;
    },
  };
};
export type Rng = ReturnType<typeof createRng>;

/** Surnames roughly by frequency: the first ones are picked far more often. */
const SURNAMES = [
  '王李张刘陈杨黄赵吴周',
  '徐孙马朱胡郭何高林罗',
  '郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈',
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
].map((s) => [...s]);
const COMPOUND = ['欧阳', '司马', '上官', '诸葛'];

const MALE_ONE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳峰亮成东'];
const FEMALE_ONE = [...'芳娜敏静丽艳娟霞婷雪慧颖琳倩洁燕玲萍红梅莉兰琴蓉'];
const MALE_TWO = [
  '建国',
  '建华',
  '志强',
  '志明',
  '海涛',
  '晓东',
  '国强',
  '文博',
  '子轩',
  '浩然',
  '宇轩',
  '俊杰',
  '建军',
  '永刚',
  '德华',
  '振宇',
  '家豪',
  '嘉诚',
  '宏伟',
  '明辉',
  '一鸣',
  '天佑',
  '思远',
  '博文',
];
const FEMALE_TWO = [
  '秀英',
  '桂英',
  '玉兰',
  '晓燕',
  '丽娟',
  '欣怡',
  '梓涵',
  '诗涵',
  '雨桐',
  '佳怡',
  '思琪',
  '美玲',
  '春梅',
  '海燕',
  '雅婷',
  '晓红',
  '淑珍',
  '慧敏',
  '静怡',
  '可欣',
  '梦瑶',
  '紫涵',
  '若曦',
  '晓梅',
];
const MIDDLE = [...'晓志建俊子思家嘉文明海宏雨佳欣梓浩一'];

export const chineseName = (rng: Rng, sex: 'm' | 'f' = rng.chance(0.5) ? 'm' : 'f') => {
  const r = rng.next();
  const tier = r < 0.45 ? 0 : r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
  const surname = rng.chance(0.004) ? rng.pick(COMPOUND) : rng.pick(SURNAMES[tier]!);
  const style = rng.next();
  if (style < 0.3) return surname + rng.pick(sex === 'm' ? MALE_ONE : FEMALE_ONE);
  if (style < 0.7) return surname + rng.pick(sex === 'm' ? MALE_TWO : FEMALE_TWO);
  return surname + rng.pick(MIDDLE) + rng.pick(sex === 'm' ? MALE_ONE : FEMALE_ONE);
};

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '173',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];

/** An 11-digit mainland mobile number: 1[3-9]x + 8 digits. */
export const mobileNumber = (rng: Rng) => rng.pick(MOBILE_PREFIXES) + rng.digits(8);

/** A Guangzhou landline with area code, as digits: 020 + 8 digits. */
export const landlineNumber = (rng: Rng) => `020${rng.pick(['8', '3', '2'])}${rng.digits(7)}`;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const AREAS = [
  '440103',
  '440104',
  '440105',
  '440106',
  '440111',
  '440112',
  '440113',
  '430102',
  '360102',
  '450103',
];

/** A resident ID with a valid check character (only its masked form is ever stored). */
export const residentId = (rng: Rng) => {
  const y = rng.between(1945, 2005);
  const m = String(rng.between(1, 12)).padStart(2, '0');
  const d = String(rng.between(1, 28)).padStart(2, '0');
  const body = `${rng.pick(AREAS)}${y}${m}${d}${rng.digits(3)}`;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11]!;
};

/** A date between two ISO dates (inclusive), as YYYY-MM-DD. */
export const dateBetween = (rng: Rng, from: string, to: string) => {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + rng.int(Math.max(1, Math.floor((b - a) / 86_400_000) + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
};
