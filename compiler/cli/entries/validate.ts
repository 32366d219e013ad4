// dist/veilc-validate.cjs: veilc with `validate` alone, so that it loads no other command's code (scripts/bundle.mjs).
import { validateCommand } from '../commands/validate.ts';
import { start } from '../start.ts';

start([validateCommand]);
