import { startTracing } from './tracing';

// Imported first by src/main.ts, before any module loads http, express, graphql or pg.
startTracing();
