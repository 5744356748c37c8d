#!/usr/bin/env node
// The `govclip` command: a thin launcher. The CLI is TypeScript (packages/core/src/cli), run
// through tsx (a dependency of @govclip/core) so the library needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
