/**
 * Helpers that only generated code calls. Not an API: may change in any release.
 */
package dev.autonet.runtime.internal;
