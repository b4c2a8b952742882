import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectBridge } from './bridge/connectBridge';
import { Workbench } from './components/Workbench';
import { AppStoreProvider } from './store/AppStoreProvider';
import { createAppStore } from './store/createAppStore';
import './styles/theme.css';
import './styles/workbench.css';
import './styles/panels.css';
import './styles/dialogs.css';
import './styles/article.css';
import './review/review.css';

const bridge = connectBridge(window);
const store = createAppStore(bridge, {
  storage: window.localStorage,
  systemTheme: window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <Workbench bridge={bridge} />
    </AppStoreProvider>
  </StrictMode>,
);
