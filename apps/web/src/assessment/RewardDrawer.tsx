import { Alert, Descriptions, Drawer, Skeleton, Space, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { AsmTimeline } from './AsmTimeline';
import { dateTime } from './format';
import { label, rpStateColor } from './labels';
import { useReward } from './queries-training';
import { RewardActions } from './RewardActions';

/** One request: the written material, the decision and its history. */
export const RewardDrawer = ({ id, onClose }: { id: number | null; onClose: () => void }) => {
  const { t, lang } = useI18n();
  const q = useReward(id);
  const r = q.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={560}
      title={r ? `${label(lang, 'rpKind', r.kind)} · ${r.title}` : t('asm.rp.pageTitle')}
      extra={r && <RewardActions r={r} />}
      data-testid="rp-drawer"
    >
      {q.isLoading && <Skeleton active />}
      {q.isError && <Alert type="error" showIcon title={q.error.message} />}
      {r && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('asm.col.staff')}>{r.staffName}</Descriptions.Item>
            <Descriptions.Item label={t('asm.col.points')}>
              {r.kind === 'reward' ? '+' : '−'}
              {r.points}
            </Descriptions.Item>
            <Descriptions.Item label={t('asm.rp.occurredOn')}>{r.occurredOn}</Descriptions.Item>
            <Descriptions.Item label={t('asm.col.state')}>
              <Tag color={rpStateColor[r.state]}>{label(lang, 'rpState', r.state)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('asm.rp.submittedBy')} span={2}>
              {`${r.submittedByName} ${dateTime(r.submittedAt)}`}
            </Descriptions.Item>
            {r.decidedByName && (
              <Descriptions.Item label={t('asm.rp.decidedBy')} span={2}>
                {`${r.decidedByName} ${dateTime(r.decidedAt)} ${r.decisionNote ?? ''}`}
              </Descriptions.Item>
            )}
          </Descriptions>
          <div>
            <Typography.Title level={5}>{t('asm.rp.material')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.material}</Typography.Paragraph>
          </div>
          <div>
            <Typography.Title level={5}>{t('asm.timeline')}</Typography.Title>
            <AsmTimeline entries={r.timeline} />
          </div>
        </Space>
      )}
    </Drawer>
  );
};
