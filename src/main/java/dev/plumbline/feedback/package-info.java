/**
 * Owns feedback loops: pulse surveys for employees, customers and stakeholders, their anonymous
 * responses, and the anonymity rule — a group with fewer responses than the minimum shows no figure.
 */
package dev.plumbline.feedback;
