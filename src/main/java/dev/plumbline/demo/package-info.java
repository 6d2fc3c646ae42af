/**
 * Owns the demo organization: on first start with an empty database it creates "Northwind Community
 * Clinics" — the demo accounts and roles and a charter with history, through the other modules' use
 * cases — then imports its organization file {@code demo/northwind.yaml} with every date moved to today.
 */
package dev.plumbline.demo;
