import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useT } from '../i18n/i18n';

/** 已确认（冻结） or 未确认（实时计算）: the one state a sheet shows everywhere. */
export const StateTag = ({ isFrozen }: { isFrozen: boolean }) => {
  const t = useT();
  return isFrozen ? (
    <Tag color="green" icon={<LockOutlined />} data-testid="sheet-state" data-state="confirmed">
      {t('asm.state.confirmed')}
    </Tag>
  ) : (
    <Tag color="gold" data-testid="sheet-state" data-state="open">
      {t('asm.state.open')}
    </Tag>
  );
};
