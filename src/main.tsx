import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './app/app.tsx';
import { focusedIdIn, refocus } from './app/boot-focus.ts';
import { createBrowserDeps } from './app/browser-deps.ts';
import { warmStart } from './app/warm-start.ts';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const deps = createBrowserDeps();
// Not a top-level await: with one, the bundler splits the entry's shared code into many chunks.
void warmStart(deps, window.location).then(() => {
  const focused = focusedIdIn(root);
  // Synchronous, so the focus the staff member gave the shell moves to the app before the next key.
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <App deps={deps} />
      </StrictMode>,
    ),
  );
  refocus(root, focused);
});
