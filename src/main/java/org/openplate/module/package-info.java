/**
 * The shape every feature module has: the shared infrastructure it is built from ({@link Infra}), and
 * what it hands {@code App} and the CLI ({@link FeatureModule}: routes, upload limits, guarded areas,
 * health parts and background jobs). Knows no feature.
 */
package org.openplate.module;
