import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { type Translate, useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { AttachmentsCard } from './AttachmentsCard';
import { LetterModal } from './LetterModal';
import { typeColor, typeText } from './labels';
import { deskRoles } from './menu';
import { PendingLetters } from './PendingLetters';
import { type Letter, useLetters } from './queries';

export const serialText = (l: Pick<Letter, 'year' | 'serial'>) =>
  `${l.year}-${String(l.serial).padStart(3, '0')}`;

/** What became of a letter: its case, or the assistant's decision for a complaint letter. */
export const LetterOutcome = ({ letter: l, t }: { letter: Letter; t: Translate }) => {
  if (l.caseId) return <Link to={`/cases/${l.caseId}`}>{l.caseNumber}</Link>;
  if (l.decision === 'pending') return <Tag color="orange">{t('letters.decision.pending')}</Tag>;
  if (l.decision === 'declined')
    return (
      <Tag color="default" title={l.decisionReason ?? ''}>
        {t('letters.decision.declined')}
      </Tag>
    );
  return <>—</>;
};

/** 客户来函目录 by year with serial numbers; complaint letters wait for the assistant's decision. */
export const LettersPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [isRegistering, setRegistering] = useState(false);
  const [viewing, setViewing] = useState<Letter | null>(null);
  const letters = useLetters(propertyId, year);
  const canWrite = hasRole(me, ...deskRoles);
  const canDecide = hasRole(me, 'assistant', 'supervisor', 'manager');
  return (
    <div data-testid="letters-page">
      <div className="pd-page-header">
        <h1>{t('letters.title')}</h1>
        <Space>
          <Select
            value={year}
            onChange={setYear}
            aria-label={t('letters.year')}
            options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: `${y}`,
            }))}
            style={{ width: 100 }}
          />
          {canWrite && propertyId && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
              data-testid="letter-new"
            >
              {t('letters.register')}
            </Button>
          )}
        </Space>
      </div>
      {canDecide && <PendingLetters propertyId={propertyId} />}
      <Card styles={{ body: { padding: 0 } }}>
        {letters.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('intake.loadFailed', { message: letters.error.message })}
            action={<Button onClick={() => void letters.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<Letter>
            rowKey="id"
            size="middle"
            data-testid="letters-table"
            loading={letters.isLoading}
            dataSource={letters.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty description={t('letters.empty')} /> }}
            columns={[
              { title: t('letters.serial'), key: 'serial', width: 100, render: (_v, l) => serialText(l) },
              { title: t('letters.received'), dataIndex: 'receivedDate', width: 110 },
              {
                title: t('letters.class'),
                dataIndex: 'letterClass',
                width: 110,
                render: (v: string) => <Tag color={typeColor[v]}>{typeText(v, lang)}</Tag>,
              },
              { title: t('letters.sender'), dataIndex: 'sender', width: 110 },
              { title: t('letters.room'), dataIndex: 'roomLabel', width: 130, render: (v) => v ?? '—' },
              { title: t('letters.summary'), dataIndex: 'summary', ellipsis: true },
              {
                title: t('letters.outcome'),
                key: 'outcome',
                width: 170,
                render: (_v, l) => <LetterOutcome letter={l} t={t} />,
              },
              {
                title: '',
                key: 'view',
                width: 70,
                render: (_v, l) => (
                  <Button size="small" type="link" onClick={() => setViewing(l)}>
                    {t('letters.view')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      {propertyId && (
        <LetterModal propertyId={propertyId} open={isRegistering} onClose={() => setRegistering(false)} />
      )}
      <Drawer
        title={viewing ? `${t('letters.detail')} ${serialText(viewing)}` : ''}
        open={viewing !== null}
        onClose={() => setViewing(null)}
        size={520}
      >
        {viewing && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                {
                  key: 's',
                  label: t('letters.serial'),
                  children: t('letters.serialText', { year: viewing.year, serial: viewing.serial }),
                },
                { key: 'r', label: t('letters.received'), children: viewing.receivedDate },
                { key: 'c', label: t('letters.class'), children: typeText(viewing.letterClass, lang) },
                {
                  key: 'f',
                  label: t('letters.sender'),
                  children: `${viewing.sender} ${viewing.senderPhone ?? ''}`,
                },
                { key: 'room', label: t('letters.room'), children: viewing.roomLabel ?? '—' },
                { key: 'sum', label: t('letters.summary'), children: viewing.summary },
                { key: 'o', label: t('letters.outcome'), children: <LetterOutcome letter={viewing} t={t} /> },
                ...(viewing.decisionReason
                  ? [{ key: 'why', label: t('letters.declineReason'), children: viewing.decisionReason }]
                  : []),
              ]}
            />
            <AttachmentsCard
              entityType="letter"
              entityId={viewing.id}
              propertyId={viewing.propertyId}
              canUpload={canWrite}
              title={t('letters.scan')}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(viewing.createdAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          </Space>
        )}
      </Drawer>
    </div>
  );
};
