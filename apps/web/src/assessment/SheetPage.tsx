import { CheckCircleOutlined, LockOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Result, Row, Skeleton, Space, Statistic, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { isApiError } from '../lib/api';
import { usePropertyScope } from '../shell/property-context';
import { AsmTimeline } from './AsmTimeline';
import { canEditItems, confirmBlock, scoreFormula, sheetPath } from './asm-rules';
import { dateTime } from './format';
import { label } from './labels';
import { useSheet } from './queries';
import { SheetItemsTable } from './SheetItemsTable';
import { ConfirmSheetModal, ManualItemModal, WithdrawItemModal } from './SheetModals';
import { StateTag } from './StateTag';

/** One staff member's monthly sheet (S2 员工考核规程): items, score, confirmation and freeze. */
export const SheetPage = () => {
  const { t, lang } = useI18n();
  const params = useParams();
  const propertyId = Number(params.propertyId);
  const staffId = Number(params.staffId);
  const month = params.month ?? '';
  const { data: me } = useMe();
  const { properties } = usePropertyScope();
  const tz = properties.find((p) => p.id === propertyId)?.timezone ?? 'Asia/Shanghai';
  const q = useSheet(propertyId, staffId, month);
  const [modal, setModal] = useState<'item' | 'confirm' | null>(null);
  const [withdrawId, setWithdrawId] = useState<number | null>(null);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (q.isError || !q.data)
    return (
      <Result
        status={isApiError(q.error) && q.error.status === 404 ? '404' : 'error'}
        title={q.error?.message ?? t('common.loadFailed')}
        extra={<Link to="/assessment">{t('asm.back')}</Link>}
      />
    );
  const s = q.data;
  const now = new Date();
  const viewer = { id: me?.id ?? 0, roles: me?.roles ?? [] };
  const isEditable = canEditItems(s, viewer, now, tz);
  const block = confirmBlock(s, viewer, now, tz);
  const isManager = viewer.roles.includes('manager');
  const confirmHint =
    block === 'monthOpen' ? t('asm.confirm.monthOpen') : block === 'own' ? t('asm.confirm.own') : '';

  return (
    <div data-testid="asm-sheet-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to={`/assessment?month=${s.month}`}>{t('asm.sheets.title')}</Link> },
          { title: s.month },
          { title: s.staffName },
        ]}
      />
      <div className="pd-page-header">
        <h1>
          <Space size={8} wrap>
            <span>{t('asm.sheet.title', { name: s.staffName, month: s.month })}</span>
            <StateTag isFrozen={s.isFrozen} />
          </Space>
        </h1>
        <Space wrap>
          <Link to={`${sheetPath(s.propertyId, s.staffId, s.month)}/print`}>
            <Button icon={<PrinterOutlined />} data-testid="sheet-print">
              {t('asm.print')}
            </Button>
          </Link>
          {isEditable && (
            <Button icon={<PlusOutlined />} onClick={() => setModal('item')} data-testid="add-item">
              {t('asm.item.add')}
            </Button>
          )}
          {isManager && !s.isFrozen && (
            <Tooltip title={confirmHint}>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                disabled={block !== null}
                onClick={() => setModal('confirm')}
                data-testid="confirm-sheet"
              >
                {t('asm.confirm.button')}
              </Button>
            </Tooltip>
          )}
        </Space>
      </div>
      {s.isFrozen ? (
        <Alert
          type="success"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="frozen-banner"
          title={t('asm.frozen.title', { name: s.confirmedByName ?? '—', at: dateTime(s.confirmedAt) })}
          description={
            <>
              {t('asm.frozen.more')}
              {s.note && <div>{t('asm.frozen.note', { note: s.note })}</div>}
            </>
          }
        />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('asm.open.hint')} />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={5}>
            <Statistic title={t('asm.base')} value={s.base} />
          </Col>
          <Col span={5}>
            <Statistic
              title={t('asm.deductions')}
              value={s.deductions}
              prefix="−"
              styles={{ content: { color: '#cf1322' } }}
            />
          </Col>
          <Col span={5}>
            <Statistic
              title={t('asm.bonus')}
              value={s.bonus}
              prefix="+"
              styles={{ content: { color: '#389e0d' } }}
            />
          </Col>
          <Col span={5}>
            <Statistic title={t('asm.score')} value={s.score} styles={{ content: { fontWeight: 700 } }} />
          </Col>
          <Col span={4}>
            <div style={{ color: '#666', fontSize: 12, marginTop: 8 }}>{t('asm.formula')}</div>
            <div data-testid="score-formula">{scoreFormula(s)}</div>
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={17}>
          <Card size="small" title={t('asm.items.title', { n: s.items.length })}>
            <SheetItemsTable items={s.items} onWithdraw={isEditable ? setWithdrawId : undefined} />
          </Card>
          {s.withdrawnItems.length > 0 && (
            <Card size="small" title={t('asm.items.withdrawnTitle')} style={{ marginTop: 16 }}>
              {s.withdrawnItems.map((w) => (
                <div key={w.id ?? w.occurredAt} style={{ color: '#888', marginBottom: 4 }}>
                  <s>
                    {label(lang, 'itemKind', w.kind)} {w.direction === 'bonus' ? '+' : '−'}
                    {w.points} {w.reason}
                  </s>{' '}
                  {t('asm.items.withdrawnLine', {
                    at: dateTime(w.withdrawnAt),
                    reason: w.withdrawReason ?? '',
                  })}
                </div>
              ))}
            </Card>
          )}
        </Col>
        <Col xs={24} xxl={7}>
          <Card size="small" title={t('asm.timeline')}>
            <AsmTimeline entries={s.timeline} />
          </Card>
        </Col>
      </Row>
      <ManualItemModal open={modal === 'item'} onClose={() => setModal(null)} sheet={s} />
      <ConfirmSheetModal open={modal === 'confirm'} onClose={() => setModal(null)} sheet={s} />
      <WithdrawItemModal open={withdrawId !== null} onClose={() => setWithdrawId(null)} itemId={withdrawId} />
    </div>
  );
};
