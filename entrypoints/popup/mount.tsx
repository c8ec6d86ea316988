import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup-app';
import type { ResponseMap } from '../../utils/messages';
import '../../components/ui.css';

/** `initialState`: the background's answer, or the request still on its way. */
export function mountPopup(initialState: ResponseMap['get-state'] | Promise<ResponseMap['get-state']>): void {
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <PopupApp initialState={initialState} />
      </StrictMode>,
    );
}
