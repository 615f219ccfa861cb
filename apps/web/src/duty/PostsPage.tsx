import { PlusOutlined } from '@ant-design/icons';
import { type DutyPostKind, dutyPostKindLabels } from '@propdesk/domain';
import { Alert, Button, Card, Empty, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from '../shell/property-context';
import { PostFormModal } from './PostFormModal';
import { segmentsText } from './post-form';
import { useDefaultPosts } from './queries';
import { type DutyPost, usePosts, useUpdatePost } from './queries-setup';
import { hasAnyRole, postWriterRoles } from './roles';

const kindColor: Record<DutyPostKind, string> = { desk: 'blue', night: 'purple', other: 'default' };

/** 岗位与班次: the posts of the property and their weekday and weekend times (S3 篇一 二, S1 夜间值班). */
export const PostsPage = () => {
  const t = useT();
  const { propertyId, property } = usePropertyScope();
  const { data: me } = useMe();
  const canEdit = hasAnyRole(me?.roles, postWriterRoles);
  const q = usePosts(propertyId);
  const defaults = useDefaultPosts();
  const toggle = useUpdatePost();
  const [editing, setEditing] = useState<DutyPost | 'new' | null>(null);
  const posts = q.data ?? [];
  const nextDay = t('posts.nextDayPrefix');

  const cols = [
    {
      title: t('posts.name'),
      key: 'name',
      render: (_: unknown, p: DutyPost) => (
        <Space>
          <Typography.Text strong={p.active} delete={!p.active}>
            {p.name}
          </Typography.Text>
          {!p.active && <Tag>{t('posts.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('posts.kind'),
      key: 'kind',
      render: (_: unknown, p: DutyPost) => <Tag color={kindColor[p.kind]}>{dutyPostKindLabels[p.kind]}</Tag>,
    },
    { title: t('posts.headcount'), dataIndex: 'headcount', key: 'headcount', width: 90 },
    {
      title: t('posts.weekday'),
      key: 'wd',
      render: (_: unknown, p: DutyPost) => segmentsText(p.weekdaySegments, nextDay),
    },
    {
      title: t('posts.weekend'),
      key: 'we',
      render: (_: unknown, p: DutyPost) =>
        p.weekendSegments.length ? (
          segmentsText(p.weekendSegments, nextDay)
        ) : (
          <Typography.Text type="secondary">{t('posts.noWeekendShort')}</Typography.Text>
        ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'act',
            width: 150,
            render: (_: unknown, p: DutyPost) => (
              <Space>
                <Button size="small" onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
                {p.active ? (
                  <Popconfirm
                    title={t('posts.deactivateConfirm', { name: p.name })}
                    okText={t('posts.deactivate')}
                    cancelText={t('common.cancel')}
                    // A refusal is toasted by the shared handler; the promise keeps the button spinning.
                    onConfirm={() => toggle.mutateAsync({ id: p.id, active: false }).catch(() => undefined)}
                  >
                    <Button size="small" danger>
                      {t('posts.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => toggle.mutate({ id: p.id, active: true })}>
                    {t('posts.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const body = () => {
    if (q.isError)
      return (
        <Result
          status="error"
          title={q.error.message}
          extra={<Button onClick={() => void q.refetch()}>{t('duty.retry')}</Button>}
        />
      );
    if (!q.isLoading && !posts.length)
      return (
        <Empty description={t('posts.empty', { property: property?.name ?? '' })}>
          {canEdit && propertyId && (
            <Space orientation="vertical">
              <Typography.Text type="secondary">{t('posts.defaultsHint')}</Typography.Text>
              <Button
                type="primary"
                loading={defaults.isPending}
                onClick={() => defaults.mutate(propertyId)}
                data-testid="load-default-posts"
              >
                {t('posts.loadDefaults')}
              </Button>
            </Space>
          )}
        </Empty>
      );
    return (
      <Table
        size="small"
        rowKey="id"
        loading={q.isLoading}
        pagination={false}
        columns={cols}
        dataSource={posts}
        data-testid="posts-table"
      />
    );
  };

  return (
    <Card
      title={t('nav.duty.posts')}
      extra={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('posts.new')}
          </Button>
        )
      }
    >
      {!canEdit && <Alert type="info" showIcon title={t('posts.readOnly')} style={{ marginBottom: 12 }} />}
      {body()}
      {propertyId && (
        <PostFormModal
          propertyId={propertyId}
          post={editing}
          nextSortOrder={Math.min(99, Math.max(0, ...posts.map((p) => p.sortOrder)) + 1)}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
};
