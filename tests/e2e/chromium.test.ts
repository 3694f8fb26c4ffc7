import { join } from 'node:path';
import { CHROMIUM, launchChromium } from './chromium-driver';
import { describeExtension } from './extension-flow';
import { OUTPUT } from './pages';

describeExtension('chromium', join(OUTPUT, 'chrome-mv3'), launchChromium, CHROMIUM);
