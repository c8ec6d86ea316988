import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup-app';
import '../../components/ui.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><PopupApp /></StrictMode>);
