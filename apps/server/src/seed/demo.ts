import type { Role } from '@propdesk/domain';
import { hashPassword } from '../access/password.js';
import type { Deps } from '../deps.js';
import { seedDemoArchive } from './demo-archive.js';
import { seedDemoIntake } from './demo-intake.js';

const PASSWORD = 'propdesk123';

type DemoUser = {
  username: string;
  name: string;
  roles: Role[];
  dept: string | null;
  head?: boolean;
  certified?: boolean;
  props: string[];
  label: string;
};

/** Demo staff: one for every role, with known passwords (printed by `npm start`). */
export const demoUsers: DemoUser[] = [
  {
    username: 'reception',
    name: '李晓燕',
    roles: ['receptionist'],
    dept: '客户服务中心',
    certified: true,
    props: ['HY'],
    label: '前台接待员 · 华苑小区',
  },
  {
    username: 'trainee',
    name: '周小雨',
    roles: ['receptionist'],
    dept: '客户服务中心',
    certified: false,
    props: ['HY'],
    label: '前台接待员（未独立上岗）· 华苑小区',
  },
  {
    username: 'assistant',
    name: '王丽',
    roles: ['assistant'],
    dept: '客户服务中心',
    certified: true,
    props: ['HY'],
    label: '客服助理 · 华苑小区',
  },
  {
    username: 'supervisor',
    name: '陈建国',
    roles: ['supervisor'],
    dept: '客户服务中心',
    certified: true,
    props: ['HY'],
    label: '客服主管 · 华苑小区',
  },
  {
    username: 'manager',
    name: '张伟',
    roles: ['manager'],
    dept: '客户服务中心',
    certified: true,
    props: ['HY', 'JH'],
    label: '管理处主任 · 两个小区',
  },
  {
    username: 'engineer',
    name: '刘强',
    roles: ['dept_staff'],
    dept: '工程部',
    props: ['HY'],
    label: '工程部维修工 · 华苑小区',
  },
  {
    username: 'eng.head',
    name: '赵志刚',
    roles: ['dept_staff'],
    dept: '工程部',
    head: true,
    props: ['HY'],
    label: '工程主管 · 华苑小区',
  },
  {
    username: 'guard',
    name: '孙浩',
    roles: ['gate_guard'],
    dept: '秩序维护部',
    props: ['HY'],
    label: '门岗 · 华苑小区',
  },
  {
    username: 'reception2',
    name: '吴佳琪',
    roles: ['receptionist'],
    dept: '客户服务中心',
    certified: true,
    props: ['JH'],
    label: '前台接待员 · 锦华苑',
  },
  {
    username: 'admin',
    name: '系统管理员',
    roles: ['admin'],
    dept: null,
    props: ['HY', 'JH'],
    label: '系统管理员',
  },
  {
    username: 'company',
    name: '品质部 郑敏',
    roles: ['company'],
    dept: null,
    props: [],
    label: '公司客服中心（只读全部项目）',
  },
];

export const demoLogins = { password: PASSWORD, users: demoUsers };

export const demoProperties = [
  {
    code: 'HY',
    name: '华苑小区',
    timezone: 'Asia/Shanghai',
    address: '华苑路 88 号',
    phone: '020-8888 6600',
  },
  {
    code: 'JH',
    name: '锦华苑',
    timezone: 'Asia/Shanghai',
    address: '锦华大道 16 号',
    phone: '020-8888 7700',
  },
];

const departments = [
  ['客户服务中心', 'service'],
  ['工程部', 'engineering'],
  ['秩序维护部', 'security'],
  ['保洁部', 'cleaning'],
  ['绿化部', 'greening'],
  ['财务部', 'finance'],
  ['行政部', 'admin'],
] as const;

/** Extra demo data from later features, each seeding its own records after the base. */
export type DemoSeeder = (
  deps: Deps,
  ctx: { propertyIds: Record<string, number>; staffIds: Record<string, number> },
) => Promise<void>;
const seeders: DemoSeeder[] = [seedDemoArchive, seedDemoIntake];
export const registerDemoSeeder = (s: DemoSeeder) => seeders.push(s);

/** Seeds demo data on the first start only; returns whether it did. */
export const seedDemo = async (deps: Deps, extra: DemoSeeder[] = seeders): Promise<boolean> => {
  const { db, clock } = deps;
  const existing = await db.selectFrom('properties').select('id').limit(1).execute();
  if (existing.length) return false;
  const now = clock.now().toISOString();
  const passwordHash = await hashPassword(PASSWORD);
  const propertyIds: Record<string, number> = {};
  const staffIds: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    const deptIds: Record<string, number> = {};
    for (const p of demoProperties) {
      const [row] = await trx
        .insertInto('properties')
        .values({ ...p, createdAt: now })
        .returning('id')
        .execute();
      propertyIds[p.code] = row!.id;
      for (const [name, kind] of departments) {
        const [d] = await trx
          .insertInto('departments')
          .values({ propertyId: row!.id, name, kind, createdAt: now })
          .returning('id')
          .execute();
        deptIds[`${p.code}:${name}`] = d!.id;
      }
    }
    let n = 1;
    for (const u of demoUsers) {
      const home = u.props[0] ?? 'HY';
      const [row] = await trx
        .insertInto('staff')
        .values({
          username: u.username,
          passwordHash,
          name: u.name,
          employeeNo: `E${String(n++).padStart(4, '0')}`,
          phone: `1380000${String(1000 + n).slice(-4)}`,
          departmentId: u.dept ? (deptIds[`${home}:${u.dept}`] ?? null) : null,
          isDeptHead: u.head ? 1 : 0,
          certifiedForDuty: u.certified ? 1 : 0,
          active: 1,
          locale: 'zh-CN',
          createdAt: now,
        })
        .returning('id')
        .execute();
      staffIds[u.username] = row!.id;
      for (const role of u.roles)
        await trx.insertInto('staffRoles').values({ staffId: row!.id, role }).execute();
      for (const p of u.props)
        await trx
          .insertInto('staffProperties')
          .values({ staffId: row!.id, propertyId: propertyIds[p]! })
          .execute();
    }
  });
  for (const s of extra) await s(deps, { propertyIds, staffIds });
  return true;
};
