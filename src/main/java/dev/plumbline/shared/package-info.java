/**
 * Owns what every module stands on: security, the page layout, error mapping and the small shared
 * vocabulary (use cases, reads without a transaction, field problems, trail events).
 */
package dev.plumbline.shared;
