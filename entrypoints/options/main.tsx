import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options-app';
import { textLanguage } from '../../utils/i18n/t';
import '../../components/ui.css';

document.documentElement.lang = textLanguage();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
