import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { noteJournal } from './db/noteJournalDb';
import { prestartSearchWorker } from './search/searchIndexStore';

// Opened before any page renders, so the first keystroke of a call is journaled too.
noteJournal();
prestartSearchWorker();

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
