/**
 * Pages and API of organization files: upload with progress, download, import into a new organization.
 */
package dev.plumbline.interchange.web;
