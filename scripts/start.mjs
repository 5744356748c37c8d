#!/usr/bin/env node
// `npm start`: for now, run the CLI over the bundled sample pages and print each clean article.
// (The extension's reader is launched from here once it lands.)
import { printSamples } from './print-samples.mjs';

await printSamples();
