/**
 * Owns how requests are authenticated and protected: form login, bearer API tokens, CSRF, security
 * headers.
 */
package dev.plumbline.shared.security;
