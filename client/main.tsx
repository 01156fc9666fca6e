import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/login.css';
import './styles/guides.css';
import './styles/editor.css';
import './styles/paper.css';
import './styles/workflow.css';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
