/**
 * A deterministic, seeded generator of organization files (v1) at the scales of issue 5, written as a
 * stream so that even XL never sits in memory as one document.
 */
package dev.plumbline.bench.generate;
