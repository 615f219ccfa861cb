import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { caseTypeLabels, replyTitle } from '@propdesk/domain';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Result,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { deskRoles } from '../intake/menu';
import { toastSuccess } from '../lib/feedback';
import { AmendPetitionModal, ReplyModal } from './PetitionModals';
import { usePetition, usePetitionHistory, usePetitionWrite } from './queries';

const at = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '');
const actions: Record<string, string> = {
  registered: '登记',
  signed: '签字',
  replied: '书面答复',
  amended: '更正',
};

/** One petition as the paper form has it, its three signatures, the written reply and the history. */
export const PetitionPage = () => {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const id = Number(useParams().id);
  const q = usePetition(id);
  const history = usePetitionHistory(id);
  const { data: me } = useMe();
  const sign = usePetitionWrite<{ as: 'leader' | 'supervisor' }>('post', true);
  const [isReplying, setReplying] = useState(false);
  const [isAmending, setAmending] = useState(false);
  if (q.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (q.isError || !q.data) return <Result status="404" title={q.error?.message} />;
  const p = q.data;
  const isSigner = hasRole(me, 'supervisor', 'manager');
  const askSign = (as: 'leader' | 'supervisor') =>
    modal.confirm({
      title: t('pet.signConfirm', { slot: t(as === 'leader' ? 'pet.leader' : 'pet.supervisor') }),
      okText: t('pet.sign'),
      cancelText: t('common.cancel'),
      onOk: () =>
        sign
          .mutateAsync({ path: `/api/petitions/${p.id}/sign`, body: { as } })
          .then(() => toastSuccess(t('pet.signed'))),
    });
  const signature = (name: string | null, signedAt: string | null, as?: 'leader' | 'supervisor') =>
    name ? (
      <span>
        {name} <Typography.Text type="secondary">{at(signedAt)}</Typography.Text>
      </span>
    ) : as && hasRole(me, as === 'leader' ? 'manager' : 'supervisor') ? (
      <Button size="small" onClick={() => askSign(as)} data-testid={`sign-${as}`}>
        {t(as === 'leader' ? 'pet.signAsLeader' : 'pet.signAsSupervisor')}
      </Button>
    ) : (
      <Tag>{t('pet.unsigned')}</Tag>
    );
  return (
    <div data-testid="petition-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/petitions">{t('nav.petitions')}</Link> }, { title: p.number }]}
      />
      <div className="pd-page-header">
        <h1>
          {t('pet.title')} <span data-testid="petition-number">{p.number}</span>
        </h1>
        <Space>
          <Link to={`/cases/${p.caseId}`}>
            {t('pet.case')} {p.caseNumber}
          </Link>
          {hasRole(me, ...deskRoles) && (
            <Button icon={<EditOutlined />} onClick={() => setAmending(true)}>
              {t('pet.amend')}
            </Button>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" bordered column={2} data-testid="petition-sheet">
          <Descriptions.Item label={t('pet.callerName')}>{p.callerName}</Descriptions.Item>
          <Descriptions.Item label={t('pet.phone')}>{p.callerPhone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pet.address')}>
            {[p.roomLabel, p.address].filter(Boolean).join(' ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.number')}>{p.number}</Descriptions.Item>
          <Descriptions.Item label={t('pet.kind')}>
            {p.kind === 'collective'
              ? `${t('pet.kind.collective')}（${p.headcount}）`
              : t('pet.kind.individual')}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.receivedAt')}>
            {at(p.receivedAt)} {t(p.channel === 'letter' ? 'pet.channel.letter' : 'pet.channel.visit')}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.visitCount')}>
            <span data-testid="petition-visits">{t('pet.visitCountN', { n: p.visitCount })}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.caseType')}>
            {lang === 'en' ? p.type : (caseTypeLabels[p.type as 'suggestion'] ?? p.type)}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.summary')} span={2}>
            {p.summary}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.leader')}>
            {signature(p.leaderName, p.leaderSignedAt, 'leader')}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.supervisor')}>
            {signature(p.supervisorName, p.supervisorSignedAt, 'supervisor')}
          </Descriptions.Item>
          <Descriptions.Item label={t('pet.handler')} span={2}>
            {signature(p.handlerName, p.createdAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t('pet.reply')}
        style={{ marginBottom: 12 }}
        extra={
          p.repliedAt ? (
            <Link to={`/petitions/${p.id}/reply/print`} data-testid="reply-print">
              <PrinterOutlined /> {t('pet.printReply')}
            </Link>
          ) : (
            isSigner && (
              <Button type="primary" onClick={() => setReplying(true)} data-testid="reply-write">
                {t('pet.replyWrite')}
              </Button>
            )
          )
        }
      >
        {p.repliedAt ? (
          <div data-testid="reply-text">
            <Typography.Title level={5}>{replyTitle(p.subject ?? '')}</Typography.Title>
            <p>{p.addressee}：</p>
            <p style={{ whiteSpace: 'pre-wrap' }}>{p.body}</p>
            <Typography.Text type="secondary">
              {p.repliedByName} {at(p.repliedAt)}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('pet.replyNone')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('pet.history')}>
        <Timeline
          items={(history.data ?? []).map((e) => ({
            key: e.seq,
            content: (
              <span>
                <b>{lang === 'en' ? e.action : (actions[e.action] ?? e.action)}</b> {at(e.at)} · {e.actorName}
                {e.reason && <Typography.Text type="secondary">（{e.reason}）</Typography.Text>}
              </span>
            ),
          }))}
        />
      </Card>
      <ReplyModal petition={p} open={isReplying} onClose={() => setReplying(false)} />
      <AmendPetitionModal petition={p} open={isAmending} onClose={() => setAmending(false)} />
    </div>
  );
};
