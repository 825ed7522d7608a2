import { describeReading } from './reading-suite.ts';

describeReading('chromium');
