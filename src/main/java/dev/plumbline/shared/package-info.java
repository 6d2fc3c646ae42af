/**
 * Owns what every module stands on: security, the page layout, error mapping and the small shared
 * vocabulary (use cases, reads without a transaction, field problems, trail events), and the fragments of
 * pages rendered once and kept for every viewer ({@code RenderedFragments}).
 */
package dev.plumbline.shared;
