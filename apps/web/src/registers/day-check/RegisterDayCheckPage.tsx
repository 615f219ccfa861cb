import { CheckCircleOutlined } from '@ant-design/icons';
import { ConfirmRegisterDayInput, type RegisterGap, type RegisterKind } from '@propdesk/domain';
import { Alert, Button, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { DateField } from '../../lib/DateField';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime, today } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegPost } from '../mutations';
import { useRegisterDayCheck } from '../queries';
import { seniorRoles } from '../roles';
import '../registers.css';

/** Where the desk settles each kind of gap. */
const pageOf: Record<RegisterKind, (id: number) => string> = {
  keySet: () => '/registers/keys?tab=sets',
  keyLoan: () => '/registers/keys?tab=dayEnd',
  mailItem: () => '/registers/mail',
  deskPayment: () => '/registers/payments',
  releaseSlip: (id) => `/registers/release-slips/${id}`,
  visitor: () => '/registers/visitors',
  accessPass: () => '/registers/passes',
  renovation: (id) => `/registers/renovations/${id}`,
  moveRegistration: () => '/registers/moves',
  notice: () => '/registers/notices',
};

type Row = RegisterGap & { key: string };

/** 下班前检查 (S3 篇九 4.1.6): the registers' entries still incomplete; the supervisor confirms the check. */
export const RegisterDayCheckPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [day, setDay] = useState<string | null>(null);
  const check = useRegisterDayCheck(propertyId, day);
  const [isConfirming, setConfirming] = useState(false);
  const confirm = useRegPost<ConfirmRegisterDayInput, { openGaps: number }>(
    '/api/registers/day-check/confirm',
  );
  const d = check.data;
  const rows = { ...check, data: d?.gaps.map((g) => ({ ...g, key: `${g.register}-${g.id}`, id: g.id })) };

  return (
    <div data-testid="reg-day-check">
      <div className="pd-page-header">
        <h1>{t('reg.day.title')}</h1>
        <Space>
          <div style={{ width: 150 }}>
            <DateField value={day ?? d?.day ?? today()} onChange={setDay} />
          </div>
          {hasRole(me, ...seniorRoles) && d && !d.confirmation && (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={() => setConfirming(true)}
              data-testid="day-confirm"
            >
              {t('reg.day.confirm')}
            </Button>
          )}
        </Space>
      </div>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('reg.day.note')} />
      {d?.confirmation && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reg.day.confirmed', {
            name: d.confirmation.confirmedByName ?? '',
            at: dateTime(d.confirmation.confirmedAt),
          })}
          description={d.confirmation.note}
        />
      )}
      <ListCard<Row & { id: number }>
        query={rows}
        emptyText={t('reg.day.clean')}
        title={d && t('reg.day.count', { n: d.gaps.length, day: d.day })}
        testId="day-gaps"
        pageSize={50}
        rowKey={(g) => g.key}
        columns={[
          {
            title: t('reg.day.register'),
            dataIndex: 'register',
            width: 150,
            render: (v: RegisterKind) => <Tag>{label(lang, 'register', v)}</Tag>,
          },
          {
            title: t('reg.day.entry'),
            dataIndex: 'label',
            render: (v: string, g) => <Link to={pageOf[g.register](g.id)}>{v}</Link>,
          },
          {
            title: t('reg.day.missing'),
            dataIndex: 'missing',
            render: (m: string[]) =>
              m.map((x) => (
                <Tag key={x} color="red">
                  {x}
                </Tag>
              )),
          },
        ]}
      />
      {propertyId !== null && d && (
        <ModalForm
          title={t('reg.day.confirmTitle', { day: d.day })}
          open={isConfirming}
          onClose={() => setConfirming(false)}
          schema={ConfirmRegisterDayInput}
          defaults={{ propertyId, day: d.day, note: '' }}
          okText={t('reg.day.confirm')}
          intro={
            d.gaps.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('reg.day.confirmWithGaps', { n: d.gaps.length })}
                style={{ marginBottom: 12 }}
              />
            )
          }
          onSubmit={(v) => confirm.mutateAsync(v)}
        >
          {({ control }) => (
            <FormField
              control={control}
              name="note"
              label={t('reg.note')}
              render={(f) => (
                <Input.TextArea {...f} autoFocus value={f.value ?? ''} autoSize={{ minRows: 2 }} />
              )}
            />
          )}
        </ModalForm>
      )}
    </div>
  );
};
