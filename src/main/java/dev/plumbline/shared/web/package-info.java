/**
 * Owns how errors reach people: problem+json for the API, the error page or an htmx toast for pages.
 */
package dev.plumbline.shared.web;
