/**
 * Owns the alignment audit: the in-memory alignment graph, one pure rule per finding code, the
 * alignment index, audit runs with their snapshots (the index's trend), the dashboard and the command
 * line. Nothing depends on it; it learns of changes through other modules' events.
 */
package dev.plumbline.audit;
