import { DollarOutlined, EditOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { hasRole, useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { toastSuccess } from '../../lib/feedback';
import { AmendModal } from '../AmendModal';
import { dateTime, yuan } from '../format';
import { label } from '../labels';
import { useRegAction } from '../mutations';
import { useSlip } from '../queries';
import { RegisterTimeline } from '../RegisterTimeline';
import { deskRoles } from '../roles';
import type { GateCheck, ReleaseSlipDetail, SlipJudged } from '../types';
import { DecisionPanel } from './DecisionPanel';
import { OwnerConfirmCard } from './OwnerConfirmCard';
import { slipStateColor } from './slip-state';
import { VoidSlipButton } from './VoidSlipButton';
import '../registers.css';

const isArrearsRefusal = (s: ReleaseSlipDetail) =>
  s.decision.outcome === 'refused' &&
  (s.decision.code === 'tenantArrears' || s.decision.code === 'movingArrears');

/** One release slip: the rules' verdict, the owner's confirmation, issuing, printing, the gate's checks. */
export const SlipDetailPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const { data: me } = useMe();
  const canWrite = hasRole(me, ...deskRoles);
  const slip = useSlip(id);
  const [isSigned, setSigned] = useState(false);
  const [isAmending, setAmending] = useState(false);
  const recheck = useRegAction<Record<string, never>, SlipJudged>(
    (x) => `/api/registers/release-slips/${x}/recheck`,
    { isToasted: true },
  );
  const issue = useRegAction<
    { carrierSigned: true },
    { number: string; ownerReminder: string | null; managerNotified: boolean }
  >((x) => `/api/registers/release-slips/${x}/issue`, { isToasted: true });

  if (slip.isLoading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (slip.isError)
    return (
      <Result
        status="error"
        title={slip.error.message}
        extra={<Link to="/registers/release-slips">{t('reg.slip.title')}</Link>}
      />
    );
  const s = slip.data;
  if (!s) return null;
  const isOpen = s.state === 'refused' || s.state === 'awaitingOwner' || s.state === 'approved';
  const askIssue = () =>
    modal.confirm({
      title: t('reg.slip.issueConfirm'),
      content: t('reg.slip.issueConfirmText', { name: s.carrierName, n: s.items.length }),
      okText: t('reg.slip.issue'),
      cancelText: t('common.cancel'),
      onOk: () =>
        issue.mutateAsync({ id: s.id, body: { carrierSigned: true } }).then((res) => {
          toastSuccess(t('reg.slip.issued', { number: res.number }));
          if (res.ownerReminder || res.managerNotified)
            modal.info({
              title: t('reg.slip.remindOwner'),
              content: [res.ownerReminder, res.managerNotified ? t('reg.slip.managerTold') : null]
                .filter(Boolean)
                .join('\n'),
              onOk: () => void navigate(`/registers/release-slips/${s.id}/print`),
            });
          else void navigate(`/registers/release-slips/${s.id}/print`);
        }),
    });

  return (
    <div data-testid="slip-detail">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/registers/release-slips">{t('reg.slip.title')}</Link> },
          { title: s.number ?? `#${s.id}` },
        ]}
      />
      <div className="pd-page-header">
        <h1>
          {s.number ?? t('reg.slip.unnumbered')}{' '}
          <Tag color={slipStateColor[s.state]}>{label(lang, 'slipState', s.state)}</Tag>
        </h1>
        <Space wrap>
          {canWrite && isOpen && (
            <Button
              icon={<ReloadOutlined />}
              onClick={() => recheck.mutate({ id: s.id, body: {} })}
              loading={recheck.isPending}
              data-testid="slip-recheck"
            >
              {t('reg.slip.recheck')}
            </Button>
          )}
          {(s.state === 'issued' || s.state === 'used') && (
            <Link to={`/registers/release-slips/${s.id}/print`}>
              <Button icon={<PrinterOutlined />} data-testid="slip-print">
                {t('reg.print')}
              </Button>
            </Link>
          )}
          {canWrite && s.state !== 'used' && (
            <Button icon={<EditOutlined />} onClick={() => setAmending(true)}>
              {t('reg.amend.title')}
            </Button>
          )}
          {canWrite && s.state !== 'used' && s.state !== 'voided' && <VoidSlipButton id={s.id} />}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {s.state === 'issued' || s.state === 'used' || s.state === 'voided' ? (
              <Alert
                type={s.state === 'voided' ? 'error' : 'success'}
                showIcon
                className="pd-reg-decision"
                data-testid="slip-decision"
                title={
                  s.state === 'used'
                    ? t('reg.slip.usedAt', { at: dateTime(s.usedAt) })
                    : s.state === 'voided'
                      ? t('reg.slip.voidedBecause', { reason: s.voidReason ?? '' })
                      : t('reg.slip.issuedAt2', { at: dateTime(s.issuedAt) })
                }
                description={s.ownerReminder}
              />
            ) : (
              <DecisionPanel decision={s.decision} />
            )}
            {isArrearsRefusal(s) && canWrite && (
              <Alert
                type="warning"
                showIcon
                title={t('reg.slip.payFirst', { amount: yuan(s.arrearsCents), months: s.arrearsMonths })}
                action={
                  <Link
                    to={`/registers/payments?new=1&purpose=managementFee&roomId=${s.roomId}&roomLabel=${encodeURIComponent(s.roomLabel)}&payer=${encodeURIComponent(s.carrierName)}`}
                  >
                    <Button type="primary" icon={<DollarOutlined />} data-testid="slip-pay">
                      {t('reg.slip.goPay')}
                    </Button>
                  </Link>
                }
              />
            )}
            <Card size="small" title={t('reg.slip.who')}>
              <Descriptions
                size="small"
                column={2}
                items={[
                  {
                    key: 'room',
                    label: t('reg.room'),
                    children: <Link to={`/archive/rooms/${s.roomId}`}>{s.roomLabel}</Link>,
                  },
                  {
                    key: 'kind',
                    label: t('reg.slip.carrierKind'),
                    children: label(lang, 'carrierKind', s.carrierKind),
                  },
                  { key: 'name', label: t('reg.slip.carrierName'), children: s.carrierName },
                  { key: 'phone', label: t('reg.phone'), children: s.carrierPhone ?? '—' },
                  { key: 'id', label: t('reg.idNumber'), children: s.carrierIdMasked ?? '—' },
                  {
                    key: 'valid',
                    label: t('reg.slip.validId'),
                    children: s.hasValidId ? t('common.yes') : t('common.no'),
                  },
                  {
                    key: 'moving',
                    label: t('reg.slip.movingShort'),
                    children: s.isMovingHouse ? t('common.yes') : t('common.no'),
                  },
                  { key: 'created', label: t('reg.slip.createdAt'), children: dateTime(s.createdAt) },
                  ...(s.ownerAnswer
                    ? [
                        {
                          key: 'owner',
                          label: t('reg.slip.ownerAnswer'),
                          children: `${label(lang, 'ownerAnswer', s.ownerAnswer)} · ${s.ownerConfirmMethod === 'phone' ? `${t('reg.slip.byPhone')} ${s.ownerConfirmPhone ?? ''}` : t('reg.slip.inPerson')} · ${dateTime(s.ownerConfirmedAt)}`,
                        },
                      ]
                    : []),
                  ...(s.note ? [{ key: 'note', label: t('reg.note'), children: s.note }] : []),
                ]}
              />
              <Table
                rowKey={(_r, i) => String(i)}
                size="small"
                pagination={false}
                dataSource={s.items}
                style={{ marginTop: 12 }}
                columns={[
                  { title: t('reg.slip.itemName'), dataIndex: 'name' },
                  { title: t('reg.keys.quantity'), dataIndex: 'quantity', width: 80 },
                  {
                    title: t('reg.slip.category'),
                    dataIndex: 'category',
                    width: 110,
                    render: (v: string) => label(lang, 'itemCategory', v),
                  },
                ]}
              />
            </Card>
            {canWrite && s.state === 'approved' && (
              <Card size="small" title={t('reg.slip.issueTitle')} data-testid="slip-issue-card">
                <Space orientation="vertical">
                  <Checkbox
                    checked={isSigned}
                    onChange={(e) => setSigned(e.target.checked)}
                    data-testid="slip-signed"
                  >
                    {t('reg.slip.signed')}
                  </Checkbox>
                  <Button
                    type="primary"
                    disabled={!isSigned}
                    onClick={askIssue}
                    loading={issue.isPending}
                    data-testid="slip-issue"
                  >
                    {t('reg.slip.issue')}
                  </Button>
                </Space>
              </Card>
            )}
            {s.gateChecks.length > 0 && (
              <Card size="small" title={t('reg.slip.gateChecks')} styles={{ body: { padding: 0 } }}>
                <Table<GateCheck>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={s.gateChecks}
                  columns={[
                    { title: t('reg.time'), dataIndex: 'checkedAt', render: dateTime, width: 150 },
                    {
                      title: t('reg.gate.result'),
                      dataIndex: 'result',
                      width: 100,
                      render: (v: string) => (
                        <Tag color={v === 'passed' ? 'green' : 'red'}>{label(lang, 'gateResult', v)}</Tag>
                      ),
                    },
                    { title: t('reg.gate.signature'), dataIndex: 'signature', width: 100 },
                    { title: t('reg.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
                  ]}
                />
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {canWrite && (s.state === 'awaitingOwner' || (isOpen && s.ownerAnswer !== null)) && (
              <OwnerConfirmCard slip={s} />
            )}
            <Card
              size="small"
              title={t('history.title')}
              styles={{ body: { maxHeight: 520, overflow: 'auto' } }}
            >
              <RegisterTimeline register="releaseSlip" entries={s.history} />
            </Card>
          </Space>
        </Col>
      </Row>
      <AmendModal register="releaseSlip" record={s} open={isAmending} onClose={() => setAmending(false)} />
    </div>
  );
};
