/**
 * The public surface of resodiff's core: pure functions from text to document model, alignment and
 * diff. No DOM, no Node built-ins: the browser, the CLI and the tests run this same code.
 */
export * from './types';
export { decodeText } from './decode';
export { parseResolution } from './parse';
export { diffTexts } from './diff';
export { classifyRoutine } from './routine';
export { alignParagraphs } from './align';
export { compareDocuments } from './compare';
export { traceSeries } from './series';
