import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { changeLines } from '../history/history-format';
import { type Lang, type Translate, useI18n } from '../i18n/i18n';
import { type MessageKey, messages } from '../i18n/messages';
import { useAmendNames } from './AmendModal';
import { amendValueText, type Names } from './amend-fields';
import {
  ackText,
  categoryText,
  findingText,
  methodText,
  ruleText,
  satisfactionText,
  severityText,
  skipReasonText,
  stateText,
} from './labels';
import type { ComplaintDetail, TimelineEntry } from './queries';

type Data = Record<string, unknown>;
const obj = (v: unknown): Data => (v && typeof v === 'object' ? (v as Data) : {});
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** A text by key, or the fallback when no text has that key (an action or field added later). */
const textOr = (t: Translate, key: string, fallback: string) =>
  key in messages ? t(key as MessageKey) : fallback;

const title = (e: TimelineEntry, t: Translate) => {
  if (e.entityType === 'case' && e.action === 'registered') return t('cmp.tl.caseRegistered');
  return textOr(t, `cmp.tl.${e.action}`, e.action);
};

/** The lines under one event, in the desk's words; an amendment shows old → new. */
const lines = (e: TimelineEntry, t: Translate, lang: Lang, names: Names, department: string): ReactNode[] => {
  const d = obj(e.data);
  const after = obj(d.after);
  if (e.entityType === 'case' && e.action === 'registered') return [];
  switch (e.action) {
    case 'registered': {
      const p = obj(d.proposal);
      return [
        `${categoryText(str(after.category), lang)} · ${amendValueText('location', after.location ?? { kind: str(after.locationKind) || 'none' }, lang, names)} · ${t('cmp.list.people', { n: str(after.complainantCount) || '1' })}`,
        t('cmp.tl.proposal', {
          severity: severityText(str(p.severity), lang),
          rule: ruleText(str(p.rule), lang),
        }),
        ackText(str(obj(after.acknowledgement).kind) || null, lang),
      ];
    }
    case 'reported-to-manager':
    case 'reported-to-supervisor':
      return [str(d.rule)];
    case 'acknowledged':
      return [ackText(str(after.acknowledgement), lang), str(after.acknowledgementNote)];
    case 'severity-confirmed':
      return [severityText(str(d.after), lang)];
    case 'severity-changed':
    case 'auto-raised-major':
      return [
        <span key="sev" className="pd-cmp-amend">
          {severityText(str(d.before), lang)} → <b>{severityText(str(d.after), lang)}</b>
        </span>,
        e.action === 'auto-raised-major' ? str(d.rule) : null,
      ];
    case 'signed':
      return [
        after.state === 'referred'
          ? `→ ${department}`
          : after.state === 'informed'
            ? t('cmp.step.onSpot')
            : null,
        str(after.signNote),
      ];
    case 'replied':
      return [
        t('cmp.tl.finding', { finding: findingText(str(after.finding), lang) }),
        str(after.facts),
        t('cmp.tl.measures', { text: str(after.measures) }),
      ];
    case 'informed':
      return [`${methodText(str(after.informMethod), lang)} · ${str(after.informNote)}`];
    case 'verified':
      return [str(after.verifyNote)];
    case 'verify-failed':
      return [`${stateText('informed', lang)} → ${stateText('referred', lang)}`];
    case 'return-visited':
      return [
        `${methodText(str(after.returnVisitMethod), lang)} · ${satisfactionText(str(after.returnVisitSatisfaction), lang)}`,
        str(after.returnVisitOpinion),
      ];
    case 'return-visit-skipped':
      return [skipReasonText(str(after.returnVisitSkipReason), lang)];
    case 'marked-typical':
      return [t('cmp.tl.cause', { text: str(after.cause) }), t('cmp.tl.lesson', { text: str(after.lesson) })];
    case 'amended': {
      const field = str(d.field);
      const p = obj(d.proposal);
      return [
        <span key="amend" className="pd-cmp-amend" data-testid="timeline-amendment">
          {textOr(t, `cmp.field.${field}`, field)}：<del>{amendValueText(field, d.before, lang, names)}</del>{' '}
          → <ins>{amendValueText(field, d.after, lang, names)}</ins>
        </span>,
        p.severity
          ? t('cmp.tl.proposal', {
              severity: severityText(str(p.severity), lang),
              rule: ruleText(str(p.rule), lang),
            })
          : null,
      ];
    }
    case 'closed':
      return [str(d.rule)];
    case 'attachment-added':
      return [str(after.filename)];
    default:
      return changeLines(e.data, lang);
  }
};

const sourceColor: Record<string, string> = { complaint: 'red', case: 'blue', complaintReply: 'cyan' };

/** One story from THE history log: the complaint's, its case's and its replies' events, oldest first. */
export const ComplaintTimeline = ({ c }: { c: ComplaintDetail }) => {
  const { t, lang } = useI18n();
  const names = useAmendNames(c);
  if (!c.timeline.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  return (
    <Timeline
      data-testid="complaint-timeline"
      items={c.timeline.map((e) => ({
        key: `${e.entityType}-${e.seq}-${e.at}`,
        color:
          e.action === 'amended'
            ? 'orange'
            : e.action.startsWith('auto-')
              ? 'red'
              : e.action === 'verify-failed'
                ? 'red'
                : undefined,
        content: (
          <div data-testid="timeline-entry" data-action={e.action}>
            <Tag color={sourceColor[e.entityType]} style={{ fontSize: 11 }}>
              {textOr(t, `cmp.tl.src.${e.entityType}`, e.entityType)}
            </Tag>
            <Typography.Text strong>{title(e, t)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.actorName ?? t('history.system')}
            </Typography.Text>
            {lines(e, t, lang, names, c.departmentName ?? '')
              .filter((l) => l !== null && l !== '')
              .map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one event keep their order
                <div key={i} className="pd-cmp-tl-line">
                  {l}
                </div>
              ))}
            {e.reason && (
              <div className="pd-cmp-tl-line pd-cmp-tl-reason">
                {t('cmp.tl.reason', { reason: e.reason })}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
};
