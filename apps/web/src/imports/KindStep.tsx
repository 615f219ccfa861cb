import { DownloadOutlined } from '@ant-design/icons';
import { type ImportKind, importColumns, importKinds, importTemplates } from '@propdesk/domain';
import { Button, Card, Col, Radio, Row, Space, Tag, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';
import { api } from '../lib/api';
import { toastError } from '../lib/feedback';
import { templateUrl } from './queries';

const kindText = { rooms: 'imp.kind.rooms', people: 'imp.kind.people', arrears: 'imp.kind.arrears' } as const;
const kindHint = {
  rooms: 'imp.kindHint.rooms',
  people: 'imp.kindHint.people',
  arrears: 'imp.kindHint.arrears',
} as const;

export const kindLabel = (kind: ImportKind, t: ReturnType<typeof useI18n>['t']) => t(kindText[kind]);

/** Step 1: what to import, with the columns each kind expects and its template. */
export const KindStep = ({
  kind,
  onChange,
  onNext,
}: {
  kind: ImportKind | null;
  onChange: (k: ImportKind) => void;
  onNext: () => void;
}) => {
  const { t } = useI18n();
  const download = (k: ImportKind, ext: 'xlsx' | 'csv') =>
    api.download(templateUrl(k, ext), `${k}-template.${ext}`).catch((e: Error) => toastError(e.message));
  return (
    <>
      <Radio.Group
        value={kind}
        onChange={(e) => onChange(e.target.value as ImportKind)}
        style={{ width: '100%' }}
      >
        <Row gutter={16}>
          {importKinds.map((k) => {
            const spec = importTemplates[k];
            return (
              <Col span={8} key={k}>
                <Card
                  hoverable
                  size="small"
                  onClick={() => onChange(k)}
                  style={{ height: '100%', borderColor: kind === k ? '#1f6feb' : undefined }}
                  data-testid={`import-kind-${k}`}
                >
                  <Radio value={k}>
                    <Typography.Text strong>{t(kindText[k])}</Typography.Text>
                  </Radio>
                  <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
                    {t(kindHint[k])}
                  </Typography.Paragraph>
                  <div style={{ marginBottom: 8 }}>
                    {spec.columns.map((c) => (
                      <Tag
                        key={c}
                        color={spec.required.includes(c) ? 'blue' : undefined}
                        title={importColumns[c].hint}
                      >
                        {importColumns[c].header}
                        {spec.required.includes(c) ? ' *' : ''}
                      </Tag>
                    ))}
                  </div>
                  <Space size={4} onClick={(e) => e.stopPropagation()}>
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(k, 'xlsx')}>
                      {t('imp.templateXlsx')}
                    </Button>
                    <Button size="small" type="text" onClick={() => void download(k, 'csv')}>
                      CSV
                    </Button>
                  </Space>
                </Card>
              </Col>
            );
          })}
        </Row>
      </Radio.Group>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('imp.requiredHint')}
      </Typography.Paragraph>
      <Button type="primary" disabled={!kind} onClick={onNext} data-testid="import-next">
        {t('imp.next')}
      </Button>
    </>
  );
};
