// Text edge cases every provider's data carries, as plain TEXT: the dashboard must show them
// without executing or rendering them (ARCHITECTURE.md: never inject provider HTML unsanitised).
export const XSS_SCRIPT_TEXT = 'Allergic to latex. <script>alert("xss")</script> Call before arriving.';
export const XSS_IMG_TEXT = 'Parking at the back <img src=x onerror=alert(1)> gate code 4411.';
export const HTML_TEXT = '<p>Bring <strong>previous reports</strong> &amp; x-rays</p>';

/** Over 200 characters, to test truncation and wrapping. */
export const LONG_TITLE =
  'Comprehensive initial assessment, movement screening and individual treatment planning session ' +
  'including posture analysis, strength testing, home exercise programme design and a written summary ' +
  'for the referring general practitioner (extended)';

export const NOTES: readonly string[] = [
  'Client requested morning appointment.',
  'Prefers to be called by first name.',
  'Running 10 minutes late, said so by phone.',
  'Referred by Dr. Okafor.',
  'Follow up on last week’s exercises.',
  'Wheelchair access needed.',
  'Please send the invoice to the employer.',
  'Zweiter Termin – Übersetzer anwesend.',
  '初診です。保険証を持参してください。',
  HTML_TEXT,
];

export const CANCELLATION_NOTES: readonly string[] = [
  'Client had to travel unexpectedly.',
  'Feeling unwell, will rebook next week.',
  'Double booked by mistake.',
  'Practitioner on sick leave.',
  'Storm warning, clinic closed early.',
];
