import { MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import { CompleteTaskInput } from '@propdesk/domain';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { applyServerErrors, FormField, submitOnCtrlEnter, useFillOnOpen } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { taskKindText } from './labels';
import { deskRoles } from './menu';
import { type Task, useCompleteTask, useTasks } from './queries';
import { schemaResolver } from './schema-resolver';
import { type TaskDraft, TaskModal } from './TaskModal';

const resolver = schemaResolver<{ outcome: string }>(CompleteTaskInput);

/** Done only with the outcome of the call written down (S0 3.1.2). */
const CompleteModal = ({ task, onClose }: { task: Task | null; onClose: () => void }) => {
  const { t } = useI18n();
  const complete = useCompleteTask();
  const { control, handleSubmit, reset, setError } = useForm<{ outcome: string }>({ resolver });
  useFillOnOpen(task?.id ?? null, () => {
    reset({ outcome: '' });
    complete.reset();
  });
  const submit = handleSubmit(({ outcome }) =>
    complete.mutate(
      { id: task!.id, outcome },
      {
        onSuccess: () => {
          toastSuccess(t('tasks.completed'));
          onClose();
        },
        onError: (e) => applyServerErrors(e, setError, ['outcome']),
      },
    ),
  );
  return (
    <Modal
      title={task ? t('tasks.completeTitle', { name: task.callerName, phone: task.callerPhone }) : ''}
      open={task !== null}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={complete.isPending}
      destroyOnHidden
    >
      {complete.error && (
        <Alert type="error" showIcon title={complete.error.message} style={{ marginBottom: 12 }} />
      )}
      {task && <Typography.Paragraph type="secondary">{task.note}</Typography.Paragraph>}
      <Form layout="vertical" component={false}>
        <FormField
          control={control}
          name="outcome"
          label={t('tasks.outcome')}
          required
          render={(f) => (
            <Input.TextArea
              {...f}
              autoSize={{ minRows: 3 }}
              autoFocus
              data-testid="task-outcome"
              onKeyDown={submitOnCtrlEnter(() => void submit())}
            />
          )}
        />
      </Form>
    </Modal>
  );
};

/** 我的待办: call-backs and messages on their owner's list, overdue in red, until the call is made. */
export const TasksPage = () => {
  const { t, lang } = useI18n();
  const { data: me } = useMe();
  const { propertyId } = usePropertyScope();
  const [isAll, setAll] = useState(false);
  const [isDone, setDone] = useState(false);
  const [draft, setDraft] = useState<TaskDraft | null>(null);
  const [completing, setCompleting] = useState<Task | null>(null);
  const tasks = useTasks(propertyId, isAll, isDone);
  const isLead = hasRole(me, 'supervisor', 'manager');
  const canCreate = hasRole(me, ...deskRoles);
  return (
    <div data-testid="tasks-page">
      <div className="pd-page-header">
        <div>
          <h1>{t('tasks.title')}</h1>
          <Typography.Text type="secondary">{t('tasks.subtitle')}</Typography.Text>
        </div>
        {canCreate && propertyId && (
          <Space>
            <Button icon={<PhoneOutlined />} onClick={() => setDraft({ kind: 'callback' })}>
              {t('tasks.newCallback')}
            </Button>
            <Button
              type="primary"
              icon={<MessageOutlined />}
              onClick={() => setDraft({ kind: 'message' })}
              data-testid="task-new-message"
            >
              {t('tasks.newMessage')}
            </Button>
          </Space>
        )}
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        <Space style={{ padding: '12px 16px' }}>
          {isLead && (
            <Checkbox checked={isAll} onChange={(e) => setAll(e.target.checked)}>
              {t('tasks.all')}
            </Checkbox>
          )}
          <Checkbox checked={isDone} onChange={(e) => setDone(e.target.checked)}>
            {t('tasks.done')}
          </Checkbox>
        </Space>
        {tasks.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('intake.loadFailed', { message: tasks.error.message })}
            action={<Button onClick={() => void tasks.refetch()}>{t('common.retry')}</Button>}
            style={{ margin: 16 }}
          />
        ) : (
          <Table<Task>
            rowKey="id"
            size="middle"
            data-testid="tasks-table"
            loading={tasks.isLoading}
            dataSource={tasks.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            rowClassName={(r) => (r.isOverdue ? 'pd-row-overdue' : '')}
            locale={{ emptyText: <Empty description={isDone ? t('tasks.emptyDone') : t('tasks.empty')} /> }}
            columns={[
              {
                title: t('tasks.kind'),
                dataIndex: 'kind',
                width: 80,
                render: (v: string) => (
                  <Tag color={v === 'message' ? 'purple' : 'blue'}>{taskKindText(v, lang)}</Tag>
                ),
              },
              { title: t('tasks.caller'), dataIndex: 'callerName', width: 100 },
              { title: t('tasks.phone'), dataIndex: 'callerPhone', width: 130 },
              { title: t('tasks.note'), dataIndex: 'note', ellipsis: true },
              {
                title: t('tasks.due'),
                dataIndex: 'dueAt',
                width: 150,
                render: (v: string, r) => (
                  <span className={r.isOverdue ? 'pd-overdue' : undefined}>
                    {dayjs(v).format('MM-DD HH:mm')}{' '}
                    {r.isOverdue && <Tag color="red">{t('cases.overdue')}</Tag>}
                  </span>
                ),
              },
              ...(isAll ? [{ title: t('tasks.owner'), dataIndex: 'ownerName', width: 90 }] : []),
              {
                title: t('tasks.case'),
                dataIndex: 'caseId',
                width: 70,
                render: (v: number | null) => (v ? <Link to={`/cases/${v}`}>#{v}</Link> : '—'),
              },
              isDone
                ? { title: t('tasks.outcome'), dataIndex: 'outcome', ellipsis: true }
                : {
                    title: t('common.actions'),
                    key: 'act',
                    width: 90,
                    render: (_v: unknown, r: Task) => (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setCompleting(r)}
                        data-testid="task-complete"
                      >
                        {t('tasks.complete')}
                      </Button>
                    ),
                  },
            ]}
          />
        )}
      </Card>
      {propertyId && <TaskModal propertyId={propertyId} draft={draft} onClose={() => setDraft(null)} />}
      <CompleteModal task={completing} onClose={() => setCompleting(null)} />
    </div>
  );
};
