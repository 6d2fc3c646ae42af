/**
 * Owns objectives (SMART, cascading), their key results and check-ins, progress roll-up, the SMART
 * linter, priority ranking and the roadmap.
 */
package dev.plumbline.objective;
