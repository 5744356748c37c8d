#!/usr/bin/env node
// Placeholder: replaced when the CLI and the extension land.
console.log('GovClip: nothing to start yet.');
