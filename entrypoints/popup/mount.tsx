import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup-app';
import { t, textLanguage } from '../../utils/i18n/t';
import type { ResponseMap } from '../../utils/messages';
import '../../components/ui.css';

/** `initialState`: the background's answer, or the request still on its way. */
export function mountPopup(initialState: ResponseMap['get-state'] | Promise<ResponseMap['get-state']>): void {
  document.documentElement.lang = textLanguage();
  document.title = t('ext_name');
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <PopupApp initialState={initialState} />
      </StrictMode>,
    );
}
