import { ensureBuilt } from './lib/build.ts';

ensureBuilt({ force: process.argv.includes('--force') });
