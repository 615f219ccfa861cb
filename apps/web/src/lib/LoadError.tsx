import { Alert, Button } from 'antd';
import { useT } from '../i18n/i18n';

/** A query that failed to load: its message and a retry button. */
export const LoadError = ({ query }: { query: { error: Error | null; refetch: () => unknown } }) => {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={query.error?.message}
      action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
    />
  );
};
