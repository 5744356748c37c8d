import { defineWebExtConfig } from 'wxt';

// Never auto-open a browser from `wxt`: CI and headless machines have no display.
export default defineWebExtConfig({ disabled: true });
