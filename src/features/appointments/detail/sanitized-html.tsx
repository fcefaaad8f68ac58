import DOMPurify from 'dompurify';

// Links in provider HTML open in a new tab and cannot reach back into the app (window.opener).
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * Provider HTML (event descriptions and invitation texts), sanitised with DOMPurify
 * before it touches the DOM: scripts, event handlers and `javascript:` URLs are removed. HTML profile
 * only (no SVG/MathML); no forms or styles that could imitate our own controls; and no images or media,
 * which would load remote content (tracking pixels) just by opening an appointment.
 */
export function sanitizeProviderHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'img',
      'picture',
      'source',
      'video',
      'audio',
    ],
    FORBID_ATTR: ['style'],
    ADD_ATTR: ['target'],
  });
}

export function SanitizedHtml({ html }: { html: string }) {
  return <div className="provider-html" dangerouslySetInnerHTML={{ __html: sanitizeProviderHtml(html) }} />;
}
