import { App } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { useEffect } from 'react';

// antd's static message() cannot read the theme and locale; the bridge hands the
// context-aware instance to code outside components (the query client's error handler).
let instance: MessageInstance | null = null;

export const FeedbackBridge = () => {
  const { message } = App.useApp();
  useEffect(() => {
    instance = message;
    return () => {
      instance = null;
    };
  }, [message]);
  return null;
};

export const toastError = (text: string) => {
  void instance?.error(text);
};

export const toastSuccess = (text: string) => {
  void instance?.success(text);
};
