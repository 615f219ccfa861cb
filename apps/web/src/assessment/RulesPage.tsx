import { zodResolver } from '@hookform/resolvers/zod';
import { type AssessmentRuleView, SetAssessmentRulesInput } from '@propdesk/domain';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Result,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { hasRole, useMe } from '../auth/queries';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { FormField } from '../lib/form';
import { usePropertyScope } from '../shell/property-context';
import { label } from './labels';
import { useRules, useSetRules } from './queries';

type Values = SetAssessmentRulesInput;

/** 考核规则与分值: the admin sets the points of each automatic rule; confirmed sheets keep theirs. */
export const RulesPage = () => {
  const { t, lang } = useI18n();
  const { propertyId, property } = usePropertyScope();
  const { data: me } = useMe();
  const isAdmin = hasRole(me, 'admin');
  const q = useRules(propertyId);
  const save = useSetRules();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(SetAssessmentRulesInput) as Resolver<Values> });
  const { control, reset, handleSubmit, formState } = form;

  useEffect(() => {
    if (q.data && propertyId)
      reset({
        propertyId,
        rules: q.data.map((r) => ({ kind: r.kind, points: r.points, isActive: r.isActive })),
        reason: '',
      });
  }, [q.data, propertyId, reset]);

  const submit = handleSubmit(async (v) => {
    setError(null);
    try {
      await save.mutateAsync({ ...v, reason: v.reason || undefined });
      toastSuccess(t('asm.rules.saved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  });

  const cols = [
    {
      title: t('asm.rules.rule'),
      key: 'label',
      render: (_: unknown, r: AssessmentRuleView) => (
        <div>
          <div>{label(lang, 'itemKind', r.kind)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.clause}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('asm.rules.direction'),
      key: 'dir',
      width: 100,
      render: (_: unknown, r: AssessmentRuleView) => (
        <Tag color={r.direction === 'bonus' ? 'green' : 'red'}>{label(lang, 'direction', r.direction)}</Tag>
      ),
    },
    {
      title: t('asm.rules.default'),
      dataIndex: 'defaultPoints',
      key: 'def',
      width: 90,
      align: 'right' as const,
    },
    {
      title: t('asm.rules.points'),
      key: 'points',
      width: 140,
      render: (_: unknown, _r: AssessmentRuleView, i: number) => (
        <Controller
          control={control}
          name={`rules.${i}.points`}
          render={({ field, fieldState }) => (
            <InputNumber
              aria-label={t('asm.rules.pointsOf', { rule: label(lang, 'itemKind', _r.kind) })}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 0)}
              min={0}
              max={100}
              precision={0}
              disabled={!isAdmin}
              status={fieldState.error ? 'error' : undefined}
            />
          )}
        />
      ),
    },
    {
      title: t('asm.rules.active'),
      key: 'active',
      width: 90,
      render: (_: unknown, _r: AssessmentRuleView, i: number) => (
        <Controller
          control={control}
          name={`rules.${i}.isActive`}
          render={({ field }) => (
            <Switch checked={!!field.value} onChange={field.onChange} disabled={!isAdmin} />
          )}
        />
      ),
    },
  ];

  if (q.isError)
    return (
      <Result
        status="error"
        title={q.error.message}
        extra={<Button onClick={() => void q.refetch()}>{t('common.retry')}</Button>}
      />
    );
  return (
    <div data-testid="asm-rules-page">
      <div className="pd-page-header">
        <h1>{t('asm.rules.title', { property: property?.name ?? '' })}</h1>
      </div>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={isAdmin ? t('asm.rules.hint') : t('asm.rules.readOnly')}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Card size="small">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Form layout="vertical" component={false}>
            <Table
              size="small"
              rowKey="kind"
              loading={q.isLoading}
              columns={cols}
              dataSource={q.data}
              pagination={false}
              locale={{ emptyText: <Empty /> }}
            />
            {isAdmin && (
              <div style={{ marginTop: 16, maxWidth: 560 }}>
                <FormField
                  control={control}
                  name="reason"
                  label={t('asm.rules.reason')}
                  render={(f) => <Input {...f} value={f.value ?? ''} maxLength={500} />}
                />
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={save.isPending}
                  disabled={!formState.isDirty}
                >
                  {t('common.save')}
                </Button>
              </div>
            )}
          </Form>
        </form>
      </Card>
    </div>
  );
};
