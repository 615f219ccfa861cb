import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import {
  ackText,
  categoryText,
  channelText,
  findingText,
  methodText,
  satisfactionText,
  skipReasonText,
} from './labels';
import { type ComplaintDetail, type ComplaintReply, useUploadReplyFile } from './queries';

const at = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
const by = (name: string | null, when: string | null) => (when ? `${name ?? '—'} · ${at(when)}` : '—');

/** Who complained, about what and where, and the facts the rules look at. */
export const FactsCard = ({ c }: { c: ComplaintDetail }) => {
  const { t, lang } = useI18n();
  const flags = (
    [
      ['lawsuit', 'cmp.flag.lawsuit'],
      ['mediaExposed', 'cmp.flag.media'],
      ['safetyInvolved', 'cmp.flag.safety'],
      ['passedUpToManager', 'cmp.flag.passedUp'],
      ['publicInterest', 'cmp.flag.public'],
    ] as const
  ).filter(([k]) => c[k]);
  return (
    <Card size="small" title={t('cmp.detail.facts')}>
      <Descriptions
        size="small"
        column={2}
        data-testid="complaint-facts"
        items={[
          {
            key: 'caller',
            label: t('cmp.caller'),
            children: c.anonymous ? <Tag>{t('cmp.anonymous')}</Tag> : c.callerName || '—',
          },
          { key: 'phone', label: t('cmp.callerPhone'), children: c.callerPhone ?? '—' },
          {
            key: 'room',
            label: t('cmp.room'),
            children: c.roomId ? <Link to={`/archive/rooms/${c.roomId}`}>{c.roomLabel}</Link> : '—',
          },
          { key: 'channel', label: t('cmp.channel'), children: channelText(c.channel, lang) },
          { key: 'category', label: t('cmp.category'), children: categoryText(c.category, lang) },
          { key: 'location', label: t('cmp.location'), children: c.location || t('cmp.loc.none') },
          {
            key: 'count',
            label: t('cmp.complainantCount'),
            children: t('cmp.list.people', { n: c.complainantCount }),
          },
          {
            key: 'flags',
            label: t('cmp.detail.flags'),
            children: flags.length ? (
              <Space size={2} wrap>
                {flags.map(([k, label]) => (
                  <Tag key={k} color="volcano">
                    {t(label)}
                  </Tag>
                ))}
              </Space>
            ) : (
              '—'
            ),
          },
          { key: 'received', label: t('cmp.receivedAt'), children: at(c.receivedAt) },
          { key: 'taker', label: t('cmp.firstTaker'), children: c.firstTakerName ?? '—' },
          {
            key: 'ack',
            label: t('cmp.ack'),
            children: `${ackText(c.acknowledgement, lang)}${c.acknowledgementNote ? `（${c.acknowledgementNote}）` : ''}`,
          },
          { key: 'dept', label: t('cmp.department'), children: c.departmentName ?? '—' },
          {
            key: 'summary',
            label: t('cmp.summary'),
            span: 2,
            children: <span data-testid="complaint-summary-text">{c.summary}</span>,
          },
          ...(c.onSpotResult
            ? [{ key: 'spot', label: t('cmp.imm.result'), span: 2, children: c.onSpotResult }]
            : []),
        ]}
      />
    </Card>
  );
};

const ReplyFiles = ({ c, r }: { c: ComplaintDetail; r: ComplaintReply }) => {
  const t = useI18n().t;
  const { data: me } = useMe();
  const upload = useUploadReplyFile();
  const canUpload = hasRole(me, 'dept_staff') && me?.departmentId === r.departmentId && c.state !== 'closed';
  return (
    <Space wrap size={[12, 4]} data-testid="reply-attachments">
      {r.attachments.map((a) => (
        <a
          key={a.id}
          href={`/api/attachments/${a.id}`}
          target="_blank"
          rel="noreferrer"
          data-testid="reply-attachment"
        >
          <PaperClipOutlined /> {a.filename}
        </a>
      ))}
      {!r.attachments.length && <Typography.Text type="secondary">{t('cmp.reply.noFiles')}</Typography.Text>}
      {canUpload && (
        <Upload
          accept="image/*,.pdf"
          showUploadList={false}
          customRequest={({ file }) =>
            upload.mutate(
              { propertyId: c.propertyId, replyId: r.id, file: file as File },
              { onSuccess: () => toastSuccess(t('cmp.reply.fileAdded')) },
            )
          }
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
            {t('cmp.reply.addFile')}
          </Button>
        </Upload>
      )}
      {upload.error && <Typography.Text type="danger">{upload.error.message}</Typography.Text>}
    </Space>
  );
};

/** The department's written replies (S2 网上投诉处理): a failed verification asks for another. */
export const RepliesCard = ({ c }: { c: ComplaintDetail }) => {
  const { t, lang } = useI18n();
  return (
    <Card size="small" title={t('cmp.detail.replies', { n: c.replies.length })} data-testid="replies-card">
      {!c.replies.length ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={c.immediateMode === 'answered' ? t('cmp.step.onSpot') : t('cmp.detail.noReply')}
        />
      ) : (
        c.replies.map((r, i) => (
          <Descriptions
            key={r.id}
            size="small"
            column={2}
            style={{ marginBottom: i < c.replies.length - 1 ? 16 : 0 }}
            title={
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.departmentName} · {by(r.writtenByName, r.writtenAt)}
              </Typography.Text>
            }
            items={[
              { key: 'facts', label: t('cmp.reply.facts'), span: 2, children: r.facts },
              {
                key: 'finding',
                label: t('cmp.reply.finding'),
                children: (
                  <Tag color={r.finding === 'ours' ? 'red' : r.finding === 'shared' ? 'orange' : 'green'}>
                    {findingText(r.finding, lang)}
                  </Tag>
                ),
              },
              { key: 'staff', label: t('cmp.reply.staff'), children: r.responsibleStaffName ?? '—' },
              { key: 'measures', label: t('cmp.reply.measures'), span: 2, children: r.measures },
              { key: 'files', label: t('cmp.reply.files'), span: 2, children: <ReplyFiles c={c} r={r} /> },
            ]}
          />
        ))
      )}
    </Card>
  );
};

/** Told, verified, visited (or why not), and the case-library analysis. */
export const OutcomeCard = ({ c }: { c: ComplaintDetail }) => {
  const { t, lang } = useI18n();
  const rows: { key: string; label: string; children: ReactNode; span?: number }[] = [];
  if (c.informedAt)
    rows.push({
      key: 'inform',
      label: t('cmp.step.informed'),
      span: 2,
      children: `${methodText(c.informMethod, lang)} · ${by(c.informedByName, c.informedAt)}${c.informNote ? ` · ${c.informNote}` : ''}`,
    });
  if (c.verifiedAt)
    rows.push({
      key: 'verify',
      label: t('cmp.step.verified'),
      span: 2,
      children: `${by(c.verifiedByName, c.verifiedAt)} · ${c.verifyNote ?? ''}`,
    });
  if (c.returnVisitAt)
    rows.push({
      key: 'visit',
      label: t('cmp.act.returnVisit'),
      span: 2,
      children: `${methodText(c.returnVisitMethod, lang)} · ${satisfactionText(c.returnVisitSatisfaction, lang)} · ${by(c.returnVisitByName, c.returnVisitAt)} · ${c.returnVisitOpinion ?? ''}`,
    });
  if (c.returnVisitSkipReason)
    rows.push({
      key: 'skip',
      label: t('cmp.act.skipReturnVisit'),
      span: 2,
      children: `${skipReasonText(c.returnVisitSkipReason, lang)} · ${c.returnVisitSkipNote ?? ''} · ${by(c.returnVisitByName, c.closedAt)}`,
    });
  if (c.isTypical) {
    rows.push({ key: 'cause', label: t('cmp.typical.cause'), span: 2, children: c.analysisCause ?? '—' });
    rows.push({ key: 'lesson', label: t('cmp.typical.lesson'), span: 2, children: c.analysisLesson ?? '—' });
  }
  if (!rows.length) return null;
  return (
    <Card size="small" title={t('cmp.detail.outcome')} data-testid="outcome-card">
      <Descriptions size="small" column={2} items={rows} />
    </Card>
  );
};
