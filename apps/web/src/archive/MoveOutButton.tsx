import { App, Button, DatePicker, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useT } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { type Occupancy, useMoveOut } from './queries';

/** 迁出: asks for the date (and an optional reason) and confirms before ending the occupancy. */
export const MoveOutButton = ({ roomId, occupancy }: { roomId: number; occupancy: Occupancy }) => {
  const t = useT();
  const { modal } = App.useApp();
  const moveOut = useMoveOut(roomId);
  const date = useRef<Dayjs>(dayjs());
  const reason = useRef('');
  const ask = () => {
    date.current = dayjs();
    reason.current = '';
    modal.confirm({
      title: t('room.moveOutConfirm', { name: occupancy.name }),
      okText: t('room.moveOut'),
      okButtonProps: { danger: true },
      content: (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          <DatePicker
            defaultValue={date.current}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(occupancy.startDate), 'day')}
            onChange={(d) => {
              if (d) date.current = d;
            }}
            style={{ width: '100%' }}
          />
          <Input placeholder={t('common.reason')} onChange={(e) => (reason.current = e.target.value)} />
        </Space>
      ),
      onOk: () =>
        moveOut
          .mutateAsync({
            occupancyId: occupancy.occupancyId,
            date: date.current.format('YYYY-MM-DD'),
            reason: reason.current || undefined,
          })
          .then(() => toastSuccess(t('common.saved'))),
    });
  };
  return (
    <Button type="link" size="small" danger onClick={ask}>
      {t('room.moveOut')}
    </Button>
  );
};
