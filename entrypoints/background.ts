import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background-main';

// Thin entrypoint: all wiring lives in utils/background-main.ts so it can be tested.
export default defineBackground({ type: 'module', main: startBackground });
