import { localDate, type RosterGridView } from '@propdesk/domain';
import { Alert, Col, DatePicker, Radio, Row, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { type Control, type DefaultValues, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { planDayKinds, planDefaults, planRoster, planRosterSchema } from './plan-form';
import { useBulkRoster, useDutyPeople } from './queries';

type In = z.input<ReturnType<typeof planRosterSchema>>;
type Out = z.output<ReturnType<typeof planRosterSchema>>;
type Props = { open: boolean; onClose: () => void; grid: RosterGridView; propertyId: number };

const SHOWN_DAYS = 6;
const dayList = (days: string[]) =>
  `${days
    .slice(0, SHOWN_DAYS)
    .map((d) => d.slice(5))
    .join('、')}${days.length > SHOWN_DAYS ? '…' : ''}`;

/** What the chosen values will write, as the server will judge it now (refreshed as the form changes). */
const PlanPreview = ({ control, grid }: { control: Control<In>; grid: RosterGridView }) => {
  const t = useT();
  const [postId, staffIds, from, to, days] = useWatch({
    control,
    name: ['postId', 'staffIds', 'from', 'to', 'days'],
  });
  if (!postId || !from || !to || !days) return null;
  const plan = planRoster(grid, { postId, staffIds: staffIds ?? [], from, to, days }, new Date());
  const notes = [
    plan.begun.length ? t('plan.begun', { n: plan.begun.length, days: dayList(plan.begun) }) : null,
    plan.noShift.length ? t('plan.noShift', { n: plan.noShift.length, days: dayList(plan.noShift) }) : null,
    plan.unchanged.length ? t('plan.unchanged', { n: plan.unchanged.length }) : null,
    plan.replacing.length
      ? t('plan.replacing', { n: plan.replacing.length, days: dayList(plan.replacing) })
      : null,
  ].filter((x): x is string => !!x);
  return (
    <Alert
      type={plan.cells.length ? (plan.replacing.length ? 'warning' : 'success') : 'warning'}
      showIcon
      role="status"
      data-testid="plan-preview"
      title={
        <Typography.Text strong data-testid="plan-count">
          {t('plan.count', { n: plan.cells.length })}
        </Typography.Text>
      }
      description={
        notes.length ? (
          <Space direction="vertical" size={0}>
            {notes.map((n) => (
              <span key={n}>{n}</span>
            ))}
          </Space>
        ) : undefined
      }
    />
  );
};

/** 批量排班: one post, the same people on each chosen day of the shown month, sent as one all-or-nothing request. */
export const PlanRosterModal = ({ open, onClose, grid, propertyId }: Props) => {
  const t = useT();
  const people = useDutyPeople(open ? propertyId : null);
  const bulk = useBulkRoster();
  const { month } = grid;
  const posts = grid.posts.filter((p) => p.active);
  const schema = useMemo(() => planRosterSchema(grid.posts, month), [grid.posts, month]);
  const today = localDate(new Date(), grid.property.timezone);
  const defaults: DefaultValues<In> = planDefaults({ month, today, propertyId, postId: posts[0]?.id });
  const planOf = (v: In) => planRoster(grid, v, new Date());
  const outsideMonth = (d: dayjs.Dayjs) => d.format('YYYY-MM') !== month;

  const dateField = (control: Control<In>, name: 'from' | 'to', label: string) => (
    <FormField
      control={control}
      name={name}
      label={label}
      required
      render={(f) => (
        <DatePicker
          id={f.id}
          value={f.value ? dayjs(f.value) : null}
          onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : null)}
          onBlur={f.onBlur}
          disabledDate={outsideMonth}
          defaultPickerValue={dayjs(`${month}-01`)}
          format="YYYY-MM-DD"
          style={{ width: '100%' }}
        />
      )}
    />
  );

  return (
    <ModalForm<In, Out, { changed: number }>
      title={t('plan.title', { month })}
      open={open}
      onClose={onClose}
      schema={schema}
      defaults={defaults}
      width={620}
      testId="plan-form"
      okText={t('plan.save')}
      intro={<Alert type="info" showIcon title={t('plan.intro')} style={{ marginBottom: 12 }} />}
      confirmText={(v) => {
        const n = planOf(v).replacing.length;
        return n ? t('plan.replaceConfirm', { n }) : null;
      }}
      onSubmit={async (v) => {
        // Begun and unchanged days are left out: the server refuses the first, the second change nothing.
        const { cells } = planOf(v);
        if (!cells.length) throw new Error(t('plan.nothing'));
        return bulk.mutateAsync({ propertyId: v.propertyId, cells });
      }}
      successText={(r) => t('plan.done', { n: r.changed })}
    >
      {({ control }) => (
        <>
          <Row gutter={12}>
            <Col span={10}>
              <FormField
                control={control}
                name="postId"
                label={t('plan.post')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    autoFocus
                    showSearch
                    optionFilterProp="label"
                    value={f.value}
                    onChange={(v: number) => f.onChange(v)}
                    onBlur={f.onBlur}
                    options={posts.map((p) => ({ value: p.id, label: p.name }))}
                  />
                )}
              />
            </Col>
            <Col span={14}>
              <FormField
                control={control}
                name="staffIds"
                label={t('plan.people')}
                required
                render={(f) => (
                  <Select
                    id={f.id}
                    mode="multiple"
                    optionFilterProp="label"
                    loading={people.isLoading}
                    value={f.value}
                    onChange={(v: number[]) => f.onChange(v)}
                    onBlur={f.onBlur}
                    options={(people.data ?? []).map((p) => ({
                      value: p.id,
                      label: `${p.name}（${p.employeeNo}${p.certifiedForDuty ? '' : `，${t('plan.uncertified')}`}）`,
                    }))}
                  />
                )}
              />
            </Col>
            <Col span={12}>{dateField(control, 'from', t('plan.from'))}</Col>
            <Col span={12}>{dateField(control, 'to', t('plan.to'))}</Col>
          </Row>
          <FormField
            control={control}
            name="days"
            label={t('plan.days')}
            required
            render={(f) => (
              <Radio.Group
                id={f.id}
                value={f.value}
                onChange={(e) => f.onChange(e.target.value)}
                optionType="button"
                buttonStyle="solid"
                options={planDayKinds.map((k) => ({ value: k, label: t(`plan.days.${k}`) }))}
              />
            )}
          />
          <PlanPreview control={control} grid={grid} />
        </>
      )}
    </ModalForm>
  );
};
