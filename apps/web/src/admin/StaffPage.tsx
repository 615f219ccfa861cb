import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { type Role, roleLabels } from '@propdesk/domain';
import { Alert, Button, Card, Empty, Input, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { type Staff, useAdminProperties, useDepartments, useStaffList } from './queries';
import { ResetPasswordButton } from './ResetPasswordButton';
import { StaffDrawer } from './StaffDrawer';

export const StaffPage = () => {
  const { t, lang } = useI18n();
  const staff = useStaffList();
  const properties = useAdminProperties();
  const departments = useDepartments();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);

  const propName = useMemo(
    () => new Map((properties.data ?? []).map((p) => [p.id, p.name])),
    [properties.data],
  );
  const deptName = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );
  const roleText = (r: Role) => (lang === 'en' ? r : roleLabels[r]);
  const q = search.trim().toLowerCase();
  const rows = (staff.data ?? []).filter(
    (s) => !q || [s.name, s.username, s.employeeNo, s.phone ?? ''].some((v) => v.toLowerCase().includes(q)),
  );

  return (
    <>
      <div className="pd-page-header">
        <h1>{t('nav.staff')}</h1>
        <Space>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('staff.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="staff-create"
          >
            {t('staff.create')}
          </Button>
        </Space>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {staff.isError ? (
          <Alert
            type="error"
            showIcon
            title={staff.error.message}
            action={<Button onClick={() => void staff.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<Staff>
            rowKey="id"
            size="middle"
            loading={staff.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={q ? t('staff.noMatch') : t('staff.empty')} /> }}
            columns={[
              { title: t('staff.employeeNo'), dataIndex: 'employeeNo', width: 90 },
              { title: t('staff.name'), dataIndex: 'name', width: 120 },
              { title: t('staff.username'), dataIndex: 'username', width: 120 },
              {
                title: t('staff.roles'),
                dataIndex: 'roles',
                render: (roles: Role[]) =>
                  roles.map((r) => (
                    <Tag key={r} color={r === 'admin' ? 'red' : 'blue'}>
                      {roleText(r)}
                    </Tag>
                  )),
              },
              {
                title: t('staff.properties'),
                dataIndex: 'propertyIds',
                render: (ids: number[]) => ids.map((id) => propName.get(id) ?? `#${id}`).join('、') || '—',
              },
              {
                title: t('staff.department'),
                dataIndex: 'departmentId',
                render: (id: number | null) => (id ? (deptName.get(id) ?? '—') : '—'),
              },
              {
                title: t('staff.certified'),
                dataIndex: 'certifiedForDuty',
                width: 90,
                render: (v: boolean) =>
                  v ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>,
              },
              {
                title: t('staff.status'),
                dataIndex: 'active',
                width: 80,
                render: (v: boolean) =>
                  v ? (
                    <Tag color="green">{t('staff.active')}</Tag>
                  ) : (
                    <Tag color="default">{t('staff.inactive')}</Tag>
                  ),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 170,
                render: (_v, s) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => setEditing(s)}>
                      {t('common.edit')}
                    </Button>
                    <ResetPasswordButton staff={s} />
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <StaffDrawer
        staff={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        properties={properties.data ?? []}
        departments={departments.data ?? []}
      />
    </>
  );
};
