import { join } from 'node:path';
import { describeExtension } from './extension-flow';
import { FIREFOX, launchFirefox } from './firefox-driver';
import { OUTPUT } from './pages';

describeExtension('firefox', join(OUTPUT, 'firefox-mv2'), launchFirefox, FIREFOX);
