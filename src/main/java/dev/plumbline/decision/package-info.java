/**
 * Owns the decision log: decisions scored against pillars and values, their checklist, owner, and the
 * dates they were decided and are to be revisited.
 */
package dev.plumbline.decision;
