import {
  CreateDutyPostInput,
  type DutyPostKind,
  defaultDutyPosts,
  dutyPostKindLabels,
  dutyPostKinds,
} from '@propdesk/domain';
import { Alert, Col, Input, InputNumber, Row, Select } from 'antd';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { postChanges } from './post-form';
import { type DutyPost, useCreatePost, useUpdatePost } from './queries-setup';
import { SegmentsEditor } from './SegmentsEditor';

type Values = z.infer<typeof CreateDutyPostInput>;
type Props = {
  propertyId: number;
  /** The post to edit, 'new' to create one, null when closed. */
  post: DutyPost | 'new' | null;
  nextSortOrder: number;
  onClose: () => void;
};

/** 岗位与班次 form (S3 篇一 二): name, kind, people per shift, weekday and weekend periods. */
export const PostFormModal = ({ propertyId, post, nextSortOrder, onClose }: Props) => {
  const t = useT();
  const create = useCreatePost();
  const update = useUpdatePost({ isQuiet: true });
  const editing = post !== 'new' ? post : null;
  const desk = defaultDutyPosts[0]!;
  const defaults: Values = editing
    ? { ...editing, propertyId }
    : {
        propertyId,
        name: '',
        kind: 'desk',
        headcount: 1,
        sortOrder: nextSortOrder,
        weekdaySegments: desk.weekdaySegments,
        weekendSegments: desk.weekendSegments,
      };
  const kindOptions = dutyPostKinds.map((k) => ({ value: k, label: dutyPostKindLabels[k] }));

  return (
    <ModalForm
      title={editing ? t('posts.editTitle', { name: editing.name }) : t('posts.new')}
      open={post !== null}
      onClose={onClose}
      schema={CreateDutyPostInput}
      defaults={defaults}
      width={620}
      testId="post-form"
      successText={t('common.saved')}
      intro={<Alert type="info" showIcon title={t('posts.intro')} style={{ marginBottom: 12 }} />}
      confirmText={(v) => {
        if (!editing) return null;
        const c = postChanges(editing, v);
        return c.weekdaySegments || c.weekendSegments ? t('posts.retimeConfirm') : null;
      }}
      onSubmit={async (v) => {
        if (!editing) return create.mutateAsync(v);
        const c = postChanges(editing, v);
        return Object.keys(c).length ? update.mutateAsync({ id: editing.id, ...c }) : undefined;
      }}
    >
      {({ control }) => (
        <>
          <Row gutter={12}>
            <Col span={12}>
              <FormField
                control={control}
                name="name"
                label={t('posts.name')}
                required
                render={(f) => <Input {...f} maxLength={30} placeholder={t('posts.namePlaceholder')} />}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="kind"
                label={t('posts.kind')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    value={f.value}
                    onChange={(k: DutyPostKind) => f.onChange(k)}
                    options={kindOptions}
                  />
                )}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="headcount"
                label={t('posts.headcount')}
                required
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    min={1}
                    max={5}
                    precision={0}
                  />
                )}
              />
            </Col>
            <Col span={12}>
              <FormField
                control={control}
                name="sortOrder"
                label={t('posts.sortOrder')}
                render={(f) => (
                  <InputNumber
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    min={0}
                    max={99}
                    precision={0}
                  />
                )}
              />
            </Col>
          </Row>
          <FormField
            control={control}
            name="weekdaySegments"
            label={t('posts.weekday')}
            required
            extra={t('posts.segHint')}
            render={(f) => (
              <SegmentsEditor
                id={f.id}
                label={t('posts.weekday')}
                value={f.value}
                onChange={f.onChange}
                emptyText={t('posts.noWeekday')}
              />
            )}
          />
          <FormField
            control={control}
            name="weekendSegments"
            label={t('posts.weekend')}
            render={(f) => (
              <SegmentsEditor
                id={f.id}
                label={t('posts.weekend')}
                value={f.value}
                onChange={f.onChange}
                emptyText={t('posts.noWeekend')}
              />
            )}
          />
        </>
      )}
    </ModalForm>
  );
};
