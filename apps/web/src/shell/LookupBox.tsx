import { HomeOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { type LookupResult, relationLabels } from '@propdesk/domain';
import { AutoComplete, Input, type InputRef, Spin, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLookup } from '../archive/queries';
import { useI18n } from '../i18n/i18n';
import { usePropertyScope } from './property-context';
import { useDebounced } from './use-debounced';
import { useLookupHotkey } from './use-hotkey';

type Option = { value: string; label: React.ReactNode; disabled?: boolean };

/** The phone with the typed digits marked, so the desk sees why it matched. */
const PhoneHit = ({ phone, q }: { phone: string; q: string }) => {
  const digits = q.replace(/\D/g, '');
  const at = digits ? phone.indexOf(digits) : -1;
  if (at < 0) return <>{phone}</>;
  return (
    <>
      {phone.slice(0, at)}
      <mark style={{ padding: 0, background: '#ffe58f' }}>{phone.slice(at, at + digits.length)}</mark>
      {phone.slice(at + digits.length)}
    </>
  );
};

/** Each result line becomes one option per room it leads to. */
const toOptions = (results: LookupResult[], q: string, lang: 'zh-CN' | 'en', noRoom: string): Option[] =>
  results.flatMap((r, i): Option[] => {
    const phone = r.matchedPhone ? (
      <Typography.Text type="secondary">
        {' '}
        · <PhoneHit phone={r.matchedPhone} q={q} />
      </Typography.Text>
    ) : null;
    if (r.kind === 'room' && r.roomId)
      return [
        {
          value: `room:${r.roomId}:${i}`,
          label: (
            <span data-testid="lookup-option">
              <HomeOutlined style={{ color: '#1f6feb', marginInlineEnd: 8 }} />
              <strong>{r.label}</strong>
              {r.personName && <Typography.Text type="secondary"> · {r.personName}</Typography.Text>}
            </span>
          ),
        },
      ];
    if (!r.rooms.length)
      return [
        {
          value: `none:${r.personId}:${i}`,
          disabled: true,
          label: (
            <span>
              {r.personName ?? r.label} · {noRoom}
            </span>
          ),
        },
      ];
    return r.rooms.map((room) => ({
      value: `room:${room.id}:${i}`,
      label: (
        <span data-testid="lookup-option">
          <UserOutlined style={{ color: '#52c41a', marginInlineEnd: 8 }} />
          <strong>{r.personName ?? r.label}</strong>
          {room.relation && (
            <Typography.Text type="secondary">
              （{lang === 'en' ? room.relation : relationLabels[room.relation]}）
            </Typography.Text>
          )}
          <span> · {room.label}</span>
          {phone}
        </span>
      ),
    }));
  });

/**
 * One box for room code, name or phone digits; results as you type, arrows to move,
 * Enter opens the room page. `/` or Ctrl+K focuses it from anywhere.
 */
export const LookupBox = ({
  size = 'middle',
  hasHotkey = true,
}: {
  size?: 'middle' | 'large';
  hasHotkey?: boolean;
}) => {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { propertyId } = usePropertyScope();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const { data, isFetching, isError } = useLookup(propertyId, q);
  const inputRef = useRef<InputRef>(null);
  const focus = useCallback(() => inputRef.current?.focus({ cursor: 'all' }), []);
  useLookupHotkey(hasHotkey ? focus : noop);

  const options = q ? toOptions(data ?? [], q, lang, t('lookup.noRoom')) : [];
  const notFound = !q ? null : isFetching && !data ? (
    <Spin size="small" />
  ) : isError ? (
    t('lookup.failed')
  ) : (
    t('lookup.empty')
  );

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(v) => setText(v)}
      onSelect={(value: string) => {
        const [kind, id] = value.split(':');
        if (kind !== 'room') return;
        setText('');
        inputRef.current?.blur();
        void navigate(`/archive/rooms/${id}`);
      }}
      notFoundContent={notFound}
      defaultActiveFirstOption
      style={{ width: '100%' }}
      popupMatchSelectWidth={size === 'large' ? true : 460}
      filterOption={false}
    >
      <Input
        ref={inputRef}
        size={size}
        data-testid="lookup-input"
        aria-label={t('lookup.placeholder')}
        prefix={<SearchOutlined style={{ color: '#999' }} />}
        suffix={hasHotkey ? <kbd className="pd-kbd">/</kbd> : null}
        placeholder={t('lookup.placeholder')}
        allowClear
      />
    </AutoComplete>
  );
};

const noop = () => {};
