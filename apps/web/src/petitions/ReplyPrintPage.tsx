import { letterDate, replyTitle } from '@propdesk/domain';
import { Alert, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { PrintLayout } from '../print/PrintLayout';
import { usePetition } from './queries';
import './petitions.css';

/**
 * 答复 as the seed's letters are laid out (S0): 关于反映…问题的答复, the addressee, the body in
 * indented paragraphs, and the office's name and the date at the foot, right-aligned.
 */
export const ReplyPrintPage = () => {
  const id = Number(useParams().id);
  const q = usePetition(id);
  if (q.isLoading) return <Skeleton active />;
  if (q.isError || !q.data) return <Alert type="error" showIcon title={q.error?.message} />;
  const p = q.data;
  if (!p.repliedAt || !p.repliedDay) return <Alert type="warning" showIcon title="尚未答复" />;
  return (
    <div className="pd-petition-letter">
      <PrintLayout
        title={replyTitle(p.subject ?? '')}
        header={{ propertyName: p.propertyName, address: p.propertyAddress, phone: p.propertyPhone }}
        reference={p.number}
      >
        <p className="pd-letter-to" data-testid="letter-to">
          {p.addressee}：
        </p>
        {(p.body ?? '')
          .split(/\n+/)
          .filter((para) => para.trim())
          .map((para, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
            <p key={i} className="pd-letter-para">
              {para.trim()}
            </p>
          ))}
        <div className="pd-letter-sign" data-testid="letter-sign">
          <div>{p.propertyName}</div>
          <div>{letterDate(p.repliedDay)}</div>
        </div>
      </PrintLayout>
    </div>
  );
};
