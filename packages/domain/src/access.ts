import { z } from 'zod';
import { DepartmentKind, Role } from './roles.js';

export const SignInInput = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码').max(200),
    newPassword: z.string().min(8, '新密码至少 8 位').max(200),
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: '新密码不能与当前密码相同',
    path: ['newPassword'],
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const PropertyInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,32}$/, '项目编码为 2–32 位字母、数字、-、_'),
  name: z.string().trim().min(1, '请输入项目名称').max(100),
  timezone: z
    .string()
    .trim()
    .default('Asia/Shanghai')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, '时区无效'),
  address: z.string().trim().max(200).nullable().default(null),
  phone: z.string().trim().max(40).nullable().default(null),
});
export type PropertyInput = z.infer<typeof PropertyInput>;

export const DepartmentInput = z.object({
  propertyId: z.number().int().positive(),
  name: z.string().trim().min(1, '请输入部门名称').max(50),
  kind: DepartmentKind,
});
export type DepartmentInput = z.infer<typeof DepartmentInput>;

const staffFields = {
  name: z.string().trim().min(1, '请输入姓名').max(50),
  employeeNo: z.string().trim().min(1, '请输入工号').max(32),
  phone: z.string().trim().max(40).nullable().default(null),
  departmentId: z.number().int().positive().nullable().default(null),
  isDeptHead: z.boolean().default(false),
  certifiedForDuty: z.boolean().default(false),
  roles: z.array(Role).min(1, '至少选择一个角色'),
  propertyIds: z.array(z.number().int().positive()),
  active: z.boolean().default(true),
};

export const CreateStaffInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{3,32}$/, '用户名为 3–32 位小写字母、数字、_ . -'),
  password: z.string().min(8, '密码至少 8 位').max(200),
  ...staffFields,
});
export type CreateStaffInput = z.infer<typeof CreateStaffInput>;

export const UpdateStaffInput = z.object({ ...staffFields, reason: z.string().trim().max(200).optional() });
export type UpdateStaffInput = z.infer<typeof UpdateStaffInput>;

export const ResetPasswordInput = z.object({ password: z.string().min(8, '密码至少 8 位').max(200) });
