import { CheckCircleOutlined } from '@ant-design/icons';
import { ConfirmReconciliationInput } from '@propdesk/domain';
import { Alert, Breadcrumb, Button, Card, Col, DatePicker, Input, Row, Space, Statistic, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { FormField } from '../../lib/form';
import { ModalForm } from '../../lib/ModalForm';
import { usePropertyScope } from '../../shell/property-context';
import { dateTime, thisMonth } from '../format';
import { ListCard } from '../ListCard';
import { label } from '../labels';
import { useRegPost } from '../mutations';
import { useGateLog, useReconciliation } from '../queries';
import { seniorRoles } from '../roles';
import type { GateCheck, Reconciliation } from '../types';
import '../registers.css';

type Mismatch = Reconciliation['mismatches'][number] & { id: number };

const kindText: Record<string, MessageKey> = {
  notChecked: 'reg.recon.kind.notChecked',
  unknownNumber: 'reg.recon.kind.unknownNumber',
  presentedAgain: 'reg.recon.kind.presentedAgain',
  itemsMismatch: 'reg.recon.kind.itemsMismatch',
  presentedVoided: 'reg.recon.kind.presentedVoided',
};
const kindColor: Record<string, string> = {
  notChecked: 'orange',
  unknownNumber: 'red',
  presentedAgain: 'red',
  itemsMismatch: 'volcano',
  presentedVoided: 'magenta',
};

/** 月度核对 (S3 4.5.7.2 B: 每月交客服中心核对一次): the month's stubs against the gate's log. */
export const ReconciliationPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [month, setMonth] = useState(thisMonth());
  const recon = useReconciliation(propertyId, month);
  const log = useGateLog(propertyId, month);
  const [isConfirming, setConfirming] = useState(false);
  const confirm = useRegPost<z.output<typeof ConfirmReconciliationInput>>(
    '/api/registers/release-slips-reconciliation/confirm',
  );
  const r = recon.data;
  const mismatches = { ...recon, data: r?.mismatches.map((m, i) => ({ ...m, id: i + 1 })) };

  return (
    <div data-testid="recon-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/registers/release-slips">{t('reg.slip.title')}</Link> },
          { title: t('reg.recon.title') },
        ]}
      />
      <div className="pd-page-header">
        <h1>{t('reg.recon.title')}</h1>
        <Space>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          />
          {hasRole(me, ...seniorRoles) && r && !r.confirmation && (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={() => setConfirming(true)}
              data-testid="recon-confirm"
            >
              {t('reg.recon.confirm')}
            </Button>
          )}
        </Space>
      </div>
      {recon.isError && (
        <Alert type="error" showIcon title={recon.error.message} style={{ marginBottom: 16 }} />
      )}
      {r?.confirmation && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('reg.recon.confirmed', {
            name: r.confirmation.confirmedByName ?? '',
            at: dateTime(r.confirmation.confirmedAt),
            n: r.confirmation.mismatches,
          })}
          description={r.confirmation.note}
        />
      )}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(
          [
            ['reg.recon.issued', r?.issued],
            ['reg.recon.used', r?.used],
            ['reg.recon.voided', r?.voided],
            ['reg.recon.gateChecks', r?.gateChecks],
            ['reg.recon.gatePassed', r?.gatePassed],
            ['reg.recon.mismatches', r?.mismatches.length],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} xs={12} md={4}>
            <Card size="small" loading={recon.isLoading}>
              <Statistic
                title={t(k)}
                value={v ?? 0}
                styles={{ content: { color: k === 'reg.recon.mismatches' && v ? '#cf1322' : undefined } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <ListCard<Mismatch>
          title={t('reg.recon.mismatchList')}
          query={mismatches}
          emptyText={t('reg.recon.allMatch')}
          testId="recon-mismatches"
          columns={[
            { title: t('reg.number'), dataIndex: 'number', width: 160 },
            { title: t('reg.time'), dataIndex: 'at', width: 150, render: dateTime },
            {
              title: t('reg.recon.kind'),
              dataIndex: 'kind',
              width: 140,
              render: (v: string) => <Tag color={kindColor[v]}>{kindText[v] ? t(kindText[v]) : v}</Tag>,
            },
            { title: t('reg.recon.detail'), dataIndex: 'detail' },
          ]}
        />
        <ListCard<GateCheck>
          title={t('reg.gate.log')}
          query={log}
          emptyText={t('reg.gate.logEmpty')}
          columns={[
            { title: t('reg.time'), dataIndex: 'checkedAt', width: 150, render: dateTime },
            { title: t('reg.number'), dataIndex: 'number', width: 160 },
            {
              title: t('reg.gate.result'),
              dataIndex: 'result',
              width: 100,
              render: (v: string) => label(lang, 'gateResult', v),
            },
            { title: t('reg.gate.signature'), dataIndex: 'signature', width: 100 },
            { title: t('reg.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
          ]}
        />
      </Space>
      {propertyId !== null && (
        <ModalForm
          title={t('reg.recon.confirmTitle', { month })}
          open={isConfirming}
          onClose={() => setConfirming(false)}
          schema={ConfirmReconciliationInput}
          defaults={{ propertyId, month, note: null }}
          okText={t('reg.recon.confirm')}
          intro={
            r && r.mismatches.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                title={t('reg.recon.confirmWithGaps', { n: r.mismatches.length })}
                style={{ marginBottom: 12 }}
              />
            ) : undefined
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
