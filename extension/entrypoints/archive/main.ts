import { startArchiveApp } from '@/lib/archive/archive-app';

void startArchiveApp(document);
