import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { Fragment, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/i18n';
import './print.css';

export type Paper = 'A4' | 'A5';

export type PrintHeader = {
  /** The property (管理处) the document comes from. */
  propertyName: string;
  address?: string | null;
  phone?: string | null;
};

type Props = {
  title: string;
  header: PrintHeader;
  /** A document number or reference shown top right, e.g. the room code. */
  reference?: string;
  paper?: Paper;
  /** Lets the user switch paper before printing (forms that fit both). */
  canSwitchPaper?: boolean;
  printedBy?: string;
  children: ReactNode;
};

/**
 * The page frame every printable slip and form shares: the property's header, the paper
 * size (A4 / A5) applied through @page, and a toolbar that is not printed. The app shell
 * hides itself under @media print, so only the sheet reaches paper.
 */
export const PrintLayout = ({
  title,
  header,
  reference,
  paper = 'A4',
  canSwitchPaper = true,
  printedBy,
  children,
}: Props) => {
  const t = useT();
  const navigate = useNavigate();
  const [size, setSize] = useState<Paper>(paper);
  return (
    <div className="pd-print-root">
      {/* @page cannot be scoped to a class, so the chosen size is written here. */}
      <style>{`@page { size: ${size} portrait; margin: ${size === 'A4' ? '14mm 12mm' : '8mm 8mm'}; }`}</style>
      <div className="pd-print-toolbar pd-no-print">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('print.back')}
        </Button>
        <Space>
          {canSwitchPaper && (
            <Segmented<Paper>
              value={size}
              onChange={setSize}
              options={[
                { value: 'A4', label: 'A4' },
                { value: 'A5', label: 'A5' },
              ]}
            />
          )}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="print-button"
          >
            {t('print.print')}
          </Button>
        </Space>
      </div>
      <article className={`pd-sheet pd-sheet-${size.toLowerCase()}`} data-testid="print-sheet">
        <header className="pd-sheet-header">
          <div>
            <div className="pd-sheet-property">{header.propertyName}</div>
            {(header.address || header.phone) && (
              <div className="pd-sheet-contact">
                {[header.address, header.phone && `${t('print.tel')} ${header.phone}`]
                  .filter(Boolean)
                  .join('　')}
              </div>
            )}
          </div>
          {reference && <div className="pd-sheet-ref">{reference}</div>}
        </header>
        <h1 className="pd-sheet-title">{title}</h1>
        <div className="pd-sheet-body">{children}</div>
        <footer className="pd-sheet-footer">
          <span>{t('print.printedAt', { at: dayjs().format('YYYY-MM-DD HH:mm') })}</span>
          {printedBy && <span>{t('print.printedBy', { name: printedBy })}</span>}
        </footer>
      </article>
    </div>
  );
};

/** A bordered two-column grid of label/value cells, the usual shape of a paper form. */
export const PrintFields = ({ rows }: { rows: [label: string, value: ReactNode][] }) => (
  <table className="pd-print-fields">
    <tbody>
      {Array.from({ length: Math.ceil(rows.length / 2) }, (_, i) => {
        const pair = rows.slice(i * 2, i * 2 + 2);
        return (
          <tr key={pair[0]?.[0] ?? i}>
            {pair.map(([label, value]) => (
              <Fragment key={label}>
                <th scope="row">{label}</th>
                <td colSpan={pair.length === 1 ? 3 : 1}>{value}</td>
              </Fragment>
            ))}
          </tr>
        );
      })}
    </tbody>
  </table>
);
