import { CheckOutlined, CloseOutlined, ScanOutlined } from '@ant-design/icons';
import { type GateCheckInput, normalizeRegisterNumber } from '@propdesk/domain';
import { Alert, Button, Card, Input, type InputRef, Space, Table, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMe } from '../../auth/queries';
import { useI18n } from '../../i18n/i18n';
import { isApiError } from '../../lib/api';
import { usePropertyScope } from '../../shell/property-context';
import { shortTime, thisMonth } from '../format';
import { label } from '../labels';
import { useRegPost } from '../mutations';
import { useGateLog, useGateLookup } from '../queries';
import type { GateResult } from '../types';
import './gate.css';

/**
 * 门岗查验 (S3 篇九 4.5.7.6), for the gate guard: enter or scan the number, check the items
 * against the slip, sign; the time is the server's. A slip passes once.
 */
export const GatePage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [typed, setTyped] = useState('');
  const [number, setNumber] = useState('');
  const [signature, setSignature] = useState(me?.name ?? '');
  const [result, setResult] = useState<GateResult | null>(null);
  const input = useRef<InputRef>(null);
  const lookup = useGateLookup(propertyId, number);
  const log = useGateLog(propertyId, thisMonth());
  const check = useRegPost<GateCheckInput, GateResult>('/api/registers/gate/release-slips/check');

  useEffect(() => {
    if (me?.name && !signature) setSignature(me.name);
  }, [me?.name, signature]);

  const next = () => {
    setTyped('');
    setNumber('');
    setResult(null);
    check.reset();
    input.current?.focus();
  };
  const lookUp = () => {
    const n = normalizeRegisterNumber(typed);
    if (n.length < 4) return;
    setResult(null);
    check.reset();
    setNumber(n);
    // A scanner types into the focused field: the next scan replaces this number, not appends to it.
    input.current?.select();
  };
  const submit = (itemsMatch: boolean) => {
    if (!propertyId || !signature.trim()) return;
    check.mutate(
      { propertyId, number, itemsMatch, signature: signature.trim(), note: null },
      {
        onSuccess: (r) => {
          setResult(r);
          // The next scan goes to the number field and replaces the last number.
          input.current?.focus();
          input.current?.select();
        },
      },
    );
  };
  const isUnknown = lookup.isError && isApiError(lookup.error) && lookup.error.status === 404;
  const slip = lookup.data;

  return (
    <div className="pd-gate" data-testid="gate-page">
      <div className="pd-page-header">
        <h1>{t('reg.gate.title')}</h1>
      </div>
      <Card>
        <Space.Compact style={{ width: '100%' }} className="pd-gate-search">
          <Input
            ref={input}
            autoFocus
            size="large"
            className="pd-gate-input"
            prefix={<ScanOutlined />}
            placeholder={t('reg.gate.placeholder')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onPressEnter={() => lookUp()}
            data-testid="gate-number"
          />
          <Button size="large" type="primary" onClick={() => lookUp()} data-testid="gate-lookup">
            {t('reg.gate.lookup')}
          </Button>
        </Space.Compact>
      </Card>

      {result ? (
        <Card style={{ marginTop: 16 }} data-testid="gate-result">
          <div className={`pd-gate-verdict ${result.result === 'passed' ? 'is-ok' : 'is-bad'}`}>
            {result.result === 'passed'
              ? t('reg.gate.passed')
              : `${t('reg.gate.notPassed')}：${result.reason ?? ''}`}
          </div>
          <p style={{ textAlign: 'center', marginTop: 12 }}>
            {t('reg.gate.loggedAt', {
              number: result.number,
              time: shortTime(result.checkedAt),
              name: signature,
            })}
          </p>
          <div style={{ textAlign: 'center' }}>
            <Button size="large" type="primary" onClick={next} data-testid="gate-next">
              {t('reg.gate.next')}
            </Button>
          </div>
        </Card>
      ) : (
        number && (
          <Card style={{ marginTop: 16 }} loading={lookup.isLoading} data-testid="gate-slip">
            {isUnknown ? (
              <div className="pd-gate-verdict is-bad">{t('reg.gate.unknown', { number })}</div>
            ) : lookup.isError ? (
              <Alert type="error" showIcon title={lookup.error.message} />
            ) : (
              slip && (
                <>
                  <div
                    className={`pd-gate-verdict ${slip.canPass ? 'is-ok' : 'is-bad'}`}
                    data-testid="gate-verdict"
                  >
                    {slip.canPass ? t('reg.gate.checkItems') : slip.reason}
                  </div>
                  <p style={{ marginTop: 12 }}>
                    <strong>{slip.number}</strong>　{slip.roomLabel}　
                    {label(lang, 'carrierKind', slip.carrierKind)} {slip.carrierName}
                  </p>
                  <Table
                    className="pd-gate-items"
                    rowKey={(_r, i) => String(i)}
                    pagination={false}
                    dataSource={slip.items}
                    columns={[
                      { title: t('reg.slip.itemName'), dataIndex: 'name' },
                      { title: t('reg.keys.quantity'), dataIndex: 'quantity', width: 120 },
                    ]}
                  />
                </>
              )
            )}
            {(slip || isUnknown) && (
              <div style={{ marginTop: 16 }}>
                <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                  <span style={{ whiteSpace: 'nowrap' }}>{t('reg.gate.signature')}</span>
                  <Input
                    size="large"
                    value={signature}
                    onChange={(e) => setSignature(e.target.value)}
                    data-testid="gate-signature"
                    status={signature.trim() ? undefined : 'error'}
                    aria-label={t('reg.gate.signature')}
                  />
                </div>
                {check.error && (
                  <Alert type="error" showIcon title={check.error.message} style={{ marginTop: 12 }} />
                )}
                <Space style={{ marginTop: 16, width: '100%', justifyContent: 'center' }} size="large">
                  {slip?.canPass ? (
                    <>
                      <Button
                        size="large"
                        type="primary"
                        icon={<CheckOutlined />}
                        onClick={() => submit(true)}
                        loading={check.isPending}
                        data-testid="gate-pass"
                      >
                        {t('reg.gate.match')}
                      </Button>
                      <Button
                        size="large"
                        danger
                        icon={<CloseOutlined />}
                        onClick={() => submit(false)}
                        loading={check.isPending}
                        data-testid="gate-mismatch"
                      >
                        {t('reg.gate.mismatch')}
                      </Button>
                    </>
                  ) : (
                    <Button
                      size="large"
                      danger
                      icon={<CloseOutlined />}
                      onClick={() => submit(true)}
                      loading={check.isPending}
                      data-testid="gate-refuse"
                    >
                      {t('reg.gate.logRefusal')}
                    </Button>
                  )}
                  <Button size="large" onClick={next}>
                    {t('common.cancel')}
                  </Button>
                </Space>
              </div>
            )}
          </Card>
        )
      )}

      <Card
        size="small"
        title={t('reg.gate.log')}
        style={{ marginTop: 16 }}
        styles={{ body: { padding: 0 } }}
      >
        <Table
          rowKey="id"
          size="small"
          loading={log.isLoading}
          dataSource={(log.data ?? []).slice(0, 8)}
          pagination={false}
          locale={{ emptyText: t('reg.gate.logEmpty') }}
          columns={[
            { title: t('reg.time'), dataIndex: 'checkedAt', width: 120, render: shortTime },
            { title: t('reg.number'), dataIndex: 'number', width: 160 },
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
    </div>
  );
};
