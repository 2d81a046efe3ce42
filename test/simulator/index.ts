export * from './moco';
export * from './rateLimit';
export * from './seed';
export * from './intercept';
export * from './engine';
export { RESOURCES } from './resources';
