import { PlusOutlined } from '@ant-design/icons';
import { CreateWebhookInput } from '@propdesk/domain';
import {
  App,
  Button,
  Card,
  Empty,
  Input,
  Radio,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { FormField, optionalText } from '../lib/form';
import { LoadError } from '../lib/LoadError';
import { ModalForm } from '../lib/ModalForm';
import { useCreateWebhook, useSetWebhookActive, useWebhooks, type Webhook } from './queries';
import { WebhookDeliveriesDrawer } from './WebhookDeliveriesDrawer';
import { commonWebhookKinds } from './webhook-kinds';

type Kinds = '*' | string[];

const useKindLabel = () => {
  const { lang } = useI18n();
  return (kind: string) => {
    const names = commonWebhookKinds[kind];
    return names ? (lang === 'en' ? names[1] : names[0]) : kind;
  };
};

/** 全部事件, or the kinds picked (common ones offered, others typed). */
const KindsInput = ({ id, value, onChange }: { id: string; value: Kinds; onChange: (v: Kinds) => void }) => {
  const { t } = useI18n();
  const label = useKindLabel();
  const isAll = value === '*';
  return (
    <>
      <Radio.Group
        value={isAll ? 'all' : 'some'}
        onChange={(e) => onChange(e.target.value === 'all' ? '*' : [])}
        options={[
          { value: 'all', label: t('hook.allKinds') },
          { value: 'some', label: t('hook.someKinds') },
        ]}
      />
      {!isAll && (
        <Select<string[]>
          id={id}
          mode="tags"
          value={value}
          onChange={onChange}
          placeholder={t('hook.kindsPlaceholder')}
          style={{ width: '100%', marginTop: 8 }}
          tokenSeparators={[',', ' ']}
          showSearch={{ optionFilterProp: 'label' }}
          options={Object.keys(commonWebhookKinds).map((k) => ({ value: k, label: `${label(k)} · ${k}` }))}
        />
      )}
    </>
  );
};

const CreateWebhookModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useI18n();
  const create = useCreateWebhook();
  return (
    <ModalForm
      title={t('hook.create')}
      open={open}
      onClose={onClose}
      width={600}
      schema={CreateWebhookInput}
      defaults={{ url: '', kinds: '*', secret: null }}
      onSubmit={(v) => create.mutateAsync(v)}
      successText={t('hook.created')}
      testId="webhook-form"
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="url"
            label={t('hook.url')}
            required
            render={(f) => <Input {...f} placeholder="https://" maxLength={500} autoFocus />}
          />
          <FormField
            control={control}
            name="kinds"
            label={t('hook.kinds')}
            required
            render={(f) => <KindsInput id={f.id} value={f.value} onChange={f.onChange} />}
          />
          <FormField
            control={control}
            name="secret"
            label={t('hook.secret')}
            extra={t('hook.secretHint')}
            render={(f) => <Input.Password id={f.id} {...optionalText(f)} autoComplete="new-password" />}
          />
        </>
      )}
    </ModalForm>
  );
};

/** Outgoing webhooks: where PropDesk POSTs its events, and how each send went. */
export const WebhooksPage = () => {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const kindLabel = useKindLabel();
  const list = useWebhooks();
  const setActive = useSetWebhookActive();
  const [isCreating, setCreating] = useState(false);
  // The last webhook opened stays while the drawer closes, so its title does not blank out.
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const [isViewOpen, setViewOpen] = useState(false);

  const askDeactivate = (hook: Webhook) =>
    modal.confirm({
      title: t('hook.deactivateConfirm', { url: hook.url }),
      content: t('hook.deactivateBody'),
      okText: t('hook.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      // A refusal is toasted by the query client; the question closes either way.
      onOk: () =>
        setActive.mutateAsync({ hook, isActive: false }).then(
          () => toastSuccess(t('hook.deactivated')),
          () => {},
        ),
    });
  const activate = (hook: Webhook) =>
    setActive.mutate({ hook, isActive: true }, { onSuccess: () => toastSuccess(t('hook.activated')) });

  return (
    <div data-testid="webhooks-page">
      <div className="pd-page-header">
        <h1>{t('nav.webhooks')}</h1>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="webhook-create"
        >
          {t('hook.create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('hook.intro')}</Typography.Paragraph>
      <Card styles={{ body: { padding: list.data ? 0 : undefined } }}>
        {list.isError ? (
          <LoadError query={list} />
        ) : !list.data ? (
          <Skeleton active />
        ) : (
          <Table<Webhook>
            rowKey="id"
            dataSource={list.data}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="webhook-table"
            locale={{ emptyText: <Empty description={t('hook.empty')} /> }}
            columns={[
              {
                title: t('hook.url'),
                dataIndex: 'url',
                render: (url: string) => (
                  <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                    {url}
                  </Typography.Text>
                ),
              },
              {
                title: t('hook.kinds'),
                dataIndex: 'kinds',
                width: 260,
                render: (kinds: Kinds) =>
                  kinds === '*' ? (
                    <Tag color="blue">{t('hook.allKinds')}</Tag>
                  ) : (
                    kinds.map((k) => (
                      <Tag key={k} title={k} style={{ marginBottom: 4 }}>
                        {kindLabel(k)}
                      </Tag>
                    ))
                  ),
              },
              {
                title: t('hook.secret'),
                dataIndex: 'hasSecret',
                width: 90,
                render: (v: boolean) => (v ? t('hook.hasSecret') : t('hook.noSecret')),
              },
              {
                title: t('hook.status'),
                dataIndex: 'active',
                width: 90,
                render: (v: boolean) =>
                  v ? <Tag color="green">{t('hook.active')}</Tag> : <Tag>{t('hook.inactive')}</Tag>,
              },
              {
                title: t('hook.createdAt'),
                dataIndex: 'createdAt',
                width: 150,
                render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
              },
              {
                title: t('common.actions'),
                key: 'act',
                width: 190,
                render: (_v, hook) => (
                  <Space size={0}>
                    <Button
                      type="link"
                      size="small"
                      onClick={() => {
                        setViewing(hook);
                        setViewOpen(true);
                      }}
                    >
                      {t('hook.deliveries')}
                    </Button>
                    {hook.active ? (
                      <Button type="link" size="small" danger onClick={() => askDeactivate(hook)}>
                        {t('hook.deactivate')}
                      </Button>
                    ) : (
                      <Button type="link" size="small" onClick={() => activate(hook)}>
                        {t('hook.activate')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <CreateWebhookModal open={isCreating} onClose={() => setCreating(false)} />
      <WebhookDeliveriesDrawer hook={viewing} open={isViewOpen} onClose={() => setViewOpen(false)} />
    </div>
  );
};
