import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { SaveHomeVisitAreaInput } from '@propdesk/domain';
import { App, Button, Empty, Input, List, Modal, Select } from 'antd';
import { useState } from 'react';
import { useBuildings } from '../archive/queries';
import { useI18n } from '../i18n/i18n';
import { toastSuccess } from '../lib/feedback';
import { FormField } from '../lib/form';
import { ModalForm } from '../lib/ModalForm';
import { useAreas, useHomeVisitWrite } from './queries';
import type { Area } from './types';

/** The area form: a name and the buildings it covers (one area per building). */
const AreaForm = ({
  propertyId,
  area,
  onClose,
}: {
  propertyId: number;
  area: Area | 'new' | null;
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const buildings = useBuildings(propertyId);
  const existing = area && area !== 'new' ? area : null;
  const save = useHomeVisitWrite(existing ? 'put' : 'post');
  return (
    <ModalForm
      title={existing ? `${t('common.edit')} · ${existing.name}` : t('hv.areas.add')}
      open={area !== null}
      onClose={onClose}
      schema={SaveHomeVisitAreaInput}
      defaults={{ propertyId, name: existing?.name ?? '', buildingIds: existing?.buildingIds ?? [] }}
      successText={t('hv.areas.saved')}
      onSubmit={(body) =>
        save.mutateAsync({
          path: existing ? `/api/home-visits/areas/${existing.id}` : '/api/home-visits/areas',
          body,
        })
      }
    >
      {({ control }) => (
        <>
          <FormField
            control={control}
            name="name"
            label={t('hv.areas.name')}
            required
            render={(f) => <Input {...f} autoFocus />}
          />
          <FormField
            control={control}
            name="buildingIds"
            label={t('hv.areas.buildings')}
            required
            render={(f) => (
              <Select<number[]>
                id={f.id}
                mode="multiple"
                value={f.value}
                onChange={f.onChange}
                loading={buildings.isLoading}
                optionFilterProp="label"
                options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
              />
            )}
          />
        </>
      )}
    </ModalForm>
  );
};

/** 划分苑区: the supervisor or the manager groups the buildings for the quarter's target. */
export const AreasModal = ({
  propertyId,
  open,
  onClose,
}: {
  propertyId: number;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const areas = useAreas(propertyId);
  const buildings = useBuildings(propertyId);
  const remove = useHomeVisitWrite('delete', true);
  const [editing, setEditing] = useState<Area | 'new' | null>(null);
  const nameOf = (id: number) => buildings.data?.find((b) => b.id === id)?.name ?? String(id);
  const askDelete = (a: Area) =>
    modal.confirm({
      title: t('hv.areas.deleteConfirm', { name: a.name }),
      okText: t('hv.areas.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync({ path: `/api/home-visits/areas/${a.id}` })
          .then(() => toastSuccess(t('hv.areas.saved'))),
    });
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('hv.areas.title')} width={600}>
      <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
        {t('hv.areas.add')}
      </Button>
      {areas.data?.length ? (
        <List
          bordered
          dataSource={areas.data}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button key="e" type="link" icon={<EditOutlined />} onClick={() => setEditing(a)} />,
                <Button key="d" type="link" danger icon={<DeleteOutlined />} onClick={() => askDelete(a)} />,
              ]}
            >
              <List.Item.Meta title={a.name} description={a.buildingIds.map(nameOf).join('、')} />
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('hv.areas.none')} />
      )}
      <AreaForm propertyId={propertyId} area={editing} onClose={() => setEditing(null)} />
    </Modal>
  );
};
