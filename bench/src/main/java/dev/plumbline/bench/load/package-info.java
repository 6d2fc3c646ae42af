/**
 * Loading a generated organization into the running application through its own import API (sign up,
 * sign in, API token, POST the file), and writing what the load tests need: the session and the ids of
 * teams, objectives and key results.
 */
package dev.plumbline.bench.load;
