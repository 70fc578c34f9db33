// The OpenAPI page, from the vendored swagger-ui-dist (no CDN; no inline script, so the CSP holds).
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
