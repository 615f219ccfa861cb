import { zodResolver } from '@hookform/resolvers/zod';
import { FollowUpNoteInput, unfinishedStates } from '@propdesk/domain';
import { Alert, Button, Card, Empty, Form, Input, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useT } from '../i18n/i18n';
import { fieldErrors } from '../lib/api';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter } from '../lib/form';
import { isStale, type OrderDetail, useAddNote } from './queries';

type Values = z.input<typeof FollowUpNoteInput>;

/**
 * 跟踪记录 (S3 篇九 4.5.4): an order not done on its first day gets a note by a person every day
 * until it is done; without today's note it is flagged on the board.
 */
export const NotesCard = ({ order: o, canWrite }: { order: OrderDetail; canWrite: boolean }) => {
  const t = useT();
  const add = useAddNote();
  const { control, handleSubmit, reset, setError } = useForm<Values>({
    resolver: zodResolver(FollowUpNoteInput),
    defaultValues: { text: '' },
  });
  const submit = handleSubmit((v) =>
    add.mutate(
      { id: o.id, text: v.text },
      {
        onSuccess: () => {
          toastSuccess(t('wo.noteSaved'));
          reset({ text: '' });
        },
        onError: (e) => applyServerErrors(e, setError, ['text']),
      },
    ),
  );
  // Followed every day until done (S3 篇九 4.5.4); a finished order needs no more notes.
  const isOpen = (unfinishedStates as readonly string[]).includes(o.state);
  return (
    <Card
      size="small"
      title={t('wo.notes', { n: o.notes.length })}
      extra={o.followUpMissing && <Tag color="magenta">{t('board.flag.followUp')}</Tag>}
      data-testid="notes-card"
    >
      {o.notes.length ? (
        <List
          size="small"
          dataSource={[...o.notes].reverse()}
          renderItem={(n) => (
            <List.Item key={n.id}>
              <div>
                <div>{n.text}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.day} · {n.authorName ?? '—'} · {dayjs(n.createdAt).format('HH:mm')}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wo.noNotes')} />
      )}
      {canWrite && isOpen && (
        <form onSubmit={(e) => void submit(e)} onKeyDown={submitOnCtrlEnter(() => void submit())} noValidate>
          {add.error && !fieldErrors(add.error).text && !isStale(add.error) && (
            <Alert type="error" showIcon title={add.error.message} style={{ margin: '8px 0' }} />
          )}
          <Form layout="vertical" component={false}>
            <FormField
              control={control}
              name="text"
              label={t('wo.noteToday')}
              render={(f) => (
                <Input.TextArea {...f} placeholder={t('wo.notePh')} autoSize={{ minRows: 2, maxRows: 4 }} />
              )}
            />
          </Form>
          <Button htmlType="submit" loading={add.isPending} data-testid="note-save">
            {t('wo.addNote')}
          </Button>
        </form>
      )}
    </Card>
  );
};
