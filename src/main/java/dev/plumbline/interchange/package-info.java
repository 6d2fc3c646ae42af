/**
 * Owns organization files (interchange format v1): the in-memory model, the YAML/JSON reader that
 * reports every problem with its path, the canonical writer, the JSON Schema, and import/export of a
 * whole organization through each module's {@link dev.plumbline.interchange.OrganizationSection}.
 */
package dev.plumbline.interchange;
