import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Input,
  Popconfirm,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Tooltip,
} from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { AmendHandover } from './AmendHandover';
import { EquipmentEditor } from './EquipmentEditor';
import { dhm, span } from './format';
import { HandoverSections } from './HandoverSections';
import {
  type EquipmentItem,
  useCloseHandover,
  useHandOver,
  useHandover,
  useSignIncoming,
  useUpdateDraft,
} from './queries';

/** 交接班 (S3 篇三, 篇七): filled from live state, signed by the outgoing then the incoming person; never altered after. */
export const HandoverPage = () => {
  const t = useT();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const q = useHandover(id);
  const { data: me } = useMe();
  const save = useUpdateDraft(id);
  const handOver = useHandOver(id);
  const sign = useSignIncoming(id);
  const close = useCloseHandover(id);
  const [notes, setNotes] = useState('');
  const [equipment, setEquipment] = useState<EquipmentItem[]>([]);
  const [remarks, setRemarks] = useState('');
  const [reviewed, setReviewed] = useState(false);
  const loadedId = q.data?.id;
  // Fill the draft fields once per record; the 5 s refetch must not overwrite typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when another record loads
  useEffect(() => {
    if (!q.data) return;
    setNotes(q.data.notes);
    setEquipment(q.data.equipment);
  }, [loadedId]);

  if (q.isPending) return <Skeleton active />;
  if (q.isError)
    return (
      <Result
        status="error"
        title={q.error.message}
        extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
      />
    );
  const h = q.data!;
  const isOutgoing = me?.id === h.outgoing.id;
  // The two who signed, or the supervisor or manager, may add a correction (the server checks again).
  const canAmend =
    (h.state === 'signed' || h.state === 'closed') &&
    (isOutgoing ||
      me?.id === h.incoming?.id ||
      !!me?.roles.some((r) => r === 'supervisor' || r === 'manager'));
  const draft = h.state === 'draft';
  const editing = draft && isOutgoing;
  const body = { notes, equipment: equipment.filter((e) => e.name.trim()) };
  const saveDraft = (then?: () => void) =>
    save.mutate(body, { onSuccess: () => (then ? then() : void message.success(t('ho.saved'))) });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="handover-page">
      <Card
        title={
          <Space>
            {t('ho.title')}
            <Tag
              color={draft ? 'blue' : h.state === 'handedOver' ? 'gold' : 'green'}
              data-testid="handover-state"
            >
              {h.stateLabel}
            </Tag>
          </Space>
        }
        extra={
          isOutgoing && h.state !== 'closed' && !draft ? (
            <Tooltip title={h.state === 'signed' ? '' : t('ho.closeBlocked')}>
              <Button
                danger
                disabled={h.state !== 'signed'}
                loading={close.isPending}
                onClick={() => close.mutate()}
                data-testid="close-shift"
              >
                {t('ho.close')}
              </Button>
            </Tooltip>
          ) : null
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('duty.col.post')}>{h.shift.postName}</Descriptions.Item>
          <Descriptions.Item label={t('duty.shift')}>
            {span(h.shift.startsAt, h.shift.endsAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('duty.col.outgoing')}>{h.outgoing.name}</Descriptions.Item>
        </Descriptions>
        {h.successors.length > 0 && !h.incoming && (
          <Alert
            type="info"
            showIcon
            title={t('ho.successors', {
              names: h.successors.map((s) => `${s.postName} ${s.onDutyName}`).join('、'),
            })}
          />
        )}
        {isOutgoing && h.state === 'handedOver' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            title={t('ho.closeBlocked')}
            data-testid="close-reason"
          />
        )}
        {(h.state === 'signed' || h.state === 'closed') && (
          <Alert type="success" showIcon style={{ marginTop: 8 }} title={t('ho.readOnly')} />
        )}
        {h.closedAt && <Tag style={{ marginTop: 8 }}>{t('ho.closed', { at: dhm(h.closedAt) })}</Tag>}
      </Card>

      <Row gutter={16}>
        <Col span={14}>
          <Card
            size="small"
            title={t('ho.liveState', { at: dhm(h.refreshedAt) })}
            extra={
              editing && (
                <Button size="small" loading={save.isPending} onClick={() => save.mutate({ refresh: true })}>
                  {t('ho.refresh')}
                </Button>
              )
            }
          >
            <HandoverSections sections={h.sections} />
          </Card>
        </Col>
        <Col span={10}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card size="small" title={t('ho.notes')}>
              {editing ? (
                <Input.TextArea
                  rows={4}
                  value={notes}
                  onChange={(e) => setNotes(e.target.value)}
                  maxLength={2000}
                  aria-label={t('ho.notes')}
                />
              ) : (
                <div style={{ whiteSpace: 'pre-wrap' }}>{h.notes || '—'}</div>
              )}
            </Card>
            <Card size="small" title={t('ho.equipment')}>
              <EquipmentEditor
                value={editing ? equipment : h.equipment}
                onChange={editing ? setEquipment : undefined}
              />
            </Card>
            {editing && (
              <Space>
                <Button loading={save.isPending} onClick={() => saveDraft()}>
                  {t('ho.save')}
                </Button>
                <Popconfirm
                  title={t('ho.signOutConfirm')}
                  onConfirm={() => saveDraft(() => handOver.mutate())}
                >
                  <Button type="primary" loading={handOver.isPending} data-testid="sign-outgoing">
                    {t('ho.signOut')}
                  </Button>
                </Popconfirm>
              </Space>
            )}
            {draft && !isOutgoing && <Alert type="info" title={t('ho.waitOutgoing')} />}
            {h.state === 'handedOver' && !isOutgoing && (
              <Card size="small" title={t('ho.remarks')}>
                <Input.TextArea
                  rows={3}
                  value={remarks}
                  onChange={(e) => setRemarks(e.target.value)}
                  aria-label={t('ho.remarks')}
                />
                <Checkbox
                  style={{ margin: '8px 0' }}
                  checked={reviewed}
                  onChange={(e) => setReviewed(e.target.checked)}
                >
                  {t('ho.reviewed')}
                </Checkbox>
                <div>
                  <Button
                    type="primary"
                    disabled={!reviewed}
                    loading={sign.isPending}
                    onClick={() => sign.mutate({ reviewed: true, remarks })}
                    data-testid="sign-incoming"
                  >
                    {t('ho.signIn')}
                  </Button>
                </div>
              </Card>
            )}
            {h.remarks && (
              <Card size="small" title={t('ho.remarks')}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{h.remarks}</div>
              </Card>
            )}
            <Card size="small" title={t('ho.signatures')} data-testid="signatures">
              <div>
                {t('ho.outgoingSig', {
                  name: h.outgoing.name,
                  at: h.outgoing.signedAt ? dhm(h.outgoing.signedAt) : t('ho.notSigned'),
                })}
              </div>
              <div>
                {h.incoming
                  ? t('ho.incomingSig', {
                      name: h.incoming.name,
                      at: h.incoming.signedAt ? dhm(h.incoming.signedAt) : t('ho.notSigned'),
                    })
                  : t('ho.incomingSig', { name: '—', at: t('ho.notSigned') })}
              </div>
            </Card>
            {(h.amendments.length > 0 || canAmend) && (
              <Card
                size="small"
                title={t('ho.amendments')}
                extra={canAmend && <AmendHandover id={h.id} />}
                data-testid="amendments"
              >
                {h.amendments.map((a) => (
                  <div key={a.seq}>{`${dhm(a.at)} ${a.actorName ?? ''}：${a.text}（${a.reason ?? ''}）`}</div>
                ))}
                {!h.amendments.length && <span>{t('ho.noAmendments')}</span>}
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
};
