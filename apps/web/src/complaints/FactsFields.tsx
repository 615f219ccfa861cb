import {
  COLLECTIVE_MIN,
  commonAreaSuggestions,
  complaintCategories,
  type SeverityProposal,
} from '@propdesk/domain';
import {
  Alert,
  AutoComplete,
  Checkbox,
  Col,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { type Control, Controller } from 'react-hook-form';
import { useBuildings } from '../archive/queries';
import { useI18n } from '../i18n/i18n';
import { FormField } from '../lib/form';
import { categoryText, ruleText } from './labels';
import { useDepartmentOptions } from './queries';
import type { RegisterValues } from './register-form';
import { SeverityTag } from './SeverityTag';

type Props = { control: Control<RegisterValues>; propertyId: number | null; values: RegisterValues };

/** What the complaint is about: category and the building or common area (the 热点 rule counts these). */
export const WhatFields = ({ control, propertyId, values }: Props) => {
  const { t, lang } = useI18n();
  const buildings = useBuildings(propertyId);
  return (
    <Row gutter={12}>
      <Col span={8}>
        <FormField
          control={control}
          name="category"
          label={t('cmp.category')}
          required
          render={(f) => (
            <Select
              id={f.id}
              data-testid="complaint-category"
              value={f.value ?? undefined}
              onChange={f.onChange}
              onBlur={f.onBlur}
              showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
              placeholder={t('cmp.reg.pickCategory')}
              options={complaintCategories.map((c) => ({ value: c, label: categoryText(c, lang) }))}
            />
          )}
        />
      </Col>
      <Col span={16}>
        <FormField
          control={control}
          name="locationKind"
          label={t('cmp.location')}
          render={(f) => (
            <Radio.Group
              id={f.id}
              value={f.value}
              onChange={(e) => f.onChange(e.target.value)}
              data-testid="complaint-location-kind"
              options={[
                { value: 'room', label: t('cmp.loc.room') },
                { value: 'building', label: t('cmp.loc.building') },
                { value: 'commonArea', label: t('cmp.loc.commonArea') },
                { value: 'none', label: t('cmp.loc.none') },
              ]}
            />
          )}
        />
      </Col>
      {values.locationKind === 'building' && (
        <Col span={16} offset={8}>
          <FormField
            control={control}
            name="buildingId"
            label={t('cmp.loc.building')}
            required
            render={(f) => (
              <Select<number>
                id={f.id}
                value={f.value ?? undefined}
                onChange={f.onChange}
                loading={buildings.isLoading}
                showSearch={{ filterOption: (input, o) => String(o?.label ?? '').includes(input) }}
                options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              />
            )}
          />
        </Col>
      )}
      {values.locationKind === 'commonArea' && (
        <Col span={16} offset={8}>
          <FormField
            control={control}
            name="commonArea"
            label={t('cmp.loc.areaName')}
            required
            render={(f) => (
              <AutoComplete
                id={f.id}
                value={f.value}
                onChange={f.onChange}
                data-testid="complaint-common-area"
                options={commonAreaSuggestions.map((a) => ({ value: a }))}
                filterOption={(input, o) => String(o?.value ?? '').includes(input)}
                placeholder={t('cmp.loc.areaHint')}
              />
            )}
          />
        </Col>
      )}
    </Row>
  );
};

/** The facts the rules look at (S2 重大; our reading of 重要) and the class they propose, live. */
export const SeverityFacts = ({
  control,
  preview,
}: {
  control: Control<RegisterValues>;
  preview: SeverityProposal;
}) => {
  const { t, lang } = useI18n();
  const flags = [
    ['lawsuit', 'cmp.flag.lawsuit'],
    ['mediaExposed', 'cmp.flag.media'],
    ['safetyInvolved', 'cmp.flag.safety'],
    ['passedUpToManager', 'cmp.flag.passedUp'],
    ['publicInterest', 'cmp.flag.public'],
  ] as const;
  return (
    <>
      <FormField
        control={control}
        name="complainantCount"
        label={t('cmp.complainantCount')}
        extra={t('cmp.reg.collective', { n: COLLECTIVE_MIN })}
        render={(f) => (
          <InputNumber
            id={f.id}
            min={1}
            max={100000}
            value={f.value}
            onChange={f.onChange}
            data-testid="complaint-count"
            style={{ width: 140 }}
            suffix={t('cmp.people')}
          />
        )}
      />
      <Space orientation="vertical" size={6} style={{ marginBottom: 16 }}>
        {flags.map(([name, label]) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <Checkbox
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                data-testid={`complaint-flag-${name}`}
              >
                {t(label)}
              </Checkbox>
            )}
          />
        ))}
      </Space>
      <Alert
        type={preview.severity === 'ordinary' ? 'info' : 'warning'}
        showIcon
        data-testid="complaint-preview"
        title={
          <span>
            {t('cmp.reg.preview')} <SeverityTag severity={preview.severity} />
          </span>
        }
        description={
          <div style={{ fontSize: 12 }}>
            {preview.matches.map((m) => (
              <div key={m}>· {ruleText(m, lang)}</div>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('cmp.reg.previewNote')}
            </Typography.Text>
          </div>
        }
      />
    </>
  );
};

/** S3 篇九 4.5.2.1: a 一般 complaint may be answered on the spot or dispatched at once. */
export const ImmediateFields = ({
  control,
  propertyId,
  values,
  isOrdinary,
}: Props & { isOrdinary: boolean }) => {
  const { t } = useI18n();
  const departments = useDepartmentOptions(propertyId);
  return (
    <>
      <FormField
        control={control}
        name="immediateMode"
        label={t('cmp.reg.immediate')}
        extra={isOrdinary ? undefined : t('cmp.reg.immediateOnlyOrdinary')}
        render={(f) => (
          <Radio.Group
            id={f.id}
            value={f.value}
            onChange={(e) => f.onChange(e.target.value)}
            options={[
              { value: 'none', label: t('cmp.imm.none') },
              { value: 'answered', label: t('cmp.imm.answered'), disabled: !isOrdinary },
              { value: 'dispatched', label: t('cmp.imm.dispatched'), disabled: !isOrdinary },
            ]}
          />
        )}
      />
      {values.immediateMode === 'answered' && (
        <>
          <FormField
            control={control}
            name="onSpotResult"
            label={t('cmp.imm.result')}
            required
            render={(f) => <Input.TextArea {...f} autoSize={{ minRows: 2 }} />}
          />
          <FormField
            control={control}
            name="customerSatisfied"
            render={(f) => (
              <Checkbox id={f.id} checked={f.value} onChange={(e) => f.onChange(e.target.checked)}>
                {t('cmp.imm.satisfied')}
              </Checkbox>
            )}
          />
        </>
      )}
      {values.immediateMode === 'dispatched' && (
        <FormField
          control={control}
          name="dispatchDepartmentId"
          label={t('cmp.department')}
          required
          render={(f) => (
            <Select<number>
              id={f.id}
              value={f.value ?? undefined}
              onChange={f.onChange}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          )}
        />
      )}
    </>
  );
};
