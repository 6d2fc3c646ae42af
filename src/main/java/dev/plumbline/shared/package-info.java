/**
 * Owns what every module stands on: security, the page layout, error mapping and the small shared
 * vocabulary (use cases, reads without a transaction, field problems, trail events), and the fragments of
 * pages rendered once and kept for every viewer ({@code RenderedFragments}); what the database needs said or
 * done per vendor: H2's index hints ({@code IndexHints}) and the start-up warning about PostgreSQL without
 * autovacuum ({@code AutovacuumCheck}).
 */
package dev.plumbline.shared;
