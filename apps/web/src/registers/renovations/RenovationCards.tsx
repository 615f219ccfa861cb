import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { goodsInside, renovationDocuments, renovationPurposes } from '@propdesk/domain';
import { Button, Card, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { dateTime, yuan } from '../format';
import { label } from '../labels';
import type { RenovationDetail } from '../types';

const Mark = ({ isOk }: { isOk: boolean }) =>
  isOk ? (
    <CheckCircleFilled style={{ color: '#52c41a' }} />
  ) : (
    <CloseCircleFilled style={{ color: '#ff4d4f' }} />
  );

/** 资料清单 (S1 装修) and the workers, each with a photo, an ID copy and a pass. */
export const DocumentsCard = ({ r, extra }: { r: RenovationDetail; extra?: React.ReactNode }) => {
  const { t, lang } = useI18n();
  const passOf = (workerId: number) =>
    r.passes.find((p) => p.renovationWorkerId === workerId && p.state === 'out');
  return (
    <Card size="small" title={t('reg.reno.checklist')} extra={extra} data-testid="reno-docs">
      <Space wrap size={16} style={{ marginBottom: 12 }}>
        {renovationDocuments.map((d) => (
          <span key={d}>
            <Mark isOk={r.documents[d]} /> {label(lang, 'renovationDoc', d)}
          </span>
        ))}
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.workers}
        columns={[
          { title: t('reg.reno.workerName'), dataIndex: 'name', width: 100 },
          { title: t('reg.idNumber'), dataIndex: 'idNumberMasked', render: (v: string | null) => v ?? '—' },
          {
            title: t('reg.reno.photo'),
            dataIndex: 'hasPhoto',
            width: 70,
            render: (v: number) => <Mark isOk={!!v} />,
          },
          {
            title: t('reg.reno.idCopy'),
            dataIndex: 'hasIdCopy',
            width: 80,
            render: (v: number) => <Mark isOk={!!v} />,
          },
          {
            title: t('reg.reno.workerPass'),
            key: 'p',
            width: 150,
            render: (_v, w) => passOf(w.id)?.number ?? <Tag>{t('reg.reno.noPass')}</Tag>,
          },
        ]}
      />
      {r.missingDocuments.length > 0 && (
        <div style={{ color: '#cf1322', marginTop: 8 }} data-testid="reno-missing">
          {t('reg.reno.missing', { list: r.missingDocuments.join('、') })}
        </div>
      )}
    </Card>
  );
};

/** 费用 (S1 装修): the deposit, worker-pass fees and pass deposits, paid through the desk payments. */
export const FeesCard = ({ r, canPay }: { r: RenovationDetail; canPay: boolean }) => {
  const { t, lang } = useI18n();
  const rows = renovationPurposes.map((k) => ({
    id: k,
    purpose: k,
    due: r.fees.due[k],
    paid: r.fees.paid[k],
  }));
  const payLink = (purpose: string, cents: number) =>
    `/registers/payments?new=1&purpose=${purpose}&renovationId=${r.id}&roomId=${r.roomId}&roomLabel=${encodeURIComponent(r.roomLabel)}&payer=${encodeURIComponent(r.applicantName)}&amountCents=${cents}`;
  return (
    <Card size="small" title={t('reg.reno.fees')} data-testid="reno-fees">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('reg.pay.purpose'),
            dataIndex: 'purpose',
            render: (v: string) => label(lang, 'purpose', v),
          },
          {
            title: t('reg.reno.due'),
            dataIndex: 'due',
            width: 100,
            align: 'right',
            render: (v: number) => yuan(v),
          },
          {
            title: t('reg.reno.paid'),
            dataIndex: 'paid',
            width: 100,
            align: 'right',
            render: (v: number) => yuan(v),
          },
          {
            title: '',
            key: 'a',
            width: 90,
            render: (_v, x) =>
              x.paid >= x.due ? (
                <Tag color="green">{t('reg.reno.paidUp')}</Tag>
              ) : (
                canPay && (
                  <Link to={payLink(x.purpose, x.due - x.paid)}>
                    <Button size="small" type="primary">
                      {t('reg.reno.collect')}
                    </Button>
                  </Link>
                )
              ),
          },
        ]}
      />
      {r.depositRefundedAt && (
        <div style={{ marginTop: 8 }}>
          {t('reg.reno.refunded', { amount: yuan(r.depositRefundCents), at: dateTime(r.depositRefundedAt) })}
          {r.depositRefundNote && `（${r.depositRefundNote}）`}
        </div>
      )}
    </Card>
  );
};

/** 物品出入登记表 and the inspections. */
export const WorksCard = ({ r, extra }: { r: RenovationDetail; extra?: React.ReactNode }) => {
  const { t, lang } = useI18n();
  const tools = goodsInside(r.goods, 'tool');
  return (
    <Card size="small" title={t('reg.reno.goods')} extra={extra}>
      <div style={{ marginBottom: 8 }}>
        {t('reg.reno.toolsInside')}：
        {tools.length ? tools.map((g) => `${g.name}×${g.quantity}`).join('、') : '—'}
      </div>
      <Table
        rowKey="id"
        size="small"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={r.goods}
        locale={{ emptyText: t('reg.reno.noGoods') }}
        columns={[
          { title: t('reg.time'), dataIndex: 'recordedAt', width: 140, render: dateTime },
          {
            title: t('reg.reno.direction'),
            dataIndex: 'direction',
            width: 70,
            render: (v: string) => (
              <Tag color={v === 'in' ? 'blue' : 'orange'}>
                {v === 'in' ? t('reg.reno.in') : t('reg.reno.outDir')}
              </Tag>
            ),
          },
          {
            title: t('reg.slip.category'),
            dataIndex: 'kind',
            width: 90,
            render: (v: string) => label(lang, 'itemCategory', v),
          },
          { title: t('reg.slip.itemName'), dataIndex: 'name' },
          { title: t('reg.keys.quantity'), dataIndex: 'quantity', width: 60 },
          { title: t('reg.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
        ]}
      />
      <h4 style={{ margin: '12px 0 8px' }}>{t('reg.reno.inspections')}</h4>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.inspections}
        locale={{ emptyText: t('reg.reno.noInspections') }}
        columns={[
          { title: t('reg.time'), dataIndex: 'inspectedAt', width: 140, render: dateTime },
          {
            title: t('reg.reno.kindCol'),
            dataIndex: 'kind',
            width: 90,
            render: (v: string) =>
              v === 'final' ? t('reg.reno.finalInspection') : t('reg.reno.interimInspection'),
          },
          {
            title: t('reg.reno.result'),
            dataIndex: 'passed',
            width: 80,
            render: (v: number) => (
              <Tag color={v ? 'green' : 'red'}>{v ? t('reg.reno.pass') : t('reg.reno.fail')}</Tag>
            ),
          },
          { title: t('reg.reno.findings'), dataIndex: 'findings' },
          { title: t('reg.reno.inspector'), dataIndex: 'inspectedByName', width: 80 },
        ]}
      />
    </Card>
  );
};
