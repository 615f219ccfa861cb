import type { Role } from '@propdesk/domain';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { hasRole, useMe } from '../auth/queries';
import { useT } from '../i18n/i18n';
import { contactsReportDef } from './def-contacts';
import { feedbackReportDef } from './def-feedback';
import { feeReportDef } from './def-fees';
import { registerReportDef } from './def-register';
import { returnVisitReportDef } from './def-return-visits';
import { workOrderReportDef } from './def-work-orders';
import { workloadReportDef } from './def-workload';
import { ReportPage } from './ReportPage';
import { ReportPrintPage } from './ReportPrintPage';
import type { AnyReportDef } from './report-def';
import { registerReaders, reportReaders } from './roles';

/** Keeps other roles off a report page (the server answers 403 anyway). */
const Gate = ({ roles, children }: { roles: readonly Role[]; children: ReactNode }) => {
  const { data: me } = useMe();
  const t = useT();
  if (!hasRole(me, ...roles))
    return <Result status="403" title="403" subTitle={t('common.forbidden')} data-testid="rep-forbidden" />;
  return children;
};

const screen = (def: AnyReportDef, roles: readonly Role[]) => () => (
  <Gate roles={roles}>
    <ReportPage key={def.slug} def={def} />
  </Gate>
);
const paper = (def: AnyReportDef, roles: readonly Role[]) => () => (
  <Gate roles={roles}>
    <ReportPrintPage def={def} />
  </Gate>
);

export const ContactsReportPage = screen(contactsReportDef, reportReaders);
export const WorkOrderReportPage = screen(workOrderReportDef, reportReaders);
export const FeeReportPage = screen(feeReportDef, reportReaders);
export const ReturnVisitReportPage = screen(returnVisitReportDef, reportReaders);
export const FeedbackReportPage = screen(feedbackReportDef, reportReaders);
export const WorkloadReportPage = screen(workloadReportDef, reportReaders);
export const RegisterReportPage = screen(registerReportDef, registerReaders);

export const ContactsReportPrint = paper(contactsReportDef, reportReaders);
export const WorkOrderReportPrint = paper(workOrderReportDef, reportReaders);
export const FeeReportPrint = paper(feeReportDef, reportReaders);
export const ReturnVisitReportPrint = paper(returnVisitReportDef, reportReaders);
export const FeedbackReportPrint = paper(feedbackReportDef, reportReaders);
export const WorkloadReportPrint = paper(workloadReportDef, reportReaders);
export const RegisterReportPrint = paper(registerReportDef, registerReaders);
