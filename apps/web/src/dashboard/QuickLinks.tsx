import { Button, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { menuEntries } from '../shell/menu';

/** The pages of the left menu the user may open, as buttons (the dashboard itself left out). */
export const QuickLinks = () => {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  return (
    <Space wrap>
      {menuEntries(t, me?.roles ?? [])
        .filter((e) => e.path !== '/')
        .map((e) => (
          <Button key={e.path} icon={e.icon} onClick={() => navigate(e.path)}>
            {e.label}
          </Button>
        ))}
    </Space>
  );
};
