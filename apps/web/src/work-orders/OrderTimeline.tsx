import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { type Lang, type Translate, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { breachText, closedAsText, methodText, modeText, yuan } from './labels';
import { type OrderDetail, useDepartments, useFieldStaff } from './queries';

type Data = Record<string, unknown>;
type Entry = OrderDetail['timeline'][number];
const obj = (v: unknown): Data => (v && typeof v === 'object' ? (v as Data) : {});
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const when = (v: unknown) => (v ? dayjs(String(v)).format('MM-DD HH:mm') : '—');

const titles: Record<string, MessageKey> = {
  dispatched: 'wotl.dispatched',
  accepted: 'wotl.accepted',
  arrived: 'wotl.arrived',
  completed: 'wotl.completed',
  closed: 'wotl.closed',
  'note-added': 'wotl.note',
  'return-visited': 'wotl.visited',
  resumed: 'wotl.resumed',
  breached: 'wotl.breached',
  created: 'wotl.created',
  rescheduled: 'wotl.rescheduled',
  reassigned: 'wotl.reassigned',
  'sent-back': 'wotl.sentBack',
  referred: 'wotl.referred',
  paused: 'wotl.paused',
  amended: 'wotl.amended',
  'slip-printed': 'wotl.printed',
};

type Names = { staff: (id: unknown) => string; dept: (id: unknown) => string };

/** The lines under one event, in the desk's words. */
const lines = (e: Entry, t: Translate, lang: Lang, n: Names): (string | null)[] => {
  const d = obj(e.data);
  const after = obj(d.after);
  switch (e.action) {
    case 'dispatched':
      return [
        `→ ${n.dept(after.departmentId)} ${n.staff(after.assigneeId)} · ${modeText(str(after.dispatchMode) || null, lang)}`,
        after.arrivalDueAt
          ? t('wotl.deadlines', {
              arrival: when(after.arrivalDueAt),
              completion: when(after.completionDueAt),
            })
          : null,
      ];
    case 'reassigned':
      return [`→ ${n.dept(after.departmentId)} ${n.staff(after.assigneeId)}`];
    case 'arrived':
      return [d.isOnTime ? t('wotl.onTime') : t('wotl.late')];
    case 'completed':
      return [
        str(after.result),
        Number(after.feeCents) > 0 ? t('wotl.fee', { fee: yuan(Number(after.feeCents)) }) : null,
      ];
    case 'closed':
      return [after.closedAs ? closedAsText(str(after.closedAs), lang) : null];
    case 'note-added':
      return [str(after.text)];
    case 'return-visited': {
      const v = obj(after.visit);
      return [
        `${methodText(str(v.method) || null, lang)} · ${v.satisfied ? t('rv.yes') : t('rv.no')}`,
        v.comment ? str(v.comment) : null,
        v.improperCharge || v.cashCharge ? t('wotl.charge', { detail: str(v.chargeDetail) }) : null,
      ];
    }
    case 'resumed':
      return [
        t('wotl.resumedLine', { n: Number(d.pausedMinutes ?? 0) }),
        d.isAutomatic ? t('wotl.auto') : null,
      ];
    case 'paused':
      return [t('wotl.resumeAt', { at: when(after.resumeAt) })];
    case 'breached':
      return [
        ((d.breaches as { kind: string }[] | undefined) ?? [])
          .map((b) => breachText(b.kind, lang))
          .join('、'),
      ];
    case 'rescheduled':
      return [
        t('wotl.newTime', { at: when(after.arrivalDueAt) }),
        d.customerAgreement ? t('wotl.agreement', { text: str(d.customerAgreement) }) : null,
        d.firstPromiseCounted ? t('wotl.firstCounted') : null,
      ];
    case 'referred':
      return [t('wotl.referredTo', { to: str(after.referredTo) })];
    case 'created':
      return [after.reworkOfId ? t('wotl.rework') : null];
    case 'amended':
      return [str(d.field)];
    default:
      return [];
  }
};

/** The order's history from THE history log, newest first. */
export const OrderTimeline = ({ order: o }: { order: OrderDetail }) => {
  const { t, lang } = useI18n();
  const staff = useFieldStaff(o.propertyId);
  const departments = useDepartments(o.propertyId);
  const names: Names = {
    staff: (id) => staff.data?.find((s) => s.id === Number(id))?.name ?? '',
    dept: (id) => departments.data?.find((x) => x.id === Number(id))?.name ?? '',
  };
  if (!o.timeline.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  return (
    <Timeline
      data-testid="order-timeline"
      items={[...o.timeline].reverse().map((e) => {
        const key = titles[e.action];
        return {
          key: e.seq,
          color: e.action === 'breached' ? 'red' : e.action === 'closed' ? 'gray' : 'blue',
          content: (
            <div>
              <Typography.Text strong>{key ? t(key) : e.action}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.actorName ?? t('history.system')}
              </Typography.Text>
              {e.reason && <div style={{ fontSize: 12 }}>{t('wotl.reason', { reason: e.reason })}</div>}
              {lines(e, t, lang, names)
                .filter((l): l is string => !!l && l.trim() !== '')
                .map((l) => (
                  <div key={l} style={{ fontSize: 12, color: '#666', wordBreak: 'break-all' }}>
                    {l}
                  </div>
                ))}
            </div>
          ),
        };
      })}
    />
  );
};
