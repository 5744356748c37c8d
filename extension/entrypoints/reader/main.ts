import { startReader } from '@/lib/reader/reader-app';

void startReader(document);
