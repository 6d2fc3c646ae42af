/**
 * Owns how requests are authenticated and protected: form login, bearer API tokens, CSRF, security
 * headers, and the shared session store (read once per request and without a transaction, written in one
 * when changed, ADR 0012).
 */
package dev.plumbline.shared.security;
