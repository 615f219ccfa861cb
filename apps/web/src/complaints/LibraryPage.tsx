import { complaintCategories, complaintSeverities } from '@propdesk/domain';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { categoryText, findingText } from './labels';
import { type LibraryRow, useLibrary } from './queries';
import { SeverityTag } from './SeverityTag';
import './complaints.css';

const CaseItem = ({ r, canOpen }: { r: LibraryRow; canOpen: boolean }) => {
  const { t, lang } = useI18n();
  return (
    <Card
      size="small"
      className="pd-cmp-library-item"
      data-testid="library-item"
      title={
        <Space size={6} wrap>
          <SeverityTag severity={r.severity} />
          <span>{categoryText(r.category, lang)}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {r.propertyName} · {r.location || '—'} · {dayjs(r.receivedAt).format('YYYY-MM-DD')}
          </Typography.Text>
        </Space>
      }
      extra={
        canOpen ? (
          <Link to={`/complaints/${r.caseId}`}>{r.number}</Link>
        ) : (
          <Typography.Text type="secondary">{r.number}</Typography.Text>
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'summary', label: t('cmp.summary'), children: r.summary },
          ...(r.measures ? [{ key: 'measures', label: t('cmp.reply.measures'), children: r.measures }] : []),
          ...(r.finding
            ? [{ key: 'finding', label: t('cmp.reply.finding'), children: findingText(r.finding, lang) }]
            : []),
          {
            key: 'cause',
            label: t('cmp.typical.cause'),
            children: <Typography.Text strong>{r.analysisCause}</Typography.Text>,
          },
          {
            key: 'lesson',
            label: t('cmp.typical.lesson'),
            children: <Typography.Text strong>{r.analysisLesson}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
};

/** 顾客投诉案例库 (S2 投诉整理分析): typical cases of every property with their analysis, for the whole company. */
export const LibraryPage = () => {
  const { t, lang } = useI18n();
  const { properties } = usePropertyScope();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const filter = {
    q: params.get('q') || undefined,
    severity: params.get('severity') || undefined,
    category: params.get('category') || undefined,
    propertyId: Number(params.get('propertyId')) || undefined,
  };
  const library = useLibrary(filter);
  const setParam = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const isFiltered = Object.values(filter).some(Boolean);
  const mine = new Set(properties.map((p) => p.id));

  return (
    <div data-testid="library-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('cmp.library.title')}</h1>
          <Typography.Text type="secondary">{t('cmp.library.subtitle')}</Typography.Text>
        </div>
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search
            allowClear
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (!e.target.value) setParam('q', undefined);
            }}
            onSearch={(v) => setParam('q', v.trim() || undefined)}
            placeholder={t('cmp.library.search')}
            enterButton
            style={{ width: 320 }}
            data-testid="library-search"
          />
          <Select
            allowClear
            placeholder={t('cmp.severity')}
            value={filter.severity}
            onChange={(v) => setParam('severity', v)}
            options={complaintSeverities.map((s) => ({ value: s, label: <SeverityTag severity={s} /> }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            placeholder={t('cmp.category')}
            value={filter.category}
            onChange={(v) => setParam('category', v)}
            options={complaintCategories.map((c) => ({ value: c, label: categoryText(c, lang) }))}
            style={{ width: 160 }}
          />
          {properties.length > 1 && (
            <Select<number>
              allowClear
              placeholder={t('cmp.library.property')}
              value={filter.propertyId}
              onChange={(v) => setParam('propertyId', v)}
              options={properties.map((p) => ({ value: p.id, label: p.name }))}
              style={{ width: 140 }}
            />
          )}
          {library.data && <Tag>{t('cmp.library.count', { n: library.data.length })}</Tag>}
        </Space>
      </Card>
      {library.isLoading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : library.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('cmp.loadFailed', { message: library.error.message })}
          action={<Button onClick={() => void library.refetch()}>{t('common.retry')}</Button>}
        />
      ) : !library.data?.length ? (
        <Card>
          <Empty description={isFiltered ? t('cmp.library.emptyFiltered') : t('cmp.library.empty')} />
        </Card>
      ) : (
        <div style={{ opacity: library.isFetching ? 0.6 : 1 }}>
          {library.data.map((r) => (
            <CaseItem key={r.caseId} r={r} canOpen={mine.has(r.propertyId)} />
          ))}
        </div>
      )}
    </div>
  );
};
