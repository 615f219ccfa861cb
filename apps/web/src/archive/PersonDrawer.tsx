import { zodResolver } from '@hookform/resolvers/zod';
import { UpdatePersonInput } from '@propdesk/domain';
import { Alert, Button, Divider, Drawer, Form, Input, Space, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter, useFillOnOpen } from '../lib/form';
import { PersonFields } from './PersonFields';
import { usePersonPage, useUpdatePerson } from './queries';

type Values = z.input<typeof UpdatePersonInput>;

/** Edits a person's name, phones, ID number and note; shows the person's own history. */
export const PersonDrawer = ({ personId, onClose }: { personId: number | null; onClose: () => void }) => {
  const t = useT();
  const page = usePersonPage(personId);
  const update = useUpdatePerson(personId ?? 0);
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: zodResolver(UpdatePersonInput),
  });
  const person = page.data?.person;
  useFillOnOpen(page.data ? personId : null, () => {
    if (!page.data) return;
    reset({ name: page.data.person.name, phones: page.data.phones, note: page.data.person.note, reason: '' });
    update.reset();
  });
  const submit = handleSubmit((input) =>
    update.mutate(input as UpdatePersonInput, {
      onSuccess: () => {
        toastSuccess(t('common.saved'));
        onClose();
      },
      onError: (e) => applyServerErrors(e, setError, ['name', 'phones', 'idNumber', 'note']),
    }),
  );
  return (
    <Drawer
      open={personId !== null}
      onClose={onClose}
      size={480}
      title={person ? `${t('person.edit')} · ${person.name}` : t('person.edit')}
      destroyOnHidden
      extra={
        <Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.ctrlEnter')}
          </Typography.Text>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={update.isPending}
            onClick={() => void submit()}
            disabled={!person}
            data-testid="person-save"
          >
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {page.isError && <Alert type="error" showIcon title={page.error.message} />}
      {update.error && (
        <Alert type="error" showIcon title={update.error.message} style={{ marginBottom: 12 }} />
      )}
      {person && (
        <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
          <Form layout="vertical" component={false}>
            <PersonFields control={control} prefix="" idOnFile={person.idNumberMasked} />
            <FormField
              control={control}
              name="reason"
              label={t('common.reason')}
              render={(f) => <Input {...f} value={f.value ?? ''} />}
            />
            <button type="submit" hidden aria-hidden tabIndex={-1} />
          </Form>
        </form>
      )}
      <Divider titlePlacement="start">{t('history.title')}</Divider>
      <HistoryTimeline entries={page.data?.history} isLoading={page.isLoading} error={page.error} />
    </Drawer>
  );
};
