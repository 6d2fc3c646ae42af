/**
 * The command line: {@code audit} and {@code validate} an organization file without starting the server
 * or a database.
 */
package dev.plumbline.cli;
