import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { authKeys } from '../auth/queries';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { FeedbackBridge } from '../lib/feedback';
import { createQueryClient, setSignedOutHandler } from './query-client';
import { router } from './routes';

// People who ask their system for less motion get none: dropdowns and dialogs appear at once
// (antd's `motion` token). The browser tests ask for it too, so a click never lands mid-slide.
const prefersReducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const theme = {
  token: {
    motion: !prefersReducedMotion,
    colorPrimary: '#1f6feb',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
};

const Localized = () => {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp>
        <FeedbackBridge />
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
};

dayjs.locale('zh-cn');

export const AppRoot = () => {
  const [queryClient] = useState(() => {
    const qc = createQueryClient();
    setSignedOutHandler(() => qc.setQueryData(authKeys.me(), null));
    return qc;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localized />
      </I18nProvider>
    </QueryClientProvider>
  );
};
