import { render } from 'preact';
import { openDb } from '../../lib/db';
import { App } from './App';
import { browserTabs } from './tabs';
import '../../components/theme.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App db={openDb()} tabs={browserTabs()} />, root);
