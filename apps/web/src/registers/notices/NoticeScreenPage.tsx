import { FullscreenOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n';
import { PropertyProvider, usePropertyScope } from '../../shell/property-context';
import { useNoticeScreen } from '../queries';
import './notice-screen.css';

const PAGE = 3;
const ROTATE_MS = 15_000;

/** The clock in the corner, ticking each second. */
const Clock = () => {
  const [now, setNow] = useState(dayjs());
  useEffect(() => {
    const id = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(id);
  }, []);
  return <div className="pd-screen-clock">{now.format('YYYY-MM-DD HH:mm:ss')}</div>;
};

const Screen = () => {
  const t = useT();
  const [params] = useSearchParams();
  const { propertyId: chosen } = usePropertyScope();
  const propertyId = Number(params.get('propertyId')) || chosen;
  const intervalMs = Math.max(5, Number(params.get('interval')) || 30) * 1000;
  const screen = useNoticeScreen(propertyId, intervalMs);
  const [page, setPage] = useState(0);
  const notices = screen.data?.notices ?? [];
  const pages = Math.max(1, Math.ceil(notices.length / PAGE));

  // A new set of notices starts from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger
  useEffect(() => setPage(0), [screen.data?.version]);
  useEffect(() => {
    if (pages < 2) return;
    const id = setInterval(() => setPage((p) => (p + 1) % pages), ROTATE_MS);
    return () => clearInterval(id);
  }, [pages]);

  return (
    <div className="pd-screen" data-testid="notice-screen" data-version={screen.data?.version ?? ''}>
      <header className="pd-screen-head">
        <div className="pd-screen-property">
          {screen.data?.propertyName ?? ''} · {t('reg.notice.screenTitle')}
        </div>
        <Clock />
        {!document.fullscreenElement && (
          <Button
            className="pd-screen-full"
            icon={<FullscreenOutlined />}
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t('reg.notice.fullscreen')}
          </Button>
        )}
      </header>
      <main className="pd-screen-body">
        {screen.isError && !screen.data ? (
          <div className="pd-screen-empty">{t('reg.notice.screenError')}</div>
        ) : !notices.length ? (
          <div className="pd-screen-empty">{screen.isLoading ? '…' : t('reg.notice.screenEmpty')}</div>
        ) : (
          notices.slice(page * PAGE, page * PAGE + PAGE).map((n) => (
            <article key={n.id} className="pd-screen-notice">
              <h2>{n.title}</h2>
              <p>{n.body}</p>
              <footer>
                {t('reg.notice.validUntil', { to: dayjs(n.validTo).format('YYYY-MM-DD HH:mm') })}
              </footer>
            </article>
          ))
        )}
      </main>
      <footer className="pd-screen-foot">
        {pages > 1 && `${page + 1} / ${pages}　`}
        {screen.dataUpdatedAt > 0 &&
          t('reg.notice.updatedAt', { at: dayjs(screen.dataUpdatedAt).format('HH:mm:ss') })}
      </footer>
    </div>
  );
};

/** 信息屏 (S3 篇九 4.5.8): the lobby screen, full-screen, polling for changes without a reload. */
export const NoticeScreenPage = () => (
  <PropertyProvider>
    <Screen />
  </PropertyProvider>
);
