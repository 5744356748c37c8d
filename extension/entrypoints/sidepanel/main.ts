import { startArchiveApp } from '@/lib/archive/archive-app';

// The side panel is narrow: the same archive app, with articles opening in a full tab.
void startArchiveApp(document, { compact: true });
