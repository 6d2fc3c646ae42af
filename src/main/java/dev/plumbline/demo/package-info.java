/**
 * Owns the demo organization: on first start with an empty database it creates "Northwind Community
 * Clinics" with its people and a charter with history, through the other modules' public use cases.
 */
package dev.plumbline.demo;
