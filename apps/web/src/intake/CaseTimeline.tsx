import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { HistoryEntry } from '../history/HistoryTimeline';
import { changeLines } from '../history/history-format';
import { type Translate, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import {
  amendFieldText,
  amendValueText,
  channelText,
  identityText,
  modeText,
  stateText,
  typeText,
} from './labels';
import { useDeskStaff, usePropertyDepartments } from './queries';

type Data = Record<string, unknown>;
const obj = (v: unknown): Data => (v && typeof v === 'object' ? (v as Data) : {});
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const when = (v: unknown) => (v ? dayjs(String(v)).format('YYYY-MM-DD HH:mm') : '');

const knownActions = new Set([
  'registered',
  'contact-added',
  'answer',
  'close',
  'transfer',
  'report',
  'passed-up',
  'amended',
  'callback-promised',
  'message-promised',
  'callback-done',
  'message-done',
  'incident-recorded',
  'auto-pass-up-supervisor',
  'auto-pass-up-manager',
  'attachment-added',
]);

const passUpKey: Record<string, MessageKey> = {
  supervisor: 'case.passUp.supervisor',
  manager: 'case.passUp.manager',
  colleague: 'case.passUp.colleague',
};

type Names = { staff: (id: unknown) => string; dept: (id: unknown) => string };

/** The lines under one event, in the desk's words. */
const detailLines = (e: HistoryEntry, t: Translate, lang: 'zh-CN' | 'en', n: Names): ReactNode[] => {
  const d = obj(e.data);
  const after = obj(d.after);
  switch (e.action) {
    case 'registered': {
      const res = obj(after.resolution);
      return [
        `${channelText(str(after.channel), lang)} · ${typeText(str(after.type), lang)} · ${identityText(str(after.identity), lang)} ${str(after.callerName)}`,
        str(after.summary),
        // The way it was handled, when it says more than the state below.
        res.answer || after.departmentId || res.praisedStaffId
          ? `${modeText(str(res.mode), lang)}${res.answer ? `：${str(res.answer)}` : ''}${after.departmentId ? ` → ${n.dept(after.departmentId)}` : ''}${res.praisedStaffId ? ` → ${n.staff(res.praisedStaffId)}` : ''}`
          : null,
        after.dueAt ? t('tl.due', { at: when(after.dueAt) }) : null,
        t('tl.state', { state: stateText(str(after.state), lang) }),
        d.rule ? t('tl.rule', { rule: str(d.rule) }) : null,
      ];
    }
    case 'contact-added':
      return [`${channelText(str(d.channel), lang)} · ${str(d.callerName)}`, str(d.summary)];
    case 'answer':
    case 'close':
      return [str(after.answer)];
    case 'transfer':
      return [`→ ${n.dept(after.departmentId)}`, after.dueAt ? t('tl.due', { at: when(after.dueAt) }) : null];
    case 'report':
      return [`→ ${n.staff(after.ownerId)}`];
    case 'passed-up': {
      const to = passUpKey[str(after.to)];
      return [t('tl.to', { to: `${to ? t(to) : ''} ${n.staff(after.ownerId)}`.trim() })];
    }
    case 'amended': {
      const field = str(d.field);
      return [
        <span key="amend" className="pd-amend-line" data-testid="timeline-amendment">
          {amendFieldText(field, lang)}：<del>{amendValueText(field, d.before, lang)}</del> →{' '}
          <ins>{amendValueText(field, d.after, lang)}</ins>
        </span>,
      ];
    }
    case 'callback-promised':
    case 'message-promised':
      return [`→ ${n.staff(d.ownerId)}`, t('tl.due', { at: when(d.dueAt) }), str(d.note)];
    case 'callback-done':
    case 'message-done':
      return [t('tl.outcome', { text: str(d.outcome) })];
    case 'auto-pass-up-supervisor':
    case 'auto-pass-up-manager':
      return [d.rule ? t('tl.rule', { rule: str(d.rule) }) : null];
    case 'attachment-added':
      return [t('tl.file', { name: str(after.filename) })];
    case 'incident-recorded':
      return [str(d.title)];
    default:
      return changeLines(e.data, lang);
  }
};

/** A case's story from THE history log, oldest first; amendments show old → new with reason and author. */
export const CaseTimeline = ({ entries, propertyId }: { entries: HistoryEntry[]; propertyId: number }) => {
  const { t, lang } = useI18n();
  const staff = useDeskStaff(propertyId);
  const departments = usePropertyDepartments(propertyId);
  const names: Names = {
    staff: (id) => staff.data?.find((s) => s.id === Number(id))?.name ?? (id ? `#${str(id)}` : '—'),
    dept: (id) => departments.data?.find((x) => x.id === Number(id))?.name ?? (id ? `#${str(id)}` : '—'),
  };
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  return (
    <Timeline
      data-testid="case-timeline"
      items={entries.map((e) => ({
        key: e.seq,
        color: e.action === 'amended' ? 'orange' : e.action.startsWith('auto-pass-up') ? 'red' : undefined,
        content: (
          <div data-testid="timeline-entry" data-action={e.action}>
            <Typography.Text strong>
              {knownActions.has(e.action) ? t(`tl.${e.action}` as MessageKey) : e.action}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')} · {e.actorName ?? t('history.system')}
            </Typography.Text>
            {detailLines(e, t, lang, names)
              .filter((l) => l !== null && l !== '')
              .map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one event keep their order
                <div key={i} className="pd-timeline-line">
                  {line}
                </div>
              ))}
            {e.reason && (
              <div className="pd-timeline-line" style={{ color: '#8c6d1f' }}>
                {t('tl.reason', { reason: e.reason })}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
};
