// Development entry (runs the TypeScript sources through tsx); dist/veilc.mjs is the bundled one.
import { main } from '../compiler/cli/main.ts';
import { exitQuietlyOnClosedPipe } from '../compiler/cli/pipe.ts';

exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
