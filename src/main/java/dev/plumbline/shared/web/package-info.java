/**
 * Owns how errors reach people (problem+json for the API, the error page or an htmx toast for pages), the
 * limits on request bodies, the OpenAPI document, how a request finds its handler (path first, ADR 0012),
 * how many parsed templates and expressions Thymeleaf keeps, and how many request threads Tomcat runs.
 */
package dev.plumbline.shared.web;
