/**
 * The alignment graph: an organization file indexed for the audit rules (pillars served through the
 * objective chain, progress roll-ups, latest check-ins and fits). Plain Java, no Spring.
 */
package dev.plumbline.audit.graph;
