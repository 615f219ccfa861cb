import { CreateSwapInput, type RosterGridView, type SwapMode, swapModeLabels } from '@propdesk/domain';
import { Alert, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { span } from './format';
import { useCreateSwap, useDutyPeople, useRoster } from './queries';

type Values = z.infer<typeof CreateSwapInput>;
type Shift = { assignmentId: number; staffId: number; day: string; label: string };

/** Future shifts still held by their rostered person, free of any swap: the ones that can be swapped. */
const swappable = (grids: (RosterGridView | undefined)[], now: string): Shift[] =>
  grids.flatMap(
    (g) =>
      g?.days.flatMap((d) =>
        d.cells.flatMap((c) =>
          c.people
            .filter((p) => !p.isSubstitute && !p.pendingSwapId && p.startsAt > now)
            .map((p) => ({
              assignmentId: p.assignmentId,
              staffId: p.staffId,
              day: d.day,
              label: `${g.posts.find((x) => x.id === c.postId)?.name ?? ''} ${span(p.startsAt, p.endsAt)}`,
            })),
        ),
      ) ?? [],
  );

type Props = {
  open: boolean;
  onClose: () => void;
  propertyId: number;
  meId: number;
  /** 行政部, the supervisor and the manager also record swaps reported to them. */
  canRecordForOthers: boolean;
};

/** 调班 (S3 篇一 五.4): reported after the two arranged it (at once), or applied for a day ahead (approved later). */
export const SwapFormModal = ({ open, onClose, propertyId, meId, canRecordForOthers }: Props) => {
  const t = useT();
  const month = dayjs().format('YYYY-MM');
  const nextMonth = dayjs().add(1, 'month').format('YYYY-MM');
  const thisGrid = useRoster(open ? propertyId : null, month);
  const nextGrid = useRoster(open ? propertyId : null, nextMonth);
  const people = useDutyPeople(open ? propertyId : null);
  const create = useCreateSwap();
  const [ownerId, setOwnerId] = useState(meId);
  const shifts = swappable([thisGrid.data, nextGrid.data], new Date().toISOString());
  const today = dayjs().format('YYYY-MM-DD');
  const personOptions = (except: number) =>
    (people.data ?? [])
      .filter((p) => p.id !== except)
      .map((p) => ({
        value: p.id,
        label: p.certifiedForDuty ? p.name : `${p.name}（${t('swap.uncertified')}）`,
      }));

  return (
    <ModalForm
      title={t('swap.new')}
      open={open}
      onClose={onClose}
      schema={CreateSwapInput}
      defaults={{ mode: 'reported', reason: '', exchangeAssignmentId: null } as Partial<Values>}
      width={600}
      testId="swap-form"
      successText={t('swap.done')}
      okText={t('swap.submit')}
      intro={<Alert type="info" showIcon title={t('swap.rules')} style={{ marginBottom: 12 }} />}
      onSubmit={(v) => create.mutateAsync(v)}
    >
      {({ control, watch, setValue }) => {
        const mode = watch('mode') as SwapMode | undefined;
        const picked = shifts.find((s) => s.assignmentId === watch('assignmentId'));
        const substituteId = watch('substituteId');
        const isSameDay = mode === 'applied' && !!picked && picked.day <= today;
        return (
          <>
            {canRecordForOthers && (
              <Form.Item label={t('swap.requester')}>
                <Select
                  aria-label={t('swap.requester')}
                  showSearch
                  optionFilterProp="label"
                  value={ownerId}
                  onChange={(id: number) => {
                    setOwnerId(id);
                    setValue('assignmentId', undefined as unknown as number);
                  }}
                  options={personOptions(0)}
                />
              </Form.Item>
            )}
            <FormField
              control={control}
              name="assignmentId"
              label={t('swap.shift')}
              required
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value}
                  onChange={f.onChange}
                  loading={thisGrid.isLoading || nextGrid.isLoading}
                  placeholder={t('swap.pickShift')}
                  notFoundContent={t('swap.noSwappable')}
                  options={shifts
                    .filter((s) => s.staffId === ownerId)
                    .map((s) => ({ value: s.assignmentId, label: s.label }))}
                />
              )}
            />
            <FormField
              control={control}
              name="substituteId"
              label={t('swap.substitute')}
              required
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value}
                  onChange={(id: number) => {
                    f.onChange(id);
                    setValue('exchangeAssignmentId', null);
                  }}
                  showSearch
                  optionFilterProp="label"
                  placeholder={t('swap.pickSub')}
                  options={personOptions(ownerId)}
                />
              )}
            />
            <FormField
              control={control}
              name="exchangeAssignmentId"
              label={t('swap.exchange')}
              extra={t('swap.exchangeHint')}
              render={(f) => (
                <Select
                  id={f.id}
                  value={f.value ?? undefined}
                  onChange={(id?: number) => f.onChange(id ?? null)}
                  allowClear
                  disabled={!substituteId}
                  placeholder={t('swap.noExchange')}
                  options={shifts
                    .filter((s) => s.staffId === substituteId)
                    .map((s) => ({ value: s.assignmentId, label: s.label }))}
                />
              )}
            />
            <FormField
              control={control}
              name="mode"
              label={t('swap.mode')}
              required
              render={(f) => (
                <Radio.Group
                  id={f.id}
                  value={f.value}
                  onChange={(e) => f.onChange(e.target.value)}
                  options={(['reported', 'applied'] as const).map((m) => ({
                    value: m,
                    label: swapModeLabels[m],
                  }))}
                />
              )}
            />
            {isSameDay && (
              <Alert type="warning" showIcon title={t('swap.sameDayHint')} style={{ marginBottom: 12 }} />
            )}
            <FormField
              control={control}
              name="reason"
              label={t('swap.reason')}
              required
              render={(f) => <Input {...f} maxLength={200} />}
            />
          </>
        );
      }}
    </ModalForm>
  );
};
