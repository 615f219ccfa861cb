import { z } from 'zod';

/** DOMAIN.md §1 */
export const roles = [
  'receptionist',
  'assistant',
  'supervisor',
  'manager',
  'dept_staff',
  'gate_guard',
  'admin',
  'company',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const roleLabels: Record<Role, string> = {
  receptionist: '前台接待员',
  assistant: '客服助理',
  supervisor: '客服主管',
  manager: '客户服务部经理',
  dept_staff: '部门员工',
  gate_guard: '门岗',
  admin: '系统管理员',
  company: '公司客服中心',
};

export const departmentKinds = [
  'service',
  'engineering',
  'security',
  'cleaning',
  'greening',
  'finance',
  'admin',
] as const;
export const DepartmentKind = z.enum(departmentKinds);
export type DepartmentKind = z.infer<typeof DepartmentKind>;
export const departmentKindLabels: Record<DepartmentKind, string> = {
  service: '客户服务中心',
  engineering: '工程部',
  security: '秩序维护部',
  cleaning: '保洁部',
  greening: '绿化部',
  finance: '财务部',
  admin: '行政部',
};
