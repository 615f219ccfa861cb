import { FileTextOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { Link } from 'react-router';
import { useCasePetition } from './queries';

/** On a case registered in the petition form: its 信访编号, linking to the form and the reply. */
export const CasePetitionLink = ({ caseId }: { caseId: number }) => {
  const q = useCasePetition(caseId);
  if (!q.data) return null;
  return (
    <Link to={`/petitions/${q.data.id}`} data-testid="case-petition">
      <Tag icon={<FileTextOutlined />} color="purple">
        {q.data.number}
      </Tag>
    </Link>
  );
};
