import { EnvironmentOutlined } from '@ant-design/icons';
import { Select, Typography } from 'antd';
import { useT } from '../i18n/i18n';
import { usePropertyScope } from './property-context';

/** Staff serving several properties pick the one they are working on; others just see its name. */
export const PropertySwitcher = () => {
  const t = useT();
  const { properties, propertyId, setPropertyId, isLoading } = usePropertyScope();
  if (properties.length <= 1)
    return (
      <Typography.Text strong style={{ whiteSpace: 'nowrap' }} data-testid="current-property">
        <EnvironmentOutlined style={{ marginInlineEnd: 6, color: '#1f6feb' }} />
        {properties[0]?.name ?? (isLoading ? '…' : t('shell.noProperty'))}
      </Typography.Text>
    );
  return (
    <Select
      aria-label={t('shell.property')}
      data-testid="property-switcher"
      value={propertyId ?? undefined}
      onChange={setPropertyId}
      style={{ width: 160 }}
      prefix={<EnvironmentOutlined style={{ color: '#1f6feb' }} />}
      options={properties.map((p) => ({ value: p.id, label: p.name }))}
    />
  );
};
