import type { HandoverDetailView } from '@propdesk/domain';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { dhm } from './format';

/** Long sections (the open cases) show their first items until expanded. */
const SHOWN = 6;

type Section = HandoverDetailView['sections'][number];

/** The sections the system filled from live state: cases, orders with clocks, call-backs, visits, incidents, keys. */
export const HandoverSections = ({ sections }: { sections: Section[] }) => {
  const t = useT();
  const [expanded, setExpanded] = useState<string[]>([]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {sections.map((s) => (
        <Card
          key={s.key}
          size="small"
          data-testid={`section-${s.key}`}
          title={
            <Space>
              {s.label}
              <Tag color={s.total ? 'blue' : 'default'}>{s.total}</Tag>
            </Space>
          }
        >
          {s.items.length ? (
            <List
              size="small"
              dataSource={expanded.includes(s.key) ? s.items : s.items.slice(0, SHOWN)}
              footer={
                s.items.length > SHOWN && !expanded.includes(s.key) ? (
                  <Button type="link" size="small" onClick={() => setExpanded([...expanded, s.key])}>
                    {t('ho.showAll', { n: s.items.length })}
                  </Button>
                ) : undefined
              }
              renderItem={(i) => (
                <List.Item key={`${i.type}-${i.id}`}>
                  <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text strong>{i.title}</Typography.Text>
                      {i.isOverdue && <Tag color="red">{t('ho.overdue')}</Tag>}
                      {i.dueAt && <Tag>{t('ho.due', { at: dhm(i.dueAt) })}</Tag>}
                      {i.clocks?.map((c) => (
                        <Tag key={c.label} color={c.status === 'overdue' ? 'red' : 'geekblue'}>
                          {c.label} {dhm(c.dueAt)}
                        </Tag>
                      ))}
                    </Space>
                    {i.detail && <Typography.Text type="secondary">{i.detail}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('duty.empty')} />
          )}
        </Card>
      ))}
    </Space>
  );
};
