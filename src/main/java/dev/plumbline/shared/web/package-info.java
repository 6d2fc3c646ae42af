/**
 * Owns how errors reach people (problem+json for the API, the error page or an htmx toast for pages), the
 * limits on request bodies, the OpenAPI document, and how a request finds its handler (path first, ADR 0012).
 */
package dev.plumbline.shared.web;
