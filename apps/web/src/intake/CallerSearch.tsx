import { HomeOutlined, UserOutlined } from '@ant-design/icons';
import { type LookupResult, type Relation, relationLabels } from '@propdesk/domain';
import { AutoComplete, Input, type InputRef, Spin, Typography } from 'antd';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useLookup } from '../archive/queries';
import { useI18n } from '../i18n/i18n';
import { useDebounced } from '../shell/use-debounced';

/** A known caller picked from the archive lookup. */
export type PickedCaller = {
  roomId: number | null;
  roomLabel: string | null;
  personId: number | null;
  name: string;
  phone: string | null;
  relation: Relation | null;
};

export type CallerSearchHandle = { focus: () => void };

type Props = {
  id?: string;
  propertyId: number | null;
  text: string;
  onText: (text: string) => void;
  onPick: (caller: PickedCaller) => void;
  /** Enter with nothing found: the caller is not in the archive. */
  onUnknown: (text: string) => void;
  ref?: Ref<CallerSearchHandle>;
  hasError?: boolean;
};

/** One lookup result → the callers it can mean: a person once per room they live in, or a room. */
const toCallers = (results: LookupResult[]): PickedCaller[] =>
  results.flatMap((r): PickedCaller[] => {
    if (r.kind === 'room')
      return [
        {
          roomId: r.roomId,
          roomLabel: r.label,
          personId: r.personId,
          name: r.personName ?? '',
          phone: r.matchedPhone,
          relation: null,
        },
      ];
    const name = r.personName ?? r.label;
    if (!r.rooms.length)
      return [
        { roomId: null, roomLabel: null, personId: r.personId, name, phone: r.matchedPhone, relation: null },
      ];
    return r.rooms.map((room) => ({
      roomId: room.id,
      roomLabel: room.label,
      personId: r.personId,
      name,
      phone: r.matchedPhone,
      relation: room.relation,
    }));
  });

/**
 * The caller box: 4+ phone digits, a room code or a name, through the archive lookup. Enter
 * picks the first match, also when pressed before the answer came back.
 */
export const CallerSearch = ({ id, propertyId, text, onText, onPick, onUnknown, ref, hasError }: Props) => {
  const { t, lang } = useI18n();
  const q = useDebounced(text.trim(), 120);
  const isReady = q.length >= 2 && !/^\d{1,3}$/.test(q);
  const { data, isFetching, isError } = useLookup(propertyId, isReady ? q : '');
  const callers = useMemo(() => (isReady ? toCallers(data ?? []) : []), [isReady, data]);
  const inputRef = useRef<InputRef>(null);
  const [isWaitingToPick, setWaitingToPick] = useState(false);
  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.focus({ cursor: 'all' }) }), []);

  const isSettled = q === text.trim() && !isFetching;
  useEffect(() => {
    if (!isWaitingToPick || !isSettled) return;
    setWaitingToPick(false);
    if (callers[0]) onPick(callers[0]);
    else onUnknown(text.trim());
  }, [isWaitingToPick, isSettled, callers, onPick, onUnknown, text]);

  const options = callers.map((c, i) => ({
    value: `pick:${i}`,
    label: (
      <span data-testid="caller-option">
        {c.personId ? (
          <UserOutlined style={{ color: '#52c41a', marginInlineEnd: 8 }} />
        ) : (
          <HomeOutlined style={{ color: '#1f6feb', marginInlineEnd: 8 }} />
        )}
        <strong>{c.name || c.roomLabel}</strong>
        {c.relation && (
          <Typography.Text type="secondary">
            （{lang === 'en' ? c.relation : relationLabels[c.relation]}）
          </Typography.Text>
        )}
        {c.roomLabel && c.name && <span> · {c.roomLabel}</span>}
        {c.phone && <Typography.Text type="secondary"> · {c.phone}</Typography.Text>}
      </span>
    ),
  }));

  return (
    <AutoComplete
      value={text}
      options={options}
      // Choosing an option also reports its value as a change: that one is not typed text.
      onChange={(v: string) => !v.startsWith('pick:') && onText(v)}
      onSelect={(v: string) => {
        const c = callers[Number(v.slice(5))];
        if (c) onPick(c);
      }}
      defaultActiveFirstOption
      filterOption={false}
      style={{ width: '100%' }}
      notFoundContent={
        !isReady ? null : isFetching && !data ? (
          <Spin size="small" />
        ) : isError ? (
          t('lookup.failed')
        ) : (
          t('desk.unknownCaller')
        )
      }
    >
      <Input
        id={id}
        ref={inputRef}
        size="large"
        autoFocus
        data-testid="caller-input"
        status={hasError ? 'error' : undefined}
        placeholder={t('desk.callerPlaceholder')}
        allowClear
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.ctrlKey || e.metaKey) return;
          // With options shown the list handles Enter; otherwise wait for the answer, then pick.
          if (callers.length && isSettled) return;
          e.preventDefault();
          if (text.trim()) setWaitingToPick(true);
        }}
      />
    </AutoComplete>
  );
};
