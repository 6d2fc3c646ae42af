/**
 * The alignment dashboard page and the audit API.
 */
package dev.plumbline.audit.web;
