import { createLazyModule } from '../../../ui/lazy-module.ts';

// Pieces of the panel that most appointments never show: their own chunks, preloaded when idle.
/** DOMPurify and the provider-HTML renderer (only Appointment.one events carry HTML). */
export const sanitizedHtmlModule = createLazyModule(() => import('./sanitized-html.tsx'));
/** The raw provider record with "Copy JSON". */
export const rawRecordModule = createLazyModule(() => import('./raw-record.tsx'));
