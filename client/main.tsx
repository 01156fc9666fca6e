import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/index.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/login.css';
import './styles/guides.css';
import './styles/editor.css';
import './styles/paper.css';
import './styles/workflow.css';
import { App } from './App.tsx';

// The first paint waits for the chosen language's messages (English is fetched on demand).
void i18nReady
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
