/**
 * Event kinds a webhook is most often set up for, offered in its form as [中文, English]. Any
 * other kind the server sends (see NotifyInput.kind) may still be typed in.
 */
export const commonWebhookKinds: Record<string, readonly [zh: string, en: string]> = {
  'work-order.assigned': ['派工单已派出', 'Work order assigned'],
  'work-order.reassigned': ['派工单改派', 'Work order reassigned'],
  'work-order.sent-back': ['派工单退回', 'Work order sent back'],
  'work-order.completed': ['派工单完工', 'Work order completed'],
  'work-order.breached': ['派工单超时', 'Work order overdue'],
  'case.emergency': ['紧急事件登记', 'Emergency case'],
  'case.passed-up': ['服务上移', 'Case passed up'],
  'complaint.referred': ['投诉转办', 'Complaint referred'],
  'complaint.major-raised': ['重大投诉升级', 'Complaint became major'],
  'letter.complaint': ['来信投诉', 'Complaint letter'],
  incident: ['突发事件', 'Incident'],
  'release-slip.arrears': ['欠费业主物品放行', 'Release slip with arrears'],
  'renovation.submitted': ['装修申请待审批', 'Renovation to approve'],
  'registers.day-end': ['下班前检查提醒', 'Day-end check'],
  'duty.absent': ['值班缺勤', 'Absent from duty'],
  'duty.handover': ['交接班', 'Shift handover'],
};
