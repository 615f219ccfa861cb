import { ExportOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { yuan } from '../archive/format';
import { useI18n } from '../i18n/i18n';
import { stateColor, stateText, typeColor, typeText } from './labels';
import { type CaseListRow, useCallerContext } from './queries';

type Props = {
  propertyId: number | null;
  roomId: number | null;
  roomLabel: string | null;
  phone: string | null;
  pickedCaseId: number | null;
  onPickCase: (c: CaseListRow | null) => void;
};

/** Once the caller is known: room, arrears, open cases (click to add to one) and recent history. */
export const CallerPanel = ({ propertyId, roomId, roomLabel, phone, pickedCaseId, onPickCase }: Props) => {
  const { t, lang } = useI18n();
  const ctx = useCallerContext(propertyId, roomId, phone);
  const isKnown = roomId !== null || phone !== null;
  if (!isKnown)
    return (
      <Card title={t('caller.panel')} size="small" data-testid="caller-panel">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caller.none')} />
      </Card>
    );
  const arrears = ctx.data?.arrears;
  const owes = !!arrears && arrears.monthsOwed > 0;
  const isSerious = !!arrears && arrears.monthsOwed >= 3;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="caller-panel">
      <Card title={t('caller.panel')} size="small">
        {ctx.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : ctx.isError ? (
          <Alert type="error" showIcon title={t('intake.loadFailed', { message: ctx.error.message })} />
        ) : (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {!roomId && (
              <Typography.Text type="secondary" data-testid="caller-not-in-archive">
                {t('caller.byPhone', { phone: phone ?? '' })}
              </Typography.Text>
            )}
            {roomId && (
              <div>
                <Typography.Text type="secondary">{t('caller.room')}：</Typography.Text>
                <strong>{roomLabel}</strong>{' '}
                <Link to={`/archive/rooms/${roomId}`} target="_blank" aria-label={roomLabel ?? ''}>
                  <ExportOutlined />
                </Link>
              </div>
            )}
            {roomId && (
              <div data-testid="caller-arrears">
                <Typography.Text type="secondary">{t('caller.arrears')}：</Typography.Text>
                {owes ? (
                  <Tag color={isSerious ? 'red' : 'orange'} style={{ fontSize: 13 }}>
                    {t('caller.arrearsText', {
                      months: arrears.monthsOwed,
                      amount: yuan(arrears.amountCents),
                    })}
                  </Tag>
                ) : (
                  <span>{t('caller.noArrears')}</span>
                )}
                {isSerious && (
                  <Alert type="error" showIcon title={t('caller.arrearsWarn')} style={{ marginTop: 8 }} />
                )}
              </div>
            )}
          </Space>
        )}
      </Card>
      <Card title={t('caller.openCases')} size="small" data-testid="caller-open-cases">
        {ctx.isLoading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : ctx.isError ? null : !ctx.data?.openCases.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caller.noOpen')} />
        ) : (
          ctx.data.openCases.slice(0, 6).map((c) => {
            const isPicked = c.id === pickedCaseId;
            return (
              <button
                key={c.id}
                type="button"
                className={`pd-case-pick ${isPicked ? 'is-picked' : ''}`}
                onClick={() => onPickCase(isPicked ? null : c)}
                aria-pressed={isPicked}
              >
                <Space size={6} wrap>
                  <strong>{c.number}</strong>
                  <Tag color={typeColor[c.type]}>{typeText(c.type, lang)}</Tag>
                  <Tag color={stateColor[c.state]}>{stateText(c.state, lang)}</Tag>
                  {c.isOverdue && <Tag color="red">{t('cases.overdue')}</Tag>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dayjs(c.createdAt).format('MM-DD HH:mm')}
                  </Typography.Text>
                </Space>
                <span className="pd-case-pick-summary">{c.summary}</span>
              </button>
            );
          })
        )}
      </Card>
      <Card title={t('caller.recent')} size="small" data-testid="caller-recent">
        {ctx.isLoading ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : ctx.isError ? null : !ctx.data?.recentCases.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('caller.noRecent')} />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {ctx.data.recentCases.slice(0, 8).map((c) => (
              <li key={c.id} style={{ padding: '4px 0', borderBottom: '1px solid #f5f5f5', fontSize: 13 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayjs(c.createdAt).format('YYYY-MM-DD')}
                </Typography.Text>{' '}
                <Tag color={typeColor[c.type]} style={{ marginInlineEnd: 4 }}>
                  {typeText(c.type, lang)}
                </Tag>
                <Link to={`/cases/${c.id}`} target="_blank">
                  {c.summary}
                </Link>{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  · {stateText(c.state, lang)}
                </Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Space>
  );
};
