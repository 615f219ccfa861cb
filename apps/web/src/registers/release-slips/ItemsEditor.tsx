import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type CreateReleaseSlipInput, releaseItemCategories } from '@propdesk/domain';
import { Button, Input, InputNumber, Select } from 'antd';
import { type Control, useFieldArray, useFormState } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../lib/form';
import { options } from '../labels';

type Values = z.input<typeof CreateReleaseSlipInput>;

/** The items leaving the estate; Enter on the last name adds a row. Tools and materials only for decorators. */
export const ItemsEditor = ({ control, isDecorator }: { control: Control<Values>; isDecorator: boolean }) => {
  const { t, lang } = useI18n();
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const { errors } = useFormState({ control, name: 'items' });
  const listError = errors.items?.message ?? errors.items?.root?.message;
  const add = () => append({ name: '', quantity: 1, category: 'general' }, { shouldFocus: true });
  return (
    <div className="pd-reg-cells" data-testid="slip-items">
      {fields.map((row, i) => (
        <div key={row.id} style={{ display: 'flex', gap: 8, marginBottom: 8, alignItems: 'flex-start' }}>
          <div style={{ flex: 1 }}>
            <FormField
              control={control}
              name={`items.${i}.name`}
              render={(f) => (
                <Input
                  {...f}
                  placeholder={t('reg.slip.itemName')}
                  data-testid={`item-name-${i}`}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.ctrlKey && i === fields.length - 1 && f.value) add();
                  }}
                />
              )}
            />
          </div>
          <div style={{ width: 90 }}>
            <FormField
              control={control}
              name={`items.${i}.quantity`}
              render={(f) => (
                <InputNumber
                  id={f.id}
                  value={f.value}
                  onChange={(q) => f.onChange(q ?? 1)}
                  min={1}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid={`item-qty-${i}`}
                />
              )}
            />
          </div>
          {isDecorator && (
            <div style={{ width: 120 }}>
              <FormField
                control={control}
                name={`items.${i}.category`}
                render={(f) => (
                  <Select
                    id={f.id}
                    value={f.value}
                    onChange={f.onChange}
                    options={options(lang, 'itemCategory', releaseItemCategories)}
                  />
                )}
              />
            </div>
          )}
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('reg.slip.removeItem')}
            disabled={fields.length === 1}
            onClick={() => remove(i)}
          />
        </div>
      ))}
      {listError && <div className="ant-form-item-explain-error">{listError}</div>}
      <Button icon={<PlusOutlined />} onClick={add} type="dashed" block style={{ marginBottom: 16 }}>
        {t('reg.slip.addItem')}
      </Button>
    </div>
  );
};
